/**
 * The CLI's only contact with the outside world: files and output streams. Commands receive it as
 * an argument, so tests can run them in-process against fixtures.
 */
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataFile } from '../model/validate';
import { DataError } from '../model/errors';

export interface CliEnvironment {
  /** Writes to standard output (no newline added). */
  out(text: string): void;
  /** Writes to standard error (no newline added). */
  err(text: string): void;
  /** The `*.json` files of a data folder (not recursive), sorted by name. */
  readDataFiles(dir: string): DataFile[];
  /** A UTF-8 text file. @throws DataError saying why it cannot be read */
  readTextFile(path: string): string;
  /**
   * A UTF-8 text file in pieces (about 1 MB each), so a large file is never whole in memory.
   * @throws DataError saying why it cannot be read
   */
  readTextChunks(path: string): Iterable<string>;
  /**
   * Writes a UTF-8 text file; with `makeFolder`, its folder too (a place the tool chose, such as
   * a draft's default folder; a folder the user names must exist).
   * @throws DataError saying why it cannot be written
   */
  writeTextFile(path: string, text: string, options?: { readonly makeFolder?: boolean }): void;
  /** The version of the installed package (its package.json). @throws DataError */
  packageVersion(): string;
  /** The shipped `graph-data/` folder. */
  readonly defaultDataDir: string;
  /**
   * Files derived from others and kept between runs (the built graph), or null for none: the
   * bin's compiled bundle has one, tied to its build; the sources run through tsx have none, as
   * their code may change between two runs.
   */
  readonly cache: DerivedCache | null;
}

/** A folder of derived files, kept for the code that wrote them. */
export interface DerivedCache {
  /** Names the code that derives the files: a file stored by other code is never used. */
  readonly version: string;
  /** The text stored under `name`, or null when there is none or it cannot be read. */
  read(name: string): string | null;
  /** Stores `text` under `name`; a failure (a read-only folder, a full disk) is ignored. */
  write(name: string, text: string): void;
}

/**
 * A cache in a folder of its own, created on the first write.
 * @param dir - the folder (only this cache's files are in it)
 * @param version - names the code whose results it keeps
 */
export function folderCache(dir: string, version: string): DerivedCache {
  return {
    version,
    read(name) {
      try {
        return readFileSync(join(dir, name), 'utf8');
      } catch {
        return null;
      }
    },
    write(name, text) {
      const path = join(dir, name);
      // Written aside then renamed: two runs writing at once leave one whole file, never a mix.
      const partial = `${path}.${process.pid}.partial`;
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(partial, text, 'utf8');
        renameSync(partial, path);
      } catch {
        // A cache is an optimisation: without it the next run derives the file again.
        try {
          rmSync(partial, { force: true });
        } catch {
          // Nothing more to do: a stray .partial file is never read.
        }
      }
    },
  };
}

/** What each file system error means, in words, and what to do about it. */
const FILE_ERRORS: Readonly<Record<string, { reason: string; hint: string }>> = {
  ENOENT: {
    reason: 'no such file',
    hint: 'check the name and the folder; a relative path starts from the current folder',
  },
  EACCES: { reason: 'permission denied', hint: 'check the file’s permissions (ls -l)' },
  EPERM: { reason: 'permission denied', hint: 'check the file’s permissions (ls -l)' },
  EISDIR: { reason: 'it is a folder, not a file', hint: 'name a file inside it' },
  ENOTDIR: {
    reason: 'a part of the path is a file, not a folder',
    hint: 'check each folder in the path',
  },
  EMFILE: { reason: 'too many open files', hint: 'close other programs and try again' },
  ENOSPC: { reason: 'the disk is full', hint: 'free some space, or write elsewhere' },
  EROFS: { reason: 'the file system is read-only', hint: 'write elsewhere' },
};

