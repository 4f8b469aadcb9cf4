// Journey: oversight (issue 13). The ward's officer plans an inspection of one of its units, records
// the visit (biên bản) with a recommendation, opens a matter on a named person — whose eligibility
// then shows "Tạm hoãn xét" — concludes, follows up until the inspection closes; then runs a
// training course: a participant, attendance, the attendance list and the certificate downloaded;
// a duty of the ward's plan linked to that course is then done.
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { apiSession, choose, journey, newPage, signIn, snap, testDay, visible, vnDate } from './harness';

const j = journey();
const USER = 'muonglay.vhxh';

interface Org {
  id: string;
  name: string;
  parentId: string | null;
}
interface Person {
  id: string;
  fullName: string;
}

async function typeRange(scope: Page | Locator, from: string, to: string) {
  const start = scope.getByPlaceholder('Từ ngày');
  await start.click();
  await start.fill(from);
  await start.press('Enter');
  const end = scope.getByPlaceholder('Đến ngày');
  await end.fill(to);
  await end.press('Enter');
}

async function pickPerson(page: Page, field: Locator, name: string) {
  await choose(page, field, name);
  await page.keyboard.press('Escape');
}

/** A file the page downloads when `click` runs: its first bytes (a .docx and .xlsx are ZIPs: "PK"). */
async function downloaded(page: Page, click: () => Promise<void>) {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await dl.path();
  const { readFile } = await import('node:fs/promises');
  return { name: dl.suggestedFilename(), head: (await readFile(path!)).subarray(0, 2).toString('latin1') };
}

