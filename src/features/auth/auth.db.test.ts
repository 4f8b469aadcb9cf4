// Sign-in and accounts on each engine: the parallel guessing race, back-off per (user, address),
// the administrator's unlock, the last root administrator, and what a password change revokes.
import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loginThrottle } from '../../db/schema.js';
import { ENGINES } from '../../db/testing/engines.js';
import { FIXTURE_PASSWORD } from '../../db/testing/fixture.js';
import { fixtureApp } from '../../db/testing/frame.js';
import { TestClient } from '../../db/testing/http.js';
import { createApp } from '../../server/app.js';
import { now } from '../../server/clock.js';
import { backoffSeconds, USER_BACKOFF } from './throttle.js';

type App = ReturnType<typeof createApp>;

/** One sign-in from a client address (the app trusts one proxy, which wrote X-Forwarded-For). */
async function signInFrom(app: App, username: string, password: string, ip: string) {
  const res = await app.request('/api/v1/auth/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify({ username, password }),
  });
  const cookie = /tdkt_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  const body = res.status === 204 ? null : await res.json();
  return { status: res.status, cookie, body, retryAfter: res.headers.get('retry-after') };
}

/** Moves the wall clock (and so the server's clock) forward. */
function later(seconds: number) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + seconds * 1000);
}

