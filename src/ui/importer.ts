/**
 * Opening other people's graphs: file picker, drag-and-drop, or `?file=<url>` on the same origin.
 * Small files are parsed at once; large ones are streamed through a worker running the same
 * importer, with progress and a Cancel button. A bad file gets a clear message and the current
 * graph stays as it is.
 */
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type {
  EdgeAttributes,
  GraphAttributes,
  KnowledgeGraph,
  NodeAttributes,
} from '../graph/types';
import { DataError, formatIssue, type DataIssue } from '../model/errors';
import { h, replaceChildren } from './dom';
import type { ImportReply, ImportRequest } from './import-protocol';
import type { Notify } from './panels/notices';

/** Files larger than this are refused before reading (the importer's own limit is in characters). */
export const MAX_FILE_BYTES = 200_000_000;

/** Files above this many bytes are streamed through a worker (with progress), so the page never freezes for long. */
export const WORKER_THRESHOLD = 100_000;

/** Nodes or edges added per slice when the page rebuilds a graph from the worker's answer. */
const REBUILD_SLICE = 20_000;

/** A list in consecutive pieces of `REBUILD_SLICE` items. */
const sliced = <T>(list: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(list.length / REBUILD_SLICE) }, (_, i) =>
    list.slice(i * REBUILD_SLICE, (i + 1) * REBUILD_SLICE),
  );

/**
 * Rebuilds the worker's graph on the page in slices, one task each, with the progress made (null
 * when no longer `wanted`): graphology's `import` of a 100k-node graph's 500k items in one go is a
 * 2-second task, during which the page could neither paint its progress nor answer.
 */
async function rebuildGraph(
  serialized: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>,
  wanted: () => boolean,
  progress: (done: number) => void,
): Promise<KnowledgeGraph | null> {
  // The worker ran our own importer: its serialization already has the KnowledgeGraph shape.
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  graph.replaceAttributes(serialized.attributes);
  const total = serialized.nodes.length + serialized.edges.length;
  const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
  let done = 0;
  const parts = [
    ...sliced(serialized.nodes).map((nodes) => ({ items: nodes.length, part: { nodes } })),
    ...sliced(serialized.edges).map((edges) => ({ items: edges.length, part: { edges } })),
  ];
  for (const { items, part } of parts) {
    graph.import(part);
    done += items;
    progress(done / total);
    await nextTask();
    if (!wanted()) return null;
  }
  return graph;
}

export interface Importer {
  openFile(file: File): void;
  openUrl(url: string): Promise<void>;
}

export function createImporter(options: {
  readonly notify: Notify;
  readonly status: HTMLElement;
  readonly onGraph: (graph: KnowledgeGraph, fileName: string, url: string | null) => void;
  /** Whether to refuse files that need repairs (the page's "strict" box). */
  readonly strict?: () => boolean;
}): Importer {
  const strict = () => options.strict?.() ?? false;
  const { notify, status } = options;
  const say = (text: string) => (status.textContent = text);

  const reject = (fileName: string, message: string, issues: readonly DataIssue[]) => {
    say('');
    const details = issues.slice(0, 5).map(formatIssue).join(' · ');
    notify(
      `Could not open ${fileName}: ${details || message} The current graph is unchanged.`,
      'error',
    );
  };

  /** The import report: each repair made to read the file, as a notice that stays. */
  const report = (warnings: readonly DataIssue[]) => {
    for (const warning of warnings)
      notify(
        `Import report: ${warning.message}. ${warning.hint ? `(${warning.hint}.)` : ''}`,
        'error',
      );
  };

  /** The worker reading a file now, if any (a new file or "Cancel" ends it). */
  let running: Worker | null = null;
  /** Counts opened files and cancels: a rebuild still going when it changes is given up. */
  let generation = 0;
  const cancel = () => {
    running?.terminate();
    running = null;
    generation++;
  };

  /** Streams a large file through the worker, with progress and a Cancel button. */
  const inWorker = (fileName: string, file: Blob, url: string | null) => {
    cancel();
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    running = worker;
    const stop = h(
      'button',
      {
        type: 'button',
        className: 'import-cancel',
        onclick: () => {
          cancel();
          say('');
          notify(`Stopped opening ${fileName}. The current graph is unchanged.`);
        },
      },
      'Cancel',
    );
    const show = (text: string) => replaceChildren(status, h('span', {}, text), ' ', stop);
    show(`Opening ${fileName}…`);
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') {
        show(`Opening ${fileName}… ${Math.round((100 * reply.loaded) / reply.total)}%`);
        return;
      }
      cancel();
      if (!reply.ok) return reject(fileName, reply.message, reply.issues);
      const { graph: serialized, warnings } = reply;
      const mine = generation;
      const current = () => generation === mine;
      void rebuildGraph(serialized, current, (done) =>
        show(`Drawing ${fileName}… ${Math.round(100 * done)}%`),
      ).then((graph) => {
        // Cancelled, or another file opened, meanwhile.
        if (graph === null || !current()) return;
        say('');
        options.onGraph(graph, fileName, url);
        report(warnings);
      });
    };
    worker.onerror = (event) => {
      cancel();
      reject(fileName, event.message || 'the background parser failed.', []);
    };
    const request: ImportRequest = { name: fileName, file, strict: strict() };
    worker.postMessage(request);
  };

  /** Opens a file: small ones at once on the page, large ones streamed through the worker. */
  const open = async (fileName: string, file: Blob, url: string | null) => {
    if (file.size > WORKER_THRESHOLD && typeof Worker !== 'undefined') {
      inWorker(fileName, file, url);
      return;
    }
    // Loaded on first use: the XML parser is not needed to show the article graph.
    const [{ importGraphFileWithReport }, text] = await Promise.all([
      import('./import-core'),
      file.text(),
    ]);
    try {
      const { graph, warnings } = importGraphFileWithReport(fileName, text, { strict: strict() });
      say('');
      options.onGraph(graph, fileName, url);
      report(warnings);
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      reject(fileName, error.message, error.issues);
    }
  };

  return {
    openFile(file) {
      if (file.size > MAX_FILE_BYTES) {
        return reject(file.name, `the file is too large (${(file.size / 1e6).toFixed(0)} MB).`, []);
      }
      void open(file.name, file, null).catch(() =>
        reject(file.name, 'the browser could not read the file.', []),
      );
    },
    async openUrl(url) {
      let target: URL;
      try {
        target = new URL(url, location.href);
      } catch {
        return reject(url, 'the link’s file address is not a URL.', []);
      }
      if (target.origin !== location.origin) {
        return reject(url, 'only files on this site can be opened from a link (?file=).', []);
      }
      const fileName = decodeURIComponent(target.pathname.split('/').pop() ?? '') || 'graph';
      say(`Loading ${fileName}…`);
      try {
        const response = await fetch(target);
        if (!response.ok)
          return reject(
            fileName,
            `the server answered ${response.status} ${response.statusText}.`,
            [],
          );
        await open(fileName, await response.blob(), url);
      } catch (error) {
        reject(
          fileName,
          `it could not be fetched (${error instanceof Error ? error.message : String(error)}).`,
          [],
        );
      }
    },
  };
}
