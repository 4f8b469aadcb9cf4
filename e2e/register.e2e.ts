// Journey: the commendation register (sổ theo dõi khen thưởng). The provincial office opens it
// from the menu, finds a recipient by typing the name without diacritics, narrows to the
// decision's year, and downloads the same selection as Excel; a school's clerk sees only the
// school's awards.
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { searchKey } from '../src/domain/vi-text/index.js';
import { apiSession, journey, newPage, signIn, snap, visible } from './harness';

const j = journey();

interface Entry {
  recipientName: string;
  unitName: string | null;
  decisionNo: string | null;
  decisionDate: string | null;
}
interface RegisterPage {
  items: Entry[];
  total: number;
}

const countText = (n: number) => `Có ${n.toLocaleString('vi-VN')} lượt khen thưởng`;

it('office: search without diacritics, filter by year, export to Excel', async () => {
  const api = await apiSession(j.server.url, 'vanphong');
  const latest = (await api.get<RegisterPage>('/register?pageSize=1')).items[0];
  expect(latest?.decisionDate, 'the demo register has dated decisions').toBeTruthy();
  const name = latest.recipientName;
  const typed = searchKey(name); // "Nguyễn Thị Hằng" → "nguyen thi hang"
  const year = Number(latest.decisionDate!.slice(0, 4));
  const expected = await api.get<RegisterPage>(`/register?q=${encodeURIComponent(typed)}&year=${year}&pageSize=200`);
  expect(expected.items.map((e) => e.recipientName)).toContain(name);

  const page = await newPage(j.browser);
  await signIn(page, j.server.url, 'vanphong');
  await page.getByRole('menuitem', { name: 'Sổ theo dõi khen thưởng' }).click();
  await page.waitForURL(/\/so-khen-thuong/u);
  await visible(page.getByRole('heading', { name: 'Sổ theo dõi khen thưởng' }));
  await visible(page.getByText(/^Có [\d.]+ lượt khen thưởng$/u));

  await page.getByLabel('Tìm kiếm').fill(typed);
  // The search is debounced into the address; then the year joins it (both stay: useUrlListState).
  await page.waitForURL((u) => new URL(u).searchParams.get('q') === typed);
  await page.getByLabel('Năm quyết định').fill(String(year));
  await page.getByLabel('Năm quyết định').press('Tab');
  await visible(page.getByText(countText(expected.total), { exact: true }));
  await visible(page.getByRole('cell', { name }).first());
  expect(new URL(page.url()).searchParams.get('year')).toBe(String(year));
  await snap(page, 'register-filtered');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /Xuất Excel/u }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`So-theo-doi-khen-thuong-${year}.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const ws = wb.worksheets[0];
  expect(String(ws.getCell(1, 1).value)).toBe('SỔ THEO DÕI KHEN THƯỞNG');
  expect(String(ws.getCell(2, 1).value)).toContain(`Năm quyết định: ${year}`);
  expect(ws.rowCount).toBe(5 + expected.total);
  const names = Array.from({ length: expected.total }, (_, i) => String(ws.getCell(6 + i, 2).value));
  expect(names).toEqual(expected.items.map((e) => e.recipientName));
});

it('school clerk: only the school’s awards', async () => {
  const api = await apiSession(j.server.url, 'muonglay.thcs');
  const me = await api.get<{ grants: { orgName: string }[] }>('/auth/me');
  const mine = await api.get<RegisterPage>('/register?pageSize=200');
  expect(mine.total).toBeGreaterThan(0);
  expect(new Set(mine.items.map((e) => e.unitName))).toEqual(new Set([me.grants[0].orgName]));

  const page = await newPage(j.browser);
  await signIn(page, j.server.url, 'muonglay.thcs');
  await page.goto(`${j.server.url}/so-khen-thuong`);
  await visible(page.getByText(countText(mine.total), { exact: true }));
  await snap(page, 'register-clerk');
});