describe.each(ENGINES)('sign-in and accounts on %s', (engine) => {
  const f = fixtureApp(engine);
  let proxied: App | undefined;
  /** The same database behind one trusted reverse proxy. */
  const app = () =>
    (proxied ??= createApp(f.database, { secureCookies: false, webRoot: null, sessionHours: 1, trustProxy: 1 }));
  const wrong = 'doan-mo-123';
  const throttleRows = (username: string) =>
    f.db
      .select()
      .from(loginThrottle)
      .where(
        and(
          eq(loginThrottle.tenantId, f.tenantId),
          eq(loginThrottle.scope, 'user'),
          eq(loginThrottle.username, username),
        ),
      );

  afterEach(() => {
    vi.useRealTimers();
  });

  it('40 parallel wrong guesses and the right password: only the free attempts are tried, no session, and the user elsewhere still gets in', async () => {
    const attacker = '198.51.100.66';
    const guesses = Array.from({ length: 40 }, (_, i) => signInFrom(app(), 'viewer', `${wrong}${i}`, attacker));
    // The right password joins the burst once the free attempts are spent. "Sent after the guesses"
    // is not enough: on PostgreSQL the attempts run on several connections in no fixed order.
    await vi.waitFor(
      async () => {
        const [row] = await throttleRows('viewer');
        expect(row?.failures ?? 0).toBeGreaterThanOrEqual(USER_BACKOFF.free);
      },
      { timeout: 20_000, interval: 5 },
    );
    const right = signInFrom(app(), 'viewer', FIXTURE_PASSWORD, attacker);
    const results = await Promise.all([...guesses, right]);
    const statuses = results.map((r) => r.status);
    // Every attempt was counted before its password was tried: exactly the free ones were tried.
    expect(statuses.filter((s) => s === 401)).toHaveLength(USER_BACKOFF.free);
    expect(statuses.filter((s) => s === 429)).toHaveLength(41 - USER_BACKOFF.free);
    expect(statuses).not.toContain(204);
    const refused = results.find((r) => r.status === 429)!;
    expect(refused.body.error.code).toBe('THROTTLED');
    // Told how long to wait (30 s, less whatever passed since the back-off began).
    expect(refused.body.error.message).toMatch(/quá nhiều lần.*thử lại sau (2\d|30) giây/);
    expect(Number(refused.retryAfter)).toBeGreaterThan(20);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(30);
    expect((await signInFrom(app(), 'viewer', FIXTURE_PASSWORD, attacker)).status).toBe(429);

    // The database holds the back-off the function defines.
    const [row] = await throttleRows('viewer');
    expect(row).toMatchObject({ ip: attacker, failures: USER_BACKOFF.free });
    expect(Math.round((row.blockedUntil!.getTime() - row.updatedAt.getTime()) / 1000)).toBe(
      backoffSeconds(USER_BACKOFF.free, USER_BACKOFF),
    );

    // The real user, from their own address, is not slowed by the attacker's guesses.
    const own = await signInFrom(app(), 'viewer', FIXTURE_PASSWORD, '203.0.113.10');
    expect(own.status).toBe(204);
    expect(own.cookie).toBeTruthy();

    // From the attacker's address: one more try once the back-off has passed, then a longer wait.
    later(backoffSeconds(USER_BACKOFF.free, USER_BACKOFF) + 1);
    expect((await signInFrom(app(), 'viewer', wrong, attacker)).status).toBe(401);
    const [after6] = await throttleRows('viewer');
    expect(Math.round((after6.blockedUntil!.getTime() - now().getTime()) / 1000)).toBe(
      backoffSeconds(USER_BACKOFF.free + 1, USER_BACKOFF),
    );
    expect((await signInFrom(app(), 'viewer', FIXTURE_PASSWORD, attacker)).status).toBe(429);
    later(backoffSeconds(USER_BACKOFF.free + 1, USER_BACKOFF) + 1);
    expect((await signInFrom(app(), 'viewer', FIXTURE_PASSWORD, attacker)).status).toBe(204);
    // A success starts that (user, address) afresh.
    expect(await throttleRows('viewer')).toEqual([]);
  });

  it('does not believe X-Forwarded-For without TRUST_PROXY: changing the header does not buy more guesses', async () => {
    const direct = f.app; // trustProxy absent
    for (let i = 0; i < USER_BACKOFF.free; i++) {
      expect((await signInFrom(direct, 'clerk.clinic', wrong, `192.0.2.${i + 1}`)).status).toBe(401);
    }
    const res = await signInFrom(direct, 'clerk.clinic', FIXTURE_PASSWORD, '192.0.2.99');
    expect(res.status).toBe(429);
    // Without a proxy, the TCP peer is the address.
    const peer = await direct.request(
      '/api/v1/auth/sign-in',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'clerk.clinic', password: FIXTURE_PASSWORD }),
      },
      { incoming: { socket: { remoteAddress: '::ffff:203.0.113.77', remotePort: 5000, remoteFamily: 'IPv6' } } },
    );
    expect(peer.status).toBe(204);
  });

  it('the administrator sees the back-off and lifts it; nobody else may', async () => {
    const attacker = '198.51.100.7';
    for (let i = 0; i < USER_BACKOFF.free; i++) await signInFrom(app(), 'ward.officer', wrong, attacker);
    expect((await signInFrom(app(), 'ward.officer', FIXTURE_PASSWORD, attacker)).status).toBe(429);
    const admin = await f.as('admin');
    const listed = (await admin.get('/api/v1/users')).body.items.find(
      (u: { username: string }) => u.username === 'ward.officer',
    );
    expect(listed.signInFailures).toBe(USER_BACKOFF.free);
    expect(new Date(listed.signInBlockedUntil).getTime()).toBeGreaterThan(now().getTime());

    const officer = await f.as('clerk.school');
    expect((await officer.post(`/api/v1/users/${f.users['ward.officer']}/unlock-sign-in`)).status).toBe(403);

    const res = await admin.post(`/api/v1/users/${f.users['ward.officer']}/unlock-sign-in`);
    expect(res.status).toBe(204);
    expect((await signInFrom(app(), 'ward.officer', FIXTURE_PASSWORD, attacker)).status).toBe(204);
    const again = (await admin.get('/api/v1/users')).body.items.find(
      (u: { username: string }) => u.username === 'ward.officer',
    );
    expect(again).toMatchObject({ signInFailures: 0, signInBlockedUntil: null });
    const audit = await admin.get(`/api/v1/audit?entityId=${f.users['ward.officer']}`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain('user.unlock_sign_in');
  });

  it('limits one address spraying many usernames, but not a user at their usual address', async () => {
    const office = '198.51.100.200';
    // The officer signs in from the office as usual.
    expect((await signInFrom(app(), 'officer', FIXTURE_PASSWORD, office)).status).toBe(204);
    // Someone at the same address sprays usernames: each (name, address) pair gets its free tries,
    // and the address as a whole is limited (50 failures here).
    const spray = await Promise.all(
      Array.from({ length: 60 }, (_, i) => signInFrom(app(), `khong-co-${i}`, wrong, office)),
    );
    const tried = spray.filter((r) => r.status === 401).length;
    expect(tried).toBe(50);
    expect(spray.filter((r) => r.status === 429)).toHaveLength(10);
    // Another user signing in from that address for the first time has to wait…
    expect((await signInFrom(app(), 'clerk.school', FIXTURE_PASSWORD, office)).status).toBe(429);
    // …but the officer, whose usual address it is, gets in.
    expect((await signInFrom(app(), 'officer', FIXTURE_PASSWORD, office)).status).toBe(204);
  });

  it('keeps the last root administrator: no self-demotion, with a Vietnamese message; allowed once another exists', async () => {
    const admin = await f.as('admin');
    const demote = await admin.patch(`/api/v1/users/${f.users.admin}`, {
      grants: [{ role: 'officer', orgId: f.orgs.T }],
    });
    expect(demote.status).toBe(409);
    expect(demote.body.error.code).toBe('LAST_ADMIN');
    expect(demote.body.error.message).toMatch(/quản trị hệ thống cuối cùng/);
    // Moving the grant below the root is a demotion too.
    const narrow = await admin.patch(`/api/v1/users/${f.users.admin}`, {
      grants: [{ role: 'admin', orgId: f.orgs['T.W1'] }],
    });
    expect(narrow.status).toBe(409);
    expect(narrow.body.error.code).toBe('LAST_ADMIN');
    const self = await admin.patch(`/api/v1/users/${f.users.admin}`, { active: false });
    expect(self.status).toBe(400);
    // Still an administrator.
    expect((await admin.get('/api/v1/users')).status).toBe(200);

    const second = await admin.post('/api/v1/users', {
      username: 'admin2',
      fullName: 'Quản trị thứ hai',
      password: 'matkhau2027',
      grants: [{ role: 'admin', orgId: f.orgs.T }],
    });
    expect(second.status).toBe(201);
    const admin2 = new TestClient(f.app);
    await admin2.signIn('admin2', 'matkhau2027');
    // With a second one, either may step down, but not both.
    const res = await admin2.patch(`/api/v1/users/${second.body.id}`, {
      grants: [{ role: 'officer', orgId: f.orgs.T }],
    });
    expect(res.status).toBe(200);
    expect(
      (await admin.patch(`/api/v1/users/${f.users.admin}`, { grants: [{ role: 'officer', orgId: f.orgs.T }] })).body
        .error.code,
    ).toBe('LAST_ADMIN');
    // Locking the second administrator is fine while the first stays.
    const again = await admin.patch(`/api/v1/users/${second.body.id}`, {
      grants: [{ role: 'admin', orgId: f.orgs.T }],
    });
    expect(again.status).toBe(200);
    const lock = await admin.patch(`/api/v1/users/${second.body.id}`, { active: false });
    expect(lock.status).toBe(200);
  });

  it('a password change ends the API tokens and other sessions; a bearer token cannot mint tokens', async () => {
    const user = new TestClient(f.app);
    await user.signIn('clerk.school', FIXTURE_PASSWORD);
    const other = new TestClient(f.app);
    await other.signIn('clerk.school', FIXTURE_PASSWORD);
    const created = await user.post('/api/v1/auth/tokens', { name: 'Đồng bộ với phần mềm nhân sự' });
    expect(created.status).toBe(201);
    const bearer = (path: string, init: RequestInit = {}) =>
      f.app.request(path, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${created.body.token}` },
      });
    expect((await bearer('/api/v1/auth/me')).status).toBe(200);

    const mint = await bearer('/api/v1/auth/tokens', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'con' }),
    });
    expect(mint.status).toBe(403);
    expect((await mint.json()).error.message).toMatch(/không được dùng để tạo mã truy cập khác/);
    expect((await user.get('/api/v1/auth/tokens')).body.items).toHaveLength(1);

    const change = await user.post('/api/v1/auth/password', {
      currentPassword: FIXTURE_PASSWORD,
      newPassword: 'matkhaumoi2027',
    });
    expect(change.status).toBe(204);
    const after = await bearer('/api/v1/auth/me');
    expect(after.status).toBe(401);
    expect((await other.get('/api/v1/auth/me')).status).toBe(401);
    const fresh = new TestClient(f.app);
    await fresh.signIn('clerk.school', 'matkhaumoi2027');
    const tokens = (await fresh.get('/api/v1/auth/tokens')).body.items;
    expect(tokens[0].revokedAt).not.toBeNull();

    // An administrator's reset does the same.
    const t2 = await fresh.post('/api/v1/auth/tokens', { name: 'Mã thứ hai' });
    const admin = await f.as('admin');
    expect(
      (await admin.post(`/api/v1/users/${f.users['clerk.school']}/password`, { password: 'matkhau2026' })).status,
    ).toBe(204);
    const res = await f.app.request('/api/v1/auth/me', { headers: { authorization: `Bearer ${t2.body.token}` } });
    expect(res.status).toBe(401);
    expect((await fresh.get('/api/v1/auth/me')).status).toBe(401);
  });
});
