// The audit chain's secret key. Rows from chain version 2 on are hashed with HMAC-SHA256 under a
// key that is NOT in the database, so a database role that can rewrite rows (even with the
// append-only triggers disabled) cannot recompute a chain that verifies. Where the key comes from:
//   AUDIT_KEY        the key itself (at least 32 characters), e.g. from a secret manager;
//   AUDIT_KEY_FILE   a file holding it (PostgreSQL deployments: keep it off the database host);
//   otherwise        DATA_DIR/audit.key, created with 32 random bytes and mode 0600 at first start.
// See src/features/audit/README.md for the threat model.
import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';

export type KeySource = 'env' | 'env-file' | 'data-dir' | 'test';

export interface AuditKey {
  key: Buffer;
  source: KeySource;
  /** Where it was read from (a path), for messages; never the key itself. */
  where: string;
}

const MIN_KEY_CHARS = 32;
export const KEY_FILE_NAME = 'audit.key';

let configured: AuditKey | null = null;

/** A fixed key for the test tiers only, so in-process tests need no setup. */
const TEST_KEY: AuditKey = {
  key: Buffer.from('tdkt-test-audit-key-not-for-production-use'),
  source: 'test',
  where: '(kiểm thử)',
};

export function configureAuditKey(k: AuditKey | null) {
  configured = k;
}

/** The key appends and verification use; a deployment always configures one at start. */
export function currentAuditKey(): AuditKey {
  if (configured) return configured;
  if (process.env.VITEST) return TEST_KEY;
  throw new Error('Chưa nạp khóa nhật ký (AUDIT_KEY, AUDIT_KEY_FILE hoặc DATA_DIR/audit.key).');
}

function parseKey(raw: string, where: string): Buffer {
  const s = raw.trim();
  if (s.length < MIN_KEY_CHARS)
    throw new Error(`Khóa nhật ký tại ${where} quá ngắn: cần ít nhất ${MIN_KEY_CHARS} ký tự.`);
  return Buffer.from(s, 'utf8');
}

/**
 * Reads (or, for DATA_DIR, creates) the deployment's key. `create` is false for commands that only
 * read (backup, verify): they must not invent a key a deployment never had.
 */
export function loadAuditKey(
  env: NodeJS.ProcessEnv,
  dataDir: string,
  opts: { create: boolean } = { create: true },
): AuditKey | null {
  if (env.AUDIT_KEY) return { key: parseKey(env.AUDIT_KEY, 'AUDIT_KEY'), source: 'env', where: 'AUDIT_KEY' };
  if (env.AUDIT_KEY_FILE) {
    const path = env.AUDIT_KEY_FILE;
    if (!existsSync(path)) throw new Error(`Không thấy tệp khóa nhật ký AUDIT_KEY_FILE=${path}.`);
    warnIfOpen(path);
    return { key: parseKey(readFileSync(path, 'utf8'), path), source: 'env-file', where: path };
  }
  const path = join(dataDir, KEY_FILE_NAME);
  if (existsSync(path)) {
    warnIfOpen(path);
    return { key: parseKey(readFileSync(path, 'utf8'), path), source: 'data-dir', where: path };
  }
  if (!opts.create) return null;
  writeKeyFile(path, randomBytes(32).toString('hex'));
  console.log(`Đã tạo khóa nhật ký mới tại ${path} (quyền 0600). Hãy sao lưu khóa này cùng dữ liệu.`);
  return { key: parseKey(readFileSync(path, 'utf8'), path), source: 'data-dir', where: path };
}

/** Writes a key file that did not exist (O_EXCL), readable by the owner only. */
export function writeKeyFile(path: string, text: string) {
  mkdirSync(join(path, '..'), { recursive: true });
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeSync(fd, `${text}\n`);
  } finally {
    closeSync(fd);
  }
  chmodSync(path, 0o600);
}

function warnIfOpen(path: string) {
  try {
    if (process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0) {
      console.warn(`CẢNH BÁO: tệp khóa nhật ký ${path} đọc được bởi người dùng khác; hãy chạy chmod 600 ${path}.`);
    }
  } catch {
    /* unreadable stat: the read below reports it */
  }
}

/** A short public fingerprint of a key: tells whether two deployments share it, reveals nothing. */
export function keyFingerprint(key: Buffer): string {
  return createHmac('sha256', key).update('tdkt-audit-key-fingerprint').digest('hex').slice(0, 16);
}

export function hmacHex(key: Buffer, ...parts: string[]): string {
  const h = createHmac('sha256', key);
  for (const p of parts) h.update(p);
  return h.digest('hex');
}
