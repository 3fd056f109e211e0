#!/usr/bin/env node
// The `kg` bin. It runs the compiled bundle (npm run build:kg, built by `npm ci`) when one exists
// that is newer than every input it was built from; otherwise (no build yet, or sources edited
// since) the TypeScript sources through tsx, slower to start but never stale.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DERIVED_DIR, freshBundle, loadBundle } from './bundle.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const argv = process.argv.slice(2);
const bundle = freshBundle(root);
if (bundle !== null) {
  const { exports: cli, id } = loadBundle(bundle);
  // The bundle keeps what it derives (the built graph) for its own build only.
  const cache = id === null ? undefined : { dir: join(dirname(bundle), DERIVED_DIR), version: id };
  cli.start(argv, root, cache);
} else {
  // Loaded only on this path: tsx's loader alone costs more than the whole bundled run.
  const { register } = await import('tsx/esm/api');
  register();
  const cli = await import('./start.ts');
  cli.start(argv, root);
}
