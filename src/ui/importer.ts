/**
 * Opening other people's graphs: file picker, drag-and-drop, or `?file=<url>` on the same origin.
 * Small files are parsed at once; large ones in a worker, with progress. A bad file gets a clear
 * message and the current graph stays as it is.
 */
import { MultiDirectedGraph } from 'graphology';
import type { KnowledgeGraph } from '../graph/types';
import { DataError, formatIssue, type DataIssue } from '../model/errors';
import type { ImportReply } from './import-protocol';
import type { Notify } from './panels/notices';

/** Files larger than this are refused before reading (the importer's own limit is in characters). */
export const MAX_FILE_BYTES = 200_000_000;

/** Files above this many characters are parsed in a worker (with a status line), so the page never freezes for long. */
export const WORKER_THRESHOLD = 100_000;

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

  const inWorker = (fileName: string, text: string, url: string | null) => {
    say(`Parsing ${fileName} in the background…`);
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      worker.terminate();
      const reply = event.data;
      if (!reply.ok) return reject(fileName, reply.message, reply.issues);
      // The worker ran our own importer: its serialization already has the KnowledgeGraph shape.
      const graph: KnowledgeGraph = new MultiDirectedGraph();
      graph.import(reply.graph);
      say('');
      options.onGraph(graph, fileName, url);
      report(reply.warnings);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(fileName, event.message || 'the background parser failed.', []);
    };
    worker.postMessage({ name: fileName, text, strict: strict() });
  };

  const parse = async (fileName: string, text: string, url: string | null) => {
    if (text.length > WORKER_THRESHOLD && typeof Worker !== 'undefined') {
      inWorker(fileName, text, url);
      return;
    }
    // Loaded on first use: the XML parsers are not needed to show the article graph.
    const { importGraphFileWithReport } = await import('./import-core');
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
      const reader = new FileReader();
      reader.onprogress = (event) => {
        if (event.lengthComputable)
          say(`Reading ${file.name}… ${Math.round((100 * event.loaded) / event.total)}%`);
      };
      reader.onerror = () => reject(file.name, 'the browser could not read the file.', []);
      reader.onload = () => {
        if (typeof reader.result === 'string') void parse(file.name, reader.result, null);
      };
      say(`Reading ${file.name}…`);
      reader.readAsText(file);
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
        await parse(fileName, await response.text(), url);
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
