// Training courses on each engine: a course with invited units and participants from the
// registry, attendance with certificate numbers, materials through the upload checks, the
// attendance list as Excel and DOCX, certificates, and who in each unit has never been trained.
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema.js';
import { docxText } from '../../documents/nd30/inspect.js';
import { ENGINES } from '../../db/testing/engines.js';
import { fixtureApp } from '../../db/testing/frame.js';
import { isoDateInVietnam } from '../../domain/vi-text/index.js';
import { now } from '../../server/clock.js';
import type { Ctx } from '../../server/context.js';
import { loadActor } from '../../server/session.js';
import { countTrainingsByYear, isTrainingDone } from './repository.js';
import { attendanceList, certificate } from './service.js';

describe.each(ENGINES)('training courses on %s', (engine) => {
  const f = fixtureApp(engine);
  const today = isoDateInVietnam(now());
  const year = Number(today.slice(0, 4));
  let id = '';
  let ctx: Ctx;

  beforeAll(async () => {
    const [u] = await f.db
      .select()
      .from(users)
      .where(and(eq(users.tenantId, f.tenantId), eq(users.username, 'officer')));
    ctx = { db: f.db, actor: (await loadActor(f.db, f.tenantId, u.id))!, now: now() };
  });

  it('plans a course with invited units of the organiser only', async () => {
    const officer = await f.as('officer');
    const body = {
      orgId: f.orgs['T.W1'],
      title: 'Tập huấn nghiệp vụ thi đua, khen thưởng cho cán bộ cơ sở',
      content: 'Luật Thi đua, khen thưởng 2022; Nghị định 152/2025/NĐ-CP; quy trình lập hồ sơ đề nghị khen thưởng.',
      fromDate: today,
      toDate: today,
      place: 'Hội trường UBND phường Mường Lay',
      trainers: ['Nguyễn Văn Giảng — Trưởng ban Thi đua - Khen thưởng'],
      invitedOrgIds: [f.orgs['T.W1.SCH'], f.orgs['T.W1.CLINIC']],
    };
    const outside = await officer.post('/api/v1/trainings', { ...body, invitedOrgIds: [f.orgs['T.C2']] });
    expect(outside.status).toBe(400);
    expect(outside.body.error.fields[0].field).toBe('invitedOrgIds.0');
    expect((await (await f.as('clerk.school')).post('/api/v1/trainings', body)).status).toBe(403);
    const made = await officer.post('/api/v1/trainings', body);
    expect(made.status).toBe(201);
    expect(made.body.invitedUnits.map((u: { name: string }) => u.name).sort()).toEqual(
      ['Trạm Y tế phường Mường Lay', 'Trường THCS Mường Lay'].sort(),
    );
    id = made.body.id;
  });

  it('lists courses as {items}, filtered by year and unit, paged', async () => {
    const officer = await f.as('officer');
    const list = await officer.get(`/api/v1/trainings?year=${year}`);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 1, page: 1 });
    expect(list.body.items[0]).toMatchObject({ id, status: 'planned', participants: 0 });
    expect((await officer.get(`/api/v1/trainings?year=${year - 1}`)).body.items).toEqual([]);
    expect((await officer.get(`/api/v1/trainings?orgId=${f.orgs['T.C2']}`)).body.total).toBe(0);
    // The school's clerk sees it: the school is invited.
    expect((await (await f.as('clerk.school')).get('/api/v1/trainings')).body.total).toBe(1);
  });

  it('takes participants from the registry, marks attendance and numbers certificates', async () => {
    const officer = await f.as('officer');
    const p = f.people;
    const outsider = await officer.post(`/api/v1/trainings/${id}/participants`, { personIds: [p['Hoàng Văn Ân']] });
    expect(outsider.status).toBe(400);
    const added = await officer.post(`/api/v1/trainings/${id}/participants`, {
      personIds: [p['Nguyễn Văn An'], p['Trần Thị Bình'], p['Đặng Thị Ánh']],
    });
    expect(added.body.participants).toBe(3);
    const marked = await officer.post(`/api/v1/trainings/${id}/attendance`, {
      marks: [
        { personId: p['Nguyễn Văn An'], attended: true },
        { personId: p['Trần Thị Bình'], attended: false },
        { personId: p['Đặng Thị Ánh'], attended: true },
      ],
    });
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({ status: 'held', attended: 2, absent: 1, unmarked: 0 });
    const certs = Object.fromEntries(
      marked.body.people.map((x: { fullName: string; certificateNo: string | null }) => [x.fullName, x.certificateNo]),
    );
    expect(certs['Trần Thị Bình']).toBeNull();
    expect([certs['Nguyễn Văn An'], certs['Đặng Thị Ánh']].sort()).toEqual([`01/${year}/GCN-TH`, `02/${year}/GCN-TH`]);
    const notInList = await officer.post(`/api/v1/trainings/${id}/attendance`, {
      marks: [{ personId: p['Lê Văn Dũng'], attended: true }],
    });
    expect(notInList.status).toBe(400);
    expect(await isTrainingDone(f.db, f.tenantId, id)).toBe(true);
    expect(await countTrainingsByYear(f.db, f.tenantId, year, f.orgs.T)).toEqual({ planned: 1, held: 1, attendees: 2 });
    expect((await countTrainingsByYear(f.db, f.tenantId, year, f.orgs['T.C2'])).held).toBe(0);
  });

  it('keeps materials through the evidence checks', async () => {
    const officer = await f.as('officer');
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const form = new FormData();
    form.append('file', new File([pdf], 'Tài liệu tập huấn.pdf', { type: 'application/pdf' }));
    const up = await officer.request('POST', `/api/v1/trainings/${id}/files`, form);
    expect(up.status).toBe(201);
    const fake = new FormData();
    fake.append('file', new File([new TextEncoder().encode('not a pdf')], 'x.pdf', { type: 'application/pdf' }));
    const refused = await officer.request('POST', `/api/v1/trainings/${id}/files`, fake);
    expect(refused.status).toBe(400);
    const detail = await officer.get(`/api/v1/trainings/${id}`);
    expect(detail.body.materials.map((m: { fileName: string }) => m.fileName)).toEqual(['Tài liệu tập huấn.pdf']);
  });

  it('prints the attendance list (Excel, DOCX) and an attendee’s certificate', async () => {
    const xlsx = await attendanceList(ctx, id, 'xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.data as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const cells: string[] = [];
    ws.eachRow((r) => cells.push((r.values as unknown[]).map((v) => String(v ?? '')).join('|')));
    expect(cells[0]).toContain('DANH SÁCH HỌC VIÊN');
    expect(cells.some((c) => c.includes('Trần Thị Bình') && c.includes('Vắng'))).toBe(true);
    expect(cells.some((c) => c.includes('Nguyễn Văn An') && c.includes('Có mặt'))).toBe(true);
    const docx = await docxText((await attendanceList(ctx, id, 'docx')).data);
    expect(docx).toContain('DANH SÁCH');
    expect(docx).toContain('Đặng Thị Ánh');
    const cert = await certificate(ctx, id, f.people['Đặng Thị Ánh'], 'docx');
    const text = await docxText(cert.data);
    expect(text).toContain('GIẤY CHỨNG NHẬN');
    expect(text).toContain('Bà: Đặng Thị Ánh');
    expect(text).toContain('Tập huấn nghiệp vụ thi đua, khen thưởng cho cán bộ cơ sở');
    await expect(certificate(ctx, id, f.people['Trần Thị Bình'], 'docx')).rejects.toThrow(/chưa được điểm danh/);
  });

  it('shows who in each unit has never been trained', async () => {
    const officer = await f.as('officer');
    const r = await officer.get(`/api/v1/trainings/untrained?orgId=${f.orgs['T.W1']}`);
    expect(r.status).toBe(200);
    const names = r.body.items.map((x: { fullName: string }) => x.fullName).sort();
    expect(names).toEqual(['Lê Văn Dũng', 'Lê Văn Đức', 'Trần Thị Bình'].sort());
    const units = Object.fromEntries(
      r.body.units.map((u: { unitName: string; people: number; untrained: number }) => [
        u.unitName,
        [u.people, u.untrained],
      ]),
    );
    expect(units['Trường THCS Mường Lay']).toEqual([3, 2]);
    expect(units['Trạm Y tế phường Mường Lay']).toEqual([2, 1]);
    expect(r.body.total).toBe(3);
    const clerk = await f.as('clerk.school');
    const mine = await clerk.get('/api/v1/trainings/untrained');
    expect(mine.body.items.map((x: { fullName: string }) => x.fullName).sort()).toEqual(
      ['Lê Văn Đức', 'Trần Thị Bình'].sort(),
    );
    expect((await clerk.get(`/api/v1/trainings/untrained?orgId=${f.orgs['T.C2']}`)).status).toBe(403);
  });
});
