/**
 * The `kg` bin's compiled bundle: where it lives, whether it may be run, and running it with its
 * V8 code cache. Plain JavaScript because the bin reads it before anything is compiled; typed by
 * bundle.d.ts.
 *
 * The bundle is a build product (`npm run build:kg`, run by `npm ci` through `prepare`), so it
 * can lag behind the sources: a bundle older than any of its inputs is never run.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

/**
 * The bundle's folder, from the project root. Not dist/: the site build (`npm run build`, and the
 * browser tests) empties dist/, which would leave the bin on its slow path after every site build.
 * node_modules/ is git-ignored and rebuilt by `npm ci`, whose `prepare` builds the bundle again.
 */
export const BUNDLE_DIR = join('node_modules', '.cache', 'kg');
/**
 * The bundle, in its folder: CommonJS, because Node 20 can start a CommonJS script from a V8
 * code cache (`vm.Script`'s cachedData) but not an ES module, and compiling the bundle's source
 * was the largest part of its start.
 */
export const BUNDLE_FILE = 'kg.cjs';
/** The manifest of the bundle's inputs, in its folder. */
export const MANIFEST_FILE = 'manifest.json';
/** The folder, in the bundle's, of what the bundle derives and keeps (the built graph). */
export const DERIVED_DIR = 'derived';
/** The first line of a bundle names its build: `// kg-build <id>`. */
export const BUILD_LINE = /^\/\/ kg-build ([\w-]+)\n/;

/**
 * The code cache of one build, in the bundle's folder. Named by the build id that the bundle's
 * own first line carries, so a bundle is never paired with another build's cache: V8 checks a
 * cache against the source's length only, and would run stale code for a same-length source.
 * @param {string} id - the build id
 */
export function cacheFileFor(id) {
  return `kg-${id}.cache`;
}

/** Last-modified time in ms, or null when the file is missing or unreadable. */
function modified(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

/**
 * The bundle to run, or null when it must not be run: it or its manifest is missing or unreadable,
 * or any input the manifest records is missing or was modified after the build started.
 * @param {string} root - the project root; manifest inputs are relative to it
 * @param {string} [dir] - the bundle's folder (default {@link BUNDLE_DIR}, relative to root)
 * @returns {string | null}
 */
export function freshBundle(root, dir = BUNDLE_DIR) {
  const folder = isAbsolute(dir) ? dir : join(root, dir);
  const bundle = join(folder, BUNDLE_FILE);
  if (modified(bundle) === null) return null;
  /** @type {unknown} */
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(folder, MANIFEST_FILE), 'utf8'));
  } catch {
    return null;
  }
  // Outside data (a file anyone can edit): checked, not trusted.
  if (typeof manifest !== 'object' || manifest === null) return null;
  const { builtAt, inputs } = /** @type {{ builtAt?: unknown, inputs?: unknown }} */ (manifest);
  if (typeof builtAt !== 'number' || !Array.isArray(inputs) || inputs.length === 0) return null;
  for (const input of inputs) {
    if (typeof input !== 'string') return null;
    const time = modified(join(root, input));
    // Compared with the build's start, not the bundle's time: an edit saved while esbuild was
    // reading would otherwise look older than the bundle that does not contain it.
    if (time === null || time > builtAt) return null;
  }
  return bundle;
}

/**
 * Compiles a bundle's source as Node compiles a CommonJS module, with its build's code cache when
 * there is one (none, or one V8 rejects, only costs the time to compile).
 * @param {string} file - the bundle
 * @param {string} source - its text
 * @param {Buffer | undefined} cachedData - a code cache for it
 */
export function compileBundle(file, source, cachedData) {
  // Node's own CommonJS wrapper (module.wrap), and the bundle's URL for what the sources read as
  // import.meta.url. The line break keeps a final // comment from closing the function.
  const wrapped = `(function (exports, require, module, __filename, __dirname, __kgBundleUrl) {${source}\n});`;
  return new Script(wrapped, { filename: file, ...(cachedData && { cachedData }) });
}

/**
 * Runs a bundle and returns its exports (the CLI's `start`), its build id (null for a bundle
 * without its first line) and whether V8 accepted its code cache (false when there was none).
 * @param {string} file - the bundle (see {@link freshBundle})
 * @returns {{ exports: Record<string, unknown>, id: string | null, cached: boolean }}
 */
export function loadBundle(file) {
  const source = readFileSync(file, 'utf8');
  const id = BUILD_LINE.exec(source)?.[1];
  let cachedData;
  if (id !== undefined) {
    try {
      cachedData = readFileSync(join(dirname(file), cacheFileFor(id)));
    } catch {
      // No cache (a build that could not write one): compile from the source.
    }
  }
  const script = compileBundle(file, source, cachedData);
  const module = { exports: {} };
  const url = pathToFileURL(file).href;
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), url);
  return {
    exports: module.exports,
    id: id ?? null,
    cached: cachedData !== undefined && !script.cachedDataRejected,
  };
}
