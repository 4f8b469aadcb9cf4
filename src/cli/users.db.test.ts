// `users reset-password` and `users grant` on each engine: the operator's way back in.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import { auditLog, loginThrottle } from '../db/schema.js';
import { ENGINES, openTestDatabase } from '../db/testing/engines.js';
import { FIXTURE_PASSWORD, seedFixture } from '../db/testing/fixture.js';
import { TestClient } from '../db/testing/http.js';
import { createApp } from '../server/app.js';
import { now } from '../server/clock.js';
import { PASSWORD_RULE_MESSAGE } from '../server/passwords.js';
import { CLI_ACTOR_NAME, runUsers, UsageError } from './users.js';

describe.each(ENGINES)('users command on %s', (engine) => {
  let d: Database;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    d = await openTestDatabase(engine);
    await seedFixture(d.db);
    app = createApp(d, { secureCookies: false, webRoot: null, sessionHours: 1 });
  });
  afterAll(() => d?.close());

  /** Runs the command with `stdin` as standard input; counts how often the database was opened. */
  async function run(args: string[], stdin = '') {
    let out = '';
    let err = '';
    let opened = 0;
    let asked = 0;
    const code = await runUsers(
      args,
      {
        out: (s) => (out += s),
        err: (s) => (err += s),
        readPassword: async () => {
          asked += 1;
          return stdin.split(/\r?\n/)[0] ?? '';
        },
      },
      async () => {
        opened += 1;
        return d.db;
      },
      now,
    );
    return { code, out, err, opened, asked };
  }

  const canSignIn = async (username: string, password: string) =>
    (
      await app.request('/api/v1/auth/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      })
    ).status;

  it('reset-password reads the new password from standard input, prints nothing secret, and ends sessions, tokens and back-off', async () => {
    const user = new TestClient(app);
    await user.signIn('officer', FIXTURE_PASSWORD);
    const token = (await user.post('/api/v1/auth/tokens', { name: 'Tích hợp' })).body.token as string;
    // Someone has been guessing.
    for (let i = 0; i < 5; i++) expect(await canSignIn('officer', `doan-sai-${i}`)).toBe(401);
    expect(await canSignIn('officer', FIXTURE_PASSWORD)).toBe(429);

    const r = await run(['reset-password', 'Officer'], 'MatKhauMoi2027\n');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(
      /^Đã đặt lại mật khẩu cho tài khoản "officer" \(Cán bộ thường trực\); đã thu hồi 1 phiên đăng nhập và 1 mã truy cập API\.\n$/,
    );
    expect(r.out).not.toContain('MatKhauMoi2027');

    expect((await user.get('/api/v1/auth/me')).status).toBe(401);
    expect((await app.request('/api/v1/auth/me', { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    const left = await d.db
      .select()
      .from(loginThrottle)
      .where(and(eq(loginThrottle.scope, 'user'), eq(loginThrottle.username, 'officer')));
    expect(left).toEqual([]);
    expect(await canSignIn('officer', FIXTURE_PASSWORD)).toBe(401);
    expect(await canSignIn('officer', 'MatKhauMoi2027')).toBe(204);
    const [entry] = await d.db.select().from(auditLog).where(eq(auditLog.action, 'user.reset_password'));
    expect(entry).toMatchObject({ actorName: CLI_ACTOR_NAME, actorUserId: null });
    expect(JSON.stringify(entry)).not.toContain('MatKhauMoi2027');
  });

  it('reset-password refuses bad input with exit 2 and a Vietnamese message, changing nothing', async () => {
    const weak = await run(['reset-password', 'viewer'], 'ngan\n');
    expect(weak.code).toBe(2);
    expect(weak.err).toContain(PASSWORD_RULE_MESSAGE);
    expect(await canSignIn('viewer', FIXTURE_PASSWORD)).toBe(204);

    const empty = await run(['reset-password', 'viewer'], '\n');
    expect(empty.code).toBe(2);
    expect(empty.err).toContain('Chưa nhập mật khẩu mới.');

    const nobody = await run(['reset-password', 'khong.ai'], 'MatKhau2027\n');
    expect(nobody.code).toBe(2);
    expect(nobody.err).toContain('Không có tài khoản "khong.ai".');
    expect(nobody.asked).toBe(0);

    // A password on the command line would stay in the shell's history: refused before anything opens.
    const onLine = await run(['reset-password', 'viewer', 'MatKhau2027']);
    expect(onLine.code).toBe(2);
    expect(onLine.err).toMatch(/Thừa tham số/);
    expect(onLine.opened).toBe(0);

    const missing = await run(['reset-password']);
    expect(missing).toMatchObject({ code: 2, opened: 0 });
    expect(missing.err).toContain('Thiếu tên đăng nhập.');

    const tenant = await run(['reset-password', 'viewer', '--tenant', 'KHAC'], 'MatKhau2027\n');
    expect(tenant.code).toBe(2);
    expect(tenant.err).toContain('Không có đơn vị triển khai mã "KHAC".');

    const sub = await run(['delete', 'viewer']);
    expect(sub).toMatchObject({ code: 2, opened: 0 });
    expect(sub.err).toContain('Không có lệnh con "users delete".');
    expect((await run([])).code).toBe(2);
    expect((await run(['--help'])).code).toBe(0);
  });

  it('a mismatch typed at the terminal is a usage error too', async () => {
    const code = await runUsers(
      ['reset-password', 'viewer'],
      {
        out: () => undefined,
        err: () => undefined,
        readPassword: async () => {
          throw new UsageError('Hai lần nhập mật khẩu không khớp.');
        },
      },
      async () => d.db,
      now,
    );
    expect(code).toBe(2);
  });

  it('grant gives a role on an organisation by its code, once, and it takes effect at once', async () => {
    const viewer = new TestClient(app);
    await viewer.signIn('viewer', FIXTURE_PASSWORD);
    expect((await viewer.get('/api/v1/users')).status).toBe(403);

    const r = await run(['grant', 'viewer', 'admin', 't']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      'Đã cấp vai trò Quản trị hệ thống trên "Ủy ban nhân dân tỉnh thử nghiệm" (T) cho tài khoản "viewer"',
    );
    expect((await viewer.get('/api/v1/users')).status).toBe(200);
    const [entry] = await d.db.select().from(auditLog).where(eq(auditLog.action, 'user.grant'));
    expect(entry).toMatchObject({ actorName: CLI_ACTOR_NAME });

    const again = await run(['grant', 'viewer', 'admin', 'T']);
    expect(again.code).toBe(0);
    expect(again.out).toContain('không thay đổi gì');
  });

  it('grant refuses an unknown role, organisation or account with exit 2', async () => {
    const role = await run(['grant', 'viewer', 'boss', 'T']);
    expect(role).toMatchObject({ code: 2, opened: 0 });
    expect(role.err).toContain('Không có vai trò "boss". Các vai trò: admin (Quản trị hệ thống)');
    const org = await run(['grant', 'viewer', 'officer', 'T.X9']);
    expect(org.code).toBe(2);
    expect(org.err).toContain('Không có cơ quan, đơn vị mã "T.X9".');
    const user = await run(['grant', 'khong.ai', 'officer', 'T']);
    expect(user.code).toBe(2);
    expect(user.err).toContain('Không có tài khoản "khong.ai".');
    const few = await run(['grant', 'viewer', 'officer']);
    expect(few).toMatchObject({ code: 2, opened: 0 });
  });
});
