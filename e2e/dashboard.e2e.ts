// Journey: the dashboard (tổng quan) and the reward fund. The provincial office opens the
// dashboard from the menu, clicks a bar of "awards by year and level" and lands on the register
// filtered to that year and level, with as many records as the bar counted, then a slice of the
// category pie and lands on the register filtered to the year and category; it opens the fund's
// ledger of 2025 and downloads it as Excel with the same closing balance. The ward chairman sees
// the decisions waiting for his signature before the charts.
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { CATEGORY_COLOURS, LEVEL_COLOURS } from '../web/src/features/dashboard/colours';
import { apiSession, journey, newPage, signIn, snap, visible } from './harness';

const j = journey();

interface Dashboard {
  year: number;
  awardsByYear: { year: number; level: string; count: number }[];
  share: { byCategory: { category: string; label: string; count: number }[] };
  fund: { total: number; bodies: { id: string; name: string; balance: number }[] } | null;
}
interface Ledger {
  org: { id: string; name: string };
  closing: number;
  totalThu: number;
  totalChi: number;
}

const money = (n: number) => `${n.toLocaleString('vi-VN')} đ`;

it('office: a bar of the awards chart, then a slice of the category pie, open the register filtered', async () => {
  const api = await apiSession(j.server.url, 'vanphong');
  const d = await api.get<Dashboard>('/dashboard');
  // The bar to click: the grassroots level's tallest bar of the last five years.
  const top = d.awardsByYear.filter((a) => a.level === 'co_so').sort((a, b) => b.count - a.count)[0];
  expect(top?.count, 'the demo has grassroots awards in the last five years').toBeGreaterThan(0);

  const page = await newPage(j.browser);
  await signIn(page, j.server.url, 'vanphong');
  await page.getByRole('menuitem', { name: 'Tổng quan, biểu đồ' }).click();
  await page.waitForURL(/\/tong-quan/u);
  const chart = page.locator('[data-chart="Khen thưởng theo năm và cấp quyết định"]');
  await visible(chart);
  // Bars are SVG paths in the level's colour; the legend's swatch (14 px high) is far shorter.
  const bars = chart.locator(`svg path[fill="${LEVEL_COLOURS.co_so}"]`);
  await expect.poll(() => bars.count()).toBeGreaterThan(1);
  await snap(page, 'dashboard-office');
  const boxes = await bars.evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2, h: r.height };
    }),
  );
  const tallest = boxes.sort((a, b) => b.h - a.h)[0];
  await page.mouse.click(tallest.x, tallest.y);
  await page.waitForURL(/\/so-khen-thuong\?/u);
  const url = new URL(page.url());
  expect(url.searchParams.get('level')).toBe('co_so');
  const year = Number(url.searchParams.get('year'));
  const count = d.awardsByYear.find((a) => a.year === year && a.level === 'co_so')?.count ?? 0;
  expect(count).toBe(top.count);
  const listed = await api.get<{ total: number }>(`/register?year=${year}&level=co_so&pageSize=1`);
  expect(listed.total).toBe(count);
  await visible(page.getByText(`Có ${count.toLocaleString('vi-VN')} lượt khen thưởng`, { exact: true }));
  await snap(page, 'dashboard-to-register');

  // The pie of the dashboard's year: its largest category's slice (a point inside the SVG path).
  const slice = [...d.share.byCategory].sort((a, b) => b.count - a.count)[0];
  expect(slice?.count, 'the demo has individuals awarded in the dashboard year').toBeGreaterThan(0);
  await page.goBack();
  await page.waitForURL(/\/tong-quan/u);
  const pie = page.locator('[data-chart="Cá nhân được khen theo đối tượng"]');
  const path = pie.locator(`svg path[fill="${CATEGORY_COLOURS[slice.category]}"]`).first();
  await visible(path);
  const point = await path.evaluate((el) => {
    const g = el as SVGGeometryElement;
    const box = g.getBBox();
    const ctm = g.getScreenCTM()!;
    for (let i = 1; i < 20; i++) {
      for (let k = 1; k < 20; k++) {
        const p = new DOMPoint(box.x + (box.width * i) / 20, box.y + (box.height * k) / 20);
        if (g.isPointInFill(p)) {
          const s = p.matrixTransform(ctm);
          return { x: s.x, y: s.y };
        }
      }
    }
    return null;
  });
  expect(point, 'a point inside the slice').not.toBeNull();
  await page.mouse.click(point!.x, point!.y);
  await page.waitForURL(/category=/u);
  const sliced = new URL(page.url());
  expect([sliced.searchParams.get('year'), sliced.searchParams.get('category')]).toEqual([
    String(d.year),
    slice.category,
  ]);
  const byCategory = await api.get<{ total: number }>(`/register?year=${d.year}&category=${slice.category}&pageSize=1`);
  expect(byCategory.total).toBe(slice.count);
  await visible(page.getByText(`Có ${slice.count.toLocaleString('vi-VN')} lượt khen thưởng`, { exact: true }));
});

it('office: the fund ledger of 2025 on screen and as Excel', async () => {
  const api = await apiSession(j.server.url, 'vanphong');
  const d = await api.get<Dashboard>('/dashboard');
  expect(d.fund?.total, 'the demo fund has a balance').toBeGreaterThan(0);
  const body = d.fund!.bodies[0];
  const ledger = await api.get<Ledger>(`/fund?orgId=${body.id}&year=2025`);
  expect(ledger.totalThu).toBeGreaterThan(0);

  const page = await newPage(j.browser);
  await signIn(page, j.server.url, 'vanphong');
  await page.getByRole('menuitem', { name: 'Quỹ thi đua, khen thưởng' }).click();
  await page.waitForURL(/\/quy-thi-dua/u);
  await page.goto(`${j.server.url}/quy-thi-dua?orgId=${body.id}&year=2025`);
  await visible(page.getByText(money(ledger.closing)).first());
  await visible(page.getByRole('cell', { name: 'Cộng phát sinh trong năm' }));
  await snap(page, 'fund-ledger-2025');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /Xuất Excel/u }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('So-quy-thi-dua-khen-thuong-2025.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const rows: unknown[][] = [];
  wb.worksheets[0].eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  expect(rows.find((r) => r[3] === 'Số dư cuối kỳ (31/12)')?.[6]).toBe(ledger.closing);
});

it('chairman: the decisions waiting for his signature come first', async () => {
  const page = await newPage(j.browser);
  await signIn(page, j.server.url, 'muonglay.chutich');
  await page.goto(`${j.server.url}/tong-quan`);
  const first = page.locator('.ant-card-head-title').first();
  await visible(first);
  await expect.poll(() => first.textContent()).toMatch(/^Văn bản chờ ký \(\d+\)$/u);
  await snap(page, 'dashboard-chairman');
});
