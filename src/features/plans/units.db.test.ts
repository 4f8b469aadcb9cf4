// Units' own plans under the ward's plan (issue 14 item 4), on each engine: the ward asks its
// direct units by a date; a school clerk writes, signs and sends the school's plan; clerks are
// refused on the ward's plan and on another unit's; the ward sees who sent, who is late and the
// units' tasks rolled up; late units are told once; "copy to next year" keeps the request only.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { auditLog, notifications, organisations, plans, users } from '../../db/schema.js';
import { ENGINES, openTestDatabase } from '../../db/testing/engines.js';
import { FIXTURE_PASSWORD, seedFixture } from '../../db/testing/fixture.js';
import { TestClient } from '../../db/testing/http.js';
import { isoDateInVietnam } from '../../domain/vi-text/index.js';
import { createApp } from '../../server/app.js';
import { now } from '../../server/clock.js';
import { notifyLateUnitPlans } from './units.js';

const rows = <T>(r: unknown) => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];
const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe.each(ENGINES)("units' own plans on %s", (engine) => {
  let d: Database;
  let app: ReturnType<typeof createApp>;
  let org: Record<string, string> = {};
  let user: Record<string, string> = {};
  let officer: TestClient;
  let school: TestClient;
  let clinic: TestClient;
  const today = isoDateInVietnam(now());
  // Next year's plan, as a ward writes it at the turn of the year.
  const year = Number(today.slice(0, 4)) + 1;
  let wardPlan = '';
  let schoolPlan = '';
  let clinicPlan = '';

  beforeAll(async () => {
    d = await openTestDatabase(engine);
    await seedFixture(d.db);
    app = createApp(d, { secureCookies: false, webRoot: null, sessionHours: 1 });
    org = Object.fromEntries(
      (await d.db.select({ code: organisations.code, id: organisations.id }).from(organisations)).map((o) => [
        o.code,
        o.id,
      ]),
    );
    user = Object.fromEntries(
      (await d.db.select({ u: users.username, id: users.id }).from(users)).map((u) => [u.u, u.id]),
    );
    officer = new TestClient(app);
    await officer.signIn('ward.officer', FIXTURE_PASSWORD);
    school = new TestClient(app);
    await school.signIn('clerk.school', FIXTURE_PASSWORD);
    clinic = new TestClient(app);
    await clinic.signIn('clerk.clinic', FIXTURE_PASSWORD);
    const ward = await officer.post('/api/v1/plans', { orgId: org['T.W1'], year });
    expect(ward.status).toBe(201);
    wardPlan = ward.body.id;
  });
  afterAll(() => d?.close());

  it('asks the direct units by a date (audited); a clerk may not ask; strays and a wrong year are refused', async () => {
    const due = addDays(today, 20);
    const byClerk = await school.request('PUT', `/api/v1/plans/${wardPlan}/units`, { dueOn: due });
    expect(byClerk.status).toBe(404); // the ward's plan is out of the school clerk's reach
    const stray = await officer.request('PUT', `/api/v1/plans/${wardPlan}/units`, {
      dueOn: due,
      orgIds: [org['T.C2']],
    });
    expect(stray.status).toBe(400);
    expect(stray.body.error.fields[0].field).toBe('orgIds');
    const wrongYear = await officer.request('PUT', `/api/v1/plans/${wardPlan}/units`, {
      dueOn: `${year - 3}-02-10`,
    });
    expect(wrongYear.status).toBe(400);
    expect(wrongYear.body.error.fields[0].field).toBe('dueOn');

    const res = await officer.request('PUT', `/api/v1/plans/${wardPlan}/units`, { dueOn: due });
    expect(res.status).toBe(200);
    expect(res.body.request.dueOn).toBe(due);
    expect(res.body.request.units.map((u: { orgId: string }) => u.orgId).sort()).toEqual(
      [org['T.W1.SCH'], org['T.W1.CLINIC'], org['T.W1.TDP1']].sort(),
    );
    expect(res.body.request.counts).toEqual({ sent: 0, late: 0, pending: 3 });
    expect(res.body.canRequest).toBe(true);
    const [audit] = await d.db.select().from(auditLog).where(eq(auditLog.action, 'plan.units.request'));
    expect(audit?.summary).toContain('Yêu cầu 3 đơn vị gửi kế hoạch');
  });

  it('a school clerk sees the request, writes the school plan under the ward plan and sends it once', async () => {
    const mine = await school.get('/api/v1/plans/unit-requests');
    expect(mine.status).toBe(200);
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0]).toMatchObject({
      askingPlanId: wardPlan,
      orgId: org['T.W1.SCH'],
      planId: null,
      state: 'pending',
      year,
    });

    const created = await school.post('/api/v1/plans', { orgId: org['T.W1.SCH'], year });
    expect(created.status).toBe(201);
    schoolPlan = created.body.id;
    const [row] = await d.db.select().from(plans).where(eq(plans.id, schoolPlan));
    expect(row?.parentPlanId).toBe(wardPlan);
    expect((await school.get(`/api/v1/plans/${schoolPlan}`)).body.canManage).toBe(true);

    // Nothing to send yet: no task, no signed copy.
    const empty = await school.post(`/api/v1/plans/${schoolPlan}/send`);
    expect(empty.status).toBe(409);
    expect(empty.body.error.code).toBe('PLAN_UNIT_EMPTY');

    for (const [quarter, title] of [
      ['I', 'Phát động thi đua chào mừng năm học mới trong trường'],
      ['II', 'Sơ kết học kỳ I, biểu dương giáo viên tiêu biểu'],
    ])
      expect(
        (await school.post(`/api/v1/plans/${schoolPlan}/tasks`, { quarter, title, lead: 'Trường THCS Mường Lay' }))
          .status,
      ).toBe(201);
    const form = new FormData();
    form.set('file', new File([Buffer.from('%PDF-1.4\nKế hoạch đã ký\n%%EOF\n')], 'ke-hoach-da-ky.pdf'));
    const signed = await school.request('POST', `/api/v1/plans/${schoolPlan}/signed-files`, form);
    expect(signed.status).toBe(201);

    const sent = await school.post(`/api/v1/plans/${schoolPlan}/send`);
    expect(sent.status).toBe(200);
    expect(sent.body.parent).toMatchObject({ planId: wardPlan, state: 'sent' });
    expect(sent.body.signedFiles.map((f: { fileName: string }) => f.fileName)).toEqual(['ke-hoach-da-ky.pdf']);
    expect(sent.body.canSend).toBe(false);
    const [after] = await d.db.select().from(plans).where(eq(plans.id, schoolPlan));
    expect(after?.status).toBe('issued');
    expect(after?.sentAt).not.toBeNull();
    const again = await school.post(`/api/v1/plans/${schoolPlan}/send`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('PLAN_ALREADY_SENT');
    // Nor can it be put back to draft behind the office's back: the office would still see it sent.
    const back = await school.patch(`/api/v1/plans/${schoolPlan}`, { status: 'draft', reason: 'Sửa lại' });
    expect(back.status).toBe(409);
    expect(back.body.error.code).toBe('PLAN_ALREADY_SENT');
    expect((await d.db.select().from(plans).where(eq(plans.id, schoolPlan)))[0]?.status).toBe('issued');
    // The ward's office is told.
    const told = await d.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, user['ward.officer']!), eq(notifications.kind, 'plan.unit.sent')));
    expect(told).toHaveLength(1);
    expect(told[0]!.title).toContain('Trường THCS Mường Lay');
  });

  it("refuses a clerk on the ward's plan, on another unit's plan and for a year not asked", async () => {
    expect((await school.patch(`/api/v1/plans/${wardPlan}`, { title: 'Sửa trái phép' })).status).toBe(404);
    expect(
      (await school.post(`/api/v1/plans/${wardPlan}/tasks`, { quarter: 'I', title: 'Nhiệm vụ trái phép' })).status,
    ).toBe(404);
    const other = await school.post('/api/v1/plans', { orgId: org['T.W1.CLINIC'], year });
    expect(other.status).toBe(403);
    const notAsked = await school.post('/api/v1/plans', { orgId: org['T.W1.SCH'], year: year + 1 });
    expect(notAsked.status).toBe(403);
    expect(notAsked.body.error.message).toContain('kế hoạch cấp trên yêu cầu');
    // A ward-wide clerk (granted on the ward itself) still may not write the ward's own plan.
    await d.db.execute(
      sql`INSERT INTO role_grants (tenant_id, user_id, role, org_id) SELECT tenant_id, ${user.viewer}, 'clerk', ${org['T.W1']} FROM organisations WHERE id = ${org['T.W1']}`,
    );
    const wardClerk = new TestClient(app);
    await wardClerk.signIn('viewer', FIXTURE_PASSWORD);
    const onWard = await wardClerk.patch(`/api/v1/plans/${wardPlan}`, { title: 'Sửa trái phép' });
    expect(onWard.status).toBe(403);
    expect(onWard.body.error.message).toContain('kế hoạch cấp trên yêu cầu');
    expect((await wardClerk.get(`/api/v1/plans/${wardPlan}`)).body.canManage).toBe(false);
    await d.db.execute(
      sql`DELETE FROM role_grants WHERE user_id = ${user.viewer} AND role = 'clerk' AND org_id = ${org['T.W1']}`,
    );

    // The clinic's clerk writes the clinic's plan (a draft, not sent); the school clerk cannot touch it.
    const own = await clinic.post('/api/v1/plans', { orgId: org['T.W1.CLINIC'], year });
    expect(own.status).toBe(201);
    clinicPlan = own.body.id;
    expect(
      (await clinic.post(`/api/v1/plans/${clinicPlan}/tasks`, { quarter: 'regular', title: 'Khám sức khỏe định kỳ' }))
        .status,
    ).toBe(201);
    expect((await school.patch(`/api/v1/plans/${clinicPlan}`, { title: 'Sửa trái phép' })).status).toBe(404);
    expect((await school.post(`/api/v1/plans/${clinicPlan}/send`)).status).toBe(404);
  });

  it("shows the ward who sent, who is late and the units' tasks grouped by unit, paged", async () => {
    const before = await officer.get(`/api/v1/plans/${wardPlan}/units`);
    expect(before.body.request.counts).toEqual({ sent: 1, late: 0, pending: 2 });
    // The date passes.
    await d.db
      .update(plans)
      .set({ unitsDue: addDays(today, -1) })
      .where(eq(plans.id, wardPlan));
    const res = await officer.get(`/api/v1/plans/${wardPlan}/units`);
    const byOrg = Object.fromEntries(res.body.request.units.map((u: { orgId: string }) => [u.orgId, u]));
    // Sent today, after the date now passed: sent, but late.
    expect(byOrg[org['T.W1.SCH']!]).toMatchObject({ state: 'sent', sentOn: today, sentLate: true, taskCount: 2 });
    expect(byOrg[org['T.W1.CLINIC']!]).toMatchObject({ state: 'late', planId: clinicPlan, planStatus: 'draft' });
    expect(byOrg[org['T.W1.TDP1']!]).toMatchObject({ state: 'late', planId: null });
    expect(res.body.request.counts).toEqual({ sent: 1, late: 2, pending: 0 });

    const all = await officer.get(`/api/v1/plans/${wardPlan}/unit-tasks`);
    expect(all.body.total).toBe(3);
    expect(new Set(all.body.items.map((t: { orgName: string }) => t.orgName))).toEqual(
      new Set(['Trường THCS Mường Lay', 'Trạm Y tế phường Mường Lay']),
    );
    // Grouped: each unit's tasks together.
    const names = all.body.items.map((t: { orgName: string }) => t.orgName);
    expect(names.filter((n: string, i: number) => i === 0 || names[i - 1] !== n)).toHaveLength(2);
    const paged = await officer.get(`/api/v1/plans/${wardPlan}/unit-tasks?page=2&pageSize=2`);
    expect(paged.body.items).toHaveLength(1);
    expect(paged.body.total).toBe(3);
    const one = await officer.get(`/api/v1/plans/${wardPlan}/unit-tasks?orgId=${org['T.W1.SCH']}`);
    expect(one.body.items.map((t: { title: string }) => t.title)).toEqual([
      'Phát động thi đua chào mừng năm học mới trong trường',
      'Sơ kết học kỳ I, biểu dương giáo viên tiêu biểu',
    ]);
  });

  it('tells the late units once per date, and the ward office one summary', async () => {
    const first = await notifyLateUnitPlans(d.db, now(), { pauseMs: 0 });
    expect(first.told).toBe(2);
    const late = await d.db.select().from(notifications).where(eq(notifications.kind, 'plan.unit.late'));
    expect(late.filter((n) => n.userId === user['clerk.clinic'])).toHaveLength(1);
    expect(late.filter((n) => n.userId === user['clerk.school'])).toHaveLength(0);
    const summary = late.filter((n) => n.userId === user['ward.officer']);
    expect(summary).toHaveLength(1);
    expect(summary[0]!.body).toContain('Trạm Y tế phường Mường Lay');
    expect(summary[0]!.body).toContain('Tổ dân phố 1');
    expect(await notifyLateUnitPlans(d.db, now(), { pauseMs: 0 })).toEqual({ told: 0, notices: 0 });
    // A new date that passes tells them again.
    await d.db
      .update(plans)
      .set({ unitsDue: addDays(today, -2) })
      .where(eq(plans.id, wardPlan));
    expect((await notifyLateUnitPlans(d.db, now(), { pauseMs: 0 })).told).toBe(2);
  });

  it("keeps the unit that wrote its plan asked, and copies the request (a year on) but not the units' plans to next year", async () => {
    const drop = await officer.request('PUT', `/api/v1/plans/${wardPlan}/units`, {
      dueOn: addDays(today, 10),
      orgIds: [org['T.W1.TDP1']],
    });
    expect(drop.status).toBe(409);
    expect(drop.body.error.code).toBe('PLAN_UNIT_HAS_PLAN');

    const copy = await officer.post(`/api/v1/plans/${wardPlan}/copy-next-year`);
    expect(copy.status).toBe(201);
    const next = await officer.get(`/api/v1/plans/${copy.body.id}/units`);
    const [due] = await d.db.select({ due: plans.unitsDue }).from(plans).where(eq(plans.id, wardPlan));
    expect(next.body.request.dueOn).toBe(`${Number(due!.due!.slice(0, 4)) + 1}${due!.due!.slice(4)}`);
    expect(next.body.request.units).toHaveLength(3);
    expect(next.body.request.units.every((u: { planId: string | null }) => u.planId === null)).toBe(true);
    expect(
      rows<{ n: number }>(
        await d.db.execute(sql`SELECT count(*)::int AS n FROM plans WHERE parent_plan_id = ${copy.body.id}`),
      )[0]!.n,
    ).toBe(0);
    // The school's plan copied to next year goes under next year's ward plan, and the clerk may copy it.
    const schoolNext = await school.post(`/api/v1/plans/${schoolPlan}/copy-next-year`);
    expect(schoolNext.status).toBe(201);
    const [row] = await d.db.select().from(plans).where(eq(plans.id, schoolNext.body.id));
    expect(row).toMatchObject({ parentPlanId: copy.body.id, sentAt: null, status: 'draft' });
  });
});
