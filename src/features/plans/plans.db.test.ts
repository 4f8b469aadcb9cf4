// The yearly TĐKT plan on each engine: importing seed 000 as a preview (nothing saved), saving the
// plan with its tasks, status changes with progress notes and their audit, overdue tasks by reach,
// one notice per overdue deadline, and the plan's DOCX and PDF.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import {
  auditLog,
  notifications,
  organisations,
  planTaskNotes,
  planTasks,
  plans,
  roleGrants,
  users,
} from '../../db/schema.js';
import { ENGINES, openTestDatabase } from '../../db/testing/engines.js';
import { FIXTURE_PASSWORD, seedFixture } from '../../db/testing/fixture.js';
import { TestClient } from '../../db/testing/http.js';
import { SEED_FILES, seedBytes } from '../../domain/plans/fixtures/seeds.js';
import { docxText } from '../../documents/nd30/inspect.js';
import { nameSortKey, searchKey } from '../../domain/vi-text/index.js';
import { createApp } from '../../server/app.js';
import type { Actor } from '../../server/policy.js';
import { verifyAuditChain } from '../audit/append.js';
import { listOverdueTasks, notifyOverdueTasks } from './service.js';

const rows = <T>(r: unknown) => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];

/** A raw request with the client's session (for binary downloads). */
async function download(app: ReturnType<typeof createApp>, client: TestClient, path: string) {
  const cookie = (client as unknown as { cookie: string }).cookie;
  const res = await app.request(path, { headers: { cookie } });
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    disposition: res.headers.get('content-disposition') ?? '',
    bytes: Buffer.from(await res.arrayBuffer()),
  };
}

function upload(name: string, bytes: Uint8Array, orgId: string) {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(bytes)], name));
  form.set('orgId', orgId);
  return form;
}

