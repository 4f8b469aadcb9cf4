// No personal data outside one's scope (hardening issue, point 6): an import that meets a CCCD of
// another unit says only that the number is taken or not found, never whose it is; a household
// head and council members chosen by id must be inside the actor's reach, and a person or account
// outside it is answered exactly like one that does not exist.
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { people } from '../../db/schema.js';
import { ENGINES, openTestDatabase } from '../../db/testing/engines.js';
import { FIXTURE_PASSWORD, seedFixture } from '../../db/testing/fixture.js';
import { TestClient } from '../../db/testing/http.js';
import { createApp } from '../../server/app.js';
import { addUsers, orgIdByCode, tenantOf } from '../councils/testing.js';

/** Hoàng Văn Ân works in commune T.C2; Lê Văn Dũng at the ward clinic; Nguyễn Văn An at the school. */
const OTHER_COMMUNE = { cccd: '020080000006', name: 'Hoàng Văn Ân' };
const CLINIC = { cccd: '011085000004', name: 'Lê Văn Dũng' };
const SCHOOL = { cccd: '011088000001', name: 'Nguyễn Văn An' };

async function xlsx(rows: unknown[][]): Promise<Blob> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Nhập');
  for (const r of rows) ws.addRow(r);
  return new Blob([await wb.xlsx.writeBuffer()]);
}

