// Journey: eligibility. The provincial officer opens a story person (CSTĐCS 2023–2025 across the
// Mường Lay merger) and reads what they can be proposed for, criteria naming years and the bonus
// in figures and words; overrides a verdict with a reason; runs the bulk check for phường Mường Lay
// and overrides a row there; reads the catalogue with its "not verified" marks. The administrator
// changes the LĐTT multiplier from 1 January next year (a wrong value first, refused on the field) and finds
// the change in the history. A school's clerk reads the catalogue but cannot change it.
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { formatMoneyVN } from '../src/domain/vi-text/index';
import { apiSession, journey, newPage, signIn, snap, testToday, visible } from './harness';

/** The rule change takes effect on 1 January of the year after the journey's day. */
const NEXT = Number(testToday().slice(0, 4)) + 1;

const j = journey();

interface Org {
  id: string;
  code: string;
  name: string;
}
interface PersonRow {
  id: string;
  fullName: string;
  position: string | null;
}
interface Verdicts {
  items: {
    award: string;
    name: string;
    output: {
      eligible: boolean;
      criteria: { id: string; met: boolean | null; basis: string; message: string }[];
      bonus: { amount: number; amountInWords: string };
    };
  }[];
}
interface Bulk {
  checked: number;
  eligible: { personId: string; fullName: string }[];
  oneShort: { personId: string; fullName: string; failed: { message: string }[] }[];
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Chức năng' });

/** Picks a date in an Ant Design date picker by typing it (dd/mm/yyyy). */
async function typeDate(
  page: Page,
  label: string,
  ddmmyyyy: string,
  scope: Page | import('playwright-core').Locator = page,
) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(ddmmyyyy);
  await page.keyboard.press('Enter');
}

