/**
 * Builds the `kg` bin's bundle (`npm run build:kg`; `npm ci` runs it as `prepare`): the CLI's
 * sources and the libraries they use, compiled by esbuild into one file, so that the bin starts in
 * plain Node instead of compiling TypeScript through tsx on every run; beside it, the bundle's V8
 * code cache, and a manifest of every input, by which the bin refuses a bundle older than its
 * sources.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import {
  BUNDLE_DIR,
  BUNDLE_FILE,
  DERIVED_DIR,
  MANIFEST_FILE,
  cacheFileFor,
  compileBundle,
} from './bundle.js';

/** The project folder (two up from src/cli/). */
const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Files whose change may change the bundle without being among esbuild's inputs: the lock file
 * that every npm install rewrites, tsconfig.json (esbuild reads its settings: "strict" makes the
 * bundle strict code), and the build itself.
 */
const EXTRA_INPUTS = [
  'package.json',
  'tsconfig.json',
  join('node_modules', '.package-lock.json'),
  join('src', 'cli', 'build.ts'),
  join('src', 'cli', 'bundle.js'),
];

/**
 * zod's error messages in English only. `import { z } from 'zod'` brings every locale (a third of
 * the bundle, compiled on every start) because `z.locales` is part of the namespace; chipgraph
 * never switches locale, and zod's default, English, is the one kept.
 */
const ZOD_ENGLISH_ONLY: Plugin = {
  name: 'zod-english-only',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: 'export { default as en } from "./en.js";',
      loader: 'js',
      resolveDir: join(args.path, '..'),
    }));
  },
};

/** What a build wrote. */
export interface BuiltBundle {
  /** The bundle file. */
  readonly bundle: string;
  /** Its inputs, relative to the project root. */
  readonly inputs: readonly string[];
  /** The build's id, on the bundle's first line and in its code cache's name. */
  readonly id: string;
}

/**
 * Bundles src/cli/start.ts and everything it imports into `dir`/kg.cjs, with its code cache and
 * the manifest of its inputs; removes the code caches of earlier builds.
 * @param dir - the bundle's folder (default the bin's, node_modules/.cache/kg), absolute or
 *   relative to the project root
 * @throws Error for an empty folder name, or when esbuild fails (its messages are printed)
 */
export async function buildKg(dir: string = BUNDLE_DIR): Promise<BuiltBundle> {
  if (dir.trim() === '') throw new Error('buildKg: the bundle folder must not be empty');
  const folder = isAbsolute(dir) ? dir : join(ROOT, dir);
  mkdirSync(folder, { recursive: true });
  // Taken before esbuild reads anything: a file saved during the build counts as newer.
  const builtAt = Date.now();
  const id = `${builtAt.toString(36)}-${randomUUID().slice(0, 8)}`;
  const bundle = join(folder, BUNDLE_FILE);
  const partial = `${bundle}.partial`;
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [join('src', 'cli', 'start.ts')],
    outfile: partial,
    bundle: true,
    // Libraries bundled too: one file to read and compile rather than dozens of modules to
    // resolve and load (measured: `kg path` starts about 50 ms sooner this way).
    packages: 'bundle',
    // Except the two libraries one command each loads on demand (`kg ingest` the language library,
    // `kg merge` the formatter): bundled, they made the file every command reads at start 8.3 MB
    // instead of 1 MB (kg path: 142 ms against 52 ms for node -e 0). The bin's require finds them
    // in node_modules.
    external: ['compromise', 'prettier'],
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // ESM builds first: jsonc-parser's "main" is a UMD file whose require() calls esbuild cannot
    // follow (they fail at run time); its "module" build is plain ESM.
    mainFields: ['module', 'main'],
    metafile: true,
    logLevel: 'warning',
    legalComments: 'none',
    plugins: [ZOD_ENGLISH_ONLY],
    // CommonJS has no import.meta: the bundle's loader passes its URL (see compileBundle).
    define: { 'import.meta.url': '__kgBundleUrl' },
    // A comment only, so that "use strict" stays the first statement (a directive).
    banner: { js: `// kg-build ${id}` },
  });
  // The code cache of the top-level code, made now so that no run of kg ever writes a file.
  const cache = compileBundle(bundle, readFileSync(partial, 'utf8'), undefined).createCachedData();
  writeFileSync(join(folder, cacheFileFor(id)), cache);
  const inputs = [
    ...new Set([
      ...Object.keys(result.metafile.inputs).map((input) => input.split('/').join(sep)),
      ...EXTRA_INPUTS,
    ]),
  ].sort();
  // The bundle appears whole or not at all (a kg started mid-build finds the old one or none).
  renameSync(partial, bundle);
  writeFileSync(
    join(folder, MANIFEST_FILE),
    JSON.stringify({ builtAt, id, inputs }, null, 1) + '\n',
  );
  for (const name of readdirSync(folder))
    if (/^kg-.*\.cache$/.test(name) && name !== cacheFileFor(id)) rmSync(join(folder, name));
  // What earlier builds derived (their ids keep it from being used): removed, not left to grow.
  rmSync(join(folder, DERIVED_DIR), { recursive: true, force: true });
  return { bundle, inputs, id };
}

// Run as a script (npm run build:kg): build the bin's bundle.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { bundle, inputs } = await buildKg();
  console.log(`kg: built ${relative(ROOT, bundle)} from ${inputs.length} files`);
}
