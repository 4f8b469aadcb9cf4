// Writing a backup: one consistent snapshot of every table (uploaded files are rows of `files`, so
// they are in it), the schema's migration history, the audit key when it lives in DATA_DIR, and
// the signed audit anchors up to the snapshot. Engine-neutral: a logical dump read through SQL in
// one REPEATABLE READ, READ ONLY transaction, so a PGlite backup can be restored on PostgreSQL and
// the other way round, and no pg_dump binary is needed.
//
// File: gzip of JSON lines. Line 1 the header, then per table a {"kind":"table"} line and one
// {"r":{…}} line per row (row_to_json), last an {"kind":"end"} line with the row counts and the
// SHA-256 of every line before it. gzip's CRC and that hash make any corruption detectable.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, mkdirSync, renameSync, rmSync, chmodSync } from 'node:fs';
import { dirname } from 'node:path';
import { createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { AnchorRecord } from '../audit/anchors.js';

export const BACKUP_FORMAT = 'tdkt-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  kind: 'header';
  format: typeof BACKUP_FORMAT;
  version: number;
  /** Wall-clock time of the snapshot. */
  createdAt: string;
  engine: 'pglite' | 'postgres';
  /** drizzle's migration history of the source: [hash of the SQL file, its timestamp]. */
  migrations: { hash: string; createdAt: number }[];
  /** Public fingerprint of the audit key the chain was written with. */
  keyFingerprint: string | null;
  /** The key itself, only when it was DATA_DIR/audit.key (an AUDIT_KEY from the environment is never written out). */
  auditKey: string | null;
  /** Each tenant's audit head in the snapshot. */
  heads: { tenantId: string; seq: number; hash: string }[];
  /** Signed anchors of the source up to the snapshot (restored beside the data). */
  anchors: AnchorRecord[];
}

export interface BackupEnd {
  kind: 'end';
  tables: Record<string, number>;
  sha256: string;
}

export const rowsOf = <T>(r: unknown) => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];
export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Every ordinary table of the public schema, in a stable order. */
export async function publicTables(db: Db): Promise<string[]> {
  const r = await db.execute(
    sql`SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
  );
  return rowsOf<{ name: string }>(r).map((x) => x.name);
}

/** Stored (not generated) columns of a table, in order. */
export async function tableColumns(db: Db, table: string): Promise<string[]> {
  const r = await db.execute(
    sql`SELECT a.attname AS name FROM pg_attribute a WHERE a.attrelid = ${`public.${ident(table)}`}::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '' ORDER BY a.attnum`,
  );
  return rowsOf<{ name: string }>(r).map((x) => x.name);
}

export async function migrationHistory(db: Db): Promise<{ hash: string; createdAt: number }[]> {
  const exists = rowsOf<{ t: string | null }>(
    await db.execute(sql`SELECT to_regclass('drizzle.__drizzle_migrations')::text AS t`),
  )[0]?.t;
  if (!exists) return [];
  const r = await db.execute(
    sql`SELECT hash, created_at AS "createdAt" FROM drizzle.__drizzle_migrations ORDER BY created_at, id`,
  );
  return rowsOf<{ hash: string; createdAt: string | number }>(r).map((m) => ({
    hash: m.hash,
    createdAt: Number(m.createdAt),
  }));
}

export interface DumpOptions {
  engine: 'pglite' | 'postgres';
  keyFingerprint: string | null;
  auditKey: string | null;
  /** Anchors to carry; filtered here to those the snapshot contains. */
  anchors: AnchorRecord[];
}

export interface DumpResult {
  file: string;
  bytes: number;
  tables: Record<string, number>;
  heads: BackupHeader['heads'];
}

/**
 * Dumps the database as it is at the start of one read-only REPEATABLE READ transaction into
 * `out` (written to a temporary name, then renamed, mode 0600: it may hold the audit key).
 */
export async function dumpToFile(db: Db, out: string, opts: DumpOptions): Promise<DumpResult> {
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.tmp-${process.pid}-${Date.now()}`;
  const file = createWriteStream(tmp, { mode: 0o600 });
  const gz = createGzip({ level: 6 });
  gz.pipe(file);
  const hash = createHash('sha256');
  let bytes = 0;
  const write = async (line: string) => {
    const buf = Buffer.from(`${line}\n`, 'utf8');
    hash.update(buf);
    bytes += buf.length;
    if (!gz.write(buf)) await once(gz, 'drain');
  };
  const tables: Record<string, number> = {};
  let heads: BackupHeader['heads'] = [];
  try {
    await db.transaction(async (tx) => {
      const t = tx as unknown as Db;
      await t.execute(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`);
      heads = rowsOf<{ tenantId: string; seq: string | number; hash: string }>(
        await t.execute(sql`SELECT tenant_id AS "tenantId", seq, hash FROM audit_heads ORDER BY tenant_id`),
      ).map((h) => ({ ...h, seq: Number(h.seq) }));
      const headSeq = new Map(heads.map((h) => [h.tenantId, h.seq]));
      const header: BackupHeader = {
        kind: 'header',
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        // Wall-clock time of the snapshot (operational, not business time).
        createdAt: new Date().toISOString(),
        engine: opts.engine,
        migrations: await migrationHistory(t),
        keyFingerprint: opts.keyFingerprint,
        auditKey: opts.auditKey,
        heads,
        anchors: opts.anchors.filter(
          (a) =>
            a.kind === 'keyed' ||
            (a.tenantId !== undefined && a.seq !== undefined && a.seq <= (headSeq.get(a.tenantId) ?? 0)),
        ),
      };
      await write(JSON.stringify(header));
      for (const table of await publicTables(t)) {
        await write(JSON.stringify({ kind: 'table', name: table, columns: await tableColumns(t, table) }));
        let n = 0;
        // Evidence files are large rows: fetch a few at a time to bound memory.
        const size = table === 'files' ? 4 : 500;
        await t.execute(
          sql.raw(
            `DECLARE tdkt_backup NO SCROLL CURSOR FOR SELECT row_to_json(x)::text AS j FROM public.${ident(table)} x`,
          ),
        );
        for (;;) {
          const rows = rowsOf<{ j: string }>(await t.execute(sql.raw(`FETCH ${size} FROM tdkt_backup`)));
          if (rows.length === 0) break;
          for (const r of rows) await write(`{"r":${r.j}}`);
          n += rows.length;
        }
        await t.execute(sql.raw('CLOSE tdkt_backup'));
        tables[table] = n;
      }
    });
    const end: BackupEnd = { kind: 'end', tables, sha256: hash.digest('hex') };
    const last = Buffer.from(`${JSON.stringify(end)}\n`, 'utf8');
    bytes += last.length;
    gz.end(last);
    await once(file, 'close');
    chmodSync(tmp, 0o600);
    renameSync(tmp, out);
  } catch (e) {
    gz.destroy();
    file.destroy();
    rmSync(tmp, { force: true });
    throw e;
  }
  return { file: out, bytes, tables, heads };
}