async function importJob(c: TestClient, kind: string, file: Blob) {
  const form = new FormData();
  form.append('file', new File([file], 'nhap.xlsx'));
  const res = await c.request('POST', `/api/v1/imports/${kind}`, form);
  expect(res.status).toBe(202);
  for (let i = 0; i < 100; i++) {
    const job = await c.get(`/api/v1/imports/jobs/${res.body.id}`);
    if (job.body.status !== 'validating') return job.body;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('import did not finish');
}

describe.each(ENGINES)('Personal data stays inside one’s scope on %s', (engine) => {
  let d: Database;
  let app: ReturnType<typeof createApp>;
  let t = '';
  let ward = '';
  let commune = '';
  let clerk: TestClient;
  let officer: TestClient;
  const personId = async (cccd: string) =>
    (
      await d.db
        .select({ id: people.id })
        .from(people)
        .where(and(eq(people.tenantId, t), eq(people.cccd, cccd)))
    )[0]!.id;

  beforeAll(async () => {
    d = await openTestDatabase(engine);
    await seedFixture(d.db);
    app = createApp(d, { secureCookies: false, webRoot: null, sessionHours: 1 });
    t = await tenantOf(d.db);
    ward = await orgIdByCode(d.db, t, 'T.W1');
    commune = await orgIdByCode(d.db, t, 'T.C2');
    clerk = new TestClient(app);
    await clerk.signIn('clerk.school', FIXTURE_PASSWORD);
    officer = new TestClient(app);
    await officer.signIn('ward.officer', FIXTURE_PASSWORD);
  });
  afterAll(() => d?.close());

  it('tells a clerk importing another commune’s CCCD only that the number is taken', async () => {
    const job = await importJob(
      clerk,
      'people',
      await xlsx([
        [
          'Họ và tên*',
          'Giới tính*',
          'Ngày sinh',
          'Số CCCD',
          'Chức vụ',
          'Giữ chức vụ quản lý',
          'Đối tượng*',
          'Mã đơn vị*',
        ],
        ['Hoàng Văn Ấn', 'Nam', '', OTHER_COMMUNE.cccd, '', '', 'Viên chức', 'T.W1.SCH'],
      ]),
    );
    expect(job.status).toBe('rejected');
    expect(job.errors).toContainEqual({
      row: 2,
      column: 'D',
      header: 'Số CCCD',
      message: `Số CCCD ${OTHER_COMMUNE.cccd} đã có trong hệ thống.`,
    });
    expect(JSON.stringify(job)).not.toContain(OTHER_COMMUNE.name);
  });

  it('answers an award for a person of another unit like an unknown CCCD, with no name', async () => {
    const job = await importJob(
      clerk,
      'awards',
      await xlsx([
        ['Đối tượng*', 'Số CCCD', 'Mã đơn vị', 'Danh hiệu, hình thức*', 'Năm*'],
        ['Cá nhân', CLINIC.cccd, '', 'Lao động tiên tiến', '2025'],
        ['Cá nhân', OTHER_COMMUNE.cccd, '', 'Lao động tiên tiến', '2025'],
        ['Cá nhân', '099099000099', '', 'Lao động tiên tiến', '2025'],
      ]),
    );
    expect(job.status).toBe('rejected');
    const messages = job.errors.map((e: { row: number; message: string }) => `${e.row}|${e.message}`);
    expect(messages).toEqual([
      `2|Không có cá nhân mang số CCCD ${CLINIC.cccd} trong phạm vi bạn được nhập dữ liệu.`,
      `3|Không có cá nhân mang số CCCD ${OTHER_COMMUNE.cccd} trong phạm vi bạn được nhập dữ liệu.`,
      '4|Không có cá nhân mang số CCCD 099099000099 trong phạm vi bạn được nhập dữ liệu.',
    ]);
    expect(JSON.stringify(job)).not.toMatch(new RegExp(`${CLINIC.name}|${OTHER_COMMUNE.name}`));
  });

  it('takes a household head from the importer’s scope only', async () => {
    const header = ['Chủ hộ*', 'Số CCCD chủ hộ', 'Địa chỉ*', 'Mã thôn, tổ dân phố*', 'Số nhân khẩu*'];
    const refused = await importJob(
      officer,
      'households',
      await xlsx([header, ['Hoàng Văn Ân', OTHER_COMMUNE.cccd, 'Tổ dân phố 1', 'T.W1.TDP1', 3]]),
    );
    expect(refused.status).toBe('rejected');
    expect(refused.errors[0]).toMatchObject({
      header: 'Số CCCD chủ hộ',
      message: `Không có cá nhân mang số CCCD ${OTHER_COMMUNE.cccd} trong phạm vi bạn được nhập dữ liệu.`,
    });
    const accepted = await importJob(
      officer,
      'households',
      await xlsx([header, ['Nguyễn Văn An', SCHOOL.cccd, 'Tổ dân phố 1', 'T.W1.TDP1', 3]]),
    );
    expect(accepted).toMatchObject({ status: 'validated', valid: 1 });
  });

  it('refuses a household head chosen by id from outside the actor’s scope, as not found', async () => {
    const village = await orgIdByCode(d.db, t, 'T.W1.TDP1');
    const body = {
      headName: 'Hoàng Văn Ân',
      address: 'Tổ dân phố 1, phường Mường Lay',
      villageOrgId: village,
      memberCount: 3,
    };
    const outside = await officer.post('/api/v1/households', {
      ...body,
      headPersonId: await personId(OTHER_COMMUNE.cccd),
    });
    const missing = await officer.post('/api/v1/households', { ...body, headPersonId: crypto.randomUUID() });
    for (const res of [outside, missing]) {
      expect(res.status).toBe(404);
      expect(res.body.error).toMatchObject({
        code: 'NOT_FOUND',
        message: 'Không tìm thấy người được chọn làm chủ hộ trong phạm vi bạn quản lý.',
        fields: [{ field: 'headPersonId' }],
      });
    }
    const created = await officer.post('/api/v1/households', {
      ...body,
      headName: 'Nguyễn Văn An',
      headPersonId: await personId(SCHOOL.cccd),
    });
    expect(created.status).toBe(201);
    const moved = await officer.request('PATCH', `/api/v1/households/${created.body.id}`, {
      headPersonId: await personId(OTHER_COMMUNE.cccd),
      reason: 'Đổi chủ hộ',
    });
    expect(moved.status).toBe(404);
  });

  it('refuses council members whose accounts belong to another unit, as not found', async () => {
    const mine = await addUsers(d.db, t, ward, FIXTURE_PASSWORD, [
      { username: 'hd.chu.tich', fullName: 'Chủ tịch Hội đồng', role: 'council' },
      { username: 'hd.uy.vien', fullName: 'Ủy viên phường', role: 'council' },
    ]);
    const theirs = await addUsers(d.db, t, commune, FIXTURE_PASSWORD, [
      { username: 'hd.xa.khac', fullName: 'Ủy viên xã Điềm He', role: 'council' },
    ]);
    const members = (ids: string[]) =>
      ids.map((userId, i) => ({ userId, role: i === 0 ? 'chair' : 'member', fullName: `Thành viên ${i + 1}` }));
    const base = { orgId: ward, name: 'Hội đồng TĐKT phường Mường Lay', termFrom: '2025-07-01' };
    const refused = await officer.post('/api/v1/councils', {
      ...base,
      members: members([mine['hd.chu.tich'], theirs['hd.xa.khac']]),
    });
    expect(refused.status).toBe(404);
    expect(refused.body.error.fields).toEqual([
      {
        field: 'members.1.userId',
        label: 'Tài khoản thành viên',
        message: 'Không tìm thấy tài khoản đang hoạt động này trong đơn vị của Hội đồng hoặc cấp trên.',
      },
    ]);
    const created = await officer.post('/api/v1/councils', {
      ...base,
      members: members([mine['hd.chu.tich'], mine['hd.uy.vien']]),
    });
    expect(created.status).toBe(201);
    const patched = await officer.request('PATCH', `/api/v1/councils/${created.body.id}`, {
      members: members([mine['hd.chu.tich'], theirs['hd.xa.khac']]),
    });
    expect(patched.status).toBe(404);
    expect(
      (await officer.get(`/api/v1/councils/${created.body.id}`)).body.members
        .map((m: { userId: string }) => m.userId)
        .sort(),
    ).toEqual([mine['hd.chu.tich'], mine['hd.uy.vien']].sort());

    const initiative = await officer.post('/api/v1/initiative-councils', {
      orgId: ward,
      year: 2026,
      name: 'Hội đồng sáng kiến phường Mường Lay',
      members: [
        { userId: mine['hd.chu.tich'], role: 'chair' },
        { userId: mine['hd.uy.vien'], role: 'member' },
        { userId: theirs['hd.xa.khac'], role: 'member' },
      ],
    });
    expect(initiative.status).toBe(404);
    expect(initiative.body.error.message).toBe(
      'Có thành viên không có tài khoản đang hoạt động trong đơn vị của Hội đồng hoặc cấp trên.',
    );
  });
});
