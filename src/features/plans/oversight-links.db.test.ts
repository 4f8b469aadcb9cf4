// Plan tasks fulfilled by the oversight work and by reports (issues 13 item 5 and 14 item 3), and
// that work in the annual report's figures. The ward's plan has one task per kind: an inspection
// of the ward (done once its conclusion is issued), a training course (done once held with
// attendees), a conference (done once held) and the ward's six-month report (done once sent up).
// A status set by hand stays until the task is linked again; work the officer cannot read is
// refused; the overdue list follows the work without the plan being opened. The report of the
// ward's subtree then counts the inspections, courses, conferences and petitions from their records.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { petitions } from '../../db/schema.js';
import { docxText } from '../../documents/nd30/inspect.js';
import { ENGINES } from '../../db/testing/engines.js';
import { fixtureApp, rowsOf } from '../../db/testing/frame.js';
import type { TestClient } from '../../db/testing/http.js';
import { reportPeriod } from '../../domain/reports/annual.js';
import { isoDateInVietnam } from '../../domain/vi-text/index.js';
import { now } from '../../server/clock.js';
import { newPetitionCode } from '../petitions/repository.js';

interface Task {
  id: string;
  title: string;
  status: string;
  statusSetByHand: boolean;
  links: {
    id: string;
    kind: string;
    label: string;
    progress: string | null;
    stateLabel: string | null;
    page: string;
  }[];
}

