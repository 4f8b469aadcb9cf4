// Restoring a backup (see dump.ts for the format) into an EMPTY database: the file is checked
// whole first (gzip, line hash, header, schema), then the schema is migrated to the backup's level,
// every row is loaded in one transaction (foreign keys are dropped for the load and re-created,
// which checks them all), the counts are compared, and the remaining migrations run. Any failure
// rolls the load back: nothing half-restored is left behind.
import { createHash } from 'node:crypto';
import { copyFileSync, createReadStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { type Database, type Db, MIGRATIONS_FOLDER } from '../../db/client.js';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupEnd,
  type BackupHeader,
  ident,
  migrationHistory,
  publicTables,
  rowsOf,
} from './dump.js';

export class RestoreRefused extends Error {}

async function* lines(path: string): AsyncGenerator<string> {
  const input = createReadStream(path).pipe(createGunzip());
  const rl = createInterface({ input, crlfDelay: Infinity });
  // A gunzip error (corrupt or truncated file) surfaces through the stream.
  const failed = new Promise<never>((_, reject) => input.on('error', reject));
  failed.catch(() => undefined);
  const it = rl[Symbol.asyncIterator]();
  for (;;) {
    const next = await Promise.race([it.next(), failed]);
    if (next.done) return;
    yield next.value;
  }
}

const corrupt = (why: string) =>
  new RestoreRefused(`Tệp sao lưu bị hỏng hoặc không đầy đủ (${why}); không khôi phục gì.`);

/** Reads the whole file once: gzip intact, every line under the recorded hash, a header and an end. */
export async function checkBackupFile(path: string): Promise<{ header: BackupHeader; end: BackupEnd }> {
  const hash = createHash('sha256');
  let header: BackupHeader | null = null;
  let prev: string | null = null;
  try {
    for await (const line of lines(path)) {
      if (prev !== null) hash.update(`${prev}\n`, 'utf8');
      if (header === null) {
        try {
          header = JSON.parse(line) as BackupHeader;
        } catch {
          throw new RestoreRefused('Tệp này không phải tệp sao lưu của hệ thống.');
        }
        if (header?.kind !== 'header' || header.format !== BACKUP_FORMAT)
          throw new RestoreRefused('Tệp này không phải tệp sao lưu của hệ thống.');
      }
      prev = line;
    }
  } catch (e) {
    if (e instanceof RestoreRefused) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new RestoreRefused(`Không thấy tệp sao lưu ${path}.`);
    if (
      code === 'Z_DATA_ERROR' ||
      code === 'Z_BUF_ERROR' ||
      code === 'Z_STREAM_ERROR' ||
      /unexpected end|incorrect header|invalid/i.test(String((e as Error).message))
    ) {
      throw corrupt('không giải nén được');
    }
    throw e;
  }
  if (!header) throw new RestoreRefused('Tệp sao lưu trống.');
  let end: BackupEnd;
  try {
    end = JSON.parse(prev ?? '') as BackupEnd;
  } catch {
    throw corrupt('thiếu phần kết');
  }
  if (end?.kind !== 'end') throw corrupt('thiếu phần kết');
  if (hash.digest('hex') !== end.sha256) throw corrupt('mã kiểm tra SHA-256 không khớp');
  if (header.version > BACKUP_VERSION)
    throw new RestoreRefused(
      `Tệp sao lưu có định dạng mới hơn (phiên bản ${header.version}); hãy cập nhật phần mềm rồi khôi phục.`,
    );
  return { header, end };
}

/** Refuses a backup whose schema this version does not know (newer, or a different history). */
export function checkSchema(header: BackupHeader): void {
  const local = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  const theirs = header.migrations;
  if (theirs.length > local.length) {
    throw new RestoreRefused(
      `Tệp sao lưu được tạo bởi phiên bản mới hơn của phần mềm (lược đồ có ${theirs.length} bản chuyển đổi, phiên bản này có ${local.length}). Hãy cập nhật phần mềm rồi khôi phục lại.`,
    );
  }
  theirs.forEach((m, i) => {
    if (m.hash !== local[i]!.hash) {
      throw new RestoreRefused(
        `Tệp sao lưu không cùng lịch sử lược đồ với phiên bản này (bản chuyển đổi thứ ${i + 1} khác nhau); không khôi phục.`,
      );
    }
  });
}