/**
 * A file system error (Node's `ENOENT`, `EACCES` …) as a `DataError` that says in words what went
 * wrong with which file and what to do: "cannot read F: no such file". Null for other errors.
 * @param action - what was being done with the file
 */
export function fileProblem(
  error: unknown,
  path?: string,
  action: 'read' | 'write' = 'read',
): DataError | null {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string')
    return null;
  const file = path ?? ('path' in error && typeof error.path === 'string' ? error.path : '');
  const known = FILE_ERRORS[error.code];
  const reason = known?.reason ?? error.message;
  const hint =
    error.code === 'ENOENT' && action === 'write'
      ? `create the folder ${dirname(file)} first, or write elsewhere`
      : error.code === 'ENOENT'
        ? `${known?.hint ?? ''} (${process.cwd()})`
        : (known?.hint ?? 'check the path');
  return new DataError(
    [{ file, message: `cannot ${action} it: ${reason}`, hint }],
    `cannot ${action} ${file}: ${reason}`,
  );
}

/** Runs a file operation; a file system error becomes a `DataError` naming the file. */
function withFile<T>(path: string, action: 'read' | 'write', run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw fileProblem(error, path, action) ?? error;
  }
}

/** The project folder of these sources (two up from src/cli/). */
const sourceRoot = () => fileURLToPath(new URL('../../', import.meta.url));

/**
 * Node's file system and process streams.
 * @param root - the project folder, where package.json and graph-data/ are (default: the one
 *   these sources are in; the bin's bundle passes it, as the bundle lives elsewhere)
 * @param cache - where derived files are kept (default none)
 */
export function nodeEnvironment(
  root: string = sourceRoot(),
  cache: DerivedCache | null = null,
): CliEnvironment {
  return {
    cache,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    readDataFiles(dir) {
      let names: string[];
      try {
        names = readdirSync(dir).filter((name) => name.endsWith('.json'));
      } catch {
        // A file problem like any other (exit 1), as a missing input file is.
        throw new DataError(
          [
            {
              file: dir,
              message: 'cannot read the data folder: it does not exist or is not a folder',
              hint: 'check the path given to --data, or leave --data out to use graph-data/',
            },
          ],
          `cannot read the data folder "${dir}"`,
        );
      }
      return names.sort().map((name) => {
        const path = join(dir, name);
        return {
          path: relative(process.cwd(), path) || path,
          text: withFile(path, 'read', () => readFileSync(path, 'utf8')),
        };
      });
    },
    readTextFile: (path) => withFile(path, 'read', () => readFileSync(path, 'utf8')),
    *readTextChunks(path) {
      const fd = withFile(path, 'read', () => openSync(path, 'r'));
      try {
        const buffer = Buffer.alloc(1 << 20);
        // Streaming: a character cut between two pieces is completed by the next one.
        const decoder = new TextDecoder('utf-8');
        for (;;) {
          const read = withFile(path, 'read', () => readSync(fd, buffer, 0, buffer.length, null));
          if (read === 0) break;
          yield decoder.decode(buffer.subarray(0, read), { stream: true });
        }
        const rest = decoder.decode();
        if (rest !== '') yield rest;
      } finally {
        closeSync(fd);
      }
    },
    writeTextFile: (path, text, options) =>
      withFile(path, 'write', () => {
        if (options?.makeFolder === true) mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, text, 'utf8');
      }),
    packageVersion() {
      const path = join(root, 'package.json');
      const text = withFile(path, 'read', () => readFileSync(path, 'utf8'));
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        value = undefined;
      }
      // Outside data: checked, not cast.
      const version =
        typeof value === 'object' && value !== null && 'version' in value
          ? value.version
          : undefined;
      if (typeof version !== 'string' || version === '')
        throw new DataError(
          [{ file: path, path: '$.version', message: 'no "version" string' }],
          `cannot tell the version: ${path} has no "version"`,
        );
      return version;
    },
    defaultDataDir: join(root, 'graph-data') + sep,
  };
}
