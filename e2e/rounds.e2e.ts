// Journey: a commendation round up to the council. The ward's officer opens a school-year round
// inviting the THCS school (a wrong date first, refused on the field); the school's clerk sees the
// countdown on the home page and the bell, opens the dossier, adds three people (one the engine
// finds not eligible), writes achievements, uploads a small PDF, downloads the pre-filled report
// and submits (refused first for a missing achievement). The officer returns one nominee with a
// reason; the clerk reads it, fixes and resubmits (also at phone width); the officer accepts the
// three, the one the engine rejects with a written override reason. Then the council of five
// votes in secret, the list goes on public notice, the server is restarted twelve days later
// (TDKT_CLOCK_OFFSET_DAYS) once the notice has run, the chairman signs the decision, and the
// office downloads the decision, a certificate and the payment list and reads their text.
import { readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { docxText } from '../src/documents/nd30/inspect';
import { generateDemoDataset } from '../src/demo/generate';
import { formatMoneyVN, isoDateInVietnam, moneyInWords } from '../src/domain/vi-text/index';
import {
  apiSession,
  choose,
  confirmDialog,
  demoDataDir,
  launchBrowser,
  newPage,
  settled,
  signIn,
  snap,
  startServer,
  testNow,
  type RunningServer,
  visible,
} from './harness';

/** The ward's register continues its history (issue 9.3): the demo's highest QĐ-UBND of the year, plus one. */
function wardNextNumber(year: string): string {
  const used = generateDemoDataset()
    .awards.filter(
      (a) =>
        a.issuer === 'Chủ tịch UBND phường Mường Lay' &&
        a.decisionDate.startsWith(`${year}-`) &&
        /^\d+\/QĐ-UBND$/u.test(a.decisionNo),
    )
    .map((a) => Number(a.decisionNo.split('/')[0]));
  return `${String(Math.max(0, ...used) + 1).padStart(2, '0')}/QĐ-UBND`;
}
const NO = wardNextNumber(isoDateInVietnam(testNow()).slice(0, 4));
const NO_RE = NO.replace('/', '\\/');

// One database for the whole round; the server is restarted on it with the clock moved forward.
const dataDir = demoDataDir('tdkt-e2e-round-');
let server: RunningServer | undefined;
let browser: Browser | undefined;
beforeAll(async () => {
  server = await startServer({ dataDir });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});
const j = {
  get server() {
    return server!;
  },
  get browser() {
    return browser!;
  },
};

const OFFICER = 'muonglay.vhxh';
const CLERK = 'muonglay.thcs';
const SCHOOL = 'Trường THCS Lay Nưa';
const ROUND = 'Tổng kết năm học 2025-2026 khối trường học';
/** Eligible for CSTĐCS 2025-2026, for the Giấy khen, and not eligible for the Giấy khen (rated HTNV). */
const TRANG = 'Vũ Thị Trang';
const LY = 'Lò Thùy Ly';
const NGA = 'Lê Thùy Nga';

interface Verdicts {
  items: { award: string; output: { eligible: boolean } }[];
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Chức năng' });
const vn = (iso: string) => iso.split('-').reverse().join('/');
const plusDays = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** Types a date (dd/mm/yyyy) into an Ant Design date picker found by its label. */
async function typeDate(page: Page, scope: Locator, label: string, ddmmyyyy: string) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(ddmmyyyy);
  await page.keyboard.press('Enter');
}

/** Picks the option of a single Select (no search) and checks that it was taken. */
async function pick(page: Page, scope: Locator, label: string, option: string) {
  const item = scope.locator('.ant-form-item', { has: page.getByText(label, { exact: true }) });
  for (let attempt = 0; attempt < 3; attempt++) {
    await scope.getByLabel(label, { exact: true }).click();
    const opt = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first();
    await opt.waitFor({ state: 'visible' });
    await page.waitForTimeout(200);
    await opt.click();
    if ((await item.locator('.ant-select-content, .ant-select-selection-item').first().textContent())?.includes(option))
      return;
  }
  throw new Error(`could not choose "${option}" in "${label}"`);
}

async function bell(page: Page) {
  return page.getByRole('button', { name: /^Thông báo/ });
}

/** Opens the bell's panel and follows the newest notification whose title matches. */
async function followNotification(page: Page, title: RegExp, shotName?: string) {
  await (await bell(page)).click();
  const drawer = await visible(page.getByRole('dialog', { name: /Thông báo/ }));
  const item = drawer.getByRole('button', { name: title }).first();
  await visible(item);
  if (shotName) await snap(page, shotName);
  await item.click();
  await drawer.waitFor({ state: 'hidden' });
}

function nomineeRow(page: Page, name: string) {
  return page.locator('tr.ant-table-row', { hasText: name }).first();
}

it('officer opens a round, the school proposes, the officer appraises', async () => {
  const today = isoDateInVietnam(testNow());
  const submitBy = plusDays(today, 13);
  const decisionBy = plusDays(today, 28);

  // Who the engine accepts and rejects, read the way the clerk's page will.
  const clerkApi = await apiSession(j.server.url, CLERK);
  const me = await clerkApi.get<{ grants: { orgId: string; orgName: string }[] }>('/auth/me');
  expect(me.grants[0].orgName).toBe(SCHOOL);
  const staff = (
    await clerkApi.get<{ items: { id: string; fullName: string }[] }>(
      `/people?orgId=${me.grants[0].orgId}&pageSize=100`,
    )
  ).items;
  const verdict = async (name: string, award: string) => {
    const p = staff.find((s) => s.fullName === name)!;
    const v = await clerkApi.get<Verdicts>(`/people/${p.id}/eligibility?period=2025-2026&decisionDate=${decisionBy}`);
    return v.items.find((i) => i.award === award)!.output.eligible;
  };
  expect(await verdict(TRANG, 'CSTD_CS')).toBe(true);
  expect(await verdict(LY, 'GIAY_KHEN')).toBe(true);
  expect(await verdict(NGA, 'GIAY_KHEN')).toBe(false);

  // ---- The officer opens the round.
  const officer = await newPage(j.browser);
  await signIn(officer, j.server.url, OFFICER);
  await nav(officer).getByRole('link', { name: 'Đợt xét khen thưởng' }).click();
  await visible(officer.getByRole('heading', { name: 'Đợt xét khen thưởng', level: 1 }));
  await officer.getByRole('button', { name: 'Lập đợt xét' }).click();
  const form = await visible(officer.getByRole('dialog', { name: 'Lập đợt xét khen thưởng' }));
  await form.getByLabel('Tên đợt xét').fill(ROUND);
  await choose(officer, form.getByLabel('Loại đợt xét', { exact: true }), 'Tổng kết năm học');
  // The demo's teachers were rated for the school year 2025-2026: the round reviews it, whichever
  // school year the journey's day falls in (the form proposes the one ending this calendar year).
  const schoolYear = form.getByText('Năm học 2025-2026').filter({ visible: true }).first();
  if (!(await schoolYear.isVisible()))
    await choose(officer, form.getByLabel('Kỳ xét', { exact: true }), '2025-2026', 'Năm học 2025-2026');
  await visible(schoolYear);
  await choose(
    officer,
    form.getByLabel('Danh hiệu, hình thức xét trong đợt', { exact: true }),
    'Chiến sĩ thi đua cơ sở',
  );
  await choose(officer, form.getByLabel('Danh hiệu, hình thức xét trong đợt', { exact: true }), 'Giấy khen');
  await choose(
    officer,
    form.getByLabel('Danh hiệu, hình thức xét trong đợt', { exact: true }),
    'Lao động tiên',
    'Lao động tiên tiến',
  );
  await officer.keyboard.press('Escape');
  await choose(officer, form.getByLabel('Đơn vị được mời đề nghị', { exact: true }), 'THCS Lay', SCHOOL);
  await officer.keyboard.press('Escape');
  expect(await form.getByLabel('Ngày mở đợt', { exact: true }).inputValue()).toBe(vn(today));
  await typeDate(officer, form, 'Hạn nộp hồ sơ', vn(submitBy));
  // A decision date before the deadline is refused, under the field.
  await typeDate(officer, form, 'Ngày dự kiến quyết định', vn(plusDays(today, 5)));
  await form
    .getByLabel('Ghi chú')
    .fill('Hồ sơ gồm tờ trình, biên bản họp xét của đơn vị và báo cáo thành tích từng cá nhân.');
  await form.getByRole('button', { name: 'Lập đợt xét' }).click();
  await visible(form.getByText('Ngày dự kiến quyết định phải sau hạn nộp hồ sơ.'));
  await snap(officer, 'rounds-01-create-error-on-field');
  await typeDate(officer, form, 'Ngày dự kiến quyết định', vn(decisionBy));
  await form.getByRole('button', { name: 'Lập đợt xét' }).click();
  await officer.waitForURL(/\/dot-xet\/[0-9a-f-]{36}$/);
  const roundId = officer.url().split('/').pop()!;
  await visible(officer.getByRole('heading', { name: ROUND, level: 1 }));
  await visible(officer.getByText('Đang soạn').first());
  await officer.getByRole('button', { name: 'Mở đợt xét' }).click();
  const confirmOpen = await visible(officer.getByRole('dialog', { name: /Mở đợt xét/ }));
  await snap(officer, 'rounds-02-open-confirm');
  await confirmOpen.getByRole('button', { name: 'Mở đợt xét' }).click();
  await visible(officer.getByText('Đang nhận hồ sơ').first());
  await visible(officer.getByText('Còn 13 ngày').first());
  await visible(officer.getByRole('cell', { name: SCHOOL }));
  await snap(officer, 'rounds-03-round-open');

  // ---- The clerk: the countdown on the home page, the bell, the dossier.
  const clerk = await newPage(j.browser);
  await signIn(clerk, j.server.url, CLERK);
  const card = clerk.locator('.ant-card', { hasText: 'Đợt xét khen thưởng' }).first();
  await visible(card.getByRole('link', { name: ROUND }));
  await visible(card.getByText('Còn 13 ngày'));
  await visible(card.getByText('Chưa lập hồ sơ'));
  await visible(clerk.getByRole('button', { name: 'Thông báo: 1 chưa đọc' }));
  await snap(clerk, 'rounds-04-clerk-home-countdown');
  await followNotification(clerk, /Đợt xét khen thưởng mới/, 'rounds-05-clerk-notifications');
  await clerk.waitForURL(`**/dot-xet/${roundId}`);
  await visible(clerk.getByRole('button', { name: 'Thông báo' }));
  await visible(clerk.getByRole('heading', { name: ROUND, level: 1 }));
  await snap(clerk, 'rounds-05b-clerk-round');
  await clerk
    .getByRole('button', { name: `Lập hồ sơ đề nghị của ${SCHOOL}` })
    .first()
    .click();
  await clerk.waitForURL(/\/ho-so\/[0-9a-f-]{36}$/);
  const proposalId = clerk.url().split('/').pop()!;
  await visible(clerk.getByRole('heading', { name: `Hồ sơ đề nghị khen thưởng — ${SCHOOL}`, level: 1 }));

  const add = async (search: string, name: string, award: string, achievement?: string) => {
    await clerk.getByRole('button', { name: 'Thêm đề nghị' }).click();
    const dialog = await visible(clerk.getByRole('dialog', { name: /Thêm người, tập thể/ }));
    // The list follows the typed text (debounced, from the server): choose once it has settled, and
    // check the choice was taken (a list replaced under the click takes nothing).
    const field = dialog.locator('.ant-form-item', { has: clerk.getByText('Cá nhân của đơn vị', { exact: true }) });
    for (let attempt = 0; ; attempt++) {
      await dialog.getByLabel('Cá nhân của đơn vị').click();
      await clerk.keyboard.type(search);
      await clerk.waitForTimeout(600);
      await clerk.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name }).first().click();
      await clerk.waitForTimeout(300);
      if (
        (await field.locator('.ant-select-content, .ant-select-selection-item').first().textContent())?.includes(name)
      )
        break;
      if (attempt === 2) throw new Error(`could not choose ${name}`);
    }
    await pick(clerk, dialog, 'Danh hiệu, hình thức đề nghị', award);
    if (achievement) await dialog.getByLabel('Tóm tắt thành tích').fill(achievement);
    if (name === NGA) await snap(clerk, 'rounds-06-add-nominee');
    await dialog.getByRole('button', { name: 'Thêm vào hồ sơ' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await visible(nomineeRow(clerk, name));
  };
  // The search ignores diacritics.
  await add(
    'vu thi trang',
    TRANG,
    'Chiến sĩ thi đua cơ sở',
    'Giáo viên dạy giỏi cấp tỉnh môn Toán; 100% học sinh lớp chủ nhiệm lên lớp; sáng kiến "Dạy học hình học theo dự án" được công nhận cấp cơ sở.',
  );
  await add('Ly', LY, 'Giấy khen');
  await add(
    'le thuy nga',
    NGA,
    'Giấy khen',
    'Hoàn thành nhiệm vụ giảng dạy môn Khoa học tự nhiên; tham gia hội thi giáo viên dạy giỏi cấp trường.',
  );
  await visible(nomineeRow(clerk, NGA).getByText('Chưa đủ điều kiện'));
  await visible(nomineeRow(clerk, TRANG).getByText('Đủ điều kiện', { exact: true }));
  await visible(nomineeRow(clerk, TRANG).getByText('2.530.000 đ'));
  await clerk
    .getByLabel('Nội dung tờ trình')
    .fill(
      'Căn cứ kết quả phong trào thi đua năm học 2025-2026, Trường THCS Lay Nưa đề nghị khen thưởng 03 cá nhân có thành tích xuất sắc.',
    );
  await clerk.getByRole('button', { name: 'Lưu nội dung' }).click();
  await visible(clerk.getByText('Đã lưu nội dung tờ trình.'));
  await clerk.getByRole('button', { name: 'Xem chi tiết tất cả' }).click();
  // The criteria of the one the engine rejects, with their legal basis.
  const ngaDetails = nomineeRow(clerk, NGA).locator('xpath=following-sibling::tr[1]');
  await visible(ngaDetails.getByText(/Hoàn thành nhiệm vụ \(HTNV\) — chưa đạt/));
  await visible(ngaDetails.getByRole('img', { name: 'Chưa đạt' }).first());
  await ngaDetails.evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await clerk.mouse.wheel(0, -120);
  await snap(clerk, 'rounds-07-dossier-criteria');

  // The pre-filled achievement report (Mẫu 05 style) for Trang.
  const trangDetails = nomineeRow(clerk, TRANG).locator('xpath=following-sibling::tr[1]');
  const [report] = await Promise.all([
    clerk.waitForEvent('download'),
    trangDetails.getByRole('link', { name: /Mẫu báo cáo thành tích/ }).click(),
  ]);
  expect(report.suggestedFilename()).toBe(`Báo cáo thành tích - ${TRANG}.docx`);
  const zip = await JSZip.loadAsync(await readFile((await report.path())!));
  const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
  expect(text).toContain('BÁO CÁO THÀNH TÍCH');
  expect(text).toContain(TRANG);

  // A wrong file is refused before sending; a small PDF is accepted.
  const upload = trangDetails.locator('input[type=file]');
  await upload.setInputFiles({
    name: 'bang-diem.xlsx',
    mimeType: 'application/vnd.ms-excel',
    buffer: Buffer.from('PK\u0003\u0004'),
  });
  await visible(trangDetails.getByText(/không thuộc loại được nhận/));
  await upload.setInputFiles({
    name: 'Giấy chứng nhận giáo viên dạy giỏi.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n% giấy chứng nhận\n%%EOF\n'),
  });
  await visible(trangDetails.getByRole('link', { name: 'Giấy chứng nhận giáo viên dạy giỏi.pdf' }));

  // Sending without Ly's achievement is refused, naming her.
  await clerk.getByRole('button', { name: 'Gửi hồ sơ' }).click();
  let confirm = await visible(clerk.getByRole('dialog', { name: /Gửi hồ sơ đề nghị/ }));
  await visible(confirm.getByText(/Sau khi gửi, hồ sơ bị khóa/));
  await snap(clerk, 'rounds-08-submit-confirm');
  await confirm.getByRole('button', { name: 'Gửi hồ sơ' }).click();
  await visible(clerk.getByRole('alert').getByText(/Lò Thùy Ly: chưa có báo cáo thành tích/));
  await clerk.evaluate(() => window.scrollTo(0, 0));
  await snap(clerk, 'rounds-09-submit-refused');
  await clerk.getByRole('button', { name: `Sửa đề nghị của ${LY}` }).click();
  let edit = await visible(clerk.getByRole('dialog', { name: `Sửa đề nghị — ${LY}` }));
  await edit
    .getByLabel('Tóm tắt thành tích')
    .fill('Giáo viên chủ nhiệm lớp 8A đạt danh hiệu lớp tiên tiến; bồi dưỡng 02 học sinh giỏi cấp huyện môn Ngữ văn.');
  await edit.getByRole('button', { name: 'Lưu' }).click();
  await edit.waitFor({ state: 'hidden' });
  await clerk.getByRole('button', { name: 'Gửi hồ sơ' }).click();
  confirm = await visible(clerk.getByRole('dialog', { name: /Gửi hồ sơ đề nghị/ }));
  await confirm.getByRole('button', { name: 'Gửi hồ sơ' }).click();
  await visible(clerk.getByText(/đang chờ thẩm định/).first());
  expect(await clerk.getByRole('button', { name: 'Thêm đề nghị' }).count()).toBe(0);
  await snap(clerk, 'rounds-10-submitted-locked');

  // ---- The officer returns Ly's nominee with a reason.
  // Later that day: the officer comes back to the home page.
  await officer.goto(`${j.server.url}/`);
  const officerCard = officer.locator('.ant-card', { hasText: 'Hồ sơ chờ thẩm định' }).first();
  await visible(officerCard.getByText('Hồ sơ chờ thẩm định (1)'));
  await visible(officerCard.getByText(/Hạn thẩm định \d{2}\/\d{2}\/\d{4} — còn \d+ ngày làm việc/));
  await visible(officer.getByRole('button', { name: /^Thông báo: \d+ chưa đọc/ }));
  await snap(officer, 'rounds-10b-officer-home');
  await followNotification(officer, /gửi hồ sơ đề nghị chờ thẩm định/);
  await officer.waitForURL(`**/dot-xet/${roundId}/tham-dinh`);
  await visible(officer.getByRole('heading', { name: 'Thẩm định hồ sơ đề nghị', level: 1 }));
  await visible(officer.getByText(/Hạn thẩm định \d{2}\/\d{2}\/\d{4} — còn \d+ ngày làm việc/));
  await snap(officer, 'rounds-11-appraisal');
  await officer.getByRole('button', { name: `Trả lại đề nghị của ${LY}` }).click();
  const ret = await visible(officer.getByRole('dialog', { name: `Trả lại đề nghị của ${LY}` }));
  const reason = 'Thiếu minh chứng: bổ sung quyết định công nhận lớp tiên tiến và danh sách học sinh giỏi cấp huyện.';
  await ret.getByLabel('Lý do trả lại, nội dung cần bổ sung').fill(reason);
  await ret.getByRole('button', { name: 'Trả lại' }).click();
  await ret.waitFor({ state: 'hidden' });
  await visible(nomineeRow(officer, LY).getByText('Bị trả lại'));
  await snap(officer, 'rounds-12-returned-one');
  // The office reads the dossier read-only (it could step in and edit for the unit).
  await officer.getByRole('link', { name: `Xem hồ sơ đầy đủ của ${SCHOOL}` }).click();
  await officer.waitForURL(`**/ho-so/${proposalId}`);
  await visible(officer.getByText('Bạn đang xem hồ sơ của đơn vị (chỉ đọc).'));
  await visible(officer.getByRole('button', { name: 'Sửa thay đơn vị' }));
  expect(await officer.getByRole('button', { name: 'Thêm đề nghị' }).count()).toBe(0);
  expect(await officer.getByRole('button', { name: /Gửi lại hồ sơ/ }).count()).toBe(0);
  await snap(officer, 'rounds-12b-office-reads-dossier');
  await officer.goBack();

  // ---- The clerk reads the reason, fixes and resubmits.
  await clerk.reload();
  await followNotification(clerk, /bị trả lại để bổ sung/);
  await clerk.waitForURL(`**/ho-so/${proposalId}`);
  await visible(clerk.getByText('Hồ sơ bị trả lại để bổ sung'));
  await visible(clerk.getByRole('alert').filter({ hasText: 'Hồ sơ bị trả lại' }).getByText(`${LY}: ${reason}`));
  await snap(clerk, 'rounds-13-clerk-returned');

  // The same page on a phone.
  const phone = await newPage(j.browser, 390, 844);
  await signIn(phone, j.server.url, CLERK);
  await phone.goto(`${j.server.url}/ho-so/${proposalId}`);
  await visible(phone.getByText('Hồ sơ bị trả lại để bổ sung'));
  await snap(phone, 'rounds-14-phone-dossier');
  await nomineeRow(phone, LY).evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await phone.mouse.wheel(0, -80);
  await snap(phone, 'rounds-14b-phone-nominees');
  await phone.getByRole('button', { name: 'Xem chi tiết tất cả' }).click();
  await nomineeRow(phone, NGA)
    .locator('xpath=following-sibling::tr[1]')
    .evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await snap(phone, 'rounds-14c-phone-criteria');
  await phone.context().close();

  await clerk.getByRole('button', { name: 'Xem chi tiết tất cả' }).click();
  const lyDetails = nomineeRow(clerk, LY).locator('xpath=following-sibling::tr[1]');
  await visible(lyDetails.getByText(`Lý do: ${reason}`));
  await lyDetails.locator('input[type=file]').setInputFiles({
    name: 'QĐ công nhận lớp tiên tiến.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n% quyết định\n%%EOF\n'),
  });
  await visible(lyDetails.getByRole('link', { name: 'QĐ công nhận lớp tiên tiến.pdf' }));
  await clerk.getByRole('button', { name: `Sửa đề nghị của ${LY}` }).click();
  edit = await visible(clerk.getByRole('dialog', { name: `Sửa đề nghị — ${LY}` }));
  await edit
    .getByLabel('Tóm tắt thành tích')
    .fill(
      'Giáo viên chủ nhiệm lớp 8A đạt danh hiệu lớp tiên tiến (QĐ kèm theo); bồi dưỡng 02 học sinh giỏi cấp huyện môn Ngữ văn (danh sách kèm theo).',
    );
  await edit.getByRole('button', { name: 'Lưu' }).click();
  await edit.waitFor({ state: 'hidden' });
  await clerk.getByRole('button', { name: 'Gửi lại hồ sơ' }).first().click();
  confirm = await visible(clerk.getByRole('dialog', { name: /Gửi lại hồ sơ/ }));
  await confirm.getByRole('button', { name: 'Gửi hồ sơ' }).click();
  await visible(clerk.getByText(/đang chờ thẩm định/).first());
  await snap(clerk, 'rounds-15-resubmitted');

  // ---- The officer accepts the three; against the engine only with a written reason.
  await officer.reload();
  await visible(officer.getByText('Gửi lần 2', { exact: false }).first());
  await officer.getByRole('button', { name: `Chấp nhận đề nghị của ${TRANG}`, exact: true }).click();
  await visible(nomineeRow(officer, TRANG).getByText('Đã thẩm định, trình Hội đồng'));
  await officer.getByRole('button', { name: `Chấp nhận đề nghị của ${LY}`, exact: true }).click();
  await visible(nomineeRow(officer, LY).getByText('Đã thẩm định, trình Hội đồng'));
  await officer.getByRole('button', { name: `Chấp nhận đề nghị của ${NGA}`, exact: true }).click();
  const override = await visible(officer.getByRole('dialog', { name: `Chấp nhận đề nghị của ${NGA}` }));
  await visible(override.getByText('Kết quả xét điều kiện: Chưa đủ điều kiện'));
  await override.getByRole('button', { name: 'Chấp nhận' }).click();
  await visible(override.getByText('Chưa ghi lý do.'));
  await override
    .getByLabel('Lý do chấp nhận khác kết quả xét điều kiện')
    .fill(
      'Kết quả đánh giá năm học đã được Hiệu trưởng điều chỉnh lên Hoàn thành tốt nhiệm vụ (văn bản kèm theo), chưa cập nhật vào hệ thống.',
    );
  await snap(officer, 'rounds-16-override-reason');
  await override.getByRole('button', { name: 'Chấp nhận' }).click();
  await override.waitFor({ state: 'hidden' });
  await visible(nomineeRow(officer, NGA).getByText('Đã thẩm định, trình Hội đồng'));
  await visible(officer.getByText('Đã thẩm định').first());
  await snap(officer, 'rounds-17-appraised');

  const officerApi = await apiSession(j.server.url, OFFICER);
  const round = await officerApi.get<{
    proposals: { status: string; nominees: Record<string, number>; submissions: number }[];
  }>(`/rounds/${roundId}`);
  expect(round.proposals[0]).toMatchObject({ status: 'appraised', submissions: 2, nominees: { accepted: 3 } });
  await officer.getByRole('link', { name: 'Về đợt xét' }).click();
  await visible(officer.getByText('3 đề nghị (3 đã thẩm định, trình hội đồng)'));
  await snap(officer, 'rounds-18-round-after-appraisal');
  await nav(officer).getByRole('link', { name: 'Đợt xét khen thưởng' }).click();
  await visible(officer.getByText('1/1 đơn vị đã gửi'));
  await snap(officer, 'rounds-19-list-officer');
  await nav(clerk).getByRole('link', { name: 'Đợt xét khen thưởng' }).click();
  await visible(clerk.getByRole('link', { name: ROUND }));
  await snap(clerk, 'rounds-20-list-clerk');
});

