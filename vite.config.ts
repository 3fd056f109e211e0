import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { toGraphJson } from './src/io/json-write';
import { loadKnowledgeGraph } from './src/load';
import { DataError, formatIssue } from './src/model/errors';

/** Where the page finds the article graph, beside index.html. */
const ARTICLE_GRAPH = 'article-graph.json';
const DATA_DIR = join(import.meta.dirname, 'graph-data');

/**
 * The article graph, validated, built and laid out by the same core pipeline as the CLI, as
 * graphology JSON: the page fetches it instead of shipping zod, the validator and the layout.
 * @throws DataError listing every problem in the data files
 */
function articleGraphJson(): string {
  const files = readdirSync(DATA_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ path: `graph-data/${f}`, text: readFileSync(join(DATA_DIR, f), 'utf8') }));
  return JSON.stringify(toGraphJson(loadKnowledgeGraph(files)));
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
      server.watcher.on('change', (file) => {
        if (file.startsWith(DATA_DIR)) server.ws.send({ type: 'full-reload' });
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
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [articleGraph()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1000 },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1' },
});
