// Journey: importing people from Excel. A file with errors is rejected row by row and nothing is
// written; a correct file is checked, previewed, written in one go, and its people are found by
// searching without diacritics.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { searchKey } from '../src/domain/vi-text/index';
import { apiSession, journey, newPage, signIn, snap, visible } from './harness';

// The people template's columns (src/features/imports/kinds.ts), in order.
const HEADERS = [
  'Họ và tên*',
  'Giới tính*',
  'Ngày sinh',
  'Số CCCD',
  'Chức vụ',
  'Giữ chức vụ quản lý',
  'Đối tượng*',
  'Mã đơn vị*',
  'Số điện thoại',
  'Thư điện tử',
  'Quê quán',
  'Trình độ đào tạo',
];
const REJECTED = 'Tệp có lỗi, chưa có dữ liệu nào được ghi. Hãy sửa các dòng dưới đây và tải lên lại.';
const UNIT_CODE = 'DEMO.MLAY.THCS';

let dir: string;

const j = journey();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tdkt-import-e2e-'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function writeBook(name: string, rows: (string | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Cá nhân');
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(r.map((c) => c ?? ''));
  // Dates, CCCD and phone numbers as text, as the template does.
  for (const col of [3, 4, 9]) ws.getColumn(col).numFmt = '@';
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

/** A valid CCCD (Điện Biên, code 011) for the gender and birth year, with a serial unlikely to exist. */
function cccd(gender: 'male' | 'female', year: number, n: number): string {
  const digit = (year >= 2000 ? 2 : 0) + (gender === 'female' ? 1 : 0);
  const serial = String((Date.now() + n * 7919) % 1_000_000).padStart(6, '0');
  return `011${digit}${String(year % 100).padStart(2, '0')}${serial}`;
}

async function searchPeople(page: Page, text: string): Promise<string[]> {
  await page.goto(`${j.server.url}/ca-nhan?q=${encodeURIComponent(text)}`);
  const summary = await visible(page.getByText(/^Tìm thấy \d+ cá nhân$/));
  const total = Number((await summary.textContent())!.match(/\d+/)![0]);
  if (total === 0) await visible(page.getByText('Không có cá nhân nào phù hợp với điều kiện tìm kiếm.'));
  return page.locator('table tbody tr td:first-child a').allTextContents();
}

async function upload(page: Page, path: string) {
  await page.goto(`${j.server.url}/nhap-du-lieu`);
  await visible(page.getByRole('heading', { name: 'Nhập dữ liệu từ Excel' }));
  await page.locator('label.ant-radio-button-wrapper', { hasText: 'Cá nhân' }).click();
  expect(await page.getByRole('radio', { name: 'Cá nhân' }).isChecked()).toBe(true);
  await page.locator('input[type=file]').setInputFiles(path);
  await page.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();
  await page.waitForURL(/\/nhap-du-lieu\/[0-9a-f-]{36}$/);
}