/** True when the database holds no row in any table (it may be migrated or not). */
export async function databaseIsEmpty(db: Db): Promise<boolean> {
  for (const t of await publicTables(db)) {
    const r = rowsOf<{ x: number }>(await db.execute(sql.raw(`SELECT 1 AS x FROM public.${ident(t)} LIMIT 1`)));
    if (r.length) return false;
  }
  return true;
}

/** A copy of the migrations folder holding only the first `count` migrations. */
export function migrationsUpTo(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'tdkt-migrations-'));
  mkdirSync(join(dir, 'meta'));
  const journal = JSON.parse(readText(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'))) as {
    entries: { tag: string }[];
  };
  journal.entries = journal.entries.slice(0, count);
  for (const e of journal.entries) copyFileSync(join(MIGRATIONS_FOLDER, `${e.tag}.sql`), join(dir, `${e.tag}.sql`));
  writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify(journal));
  return dir;
}

const readText = (p: string) => readFileSync(p, 'utf8');

export interface RestoreResult {
  tables: Record<string, number>;
  header: BackupHeader;
}

/**
 * Loads a checked backup into `database`, which must hold no rows. Migrates it to the backup's
 * schema level first and to the current level after.
 */
export async function restoreInto(
  database: Database,
  path: string,
  checked: { header: BackupHeader; end: BackupEnd },
): Promise<RestoreResult> {
  const { header, end } = checked;
  checkSchema(header);
  const db = database.db;
  if (!(await databaseIsEmpty(db))) {
    throw new RestoreRefused(
      'Cơ sở dữ liệu đích đã có dữ liệu. Chỉ khôi phục vào một thư mục dữ liệu (DATA_DIR) hoặc một cơ sở dữ liệu PostgreSQL trống.',
    );
  }
  const applied = await migrationHistory(db);
  if (applied.length > header.migrations.length) {
    throw new RestoreRefused(
      `Cơ sở dữ liệu đích đã được chuyển đổi tới lược đồ mới hơn tệp sao lưu (${applied.length} so với ${header.migrations.length} bản chuyển đổi). Hãy khôi phục vào một cơ sở dữ liệu mới tạo, chưa chạy migrate.`,
    );
  }
  const partial = migrationsUpTo(header.migrations.length);
  try {
    await database.migrate(partial);
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  const counts: Record<string, number> = {};
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const fks = rowsOf<{ tbl: string; name: string; def: string }>(
      await t.execute(
        sql`SELECT c.conrelid::regclass::text AS tbl, c.conname AS name, pg_get_constraintdef(c.oid) AS def FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE c.contype = 'f' AND n.nspname = 'public'`,
      ),
    );
    for (const fk of fks) await t.execute(sql.raw(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT ${ident(fk.name)}`));
    const known = new Set(await publicTables(t));
    let table: string | null = null;
    let columns: string[] = [];
    let batch: string[] = [];
    let batchBytes = 0;
    const flush = async () => {
      if (!table || batch.length === 0) return;
      const cols = columns.map(ident).join(', ');
      await t.execute(
        sql`INSERT INTO ${sql.raw(`public.${ident(table)}`)} (${sql.raw(cols)}) SELECT ${sql.raw(cols)} FROM json_populate_recordset(NULL::${sql.raw(`public.${ident(table)}`)}, ${`[${batch.join(',')}]`}::json)`,
      );
      counts[table] = (counts[table] ?? 0) + batch.length;
      batch = [];
      batchBytes = 0;
    };
    let first = true;
    for await (const line of lines(path)) {
      if (first) {
        first = false;
        continue;
      }
      if (line.startsWith('{"r":')) {
        const row = line.slice(5, -1);
        batch.push(row);
        batchBytes += row.length;
        if (batch.length >= 500 || batchBytes > 8_000_000) await flush();
        continue;
      }
      await flush();
      const rec = JSON.parse(line) as { kind: string; name?: string; columns?: string[] };
      if (rec.kind === 'table') {
        if (!known.has(rec.name!)) throw new RestoreRefused(`Tệp sao lưu có bảng "${rec.name}" mà lược đồ không có.`);
        table = rec.name!;
        columns = rec.columns!;
        counts[table] = 0;
      }
    }
    await flush();
    for (const [name, n] of Object.entries(end.tables)) {
      if ((counts[name] ?? 0) !== n)
        throw new RestoreRefused(
          `Số dòng của bảng "${name}" không khớp tệp sao lưu (${counts[name] ?? 0} so với ${n}).`,
        );
    }
    for (const fk of fks) await t.execute(sql.raw(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT ${ident(fk.name)} ${fk.def}`));
  });
  await database.migrate();
  return { tables: counts, header };
}
