import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, relative, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
// Imported here, not on demand: the config's module runner is closed once the config is loaded.
import { formatJson } from './src/cli/format-json';
import { mergeDraft } from './src/ingest/merge';
import { toGraphJson } from './src/io/json-write';
import { loadKnowledgeGraph } from './src/load';
import { DataError, formatIssue } from './src/model/errors';

/** Where the page finds the article graph, beside index.html. */
const ARTICLE_GRAPH = 'article-graph.json';
/** The data files as they are, for the Review view's live validation (same rules as the CLI). */
const DATA_FILES = 'graph-data-files.json';
/** Where the development server takes a reviewed draft to merge into the data files (POST). */
const MERGE_ENDPOINT = '/__chipgraph/merge';
/** The data folder: graph-data/, or `$CHIPGRAPH_DATA_DIR` (the browser tests' copy of it). */
const DATA_DIR = resolve(
  process.env['CHIPGRAPH_DATA_DIR'] ?? join(import.meta.dirname, 'graph-data'),
);

/** The data folder's JSON files, named as the validator's messages name them. */
function dataFiles(): { path: string; text: string }[] {
  return readdirSync(DATA_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ path: `graph-data/${f}`, text: readFileSync(join(DATA_DIR, f), 'utf8') }));
}

/**
 * The article graph, validated, built and laid out by the same core pipeline as the CLI, as
 * graphology JSON: the page fetches it instead of shipping zod, the validator and the layout.
 * @throws DataError listing every problem in the data files
 */
function articleGraphJson(): string {
  return JSON.stringify(toGraphJson(loadKnowledgeGraph(dataFiles())));
}

/**
 * Merges a reviewed draft (the request's JSON body) into the data files as `kg merge` does:
 * validated first, written formatted, nothing written when anything is wrong (answered 422 with
 * every problem). The watcher then reloads the page with the grown graph.
 */
async function mergeRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
  response.setHeader('Content-Type', 'application/json');
  if (request.method !== 'POST') {
    response.statusCode = 405;
    response.end(JSON.stringify({ issues: ['POST a reviewed draft (JSON) here'] }));
    return;
  }
  // Only the page itself may write: JSON (which another site cannot send without a preflight
  // this server refuses) from this server's own origin.
  const origin = request.headers.origin;
  const sameOrigin = origin === undefined || origin === `http://${request.headers.host ?? ''}`;
  if (!sameOrigin || !(request.headers['content-type'] ?? '').startsWith('application/json')) {
    response.statusCode = 403;
    response.end(JSON.stringify({ issues: ['only the page on this server may save'] }));
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.from(chunk as Uint8Array));
  try {
    let draft: unknown;
    try {
      draft = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      throw new DataError([{ file: 'the draft', message: 'not JSON' }], 'cannot read the draft');
    }
    const result = mergeDraft(draft, 'the draft', dataFiles(), 'graph-data');
    for (const file of result.files) {
      // Only a file of the data folder, by its name there.
      const target = join(DATA_DIR, relative('graph-data', file.path));
      if (relative(DATA_DIR, target).startsWith('..')) continue;
      writeFileSync(
        target,
        await formatJson(
          file.data,
          target,
          join(import.meta.dirname, 'graph-data', 'entities.json'),
        ),
      );
    }
    response.end(
      JSON.stringify({
        added: result.added,
        pending: result.pending,
        files: result.files.map((f) => f.path),
      }),
    );
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    response.statusCode = 422;
    response.end(JSON.stringify({ issues: error.issues.map(formatIssue) }));
  }
}

/**
 * Builds `article-graph.json` at build time (a broken data file fails the build with every
 * problem named) and serves it in development, rebuilt whenever a data file changes (a broken
 * file is answered with its problems, which the page shows).
 */
function articleGraph(): Plugin {
  return {
    name: 'chipgraph:article-graph',
    configureServer(server) {
      server.watcher.add(DATA_DIR);
      const reload = (file: string) => {
        if (file.startsWith(DATA_DIR)) server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.middlewares.use(`/${DATA_FILES}`, (_request, response) => {
        response.setHeader('Content-Type', 'application/json');
        // This server writes reviewed drafts into the data folder (the built site cannot).
        response.end(JSON.stringify({ files: dataFiles(), canSave: true }));
      });
      server.middlewares.use(MERGE_ENDPOINT, (request, response, next) => {
        mergeRequest(request, response).catch(next);
      });
      server.middlewares.use(`/${ARTICLE_GRAPH}`, (_request, response) => {
        response.setHeader('Content-Type', 'application/json');
        try {
          response.end(articleGraphJson());
        } catch (error) {
          if (!(error instanceof DataError)) throw error;
          response.statusCode = 422;
          response.end(JSON.stringify({ issues: error.issues.map(formatIssue) }));
        }
      });
    },
    transformIndexHtml: () => [
      // Fetched while the script loads, not after.
      {
        tag: 'link',
        attrs: { rel: 'preload', href: `./${ARTICLE_GRAPH}`, as: 'fetch', crossorigin: '' },
        injectTo: 'head',
      },
    ],
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: ARTICLE_GRAPH, source: articleGraphJson() });
      this.emitFile({
        type: 'asset',
        fileName: DATA_FILES,
        source: JSON.stringify({ files: dataFiles(), canSave: false }),
      });
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [articleGraph()],
  // Pre-bundled at start: found only when the Review view first loads, they would otherwise make
  // the development server re-bundle and reload the page under a reader's hands.
  optimizeDeps: { include: ['compromise', 'zod'] },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1000 },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1' },
});
