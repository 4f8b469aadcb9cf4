// Backup → restore → compare, on each engine (and across engines when PostgreSQL runs): the same
// rows in every table, the same uploaded files byte for byte, an audit chain that verifies. A
// corrupt file, a file from a newer schema and a non-empty target are refused with a clear message.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, MIGRATIONS_FOLDER, openDatabase } from '../../db/client.js';
import { files } from '../../db/schema.js';
import { ENGINES, type EngineName, openTestDatabase } from '../../db/testing/engines.js';
import { seedFixture } from '../../db/testing/fixture.js';
import { rowsOf } from '../../db/testing/frame.js';
import { withDatabase } from '../../db/testing/global-setup.js';
import { AnchorStore, configureAnchors } from '../audit/anchors.js';
import { appendAudit } from '../audit/append.js';
import { configureAuditKey } from '../audit/keyring.js';
import { verifyAuditChain } from '../audit/verify.js';
import { migrationHistory, publicTables } from './dump.js';
import { checkBackupFile, checkSchema, migrationsUpTo, RestoreRefused, restoreInto } from './restore.js';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import {
  backupDatabase,
  type AuditSetup,
  pruneBackups,
  scheduledName,
  listScheduledBackups,
  startScheduledBackups,
} from './service.js';

const migrationHistoryOfCode = () => readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).length;
const KEY = Buffer.from('backup-test-key-of-this-deployment-000000001');

