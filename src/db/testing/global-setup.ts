// Runs once before the database tier: migrates a PGlite instance and dumps it as a snapshot that
// each test file loads (a fresh PGlite from scratch costs seconds), and, when TEST_PG_URL names a
// PostgreSQL server, builds a migrated template database there that test files clone.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../client.js';
import { PG_TEMPLATE, SNAPSHOT_PATH } from './paths.js';

export default async function setup() {
  const d = await openDatabase({ dataDir: 'memory://' });
  await d.migrate();
  const dump = await d.pglite!.dumpDataDir('none');
  mkdirSync(dirname(SNAPSHOT_PATH), { recursive: true });
  writeFileSync(SNAPSHOT_PATH, Buffer.from(await dump.arrayBuffer()));
  await d.close();

  const url = process.env.TEST_PG_URL;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${PG_TEMPLATE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${PG_TEMPLATE}`);
    await admin.end();
    const t = await openDatabase({ url: withDatabase(url, PG_TEMPLATE), poolSize: 1 });
    await t.migrate();
    await t.close();
  }
}

export function withDatabase(url: string, db: string) {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}
