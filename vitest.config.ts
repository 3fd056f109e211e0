import { defineConfig } from 'vitest/config';

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
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
