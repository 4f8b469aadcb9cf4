// Journey: the provincial officer browses the organisation tree, adds a unit under a ward, finds
// people by typing without diacritics, and reads a person's history with its awards.
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { searchKey } from '../src/domain/vi-text/index';
import { apiSession, journey, newPage, signIn, snap, visible } from './harness';

const j = journey();

interface PersonRow {
  id: string;
  fullName: string;
}
interface PersonDetail {
  timeline: { kind: string; title: string }[];
}

it('officer: organisation tree, new unit under a ward, search without diacritics, timeline', async () => {
  const page = await newPage(j.browser);
  await signIn(page, j.server.url, 'vanphong');
  await visible(page.getByRole('heading', { name: 'Trang chủ' }));
  await snap(page, 'registry-01-home');

  // The organisation tree.
  await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: 'Cơ quan, đơn vị' }).click();
  const tree = await visible(page.getByRole('tree', { name: 'Cây cơ quan, đơn vị' }));
  await visible(tree.getByRole('treeitem').first());
  await snap(page, 'registry-02-tree');

  // Search the tree without diacritics and open the ward.
  await page.getByLabel('Tìm cơ quan, đơn vị').fill('phuong muong lay');
  const ward = tree.getByRole('treeitem', { name: 'Phường Mường Lay', exact: true });
  await ward.click();
  await visible(page.getByRole('heading', { name: 'Phường Mường Lay', level: 2 }));
  await visible(page.getByText('Sáp nhập từ').first());
  await snap(page, 'registry-03-ward-detail');

  // Add a residential group under the ward.
  const stamp = Date.now().toString().slice(-5);
  const name = `Tổ dân phố số ${stamp} (kiểm thử)`;
  await page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).click();
  const dialog = await visible(page.getByRole('dialog', { name: /Thêm đơn vị trực thuộc/ }));
  await dialog.getByLabel('Tên đơn vị').fill(name);
  await dialog.getByLabel('Mã đơn vị').fill(`DEMO.MLAY.TDP${stamp}`);
  await dialog.getByLabel('Loại đơn vị').click();
  await page.keyboard.type('Tổ dân phố');
  await page.keyboard.press('Enter');
  await snap(page, 'registry-04-new-unit-form');
  await dialog.getByRole('button', { name: 'Thêm đơn vị' }).click();
  await visible(page.getByRole('heading', { name, level: 2 }));
  const newItem = await visible(tree.getByRole('treeitem', { name, exact: true }));
  expect(await newItem.getAttribute('aria-selected')).toBe('true');
  await snap(page, 'registry-05-new-unit-in-tree');

  // People: typing without diacritics finds the names written with them.
  await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: 'Cá nhân' }).click();
  await visible(page.getByText(/Tìm thấy \d+ cá nhân/));
  await page.getByPlaceholder('Tìm theo họ tên, số CCCD…').fill('nguyen van');
  await expect.poll(async () => page.url(), { timeout: 10_000 }).toContain('q=nguyen+van');
  const nameLinks = page.locator('table tbody tr td:first-child a');
  await expect
    .poll(
      async () => {
        const names = await nameLinks.allTextContents();
        return names.length > 0 && names.every((n) => searchKey(n).includes('nguyen') && searchKey(n).includes('van'));
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  const names = await nameLinks.allTextContents();
  expect(names.some((n) => n.startsWith('Nguyễn Văn '))).toBe(true);
  expect(names.every((n) => n === n.normalize('NFC'))).toBe(true);
  await snap(page, 'registry-06-people-search');

  // The Excel export carries the same filter.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Xuất Excel' }).click(),
  ]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await download.path())!);
  const cells = book.worksheets[0]
    .getSheetValues()
    .flatMap((r) => (Array.isArray(r) ? r : []))
    .map(String);
  for (const n of names) expect(cells).toContain(n);
  expect(cells.some((c) => c.startsWith('Trần ') || c.startsWith('Lò '))).toBe(false);

  // Open someone from the results who has awards on record, and read the timeline.
  const api = await apiSession(j.server.url, 'vanphong');
  const found = await api.get<{ items: PersonRow[] }>('/people?q=nguyen%20van&pageSize=20');
  let chosen: { person: PersonRow; awards: string[] } | null = null;
  for (const p of found.items) {
    const d = await api.get<PersonDetail>(`/people/${p.id}`);
    const awards = d.timeline.filter((t) => t.kind === 'award').map((t) => t.title);
    if (awards.length) {
      chosen = { person: p, awards };
      break;
    }
  }
  expect(chosen, 'a "Nguyễn Văn …" with awards in the demo data').not.toBeNull();
  await page.getByRole('link', { name: chosen!.person.fullName, exact: true }).first().click();
  await visible(page.getByRole('heading', { name: chosen!.person.fullName, level: 1 }));
  await visible(page.getByText('Quá trình công tác, thi đua, khen thưởng'));
  for (const title of chosen!.awards) await visible(page.getByText(title, { exact: true }).first());
  await snap(page, 'registry-07-person-timeline');

  // Only awards when filtered.
  await page.getByText(/^Khen thưởng \(\d+\)$/).click();
  await visible(page.getByText(chosen!.awards[0], { exact: true }).first());
  await snap(page, 'registry-08-person-awards-only');
  await page.context().close();
});
