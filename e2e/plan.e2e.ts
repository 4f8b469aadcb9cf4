// Journey: the yearly TĐKT plan. The ward's officer (phường Mường Lay) builds the 2026 plan by
// importing seed 000 (preview: 23 tasks, 8/6/2/4 by quarter and 3 regular; nothing saved until
// confirmed), marks a task done with a progress note, gives a task a due date and finds it on the
// year's calendar, generates the plan as DOCX and reads its text (number line, a task, a lead
// unit); overdue tasks show on the home page; the plan page also works at phone width; the plan is
// copied to the next year (dates a year on, statuses not carried); the ward asks its units for their
// plans, a school clerk sends hers and the officer sees it sent.
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { docxText } from '../src/documents/nd30/inspect';
import { SEED_FILES, seedPath } from '../src/domain/plans/fixtures/seeds';
import { isOverdue, type TaskQuarter, type TaskStatus } from '../src/domain/plans/index';
import { apiSession, journey, newPage, signIn, snap, testToday, visible, vnDate } from './harness';

const j = journey();
const nav = (page: Page) => page.getByRole('navigation', { name: 'Chức năng' });

const DONE_TASK = 'Ban hành kế hoạch công tác thi đua, khen thưởng năm 2026';
const DATED_TASK = 'Chuẩn bị chấm điểm thi đua của phường';
const PLAN_YEAR = 2026;

/**
 * A due date the calendar shows when it opens: the calendar opens on today's month in the plan's
 * year, else on January of the plan's year; the 25th of that month.
 */
function dueDateOnOpeningMonth(): string {
  const today = testToday();
  const month = Number(today.slice(0, 4)) === PLAN_YEAR ? today.slice(5, 7) : '01';
  return `${PLAN_YEAR}-${month}-25`;
}