it('officer: a bad file is rejected with row errors and writes nothing; a good file is written', async () => {
  const page = await newPage(j.browser);
  await signIn(page, j.server.url, 'vanphong');

  // The template served by the page has the columns this test writes.
  await page.goto(`${j.server.url}/nhap-du-lieu`);
  await visible(page.getByRole('heading', { name: 'Nhập dữ liệu từ Excel' }));
  await visible(page.getByText('Bạn chưa nhập tệp nào.'));
  await snap(page, 'import-01-start');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Tải tệp mẫu' }).click(),
  ]);
  const template = new ExcelJS.Workbook();
  await template.xlsx.readFile((await download.path())!);
  const headerRow = (template.worksheets[0].getRow(1).values as unknown[]).slice(1).map(String);
  expect(headerRow).toEqual(HEADERS);

  const api = await apiSession(j.server.url, 'vanphong');
  const orgs = await api.get<{ items: { code: string; name: string }[] }>('/organisations');
  const unit = orgs.items.find((o) => o.code === UNIT_CODE);
  expect(unit, `demo unit ${UNIT_CODE}`).toBeDefined();

  // ---- A bad file: row 3 has no name, row 4 an impossible CCCD. ----
  const bad = await writeBook('co-loi.xlsx', [
    [
      'Lò Thị Xuyến Kiểm',
      'Nữ',
      '12/05/1990',
      cccd('female', 1990, 1),
      'Giáo viên',
      'Không',
      'Viên chức',
      UNIT_CODE,
      '0912345678',
      null,
    ],
    [null, 'Nam', '01/02/1985', cccd('male', 1985, 2), 'Giáo viên', 'Không', 'Viên chức', UNIT_CODE, null, null],
    ['Tòng Văn Pọm Kiểm', 'Nam', '03/04/1987', '12345', 'Bảo vệ', 'Không', 'Người lao động', UNIT_CODE, null, null],
  ]);
  await upload(page, bad);
  await visible(page.getByText(REJECTED));
  const job = page.getByRole('region', { name: /co-loi\.xlsx/ });
  const errorRows = job.locator('tbody tr.ant-table-row');
  await expect.poll(() => errorRows.count()).toBeGreaterThanOrEqual(2);
  const errors = (await errorRows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  expect(errors.some((t) => /^3 A Họ và tên /.test(t))).toBe(true);
  expect(errors.some((t) => /^4 D Số CCCD .*12 chữ số/.test(t))).toBe(true);
  expect(
    errors.every((t) => /^[34] /.test(t)),
    errors.join('\n'),
  ).toBe(true);
  await snap(page, 'import-02-rejected');

  // The validation report: the file's rows, each row's errors beside it.
  const [reportDownload] = await Promise.all([
    page.waitForEvent('download'),
    job.getByRole('link', { name: 'Tải báo cáo lỗi (Excel)' }).click(),
  ]);
  const report = new ExcelJS.Workbook();
  await report.xlsx.readFile((await reportDownload.path())!);
  const reportRows: string[][] = [];
  report.worksheets[0].eachRow((row) =>
    reportRows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))),
  );
  const dataRows = reportRows.slice(reportRows.findIndex((r) => r[0] === 'Dòng') + 1);
  expect(dataRows.map((r) => r[0])).toEqual(['2', '3', '4']);
  expect(dataRows[0][1]).toBe('Lò Thị Xuyến Kiểm');
  expect(dataRows[0][HEADERS.length + 1] ?? '').toBe('');
  expect(dataRows[1][HEADERS.length + 1]).toMatch(/^Họ và tên \(cột A\): /);
  expect(dataRows[2][HEADERS.length + 1]).toMatch(/Số CCCD \(cột D\): .*12 chữ số/);

  // Nothing was written: not even the valid row 2.
  expect(await searchPeople(page, 'lo thi xuyen kiem')).toEqual([]);
  expect(await searchPeople(page, 'tong van pom kiem')).toEqual([]);
  await snap(page, 'import-03-nothing-written');

  // ---- A good file: three people for the demo school. ----
  const people = [
    [
      'Hoàng Thị Ngọc Diệp',
      'Nữ',
      '20/10/1992',
      cccd('female', 1992, 3),
      'Giáo viên Ngữ văn',
      'Không',
      'Viên chức',
      UNIT_CODE,
      '0987000111',
      'diep.htn@example.vn',
    ],
    [
      'Quàng Văn Khởi',
      'Nam',
      '05/06/1980',
      cccd('male', 1980, 4),
      'Phó Hiệu trưởng',
      'Có',
      'Viên chức',
      UNIT_CODE,
      null,
      null,
    ],
    [
      'Điêu Thị Ánh Tuyết',
      'Nữ',
      '15/01/2001',
      cccd('female', 2001, 5),
      'Nhân viên thư viện',
      'Không',
      'Người lao động',
      UNIT_CODE,
      null,
      null,
    ],
  ];
  for (const p of people) expect(await searchPeople(page, searchKey(p[0]!))).toEqual([]);
  const good = await writeBook('ca-nhan-thcs.xlsx', people);
  await upload(page, good);
  await visible(page.getByText('Tệp hợp lệ: 3 dòng sẵn sàng ghi vào hệ thống.'));
  for (const p of people) await visible(page.getByRole('cell', { name: p[0]!, exact: true }));
  await visible(page.getByRole('cell', { name: unit!.name, exact: true }).first());
  await snap(page, 'import-04-preview');
  await page.getByRole('button', { name: 'Ghi vào hệ thống' }).click();
  await visible(page.getByText('Đã ghi 3 cá nhân vào hệ thống.').first());
  await snap(page, 'import-05-committed');

  // Both attempts are listed, so the user can come back to them.
  const recent = page.getByRole('region', { name: 'Các lần nhập gần đây' });
  await visible(recent.getByText('co-loi.xlsx'));
  await visible(recent.getByText('ca-nhan-thcs.xlsx'));
  await visible(recent.getByText('Có lỗi, chưa ghi'));
  await visible(recent.getByText('Đã ghi vào hệ thống'));

  // The new people are found without diacritics, written with them.
  for (const p of people) {
    const found = await searchPeople(page, searchKey(p[0]!));
    expect(found).toEqual([p[0]]);
  }
  await snap(page, 'import-06-found');
  await page.getByRole('link', { name: 'Điêu Thị Ánh Tuyết', exact: true }).click();
  await visible(page.getByRole('heading', { name: 'Điêu Thị Ánh Tuyết', level: 1 }));
  await visible(page.getByText(`Công tác tại ${unit!.name}`));
  await snap(page, 'import-07-person');

  // Reopening the rejected job by its address shows the same report.
  await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: 'Nhập dữ liệu Excel' }).click();
  await page.getByRole('link', { name: 'co-loi.xlsx' }).click();
  await visible(page.getByText(REJECTED));
  await page.context().close();
});
