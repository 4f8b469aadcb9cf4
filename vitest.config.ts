import { defineConfig } from 'vitest/config';

// Three tiers, each a Vitest project:
//   unit — pure code beside its source (*.test.ts), milliseconds each;
//   db   — *.db.test.ts, run once per engine (PGlite always, PostgreSQL when TEST_PG_URL is set);
//   e2e  — browser journeys in e2e/*.e2e.ts, driving Debian Chromium through playwright-core.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'web/src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', '**/node_modules/**'],
          environment: 'node',
          // Rendering PDFs with embedded fonts or zips of hundreds of MB takes seconds on a busy
          // 2-core machine; a test that hangs still fails.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'db',
          include: ['src/**/*.db.test.ts'],
          environment: 'node',
          globalSetup: ['src/db/testing/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['e2e/global-setup.ts'],
          // The journeys run beside the database tier on 2 cores (scripts/test.sh): the longest
          // took 117 s there against 60 s alone.
          testTimeout: 240_000,
          hookTimeout: 300_000,
          // One more try for a journey that failed: on a shared 2-core machine a click can land on
          // a dropdown still animating. A real fault fails both tries; the first failure's
          // screenshot stays in .tmp/screenshots.
          retry: 1,
          fileParallelism: false,
        },
      },
    ],
  },
});
