// The data the verdicts need, in bulk: yearly ratings from Excel (all or nothing, row errors, the
// person form's period rule, the importer's scope), real Excel date cells, no birth dates in the
// future, units by exact name with suggestions, and the validation report as an Excel file.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { ENGINES, openTestDatabase } from '../../db/testing/engines.js';
import { FIXTURE_PASSWORD, seedFixture } from '../../db/testing/fixture.js';
import { TestClient } from '../../db/testing/http.js';
import { isoDateInVietnam } from '../../domain/vi-text/index.js';
import { createApp } from '../../server/app.js';
import { now } from '../../server/clock.js';

type Issue = { row: number; column: string; header: string; message: string };

async function xlsx(rows: ExcelJS.CellValue[][]): Promise<Blob> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dữ liệu');
  for (const r of rows) ws.addRow(r);
  return new Blob([await wb.xlsx.writeBuffer()]);
}

async function upload(c: TestClient, kind: string, file: Blob, name = 'du-lieu.xlsx') {
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

async function commit(c: TestClient, id: string) {
  const res = await c.post(`/api/v1/imports/jobs/${id}/commit`);
  if (res.status !== 200) return res.body;
  for (let i = 0; i < 200; i++) {
    const job = await c.get(`/api/v1/imports/jobs/${id}`);
    if (job.body.status !== 'committing') return job.body;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('commit did not finish');
}

const msgs = (job: { errors: Issue[] }) => job.errors.map((e) => `${e.row}|${e.column}|${e.header}|${e.message}`);

const RATING_HEADER = ['Số CCCD*', 'Họ và tên', 'Năm*', 'Xếp loại*', 'Đơn vị', 'Lý do'];
const PEOPLE_HEADER = [
  'Họ và tên*',
  'Giới tính*',
  'Ngày sinh',
  'Số CCCD',
  'Chức vụ',
  'Giữ chức vụ quản lý',
  'Đối tượng*',
  'Mã đơn vị*',
];

describe.each(ENGINES)('Bulk data for the verdicts on %s', (engine) => {
  let d: Database;
  let app: ReturnType<typeof createApp>;
  let officer: TestClient;
  let clerk: TestClient;
  const today = isoDateInVietnam(now());
  const year = Number(today.slice(0, 4));
  const schoolYear = `${year - 1}-${year}`;

  const ratingsOf = async (c: TestClient, q: string) => {
    const person = (await c.get(`/api/v1/people?q=${encodeURIComponent(q)}`)).body.items[0];
    const page = (await c.get(`/api/v1/people/${person.id}`)).body;
    return (page.timeline as { kind: string; title: string }[]).filter((t) => t.kind === 'rating').map((t) => t.title);
  };

  beforeAll(async () => {
    d = await openTestDatabase(engine);
    await seedFixture(d.db);
    app = createApp(d, { secureCookies: false, webRoot: null, sessionHours: 1 });
    officer = new TestClient(app);
    await officer.signIn('officer', FIXTURE_PASSWORD);
    clerk = new TestClient(app);
    await clerk.signIn('clerk.school', FIXTURE_PASSWORD);
  });
  afterAll(() => d?.close());

  it('offers a ratings template', async () => {
    const res = await officer.get('/api/v1/imports/templates/ratings');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body);
    expect((wb.worksheets[0].getRow(1).values as string[]).slice(1)).toEqual(RATING_HEADER);
  });

  it('refuses a ratings file row by row, outside the clerk scope without naming anyone, and writes nothing', async () => {
    const auditBefore = (await officer.get('/api/v1/audit?pageSize=1')).body.total;
    const job = await upload(
      clerk,
      'ratings',
      await xlsx([
        RATING_HEADER,
        ['011085000004', '', String(year), 'HTTNV', '', ''], // Lê Văn Dũng, of the clinic
        ['011188000002', 'Trần Thị Bình', String(year), 'Xuất sắc', '', ''],
        ['011090000003', '', `${year}-${year + 2}`, 'HTNV', '', ''],
        ['011090000003', 'Lê Văn Đạt', String(year), 'HTNV', '', ''],
        ['011188000002', '', schoolYear, 'HTNV', 'Trạm Y tế phường Mường Lay', ''],
        ['999999999999', '', String(year), 'HTNV', '', ''],
      ]),
    );
    expect(job.status).toBe('rejected');
    const m = msgs(job);
    expect(m).toContain('2|A|Số CCCD|Không có cá nhân mang số CCCD 011085000004 trong phạm vi bạn được nhập dữ liệu.');
    expect(m.some((x) => x.startsWith('3|D|Xếp loại|') && x.includes('Xuất sắc'))).toBe(true);
    expect(m.some((x) => x.startsWith('4|C|Năm|') && x.includes('hai năm liền nhau'))).toBe(true);
    expect(m.some((x) => x.startsWith('5|B|Họ và tên|') && x.includes('Lê Văn Đức'))).toBe(true);
    // A unit outside the clerk's scope is not found by its name, nor suggested.
    expect(m.some((x) => x.startsWith('6|E|Đơn vị|') && x.includes('Không có đơn vị mã hoặc tên'))).toBe(true);
    expect(m).toContain('7|A|Số CCCD|Không có cá nhân mang số CCCD 999999999999 trong phạm vi bạn được nhập dữ liệu.');
    expect(m.join('\n')).not.toMatch(/Dũng|Y tế phường Mường Lay"?\s\(mã/);
    expect((await clerk.post(`/api/v1/imports/jobs/${job.id}/commit`)).status).toBe(409);
    expect(await ratingsOf(officer, 'tran thi binh')).toEqual([]);
    expect((await officer.get('/api/v1/audit?pageSize=1')).body.total).toBe(auditBefore);
  });

  it('applies the person form rule: the same period twice, or an overlapping one of the other kind without a reason, is refused', async () => {
    const job = await upload(
      officer,
      'ratings',
      await xlsx([
        RATING_HEADER,
        ['011088000001', 'Nguyễn Văn An', '2025', 'HTTNV', '', ''], // 2025 is on record
        ['011088000001', '', '2024-2025', 'HTTNV', '', ''], // overlaps 2025, no reason
        ['011090000003', '', String(year), 'HTNV', '', ''],
        ['011090000003', '', schoolYear, 'HTNV', '', ''], // overlaps the row above, no reason
        ['011090000003', '', String(year), 'HTTNV', '', ''], // same period as row 4
      ]),
    );
    expect(job.status).toBe('rejected');
    const m = msgs(job);
    expect(m).toContain('2|C|Năm|"Nguyễn Văn An" đã có xếp loại năm 2025.');
    expect(
      m.some(
        (x) =>
          x.startsWith('3|F|Lý do|') &&
          x.includes('trùng thời gian với năm học 2024-2025') &&
          x.includes('Cần ghi rõ lý do'),
      ),
    ).toBe(true);
    expect(m.some((x) => x.startsWith(`5|F|Lý do|`) && x.includes(`trùng thời gian với năm học ${schoolYear}`))).toBe(
      true,
    );
    expect(m).toContain('6|C|Năm|Trùng với dòng 4 (cùng người, cùng năm).');
    expect(m.some((x) => x.startsWith('4|'))).toBe(false);
  });

  it('commits a good ratings file in one go, an overlap with its reason, and the clerk may write for their own people', async () => {
    const job = await upload(
      clerk,
      'ratings',
      await xlsx([
        RATING_HEADER,
        ['011188000002', 'tran thi binh', String(year), 'Hoàn thành tốt nhiệm vụ', 'Trường THCS Mường Lay', ''],
        ['011090000003', '', schoolYear, 'htxsnv', 'T.W1.SCH', ''],
        ['011088000001', '', '2024-2025', 'HTNV', '', 'Chuyển công tác từ phường về trường'],
      ]),
    );
    expect(job.errors).toEqual([]);
    expect(job.status).toBe('validated');
    const done = await commit(clerk, job.id);
    expect(done).toMatchObject({ status: 'committed', created: 3 });
    expect(await ratingsOf(officer, 'tran thi binh')).toEqual([`Xếp loại năm ${year}: Hoàn thành tốt nhiệm vụ`]);
    expect(await ratingsOf(officer, 'le van duc')).toEqual([
      `Xếp loại năm học ${schoolYear}: Hoàn thành xuất sắc nhiệm vụ`,
    ]);
    expect(await ratingsOf(officer, 'nguyen van an')).toContain('Xếp loại năm học 2024-2025: Hoàn thành nhiệm vụ');
    const audit = (await officer.get('/api/v1/audit?action=import.ratings')).body.items[0];
    expect(audit.summary).toMatch(/Nhập 3 dòng đánh giá, xếp loại/);
    const labels = (audit.after.records as { label: string }[]).map((r) => r.label);
    expect(labels).toContain(
      'Nguyễn Văn An: xếp loại năm học 2024-2025 Hoàn thành nhiệm vụ (lý do: Chuyển công tác từ phường về trường)',
    );
    expect(labels).toContain(`Trần Thị Bình: xếp loại năm ${year} Hoàn thành tốt nhiệm vụ`);

    // The same file again: every period is now on record.
    const again = await upload(
      clerk,
      'ratings',
      await xlsx([RATING_HEADER, ['011188000002', '', String(year), 'HTTNV', '', '']]),
    );
    expect(msgs(again)).toContain(`2|C|Năm|"Trần Thị Bình" đã có xếp loại năm ${year}.`);
  });

  it('refuses to write ratings for someone who left the clerk units after the check', async () => {
    const job = await upload(
      clerk,
      'ratings',
      await xlsx([RATING_HEADER, ['011090000003', '', String(year + 1), 'HTTNV', '', '']]),
    );
    expect(job.status).toBe('validated');
    const duc = (await officer.get('/api/v1/people?q=le van duc')).body.items[0];
    const clinic = ((await officer.get('/api/v1/organisations')).body.items as { code: string; id: string }[]).find(
      (o) => o.code === 'T.W1.CLINIC',
    )!;
    expect((await officer.post(`/api/v1/people/${duc.id}/move`, { orgId: clinic.id, fromDate: today })).status).toBe(
      200,
    );
    const refused = await commit(clerk, job.id);
    expect(refused.status).toBe('validated');
    expect(refused.commitError).toBe(
      '"Lê Văn Đức" không còn thuộc phạm vi bạn được nhập dữ liệu. Hãy tải tệp lên lại.',
    );
    expect(await ratingsOf(officer, 'le van duc')).not.toContain(`Xếp loại năm ${year + 1}: Hoàn thành tốt nhiệm vụ`);
  });

  it('reads real Excel date cells and refuses a birth date in the future, naming the column', async () => {
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const [y, m, dd] = tomorrow.split('-');
    const job = await upload(
      officer,
      'people',
      await xlsx([
        PEOPLE_HEADER,
        ['Lò Thị Mai', 'Nữ', 28917, '', '', '', 'Viên chức', 'T.W1.SCH'],
        ['Lò Văn Tiến', 'Nam', `${dd}/${m}/${y}`, '', '', '', 'Viên chức', 'T.W1.SCH'],
        ['Lò Văn Tâm', 'Nam', new Date(Date.parse(`${tomorrow}T00:00:00Z`)), '', '', '', 'Viên chức', 'T.W1.SCH'],
      ]),
    );
    expect(job.status).toBe('rejected');
    const texts = msgs(job);
    expect(texts).toHaveLength(2);
    expect(texts).toContain(
      `3|C|Ngày sinh|Ngày sinh ${dd}/${m}/${y} là ngày trong tương lai (hôm nay là ${today.split('-').reverse().join('/')}).`,
    );
    expect(texts.some((t) => t.startsWith('4|C|Ngày sinh|') && t.includes('tương lai'))).toBe(true);

    const ok = await upload(
      officer,
      'people',
      await xlsx([PEOPLE_HEADER, ['Lò Thị Mai', 'Nữ', 28917, '', '', '', 'Viên chức', 'T.W1.SCH']]),
    );
    expect(ok.errors).toEqual([]);
    expect(ok.preview[0].birthDate).toBe('1979-03-03');
  });

  it('takes a unit by its exact name and suggests the closest names when nothing matches', async () => {
    const job = await upload(
      officer,
      'people',
      await xlsx([
        PEOPLE_HEADER,
        ['Lường Văn Khánh', 'Nam', '', '', '', '', 'Viên chức', 'trường thcs mường lay'],
        ['Lường Thị Hoa', 'Nữ', '', '', '', '', 'Viên chức', 'Truong THCS Muong Lai'],
      ]),
    );
    expect(job.status).toBe('rejected');
    expect(job.errors).toHaveLength(1);
    expect(job.errors[0]).toMatchObject({ row: 3, column: 'H', header: 'Mã đơn vị' });
    expect(job.errors[0].message).toMatch(
      /^Không có đơn vị mã hoặc tên "Truong THCS Muong Lai"\. Có phải: "Trường THCS Mường Lay" \(mã T\.W1\.SCH\)/,
    );

    const ok = await upload(
      officer,
      'people',
      await xlsx([PEOPLE_HEADER, ['Lường Văn Khánh', 'Nam', '', '', '', '', 'Viên chức', 'TRƯỜNG THCS MƯỜNG LAY']]),
    );
    expect(ok.errors).toEqual([]);
    const sch = ((await officer.get('/api/v1/organisations')).body.items as { code: string; id: string }[]).find(
      (o) => o.code === 'T.W1.SCH',
    )!;
    expect(ok.preview[0].orgId).toBe(sch.id);
  });

  it('offers the validation report of a rejected file as Excel, errors in red beside their rows', async () => {
    const job = await upload(
      officer,
      'people',
      await xlsx([
        PEOPLE_HEADER,
        ['Lò Văn Hùng', 'Nam', '02/03/1985', '', 'Giáo viên', 'Không', 'Viên chức', 'T.W1.SCH'],
        ['', 'Nữ', '', '', '', '', 'Kỹ sư', 'T.W1.SCH'],
      ]),
      'giao-vien.xlsx',
    );
    expect(job.status).toBe('rejected');
    expect(job.hasReport).toBe(true);
    const res = await officer.get(`/api/v1/imports/jobs/${job.id}/report`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('Kết quả kiểm tra - giao-vien.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body);
    const ws = wb.worksheets[0];
    const rows: { values: string[]; fill?: string }[] = [];
    ws.eachRow((row) => {
      const values = (row.values as ExcelJS.CellValue[])
        .slice(1)
        .map((v) => (v === null || v === undefined ? '' : String(v)));
      const last = row.getCell(10);
      rows.push({ values, fill: (last.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb });
    });
    const head = rows.findIndex((r) => r.values[0] === 'Dòng');
    expect(rows[head].values).toEqual([
      'Dòng',
      ...PEOPLE_HEADER.map((h, i) => `${h.replace(/\*$/, '')} (${'ABCDEFGH'[i]})`),
      'Lỗi',
    ]);
    const [good, bad] = rows.slice(head + 1);
    expect(good.values.slice(0, 9)).toEqual([
      '2',
      'Lò Văn Hùng',
      'Nam',
      '02/03/1985',
      '',
      'Giáo viên',
      'Không',
      'Viên chức',
      'T.W1.SCH',
    ]);
    expect(good.values[9] ?? '').toBe('');
    expect(good.fill).toBeUndefined();
    expect(bad.values[0]).toBe('3');
    expect(bad.values[9]).toContain('Họ và tên (cột A): Không được để trống.');
    expect(bad.values[9]).toContain('Đối tượng (cột G): Đối tượng "Kỹ sư" không hợp lệ.');
    expect(bad.fill).toBe('FFFFC7CE');

    // Another user (without the audit right) gets nothing; a file without errors has no report.
    expect((await clerk.get(`/api/v1/imports/jobs/${job.id}/report`)).status).toBe(403);
    const ok = await upload(
      officer,
      'people',
      await xlsx([PEOPLE_HEADER, ['Lò Văn Hùng', 'Nam', '', '', '', '', 'Viên chức', 'T.W1.SCH']]),
    );
    expect(ok.hasReport).toBe(false);
    expect((await officer.get(`/api/v1/imports/jobs/${ok.id}/report`)).status).toBe(409);
  });
});