describe.each(ENGINES)('yearly plan on %s', (engine) => {
  let d: Database;
  let app: ReturnType<typeof createApp>;
  let tenantId = '';
  let ward = '';
  let vhxh = '';
  let ids: Record<string, string> = {};
  let officer: TestClient;
  let planId = '';
  let tasks: {
    id: string;
    quarter: string;
    title: string;
    lead: string;
    leadOrgId: string | null;
    status: string;
    overdue: boolean;
    ownerId: string | null;
  }[] = [];

  async function actorOf(username: string): Promise<Actor> {
    const [u] = await d.db.select().from(users).where(eq(users.username, username));
    const grants = await d.db
      .select({ role: roleGrants.role, orgId: roleGrants.orgId })
      .from(roleGrants)
      .where(eq(roleGrants.userId, u!.id));
    return { tenantId, userId: u!.id, username, fullName: u!.fullName, grants };
  }

  beforeAll(async () => {
    d = await openTestDatabase(engine);
    await seedFixture(d.db);
    app = createApp(d, { secureCookies: false, webRoot: null, sessionHours: 1 });
    tenantId = rows<{ id: string }>(await d.db.execute(sql`SELECT id FROM tenants`))[0]!.id;
    ids = Object.fromEntries(
      rows<{ username: string; id: string }>(await d.db.execute(sql`SELECT username, id FROM users`)).map((u) => [
        u.username,
        u.id,
      ]),
    );
    ward = (await d.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.code, 'T.W1')))[0]!
      .id;
    // The ward's office for culture and society, which seed 000 names as 'Phòng Văn hóa - Xã hội phường'.
    vhxh = crypto.randomUUID();
    const name = 'Phòng Văn hóa - Xã hội phường Mường Lay';
    await d.db.insert(organisations).values({
      tenantId,
      id: vhxh,
      parentId: ward,
      type: 'agency',
      code: 'T.W1.VHXH',
      name,
      searchKey: searchKey(name),
      sortKey: nameSortKey(name),
      effectiveFrom: '2025-07-01',
    });
    officer = new TestClient(app);
    await officer.signIn('ward.officer', FIXTURE_PASSWORD);
  });
  afterAll(() => d?.close());

  it('previews seed 000 without saving: 23 tasks, 8/6/2/4 by quarter and 3 regular, leads matched', async () => {
    const res = await officer.request(
      'POST',
      '/api/v1/plans/import-preview',
      upload(SEED_FILES.muongLay, seedBytes('muongLay'), ward),
    );
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(23);
    expect(res.body.counts).toEqual({ I: 8, II: 6, III: 2, IV: 4, regular: 3 });
    expect(
      res.body.tasks.every(
        (t: { lead: string; leadOrgId: string }) => t.lead === 'Phòng Văn hóa - Xã hội phường' && t.leadOrgId === vhxh,
      ),
    ).toBe(true);
    expect(res.body.unknownLeads).toEqual([]);
    expect(await d.db.select().from(plans)).toHaveLength(0);
  });

  it('previews a prose plan (seed 002) with its duties marked for review, and answers a non-plan with the importer’s message, and refuses clerks', async () => {
    const prose = await officer.request(
      'POST',
      '/api/v1/plans/import-preview',
      upload(SEED_FILES.sonLaOffice, seedBytes('sonLaOffice'), ward),
    );
    expect(prose.status).toBe(200);
    expect(prose.body.fromProse).toBe(true);
    expect(prose.body.total).toBe(16);
    expect(prose.body.tasks.every((t: { fromProse: boolean }) => t.fromProse)).toBe(true);
    expect(prose.body.document.sections.map((x: { heading: string }) => x.heading)).toEqual([
      'MỤC ĐÍCH, YÊU CẦU',
      'NỘI DUNG THỰC HIỆN',
      'TỔ CHỨC THỰC HIỆN',
    ]);
    const letter = await officer.request(
      'POST',
      '/api/v1/plans/import-preview',
      upload('thu.txt', new TextEncoder().encode('Kính gửi anh Minh,\nHẹn gặp lại.\n'), ward),
    );
    expect(letter.status).toBe(400);
    expect(letter.body.error.message).toContain('Không tìm thấy nhiệm vụ trong tệp "thu.txt"');
    expect(letter.body.error.fields[0].field).toBe('file');
    const clerk = new TestClient(app);
    await clerk.signIn('clerk.school', FIXTURE_PASSWORD);
    const denied = await clerk.request(
      'POST',
      '/api/v1/plans/import-preview',
      upload(SEED_FILES.muongLay, seedBytes('muongLay'), ward),
    );
    expect(denied.status).toBe(403);
    expect(denied.body.error.message).toContain('kế hoạch thi đua, khen thưởng');
  });

  it('saves the confirmed preview as the 2026 plan, once per organisation and year', async () => {
    const preview = (
      await officer.request(
        'POST',
        '/api/v1/plans/import-preview',
        upload(SEED_FILES.muongLay, seedBytes('muongLay'), ward),
      )
    ).body;
    const body = {
      orgId: ward,
      year: 2026,
      sourceFile: SEED_FILES.muongLay,
      tasks: preview.tasks.map(({ quarter, title, lead, partners, due }: Record<string, unknown>) => ({
        quarter,
        title,
        lead,
        partners,
        due,
      })),
    };
    const res = await officer.post('/api/v1/plans', body);
    expect(res.status).toBe(201);
    planId = res.body.id;
    expect(res.body.title).toBe('Công tác thi đua, khen thưởng trên địa bàn phường Mường Lay năm 2026');
    expect(res.body.issuerLines).toEqual(['ỦY BAN NHÂN DÂN', 'PHƯỜNG MƯỜNG LAY']);
    expect((await officer.post('/api/v1/plans', body)).status).toBe(409);
    const got = (await officer.get(`/api/v1/plans/${planId}`)).body;
    tasks = got.tasks;
    expect(tasks).toHaveLength(23);
    expect(got.counts).toEqual({ I: 8, II: 6, III: 2, IV: 4, regular: 3 });
    expect(tasks.every((t) => t.leadOrgId === vhxh && t.status === 'not_started')).toBe(true);
    expect(got.canManage).toBe(true);
    const [audit] = await d.db.select().from(auditLog).where(eq(auditLog.action, 'plan.create'));
    expect(audit!.summary).toContain('23 nhiệm vụ');
    // Listed for readers of the ward; not for the clinic's clerk, who reads only the clinic.
    expect((await officer.get('/api/v1/plans?year=2026')).body.items.map((p: { id: string }) => p.id)).toEqual([
      planId,
    ]);
    const clinic = new TestClient(app);
    await clinic.signIn('clerk.clinic', FIXTURE_PASSWORD);
    expect((await clinic.get('/api/v1/plans')).body.items).toEqual([]);
    expect((await clinic.get(`/api/v1/plans/${planId}`)).status).toBe(404);
  });

  it('edits sections and tasks, adds and reorders tasks, each change audited', async () => {
    const sections = [
      { heading: 'MỤC ĐÍCH, YÊU CẦU', paragraphs: ['Phát huy truyền thống yêu nước.'], subsections: [] },
      { heading: 'TỔ CHỨC THỰC HIỆN', paragraphs: ['Các đơn vị triển khai.'], subsections: [] },
    ];
    const patched = await officer.patch(`/api/v1/plans/${planId}`, {
      sections,
      number: '15',
      signerName: 'Nguyễn Đạt Long',
    });
    expect(patched.status).toBe(200);
    expect(patched.body.sections).toEqual(sections);
    const bad = await officer.patch(`/api/v1/plans/${planId}`, { sections: [{ heading: '' }] });
    expect(bad.status).toBe(400);
    const added = await officer.post(`/api/v1/plans/${planId}/tasks`, {
      quarter: 'IV',
      title: 'Tổng kết Kế hoạch năm 2026',
      lead: 'Văn phòng HĐND và UBND',
      partners: [],
      due: '15/12/2026',
    });
    expect(added.status).toBe(201);
    const edit = await officer.patch(`/api/v1/plans/${planId}/tasks/${tasks[0]!.id}`, {
      ownerId: ids['clerk.school'],
      due: '2026-02-15',
    });
    expect(edit.status).toBe(200);
    const outsider = await officer.patch(`/api/v1/plans/${planId}/tasks/${tasks[0]!.id}`, {
      ownerId: crypto.randomUUID(),
    });
    expect(outsider.status).toBe(400);
    const all = (await officer.get(`/api/v1/plans/${planId}`)).body.tasks as {
      id: string;
      title: string;
      due: string | null;
      ownerName: string | null;
    }[];
    expect(all).toHaveLength(24);
    expect(all[0]).toMatchObject({ due: '2026-02-15', ownerName: 'Văn thư trường' });
    const order = [all[23]!.id, ...all.slice(0, 23).map((t) => t.id)];
    expect((await officer.post(`/api/v1/plans/${planId}/tasks/reorder`, { taskIds: order })).status).toBe(200);
    expect((await officer.post(`/api/v1/plans/${planId}/tasks/reorder`, { taskIds: order.slice(1) })).status).toBe(400);
    expect(((await officer.get(`/api/v1/plans/${planId}`)).body.tasks as { id: string }[])[0]!.id).toBe(added.body.id);
    const actions = (await d.db.select({ a: auditLog.action }).from(auditLog)).map((r) => r.a);
    expect(actions).toEqual(
      expect.arrayContaining(['plan.update', 'plan.task.create', 'plan.task.update', 'plan.task.reorder']),
    );
  });

  it('sets a task’s status with a progress note, kept with who and when, and audited', async () => {
    const task = tasks[1]!;
    const r = await officer.post(`/api/v1/plans/${planId}/tasks/${task.id}/status`, {
      status: 'done',
      note: 'Đã ban hành Kế hoạch số 15/KH-UBND.',
    });
    expect(r.status).toBe(200);
    expect((await officer.post(`/api/v1/plans/${planId}/tasks/${task.id}/status`, { status: 'done' })).status).toBe(
      400,
    );
    expect(
      (await officer.post(`/api/v1/plans/${planId}/tasks/${task.id}/status`, { note: 'Đã gửi các đơn vị.' })).status,
    ).toBe(200);
    // The owner (a school clerk without plan.manage) may report on her task, not on others.
    const clerk = new TestClient(app);
    await clerk.signIn('clerk.school', FIXTURE_PASSWORD);
    expect(
      (
        await clerk.post(`/api/v1/plans/${planId}/tasks/${tasks[0]!.id}/status`, {
          status: 'in_progress',
          note: 'Đang tổng hợp hồ sơ.',
        })
      ).status,
    ).toBe(200);
    expect((await clerk.post(`/api/v1/plans/${planId}/tasks/${task.id}/status`, { note: 'x' })).status).toBe(403);
    const got = (await officer.get(`/api/v1/plans/${planId}`)).body;
    const notes = got.notes.filter((n: { taskId: string }) => n.taskId === task.id);
    expect(
      notes.map((n: { note: string; authorName: string; toStatus: string | null }) => [
        n.note,
        n.authorName,
        n.toStatus,
      ]),
    ).toEqual([
      ['Đã ban hành Kế hoạch số 15/KH-UBND.', 'Công chức VHXH phường', 'done'],
      ['Đã gửi các đơn vị.', 'Công chức VHXH phường', null],
    ]);
    expect(got.tasks.find((t: { id: string }) => t.id === task.id).status).toBe('done');
    const audit = await d.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'plan.task.status'), eq(auditLog.entityId, task.id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.before).toEqual({ status: 'not_started' });
    expect(audit[0]!.after).toEqual({ status: 'done', note: 'Đã ban hành Kế hoạch số 15/KH-UBND.' });
    expect(await d.db.select().from(planTaskNotes)).toHaveLength(3);
    expect((await verifyAuditChain(d.db, tenantId)).ok).toBe(true);
  });

  it('lists overdue tasks for the organisations the user may read', async () => {
    const july = new Date('2026-07-15T03:00:00Z');
    const viewer = await listOverdueTasks({ db: d.db, actor: await actorOf('viewer'), now: july });
    // Quarter I (8, one done) and II (6) are past their quarter's end; the first task is due 15/02.
    expect(viewer.total).toBe(13);
    expect(viewer.items[0]).toMatchObject({
      id: tasks[0]!.id,
      deadline: '2026-02-15',
      overdue: true,
      orgName: 'Phường Mường Lay',
    });
    expect(viewer.items.every((t) => t.quarter === 'I' || t.quarter === 'II')).toBe(true);
    const clinic = await listOverdueTasks({ db: d.db, actor: await actorOf('clerk.clinic'), now: july });
    expect(clinic.total).toBe(0);
    expect(
      (await listOverdueTasks({ db: d.db, actor: await actorOf('viewer'), now: new Date('2026-03-01T03:00:00Z') }))
        .total,
    ).toBe(1);
  });

  it('notifies owners once when a task becomes overdue, and records the notice', async () => {
    const july = new Date('2026-07-15T03:00:00Z');
    const first = await notifyOverdueTasks(d.db, july);
    expect(first.notified).toBe(13);
    expect((await notifyOverdueTasks(d.db, july)).notified).toBe(0);
    expect((await notifyOverdueTasks(d.db, new Date('2026-07-16T03:00:00Z'))).notified).toBe(0);
    const toClerk = await d.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, ids['clerk.school']), eq(notifications.kind, 'plan.task.overdue')));
    expect(toClerk).toHaveLength(1);
    expect(toClerk[0]!.link).toBe(`/ke-hoach/${planId}`);
    // Tasks with no owner go to the plan officers of the plan's own organisation (the ward officer),
    // not to every officer above it (the province officer and admin are not told of a ward's tasks).
    const toWard = await d.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, ids['ward.officer']), eq(notifications.kind, 'plan.task.overdue')));
    expect(toWard).toHaveLength(12);
    for (const above of ['officer', 'admin'])
      expect(
        await d.db
          .select()
          .from(notifications)
          .where(and(eq(notifications.userId, ids[above]!), eq(notifications.kind, 'plan.task.overdue'))),
      ).toHaveLength(0);
    const [told] = await d.db.select().from(planTasks).where(eq(planTasks.id, tasks[0]!.id));
    expect(told!.overdueNotifiedFor).toBe('2026-02-15');
    expect(told!.overdueNotifiedAt?.toISOString()).toBe(july.toISOString());
    // A new deadline that passes again is a new notice (with the two tasks of quarter III); done tasks are never chased.
    await officer.patch(`/api/v1/plans/${planId}/tasks/${tasks[0]!.id}`, { due: '2026-08-31' });
    expect((await notifyOverdueTasks(d.db, new Date('2026-10-02T03:00:00Z'))).notified).toBe(3);
    const audit = await d.db.select().from(auditLog).where(eq(auditLog.action, 'plan.task.overdue_notice'));
    expect(audit).toHaveLength(2);
    expect(audit[0]!.actorUserId).toBeNull();
  });

  it('downloads the plan as DOCX in the official layout, and as PDF', async () => {
    const docx = await download(app, officer, `/api/v1/plans/${planId}/docx`);
    expect(docx.status).toBe(200);
    expect(docx.type).toContain('wordprocessingml');
    expect(decodeURIComponent(docx.disposition)).toContain('Kế hoạch thi đua, khen thưởng năm 2026.docx');
    const text = await docxText(docx.bytes);
    expect(text).toContain('Số: 15/KH-UBND');
    expect(text).toContain('ỦY BAN NHÂN DÂN');
    expect(text).toContain('KẾ HOẠCH');
    expect(text).toContain('NHIỆM VỤ THỰC HIỆN TRONG QUÝ I');
    expect(text).toContain('NHIỆM VỤ THỰC HIỆN THƯỜNG XUYÊN TRONG NĂM 2026');
    expect(text).toContain(tasks[2]!.title);
    expect(text).toContain('Phòng Văn hóa - Xã hội phường');
    expect(text).toContain('Tổng kết Kế hoạch năm 2026');
    expect(text).toContain('15/12/2026');
    expect(text).toContain('Nguyễn Đạt Long');
    const pdf = await download(app, officer, `/api/v1/plans/${planId}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('keeps the whole imported plan (seed 000) and prints its paragraphs back in the DOCX', async () => {
    const preview = (
      await officer.request(
        'POST',
        '/api/v1/plans/import-preview',
        upload(SEED_FILES.muongLay, seedBytes('muongLay'), vhxh),
      )
    ).body;
    const res = await officer.post('/api/v1/plans', {
      orgId: vhxh,
      year: 2026,
      sourceFile: SEED_FILES.muongLay,
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
    expect(res.body.bases).toHaveLength(3);
    expect(res.body.sections.map((x: { heading: string }) => x.heading)).toEqual([
      'MỤC ĐÍCH, YÊU CẦU',
      'NHIỆM VỤ TRỌNG TÂM NĂM 2026',
      'TỔ CHỨC THỰC HIỆN',
    ]);
    expect(res.body.pendingMonth).toBe(1);
    expect(res.body.signerName).toBe('Nguyễn Đạt Long');
    const docx = await download(app, officer, `/api/v1/plans/${res.body.id}/docx`);
    expect(docx.status).toBe(200);
    const text = (await docxText(docx.bytes)).replace(/\s+/gu, ' ');
    const paragraphs: string[] = [
      ...preview.document.bases,
      preview.document.intro,
      preview.document.closing,
      ...preview.document.sections.flatMap(
        (x: { heading: string; paragraphs: string[]; subsections: { heading: string; paragraphs: string[] }[] }) => [
          x.heading,
          ...x.paragraphs,
          ...x.subsections.flatMap((u) => [u.heading, ...u.paragraphs]),
        ],
      ),
    ];
    expect(paragraphs.length).toBeGreaterThan(25);
    for (const p of paragraphs) expect(text).toContain(p.replace(/\s+/gu, ' '));
    expect(text).toContain('1.1. Tiếp tục hưởng ứng và tăng cường giải pháp tổ chức có hiệu quả');
    expect(text).toContain('đồng thời gắn trách nhệm của người đứng đầu cơ quan');

    // The plans list pages in SQL: two plans of 2026 now, one per page, newest year then organisation.
    const p1 = (await officer.get('/api/v1/plans?year=2026&pageSize=1')).body;
    const p2 = (await officer.get('/api/v1/plans?year=2026&pageSize=1&page=2')).body;
    expect([p1.total, p1.items.length, p2.items.length]).toEqual([2, 1, 1]);
    expect(new Set([p1.items[0].id, p2.items[0].id])).toEqual(new Set([planId, res.body.id]));
    const byOrg = (await officer.get('/api/v1/plans?sort=org')).body;
    expect(byOrg.items.map((x: { id: string }) => x.id)).toHaveLength(2);
  });

  it('copies a plan to the next year once: sections and tasks carried, dates a year on, statuses and links not', async () => {
    const before = (await officer.get(`/api/v1/plans/${planId}`)).body;
    expect(before.tasks.some((x: { status: string }) => x.status !== 'not_started')).toBe(true);
    const res = await officer.post(`/api/v1/plans/${planId}/copy-next-year`, {});
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ year: 2027, status: 'draft', number: null, issuedOn: null, orgId: ward });
    expect(res.body.title).toContain('năm 2027');
    expect(res.body.bases).toEqual(before.plan.bases);
    expect(res.body.sections.map((x: { heading: string }) => x.heading)).toEqual(
      before.plan.sections.map((x: { heading: string }) => x.heading.replace('NĂM 2026', 'NĂM 2027')),
    );
    const next = (await officer.get(`/api/v1/plans/${res.body.id}`)).body;
    const carried = before.tasks.filter((x: { status: string }) => x.status !== 'cancelled');
    expect(next.tasks.map((x: { title: string }) => x.title)).toEqual(
      carried.map((x: { title: string }) =>
        x.title.replaceAll('/2026', '/2027').replace(/năm (2025|2026)/gu, (_, y) => `năm ${Number(y) + 1}`),
      ),
    );
    // Last year's review in this year's plan is this year's review in next year's.
    expect(next.tasks.map((x: { title: string }) => x.title)).toContain(
      'Ban hành Báo cáo tổng kết thi đua, khen thưởng năm 2026, phương hướng nhiệm vụ trọng tâm năm 2027 của cụm gửi tỉnh',
    );
    expect(new Set(next.tasks.map((x: { status: string }) => x.status))).toEqual(new Set(['not_started']));
    expect(next.tasks.every((x: { links: unknown[] }) => x.links.length === 0)).toBe(true);
    expect(next.notes).toEqual([]);
    for (const [i, t] of next.tasks.entries())
      expect(t.due).toBe(carried[i].due ? carried[i].due.replace(/^2026/, '2027') : null);
    const audit = await d.db.select().from(auditLog).where(eq(auditLog.entityId, res.body.id));
    expect(audit.map((a) => a.action)).toEqual(['plan.copy_next_year']);

    // Twice into the same year: refused with a message naming the year, nothing written.
    const again = await officer.post(`/api/v1/plans/${planId}/copy-next-year`, {});
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('PLAN_NEXT_YEAR_EXISTS');
    expect(again.body.error.message).toContain('đã có kế hoạch công tác thi đua, khen thưởng năm 2027');
    expect((await officer.get('/api/v1/plans?year=2027')).body.total).toBe(1);

    // A clerk may not copy.
    const clerk = new TestClient(app);
    await clerk.signIn('clerk.school', FIXTURE_PASSWORD);
    expect([403, 404]).toContain((await clerk.post(`/api/v1/plans/${planId}/copy-next-year`, {})).status);
  });

  it('moves a 29/02 due date to 28/02 when the next year is not a leap year', async () => {
    const leap = await officer.post('/api/v1/plans', {
      orgId: vhxh,
      year: 2028,
      tasks: [{ quarter: 'I', title: 'Sơ kết thi đua tháng 2', lead: 'Văn phòng', partners: [], due: '2028-02-29' }],
    });
    expect(leap.status).toBe(201);
    const res = await officer.post(`/api/v1/plans/${leap.body.id}/copy-next-year`, {});
    expect(res.status).toBe(201);
    const next = (await officer.get(`/api/v1/plans/${res.body.id}`)).body;
    expect(next.tasks.map((x: { due: string }) => x.due)).toEqual(['2029-02-28']);
  });
});
