// One process per DATA_DIR: the lock is exclusive, a live holder is never overridden, a dead one's
// lock is taken over, and a second command on a held directory exits at once, non-zero, with a
// Vietnamese message.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, LOCK_FILE_NAME, readLock } from './lock.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('DATA_DIR lock', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tdkt-lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A live Node.js process that is not this one, to hold a lock. */
  const holder = () => spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  const writeLock = (pid: number) =>
    writeFileSync(
      join(dir, LOCK_FILE_NAME),
      JSON.stringify({ pid, host: hostname(), command: 'serve', startedAt: '2026-12-07T01:00:00.000Z' }),
    );

  it('is exclusive while held and free again once released', () => {
    const a = acquireDataDirLock(dir, 'serve');
    expect(readLock(dir)).toMatchObject({ pid: process.pid, command: 'serve' });
    a.release();
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);
    const b = acquireDataDirLock(dir, 'migrate');
    b.release();
  });

  it('refuses a directory held by a live server, naming it in Vietnamese', () => {
    const p = holder();
    try {
      writeLock(p.pid!);
      let err: unknown;
      try {
        acquireDataDirLock(dir, 'serve');
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(DataDirLockedError);
      expect((err as Error).message).toBe(
        `Thư mục dữ liệu ${dir} đang được dùng bởi tiến trình ${p.pid} (lệnh "serve", từ 2026-12-07T01:00:00.000Z). Mỗi thư mục dữ liệu chỉ được một máy chủ hay lệnh dùng tại một thời điểm: hãy dừng tiến trình đó trước, hoặc dùng DATA_DIR khác.`,
      );
      expect(readLock(dir)!.pid).toBe(p.pid);
    } finally {
      p.kill();
    }
  });

  it('takes over the lock of a process that died (kill -9), or of our own pid after a container restart', async () => {
    const p = holder();
    const pid = p.pid!;
    p.kill('SIGKILL');
    await new Promise((r) => p.once('exit', r));
    writeLock(pid);
    const a = acquireDataDirLock(dir, 'serve');
    expect(readLock(dir)).toMatchObject({ pid: process.pid, command: 'serve' });
    a.release();
    writeLock(process.pid);
    const b = acquireDataDirLock(dir, 'serve');
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE_NAME), 'utf8')).startedAt).not.toBe('2026-12-07T01:00:00.000Z');
    b.release();
  });

  it.each([['serve'], ['migrate'], ['seed'], ['restore', 'sao-luu.tdkt-backup']])(
    'a second `%s` on a held DATA_DIR exits at once with code 1 and the message',
    (...command) => {
      const p = holder();
      try {
        writeLock(p.pid!);
        const started = Date.now();
        const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...command], {
          cwd: ROOT,
          env: { ...process.env, DATA_DIR: dir, PORT: '0', DATABASE_URL: '' },
          encoding: 'utf8',
          timeout: 60_000,
        });
        expect(r.status).toBe(1);
        expect(r.stderr).toContain(`Thư mục dữ liệu ${dir} đang được dùng bởi tiến trình ${p.pid}`);
        // Nothing was opened: no database directory, no key.
        expect(existsSync(join(dir, 'pglite'))).toBe(false);
        expect(Date.now() - started).toBeLessThan(30_000);
      } finally {
        p.kill();
      }
    },
    60_000,
  );
});
