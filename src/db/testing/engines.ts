// Opening a fresh, migrated database for a test file, on each engine under test.
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { type Database, openDatabase } from '../client.js';
import { withDatabase } from './global-setup.js';
import { PG_TEMPLATE, SNAPSHOT_PATH } from './paths.js';

export type EngineName = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL when the test command started one (TEST_PG_URL). */
export const ENGINES: EngineName[] = process.env.TEST_PG_URL ? ['pglite', 'postgres'] : ['pglite'];

export async function openTestDatabase(engine: EngineName): Promise<Database> {
  if (engine === 'pglite') {
    const blob = new Blob([readFileSync(SNAPSHOT_PATH)]);
    return openDatabase({ dataDir: 'memory://', loadDataDir: blob });
  }
  const url = process.env.TEST_PG_URL!;
  const name = `tdkt_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${PG_TEMPLATE}`);
  await admin.end();
  const d = await openDatabase({ url: withDatabase(url, name), poolSize: 4 });
  return {
    ...d,
    close: async () => {
      await d.close();
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}
