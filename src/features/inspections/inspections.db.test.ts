// Inspections on each engine: the year's plan, the visit's record with its team, recommendations
// followed up to their end, the conclusion, the biên bản and kết luận as DOCX, and a pending matter
// opened for a named person that withholds their awards in eligibility until it is settled.
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema.js';
import { docxText } from '../../documents/nd30/inspect.js';
import { ENGINES } from '../../db/testing/engines.js';
import { fixtureApp } from '../../db/testing/frame.js';
import { isoDateInVietnam } from '../../domain/vi-text/index.js';
import { now } from '../../server/clock.js';
import { loadActor } from '../../server/session.js';
import { countInspectionsByYear, isInspectionDone } from './repository.js';
import { inspectionDocument } from './service.js';

describe.each(ENGINES)('inspections on %s', (engine) => {
  const f = fixtureApp(engine);
  const today = isoDateInVietnam(now());
  const year = Number(today.slice(0, 4));
  let id = '';
  let officerUserId = '';

  beforeAll(async () => {
    officerUserId = f.users.officer;
  });

  const plan = (target: string, extra: Record<string, unknown> = {}) => ({
    orgId: f.orgs.T,
    targetOrgId: f.orgs[target],
    year,
    plannedFrom: `${year}-01-01`,
    plannedTo: `${year}-12-31`,
    subject: 'Việc triển khai phong trào thi đua; hồ sơ, thủ tục đề nghị khen thưởng năm trước',
    ...extra,
  });

  it('plans inspections of units under the inspecting body only, for the officer only', async () => {
    const officer = await f.as('officer');
    const made = await officer.post('/api/v1/inspections', plan('T.W1'));
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ status: 'planned', targetOrgName: 'Phường Mường Lay', canManage: true });
    id = made.body.id;
    expect((await officer.post('/api/v1/inspections', plan('T.W1.SCH'))).status).toBe(201);

    const wrongYear = await officer.post('/api/v1/inspections', plan('T.C2', { plannedTo: `${year + 1}-01-05` }));
    expect(wrongYear.status).toBe(400);
    expect(wrongYear.body.error.fields[0].message).toContain(`năm kế hoạch ${year}`);
    const self = await officer.post('/api/v1/inspections', plan('T'));
    expect(self.status).toBe(400);
    expect(self.body.error.fields[0].field).toBe('targetOrgId');
    const clerk = await f.as('clerk.school');
    expect((await clerk.post('/api/v1/inspections', { ...plan('T.W1.SCH'), orgId: f.orgs['T.W1.SCH'] })).status).toBe(
      403,
    );
  });

  it('lists the plan as {items} filtered and paged on the server, within what the reader may see', async () => {
    const officer = await f.as('officer');
    const all = await officer.get(`/api/v1/inspections?year=${year}`);
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(2);
    expect(all.body.items.map((i: { targetOrgName: string }) => i.targetOrgName).sort()).toEqual([
      'Phường Mường Lay',
      'Trường THCS Mường Lay',
    ]);
    const paged = await officer.get(`/api/v1/inspections?year=${year}&pageSize=1&page=2`);
    expect(paged.body.items).toHaveLength(1);
    expect(paged.body.total).toBe(2);
    expect((await officer.get(`/api/v1/inspections?year=${year - 1}`)).body.items).toEqual([]);
    expect((await officer.get(`/api/v1/inspections?status=closed`)).body.total).toBe(0);
    // The school's clerk sees the inspection of the school, not the ward's.
    const clerk = await f.as('clerk.school');
    const mine = await clerk.get('/api/v1/inspections');
    expect(mine.body.items.map((i: { targetOrgName: string }) => i.targetOrgName)).toEqual(['Trường THCS Mường Lay']);
    expect((await clerk.get(`/api/v1/inspections/${id}`)).status).toBe(404);
    const bad = await officer.get('/api/v1/inspections?year=abc');
    expect(bad.status).toBe(400);
  });

  it('records the visit with its team, adds recommendations and issues the conclusion', async () => {
    const officer = await f.as('officer');
    expect((await officer.post(`/api/v1/inspections/${id}/conclusion`, { conclusion: 'x' })).status).toBe(409);
    const noLeader = await officer.request('PUT', `/api/v1/inspections/${id}/record`, {
      heldOn: today,
      team: [{ name: 'Nguyễn Văn Kiểm', role: 'member' }],
      findings: 'x',
    });
    expect(noLeader.status).toBe(400);
    const rec = await officer.request('PUT', `/api/v1/inspections/${id}/record`, {
      heldOn: today,
      place: 'Trụ sở UBND phường Mường Lay',
      team: [
        { userId: officerUserId, name: 'ignored', position: 'Trưởng ban Thi đua - Khen thưởng', role: 'leader' },
        { name: 'Lò Thị Mai', position: 'Chuyên viên', role: 'secretary' },
      ],
      findings: 'Phường đã ban hành kế hoạch thi đua năm.\nHồ sơ đề nghị khen thưởng còn thiếu biên bản họp Hội đồng.',
      unitRepresentative: 'Quàng Văn Sơn',
    });
    expect(rec.status).toBe(200);
    expect(rec.body.status).toBe('conducted');
    expect(rec.body.team[0]).toMatchObject({ name: 'Cán bộ thường trực', roleLabel: 'Trưởng đoàn' });
    const due = `${year + 1}-03-31`;
    const withRec = await officer.post(`/api/v1/inspections/${id}/recommendations`, {
      text: 'Bổ sung biên bản họp Hội đồng Thi đua - Khen thưởng vào hồ sơ',
      dueDate: due,
    });
    expect(withRec.body.recommendations).toEqual([
      expect.objectContaining({ dueDate: due, state: 'open', doneOn: null }),
    ]);
    expect(withRec.body.openRecommendations).toBe(1);
    const concluded = await officer.post(`/api/v1/inspections/${id}/conclusion`, {
      conclusion: 'Phường thực hiện cơ bản đúng quy định; cần khắc phục thiếu sót về hồ sơ.',
    });
    expect(concluded.body).toMatchObject({ status: 'concluded', concludedOn: today });
    expect(await isInspectionDone(f.db, f.tenantId, id)).toBe(true);
    expect(await isInspectionDone(f.db, f.tenantId, crypto.randomUUID())).toBeUndefined();
    // The record can no longer be rewritten once concluded.
    expect(
      (
        await officer.request('PUT', `/api/v1/inspections/${id}/record`, {
          heldOn: today,
          team: [{ name: 'A', role: 'leader' }],
          findings: 'y',
        })
      ).status,
    ).toBe(409);
  });

  it('prints the biên bản and the kết luận in the Nghị định 30 layout', async () => {
    const [u] = await f.db
      .select()
      .from(users)
      .where(and(eq(users.tenantId, f.tenantId), eq(users.username, 'officer')));
    const ctx = { db: f.db, actor: (await loadActor(f.db, f.tenantId, u.id))!, now: now() };
    const record = await inspectionDocument(ctx, id, 'bien-ban', 'docx');
    expect(record.name).toBe('Biên bản kiểm tra - Phường Mường Lay.docx');
    const text = await docxText(record.data);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('BIÊN BẢN');
    expect(text).toContain('Hồ sơ đề nghị khen thưởng còn thiếu biên bản họp Hội đồng.');
    expect(text).toContain('TRƯỞNG ĐOÀN KIỂM TRA');
    expect(text).toContain('Quàng Văn Sơn');
    expect(text).toContain('Bổ sung biên bản họp Hội đồng');
    const conclusion = await docxText((await inspectionDocument(ctx, id, 'ket-luan', 'docx')).data);
    expect(conclusion).toContain('KẾT LUẬN');
    expect(conclusion).toContain('cần khắc phục thiếu sót về hồ sơ');
    const officer = await f.as('officer');
    const http = await officer.get(`/api/v1/inspections/${id}/documents/bien-ban?format=pdf`);
    expect(http.status).toBe(200);
    expect(http.headers.get('content-type')).toContain('application/pdf');
  });

  it('withholds a named person in eligibility until the matter is settled, and closes only then', async () => {
    const officer = await f.as('officer');
    const duc = f.people['Lê Văn Đức'];
    // Lao động tiên tiến and Chiến sĩ thi đua cơ sở of the year, judged today.
    const verdict = async () =>
      (
        (await officer.get(`/api/v1/people/${duc}/eligibility?period=${year}`)).body.items as {
          award: string;
          output: { withheld: boolean };
        }[]
      )
        .filter((v) => v.award === 'LDTT' || v.award === 'CSTD_CS')
        .map((v) => v.output.withheld);
    expect(await verdict()).toEqual([false, false]);

    const outside = await officer.post(`/api/v1/inspections/${id}/matters`, {
      personIds: [f.people['Hoàng Văn Ân']],
      note: 'x',
    });
    expect(outside.status).toBe(400);
    const opened = await officer.post(`/api/v1/inspections/${id}/matters`, {
      personIds: [duc],
      note: 'Hồ sơ đề nghị khen thưởng kê khai thành tích chưa đúng',
    });
    expect(opened.status).toBe(200);
    expect(opened.body.matters).toEqual([
      expect.objectContaining({ name: 'Lê Văn Đức', resolvedOn: null, personId: duc }),
    ]);
    expect(await verdict()).toEqual([true, true]);
    expect((await officer.post(`/api/v1/inspections/${id}/matters`, { personIds: [duc], note: 'lại' })).status).toBe(
      409,
    );

    const blocked = await officer.post(`/api/v1/inspections/${id}/close`);
    expect(blocked.status).toBe(409);
    expect(blocked.body.error.message).toContain('kiến nghị chưa thực hiện');
    expect(blocked.body.error.message).toContain('Lê Văn Đức');

    const matterId = opened.body.matters[0].id;
    const settled = await officer.post(`/api/v1/inspections/${id}/matters/${matterId}/resolve`, {
      note: 'Đã xác minh, thành tích kê khai đúng',
    });
    expect(settled.body.matters[0].resolvedOn).toBe(today);
    expect(await verdict()).toEqual([false, false]);

    const recId = settled.body.recommendations[0].id;
    const progress = await officer.post(`/api/v1/inspections/${id}/recommendations/${recId}/follow-up`, {
      followUp: 'Đơn vị đã bổ sung một phần',
    });
    expect(progress.body.recommendations[0]).toMatchObject({ doneOn: null, followUp: 'Đơn vị đã bổ sung một phần' });
    const done = await officer.post(`/api/v1/inspections/${id}/recommendations/${recId}/follow-up`, {
      followUp: 'Đã bổ sung đủ',
      doneOn: today,
    });
    expect(done.body.recommendations[0]).toMatchObject({ state: 'done', doneOn: today });
    expect(done.body.closeBlockers).toEqual([]);
    const closed = await officer.post(`/api/v1/inspections/${id}/close`);
    expect(closed.body).toMatchObject({ status: 'closed', closedOn: today });
  });

  it('counts the year for the annual report in an organisation subtree', async () => {
    expect(await countInspectionsByYear(f.db, f.tenantId, year, f.orgs.T)).toEqual({
      planned: 2,
      conducted: 1,
      concluded: 1,
      recommendations: 1,
      openRecommendations: 0,
    });
    expect((await countInspectionsByYear(f.db, f.tenantId, year, f.orgs['T.W1.SCH'])).planned).toBe(1);
    expect((await countInspectionsByYear(f.db, f.tenantId, year, f.orgs['T.C2'])).planned).toBe(0);
  });
});
