// Excel import and export through the HTTP API: the template, a bad file refused with row and
// column messages and nothing written, a good file committed in one go, and list exports.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { ENGINES, openTestDatabase } from '../../db/testing/engines.js';
import { FIXTURE_PASSWORD, seedFixture } from '../../db/testing/fixture.js';
import { TestClient } from '../../db/testing/http.js';
import { createApp } from '../../server/app.js';

async function xlsx(rows: (string | number | Date)[][]): Promise<Blob> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Cá nhân');
  for (const r of rows) ws.addRow(r);
  return new Blob([await wb.xlsx.writeBuffer()]);
}

const HEADER = [
  'Họ và tên*',
  'Giới tính*',
  'Ngày sinh',
  'Số CCCD',
  'Chức vụ',
  'Giữ chức vụ quản lý',
  'Đối tượng*',
  'Mã đơn vị*',
];

async function upload(c: TestClient, kind: string, file: Blob, name = 'danh-sach.xlsx') {
  const form = new FormData();
  form.append('file', new File([file], name));
  const res = await c.request('POST', `/api/v1/imports/${kind}`, form);
  expect(res.status).toBe(202);
  for (let i = 0; i < 100; i++) {
    const job = await c.get(`/api/v1/imports/jobs/${res.body.id}`);
    if (!['validating', 'committing'].includes(job.body.status)) return job.body;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('import did not finish');
}

/** Starts the write and follows the job until it settles. */
async function commit(c: TestClient, id: string) {
  const res = await c.post(`/api/v1/imports/jobs/${id}/commit`);
  if (res.status !== 200) return res;
  for (let i = 0; i < 200; i++) {
    const job = await c.get(`/api/v1/imports/jobs/${id}`);
    if (job.body.status !== 'committing') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('commit did not finish');
}

async function readXlsx(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as never);
  const ws = wb.worksheets[0];
  const out: string[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return out;
}

describe.each(ENGINES)('Excel import and export on %s', (engine) => {
  let d: Database;
  let app: ReturnType<typeof createApp>;
  let officer: TestClient;
  beforeAll(async () => {
    d = await openTestDatabase(engine);
    await seedFixture(d.db);
    app = createApp(d, { secureCookies: false, webRoot: null, sessionHours: 1 });
    officer = new TestClient(app);
    await officer.signIn('officer', FIXTURE_PASSWORD);
  });
  afterAll(() => d?.close());

  it('offers a template whose header row is the import columns, with an instructions sheet', async () => {
    const res = await officer.get('/api/v1/imports/templates/people');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Cá nhân', 'Giá trị', 'Hướng dẫn']);
    const header = (wb.worksheets[0].getRow(1).values as string[]).slice(1);
    expect(header.slice(0, 8)).toEqual(HEADER);
    // Columns added later come last, so files made from an older template still read.
    expect(header.slice(-2)).toEqual(['Quê quán', 'Trình độ đào tạo']);
  });

  it('refuses a bad file with row and column messages and writes nothing', async () => {
    const before = (await officer.get('/api/v1/people?pageSize=1')).body.total;
    const auditBefore = (await officer.get('/api/v1/audit?pageSize=1')).body.total;
    const job = await upload(
      officer,
      'people',
      await xlsx([
        HEADER,
        ['Lò Văn Hùng', 'Nam', '02/03/1985', '011085123456', 'Giáo viên', 'Không', 'Viên chức', 'T.W1.SCH'],
        ['', 'Nữ', '', '', '', '', 'Viên chức', 'T.W1.SCH'],
        ['Cầm Thị Lan', 'Nữ', '31/02/1990', '0111', '', '', 'Viên chức', 'T.W1.SCH'],
        ['Vi Văn Tú', 'Nam', '', '', '', '', 'Kỹ sư', 'KHONG.CO'],
      ]),
    );
    expect(job.status).toBe('rejected');
    const msgs = job.errors.map(
      (e: { row: number; column: string; header: string; message: string }) =>
        `${e.row}|${e.column}|${e.header}|${e.message}`,
    );
    expect(msgs).toContain('3|A|Họ và tên|Không được để trống.');
    expect(msgs.some((m: string) => m.startsWith('4|C|Ngày sinh|') && m.includes('31/02/1990'))).toBe(true);
    expect(msgs.some((m: string) => m.startsWith('4|D|Số CCCD|') && m.includes('12 chữ số'))).toBe(true);
    expect(msgs.some((m: string) => m.startsWith('5|G|Đối tượng|') && m.includes('Kỹ sư'))).toBe(true);
    expect(msgs.some((m: string) => m.startsWith('5|H|Mã đơn vị|') && m.includes('KHONG.CO'))).toBe(true);
    expect((await officer.post(`/api/v1/imports/jobs/${job.id}/commit`)).status).toBe(409);
    expect((await officer.get('/api/v1/people?pageSize=1')).body.total).toBe(before);
    expect((await officer.get('/api/v1/audit?pageSize=1')).body.total).toBe(auditBefore);
  });

  it('names a file with no recognisable header instead of guessing', async () => {
    const job = await upload(
      officer,
      'people',
      await xlsx([
        ['Tên', 'Tuổi'],
        ['A', 3],
      ]),
    );
    expect(job.status).toBe('rejected');
    expect(job.fatal).toMatch(/Họ và tên/);
  });

  it('commits a good file in one go, and the people are found and exported', async () => {
    const job = await upload(
      officer,
      'people',
      await xlsx([
        HEADER,
        ['Lò Văn Hùng', 'Nam', '02/03/1985', '011085123456', 'Giáo viên', 'Không', 'Viên chức', 'T.W1.SCH'],
        [
          'Cầm Thị Lan',
          'Nữ',
          new Date(Date.UTC(1990, 1, 20)),
          '011190654321',
          'Y sĩ',
          'Có',
          'viên chức',
          't.w1.clinic',
        ],
        ['Vi Văn Tú', 'Nam', '', '', 'Công chức', '', 'Công chức', 'T.C2.VHXH'],
      ]),
    );
    expect(job.errors).toEqual([]);
    expect(job.status).toBe('validated');
    expect(job.valid).toBe(3);
    const done = await commit(officer, job.id);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'committed', created: 3 });
    const found = await officer.get('/api/v1/people?q=cam thi lan');
    expect(found.body.items[0]).toMatchObject({
      fullName: 'Cầm Thị Lan',
      birthDate: '1990-02-20',
      isManager: true,
      orgName: 'Trạm Y tế phường Mường Lay',
    });
    const again = await officer.post(`/api/v1/imports/jobs/${job.id}/commit`);
    expect(again.status).toBe(409);
    const audit = await officer.get('/api/v1/audit?action=import.people');
    expect(audit.body.items[0].summary).toMatch(/Nhập 3 dòng cá nhân/);

    const exported = await officer.get('/api/v1/people/export?q=van');
    expect(exported.headers.get('content-type')).toMatch(/spreadsheetml/);
    const sheet = await readXlsx(exported.body);
    expect(sheet[0][0]).toBe('DANH SÁCH CÁ NHÂN');
    const names = sheet.slice(3).map((r) => r[1]);
    expect(names).toContain('Lò Văn Hùng');
    expect(names).not.toContain('Cầm Thị Lan');
  });

  it('imports the hometown and training level, refusing a level it does not know', async () => {
    const header = [...HEADER, 'Quê quán', 'Trình độ đào tạo'];
    const bad = await upload(
      officer,
      'people',
      await xlsx([
        header,
        ['Quàng Văn Pọm', 'Nam', '', '', '', '', 'Công chức', 'T.W1.SCH', 'Xã Thanh Nưa', 'Phổ thông'],
      ]),
    );
    expect(bad.status).toBe('rejected');
    expect(
      bad.errors.map((e: { row: number; column: string; header: string; message: string }) => [
        e.row,
        e.column,
        e.header,
        e.message,
      ]),
    ).toEqual([[2, 'J', 'Trình độ đào tạo', expect.stringContaining('"Phổ thông" không hợp lệ')]]);

    const job = await upload(
      officer,
      'people',
      await xlsx([
        header,
        ['Quàng Văn Pọm', 'Nam', '', '', '', '', 'Công chức', 'T.W1.SCH', ' Xã Thanh Nưa,  tỉnh Điện Biên ', 'đại học'],
        ['Lò Thị Ín', 'Nữ', '', '', '', '', 'Viên chức', 'T.W1.SCH', '', 'Thạc sĩ'],
        ['Cà Văn Ỏn', 'Nam', '', '', '', '', 'Viên chức', 'T.W1.SCH', '', ''],
      ]),
    );
    expect(job.errors).toEqual([]);
    expect((await commit(officer, job.id)).body).toMatchObject({ status: 'committed', created: 3 });
    const find = async (q: string) => (await officer.get(`/api/v1/people?q=${encodeURIComponent(q)}`)).body.items[0];
    expect(await find('quang van pom')).toMatchObject({
      hometown: 'Xã Thanh Nưa, tỉnh Điện Biên',
      educationLevel: 'dai_hoc',
    });
    expect(await find('lo thi in')).toMatchObject({ hometown: null, educationLevel: 'tren_dai_hoc' });
    expect(await find('ca van on')).toMatchObject({ hometown: null, educationLevel: null });
  });

  it('does not let a unit clerk import people into another unit', async () => {
    const clerk = new TestClient(app);
    await clerk.signIn('clerk.school', FIXTURE_PASSWORD);
    const job = await upload(
      clerk,
      'people',
      await xlsx([HEADER, ['Hà Văn Mạnh', 'Nam', '', '', '', '', 'Viên chức', 'T.W1.CLINIC']]),
    );
    expect(job.status).toBe('rejected');
    expect(job.errors[0].message).toMatch(/không có quyền/);
  });

  it('imports organisations whose parent is another row of the same file, and award history by CCCD', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Cơ quan');
    ws.addRow(['Mã đơn vị*', 'Tên đơn vị*', 'Loại đơn vị*', 'Mã đơn vị cấp trên*']);
    ws.addRow(['T.W1.TDP2.CHI', 'Chi hội Phụ nữ tổ 2', 'Mặt trận, đoàn thể', 'T.W1.TDP2']);
    ws.addRow(['T.W1.TDP2', 'Tổ dân phố 2', 'Tổ dân phố', 'T.W1']);
    const job = await upload(officer, 'organisations', new Blob([await wb.xlsx.writeBuffer()]));
    expect(job.errors).toEqual([]);
    expect((await commit(officer, job.id)).body.created).toBe(2);
    const orgs = (await officer.get('/api/v1/organisations')).body.items as {
      code: string;
      id: string;
      parentId: string;
    }[];
    const tdp2 = orgs.find((o) => o.code === 'T.W1.TDP2')!;
    expect(orgs.find((o) => o.code === 'T.W1.TDP2.CHI')!.parentId).toBe(tdp2.id);

    const aw = new ExcelJS.Workbook();
    const s = aw.addWorksheet('Khen thưởng');
    s.addRow([
      'Đối tượng*',
      'Số CCCD',
      'Mã đơn vị',
      'Danh hiệu, hình thức*',
      'Năm*',
      'Số quyết định',
      'Ngày quyết định',
    ]);
    s.addRow(['Cá nhân', '011188000002', '', 'Lao động tiên tiến', '2025', '50/QĐ-UBND', '19/12/2025']);
    s.addRow(['Tập thể', '', 'T.W1.SCH', 'TT_LDTT', '2024-2025', '', '']);
    s.addRow(['Cá nhân', '011088000001', '', 'Chiến sĩ thi đua cơ sở', '2025', '', '']);
    const bad = await upload(officer, 'awards', new Blob([await aw.xlsx.writeBuffer()]));
    // Row 4 repeats an award already on record: refused on its row, the whole file with it.
    expect(bad.status).toBe('rejected');
    expect(bad.errors).toEqual([
      {
        row: 4,
        column: 'E',
        header: 'Năm',
        message: '"Nguyễn Văn An" đã có Chiến sĩ thi đua cơ sở năm 2025 (Quyết định số 45/QĐ-UBND ngày 19/12/2025).',
      },
    ]);
    const binh = (await officer.get('/api/v1/people?q=binh')).body.items[0];
    const page = (await officer.get(`/api/v1/people/${binh.id}`)).body;
    expect(page.timeline.some((t: { title: string }) => t.title.startsWith('Lao động tiên tiến'))).toBe(false);
  });
});