it('officer imports the 2026 plan, follows a task, opens the calendar and downloads the DOCX', async () => {
  const page = await newPage(j.browser);
  await signIn(page, j.server.url, 'muonglay.vhxh');

  // ── The plans list, empty at first.
  await nav(page).getByRole('link', { name: 'Kế hoạch thi đua' }).click();
  await visible(page.getByRole('heading', { name: 'Kế hoạch thi đua, khen thưởng', level: 1 }));
  await snap(page, 'plan-01-list-empty');

  // ── Import seed 000: preview first.
  await page.getByRole('link', { name: 'Nhập từ tệp kế hoạch' }).click();
  await visible(page.getByRole('heading', { name: 'Nhập kế hoạch từ tệp' }));
  await visible(
    page.locator('.ant-select-content, .ant-select-selection-item').filter({ hasText: 'Phường Mường Lay' }).first(),
  );
  const year = page.getByLabel('Năm kế hoạch');
  await year.fill('2026');
  await year.press('Tab');
  await page.locator('input[type=file]').setInputFiles(seedPath('muongLay'));
  await visible(page.getByText(SEED_FILES.muongLay));
  await page.getByRole('button', { name: 'Đọc và xem trước' }).click();
  await visible(page.getByText(`2. Xem trước: 23 nhiệm vụ từ tệp "${SEED_FILES.muongLay}"`));
  const counts = page.getByRole('list', { name: 'Số nhiệm vụ theo quý' });
  for (const [label, n] of [
    ['Quý I', 8],
    ['Quý II', 6],
    ['Quý III', 2],
    ['Quý IV', 4],
    ['Thường xuyên', 3],
  ] as const) {
    expect(await counts.getByRole('listitem').filter({ hasText: label }).first().innerText()).toContain(String(n));
  }
  const preview = page.locator('.plan-preview-table');
  for (const header of ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian']) {
    await visible(preview.getByRole('columnheader', { name: header, exact: true }));
  }
  await visible(preview.getByText(DONE_TASK));
  // The lead 'Phòng Văn hóa - Xã hội phường' is the ward's office: matched, no warning.
  expect(await page.getByText('Chưa khớp đơn vị').count()).toBe(0);
  await snap(page, 'plan-02-preview');
  const officer = await apiSession(j.server.url, 'muonglay.vhxh');
  expect((await officer.get<{ items: unknown[] }>('/plans')).items).toHaveLength(0);

  // ── Save: the plan page with its tasks grouped by quarter.
  await page.getByRole('button', { name: 'Lưu kế hoạch', exact: true }).click();
  await page.waitForURL(/\/ke-hoach\/[0-9a-f-]{36}$/);
  await visible(page.getByRole('heading', { name: 'Kế hoạch năm 2026', level: 1 }));
  await visible(page.getByRole('heading', { name: 'Nhiệm vụ thực hiện trong Quý I (8)' }));
  await visible(page.getByRole('heading', { name: 'Nhiệm vụ thực hiện thường xuyên trong năm 2026 (3)' }));
  await snap(page, 'plan-03-saved');

  // ── Mark a task done with a progress note.
  await page.getByRole('button', { name: `Cập nhật tiến độ: ${DONE_TASK}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Cập nhật tiến độ nhiệm vụ' });
  await visible(dialog);
  await dialog.getByText('Đã hoàn thành', { exact: true }).click();
  await dialog.getByLabel('Ghi chú tiến độ').fill('Đã ban hành Kế hoạch số 15/KH-UBND ngày 12/01/2026.');
  await snap(page, 'plan-04-status-dialog');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await visible(page.getByText('Đã cập nhật tiến độ nhiệm vụ.'));
  const row = page.getByRole('row').filter({ hasText: DONE_TASK });
  await visible(row.getByText('Đã hoàn thành'));
  expect(await row.getByText('Quá hạn').count()).toBe(0);
  await snap(page, 'plan-05-task-done');
  // The note is kept with its author.
  await page.getByRole('button', { name: `Cập nhật tiến độ: ${DONE_TASK}` }).click();
  const history = dialog.locator('.ant-timeline');
  await visible(history.getByText('Đã ban hành Kế hoạch số 15/KH-UBND ngày 12/01/2026.'));
  const me = await officer.get<{ fullName: string }>('/auth/me');
  await visible(history.getByText(new RegExp(`${me.fullName} · \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}`)));
  expect(await dialog.getByLabel('Ghi chú tiến độ').inputValue()).toBe('');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });

  // ── Give a quarter IV task a due date this month, then find it on the calendar.
  const dated = page.getByRole('row').filter({ hasText: DATED_TASK });
  await dated.getByRole('button', { name: /^Sửa nhiệm vụ/ }).click();
  const edit = page.getByRole('dialog', { name: 'Sửa nhiệm vụ' });
  await visible(edit);
  const dueOn = dueDateOnOpeningMonth();
  const due = edit.getByLabel('Thời hạn');
  await due.click();
  await due.fill(vnDate(dueOn));
  await due.press('Enter');
  await edit.getByRole('button', { name: 'Lưu' }).click();
  await visible(page.getByText('Đã lưu nhiệm vụ.'));
  await visible(dated.getByText(vnDate(dueOn)));
  await page.getByRole('tab', { name: 'Lịch năm' }).click();
  await visible(page.locator('.plan-calendar').getByText(DATED_TASK, { exact: false }).first());
  await visible(page.getByText('Thường xuyên trong năm 2026', { exact: true }));
  await page.locator('.plan-calendar').getByText(DATED_TASK, { exact: false }).first().scrollIntoViewIfNeeded();
  await snap(page, 'plan-06-calendar');

  // ── The document: DOCX in the official layout.
  await page.getByRole('tab', { name: 'Nội dung kế hoạch' }).click();
  await visible(page.getByLabel('Trích yếu'));
  await snap(page, 'plan-07-content');
  const [dl] = await Promise.all([
    page.waitForEvent('download') as Promise<Download>,
    page.getByRole('link', { name: 'Tải DOCX' }).click(),
  ]);
  expect(dl.suggestedFilename()).toMatch(/\.docx$/);
  const text = await docxText(readFileSync((await dl.path())!));
  expect(text).toMatch(/Số:\s*\/KH-UBND/);
  expect(text).toContain('KẾ HOẠCH');
  expect(text).toContain(DONE_TASK);
  expect(text).toContain('Phòng Văn hóa - Xã hội phường');
  expect(text).toContain('NHIỆM VỤ THỰC HIỆN TRONG QUÝ IV');
  expect(text).toContain(vnDate(dueOn));

  // ── Overdue tasks on the home page: those whose deadline (own date, else end of quarter) has passed
  // on the journey's day; the done task is not among them.
  const saved = (await officer.get<{ items: { id: string }[] }>('/plans')).items;
  const plan = await officer.get<{ tasks: { quarter: TaskQuarter; due: string | null; status: TaskStatus }[] }>(
    `/plans/${saved[0]!.id}`,
  );
  const overdue = plan.tasks.filter((t) => isOverdue(t, PLAN_YEAR, testToday())).length;
  expect(overdue).toBeGreaterThan(0);
  await nav(page).getByRole('link', { name: 'Trang chủ' }).click();
  const card = page.locator('.ant-card').filter({ hasText: 'Nhiệm vụ kế hoạch quá hạn' });
  await visible(card.getByText(`Nhiệm vụ kế hoạch quá hạn (${overdue})`));
  expect(await card.getByText(DONE_TASK).count()).toBe(0);
  await snap(page, 'plan-08-home-overdue');

  // ── Phone width: the plan page scrolls its tables and keeps the actions reachable.
  const phone = await newPage(j.browser, 390, 844);
  await signIn(phone, j.server.url, 'muonglay.vhxh');
  const plans = saved;
  await phone.goto(`${j.server.url}/ke-hoach/${plans[0]!.id}`);
  await visible(phone.getByRole('heading', { name: 'Kế hoạch năm 2026', level: 1 }));
  await snap(phone, 'plan-09-phone');
  await phone.goto(`${j.server.url}/ke-hoach/${plans[0]!.id}?tab=calendar`);
  await visible(phone.getByText('Thường xuyên trong năm 2026', { exact: true }));
  await snap(phone, 'plan-10-phone-calendar');
  await phone.context().close();
  await page.context().close();
});

it('officer copies the 2026 plan to 2027: tasks carried with their dates a year on, not their statuses', async () => {
  const officer = await apiSession(j.server.url, 'muonglay.vhxh');
  const plan = (await officer.get<{ items: { id: string; year: number }[] }>(`/plans?year=${PLAN_YEAR}`)).items[0]!;
  const dueOn = dueDateOnOpeningMonth(); // the due date the first journey gave DATED_TASK
  const page = await newPage(j.browser);
  await signIn(page, j.server.url, 'muonglay.vhxh');

  // ── Next year: "copy to 2027" makes the 2027 draft with the tasks, their dates a year on.
  await page.goto(`${j.server.url}/ke-hoach/${plan.id}`);
  await page.getByRole('button', { name: `Sao chép sang năm ${PLAN_YEAR + 1}` }).click();
  await page.getByRole('button', { name: 'Sao chép', exact: true }).click();
  await visible(page.getByRole('heading', { name: `Kế hoạch năm ${PLAN_YEAR + 1}`, level: 1 }));
  const copied = page.getByRole('row').filter({ hasText: DATED_TASK });
  await visible(copied.getByText(vnDate(`${PLAN_YEAR + 1}${dueOn.slice(4)}`)));
  // The task done this year starts again, its year moved in its title.
  const restarted = page.getByRole('row').filter({ hasText: DONE_TASK.replace('năm 2026', 'năm 2027') });
  await visible(restarted.getByText('Chưa thực hiện', { exact: true }));
  await snap(page, 'plan-11-next-year');
  await page.context().close();
});

it("officer asks the ward's units for their plans; the school's clerk sends hers; the officer sees it sent", async () => {
  const officer = await apiSession(j.server.url, 'muonglay.vhxh');
  const plan = (await officer.get<{ items: { id: string; year: number }[] }>(`/plans?year=${PLAN_YEAR}`)).items[0]!;
  const SCHOOL = 'Trường THCS Lay Nưa';
  const page = await newPage(j.browser);
  await signIn(page, j.server.url, 'muonglay.vhxh');

  // ── The ward asks its direct units to send their plans before 10/02 (seed 000 §IV.6).
  await page.goto(`${j.server.url}/ke-hoach/${plan.id}?tab=units`);
  await page.getByRole('button', { name: 'Yêu cầu đơn vị gửi kế hoạch' }).click();
  const due = page.getByLabel('Hạn gửi kế hoạch');
  await due.fill(vnDate(`${PLAN_YEAR}-02-10`));
  await due.press('Enter');
  await page.getByRole('button', { name: 'Lưu yêu cầu' }).click();
  await visible(page.getByText(`Hạn gửi kế hoạch: ${vnDate(`${PLAN_YEAR}-02-10`)}`));
  await visible(page.getByRole('row').filter({ hasText: SCHOOL }).getByText('Chưa lập'));

  // ── The school's clerk finds the request on the plans list, writes the plan and sends the signed copy.
  const clerk = await newPage(j.browser);
  await signIn(clerk, j.server.url, 'muonglay.thcs');
  await nav(clerk).getByRole('link', { name: 'Kế hoạch thi đua' }).click();
  const request = clerk.getByRole('row').filter({ hasText: SCHOOL });
  await request.getByRole('button', { name: 'Lập kế hoạch' }).click();
  await clerk.waitForURL(/\/ke-hoach\/[0-9a-f-]{36}$/);
  await visible(clerk.getByText('Kế hoạch này gửi'));
  await clerk.locator('.ant-alert input[type=file]').setInputFiles({
    name: 'ke-hoach-thcs-da-ky.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\nKế hoạch đã ký\n%%EOF\n'),
  });
  await visible(clerk.getByRole('link', { name: /ke-hoach-thcs-da-ky\.pdf/ }));
  await clerk.getByRole('button', { name: 'Gửi kế hoạch' }).click();
  await clerk.getByRole('button', { name: 'Gửi', exact: true }).click();
  await visible(clerk.locator('.ant-alert').getByText(/^Đã gửi/));
  await snap(clerk, 'plan-12-unit-sent');
  await clerk.context().close();

  // ── The ward sees the school's plan sent, with its date.
  await page.reload();
  await visible(
    page
      .getByRole('row')
      .filter({ hasText: SCHOOL })
      .getByText(`Đã gửi ${vnDate(testToday())}`),
  );
  await snap(page, 'plan-13-units');
  await page.context().close();
});
