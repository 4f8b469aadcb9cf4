// A plan task linked to the work that fulfils it: a prose plan (seed 004) imported, a task linked to a
// round, the round's decision signed, the task done; a status set by hand with a note stays, until the
// task is linked again. Links are audited; only the plan's officers may link.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { auditLog, decisions, notifications, organisations, planTasks, rounds } from '../../db/schema.js';
import { ENGINES, openTestDatabase } from '../../db/testing/engines.js';
import { FIXTURE_PASSWORD, seedFixture } from '../../db/testing/fixture.js';
import { TestClient } from '../../db/testing/http.js';
import { SEED_FILES, seedBytes } from '../../domain/plans/fixtures/seeds.js';
import { isoDateInVietnam } from '../../domain/vi-text/index.js';
import { createApp } from '../../server/app.js';
import { now as clockNow } from '../../server/clock.js';
import { notifyOverdueTasks } from './service.js';

const rows = <T>(r: unknown) => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];

describe.each(ENGINES)('plan task links on %s', (engine) => {
  let d: Database;
  let app: ReturnType<typeof createApp>;
  let tenantId = '';
  let ward = '';
  let officerId = '';
  let officer: TestClient;
  let planId = '';
  let taskId = '';
  let roundId = '';

  beforeAll(async () => {
    d = await openTestDatabase(engine);
    await seedFixture(d.db);
    app = createApp(d, { secureCookies: false, webRoot: null, sessionHours: 1 });
    tenantId = rows<{ id: string }>(await d.db.execute(sql`SELECT id FROM tenants`))[0]!.id;
    officerId = rows<{ id: string }>(await d.db.execute(sql`SELECT id FROM users WHERE username = 'ward.officer'`))[0]!
      .id;
    ward = (await d.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.code, 'T.W1')))[0]!
      .id;
    officer = new TestClient(app);
    await officer.signIn('ward.officer', FIXTURE_PASSWORD);
    // A year-end round run by the ward, open for dossiers.
    roundId = crypto.randomUUID();
    await d.db.insert(rounds).values({
      tenantId,
      id: roundId,
      orgId: ward,
      name: 'Xét khen thưởng tổng kết năm 2026',
      kind: 'year_end',
      period: '2026',
      awardCodes: [],
      opensOn: '2026-11-01',
      submitBy: '2026-11-30',
      decisionBy: '2026-12-20',
      status: 'open',
      createdBy: officerId,
    });
  });
  afterAll(() => d?.close());

  it('imports the prose plan of seed 004 with its six duties', async () => {
    const form = new FormData();
    form.set('file', new File([new Uint8Array(seedBytes('xuanTruong'))], SEED_FILES.xuanTruong));
    form.set('orgId', ward);
    const preview = (await officer.request('POST', '/api/v1/plans/import-preview', form)).body;
    expect(preview.fromProse).toBe(true);
    expect(preview.total).toBe(6);
    const res = await officer.post('/api/v1/plans', {
      orgId: ward,
      year: preview.year,
      sourceFile: SEED_FILES.xuanTruong,
      document: preview.document,
      tasks: preview.tasks.map(({ quarter, title, lead, partners, due }: Record<string, unknown>) => ({
        quarter,
        title,
        lead,
        partners,
        due,
      })),
    });
    expect(res.status).toBe(201);
    planId = res.body.id;
    const got = (await officer.get(`/api/v1/plans/${planId}`)).body;
    expect(got.tasks).toHaveLength(6);
    taskId = got.tasks.find((t: { lead: string }) => t.lead === 'Hội đồng Thi đua - Khen thưởng xã').id;
  });

  it('links a task to the round: in progress while the round is open, done once its decision is signed', async () => {
    const link = await officer.post(`/api/v1/plans/${planId}/tasks/${taskId}/links`, {
      kind: 'round',
      targetId: roundId,
    });
    expect(link.status).toBe(201);
    expect(link.body).toMatchObject({
      kind: 'round',
      kindLabel: 'Đợt xét khen thưởng',
      label: 'Xét khen thưởng tổng kết năm 2026',
      progress: 'in_progress',
    });
    const again = await officer.post(`/api/v1/plans/${planId}/tasks/${taskId}/links`, {
      kind: 'round',
      targetId: roundId,
    });
    expect(again.status).toBe(409);

    let task = (await officer.get(`/api/v1/plans/${planId}`)).body.tasks.find((t: { id: string }) => t.id === taskId);
    expect(task.status).toBe('in_progress');
    expect(task.links).toHaveLength(1);

    await d.db.insert(decisions).values({
      tenantId,
      id: crypto.randomUUID(),
      roundId,
      orgId: ward,
      status: 'signed',
      symbol: 'QĐ-UBND',
      year: 2026,
      number: 12,
      numberText: '12/QĐ-UBND',
      decisionDate: '2026-12-15',
      issuer: 'UBND xã',
      content: {},
      createdBy: officerId,
      signedAt: new Date(),
    });
    task = (await officer.get(`/api/v1/plans/${planId}`)).body.tasks.find((t: { id: string }) => t.id === taskId);
    expect(task.status).toBe('done');
    expect(task.links[0].progress).toBe('done');
    const audits = await d.db.select().from(auditLog).where(eq(auditLog.entityId, taskId));
    expect(audits.map((a) => a.action)).toEqual(expect.arrayContaining(['plan.task.link', 'plan.task.status']));
    expect(audits.some((a) => a.summary.includes('theo công việc liên kết'))).toBe(true);
  });

  it('keeps a status set by hand with a note, until the task is linked again', async () => {
    const set = await officer.post(`/api/v1/plans/${planId}/tasks/${taskId}/status`, {
      status: 'in_progress',
      note: 'Còn phải tổ chức trao tặng.',
    });
    expect(set.status).toBe(200);
    let task = (await officer.get(`/api/v1/plans/${planId}`)).body.tasks.find((t: { id: string }) => t.id === taskId);
    expect(task).toMatchObject({ status: 'in_progress', statusSetByHand: true });

    const linkId = task.links[0].id;
    expect((await officer.request('DELETE', `/api/v1/plans/${planId}/tasks/${taskId}/links/${linkId}`)).status).toBe(
      200,
    );
    const relink = await officer.post(`/api/v1/plans/${planId}/tasks/${taskId}/links`, {
      kind: 'round',
      targetId: roundId,
    });
    expect(relink.status).toBe(201);
    task = (await officer.get(`/api/v1/plans/${planId}`)).body.tasks.find((t: { id: string }) => t.id === taskId);
    expect(task).toMatchObject({ status: 'done', statusSetByHand: false });
  });

  it('refuses a link to work out of reach, of an unknown kind, or by a clerk', async () => {
    const unknown = await officer.post(`/api/v1/plans/${planId}/tasks/${taskId}/links`, {
      kind: 'round',
      targetId: crypto.randomUUID(),
    });
    expect(unknown.status).toBe(404);
    // A kind no feature links (the linkable kinds grow as features land: articles, reports…).
    const unknownKind = await officer.post(`/api/v1/plans/${planId}/tasks/${taskId}/links`, {
      kind: 'meeting',
      targetId: roundId,
    });
    expect(unknownKind.status).toBe(400);
    const clerk = new TestClient(app);
    await clerk.signIn('clerk.school', FIXTURE_PASSWORD);
    const denied = await clerk.post(`/api/v1/plans/${planId}/tasks/${taskId}/links`, {
      kind: 'round',
      targetId: roundId,
    });
    expect([403, 404]).toContain(denied.status);
  });

  it('does not call a task late once its linked round is decided, even before the plan is opened', async () => {
    const now = clockNow();
    const yesterday = isoDateInVietnam(new Date(now.getTime() - 86_400_000));
    // Two tasks due yesterday: one linked to a round about to be decided, one to a round still open.
    const newRound = async (name: string) => {
      const id = crypto.randomUUID();
      await d.db.insert(rounds).values({
        tenantId,
        id,
        orgId: ward,
        name,
        kind: 'thematic',
        period: yesterday.slice(0, 4),
        awardCodes: [],
        opensOn: yesterday,
        submitBy: yesterday,
        decisionBy: yesterday,
        status: 'open',
        createdBy: officerId,
      });
      return id;
    };
    const addLinked = async (title: string, round: string) => {
      const add = await officer.post(`/api/v1/plans/${planId}/tasks`, {
        quarter: 'IV',
        title,
        lead: 'Văn phòng',
        partners: [],
        due: yesterday,
      });
      expect(add.status).toBe(201);
      const link = await officer.post(`/api/v1/plans/${planId}/tasks/${add.body.id}/links`, {
        kind: 'round',
        targetId: round,
      });
      expect(link.status).toBe(201);
      return add.body.id as string;
    };
    const decidedRound = await newRound('Khen thưởng chuyên đề đã quyết định');
    const openRound = await newRound('Khen thưởng chuyên đề còn mở');
    const decidedTask = await addLinked('Khen thưởng chuyên đề (đã có quyết định)', decidedRound);
    const openTask = await addLinked('Khen thưởng chuyên đề (chưa có quyết định)', openRound);
    // The decision is signed in the rounds feature; nobody opens the plan afterwards.
    await d.db.insert(decisions).values({
      tenantId,
      id: crypto.randomUUID(),
      roundId: decidedRound,
      orgId: ward,
      status: 'signed',
      symbol: 'QĐ-UBND',
      year: Number(yesterday.slice(0, 4)),
      number: 13,
      numberText: '13/QĐ-UBND',
      decisionDate: yesterday,
      issuer: 'UBND xã',
      content: {},
      createdBy: officerId,
      signedAt: now,
    });
    const overdue = (await officer.get('/api/v1/plans/overdue-tasks')).body.items.map((x: { id: string }) => x.id);
    expect(overdue).toContain(openTask);
    expect(overdue).not.toContain(decidedTask);

    await notifyOverdueTasks(d.db, now, { pauseMs: 0 });
    const told = await d.db.select().from(notifications).where(eq(notifications.kind, 'plan.task.overdue'));
    expect(told.some((n) => n.title.includes('(chưa có quyết định)'))).toBe(true);
    expect(told.some((n) => n.title.includes('(đã có quyết định)'))).toBe(false);
    // The stored status caught up, audited as following the linked work.
    const [stored] = await d.db.select().from(planTasks).where(eq(planTasks.id, decidedTask));
    expect(stored).toMatchObject({ status: 'done', overdueNotifiedFor: null });
    const audits = await d.db.select().from(auditLog).where(eq(auditLog.entityId, decidedTask));
    expect(audits.some((a) => a.action === 'plan.task.status' && a.summary.includes('theo công việc liên kết'))).toBe(
      true,
    );
  });
});
