/**
 * Builds the static site once for all browser tests; each test file serves `dist/` with Vite's
 * preview server (the same files a user deploys) and drives Debian's Chromium.
 */
import { build } from 'vite';
import { OUT_DIR } from './browser';

export default async function setup(): Promise<void> {
  // The runner loader reads the config's extension-less TypeScript imports without a warning.
  await build({ configLoader: 'runner', logLevel: 'warn', build: { outDir: OUT_DIR } });
}