/** An empty, unmigrated database on an engine. */
async function emptyDatabase(engine: EngineName): Promise<Database> {
  if (engine === 'pglite') return openDatabase({ dataDir: 'memory://' });
  const url = process.env.TEST_PG_URL!;
  const name = `tdkt_r_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const d = await openDatabase({ url: withDatabase(url, name), poolSize: 2 });
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

/** Every table's rows as sorted JSON texts (one digest per table). */
async function contents(db: Database['db']): Promise<Record<string, { n: number; digest: string }>> {
  const out: Record<string, { n: number; digest: string }> = {};
  for (const t of await publicTables(db)) {
    const rows = rowsOf<{ j: string }>(
      await db.execute(sql.raw(`SELECT row_to_json(x)::text AS j FROM public."${t}" x`)),
    )
      .map((r) => r.j)
      .sort();
    out[t] = { n: rows.length, digest: createHash('sha256').update(rows.join('\n')).digest('hex') };
  }
  return out;
}

describe.each(ENGINES)('backup and restore (%s)', (engine) => {
  let source: Database;
  let dir: string;
  let audit: AuditSetup;
  let tenantId: string;
  let backupFile: string;
  const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(300_000, 7), Buffer.from('\n%%EOF\n')]);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tdkt-backup-'));
    const key = { key: KEY, source: 'data-dir' as const, where: join(dir, 'audit.key') };
    configureAuditKey(key);
    audit = { key, anchors: new AnchorStore(join(dir, 'audit-anchors.jsonl'), KEY) };
    configureAnchors(audit.anchors);
    source = await openTestDatabase(engine);
    await seedFixture(source.db);
    await audit.anchors.ensureKeyed(source.db);
    tenantId = rowsOf<{ id: string }>(await source.db.execute(sql`SELECT id FROM tenants`))[0]!.id;
    const userId = rowsOf<{ id: string }>(
      await source.db.execute(sql`SELECT id FROM users WHERE username = 'admin'`),
    )[0]!.id;
    // An uploaded file (evidence lives in the database) and its audit entries.
    await source.db.transaction(async (tx) => {
      await tx.insert(files).values({
        tenantId,
        id: crypto.randomUUID(),
        ownerType: 'test',
        ownerId: crypto.randomUUID(),
        fileName: 'Minh chứng.pdf',
        mime: 'application/pdf',
        size: pdf.length,
        sha256: createHash('sha256').update(pdf).digest('hex'),
        content: pdf,
        uploadedBy: userId,
        createdAt: new Date('2026-11-30T02:00:00Z'),
      });
      for (let i = 0; i < 5; i++)
        await appendAudit(
          tx,
          { tenantId, userId, name: 'Quản trị viên' },
          { action: 'file.upload', entityType: 'file', summary: `Tải lên tệp ${i}`, after: { i } },
        );
    });
    await audit.anchors.anchorHeads(source.db);
    backupFile = join(dir, 'one.tdkt-backup');
    await backupDatabase(source, backupFile, audit);
  });
  afterAll(async () => {
    await source?.close();
    configureAuditKey(null);
    configureAnchors(null);
    rmSync(dir, { recursive: true, force: true });
  });

  const targets: EngineName[] =
    engine === 'postgres' ? ['postgres', 'pglite'] : ENGINES.includes('postgres') ? ['pglite', 'postgres'] : ['pglite'];
  it.each(targets)('restores into an empty %s database: same rows, same files, the chain verifies', async (target) => {
    const checked = await checkBackupFile(backupFile);
    expect(checked.header.auditKey).toBe(KEY.toString('utf8'));
    const restored = await emptyDatabase(target);
    try {
      const r = await restoreInto(restored, backupFile, checked);
      expect(r.tables.files).toBe(1);
      expect(await contents(restored.db)).toEqual(await contents(source.db));
      const [f] = await restored.db.select().from(files);
      expect(Buffer.from(f!.content).equals(pdf)).toBe(true);
      const v = await verifyAuditChain(restored.db, tenantId);
      expect(v).toMatchObject({ ok: true, breaks: [] });
      expect(v.anchors.count).toBeGreaterThan(0);
      // A second restore into the same (now filled) database is refused.
      await expect(restoreInto(restored, backupFile, checked)).rejects.toThrow('Cơ sở dữ liệu đích đã có dữ liệu');
    } finally {
      await restored.close();
    }
  });

  it('records the backed-up heads as signed anchors', () => {
    const recs = audit.anchors.read().records.filter((r) => r.kind === 'backup' && r.tenantId === tenantId);
    expect(recs.length).toBeGreaterThan(0);
  });

  it('refuses a corrupt or truncated file, changing nothing', async () => {
    const raw = readFileSync(backupFile);
    const flipped = Buffer.from(raw);
    flipped[Math.floor(raw.length / 2)]! ^= 0xff;
    writeFileSync(join(dir, 'flipped'), flipped);
    await expect(checkBackupFile(join(dir, 'flipped'))).rejects.toThrow(/^Tệp sao lưu bị hỏng hoặc không đầy đủ/);
    writeFileSync(join(dir, 'short'), raw.subarray(0, raw.length - 200));
    await expect(checkBackupFile(join(dir, 'short'))).rejects.toThrow(/^Tệp sao lưu bị hỏng hoặc không đầy đủ/);
    // A row changed and re-compressed: gzip is fine, the recorded SHA-256 is not.
    const text = gunzipSync(raw).toString('utf8').replace('Tải lên tệp 3', 'Tải lên tệp 9');
    writeFileSync(join(dir, 'edited'), gzipSync(text));
    await expect(checkBackupFile(join(dir, 'edited'))).rejects.toThrow('mã kiểm tra SHA-256 không khớp');
    writeFileSync(join(dir, 'other'), gzipSync('{"hello":1}\n'));
    await expect(checkBackupFile(join(dir, 'other'))).rejects.toThrow('Tệp này không phải tệp sao lưu của hệ thống.');
  });

  it('refuses a file from a newer schema', async () => {
    const lines = gunzipSync(readFileSync(backupFile)).toString('utf8').split('\n').filter(Boolean);
    const header = JSON.parse(lines[0]!);
    header.migrations.push({ hash: 'f'.repeat(64), createdAt: Date.now() });
    const body = [JSON.stringify(header), ...lines.slice(1, -1)];
    const end = JSON.parse(lines.at(-1)!);
    end.sha256 = createHash('sha256')
      .update(body.map((l) => `${l}\n`).join(''))
      .digest('hex');
    writeFileSync(join(dir, 'newer'), gzipSync(`${[...body, JSON.stringify(end)].join('\n')}\n`));
    const checked = await checkBackupFile(join(dir, 'newer'));
    expect(() => checkSchema(checked.header)).toThrow(RestoreRefused);
    expect(() => checkSchema(checked.header)).toThrow(/^Tệp sao lưu được tạo bởi phiên bản mới hơn của phần mềm/);
    // Refused before anything is read or written (the schema check comes first).
    await expect(restoreInto(source, join(dir, 'newer'), checked)).rejects.toThrow('phiên bản mới hơn');
  });

  it('runs scheduled backups on a timer and keeps the newest BACKUP_KEEP', async () => {
    const bdir = join(dir, 'timer');
    // 0.0005 h = 1.8 s between backups.
    const stop = startScheduledBackups(source, audit, { dir: bdir, keep: 2, intervalHours: 0.0005 }, {
      log: () => undefined,
      error: (m: string) => {
        throw new Error(m);
      },
    } as unknown as Console);
    try {
      const deadline = Date.now() + 90_000;
      while (Date.now() < deadline) {
        const all = listScheduledBackups(bdir);
        if (
          all.length === 2 &&
          (await checkBackupFile(join(bdir, all[0]!)).then(
            () => true,
            () => false,
          ))
        ) {
          // Wait for one more round: still two, the oldest replaced.
          const first = all[0];
          while (Date.now() < deadline && listScheduledBackups(bdir)[0] === first)
            await new Promise((r) => setTimeout(r, 300));
          break;
        }
        await new Promise((r) => setTimeout(r, 300));
      }
    } finally {
      stop();
    }
    const kept = listScheduledBackups(bdir);
    expect(kept).toHaveLength(2);
    for (const f of kept) expect((await checkBackupFile(join(bdir, f))).header.heads.length).toBeGreaterThan(0);
  }, 120_000);

  it.runIf(engine === 'pglite')(
    'restores a backup of an older schema and migrates it forward',
    async () => {
      const levels = migrationHistoryOfCode();
      const old = await emptyDatabase('pglite');
      const target = await emptyDatabase('pglite');
      const partial = migrationsUpTo(levels - 1);
      try {
        await old.migrate(partial);
        await old.db.execute(
          sql`INSERT INTO tenants (id, code, name) VALUES (${crypto.randomUUID()}, 'CU', 'Tỉnh sao lưu từ bản cũ')`,
        );
        const file = join(dir, 'old.tdkt-backup');
        await backupDatabase(old, file, null);
        const checked = await checkBackupFile(file);
        expect(checked.header.migrations).toHaveLength(levels - 1);
        await restoreInto(target, file, checked);
        expect(rowsOf<{ name: string }>(await target.db.execute(sql`SELECT name FROM tenants`))).toEqual([
          { name: 'Tỉnh sao lưu từ bản cũ' },
        ]);
        expect(await migrationHistory(target.db)).toHaveLength(levels);
      } finally {
        rmSync(partial, { recursive: true, force: true });
        await old.close();
        await target.close();
      }
    },
    180_000,
  );

  it('keeps the newest scheduled backups only', () => {
    const bdir = join(dir, 'scheduled');
    const base = Date.parse('2026-12-01T00:00:00Z');
    for (let i = 0; i < 5; i++) {
      const name = scheduledName(new Date(base + i * 86_400_000));
      mkdirSync(bdir, { recursive: true });
      writeFileSync(join(bdir, name), 'x');
    }
    writeFileSync(join(bdir, 'mine.tdkt-backup'), 'kept: not a scheduled name');
    expect(pruneBackups(bdir, 3)).toEqual(['tdkt-20261201-000000.tdkt-backup', 'tdkt-20261202-000000.tdkt-backup']);
    expect(listScheduledBackups(bdir)).toEqual([
      'tdkt-20261203-000000.tdkt-backup',
      'tdkt-20261204-000000.tdkt-backup',
      'tdkt-20261205-000000.tdkt-backup',
    ]);
    expect(readFileSync(join(bdir, 'mine.tdkt-backup'), 'utf8')).toContain('kept');
  });
});
