// Operator commands around the data: `backup --out FILE`, `restore FILE`, `audit verify`, and the
// shared way commands open the database (DATA_DIR lock, audit key and anchors first).
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openDatabase, type Database } from '../db/client.js';
import { auditHeads, tenants } from '../db/schema.js';
import { signAnchor } from '../features/audit/anchors.js';
import { verifyAuditChain } from '../features/audit/verify.js';
import { KEY_FILE_NAME, keyFingerprint, loadAuditKey, writeKeyFile } from '../features/audit/keyring.js';
import {
  checkBackupFile,
  checkSchema,
  databaseIsEmpty,
  RestoreRefused,
  restoreInto,
} from '../features/backup/restore.js';
import { anchorsPath, type AuditSetup, backupDatabase, setupAudit } from '../features/backup/service.js';
import { readConfig, type RuntimeConfig } from '../server/config.js';
import { askServer } from './admin-socket.js';
import { acquireDataDirLock, type DataDirLock, holderAlive, readLock } from './lock.js';

export const OPS_HELP_LINES = `  backup --out TỆP            sao lưu toàn bộ dữ liệu (cả tệp minh chứng) khi máy chủ đang chạy hay đã dừng
  restore TỆP                 khôi phục một bản sao lưu vào DATA_DIR hoặc cơ sở dữ liệu PostgreSQL trống
  audit verify                kiểm tra chuỗi nhật ký của mọi đơn vị với khóa và các mốc đã ký`;

export const pgliteDir = (cfg: RuntimeConfig) => join(cfg.dataDir, 'pglite');

export function openFor(cfg: RuntimeConfig) {
  return openDatabase(cfg.databaseUrl ? { url: cfg.databaseUrl } : { dataDir: pgliteDir(cfg) });
}

export interface Opened {
  cfg: RuntimeConfig;
  database: Database;
  lock: DataDirLock;
  audit: AuditSetup;
  close(): Promise<void>;
}

/**
 * What every command that writes does first: take DATA_DIR's lock (a second server or command on
 * the same directory stops here with a clear message), load the audit key and anchors, open the
 * database.
 */
export async function openExclusive(command: string, env: NodeJS.ProcessEnv = process.env): Promise<Opened> {
  const cfg = readConfig(env);
  const lock = acquireDataDirLock(cfg.dataDir, command);
  try {
    const audit = setupAudit(env, cfg.dataDir, true)!;
    const database = await openFor(cfg);
    return {
      cfg,
      database,
      lock,
      audit,
      close: async () => {
        // Whatever this command appended to the audit log is anchored before it lets go.
        await audit.anchors.anchorHeads(database.db).catch(() => undefined);
        await database.close();
        lock.release();
      },
    };
  } catch (e) {
    lock.release();
    throw e;
  }
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  const eq = args.find((a) => a.startsWith(`${name}=`));
  return eq?.slice(name.length + 1);
}

export async function runBackup(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const outArg = argValue(args, '--out');
  if (!outArg) {
    process.stderr.write('Cách dùng: npm run -s cli -- backup --out TỆP\n');
    return 2;
  }
  const out = resolve(outArg);
  const cfg = readConfig(env);
  let summary: { file: string; bytes: number; tables: Record<string, number> };
  if (!cfg.databaseUrl) {
    const holder = readLock(cfg.dataDir);
    if (holder && holderAlive(holder)) {
      // The running server owns the embedded database: it makes the backup.
      if (!holder.adminSocket)
        throw new Error(
          `Máy chủ (tiến trình ${holder.pid}) đang giữ ${cfg.dataDir} nhưng không nhận yêu cầu sao lưu; hãy dừng nó rồi chạy lại lệnh.`,
        );
      const a = await askServer(holder.adminSocket, { op: 'backup', out });
      if (!a.ok) throw new Error(a.message);
      summary = a as unknown as typeof summary;
    } else {
      const o = await openExclusive('backup', env);
      try {
        // As it is: a backup never migrates what it copies.
        summary = await backupDatabase(o.database, out, o.audit);
      } finally {
        await o.close();
      }
    }
  } else {
    // PostgreSQL: a REPEATABLE READ snapshot beside the running servers; no lock needed.
    const audit = setupAudit(env, cfg.dataDir, false);
    const database = await openFor(cfg);
    try {
      summary = await backupDatabase(database, out, audit);
    } finally {
      await database.close();
    }
  }
  const rows = Object.values(summary.tables).reduce((a, b) => a + b, 0);
  process.stdout.write(
    `Đã sao lưu ${rows} dòng của ${Object.keys(summary.tables).length} bảng (gồm ${summary.tables.files ?? 0} tệp minh chứng) vào ${summary.file}.\n`,
  );
  process.stdout.write('Tệp sao lưu có thể chứa khóa nhật ký: hãy giữ nó kín như thư mục dữ liệu.\n');
  return 0;
}