async function castBallot(username: string, noOn: string | null) {
  const page = await newPage(j.browser);
  await signIn(page, j.server.url, username);
  await nav(page).getByRole('link', { name: 'Phiếu bầu Hội đồng' }).click();
  await page.getByRole('link', { name: ROUND }).first().click();
  await visible(page.getByText('Phiếu bầu kín'));
  for (const name of [TRANG, LY, NGA]) {
    await page
      .getByRole('radiogroup', { name: new RegExp(name) })
      .getByLabel(name === noOn ? 'Không đồng ý' : 'Đồng ý', { exact: true })
      .check();
  }
  await page.getByRole('button', { name: 'Bỏ phiếu', exact: true }).click();
  const confirm = await visible(page.getByRole('dialog', { name: 'Xác nhận bỏ phiếu' }));
  // Let the dialog finish opening: a click during its animation can be lost.
  await settled(page);
  await confirm.getByRole('button', { name: 'Xác nhận bỏ phiếu' }).click();
  const code = (
    await (await visible(page.getByRole('dialog', { name: 'Đã bỏ phiếu' }).locator('h2'))).innerText()
  ).trim();
  expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
  if (username === 'muonglay.chutich') await snap(page, 'rounds-22-ballot-receipt');
  await page.context().close();
}

async function downloadText(page: Page, click: () => Promise<void>): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download') as Promise<Download>, click()]);
  return docxText(readFileSync((await dl.path())!));
}