it('officer, administrator and clerk: verdicts, bulk check, overrides, catalogue', async () => {
  const officerApi = await apiSession(j.server.url, 'vanphong');
  const orgs = (await officerApi.get<{ items: Org[] }>('/organisations')).items;
  const ward = orgs.find((o) => o.code === 'DEMO.MLAY')!;
  const vhxh = orgs.find((o) => o.code === 'DEMO.MLAY.VHXH')!;
  expect(ward.name).toBe('Phường Mường Lay');

  // The story person: in the ward's Phòng Văn hóa - Xã hội, CSTĐCS 2023, 2024 and 2025 on record.
  const staff = (await officerApi.get<{ items: PersonRow[] }>(`/people?orgId=${vhxh.id}&pageSize=50`)).items;
  let story: PersonRow | null = null;
  for (const p of staff) {
    const v = await officerApi.get<Verdicts>(`/people/${p.id}/eligibility?period=2025&decisionDate=2025-12-15`);
    const streak = v.items
      .find((i) => i.award === 'CSTD_TINH')!
      .output.criteria.find((c) => c.id === 'cstdcs_streak_3')!;
    if (streak.met && ['2023', '2024', '2025'].every((y) => streak.message.includes(y))) story = p;
  }
  expect(story, 'the deputy head with CSTĐCS 2023–2025').not.toBeNull();
  const person = story!;
  const expected = await officerApi.get<Verdicts>(
    `/people/${person.id}/eligibility?period=2025&decisionDate=2025-12-15`,
  );
  const cstdTinh = expected.items.find((i) => i.award === 'CSTD_TINH')!;
  const streak = cstdTinh.output.criteria.find((c) => c.id === 'cstdcs_streak_3')!;

  // ---- The officer finds the person by name and reads the verdicts for 2025.
  const page = await newPage(j.browser);
  await signIn(page, j.server.url, 'vanphong');
  await visible(nav(page).getByRole('link', { name: 'Xét điều kiện hàng loạt' }));
  await visible(nav(page).getByRole('link', { name: 'Danh mục và quy định' }));
  await nav(page).getByRole('link', { name: 'Cá nhân' }).click();
  await page.getByPlaceholder('Tìm theo họ tên, số CCCD…').fill(person.fullName);
  await page.getByRole('link', { name: person.fullName, exact: true }).first().click();
  await visible(page.getByRole('heading', { name: person.fullName, level: 1 }));
  await page.getByRole('tab', { name: 'Có thể đề nghị trong kỳ' }).click();
  const card = page.locator('#co-the-de-nghi');
  await visible(card.getByLabel('Kỳ xét', { exact: true }));
  await card.getByLabel('Kỳ xét', { exact: true }).click();
  await page.keyboard.type('Năm 2025');
  await page.keyboard.press('Enter');
  await typeDate(page, 'Ngày quyết định dự kiến', '15/12/2025', card);
  await visible(card.getByText(/Xét năm 2025, ngày quyết định dự kiến 15\/12\/2025, mức lương cơ sở 2\.340\.000 đ/));
  const header = card.getByRole('button', { name: new RegExp(`^${cstdTinh.name}`) });
  await header.click();
  // Criteria messages name the years; the bonus is shown in figures and in words.
  await visible(card.getByText(streak.message, { exact: true }));
  await visible(card.getByText(streak.basis, { exact: true }).first());
  await visible(card.getByText(formatMoneyVN(cstdTinh.output.bonus.amount), { exact: true }).first());
  await visible(card.getByText(`(${cstdTinh.output.bonus.amountInWords})`));
  expect(cstdTinh.output.bonus.amount).toBe(7_020_000);
  const failing = cstdTinh.output.criteria.find((c) => c.met === false)!;
  await visible(card.getByText(failing.message));
  await visible(card.getByText('Hội đồng xem xét', { exact: true }).first());
  await header.evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await page.mouse.wheel(0, -70);
  await snap(page, 'eligibility-01-person-verdicts');

  // Catalogue awards beyond the contract are offered too: the province's commemorative medal
  // (0.6 × base salary) and long service, whose amount is not known until the form is decided.
  const kncName = expected.items.find((i) => i.award === 'KNC_TINH')!.name;
  const congHienName = expected.items.find((i) => i.award === 'CONG_HIEN')!.name;
  expect(kncName).toBe('Kỷ niệm chương của tỉnh');
  const congHien = card.getByRole('button', { name: new RegExp(`^${congHienName}`) });
  await visible(card.getByRole('button', { name: new RegExp(`^${kncName}`) }));
  await visible(congHien.getByText('Chưa xác định'));
  await header.click();
  await congHien.click();
  await visible(card.getByText(/nữ được giảm 1\/3 thời gian/));
  await visible(card.getByText(/tùy hình thức khen thưởng được quyết định/));
  await congHien.evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await page.mouse.wheel(0, -70);
  await snap(page, 'eligibility-01b-person-catalogue-awards');
  await congHien.click();
  await header.click();
  await header.evaluate((e) => e.scrollIntoView({ block: 'start' }));

  // Override the CSTĐ tỉnh verdict: the reason is required and must say something.
  // The button inside the CSTĐ tỉnh panel itself, once its opening animation has ended: under
  // load a click on a panel still moving can land on nothing.
  const panel = header.locator('xpath=..');
  const overrideButton = await visible(panel.getByRole('button', { name: 'Điều chỉnh kết quả' }));
  await panel.locator('.ant-motion-collapse').waitFor({ state: 'detached' });
  await overrideButton.click();
  const dialog = await visible(page.getByRole('dialog', { name: /Điều chỉnh kết quả/ }));
  await visible(dialog.getByText('Việc điều chỉnh được ghi vào nhật ký hệ thống'));
  await dialog.getByLabel('Đủ điều kiện', { exact: true }).check();
  await dialog.getByLabel('Lý do').fill('Ngắn');
  await dialog.getByRole('button', { name: 'Ghi nhận điều chỉnh' }).click();
  await visible(dialog.getByText('Lý do phải nêu rõ căn cứ (ít nhất 10 ký tự).'));
  await snap(page, 'eligibility-02-override-form');
  const reason = 'Sáng kiến cấp tỉnh đã được Hội đồng khoa học tỉnh công nhận ngày 10/12/2025, hồ sơ bổ sung kèm theo';
  await dialog.getByLabel('Lý do').fill(reason);
  await dialog.getByRole('button', { name: 'Ghi nhận điều chỉnh' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await visible(card.getByText('Đã điều chỉnh: Đủ điều kiện').first());
  await visible(card.getByText(`Lý do: ${reason}`));
  await visible(
    card.getByText(/Cán bộ Thường trực Hội đồng Thi đua - Khen thưởng tỉnh — \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/),
  );
  await snap(page, 'eligibility-03-person-overridden');

  // ---- The bulk check for the ward, CSTĐCS 2025.
  await nav(page).getByRole('link', { name: 'Xét điều kiện hàng loạt' }).click();
  await visible(page.getByRole('heading', { name: 'Xét điều kiện hàng loạt', level: 1 }));
  await page.getByLabel('Đơn vị').click();
  await page.keyboard.type('Phường Mường Lay');
  await page.keyboard.press('Enter');
  await page.getByLabel('Danh hiệu, hình thức').click();
  await page.keyboard.type('Chiến sĩ thi đua cơ sở');
  await page.keyboard.press('Enter');
  await page.getByLabel('Kỳ xét', { exact: true }).click();
  await page.keyboard.type('Năm 2025');
  await page.keyboard.press('Enter');
  await typeDate(page, 'Ngày quyết định', '15/12/2025');
  await page.getByRole('button', { name: 'Xét điều kiện' }).click();
  const bulk = await officerApi.get<Bulk>(
    `/eligibility/bulk?orgId=${ward.id}&award=CSTD_CS&period=2025&decisionDate=2025-12-15`,
  );
  expect(bulk.eligible.length).toBeGreaterThan(0);
  expect(bulk.oneShort.length).toBeGreaterThan(0);
  const eligibleTable = page.getByRole('table', { name: 'Đủ điều kiện' });
  const shortTable = page.getByRole('table', { name: 'Còn thiếu một tiêu chí' });
  await visible(page.getByText(`Đủ điều kiện (${bulk.eligible.length})`));
  await visible(page.getByText(`Còn thiếu một tiêu chí (${bulk.oneShort.length})`));
  await visible(eligibleTable.getByRole('link', { name: bulk.eligible[0].fullName, exact: true }).first());
  await visible(shortTable.getByRole('link', { name: bulk.oneShort[0].fullName, exact: true }).first());
  // The check ran on the server as a job (issue 16): the address keeps it, the Excel file is the job's.
  const jobId = new URL(page.url()).searchParams.get('job');
  expect(jobId).toMatch(/^[0-9a-f-]{36}$/);
  const exportHref = await page.getByRole('link', { name: 'Xuất Excel' }).getAttribute('href');
  expect(exportHref).toContain(`/api/v1/eligibility/bulk-jobs/${jobId}/file`);
  const job = await officerApi.get<{ status: string; checked: number; orgId: string; award: string; period: string }>(
    `/eligibility/bulk-jobs/${jobId}`,
  );
  expect(job).toMatchObject({
    status: 'done',
    checked: bulk.checked,
    orgId: ward.id,
    award: 'CSTD_CS',
    period: '2025',
  });
  await snap(page, 'eligibility-04-bulk');
  // The Excel file holds the same two lists.
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
  expect(cells).toContain(bulk.eligible[0].fullName);
  expect(cells).toContain(bulk.oneShort[0].fullName);
  expect(cells).toContain('Còn thiếu một tiêu chí');
  await shortTable.evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await page.mouse.wheel(0, -130);
  await snap(page, 'eligibility-05-bulk-one-short');

  // Override the first "one short" row; the marker appears on it.
  const firstShort = bulk.oneShort[0];
  await shortTable.getByRole('button', { name: `Điều chỉnh kết quả của ${firstShort.fullName}` }).click();
  const bulkDialog = await visible(page.getByRole('dialog', { name: /Điều chỉnh kết quả — Chiến sĩ thi đua cơ sở/ }));
  await bulkDialog.getByLabel('Đủ điều kiện', { exact: true }).check();
  await bulkDialog
    .getByLabel('Lý do')
    .fill('Hội đồng phường họp ngày 12/12/2025 công nhận sáng kiến cấp cơ sở còn thiếu hồ sơ');
  await bulkDialog.getByRole('button', { name: 'Ghi nhận điều chỉnh' }).click();
  await bulkDialog.waitFor({ state: 'hidden' });
  const row = shortTable
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: firstShort.fullName, exact: true }) })
    .first();
  await visible(row.getByText('Đã điều chỉnh: Đủ điều kiện'));
  await row.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  await snap(page, 'eligibility-06-bulk-override-marked');

  // The name opens that person's verdicts for the same award, period and decision date.
  await row.getByRole('link', { name: firstShort.fullName, exact: true }).click();
  await visible(page.getByRole('heading', { name: firstShort.fullName, level: 1 }));
  const theirs = page.locator('#co-the-de-nghi');
  await visible(theirs.getByText(/Xét năm 2025, ngày quyết định dự kiến 15\/12\/2025/));
  const cstdcs = theirs.getByRole('button', { name: /^Chiến sĩ thi đua cơ sở/ });
  expect(await cstdcs.getAttribute('aria-expanded')).toBe('true');
  await visible(theirs.getByText(firstShort.failed[0].message.split(' | ')[0].slice(0, 40), { exact: false }).first());
  await visible(theirs.getByText('Đã điều chỉnh thành: Đủ điều kiện'));
  await snap(page, 'eligibility-07-person-from-bulk');

  // ---- The catalogue: the rules in force. Doubts about a rule are the administrator's to confirm:
  // the office sees no marks of doubt (issue 9).
  await nav(page).getByRole('link', { name: 'Danh mục và quy định' }).click();
  await visible(page.getByRole('heading', { name: 'Danh mục và quy định', level: 1 }));
  await visible(page.getByText(/Quy định toàn quốc theo Luật Thi đua, khen thưởng 2022/).first());
  await visible(page.getByRole('cell', { name: /Lao động tiên tiến/ }).first());
  await page.getByRole('button', { name: 'Mở rộng tất cả' }).click();
  expect(await page.getByText(/Chưa kiểm chứng|cần đối chiếu|chưa được kiểm chứng|\[U\]|\[R\]/).count()).toBe(0);
  await snap(page, 'eligibility-08-catalogue');
  // The catalogue's own awards: outside the contract's code table, their [U] multiplier flagged.
  const kncRow = page.getByRole('row').filter({ hasText: 'KNC_TINH' }).first();
  await kncRow.scrollIntoViewIfNeeded();
  await visible(kncRow.getByText('Ngoài hợp đồng dữ liệu'));
  await visible(kncRow.getByText('Hình thức khen thưởng'));
  expect(await kncRow.getByText('Chưa kiểm chứng').count()).toBe(0);
  await visible(kncRow.getByText(/mức trần/));
  const congHienRow = page.getByRole('row').filter({ hasText: 'CONG_HIEN' }).first();
  await visible(congHienRow.getByText('Theo hình thức được tặng'));
  await visible(page.getByRole('row').filter({ hasText: 'CSTD_TQ' }).first().getByText('Bậc 4'));
  await kncRow.evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await page.mouse.wheel(0, -60);
  await snap(page, 'eligibility-08b-catalogue-new-awards');
  await page.getByRole('tab', { name: 'Mức lương cơ sở' }).click();
  await visible(page.getByRole('cell', { name: '2.340.000 đ' }));
  await visible(page.getByRole('cell', { name: '2.530.000 đ' }));
  await visible(page.getByRole('cell', { name: '01/07/2026' }));
  await snap(page, 'eligibility-09-base-salary');
  // Officers read the parameters but do not change them.
  await page.getByRole('tab', { name: /^Tham số/ }).click();
  await visible(page.getByText('params.rounding.unit'));
  expect(await page.getByRole('button', { name: /^Thay đổi/ }).count()).toBe(0);
  await page.context().close();

  // ---- The administrator changes the LĐTT multiplier from 1 January next year.
  const admin = await newPage(j.browser);
  await signIn(admin, j.server.url, 'admin');
  await nav(admin).getByRole('link', { name: 'Danh mục và quy định' }).click();
  await admin.getByRole('tab', { name: /^Tham số/ }).click();
  await admin.getByLabel('Tìm', { exact: true }).fill('lao dong tien tien he so tien thuong');
  const change = admin.getByRole('button', { name: 'Thay đổi: Lao động tiên tiến: hệ số tiền thưởng (cá nhân)' });
  await change.click();
  const modal = await visible(admin.getByRole('dialog', { name: 'Thay đổi tham số quy định' }));
  await visible(modal.getByText('Điểm d khoản 1 Điều 50 Nghị định 152/2025/NĐ-CP'));
  await modal.getByLabel('Giá trị mới').fill('0,4');
  await typeDate(admin, 'Áp dụng từ ngày', `01/01/${NEXT}`, modal);
  await modal.getByLabel('Văn bản căn cứ').fill(`Quyết định số 05/${NEXT}/QĐ-UBND ngày 02/01/${NEXT} của UBND tỉnh`);
  await modal.getByLabel('Lý do').fill(`Tỉnh nâng mức thưởng danh hiệu Lao động tiên tiến từ năm ${NEXT}`);
  await snap(admin, 'eligibility-10-admin-change-form');
  await modal.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await modal.waitFor({ state: 'hidden' });
  await admin.getByRole('tab', { name: /^Các lần thay đổi tham số/ }).click();
  const history = admin.getByRole('table', { name: 'Các lần thay đổi tham số' });
  const changed = history.getByRole('row').filter({ hasText: 'awards.LDTT.bonus.multipliers.individual' });
  await visible(changed.getByText(`Từ 01/01/${NEXT}`));
  await visible(changed.getByText('0,4', { exact: true }));
  await visible(changed.getByText(`Tỉnh nâng mức thưởng danh hiệu Lao động tiên tiến từ năm ${NEXT}`));
  await visible(changed.getByText('Quản trị hệ thống'));
  await snap(admin, 'eligibility-11-admin-history');

  // The province's commemorative medal: its multiplier (a ceiling, not verified) changes from a date too.
  await admin.getByRole('tab', { name: /^Tham số/ }).click();
  await admin.getByLabel('Tìm', { exact: true }).fill('KNC_TINH');
  const kncParam = admin.getByRole('row').filter({ hasText: 'awards.KNC_TINH.bonus.multipliers.individual' });
  await visible(kncParam.getByText('Chưa kiểm chứng').first());
  await kncParam.getByRole('button', { name: /^Thay đổi: Kỷ niệm chương của tỉnh: hệ số tiền thưởng/ }).click();
  const kncModal = await visible(admin.getByRole('dialog', { name: 'Thay đổi tham số quy định' }));
  await kncModal.getByLabel('Giá trị mới').fill('0,5');
  await typeDate(admin, 'Áp dụng từ ngày', `01/01/${NEXT}`, kncModal);
  await kncModal.getByLabel('Văn bản căn cứ').fill(`Quy chế xét tặng Kỷ niệm chương của tỉnh năm ${NEXT}`);
  await kncModal.getByLabel('Lý do').fill('Tỉnh quy định mức thưởng Kỷ niệm chương thấp hơn mức trần');
  await snap(admin, 'eligibility-11b-admin-change-knc');
  await kncModal.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await kncModal.waitFor({ state: 'hidden' });

  // A value the rules refuse is answered on the value field: a streak of 0 periods.
  await admin.getByRole('tab', { name: /^Tham số/ }).click();
  await admin.getByLabel('Tìm', { exact: true }).fill('cstdcs_streak_3.length');
  await admin
    .getByRole('button', { name: /^Thay đổi: Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh/ })
    .first()
    .click();
  const wrong = await visible(admin.getByRole('dialog', { name: 'Thay đổi tham số quy định' }));
  await wrong.getByLabel('Giá trị mới').fill('0');
  await typeDate(admin, 'Áp dụng từ ngày', `01/01/${NEXT}`, wrong);
  await wrong.getByLabel('Lý do').fill('Thử một giá trị không hợp lệ');
  await wrong.getByRole('button', { name: 'Lưu thay đổi' }).click();
  // The server's refusal sits under the value field, not only in the alert above the form.
  const valueItem = wrong.locator('.ant-form-item:has(#param-change_value)');
  await visible(valueItem.locator('.ant-form-item-explain-error').filter({ hasText: /\S/ }));
  expect(await valueItem.evaluate((e) => e.classList.contains('ant-form-item-has-error'))).toBe(true);
  await snap(admin, 'eligibility-12-admin-refused-value');
  await wrong.getByRole('button', { name: 'Hủy' }).click();

  // From 1 January next year the catalogue shows the new multiplier.
  await admin.goto(`${j.server.url}/danh-muc?tab=tham-so&ngay=${NEXT}-01-05`);
  await admin.getByLabel('Tìm', { exact: true }).fill('lao dong tien tien he so tien thuong');
  const param = admin.getByRole('row').filter({ hasText: 'awards.LDTT.bonus.multipliers.individual' });
  await visible(param.getByText('0,4', { exact: true }));
  await visible(param.getByText('Đã điều chỉnh'));
  await admin.getByLabel('Tìm', { exact: true }).fill('KNC_TINH');
  const kncLater = admin.getByRole('row').filter({ hasText: 'awards.KNC_TINH.bonus.multipliers.individual' });
  await visible(kncLater.getByText('0,5', { exact: true }));
  await visible(kncLater.getByText('Đã điều chỉnh'));
  await admin.context().close();

  // ---- The school clerk reads the catalogue but cannot change anything.
  const clerk = await newPage(j.browser);
  await signIn(clerk, j.server.url, 'muonglay.thcs');
  await nav(clerk).getByRole('link', { name: 'Danh mục và quy định' }).click();
  await visible(clerk.getByRole('heading', { name: 'Danh mục và quy định', level: 1 }));
  await visible(clerk.getByRole('cell', { name: /Lao động tiên tiến/ }).first());
  expect(await clerk.getByText(/Chưa kiểm chứng|cần đối chiếu/).count()).toBe(0);
  expect(await clerk.getByRole('button', { name: 'Chọn quy định của tỉnh' }).count()).toBe(0);
  await clerk.getByRole('tab', { name: /^Tham số/ }).click();
  await visible(clerk.getByText('params.rounding.unit'));
  expect(await clerk.getByRole('button', { name: /^Thay đổi/ }).count()).toBe(0);
  await clerk.getByRole('tab', { name: 'Mức lương cơ sở' }).click();
  expect(await clerk.getByRole('button', { name: 'Thêm mức lương cơ sở' }).count()).toBe(0);
  await snap(clerk, 'eligibility-13-clerk-catalogue');
  await clerk.context().close();
});

