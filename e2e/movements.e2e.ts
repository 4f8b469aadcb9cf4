// Journey: movements and registrations. The office of phường Mường Lay drafts a thematic movement
// for two schools, downloads the launch plan and launches it; the lower-secondary school's clerk
// reports progress against each criterion; the office records the six-month review and the final
// review, which opens a thematic commendation round, and the round is there. Then the office opens
// the year's registration; the clerk registers the school and its people in bulk (one line the
// server refuses comes back on its row, nothing is written), removes a line before the deadline
// and adds it back; the year-end report lists them with their outcomes. The unit pages are looked
// at on a phone too.
import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { docxText } from '../src/documents/nd30/inspect';
import {
  apiSession,
  DEMO_PASSWORD,
  journey,
  newPage,
  signIn,
  snap,
  testDay,
  testToday,
  visible,
  vnDate,
} from './harness';

const j = journey();

interface Org {
  id: string;
  code: string;
  name: string;
}
interface PersonRow {
  id: string;
  fullName: string;
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Chức năng' });

/** Uncaught errors in any page of the journey; there must be none. */
const pageErrors: string[] = [];
async function open(width?: number, height?: number) {
  const page = await newPage(j.browser, width, height);
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  return page;
}

/** Types a date (dd/mm/yyyy) into an Ant Design date picker found by its label. */
async function typeDate(scope: Page | Locator, label: string, ddmmyyyy: string) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(ddmmyyyy);
  await input.press('Enter');
}

