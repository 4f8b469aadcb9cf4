// One factory for both engines: embedded PGlite (default, persisted under DATA_DIR) and
// PostgreSQL (DATABASE_URL). The same schema and migrations run on both.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema.js';
import { fromRoot } from '../paths.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle has the same query surface as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbKind = 'pglite' | 'postgres';

export const MIGRATIONS_FOLDER = fromRoot('drizzle');

export interface Database {
  db: Db;
  kind: DbKind;
  /** Applies the migrations of MIGRATIONS_FOLDER (or of another folder: a restore stops at a backup's level). */
  migrate(folder?: string): Promise<void>;
  close(): Promise<void>;
  /** The embedded engine, when kind is 'pglite' (tests snapshot it). */
  pglite?: PGlite;
}

export interface OpenOptions {
  /** postgres://… selects PostgreSQL; otherwise PGlite is used. */
  url?: string;
  /** PGlite data directory; 'memory://' keeps it in memory. */
  dataDir?: string;
  /** PGlite only: start from a dumped data directory (a migrated snapshot). */
  loadDataDir?: Blob | File;
  /** PostgreSQL pool size. */
  poolSize?: number;
}

export async function openDatabase(opts: OpenOptions = {}): Promise<Database> {
  if (opts.url && /^postgres(ql)?:\/\//.test(opts.url)) {
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10 });
    // An idle connection the server drops (restart, network, an administrator) must not crash the
    // process: the pool discards it and opens a new one when needed.
    pool.on('error', (e) =>
      console.error(`PostgreSQL: mất một kết nối đang rảnh (${e.message}); sẽ kết nối lại khi cần.`),
    );
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      migrate: (folder = MIGRATIONS_FOLDER) => migratePg(db as never, { migrationsFolder: folder }),
      close: () => pool.end(),
    };
  }
  const dataDir = opts.dataDir ?? 'memory://';
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  // pg_trgm backs the diacritic-insensitive search indexes (migration 0017); PostgreSQL ships it in contrib.
  const extensions = { pg_trgm };
  const client = await PGlite.create(
    dataDir,
    opts.loadDataDir ? { loadDataDir: opts.loadDataDir, extensions } : { extensions },
  );
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    pglite: client,
    migrate: (folder = MIGRATIONS_FOLDER) => migratePglite(db as never, { migrationsFolder: folder }),
    close: () => client.close(),
  };
}
