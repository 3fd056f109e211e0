/**
 * Parses an opened file off the main thread with the same importer as `kg convert`, streaming it:
 * a GEXF file is parsed as it is read (progress after each piece; the page cancels by ending the
 * worker). Answers with graphology's serialization or the importer's issues.
 */
import { DataError } from '../model/errors';
import { createImport } from './import-core';
import type { ImportReply, ImportRequest } from './import-protocol';

const post = (reply: ImportReply) => self.postMessage(reply);

async function read({ name, file, strict }: ImportRequest): Promise<ImportReply> {
  try {
    const reading = createImport(name, { strict });
    const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
    let loaded = 0;
    let reported = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      reading.write(value);
      loaded += value.length;
      // A progress message per percent at most.
      if (loaded - reported > file.size / 100) {
        reported = loaded;
        post({ type: 'progress', loaded: Math.min(loaded, file.size), total: file.size });
      }
    }
    const { graph, warnings } = reading.close();
    return { type: 'done', ok: true, graph: graph.export(), warnings: [...warnings] };
  } catch (error) {
    return error instanceof DataError
      ? {
          type: 'done',
          ok: false,
          message: error.message.split('\n')[0] ?? 'invalid file',
          issues: [...error.issues],
        }
      : {
          type: 'done',
          ok: false,
          message: error instanceof Error ? error.message : String(error),
          issues: [],
        };
  }
}

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  void read(event.data).then(post);
};
