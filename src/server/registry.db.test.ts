// The registry through its HTTP API, on each database engine: sessions and CSRF, organisations,
// people with Vietnamese search and ordering, households, scoping of unit clerks, and the audit.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import { ENGINES, openTestDatabase } from '../db/testing/engines.js';
import { FIXTURE_PASSWORD, seedFixture } from '../db/testing/fixture.js';
import { TestClient } from '../db/testing/http.js';
import { createApp } from './app.js';

describe.each(ENGINES)('registry API on %s', (engine) => {
  let d: Database;
  let app: ReturnType<typeof createApp>;
  const as = async (username: string) => {
    const c = new TestClient(app);
    await c.signIn(username, FIXTURE_PASSWORD);
    return c;
  };
  const orgId = async (c: TestClient, code: string) =>
    ((await c.get('/api/v1/organisations')).body.items as { id: string; code: string }[]).find((o) => o.code === code)!
      .id;

  beforeAll(async () => {
    d = await openTestDatabase(engine);
    await seedFixture(d.db);
    app = createApp(d, { secureCookies: false, webRoot: null, sessionHours: 1 });
  });
  afterAll(() => d?.close());

  it('answers health without a session, and 401 on every other route without one', async () => {
    const health = await app.request('/api/health');
    expect(await health.json()).toEqual({ status: 'ok', database: engine });
    for (const path of [
      '/api/v1/people',
      '/api/v1/organisations',
      '/api/v1/audit',
      '/api/v1/users',
      '/api/v1/auth/me',
    ]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(401);
      expect((await res.json()).error.message).toMatch(/chưa đăng nhập/);
    }
    expect((await app.request('/api/openapi.json')).status).toBe(200);
  });

  it('refuses a wrong password with a Vietnamese message, and throttles repeated failures', async () => {
    const c = new TestClient(app);
    const bad = await c.request('POST', '/api/v1/auth/sign-in', { username: 'viewer', password: 'sai-mat-khau1' });
    expect(bad.status).toBe(401);
    expect(bad.body.error.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    for (let i = 0; i < 4; i++)
      await c.request('POST', '/api/v1/auth/sign-in', { username: 'viewer', password: 'sai-mat-khau1' });
    const locked = await c.request('POST', '/api/v1/auth/sign-in', { username: 'viewer', password: FIXTURE_PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.body.error.message).toMatch(/quá nhiều lần/);
  });

  it('rejects a write without the CSRF token', async () => {
    const c = await as('officer');
    const parent = await orgId(c, 'T.W1');
    const res = await c.request(
      'POST',
      '/api/v1/organisations',
      { parentId: parent, type: 'school', code: 'T.W1.MN', name: 'Trường Mầm non' },
      { csrf: false },
    );
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('CSRF');
  });

  it('creates an organisation, refuses a duplicate code naming the field, and audits it', async () => {
    const c = await as('officer');
    const parent = await orgId(c, 'T.W1');
    const created = await c.post('/api/v1/organisations', {
      parentId: parent,
      type: 'school',
      code: 'T.W1.MN',
      name: '  Trường  Mầm non Sơn Ca ',
    });
    expect(created.status).toBe(201);
    expect(created.body.name).toBe('Trường Mầm non Sơn Ca');
    const dup = await c.post('/api/v1/organisations', {
      parentId: parent,
      type: 'school',
      code: 'T.W1.MN',
      name: 'Khác',
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error.fields[0]).toMatchObject({ field: 'code', label: 'Mã' });
    const audit = await c.get(`/api/v1/audit?entityId=${created.body.id}`);
    expect(audit.body.items[0]).toMatchObject({ action: 'organisation.create', actorName: 'Cán bộ thường trực' });
  });

  it('validates a person: CCCD format and consistency, required fields, with Vietnamese field labels; writes nothing', async () => {
    const c = await as('officer');
    const school = await orgId(c, 'T.W1.SCH');
    const before = (await c.get('/api/v1/people?pageSize=200')).body.total;
    const bad = await c.post('/api/v1/people', {
      fullName: '',
      gender: 'female',
      category: 'vien_chuc',
      orgId: school,
      cccd: '0111880',
    });
    expect(bad.status).toBe(400);
    const fields = bad.body.error.fields.map((f: { field: string }) => f.field);
    expect(fields).toContain('fullName');
    const mismatch = await c.post('/api/v1/people', {
      fullName: 'Lò Thị Hoa',
      gender: 'female',
      birthDate: '12/05/1990',
      category: 'vien_chuc',
      orgId: school,
      cccd: '011090000099',
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error.fields[0]).toMatchObject({ field: 'cccd', label: 'Số CCCD' });
    expect(mismatch.body.error.fields[0].message).toMatch(/giới tính/);
    const taken = await c.post('/api/v1/people', {
      fullName: 'Người Trùng',
      gender: 'male',
      category: 'vien_chuc',
      orgId: school,
      cccd: '011088000001',
    });
    expect(taken.status).toBe(409);
    expect((await c.get('/api/v1/people?pageSize=200')).body.total).toBe(before);
  });

  it('finds people typed without diacritics and lists them in Vietnamese name order', async () => {
    const c = await as('officer');
    const found = await c.get(`/api/v1/people?q=${encodeURIComponent('nguyen van an')}`);
    expect(found.body.items.map((p: { fullName: string }) => p.fullName)).toEqual(['Nguyễn Văn An']);
    const d1 = await c.get('/api/v1/people?q=duc');
    expect(d1.body.items.map((p: { fullName: string }) => p.fullName)).toEqual(['Lê Văn Đức']);
    const all = (await c.get('/api/v1/people?pageSize=200')).body.items.map((p: { fullName: string }) => p.fullName);
    // Given name first (An < Ánh < Ân: a < ă < â; Dũng < Đức: d < đ), then middle, then family name.
    expect(all).toEqual([
      'Nguyễn Văn An',
      'Đặng Thị Ánh',
      'Hoàng Văn Ân',
      'Trần Thị Bình',
      'Lê Văn Dũng',
      'Lê Văn Đức',
    ]);
    const page2 = await c.get('/api/v1/people?pageSize=2&page=2');
    expect(page2.body.items.map((p: { fullName: string }) => p.fullName)).toEqual(['Hoàng Văn Ân', 'Trần Thị Bình']);
  });

  it('changes only the fields an update sends: a partial update keeps the CCCD, and null clears a field', async () => {
    const c = await as('officer');
    const an = (await c.get(`/api/v1/people?q=${encodeURIComponent('nguyen van an')}`)).body.items[0];
    const before = (await c.get(`/api/v1/people/${an.id}`)).body.person;
    expect(before.cccd).toBeTruthy();
    const renamed = await c.patch(`/api/v1/people/${an.id}`, { position: 'Cán sự', phone: '0912345678' });
    expect(renamed.status).toBe(200);
    const kept = (await c.get(`/api/v1/people/${an.id}`)).body.person;
    expect(kept).toMatchObject({
      cccd: before.cccd,
      birthDate: before.birthDate,
      position: 'Cán sự',
      phone: '0912345678',
    });
    expect((await c.patch(`/api/v1/people/${an.id}`, { phone: null })).status).toBe(200);
    expect((await c.get(`/api/v1/people/${an.id}`)).body.person).toMatchObject({
      cccd: before.cccd,
      position: 'Cán sự',
      phone: null,
    });
  });

  it("keeps a unit clerk inside their unit: another unit's people are neither listed, read nor changed", async () => {
    const clerk = await as('clerk.school');
    const officer = await as('officer');
    const list = await clerk.get('/api/v1/people?pageSize=200');
    expect(list.body.items.map((p: { fullName: string }) => p.fullName).sort()).toEqual([
      'Lê Văn Đức',
      'Nguyễn Văn An',
      'Trần Thị Bình',
    ]);
    const other = (await officer.get('/api/v1/people?q=dung')).body.items[0];
    expect((await clerk.get(`/api/v1/people/${other.id}`)).status).toBe(403);
    const change = await clerk.patch(`/api/v1/people/${other.id}`, { position: 'Đổi trái phép' });
    expect(change.status).toBe(403);
    expect((await officer.get(`/api/v1/people/${other.id}`)).body.person.position).toBe('Chuyên viên');
    const clinic = await orgId(officer, 'T.W1.CLINIC');
    expect((await clerk.get(`/api/v1/people?orgId=${clinic}`)).status).toBe(403);
    const create = await clerk.post('/api/v1/people', {
      fullName: 'Người Lạ',
      gender: 'male',
      category: 'vien_chuc',
      orgId: clinic,
    });
    expect(create.status).toBe(403);
    expect((await clerk.get('/api/v1/organisations')).body.items.map((o: { code: string }) => o.code)).toEqual([
      'T.W1.SCH',
    ]);
    expect((await clerk.get('/api/v1/users')).status).toBe(403);
    // The school's own page names its ward but does not describe it.
    const school = (await clerk.get('/api/v1/organisations')).body.items[0];
    const detail = (await clerk.get(`/api/v1/organisations/${school.id}`)).body;
    expect(detail.parent).toMatchObject({ name: 'Phường Mường Lay', readable: false });
    expect(detail.parent.address).toBeUndefined();
  });

  it('shows a person page with the whole history as a timeline, newest first', async () => {
    const c = await as('clerk.school');
    const an = (await c.get('/api/v1/people?q=an')).body.items.find(
      (p: { fullName: string }) => p.fullName === 'Nguyễn Văn An',
    );
    const added = await c.post(`/api/v1/people/${an.id}/ratings`, { period: '2024', rating: 'HTXSNV' });
    expect(added.status).toBe(201);
    const page = (await c.get(`/api/v1/people/${an.id}`)).body;
    const titles = page.timeline.map((t: { title: string }) => t.title);
    expect(titles).toContain('Chiến sĩ thi đua cơ sở (2025)');
    expect(titles).toContain('Xếp loại năm 2024: Hoàn thành xuất sắc nhiệm vụ');
    expect(titles.indexOf('Chiến sĩ thi đua cơ sở (2025)')).toBeLessThan(
      titles.indexOf('Chiến sĩ thi đua cơ sở (2024)'),
    );
    const again = await c.post(`/api/v1/people/${an.id}/awards`, { awardCode: 'CSTD_CS', period: '2025' });
    expect(again.status).toBe(409);
  });

  it('lets another system call the API with a bearer token acting as its user, until revoked', async () => {
    const c = await as('clerk.school');
    const created = await c.post('/api/v1/auth/tokens', { name: 'Cổng thông tin tỉnh' });
    expect(created.status).toBe(201);
    const bearer = { authorization: `Bearer ${created.body.token}` };
    const list = await app.request('/api/v1/people?pageSize=200', { headers: bearer });
    expect(list.status).toBe(200);
    expect((await list.json()).total).toBe(3);
    const write = await app.request('/api/v1/households', {
      method: 'POST',
      headers: { ...bearer, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(write.status).toBe(400);
    const tokens = await c.get('/api/v1/auth/tokens');
    expect(JSON.stringify(tokens.body)).not.toContain(created.body.token);
    expect((await c.post(`/api/v1/auth/tokens/${created.body.id}/revoke`)).status).toBe(204);
    const after = await app.request('/api/v1/people', { headers: bearer });
    expect(after.status).toBe(401);
    expect((await app.request('/api/v1/people', { headers: { authorization: 'Bearer tdkt_nonsense' } })).status).toBe(
      401,
    );
  });

  it('keeps the audit chain verifiable, and detects a row changed behind its back', async () => {
    const admin = await as('admin');
    const ok = await admin.get('/api/v1/audit/verify');
    expect(ok.body).toMatchObject({ ok: true, brokenAt: null });
    expect(ok.body.checked).toBeGreaterThan(5);
    const viewer = await as('officer');
    const rated = (await viewer.get('/api/v1/audit?action=person.add_rating')).body.items[0];
    expect(rated.summary).toBe('Ghi nhận xếp loại năm 2024: Hoàn thành xuất sắc nhiệm vụ cho "Nguyễn Văn An"');
    expect(rated.tenantId).toBeUndefined();
    // Searching the log ignores diacritics, like every other search.
    expect((await viewer.get(`/api/v1/audit?q=${encodeURIComponent('xep loai nguyen van an')}`)).body.total).toBe(1);
    expect((await viewer.get('/api/v1/audit?actor=van thu truong')).body.total).toBeGreaterThan(0);
    if (engine === 'postgres' || engine === 'pglite') {
      // Simulate tampering by someone with database superuser rights.
      await d.db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`);
      await d.db.execute(sql`UPDATE audit_log SET summary = 'sửa lén' WHERE seq = 3`);
      await d.db.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`);
      const broken = await admin.get('/api/v1/audit/verify');
      expect(broken.body).toMatchObject({ ok: false, brokenAt: 3 });
    }
  });
});