it('the council of five votes, the list goes public, and after the notice the chairman signs the decision', async () => {
  // ---- The office sets up the meeting with the three appraised nominees.
  const office = await newPage(j.browser);
  await signIn(office, j.server.url, OFFICER);
  await nav(office).getByRole('link', { name: 'Hội đồng TĐKT' }).click();
  await office.getByRole('tab', { name: 'Phiên họp' }).click();
  await office.getByRole('button', { name: 'Tạo phiên họp' }).click();
  const dialog = await visible(office.getByRole('dialog', { name: 'Tạo phiên họp Hội đồng' }));
  const option = (text: string) =>
    office
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .filter({ hasText: text })
      .first()
      .click();
  await dialog.getByLabel('Đợt xét khen thưởng').click();
  await option(ROUND);
  await dialog.getByLabel('Hội đồng').click();
  await option('Hội đồng Thi đua - Khen thưởng phường Mường Lay');
  await dialog.getByLabel('Ngày họp').click();
  await dialog.getByLabel('Ngày họp').fill(vn(isoDateInVietnam(testNow())));
  await office.keyboard.press('Enter');
  await dialog.getByLabel('Địa điểm').fill('Hội trường UBND phường Mường Lay');
  await dialog.getByRole('button', { name: 'Tạo phiên họp' }).click();
  await office.waitForURL(/\/hoi-dong\/phien-hop\/[0-9a-f-]{36}$/);
  const meetingUrl = office.url();
  for (const n of [TRANG, LY, NGA]) await visible(office.getByRole('cell', { name: new RegExp(n) }).first());
  const boxes = office.locator('.ant-checkbox-group input[type=checkbox]');
  expect(await boxes.count()).toBe(5);
  for (let i = 0; i < 5; i++) await boxes.nth(i).check();
  await office.getByRole('button', { name: 'Lưu điểm danh' }).click();
  await visible(office.getByText('Đủ số thành viên để biểu quyết'));
  await office.getByRole('button', { name: 'Mở bỏ phiếu' }).click();
  await confirmDialog(office.getByRole('dialog'), 'Mở bỏ phiếu');
  await visible(office.getByText('Đã bỏ phiếu: 0/5', { exact: false }));
  await snap(office, 'rounds-21-meeting-open');

  // ---- Five members vote in secret; one votes against Nga's Giấy khen (a majority still passes it).
  await castBallot('muonglay.chutich', null);
  await castBallot('muonglay.hoidong1', null);
  await castBallot('muonglay.hoidong2', NGA);
  await castBallot('muonglay.hoidong3', null);
  await castBallot('muonglay.hoidong4', null);
  await office.goto(meetingUrl);
  await visible(office.getByText('Đã bỏ phiếu: 5/5', { exact: false }));
  await office.getByRole('button', { name: 'Kết thúc và kiểm phiếu' }).click();
  await confirmDialog(office.getByRole('dialog'), 'Kết thúc và kiểm phiếu');
  await visible(office.getByText('Kết quả bỏ phiếu').first());
  await visible(office.getByText('Thông qua', { exact: true }).first());
  expect(await office.getByText('Thông qua', { exact: true }).count()).toBe(3);
  await snap(office, 'rounds-23-tally');

  // ---- Public notice, read without signing in.
  await office.getByRole('button', { name: 'Công khai danh sách' }).click();
  // Publishing asks for confirmation and the notice period (the legal minimum by default).
  await confirmDialog(office.getByRole('dialog'), 'Công khai');
  await office.getByRole('link', { name: 'Xem thông báo công khai' }).click();
  await visible(office.getByText('Đang công khai').first());
  await snap(office, 'rounds-24-notice');
  const citizen = await newPage(j.browser, 390, 844);
  await citizen.goto(`${j.server.url}/cong-khai`);
  await citizen
    .getByRole('link', { name: /Công khai danh sách đề nghị khen thưởng/ })
    .first()
    .click();
  for (const n of [TRANG, LY, NGA]) await visible(citizen.getByRole('cell', { name: n }));
  await snap(citizen, 'rounds-25-public-notice');
  await citizen.context().close();
  await office.context().close();

  // ---- Twelve days later the notice has run its ten days: the server comes back with the clock moved.
  await server!.stop();
  server = await startServer({ dataDir, env: { TDKT_CLOCK_OFFSET_DAYS: '12' } });
  expect(server.output()).toContain('TDKT_CLOCK_OFFSET_DAYS');
  const office2 = await newPage(j.browser);
  await signIn(office2, j.server.url, OFFICER);
  await nav(office2).getByRole('link', { name: 'Quyết định khen thưởng' }).click();
  await office2.getByRole('link', { name: ROUND }).click();
  await office2.getByRole('button', { name: 'Lập dự thảo quyết định' }).click();
  const draft = await visible(office2.getByRole('dialog', { name: 'Lập dự thảo quyết định khen thưởng' }));
  await draft.getByRole('button', { name: 'Lập dự thảo' }).click();
  await office2.waitForURL(/\/quyet-dinh\/[0-9a-f-]{36}$/);
  for (const n of [TRANG, LY, NGA]) await visible(office2.getByRole('cell', { name: new RegExp(n) }).first());
  await snap(office2, 'rounds-26-decision-draft');
  await office2.getByRole('button', { name: 'Trình ký' }).click();
  await visible(office2.getByRole('button', { name: 'Đã trình ký' }));
  const decisionUrl = office2.url();

  const chair = await newPage(j.browser);
  await signIn(chair, j.server.url, 'muonglay.chutich');
  await nav(chair).getByRole('link', { name: 'Quyết định chờ ký' }).click();
  await visible(chair.getByRole('cell', { name: new RegExp(TRANG) }).first());
  await chair.getByRole('button', { name: 'Ký', exact: true }).click();
  const sign = await visible(chair.getByRole('dialog').filter({ hasText: 'Ký ban hành quyết định?' }));
  await sign.getByRole('button', { name: 'Ký ban hành' }).click();
  await visible(chair.getByText(new RegExp(`Đã ký ban hành Quyết định số ${NO_RE}`)));
  await snap(chair, 'rounds-27-signed');

  // ---- The documents, read back: motto, number, names, amounts in figures and words.
  await office2.goto(decisionUrl);
  await visible(office2.getByRole('heading', { name: new RegExp(`Quyết định số ${NO_RE}`) }));
  await snap(office2, 'rounds-28-decision');
  // Each Giấy khen 0,3 × 2.530.000 = 759.000 → 760.000 đ (rounded up). Trang's CSTĐCS is worth
  // 1,0 × 2.530.000 đ, but she was already paid for LĐTT of the same school year (760.000 đ): only
  // the highest title of a period is paid, so the decision pays the difference, 1.770.000 đ.
  const total = 1_770_000 + 2 * 760_000;
  const decision = await downloadText(office2, () => office2.getByRole('link', { name: 'Quyết định (Word)' }).click());
  for (const s of [
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    `Số: ${NO}`,
    TRANG,
    LY,
    NGA,
    '1.770.000',
    '760.000',
    formatMoneyVN(total).replace(/\s*đ$/, ''),
    moneyInWords(total),
  ]) {
    expect(decision).toContain(s);
  }
  const certificate = await downloadText(office2, () =>
    office2.getByRole('link', { name: `Giấy khen của ${LY} (Word)` }).click(),
  );
  for (const s of [LY, NO, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']) expect(certificate).toContain(s);
  expect(certificate).toMatch(/sổ vàng/i);
  const payment = await downloadText(office2, () =>
    office2.getByRole('link', { name: 'Danh sách chi tiền thưởng (Word)' }).click(),
  );
  for (const s of ['DANH SÁCH CHI TIỀN THƯỞNG', TRANG, LY, NGA, moneyInWords(total)]) expect(payment).toContain(s);
});
