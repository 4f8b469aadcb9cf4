// The accounts list on each engine: an administrator of a ward sees only the accounts whose roles
// all lie inside the ward, the root administrator sees every account; search ignores diacritics;
// pages carry the total.
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../db/testing/engines.js';
import { fixtureApp } from '../../db/testing/frame.js';
import { TestClient } from '../../db/testing/http.js';

describe.each(ENGINES)('accounts list on %s', (engine) => {
  const f = fixtureApp(engine);
  const names = (body: { items: { username: string }[] }) => body.items.map((u) => u.username).sort();

  it('shows a ward administrator only the accounts inside the ward', async () => {
    const admin = await f.as('admin');
    const created = await admin.post('/api/v1/users', {
      username: 'ward.admin',
      fullName: 'Quản trị phường',
      password: 'matkhau2027',
      grants: [{ role: 'admin', orgId: f.orgs['T.W1'] }],
    });
    expect(created.status).toBe(201);
    // Roles both inside and outside the ward: not the ward's account.
    const mixed = await admin.post('/api/v1/users', {
      username: 'mixed.roles',
      fullName: 'Hai đơn vị',
      password: 'matkhau2027',
      grants: [
        { role: 'clerk', orgId: f.orgs['T.W1.SCH'] },
        { role: 'clerk', orgId: f.orgs['T.C2'] },
      ],
    });
    expect(mixed.status).toBe(201);

    const all = await admin.get('/api/v1/users?pageSize=200');
    expect(all.status).toBe(200);
    expect(names(all.body)).toEqual(
      expect.arrayContaining(['admin', 'officer', 'viewer', 'clerk.school', 'ward.admin', 'mixed.roles']),
    );
    expect(all.body.total).toBe(all.body.items.length);

    const ward = new TestClient(f.app);
    await ward.signIn('ward.admin', 'matkhau2027');
    const mine = await ward.get('/api/v1/users?pageSize=200');
    expect(mine.status).toBe(200);
    expect(names(mine.body)).toEqual(['clerk.clinic', 'clerk.school', 'ward.admin', 'ward.officer']);
    expect(mine.body.total).toBe(4);
    // What the list hides, the account pages refuse.
    expect((await ward.patch(`/api/v1/users/${f.users.officer}`, { fullName: 'Đổi tên' })).status).toBe(403);
    expect((await ward.patch(`/api/v1/users/${mixed.body.id}`, { fullName: 'Đổi tên' })).status).toBe(403);
    // The export holds the same accounts.
    const xlsx = await ward.get('/api/v1/users/export');
    expect(xlsx.status).toBe(200);
  });

  it('searches without diacritics, filters by status and pages with the total', async () => {
    const admin = await f.as('admin');
    const found = await admin.get(`/api/v1/users?q=${encodeURIComponent('van thu')}`);
    expect(names(found.body)).toEqual(['clerk.clinic', 'clerk.school']);
    const byName = await admin.get(`/api/v1/users?q=${encodeURIComponent('QUẢN TRỊ phường')}`);
    expect(names(byName.body)).toEqual(['ward.admin']);
    expect((await admin.get('/api/v1/users?q=%25')).body.total).toBe(0);

    const total = (await admin.get('/api/v1/users')).body.total as number;
    const seen: string[] = [];
    for (let page = 1; (page - 1) * 3 < total; page++) {
      const r = await admin.get(`/api/v1/users?pageSize=3&page=${page}`);
      expect(r.body).toMatchObject({ total, page, pageSize: 3 });
      seen.push(...r.body.items.map((u: { username: string }) => u.username));
    }
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(total);

    await admin.patch(`/api/v1/users/${f.users.viewer}`, { active: false });
    const locked = await admin.get('/api/v1/users?active=false');
    expect(names(locked.body)).toEqual(['viewer']);
    const bad = await admin.get('/api/v1/users?pageSize=500');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message + JSON.stringify(bad.body.error.fields)).toMatch(/tối đa 200/);
  });
});
