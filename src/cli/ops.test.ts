// The backup and restore commands as an operator meets them: real process, real exit codes,
// Vietnamese messages, nothing written when a restore is refused.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('backup and restore commands', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tdkt-ops-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: join(dir, 'data'), DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('refuses a corrupt file with exit 2 and creates no database', () => {
    const file = join(dir, 'hong.tdkt-backup');
    writeFileSync(file, gzipSync('{"kind":"header","format":"tdkt-backup","version":1}\n{"r":{}}\n').subarray(0, 30));
    const r = cli('restore', file);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'Không khôi phục: Tệp sao lưu bị hỏng hoặc không đầy đủ (không giải nén được); không khôi phục gì.\n',
    );
    expect(existsSync(join(dir, 'data', 'pglite'))).toBe(false);
  }, 60_000);

  it('explains its usage with exit 2', () => {
    const b = cli('backup');
    expect(b.status).toBe(2);
    expect(b.stderr).toBe('Cách dùng: npm run -s cli -- backup --out TỆP\n');
    const r = cli('restore');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('Cách dùng: npm run -s cli -- restore TỆP\n');
  }, 60_000);
});
