// Journey: reports. The provincial office opens /bao-cao and exports biểu 0603 to Excel, then
// drafts the annual report (báo cáo tổng kết năm), rewrites a paragraph, saves it and downloads
// the DOCX, whose text carries the paragraph and the figures. A ward's officer submits the ward's
// report up the line; the province then sees the ward as reported, with its figures in the sum.
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { docxText } from '../src/documents/nd30/inspect.js';
import { apiSession, journey, newPage, signIn, snap, testNow, visible } from './harness';

const j = journey();

interface PeriodReport {
  year: number;
  version: number;
  unit: { id: string; name: string };
  figures: { awards: { total: number } };
  units: { id: string; name: string; status: string; headline: { awards: number } | null }[];
  rollup: { submitted: number; totals: { awards: number } };
}

it('office: 0603 to Excel, then the annual report drafted, edited and downloaded as Word', async () => {
  const page = await newPage(j.browser);
  await signIn(page, j.server.url, 'vanphong');
  await page.getByRole('menuitem', { name: 'Báo cáo thống kê' }).click();
  await page.waitForURL(/\/bao-cao$/u);
  await visible(page.getByText('0603.N/BNV-TĐKT').first());
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /Tải Excel/u }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toMatch(/^Bieu-0603-\d{4}-.+\.xlsx$/u);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await xlsx.path());
  const cells: string[] = [];
  wb.worksheets[0].eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
  expect(cells.join(' ')).toContain('0603.N/BNV-TĐKT');

  // Biểu 0605 rests on the list of people doing TĐKT work: a row of /can-bo-tdkt, then the form's Excel.
  const staffApi = await apiSession(j.server.url, 'vanphong');
  const staff = await staffApi.get<{ total: number; items: { fullName: string; unitName: string }[] }>(
    '/tdkt-staff?pageSize=1',
  );
  expect(staff.total, 'the demo marks people doing TĐKT work').toBeGreaterThan(0);
  await page.getByRole('menuitem', { name: 'Người làm công tác TĐKT' }).click();
  await page.waitForURL(/\/can-bo-tdkt/u);
  const first = page.getByRole('row').filter({ hasText: staff.items[0]!.fullName }).first();
  await visible(first);
  await visible(first.getByText(staff.items[0]!.unitName));
  await visible(page.getByText(`Có ${staff.total.toLocaleString('vi-VN')} người`, { exact: true }));
  await snap(page, 'tdkt-staff');
  await page.goto(`${j.server.url}/bao-cao?bieu=0605`);
  await visible(page.getByText('0605.N/BNV-TĐKT').first());
  const [x0605] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /Tải Excel/u }).click(),
  ]);
  expect(x0605.suggestedFilename()).toMatch(/^Bieu-0605-\d{4}-.+\.xlsx$/u);
  const wb0605 = new ExcelJS.Workbook();
  await wb0605.xlsx.readFile(await x0605.path());
  const cells0605: string[] = [];
  wb0605.worksheets[0].eachRow((row) => row.eachCell((c) => cells0605.push(String(c.value))));
  expect(cells0605.join(' ')).toContain('0605.N/BNV-TĐKT');

  await page.getByRole('menuitem', { name: 'Báo cáo sơ kết, tổng kết' }).click();
  await page.waitForURL(/\/bao-cao\/tong-ket/u);
  const year = testNow().getFullYear();
  await page.goto(`${j.server.url}/bao-cao/tong-ket?nam=${year}`);
  const api = await apiSession(j.server.url, 'vanphong');
  const report = await api.get<PeriodReport>(`/reports/period?kind=year&year=${year}`);
  await visible(
    page.getByRole('heading', { name: new RegExp(`Tổng kết công tác thi đua, khen thưởng năm ${year}`, 'u') }),
  );
  await visible(page.getByText('Lượt khen thưởng').first());

  const paragraph = `Năm ${year}, Văn phòng đã tham mưu tổ chức ${report.figures.awards.total} lượt khen thưởng đúng quy trình (đoạn sửa trong hành trình kiểm thử).`;
  const leadership = page.getByLabel('Công tác lãnh đạo, chỉ đạo, tuyên truyền');
  await leadership.fill(paragraph);
  await page.getByLabel('Họ và tên người ký').fill('Lò Văn Chủ Tịch');
  await page.getByRole('button', { name: /Lưu báo cáo/u }).click();
  await visible(page.getByText(/Đã lưu báo cáo \(phiên bản \d+\)/u));
  await visible(page.getByText(/Các phiên bản: 1 \(/u));
  await snap(page, 'annual-report-saved');

  const [docx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /Tải Word/u }).click(),
  ]);
  expect(docx.suggestedFilename()).toMatch(new RegExp(`^Bao-cao-tong-ket-${year}-.+\\.docx$`, 'u'));
  const { readFile } = await import('node:fs/promises');
  const text = await docxText(new Uint8Array(await readFile(await docx.path())));
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text).toContain('BÁO CÁO');
  expect(text).toContain(
    `Tổng kết công tác thi đua, khen thưởng năm ${year} và phương hướng, nhiệm vụ năm ${year + 1}`,
  );
  expect(text).toContain(paragraph);
  expect(text).toContain(`Tổng số ${report.figures.awards.total.toLocaleString('vi-VN')} lượt`);
  expect(text).toContain('Lò Văn Chủ Tịch');
  expect(text).toContain('Nơi nhận');
});

it('ward officer: submits the ward’s report; the province sees it reported and summed', async () => {
  const year = testNow().getFullYear();
  const page = await newPage(j.browser);
  await signIn(page, j.server.url, 'muonglay.vhxh');
  await page.goto(`${j.server.url}/bao-cao/tong-ket?nam=${year}`);
  await visible(page.getByRole('heading', { name: new RegExp(`năm ${year}`, 'u') }));
  await page.getByLabel('Ưu điểm').fill('Phường đã tổ chức tốt các phong trào thi đua.');
  await page.getByRole('button', { name: /Lưu báo cáo/u }).click();
  await visible(page.getByText(/Đã lưu báo cáo \(phiên bản 1\)/u));
  await page.getByRole('button', { name: /Gửi cấp trên/u }).click();
  await page.getByRole('button', { name: 'Gửi', exact: true }).click();
  await visible(page.getByText(/Đã gửi cấp trên/u).first());
  await snap(page, 'annual-report-ward-submitted');

  const ward = await apiSession(j.server.url, 'muonglay.vhxh');
  const mine = await ward.get<PeriodReport>(`/reports/period?kind=year&year=${year}`);
  const office = await apiSession(j.server.url, 'vanphong');
  // The ward reports to its parent: find the parent's view that lists it.
  const top = await office.get<PeriodReport>(`/reports/period?kind=year&year=${year}`);
  const listed = top.units.find((u) => u.id === mine.unit.id);
  expect(listed, 'the ward reports to the province').toBeTruthy();
  expect(listed!.status).toBe('submitted');
  expect(listed!.headline!.awards).toBe(mine.figures.awards.total);
  expect(top.rollup.totals.awards).toBeGreaterThanOrEqual(mine.figures.awards.total);

  const office2 = await newPage(j.browser);
  await signIn(office2, j.server.url, 'vanphong');
  await office2.goto(`${j.server.url}/bao-cao/tong-ket?nam=${year}`);
  await visible(office2.getByText(/Báo cáo của các cơ quan, đơn vị trực thuộc: \d+\/\d+ đã gửi/u));
  await visible(office2.getByRole('row', { name: new RegExp(mine.unit.name, 'u') }).getByText('Đã gửi'));
  await snap(office2, 'annual-report-rollup');
});
