// The `users` command through the real entry point: wrong command lines exit 2 with a Vietnamese
// message before any database is opened (so they work even while the server holds DATA_DIR).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function cli(args: string[], input = '') {
  const dataDir = mkdtempSync(join(tmpdir(), 'tdkt-users-'));
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/index.ts'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr, dataDirEntries: readdirSync(dataDir) };
}

describe('users command line', () => {
  // One spawn only (each costs seconds); the command's logic is covered by users.db.test.ts.
  it('refuses an unknown role with exit 2 and a Vietnamese message, touching nothing', () => {
    const role = cli(['users', 'grant', 'admin', 'boss', 'DEMO']);
    expect(role.code).toBe(2);
    expect(role.err).toContain('Lỗi: Không có vai trò "boss".');
    expect(role.err).toContain('npm run -s cli -- users grant TÊN_ĐĂNG_NHẬP VAI_TRÒ MÃ_ĐƠN_VỊ');
    expect(role.out).toBe('');
    expect(role.dataDirEntries).toEqual([]);
  }, 60_000);
});