it("administrator and clerk: the province's rule set says the national rules apply where its text could not be read", async () => {
  // Ninh Bình's regulation (QĐ 150/2025/QĐ-UBND) was found but could not be read: nothing of it
  // is applied, the screen says so, and only the administrator sees the documents found.
  const admin = await newPage(j.browser);
  await signIn(admin, j.server.url, 'admin');
  await nav(admin).getByRole('link', { name: 'Danh mục và quy định' }).click();
  await admin.getByRole('button', { name: 'Chọn quy định của tỉnh' }).click();
  const modal = await visible(admin.getByRole('dialog', { name: 'Quy định thi đua, khen thưởng của tỉnh' }));
  await modal.getByLabel('Bộ quy định áp dụng').click();
  await modal.getByLabel('Bộ quy định áp dụng').fill('Ninh Bình');
  await admin.keyboard.press('Enter');
  await visible(modal.getByText(/Chưa có quy định riêng của UBND tỉnh Ninh Bình trong hệ thống/));
  await modal.getByLabel('Lý do').fill('Các xã, phường thuộc tỉnh Ninh Bình');
  await modal.getByRole('button', { name: 'Áp dụng' }).click();
  await modal.waitFor({ state: 'hidden' });
  await visible(
    admin
      .locator('#main-content')
      .getByText(/^Chưa có quy định riêng của UBND tỉnh Ninh Bình trong hệ thống\. Các danh hiệu thi đua/),
  );
  // The table of documents sits inside the rule-set card's own rows: pick its row by key.
  const qd150 = admin.locator('tr[data-row-key="150/2025/QĐ-UBND"]');
  await visible(qd150.getByRole('link', { name: 'Quyết định số 150/2025/QĐ-UBND' }));
  await visible(qd150.getByText('Chỉ đọc được phần đầu'));
  await visible(qd150.getByText('Đang có hiệu lực'));
  await snap(admin, 'eligibility-14-admin-province-national-rules');
  await admin.context().close();

  const clerk = await newPage(j.browser);
  await signIn(clerk, j.server.url, 'muonglay.thcs');
  await nav(clerk).getByRole('link', { name: 'Danh mục và quy định' }).click();
  await visible(clerk.getByText(/^Chưa có quy định riêng của UBND tỉnh Ninh Bình trong hệ thống\./));
  expect(await clerk.getByText(/150\/2025\/QĐ-UBND|Chỉ đọc được phần đầu/).count()).toBe(0);
  await snap(clerk, 'eligibility-15-clerk-province-notice');
  await clerk.context().close();
});
