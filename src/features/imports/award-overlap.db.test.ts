// The award import on each engine: "không khen thưởng nhiều lần cho một thành tích" (Luật Thi đua,
// khen thưởng 06/2022/QH15, điểm c khoản 2 Điều 5) between rows of one file whose periods overlap
// across a calendar year and a school year, or with the awards on record; the row and the column
// are named, nothing is written. An award recorded between the check and the commit refuses the file.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../db/testing/engines.js';
import { fixtureApp } from '../../db/testing/frame.js';
import type { TestClient } from '../../db/testing/http.js';

const HEADER = [
  'Đối tượng*',
  'Số CCCD',
  'Mã đơn vị',
  'Danh hiệu, hình thức*',
  'Năm*',
  'Số quyết định',
  'Ngày quyết định',
];

async function upload(c: TestClient, rows: string[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Khen thưởng');
  for (const r of [HEADER, ...rows]) ws.addRow(r);
  const form = new FormData();
  form.append('file', new File([new Blob([await wb.xlsx.writeBuffer()])], 'khen-thuong.xlsx'));
  const res = await c.request('POST', '/api/v1/imports/awards', form);
  expect(res.status).toBe(202);
  for (let i = 0; i < 200; i++) {
    const job = await c.get(`/api/v1/imports/jobs/${res.body.id}`);
    if (!['validating', 'committing'].includes(job.body.status)) return job.body;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('import did not finish');
}

describe.each(ENGINES)('award import of overlapping periods on %s', (engine) => {
  const f = fixtureApp(engine);

  it("refuses a title whose school year overlaps another row's calendar-year title of the same person, naming both rows", async () => {
    const officer = await f.as('officer');
    const job = await upload(officer, [
      ['Cá nhân', '011188000002', '', 'Lao động tiên tiến', '2025-2026', '', ''],
      ['Cá nhân', '011188000002', '', 'Chiến sĩ thi đua cơ sở', '2026', '', ''],
      ['Cá nhân', '011090000003', '', 'Lao động tiên tiến', '2026', '', ''],
      ['Cá nhân', '011090000003', '', 'Chiến sĩ thi đua cơ sở', '2026', '', ''],
    ]);
    expect(job.status).toBe('rejected');
    expect(job.errors).toHaveLength(1);
    expect(job.errors[0]).toMatchObject({ row: 3, column: 'E', header: 'Năm' });
    expect(job.errors[0].message).toContain(
      '"Trần Thị Bình" đã có Lao động tiên tiến năm học 2025-2026, trùng thời gian với năm 2026',
    );
    expect(job.errors[0].message).toContain('Điều 5');
    expect(job.errors[0].message).toContain('(dòng 2)');
    const binh = (await officer.get(`/api/v1/people/${f.people['Trần Thị Bình']}`)).body;
    expect(binh.timeline.some((t: { title: string }) => t.title.startsWith('Lao động tiên tiến'))).toBe(false);
  });

  it('refuses a row overlapping an award on record, and at commit one recorded since the check', async () => {
    const officer = await f.as('officer');
    // An holds CSTĐCS 2025 (fixture): LĐTT of the school year 2025-2026 counts the same months.
    const onRecord = await upload(officer, [
      ['Cá nhân', '011088000001', '', 'Lao động tiên tiến', '2025-2026', '', ''],
    ]);
    expect(onRecord.status).toBe('rejected');
    expect(onRecord.errors[0].message).toContain(
      '"Nguyễn Văn An" đã có Chiến sĩ thi đua cơ sở năm 2025 (Quyết định số 45/QĐ-UBND ngày 19/12/2025), trùng thời gian với năm học 2025-2026',
    );
    // Dũng's LĐTT 2026 passes the check; the clinic records his LĐTT 2025-2026 before the commit.
    const job = await upload(officer, [['Cá nhân', '011085000004', '', 'Lao động tiên tiến', '2026', '', '']]);
    expect(job.status).toBe('validated');
    expect(
      (
        await officer.post(`/api/v1/people/${f.people['Lê Văn Dũng']}/awards`, {
          awardCode: 'LDTT',
          period: '2025-2026',
        })
      ).status,
    ).toBe(201);
    expect((await officer.post(`/api/v1/imports/jobs/${job.id}/commit`)).status).toBe(200);
    let after = job;
    for (let i = 0; i < 200; i++) {
      after = (await officer.get(`/api/v1/imports/jobs/${job.id}`)).body;
      if (after.status !== 'committing') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(after.status).toBe('validated');
    expect(after.commitError).toContain(
      '"Lê Văn Dũng" đã có Lao động tiên tiến năm học 2025-2026, trùng thời gian với năm 2026',
    );
    const dung = (await officer.get(`/api/v1/people/${f.people['Lê Văn Dũng']}`)).body;
    expect(dung.timeline.map((t: { title: string }) => t.title)).not.toContain('Lao động tiên tiến (2026)');
  });
});
