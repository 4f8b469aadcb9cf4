// Runs once before the browser journeys: migrates an embedded database and loads the demo province
// into it, as a fresh `npm start` does. Each journey's server starts on a copy of that data directory
// (e2e/harness.ts, `demoDataDir`) instead of loading the demo again: loading it costs several seconds
// per journey, most of the tier's set-up time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/client.js';
import { generateDemoDataset } from '../src/demo/generate.js';
import { seedDataset } from '../src/demo/seed.js';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eDemoTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'tdkt-e2e-template-'));
  const d = await openDatabase({ dataDir: join(dir, 'pglite') });
  try {
    await d.migrate();
    await seedDataset(d.db, generateDemoDataset());
  } finally {
    await d.close();
  }
  project.provide('e2eDemoTemplate', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
