// The TĐKT staff list on each engine: the officer marks a post as TĐKT work (audited) and biểu
// 0605 counts the person; the list filters by the flag, the unit subtree and the name without
// diacritics, pages with a total, keeps a unit clerk inside their unit and refuses bad input.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../db/testing/engines.js';
import { fixtureApp, rowsOf } from '../../db/testing/frame.js';

interface Item {
  membershipId: string;
  fullName: string;
  unitName: string;
  tdktWork: boolean;
}

describe.each(ENGINES)('TĐKT staff on %s', (engine) => {
  const f = fixtureApp(engine);
  const { as } = f;
  const names = (body: { items: Item[] }) => body.items.map((e) => e.fullName);
  const membershipOf = async (person: string) =>
    rowsOf<{ id: string }>(
      await f.db.execute(sql`SELECT id FROM memberships WHERE person_id = ${f.people[person]} AND to_date IS NULL`),
    )[0].id;
  const form0605 = async () => {
    const r = await (await as('officer')).get('/api/v1/reports/statistics?form=0605&year=2025');
    expect(r.status).toBe(200);
    return r.body.rows[0].values as number[];
  };

  it('marks a post as TĐKT work, audited, and biểu 0605 counts the person', async () => {
    const officer = await as('officer');
    expect((await officer.get('/api/v1/tdkt-staff')).body.total).toBe(0);
    const before = await form0605();
    const id = await membershipOf('Trần Thị Bình');
    const res = await officer.request('PUT', `/api/v1/tdkt-staff/${id}`, { tdktWork: true });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ fullName: 'Trần Thị Bình', unitName: 'Trường THCS Mường Lay', tdktWork: true });
    const listed = await officer.get('/api/v1/tdkt-staff');
    expect(names(listed.body)).toEqual(['Trần Thị Bình']);
    expect(listed.body.total).toBe(1);
    // Biểu 0605: one more person, a woman (column 2).
    expect(await form0605()).toEqual([before[0] + 1, before[1] + 1]);
    const audit = rowsOf<{ n: number }>(
      await f.db.execute(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'membership.tdkt_work'`),
    );
    expect(audit[0].n).toBe(1);
    // Setting it again changes nothing and writes no second audit entry.
    expect((await officer.request('PUT', `/api/v1/tdkt-staff/${id}`, { tdktWork: true })).status).toBe(200);
    const again = rowsOf<{ n: number }>(
      await f.db.execute(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'membership.tdkt_work'`),
    );
    expect(again[0].n).toBe(1);
  });

  it('filters by the flag, the unit and the name without diacritics, paged with a total', async () => {
    const officer = await as('officer');
    const all = await officer.get('/api/v1/tdkt-staff?tdkt=all&pageSize=200');
    expect(all.body.total).toBe(6);
    const no = await officer.get('/api/v1/tdkt-staff?tdkt=no');
    expect(no.body.total).toBe(5);
    expect(names(no.body)).not.toContain('Trần Thị Bình');
    const clinic = await officer.get(`/api/v1/tdkt-staff?tdkt=all&orgId=${f.orgs['T.W1.CLINIC']}`);
    expect(clinic.body.items.every((e: Item) => e.unitName === 'Trạm Y tế phường Mường Lay')).toBe(true);
    expect(clinic.body.total).toBe(2);
    expect(names((await officer.get('/api/v1/tdkt-staff?tdkt=all&q=le%20van%20dung')).body)).toEqual(['Lê Văn Dũng']);
    const page2 = await officer.get('/api/v1/tdkt-staff?tdkt=all&pageSize=4&page=2');
    expect(page2.body).toMatchObject({ total: 6, page: 2, pageSize: 4 });
    expect(page2.body.items).toHaveLength(2);
    const page1 = await officer.get('/api/v1/tdkt-staff?tdkt=all&pageSize=4&page=1');
    const seen = new Set([...page1.body.items, ...page2.body.items].map((e: Item) => e.membershipId));
    expect(seen.size).toBe(6);
  });

  it("keeps a unit's clerk inside the unit and refuses bad input in Vietnamese", async () => {
    const clerk = await as('clerk.clinic');
    const mine = await clerk.get('/api/v1/tdkt-staff?tdkt=all');
    expect(mine.body.items.every((e: Item) => e.unitName === 'Trạm Y tế phường Mường Lay')).toBe(true);
    expect(mine.body.total).toBe(2);
    expect((await clerk.get(`/api/v1/tdkt-staff?orgId=${f.orgs['T.W1.SCH']}`)).status).toBe(403);
    const school = await membershipOf('Nguyễn Văn An');
    const other = await clerk.request('PUT', `/api/v1/tdkt-staff/${school}`, { tdktWork: true });
    expect(other.status).toBe(403);
    const viewer = await as('viewer');
    expect((await viewer.request('PUT', `/api/v1/tdkt-staff/${school}`, { tdktWork: true })).status).toBe(403);
    const officer = await as('officer');
    const bad = await officer.request('PUT', `/api/v1/tdkt-staff/${school}`, { tdktWork: 'có' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0]).toMatchObject({ field: 'tdktWork' });
    const missing = await officer.request('PUT', `/api/v1/tdkt-staff/${crypto.randomUUID()}`, { tdktWork: true });
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toContain('vị trí công tác');
    const filter = await officer.get('/api/v1/tdkt-staff?tdkt=maybe');
    expect(filter.status).toBe(400);
    expect(filter.body.error.fields[0]).toMatchObject({ field: 'tdkt' });
    // Nothing changed by the refusals.
    expect((await officer.get('/api/v1/tdkt-staff')).body.total).toBe(1);
  });
});