/** A POST from the test process as a user (session cookie and CSRF header), for what happens elsewhere. */
async function postAs(url: string, username: string, path: string, body: unknown) {
  const res = await fetch(`${url}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const me = (await (await fetch(`${url}/api/v1/auth/me`, { headers: { cookie } })).json()) as { csrfToken: string };
  const r = await fetch(`${url}/api/v1${path}`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
    body: JSON.stringify(body),
  });
  if (!r.ok) throw new Error(`POST ${path} → ${r.status} ${await r.text()}`);
}

it('office and school clerk: movement from draft to thematic round, then registration and its report', async () => {
  const url = j.server.url;
  const officeApi = await apiSession(url, 'muonglay.vhxh');
  const orgs = (await officeApi.get<{ items: Org[] }>('/organisations')).items;
  const ward = orgs.find((o) => o.code === 'DEMO.MLAY')!;
  const thcs = orgs.find((o) => o.code === 'DEMO.MLAY.THCS')!;
  const th = orgs.find((o) => o.code === 'DEMO.MLAY.TH')!;
  expect([ward.name, thcs.name, th.name]).toEqual([
    'Phường Mường Lay',
    'Trường THCS Lay Nưa',
    'Trường Tiểu học Na Lay',
  ]);
  const staff = (await officeApi.get<{ items: PersonRow[] }>(`/people?orgId=${thcs.id}&pageSize=50`)).items;
  expect(staff.length).toBeGreaterThanOrEqual(5);
  const year = Number(testToday().slice(0, 4));
  // The movement has run for most of a year up to the journey's day, whatever day that is: its report
  // and mid-year review lie in the past, its final review is due soon.
  const when = {
    from: testDay(-300),
    to: testDay(60),
    midBy: testDay(-120),
    finalBy: testDay(30),
    reported: testDay(-160),
    midHeld: testDay(-125),
  };
  const theme = 'Trường học xanh - sạch - đẹp - an toàn';

  // ---- The office drafts the movement.
  const office = await open();
  await signIn(office, url, 'muonglay.vhxh');
  await nav(office).getByRole('link', { name: 'Phong trào thi đua' }).click();
  await visible(office.getByRole('heading', { name: 'Phong trào thi đua', level: 1 }));
  await office.getByRole('button', { name: 'Soạn phong trào' }).click();
  const drawer = await visible(office.getByRole('dialog', { name: 'Soạn phong trào thi đua' }));
  // Nothing filled in: the required fields say so, in Vietnamese, next to themselves.
  // The level follows the office's organisation once the organisations have loaded.
  await expect
    .poll(() => drawer.getByLabel('Cấp phát động').locator('..').textContent(), { timeout: 15_000 })
    .toContain('Xã, phường phát động');
  await office.getByRole('button', { name: 'Lưu bản soạn' }).click();
  await visible(drawer.getByText('Chưa nhập tên phong trào.'));
  await visible(drawer.getByText('Chưa nhập nội dung thi đua.'));
  await visible(drawer.getByText('Chọn ít nhất một đơn vị tham gia.'));
  await drawer.getByLabel('Tên, chủ đề phong trào').fill(theme);
  await typeDate(drawer, 'Từ ngày', vnDate(when.from));
  await typeDate(drawer, 'Đến ngày', vnDate(when.to));
  await drawer
    .getByLabel('Mục đích, yêu cầu')
    .fill('Xây dựng môi trường học tập xanh, sạch, đẹp, an toàn.\nNâng cao ý thức bảo vệ môi trường của học sinh.');
  await drawer.getByLabel('Nội dung thi đua 1').fill('Trồng và chăm sóc cây xanh trong khuôn viên trường');
  await drawer.getByLabel('Chỉ tiêu 1').fill('Mỗi lớp 05 cây');
  await drawer.getByRole('button', { name: 'Thêm nội dung, chỉ tiêu' }).click();
  await drawer.getByLabel('Nội dung thi đua 2').fill('Không có tai nạn, thương tích trong trường học');
  await drawer.getByLabel('Chỉ tiêu 2').fill('100% học sinh an toàn');
  await drawer.getByLabel('Hình thức khen thưởng').click();
  await office.keyboard.type('Giấy khen của Chủ tịch UBND phường');
  await office.keyboard.press('Enter');
  await office.keyboard.press('Escape');
  await typeDate(drawer, 'Thời hạn sơ kết', vnDate(when.midBy));
  await typeDate(drawer, 'Thời hạn tổng kết', vnDate(when.finalBy));
  const participants = drawer.getByLabel('Đơn vị tham gia');
  for (const name of [thcs.name, th.name]) {
    await participants.click();
    await office.keyboard.type(name);
    const node = office
      .locator('.ant-select-tree-treenode')
      .filter({ hasText: name })
      .locator('.ant-select-tree-title')
      .first();
    await visible(node);
    await node.click();
  }
  await office.keyboard.press('Escape');
  await visible(drawer.locator('.ant-select-selection-item').filter({ hasText: th.name }));
  await snap(office, 'movements-01-create-form');
  await office.getByRole('button', { name: 'Lưu bản soạn' }).click();
  await visible(office.getByRole('heading', { name: theme, level: 1 }));
  const movementId = new URL(office.url()).pathname.split('/').pop()!;
  await visible(office.getByText('Bản soạn chỉ cơ quan phát động xem được.', { exact: false }));
  await visible(office.getByText('Mỗi lớp 05 cây'));
  await snap(office, 'movements-02-draft');

  // The launch plan (Kế hoạch phát động) as DOCX.
  const [dl] = await Promise.all([
    office.waitForEvent('download') as Promise<Download>,
    office.getByRole('link', { name: 'Kế hoạch phát động (DOCX)' }).click(),
  ]);
  const text = await docxText(readFileSync((await dl.path())!));
  for (const s of ['KẾ HOẠCH', theme, 'Mỗi lớp 05 cây', thcs.name, th.name]) expect(text).toContain(s);
  const pdf = await fetch(`${url}/api/v1/movements/${movementId}/document?format=pdf`, {
    headers: { cookie: (await office.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ') },
  });
  expect(pdf.headers.get('content-type')).toContain('application/pdf');

  // A draft stays with the office.
  expect(await (await apiSession(url, 'muonglay.thcs')).status(`/movements/${movementId}`)).toBe(404);

  // Launch.
  await office.getByRole('button', { name: 'Phát động' }).click();
  const confirm = await visible(office.getByRole('dialog').filter({ hasText: 'Phát động phong trào thi đua?' }));
  await confirm.getByRole('button', { name: 'Phát động' }).click();
  await visible(office.locator('.movement-status-card').getByText('Đã phát động', { exact: true }).first());
  await visible(office.getByText('0/2 đơn vị đã báo cáo'));
  await snap(office, 'movements-03-launched');

  // ---- The school's clerk reports progress.
  const clerk = await open();
  await signIn(clerk, url, 'muonglay.thcs');
  await nav(clerk).getByRole('link', { name: 'Phong trào thi đua' }).click();
  await visible(clerk.getByRole('link', { name: theme }));
  await snap(clerk, 'movements-04a-clerk-list');
  await clerk.getByRole('link', { name: theme }).click();
  await visible(clerk.getByRole('heading', { name: theme, level: 1 }));
  expect(await clerk.getByRole('button', { name: 'Phát động' }).count()).toBe(0);
  expect(await clerk.getByRole('button', { name: 'Tổng kết' }).count()).toBe(0);
  // Only the clerk's own school has a report button.
  await visible(clerk.getByRole('button', { name: `Báo cáo kết quả của ${thcs.name}` }));
  expect(await clerk.getByRole('button', { name: `Báo cáo kết quả của ${th.name}` }).count()).toBe(0);
  await clerk.getByRole('button', { name: 'Báo cáo kết quả', exact: true }).click();
  const report = await visible(clerk.getByRole('dialog', { name: 'Báo cáo kết quả thực hiện phong trào' }));
  await typeDate(report, 'Ngày báo cáo', vnDate(when.reported));
  await report
    .getByLabel('Tóm tắt kết quả')
    .fill('Nhà trường phát động toàn thể giáo viên, học sinh tham gia; khuôn viên xanh, sạch, đẹp.');
  await report.getByLabel(/^Trồng và chăm sóc cây xanh/).fill('Đã trồng 72 cây, mỗi lớp 06 cây');
  await report.getByLabel(/^Không có tai nạn/).fill('Đạt: không có tai nạn');
  await snap(clerk, 'movements-04-clerk-report-form');
  await report.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await report.waitFor({ state: 'hidden' });
  const row = clerk.getByRole('row').filter({ hasText: thcs.name }).first();
  await visible(row.getByText(`Ngày ${vnDate(when.reported)}`));
  await visible(row.getByText(/khuôn viên xanh, sạch, đẹp/));
  await row
    .getByRole('button', { name: /Mở rộng|Expand/ })
    .click()
    .catch(() => row.locator('.ant-table-row-expand-icon').click());
  await visible(clerk.getByText('Đã trồng 72 cây, mỗi lớp 06 cây'));
  // Evidence for the report: a PDF of the school's photos of the planting.
  await clerk
    .locator('.movement-report-files input[type=file]')
    .first()
    .setInputFiles({
      name: 'Ảnh trồng cây xanh.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% ảnh\n%%EOF\n'),
    });
  await visible(clerk.getByRole('link', { name: 'Ảnh trồng cây xanh.pdf' }));
  await snap(clerk, 'movements-05-clerk-reported');

  // ---- The office: six-month review, then the final review opening a thematic round.
  await office.reload();
  await visible(office.getByText('1/2 đơn vị đã báo cáo'));
  await office.getByRole('button', { name: 'Sơ kết' }).click();
  const mid = await visible(office.getByRole('dialog', { name: 'Sơ kết phong trào thi đua' }));
  await typeDate(mid, 'Ngày sơ kết', vnDate(when.midHeld));
  await mid
    .getByLabel('Kết quả, đánh giá')
    .fill('Sau 6 tháng, 1/2 trường đã báo cáo; Trường THCS Lay Nưa đạt chỉ tiêu trồng cây.');
  await mid.getByRole('button', { name: 'Ghi nhận sơ kết' }).click();
  await mid.waitFor({ state: 'hidden' });
  await visible(office.getByText(`Sơ kết ngày ${vnDate(when.midHeld)}`));
  await office.getByRole('button', { name: 'Tổng kết' }).click();
  const fin = await visible(office.getByRole('dialog', { name: 'Tổng kết phong trào thi đua' }));
  await fin
    .getByLabel('Kết quả, đánh giá')
    .fill('Phong trào đạt mục tiêu; đề nghị khen thưởng các tập thể, cá nhân tiêu biểu.');
  await fin.getByLabel('Tên đợt khen thưởng').fill(`Khen thưởng chuyên đề "${theme}" năm ${year}`);
  await fin.getByLabel('Hình thức khen thưởng').click();
  await office.keyboard.type('Giấy khen');
  await visible(office.locator('.ant-select-item-option').filter({ hasText: /^Giấy khen$/ }));
  await office.keyboard.press('Enter');
  await office.keyboard.press('Escape');
  await snap(office, 'movements-06-final-review-form');
  await fin.getByRole('button', { name: 'Ghi nhận tổng kết' }).click();
  await fin.waitFor({ state: 'hidden' });
  await visible(office.getByText('Đã mở đợt khen thưởng chuyên đề sau tổng kết phong trào.'));
  await visible(office.locator('.movement-status-card').getByText('Đã tổng kết', { exact: true }).first());
  await snap(office, 'movements-07-closed-with-round');
  await office.getByRole('link', { name: 'Mở đợt khen thưởng' }).click();
  await visible(office.getByRole('heading', { name: `Khen thưởng chuyên đề "${theme}" năm ${year}`, level: 1 }));
  await snap(office, 'movements-08-thematic-round');
  // The clerk finds it among the rounds the school is invited to.
  // (The clerk's home page loaded the rounds before this one opened; the list is read afresh.)
  await nav(clerk).getByRole('link', { name: 'Đợt xét khen thưởng' }).click();
  await clerk.reload();
  await visible(clerk.getByRole('link', { name: `Khen thưởng chuyên đề "${theme}" năm ${year}` }));

  // ---- Registration: the office opens the year's call.
  await nav(office).getByRole('link', { name: 'Đăng ký thi đua' }).click();
  await visible(office.getByRole('heading', { name: 'Đăng ký thi đua', level: 1 }));
  await office.getByRole('button', { name: 'Mở đăng ký thi đua' }).click();
  const call = await visible(office.getByRole('dialog', { name: 'Mở đăng ký thi đua' }));
  await visible(call.getByText('Lao động tiên tiến', { exact: true }));
  await visible(call.getByText('Tập thể lao động tiên tiến'));
  await snap(office, 'movements-09-open-call');
  await call.getByRole('button', { name: 'Mở đăng ký' }).click();
  await visible(office.getByRole('heading', { name: /^Đăng ký thi đua năm \d{4}$/, level: 1 }));
  const callId = new URL(office.url()).pathname.split('/').pop()!;
  await visible(office.getByText(/^Còn \d+ ngày$/));

  // ---- The clerk registers the school and people in bulk.
  const [p1, p2, p3, p4] = staff;
  await nav(clerk).getByRole('link', { name: 'Đăng ký thi đua' }).click();
  await visible(clerk.getByRole('link', { name: /^Đăng ký thi đua năm/ }));
  await snap(clerk, 'movements-09a-clerk-calls');
  await clerk.getByRole('link', { name: /^Đăng ký thi đua năm/ }).click();
  const table = await visible(clerk.getByRole('table', { name: 'Đăng ký tập thể, cá nhân' }));
  await visible(clerk.getByRole('tab', { name: 'Đăng ký của đơn vị' }));
  await visible(table.getByText(p1.fullName, { exact: true }));
  const lineOf = (name: string) =>
    clerk.locator('.registration-table tr.ant-table-row').filter({ hasText: name }).first();
  await lineOf(thcs.name).getByRole('checkbox').check();
  // Choosing a title ticks the line.
  await lineOf(p1.fullName).getByRole('combobox').click();
  await visible(clerk.locator('.ant-select-item-option').filter({ hasText: 'Chiến sĩ thi đua cơ sở' }));
  await clerk.locator('.ant-select-item-option').filter({ hasText: 'Chiến sĩ thi đua cơ sở' }).click();
  expect(await lineOf(p1.fullName).getByRole('checkbox').isChecked()).toBe(true);
  // The search narrows the table and keeps what is ticked.
  await clerk.getByLabel('Tìm cá nhân trong đơn vị').fill(p2.fullName);
  await visible(clerk.locator('.registration-table tr.ant-table-row').filter({ hasText: p2.fullName }));
  await lineOf(p2.fullName).getByRole('checkbox').check();
  await clerk.getByLabel('Tìm cá nhân trong đơn vị').fill('');
  await visible(lineOf(p3.fullName));
  await lineOf(p3.fullName).getByRole('checkbox').check();
  await lineOf(p4.fullName).getByRole('checkbox').check();
  await visible(clerk.getByRole('button', { name: 'Gửi đăng ký (5)' }));
  // Meanwhile p4 moves to the primary school: that line is refused and nothing is written.
  await postAs(url, 'muonglay.vhxh', `/people/${p4.id}/move`, {
    orgId: th.id,
    fromDate: testToday(),
    position: null,
    reason: 'Điều động',
  });
  await clerk.getByRole('button', { name: 'Gửi đăng ký (5)' }).click();
  await visible(clerk.getByText('Có đăng ký không hợp lệ; chưa ghi đăng ký nào.', { exact: false }));
  await visible(lineOf(p4.fullName).getByText(`${p4.fullName}: không thuộc đơn vị đăng ký.`));
  expect(await lineOf(p4.fullName).evaluate((e) => e.classList.contains('row-problem'))).toBe(true);
  expect((await officeApi.get<{ items: unknown[] }>(`/registration-calls/${callId}`)).items).toHaveLength(0);
  await lineOf(p4.fullName).scrollIntoViewIfNeeded();
  await snap(clerk, 'movements-10-row-error');
  await lineOf(p4.fullName).getByRole('checkbox').uncheck();
  await clerk.getByRole('button', { name: 'Gửi đăng ký (4)' }).click();
  await visible(clerk.getByText('Đã ghi 4 đăng ký.'));
  await visible(lineOf(p1.fullName).getByText('Đã đăng ký: Chiến sĩ thi đua cơ sở'));
  await visible(lineOf(thcs.name).getByText('Đã đăng ký: Tập thể lao động tiên tiến'));
  await table.evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await clerk.mouse.wheel(0, -120);
  await snap(clerk, 'movements-11-registered');

  // Remove a line before the deadline, then add it back.
  await clerk.getByRole('tab', { name: /^Đã đăng ký \(4\)/ }).click();
  const list = clerk.getByRole('table', { name: 'Các đăng ký đã ghi' });
  await visible(list.getByText(p3.fullName));
  await clerk.getByRole('button', { name: `Bỏ đăng ký Lao động tiên tiến của ${p3.fullName}` }).click();
  await clerk.getByRole('tooltip').getByRole('button', { name: 'Bỏ đăng ký' }).click();
  await visible(clerk.getByRole('tab', { name: /^Đã đăng ký \(3\)/ }));
  await clerk.getByRole('tab', { name: 'Đăng ký của đơn vị' }).click();
  await lineOf(p3.fullName).getByRole('checkbox').check();
  await clerk.getByRole('button', { name: 'Gửi đăng ký (1)' }).click();
  await visible(clerk.getByText('Đã ghi 1 đăng ký.'));
  await clerk.getByRole('tab', { name: /^Đã đăng ký \(4\)/ }).click();
  await snap(clerk, 'movements-12-registered-list');

  // ---- The year-end report shows them, with counts per outcome.
  await clerk.getByRole('tab', { name: 'Báo cáo cuối năm' }).click();
  const rep = await visible(clerk.getByRole('table', { name: 'Đăng ký so với kết quả' }));
  for (const name of [thcs.name, p1.fullName, p2.fullName, p3.fullName])
    await visible(rep.getByText(name, { exact: true }));
  expect(await rep.getByText(p4.fullName, { exact: true }).count()).toBe(0);
  const counts = await clerk.locator('.registration-count-value').allTextContents();
  expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(4);
  await snap(clerk, 'movements-13-report');
  const reportApi = await (await apiSession(url, 'muonglay.thcs')).get<{ rows: { name: string; outcome: string }[] }>(
    `/registration-calls/${callId}/report`,
  );
  expect(reportApi.rows.map((r) => r.name).sort()).toEqual([thcs.name, p1.fullName, p2.fullName, p3.fullName].sort());

  // The office sees every unit's lines.
  await office.reload();
  await office.getByRole('tab', { name: /^Đã đăng ký \(4\)/ }).click();
  await visible(office.getByRole('table', { name: 'Các đăng ký đã ghi' }).getByText(p1.fullName, { exact: true }));
  await snap(office, 'movements-14-office-registrations');
  await office.context().close();
  await clerk.context().close();

  // ---- The unit pages on a phone.
  const phone = await open(390, 844);
  await signIn(phone, url, 'muonglay.thcs');
  await phone.goto(`${url}/phong-trao/${movementId}`);
  await visible(phone.getByRole('heading', { name: theme, level: 1 }));
  await snap(phone, 'movements-15-phone-movement');
  await phone.getByText('Đơn vị tham gia (2)').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await snap(phone, 'movements-16-phone-participants');
  await phone.goto(`${url}/dang-ky-thi-dua/${callId}`);
  await visible(phone.getByRole('table', { name: 'Đăng ký tập thể, cá nhân' }).getByText(p1.fullName, { exact: true }));
  await snap(phone, 'movements-17-phone-register');
  await phone.getByRole('tab', { name: 'Báo cáo', exact: true }).click();
  await visible(phone.locator('.registration-counts'));
  await snap(phone, 'movements-18-phone-report');
  await phone.context().close();
  expect(pageErrors).toEqual([]);
});
