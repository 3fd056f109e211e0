/**
 * The CLI's only contact with the outside world: files and output streams. Commands receive it as
 * an argument, so tests can run them in-process against fixtures.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
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
    writeTextFile: (path, text) => writeFileSync(path, text, 'utf8'),
    defaultDataDir: fileURLToPath(new URL('../../graph-data/', import.meta.url)),
  };
}
