import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// The browser tests need Debian's Chromium. Without it (a machine where `npm test` could not
// install it) they are left out with a notice rather than failing one by one; under CI=true they
// always run, so a missing browser fails there.
const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const browserTests = existsSync(chromium) || process.env['CI'] === 'true';
if (!browserTests)
  console.warn(
    `Skipping the browser tests: no Chromium at ${chromium}. Install it with "sudo apt-get install chromium" or set CHROMIUM_PATH.`,
  );

/** The browser tests: one build for all, one file at a time (one Chromium each). */
const E2E = {
  test: {
    name: 'e2e',
    include: browserTests ? ['tests/e2e/**/*.test.ts'] : [],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          environment: 'node',
          // Tests assert behaviour, never speed (that is `npm run bench`). Loading and laying out
          // the article takes under a second on a quiet machine but several with both cores busy,
          // so Vitest's 5 s default would fail a correct test; tests that start a process say
          // their own, longer timeout (PROCESS_TIMEOUT_MS in tests/helpers/gexf.ts).
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      E2E,
    ],
    // Only when the browser tests are left out: `npm run test:e2e` then ends with the notice.
    passWithNoTests: !browserTests,
  },
});
