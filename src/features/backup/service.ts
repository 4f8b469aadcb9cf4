// Backups of a deployment: the audit key and anchors set up at start, a backup of a running
// database, and the scheduled backups with retention that `serve` runs for the embedded default.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Database } from '../../db/client.js';
import { ANCHOR_FILE_NAME, AnchorStore, configureAnchors } from '../audit/anchors.js';
import { type AuditKey, configureAuditKey, keyFingerprint, loadAuditKey } from '../audit/keyring.js';
import { dumpToFile, type DumpResult } from './dump.js';

export interface AuditSetup {
  key: AuditKey;
  anchors: AnchorStore;
}

export const anchorsPath = (env: NodeJS.ProcessEnv, dataDir: string) =>
  env.AUDIT_ANCHOR_FILE || join(dataDir, ANCHOR_FILE_NAME);

/**
 * Loads the audit key (creating DATA_DIR/audit.key when `create` and no other key is set) and the
 * anchor file, and makes both current for appends and verification. Null when there is no key and
 * `create` is false.
 */
export function setupAudit(env: NodeJS.ProcessEnv, dataDir: string, create: boolean): AuditSetup | null {
  const key = loadAuditKey(env, dataDir, { create });
  if (!key) return null;
  configureAuditKey(key);
  const anchors = new AnchorStore(anchorsPath(env, dataDir), key.key);
  configureAnchors(anchors);
  return { key, anchors };
}

/**
 * Writes a consistent backup of an open database: one REPEATABLE READ, READ ONLY transaction read
 * through a cursor in small steps. On PostgreSQL other sessions carry on beside it. On PGlite (one
 * session) other queries wait for it, as for any transaction: measured at under a second for the
 * demo province with the event loop free throughout (a copy of the data directory loaded into a
 * second instance was tried and blocked the whole process for seconds and doubled the memory).
 * The heads in the backup are anchored in the anchor file.
 */
export async function backupDatabase(database: Database, out: string, audit: AuditSetup | null): Promise<DumpResult> {
  const result = await dumpToFile(database.db, resolve(out), {
    engine: database.kind,
    keyFingerprint: audit ? keyFingerprint(audit.key.key) : null,
    // The key travels with the data only when it lives in DATA_DIR; protect the backup like DATA_DIR.
    auditKey: audit?.key.source === 'data-dir' ? audit.key.key.toString('utf8') : null,
    anchors: audit ? audit.anchors.read().records : [],
  });
  await audit?.anchors.anchorHeads(database.db, 'backup', result.heads);
  return result;
}

export interface ScheduleSettings {
  dir: string;
  keep: number;
  intervalHours: number;
}

/** BACKUP_DIR (default DATA_DIR/backups), BACKUP_KEEP (7), BACKUP_INTERVAL_HOURS (24; 0 turns it off). */
export function scheduleSettings(env: NodeJS.ProcessEnv, dataDir: string): ScheduleSettings {
  const keep = Number(env.BACKUP_KEEP ?? 7);
  const hours = Number(env.BACKUP_INTERVAL_HOURS ?? 24);
  if (!Number.isInteger(keep) || keep < 1)
    throw new Error(`BACKUP_KEEP phải là số nguyên từ 1 trở lên (nhận được "${env.BACKUP_KEEP}").`);
  if (!Number.isFinite(hours) || hours < 0)
    throw new Error(`BACKUP_INTERVAL_HOURS phải là số giờ không âm (nhận được "${env.BACKUP_INTERVAL_HOURS}").`);
  return { dir: resolve(env.BACKUP_DIR || join(dataDir, 'backups')), keep, intervalHours: hours };
}

const BACKUP_NAME = /^tdkt-\d{8}-\d{6}\.tdkt-backup$/;

/** Scheduled backups in `dir`, oldest first. */
export function listScheduledBackups(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => BACKUP_NAME.test(f))
    .sort();
}

/** Removes the oldest scheduled backups beyond `keep` (never files of other names). */
export function pruneBackups(dir: string, keep: number): string[] {
  const all = listScheduledBackups(dir);
  const gone = all.slice(0, Math.max(0, all.length - keep));
  for (const f of gone) rmSync(join(dir, f), { force: true });
  return gone;
}

export function scheduledName(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `tdkt-${at.getUTCFullYear()}${p(at.getUTCMonth() + 1)}${p(at.getUTCDate())}-${p(at.getUTCHours())}${p(at.getUTCMinutes())}${p(at.getUTCSeconds())}.tdkt-backup`;
}

/**
 * Runs a backup every `intervalHours` (the first one five minutes after start, or sooner for a shorter interval, when
 * the newest is that old or there is none), keeping the newest `keep`. Timers only: nothing waits for a backup to start or finish.
 */
export function startScheduledBackups(
  database: Database,
  audit: AuditSetup | null,
  s: ScheduleSettings,
  log = console,
): () => void {
  if (s.intervalHours === 0) return () => undefined;
  const every = s.intervalHours * 3600_000;
  let timer: NodeJS.Timeout | null = null;
  let running = false;
  let stopped = false;
  const run = async () => {
    if (running || stopped) return;
    running = true;
    try {
      // Wall-clock time names the file (operational, not business time).
      const out = join(s.dir, scheduledName(new Date()));
      const r = await backupDatabase(database, out, audit);
      const gone = pruneBackups(s.dir, s.keep);
      log.log(
        `Sao lưu định kỳ: ${r.file} (${Math.round(r.bytes / 1024)} KB chưa nén)${gone.length ? `; đã xóa ${gone.length} bản cũ` : ''}.`,
      );
    } catch (e) {
      log.error(`Sao lưu định kỳ thất bại: ${e instanceof Error ? e.message : e}`);
    } finally {
      running = false;
      schedule(every);
    }
  };
  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => void run(), ms);
    timer.unref();
  };
  const newest = listScheduledBackups(s.dir).at(-1);
  const age = newest ? Date.now() - statSync(join(s.dir, newest)).mtimeMs : Infinity;
  // A first backup a few minutes after start (not during it) when none is recent enough.
  schedule(age >= every ? Math.min(5 * 60_000, every) : every - age);
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
