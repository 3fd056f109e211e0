/**
 * The CLI's only contact with the outside world: files and output streams. Commands receive it as
 * an argument, so tests can run them in-process against fixtures.
 */
import { closeSync, openSync, readFileSync, readSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataFile } from '../model/validate';
import { UsageError } from '../model/errors';

export interface CliEnvironment {
  /** Writes to standard output (no newline added). */
  out(text: string): void;
  /** Writes to standard error (no newline added). */
  err(text: string): void;
  /** The `*.json` files of a data folder (not recursive), sorted by name. */
  readDataFiles(dir: string): DataFile[];
  readTextFile(path: string): string;
  /** A UTF-8 text file in pieces (about 1 MB each), so a large file is never whole in memory. */
  readTextChunks(path: string): Iterable<string>;
  writeTextFile(path: string, text: string): void;
  /** The shipped `graph-data/` folder. */
  readonly defaultDataDir: string;
}

/** Node's file system and process streams. */
export function nodeEnvironment(): CliEnvironment {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    readDataFiles(dir) {
      let names: string[];
      try {
        names = readdirSync(dir).filter((name) => name.endsWith('.json'));
      } catch {
        throw new UsageError(
          `cannot read the data folder "${dir}": it does not exist or is not a folder`,
        );
      }
      return names.sort().map((name) => {
        const path = join(dir, name);
        return { path: relative(process.cwd(), path) || path, text: readFileSync(path, 'utf8') };
      });
    },
    readTextFile: (path) => readFileSync(path, 'utf8'),
    *readTextChunks(path) {
      const fd = openSync(path, 'r');
      try {
        const buffer = Buffer.alloc(1 << 20);
        // Streaming: a character cut between two pieces is completed by the next one.
        const decoder = new TextDecoder('utf-8');
        for (;;) {
          const read = readSync(fd, buffer, 0, buffer.length, null);
          if (read === 0) break;
          yield decoder.decode(buffer.subarray(0, read), { stream: true });
        }
        const rest = decoder.decode();
        if (rest !== '') yield rest;
      } finally {
        closeSync(fd);
      }
    },
    writeTextFile: (path, text) => writeFileSync(path, text, 'utf8'),
    defaultDataDir: fileURLToPath(new URL('../../graph-data/', import.meta.url)),
  };
}