describe.each(ENGINES)('plan tasks fulfilled by oversight work and reports on %s', (engine) => {
  const f = fixtureApp(engine);
  const today = isoDateInVietnam(now());
  const year = Number(today.slice(0, 4));
  const yesterday = isoDateInVietnam(new Date(now().getTime() - 86_400_000));
  // The TĐKT reporting period (01/12 of the year before to 30/11) that holds today.
  const reportYear = reportPeriod(year, 'year').to >= today ? year : year + 1;
  let ward: TestClient;
  let province: TestClient;
  let planId = '';
  const task: Record<'inspection' | 'training' | 'conference' | 'report', string> = {
    inspection: '',
    training: '',
    conference: '',
    report: '',
  };
  const work = { inspection: '', training: '', conference: '', report: '' };
  const otherWork = { training: '', report: '', inspection: '' };

  const tasks = async (): Promise<Task[]> => (await ward.get(`/api/v1/plans/${planId}`)).body.tasks;
  const taskOf = async (id: string) => (await tasks()).find((t) => t.id === id)!;
  const link = (taskId: string, kind: string, targetId: string) =>
    ward.post(`/api/v1/plans/${planId}/tasks/${taskId}/links`, { kind, targetId });

  beforeAll(async () => {
    ward = await f.as('ward.officer');
    province = await f.as('officer');
    const made = await ward.post('/api/v1/plans', {
      orgId: f.orgs['T.W1'],
      year,
      tasks: [
        { quarter: 'regular', title: 'Phối hợp kiểm tra công tác thi đua, khen thưởng', lead: '', due: yesterday },
        { quarter: 'regular', title: 'Tập huấn nghiệp vụ cho cán bộ làm công tác thi đua', lead: '' },
        { quarter: 'regular', title: 'Tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng', lead: '' },
        { quarter: 'regular', title: 'Báo cáo sơ kết 6 tháng công tác thi đua, khen thưởng', lead: '' },
      ],
    });
    expect(made.status).toBe(201);
    planId = made.body.id;
    const created = await tasks();
    const byTitle = (s: string) => created.find((t) => t.title.includes(s))!.id;
    task.inspection = byTitle('kiểm tra');
    task.training = byTitle('Tập huấn');
    task.conference = byTitle('Hội nghị');
    task.report = byTitle('sơ kết 6 tháng');

    // The province inspects the ward (and, for the refusal, the commune the ward cannot read).
    const plan = (target: string) => ({
      orgId: f.orgs.T,
      targetOrgId: f.orgs[target],
      year,
      plannedFrom: `${year}-01-01`,
      plannedTo: `${year}-12-31`,
      subject: 'Việc triển khai phong trào thi đua và hồ sơ đề nghị khen thưởng',
    });
    work.inspection = (await province.post('/api/v1/inspections', plan('T.W1'))).body.id;
    otherWork.inspection = (await province.post('/api/v1/inspections', plan('T.C2'))).body.id;
    // The ward's own course and conference; a course of the commune.
    const course = (orgId: string, invited: string[]) => ({
      orgId,
      title: 'Tập huấn nghiệp vụ thi đua, khen thưởng cho cán bộ cơ sở',
      content: 'Luật Thi đua, khen thưởng 2022 và hồ sơ đề nghị khen thưởng.',
      fromDate: today,
      toDate: today,
      trainers: ['Nguyễn Văn Giảng'],
      invitedOrgIds: invited,
    });
    work.training = (await ward.post('/api/v1/trainings', course(f.orgs['T.W1'], [f.orgs['T.W1.SCH']]))).body.id;
    otherWork.training = (await province.post('/api/v1/trainings', course(f.orgs['T.C2'], []))).body.id;
    work.conference = (
      await ward.post('/api/v1/conferences', {
        orgId: f.orgs['T.W1'],
        kind: 'tong_ket',
        title: `Hội nghị tổng kết công tác thi đua, khen thưởng năm ${year}`,
        heldOn: today,
      })
    ).body.id;
    // The ward's six-month report saved once (a draft); the commune's too, by the province.
    const save = async (client: TestClient, org: string) => {
      const r = (await client.get(`/api/v1/reports/period?year=${year}&kind=half&orgId=${f.orgs[org]}`)).body;
      const saved = await client.request('PUT', '/api/v1/reports/period/narrative', {
        year,
        kind: 'half',
        orgId: f.orgs[org],
        version: 0,
        narrative: r.narrative,
      });
      expect(saved.status).toBe(200);
      return saved.body.id as string;
    };
    work.report = await save(ward, 'T.W1');
    otherWork.report = await save(province, 'T.C2');
  });

  it('lists the stored reports the officer may read for the link picker', async () => {
    const mine = await ward.get(`/api/v1/reports/period/list?year=${year}`);
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((r: { id: string }) => r.id)).toEqual([work.report]);
    expect(mine.body.items[0]).toMatchObject({
      label: `Báo cáo sơ kết 6 tháng đầu năm ${year} — Phường Mường Lay`,
      status: 'draft',
      statusLabel: 'Đang soạn, chưa gửi',
    });
    expect((await province.get('/api/v1/reports/period/list')).body.total).toBe(2);
  });

  it('refuses to link a task to work the officer cannot read, and an unknown kind', async () => {
    for (const [kind, id] of [
      ['training', otherWork.training],
      ['report', otherWork.report],
      ['inspection', otherWork.inspection],
      ['conference', crypto.randomUUID()],
    ] as const) {
      const res = await link(task.training, kind, id);
      expect([403, 404]).toContain(res.status);
    }
    const bad = await link(task.training, 'petition', work.training);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message + JSON.stringify(bad.body.error.fields)).toContain('lớp tập huấn');
    expect((await taskOf(task.training)).links).toEqual([]);
  });

  it('an inspection task is under way once the visit is recorded and done once the conclusion is issued', async () => {
    const linked = await link(task.inspection, 'inspection', work.inspection);
    expect(linked.status).toBe(201);
    expect(linked.body).toMatchObject({
      kindLabel: 'Kiểm tra',
      label: 'Việc triển khai phong trào thi đua và hồ sơ đề nghị khen thưởng — Phường Mường Lay',
      progress: 'not_started',
      stateLabel: 'Trong kế hoạch',
      page: `/kiem-tra/${work.inspection}`,
    });
    expect((await ward.get('/api/v1/plans/overdue-tasks')).body.items.map((x: { id: string }) => x.id)).toContain(
      task.inspection,
    );
    const recorded = await province.request('PUT', `/api/v1/inspections/${work.inspection}/record`, {
      heldOn: today,
      team: [{ userId: f.users.officer, name: 'x', position: 'Trưởng ban', role: 'leader' }],
      findings: 'Phường đã ban hành kế hoạch thi đua năm.',
    });
    expect(recorded.status).toBe(200);
    expect((await taskOf(task.inspection)).status).toBe('in_progress');
    await province.post(`/api/v1/inspections/${work.inspection}/recommendations`, {
      text: 'Bổ sung biên bản họp Hội đồng Thi đua - Khen thưởng',
      dueDate: `${year + 1}-03-31`,
    });
    const concluded = await province.post(`/api/v1/inspections/${work.inspection}/conclusion`, {
      conclusion: 'Phường thực hiện cơ bản đúng quy định.',
    });
    expect(concluded.status).toBe(200);
    // The overdue list reads the work itself: no longer late, before anyone opens the plan.
    expect((await ward.get('/api/v1/plans/overdue-tasks')).body.items.map((x: { id: string }) => x.id)).not.toContain(
      task.inspection,
    );
    const t = await taskOf(task.inspection);
    expect(t.status).toBe('done');
    expect(t.links[0]).toMatchObject({ progress: 'done', stateLabel: 'Đã có kết luận, theo dõi kiến nghị' });
  });

  it('a training task set by hand keeps its status after the course is held, until linked again', async () => {
    expect((await link(task.training, 'training', work.training)).status).toBe(201);
    expect((await taskOf(task.training)).status).toBe('not_started');
    const set = await ward.post(`/api/v1/plans/${planId}/tasks/${task.training}/status`, {
      status: 'in_progress',
      note: 'Đang mời giảng viên của tỉnh.',
    });
    expect(set.status).toBe(200);
    await ward.post(`/api/v1/trainings/${work.training}/participants`, {
      personIds: [f.people['Nguyễn Văn An'], f.people['Trần Thị Bình']],
    });
    const held = await ward.post(`/api/v1/trainings/${work.training}/attendance`, {
      marks: [
        { personId: f.people['Nguyễn Văn An'], attended: true },
        { personId: f.people['Trần Thị Bình'], attended: true },
      ],
    });
    expect(held.body).toMatchObject({ status: 'held', attended: 2 });
    let t = await taskOf(task.training);
    expect(t).toMatchObject({ status: 'in_progress', statusSetByHand: true });
    expect(t.links[0]).toMatchObject({ progress: 'done', stateLabel: 'Đã tổ chức, 2 người tham dự' });

    const relinked = await ward.request(
      'DELETE',
      `/api/v1/plans/${planId}/tasks/${task.training}/links/${t.links[0].id}`,
    );
    expect(relinked.status).toBe(200);
    expect((await link(task.training, 'training', work.training)).status).toBe(201);
    t = await taskOf(task.training);
    expect(t).toMatchObject({ status: 'done', statusSetByHand: false });
  });

  it('a conference task is done once the conference is held', async () => {
    const linked = await link(task.conference, 'conference', work.conference);
    expect(linked.body).toMatchObject({
      kindLabel: 'Hội nghị',
      progress: 'not_started',
      page: `/hoi-nghi/${work.conference}`,
    });
    const invited = await ward.post(`/api/v1/conferences/${work.conference}/invitees`, {
      orgIds: [f.orgs['T.W1.SCH']],
    });
    const held = await ward.post(`/api/v1/conferences/${work.conference}/attendance`, {
      marks: [{ inviteeId: invited.body.inviteeList[0].id, attended: true }],
    });
    expect(held.body.status).toBe('held');
    expect((await taskOf(task.conference)).status).toBe('done');
  });

  it('a report task is under way while the draft is kept and done once the ward sends it up', async () => {
    const linked = await link(task.report, 'report', work.report);
    expect(linked.body).toMatchObject({
      kindLabel: 'Báo cáo',
      label: `Báo cáo sơ kết 6 tháng đầu năm ${year} — Phường Mường Lay`,
      progress: 'in_progress',
      stateLabel: 'Đang soạn, chưa gửi',
      page: `/bao-cao/tong-ket?nam=${year}&donvi=${f.orgs['T.W1']}&ky=half`,
    });
    expect((await taskOf(task.report)).status).toBe('in_progress');
    const sent = await ward.post('/api/v1/reports/period/submit', { year, kind: 'half', orgId: f.orgs['T.W1'] });
    expect(sent.status).toBe(200);
    const t = await taskOf(task.report);
    expect(t.status).toBe('done');
    expect(t.links[0].stateLabel).toBe('Đã gửi cấp trên');
    const audits = rowsOf<{ n: number }>(
      await f.db.execute(
        sql`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = ${task.report} AND action = 'plan.task.status'`,
      ),
    );
    expect(Number(audits[0]!.n)).toBeGreaterThan(0);
  });

  it('counts the oversight work of the ward’s subtree in its annual report, from the records', async () => {
    // Petitions received by the ward: one answered, one not accepted, one being handled; one by the commune.
    const petition = (orgId: string, status: 'accepted' | 'answered' | 'rejected') => ({
      tenantId: f.tenantId,
      id: crypto.randomUUID(),
      orgId,
      trackingCode: newPetitionCode(),
      kind: 'complaint' as const,
      channel: 'paper' as const,
      status,
      title: 'Khiếu nại về kết quả bình xét',
      content: 'Đề nghị xem xét lại kết quả bình xét danh hiệu.',
      receivedOn: today,
      dueDate: today,
      closedOn: status === 'accepted' ? null : today,
    });
    await f.db
      .insert(petitions)
      .values([
        petition(f.orgs['T.W1'], 'answered'),
        petition(f.orgs['T.W1'], 'rejected'),
        petition(f.orgs['T.W1.SCH'], 'accepted'),
        petition(f.orgs['T.C2'], 'answered'),
      ]);
    const report = async (y: number) =>
      (await ward.get(`/api/v1/reports/period?year=${y}&kind=year&orgId=${f.orgs['T.W1']}`)).body.figures.oversight;
    const o = await report(reportYear);
    expect(o.trainings).toEqual({ planned: 1, held: 1, attendees: 2 });
    expect(o.conferences).toEqual({ total: 1, soKet: 0, tongKet: 1, cluster: 0, ceremony: 0 });
    expect(o.petitions).toEqual({ received: 3, settled: 1, notAccepted: 1, pending: 1 });
    // The inspections of the year's plan (the commune's is outside the ward's subtree).
    expect((await report(year)).inspections).toEqual({
      planned: 1,
      conducted: 1,
      concluded: 1,
      recommendations: 1,
      openRecommendations: 1,
    });
    // The province's report counts both units' work.
    const all = (await province.get(`/api/v1/reports/period?year=${reportYear}&kind=year&orgId=${f.orgs.T}`)).body
      .figures.oversight;
    expect(all.trainings.planned).toBe(2);
    expect(all.petitions.received).toBe(4);
    // And the Word export prints them.
    const res = await f.app.request(
      `/api/v1/reports/period/export?year=${reportYear}&kind=year&orgId=${f.orgs['T.W1']}&format=docx`,
      { headers: { cookie: (ward as unknown as { cookie: string }).cookie } },
    );
    expect(res.status).toBe(200);
    const text = await docxText(new Uint8Array(await res.arrayBuffer()));
    expect(text).toContain('đã tổ chức 1 lớp (trong số 1 lớp theo kế hoạch) với 2 lượt người tham dự');
    expect(text).toContain('tiếp nhận 3 đơn');
  });
});