export async function runRestore(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('Cách dùng: npm run -s cli -- restore TỆP\n');
    return 2;
  }
  try {
    const checked = await checkBackupFile(resolve(file));
    checkSchema(checked.header);
    const cfg = readConfig(env);
    const lock = acquireDataDirLock(cfg.dataDir, 'restore');
    try {
      // The chain verifies only under the key it was written with.
      const existing = loadAuditKey(env, cfg.dataDir, { create: false });
      const wanted = checked.header.keyFingerprint;
      let writeKey: string | null = null;
      const database = await openFor(cfg);
      if (existing && wanted && keyFingerprint(existing.key) !== wanted) {
        // A key made by a `migrate` or `serve` on this still-empty directory is not worth keeping.
        if (existing.source === 'data-dir' && checked.header.auditKey && (await databaseIsEmpty(database.db))) {
          const aside = `${existing.where}.truoc-khoi-phuc-${new Date().toISOString().replace(/[:.]/g, '-')}`;
          renameSync(existing.where, aside);
          process.stdout.write(
            `Khóa nhật ký của thư mục trống được giữ lại tại ${aside}; dùng khóa của bản sao lưu.\n`,
          );
          writeKey = checked.header.auditKey;
        } else {
          await database.close();
          throw new RestoreRefused(
            `Khóa nhật ký hiện có (${existing.where}) khác khóa của bản sao lưu; chuỗi nhật ký sẽ không kiểm tra được. Hãy dùng đúng khóa của máy cũ.`,
          );
        }
      } else if (existing) {
        // Same key: nothing to write.
      } else if (checked.header.auditKey) {
        writeKey = checked.header.auditKey;
      } else if (wanted) {
        await database.close();
        throw new RestoreRefused(
          'Bản sao lưu không chứa khóa nhật ký (máy cũ dùng AUDIT_KEY hoặc AUDIT_KEY_FILE): hãy đặt đúng khóa đó rồi khôi phục lại.',
        );
      }
      let result: Awaited<ReturnType<typeof restoreInto>>;
      try {
        result = await restoreInto(database, resolve(file), checked);
      } catch (e) {
        await database.close();
        throw e;
      }
      if (writeKey) writeKeyFile(join(cfg.dataDir, KEY_FILE_NAME), writeKey.trim());
      const key = loadAuditKey(env, cfg.dataDir, { create: true })!;
      // The anchors of the backed-up deployment up to the snapshot, and the snapshot's heads.
      const anchorFile = anchorsPath(env, cfg.dataDir);
      if (existsSync(anchorFile)) {
        const aside = `${anchorFile}.truoc-khoi-phuc-${new Date().toISOString().replace(/[:.]/g, '-')}`;
        renameSync(anchorFile, aside);
        process.stdout.write(`Tệp mốc nhật ký cũ được giữ lại tại ${aside}.\n`);
      }
      const at = checked.header.createdAt;
      const lines = [
        ...checked.header.anchors,
        ...checked.header.heads.map((h) =>
          signAnchor(key.key, { v: 1, kind: 'backup', at, tenantId: h.tenantId, seq: h.seq, hash: h.hash }),
        ),
      ];
      writeFileSync(anchorFile, lines.map((l) => `${JSON.stringify(l)}\n`).join(''), { mode: 0o600 });
      const audit = setupAudit(env, cfg.dataDir, false)!;
      await audit.anchors.ensureKeyed(database.db);
      const rows = Object.values(result.tables).reduce((a, b) => a + b, 0);
      process.stdout.write(
        `Đã khôi phục ${rows} dòng của ${Object.keys(result.tables).length} bảng từ bản sao lưu lúc ${checked.header.createdAt}.\n`,
      );
      const ok = await verifyAll(database);
      await database.close();
      return ok ? 0 : 3;
    } finally {
      lock.release();
    }
  } catch (e) {
    if (e instanceof RestoreRefused) {
      process.stderr.write(`Không khôi phục: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

async function verifyAll(database: Database): Promise<boolean> {
  const ts = await database.db.select({ id: tenants.id, name: tenants.name }).from(tenants);
  const heads = new Set((await database.db.select({ t: auditHeads.tenantId }).from(auditHeads)).map((h) => h.t));
  let ok = true;
  for (const t of ts) {
    if (!heads.has(t.id)) continue;
    const r = await verifyAuditChain(database.db, t.id);
    ok &&= r.ok;
    process.stdout.write(`Nhật ký "${t.name}": ${r.ok ? `toàn vẹn (${r.checked} bản ghi)` : 'BỊ PHÁ VỠ'}\n`);
    for (const b of r.breaks) process.stdout.write(`  - ${b.message}\n`);
    for (const p of r.anchors.problems) process.stdout.write(`  - ${p}\n`);
  }
  return ok;
}

export async function runAudit(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (args[0] !== 'verify') {
    process.stderr.write('Cách dùng: npm run -s cli -- audit verify\n');
    return 2;
  }
  const cfg = readConfig(env);
  let lock: DataDirLock | null = null;
  if (!cfg.databaseUrl) {
    const holder = readLock(cfg.dataDir);
    if (holder && holderAlive(holder)) {
      process.stderr.write(
        `Máy chủ (tiến trình ${holder.pid}) đang giữ ${cfg.dataDir}: hãy kiểm tra trong ứng dụng (Nhật ký → Kiểm tra tính toàn vẹn) hoặc GET /api/v1/audit/verify.\n`,
      );
      return 2;
    }
    // The embedded database is opened by one process at a time.
    lock = acquireDataDirLock(cfg.dataDir, 'audit verify');
  }
  try {
    const audit = setupAudit(env, cfg.dataDir, false);
    if (!audit) {
      process.stderr.write('Không thấy khóa nhật ký (AUDIT_KEY, AUDIT_KEY_FILE hoặc DATA_DIR/audit.key).\n');
      return 2;
    }
    const database = await openFor(cfg);
    try {
      return (await verifyAll(database)) ? 0 : 3;
    } finally {
      await database.close();
    }
  } finally {
    lock?.release();
  }
}