it('an inspection withholds a named person until followed up and closed; a course records attendance', async () => {
  const api = await apiSession(j.server.url, USER);
  const orgs = (await api.get<{ items: Org[] }>('/organisations')).items;
  const ward = orgs.find((o) => o.name === 'Phường Mường Lay')!;
  expect(ward).toBeTruthy();
  // A unit of the ward with people on its payroll, and one of them.
  let unit: Org | undefined;
  let person: Person | undefined;
  for (const o of orgs.filter((x) => x.parentId === ward.id)) {
    person = (await api.get<{ items: Person[] }>(`/people?orgId=${o.id}&pageSize=1`)).items[0];
    unit = o;
    if (person) break;
  }
  if (!unit || !person) throw new Error('the demo ward has no unit with people');

  const page = await newPage(j.browser);
  await signIn(page, j.server.url, USER);

  // Plan the visit.
  await page.goto(`${j.server.url}/kiem-tra`);
  await page.getByRole('button', { name: 'Thêm vào kế hoạch kiểm tra' }).click();
  const modal = page.getByRole('dialog');
  await choose(page, modal.getByLabel('Cơ quan tiến hành kiểm tra'), ward.name);
  await choose(page, modal.getByLabel('Đơn vị được kiểm tra'), unit.name);
  await typeRange(modal, vnDate(testDay(-10)), vnDate(testDay(-9)));
  await modal
    .getByLabel('Nội dung kiểm tra')
    .fill('Kiểm tra việc bình xét danh hiệu thi đua và lưu trữ hồ sơ khen thưởng');
  await modal.getByRole('button', { name: 'Lưu' }).click();
  await visible(page.getByRole('heading', { name: `Kiểm tra công tác thi đua, khen thưởng: ${unit.name}` }));

  // The visit's record (biên bản).
  const held = page.getByLabel('Ngày kiểm tra', { exact: true });
  await held.click();
  await held.fill(vnDate(testDay(-9)));
  await held.press('Enter');
  await page.getByLabel('Trưởng đoàn', { exact: true }).fill('Lò Văn Thắng');
  await page.getByLabel('Chức vụ của Trưởng đoàn').fill('Phó Chủ tịch UBND phường');
  await page
    .getByLabel('Kết quả kiểm tra')
    .fill('Hồ sơ bình xét năm trước thiếu biên bản họp của một tổ; sổ theo dõi khen thưởng chưa cập nhật.');
  await page.getByRole('button', { name: 'Lưu biên bản' }).click();
  await visible(page.getByText('Đã kiểm tra, lập biên bản').first());

  // A recommendation with a deadline, and a matter on a named person.
  await page.getByLabel('Nội dung kiến nghị').fill('Bổ sung biên bản họp bình xét và cập nhật sổ theo dõi khen thưởng');
  const due = page.getByPlaceholder('Thời hạn');
  await due.click();
  await due.fill(vnDate(testDay(20)));
  await due.press('Enter');
  await page.getByRole('button', { name: 'Thêm kiến nghị' }).click();
  await visible(page.getByRole('cell', { name: /Bổ sung biên bản họp bình xét/u }));
  await pickPerson(page, page.getByLabel('Cá nhân', { exact: true }), person.fullName);
  await page.getByLabel('Lý do xem xét').fill('Hồ sơ đề nghị khen thưởng thiếu minh chứng');
  await page.getByRole('button', { name: 'Tạm dừng xét khen thưởng' }).click();
  await visible(page.getByRole('cell', { name: person.fullName }));
  await snap(page, 'oversight-01-inspection-record');
  const inspectionUrl = page.url();
  const bienBan = await api.status(`/inspections/${inspectionUrl.split('/').pop()}/documents/bien-ban?format=docx`);
  expect(bienBan).toBe(200);

  // The person's eligibility shows the award withheld.
  await page.goto(`${j.server.url}/ca-nhan/${person.id}?tab=de-nghi`);
  await visible(page.getByText('Tạm hoãn xét').first(), 30_000);
  await snap(page, 'oversight-02-withheld');

  // Conclusion, follow-up, close.
  await page.goto(inspectionUrl);
  await page
    .getByLabel('Kết luận', { exact: true })
    .fill('Đơn vị thực hiện cơ bản đúng quy định; yêu cầu khắc phục các tồn tại theo kiến nghị.');
  await page.getByRole('button', { name: 'Ban hành kết luận' }).click();
  await visible(
    page.getByRole('link', { name: /Kết luận \(Word\)/u }).or(page.getByRole('button', { name: /Kết luận \(Word\)/u })),
  );
  await page.getByLabel('Kết quả thực hiện').fill('Đã bổ sung biên bản và cập nhật sổ');
  await page.getByRole('button', { name: 'Đã thực hiện' }).click();
  page.once('dialog', (d) => void d.accept('Đã bổ sung minh chứng, đủ điều kiện xét'));
  await page.getByRole('button', { name: 'Kết thúc xem xét' }).click();
  await page.getByRole('button', { name: 'Kết thúc cuộc kiểm tra' }).click();
  await visible(page.getByText('Đã kết thúc').first());
  await snap(page, 'oversight-03-inspection-closed');
  const after = await api.get<{ items: { output: { withheld: boolean } }[] }>(
    `/people/${person.id}/eligibility?period=${testDay(0).slice(0, 4)}`,
  );
  expect(after.items.some((v) => v.output.withheld)).toBe(false);

  // A training course: a participant, attendance, the list and the certificate.
  await page.goto(`${j.server.url}/tap-huan`);
  await page.getByRole('button', { name: 'Lập lớp tập huấn' }).click();
  const course = page.getByRole('dialog');
  await choose(page, course.getByLabel('Đơn vị tổ chức'), ward.name);
  await course.getByLabel('Tên lớp').fill('Tập huấn nghiệp vụ thi đua, khen thưởng cho cán bộ cơ sở');
  await course
    .getByLabel('Nội dung', { exact: true })
    .fill('Luật Thi đua, khen thưởng 2022; hồ sơ, thủ tục đề nghị khen thưởng');
  await typeRange(course, vnDate(testDay(-3)), vnDate(testDay(-3)));
  await course.getByRole('button', { name: 'Lưu' }).click();
  await visible(page.getByRole('heading', { name: 'Tập huấn nghiệp vụ thi đua, khen thưởng cho cán bộ cơ sở' }));
  await pickPerson(page, page.getByLabel('Thêm học viên'), person.fullName);
  await page.getByRole('button', { name: 'Thêm học viên' }).click();
  await page.getByLabel(`Có mặt: ${person.fullName}`).click();
  await page.getByRole('button', { name: 'Lưu điểm danh' }).click();
  const cert = await visible(page.getByRole('link', { name: /^Số / }));
  await snap(page, 'oversight-04-training-attendance');
  const list = await downloaded(page, () => page.getByRole('link', { name: /Danh sách \(Excel\)/u }).click());
  expect(list.head).toBe('PK');
  const certificate = await downloaded(page, () => cert.click());
  expect(certificate.head).toBe('PK');
  expect(certificate.name).toMatch(/\.docx$/u);
  // The year's course list counts the participant and the attendee.
  await page.goto(`${j.server.url}/tap-huan`);
  await visible(
    page
      .getByRole('row')
      .filter({ hasText: 'Tập huấn nghiệp vụ thi đua, khen thưởng cho cán bộ cơ sở' })
      .getByText('1 (1)'),
  );

  // The ward's plan has a training duty: linked to the course just held, the task is done.
  const TASK = 'Tổ chức tập huấn nghiệp vụ cho cán bộ làm công tác thi đua, khen thưởng';
  const planId = await page.evaluate(
    async ({ orgId, year, title }) => {
      const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
      const send = async (path: string, body: unknown) => {
        const r = await fetch(`/api/v1${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
          body: JSON.stringify(body),
        });
        if (!r.ok) throw new Error(`POST ${path} → ${r.status} ${await r.text()}`);
        return (await r.json()) as { id: string };
      };
      const plans = (await (await fetch(`/api/v1/plans?orgId=${orgId}&year=${year}`)).json()) as {
        items: { id: string; orgId: string }[];
      };
      const id = plans.items.find((p) => p.orgId === orgId)?.id ?? (await send('/plans', { orgId, year })).id;
      await send(`/plans/${id}/tasks`, { quarter: 'regular', title, lead: '' });
      return id;
    },
    { orgId: ward.id, year: Number(testDay(0).slice(0, 4)), title: TASK },
  );
  await page.goto(`${j.server.url}/ke-hoach/${planId}`);
  const row = page.getByRole('row').filter({ hasText: TASK });
  await row.getByRole('button', { name: /^Liên kết nhiệm vụ:/u }).click();
  const linking = page.getByRole('dialog', { name: 'Liên kết nhiệm vụ với công việc thực hiện' });
  await visible(linking);
  await linking.locator('#link-kind').click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: /^Tập huấn$/u })
    .click();
  // The chosen kind shows in its field before the work is picked.
  await visible(
    linking
      .locator('.ant-select')
      .filter({ has: page.locator('#link-kind') })
      .getByText('Tập huấn', { exact: true }),
  );
  await linking.locator('#link-target').click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: 'Tập huấn nghiệp vụ thi đua, khen thưởng cho cán bộ cơ sở' })
    .first()
    .click();
  await linking.getByRole('button', { name: 'Liên kết', exact: true }).click();
  await visible(row.getByText('Tập huấn: Tập huấn nghiệp vụ thi đua, khen thưởng cho cán bộ cơ sở'));
  await visible(row.getByText('Đã hoàn thành').first());
  await snap(page, 'oversight-05-plan-task-done');
});
