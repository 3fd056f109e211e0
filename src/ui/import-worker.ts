/**
 * Parses an opened file off the main thread (large GEXF files take seconds) with the same
 * importer as `kg convert`; answers with graphology's serialization or the importer's issues.
 */
import { importGraphFileWithReport } from './import-core';
import { DataError } from '../model/errors';
import type { ImportReply, ImportRequest } from './import-protocol';

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { name, text, strict } = event.data;
  let reply: ImportReply;
  try {
    const { graph, warnings } = importGraphFileWithReport(name, text, { strict });
    reply = { ok: true, graph: graph.export(), warnings: [...warnings] };
  } catch (error) {
    reply =
      error instanceof DataError
        ? {
            ok: false,
            message: error.message.split('\n')[0] ?? 'invalid file',
            issues: [...error.issues],
          }
        : {
            ok: false,
            message: error instanceof Error ? error.message : String(error),
            issues: [],
          };
  }
  self.postMessage(reply);
};
