// Journey of issue 9 ("Trustworthy outcomes") on the demo data, as a school clerk and a ward officer:
// 1. the ward's year-end round judges a teacher who has only school-year ratings on the school
//    year ending in it, and finds her eligible (she used to be refused for lacking a calendar year);
// 2. a second title whose period overlaps one she holds (CSTĐCS of the calendar year over her LĐTT
//    of the school year) is refused on the registry form, citing Law 06/2022 Article 5;
// 3. a decision of the ward takes the register's next number after the ward's history, not 01;
// 4. the decision's DOCX says "hoàn thành tốt nhiệm vụ" for the LĐTT recipients.
// Then the administrator confirms an uncertain procedure parameter on the catalogue page, citing the
// province's decision; the ward officer never sees that form.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, eq, inArray, like } from 'drizzle-orm';
import JSZip from 'jszip';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client';
import { awardRecords, organisations, people, tenants, users } from '../src/db/schema';
import { generateDemoDataset } from '../src/demo/generate';
import { seedRound } from '../src/features/decisions/testing';
import {
  choose,
  DEMO_PASSWORD,
  demoDataDir,
  launchBrowser,
  newPage,
  type RunningServer,
  signIn,
  snap,
  startServer,
  testDay,
  testToday,
  visible,
  vnDate,
} from './harness';

const WARD_ISSUER = 'Chủ tịch UBND phường Mường Lay';
const SCHOOL = 'Trường THCS Lay Nưa';
const CLERK = 'muonglay.thcs';
const OFFICER = 'muonglay.vhxh';
/** Rated by school year only; holds LĐTT of the school year and qualifies for CSTĐCS of it. */
const TRANG = 'Vũ Thị Trang';
/** Teachers of the ward's other schools rated "hoàn thành tốt" in the school year, without its LĐTT yet. */
const LDTT_TEACHERS = ['Lò Thị Ún', 'Lê Thị Hằng'];

const demo = generateDemoDataset();
/** The demo's latest school year (its teachers' ratings), and the calendar year it ends in: the ward's year-end round. */
const SCHOOL_YEAR = demo.ratings
  .map((r) => r.period)
  .filter((p) => p.includes('-'))
  .sort()
  .pop()!;
const ROUND_YEAR = SCHOOL_YEAR.slice(5);
const YEAR = testToday().slice(0, 4);
/** The ward's history this year: the demo's decisions, and 540/QĐ-UBND (the walkthrough's ward had it). */
const HISTORY_NO = 540;
const NO = `${String(
  Math.max(
    HISTORY_NO,
    ...demo.awards
      .filter(
        (a) =>
          a.issuer === WARD_ISSUER && a.decisionDate.startsWith(`${YEAR}-`) && /^\d+\/QĐ-UBND$/u.test(a.decisionNo),
      )
      .map((a) => Number(a.decisionNo.split('/')[0])),
  ) + 1,
).padStart(2, '0')}/QĐ-UBND`;
const NO_RE = NO.replace('/', '\\/');
const LDTT_ROUND = `Xét tặng danh hiệu Lao động tiên tiến năm học ${SCHOOL_YEAR}`;
const YEAR_END_ROUND = `Tổng kết công tác thi đua, khen thưởng năm ${ROUND_YEAR}`;

let dataDir = '';
let server: RunningServer | undefined;
let browser: Browser;
const ids = { ward: '', school: '', trang: '' };

beforeAll(async () => {
  dataDir = demoDataDir('tdkt-e2e-trustworthy-');
  const d = await openDatabase({ dataDir: join(dataDir, 'pglite') });
  await d.migrate();
  const [t] = await d.db.select().from(tenants);
  const orgs = await d.db
    .select()
    .from(organisations)
    .where(and(eq(organisations.tenantId, t.id), like(organisations.code, 'DEMO.MLAY%')));
  const org = (code: string) => orgs.find((o) => o.code === code)!;
  ids.ward = org('DEMO.MLAY').id;
  ids.school = org('DEMO.MLAY.THCS').id;
  const staff = await d.db
    .select()
    .from(people)
    .where(and(eq(people.tenantId, t.id), inArray(people.fullName, [TRANG, ...LDTT_TEACHERS, 'Vũ Hồng Hà'])));
  const person = (name: string) => staff.find((p) => p.fullName === name)!;
  ids.trang = person(TRANG).id;
  // The ward's register already reached 540 this year (a Giấy khen of its office's staff).
  await d.db.insert(awardRecords).values({
    tenantId: t.id,
    id: crypto.randomUUID(),
    subjectKind: 'individual',
    personId: person('Vũ Hồng Hà').id,
    awardCode: 'GIAY_KHEN',
    period: YEAR,
    decisionNo: `${HISTORY_NO}/QĐ-UBND`,
    decisionDate: testToday(),
    issuer: WARD_ISSUER,
    track: 'cong_trang',
  });
  // The council passed two teachers' LĐTT of the school year; the public notice has ended.
  const us = await d.db
    .select()
    .from(users)
    .where(and(eq(users.tenantId, t.id), inArray(users.username, [OFFICER, 'muonglay.chutich'])));
  const u = (n: string) => us.find((x) => x.username === n)!;
  await seedRound(d.db, {
    tenantId: t.id,
    orgId: ids.ward,
    createdBy: u(OFFICER).id,
    name: LDTT_ROUND,
    period: SCHOOL_YEAR,
    awardCodes: ['LDTT'],
    decisionBy: testToday(),
    meetingOn: testDay(-20),
    notice: { publishedOn: testDay(-19), endsOn: testDay(-9) },
    council: [
      {
        userId: u('muonglay.chutich').id,
        fullName: u('muonglay.chutich').fullName,
        role: 'chair',
        position: 'Chủ tịch UBND phường',
      },
      { userId: u(OFFICER).id, fullName: u(OFFICER).fullName, role: 'secretary' },
    ],
    nominees: LDTT_TEACHERS.map((n) => ({
      unitOrgId: person(n).orgId!,
      personId: person(n).id,
      awardCode: 'LDTT',
      period: SCHOOL_YEAR,
      achievement: `Hoàn thành tốt nhiệm vụ năm học ${SCHOOL_YEAR}; tích cực tham gia các phong trào thi đua của nhà trường.`,
    })),
  });
  await d.close();
  server = await startServer({ dataDir });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Writes through the API as a user (session cookie and CSRF token), for steps that are not the journey's subject. */
async function apiAs(username: string) {
  const url = server!.url;
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
  return async <T>(path: string, body?: unknown): Promise<T> => {
    const r = await fetch(`${url}/api/v1${path}`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
      body: JSON.stringify(body ?? {}),
    });
    if (!r.ok) throw new Error(`POST ${path} → ${r.status} ${await r.text()}`);
    return (await r.json()) as T;
  };
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Chức năng' });

it('judges a school-year teacher in the ward\'s year-end round, refuses an overlapping title, numbers the decision after the register and words an LĐTT "hoàn thành tốt nhiệm vụ"', async () => {
  // ── The ward's year-end round of the calendar year, inviting the school (set up by the officer).
  const post = await apiAs(OFFICER);
  const round = await post<{ id: string }>('/rounds', {
    name: YEAR_END_ROUND,
    kind: 'year_end',
    period: ROUND_YEAR,
    awardCodes: ['LDTT', 'CSTD_CS', 'GIAY_KHEN'],
    invitedOrgIds: [ids.school],
    orgId: ids.ward,
    opensOn: testToday(),
    submitBy: testDay(13),
    decisionBy: testDay(28),
  });
  await post(`/rounds/${round.id}/status/open`);

  // ── 1. The school clerk proposes Trang: judged on the school year, eligible.
  const clerk = await newPage(browser);
  await signIn(clerk, server!.url, CLERK);
  await clerk.goto(`${server!.url}/dot-xet/${round.id}`);
  await visible(clerk.getByRole('heading', { name: YEAR_END_ROUND, level: 1 }));
  await clerk
    .getByRole('button', { name: `Lập hồ sơ đề nghị của ${SCHOOL}` })
    .first()
    .click();
  await clerk.waitForURL(/\/ho-so\/[0-9a-f-]{36}$/);
  await clerk.getByRole('button', { name: 'Thêm đề nghị' }).click();
  const dialog = await visible(clerk.getByRole('dialog', { name: /Thêm người, tập thể/ }));
  const field = dialog.locator('.ant-form-item', { has: clerk.getByText('Cá nhân của đơn vị', { exact: true }) });
  for (let attempt = 0; ; attempt++) {
    await dialog.getByLabel('Cá nhân của đơn vị').click();
    await clerk.keyboard.type('vu thi trang');
    await clerk.waitForTimeout(600);
    // Under load the dropdown may close and reopen while it renders: a short click, then retry.
    await clerk
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: TRANG })
      .first()
      .click({ timeout: 5000 })
      .catch(() => undefined);
    await clerk.waitForTimeout(300);
    if ((await field.locator('.ant-select-content, .ant-select-selection-item').first().textContent())?.includes(TRANG))
      break;
    if (attempt === 4) throw new Error(`could not choose ${TRANG}`);
  }
  const award = dialog.locator('.ant-form-item', {
    has: clerk.getByText('Danh hiệu, hình thức đề nghị', { exact: true }),
  });
  for (let attempt = 0; ; attempt++) {
    await dialog.getByLabel('Danh hiệu, hình thức đề nghị', { exact: true }).click();
    const opt = clerk
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Chiến sĩ thi đua cơ sở' })
      .first();
    await opt.waitFor({ state: 'visible', timeout: 5000 }).catch(() => undefined);
    await clerk.waitForTimeout(200);
    await opt.click({ timeout: 5000 }).catch(() => undefined);
    if (
      (await award.locator('.ant-select-content, .ant-select-selection-item').first().textContent())?.includes(
        'Chiến sĩ thi đua cơ sở',
      )
    )
      break;
    if (attempt === 4) throw new Error('could not choose the award');
  }
  await dialog
    .getByLabel('Tóm tắt thành tích')
    .fill(`Giáo viên dạy giỏi cấp tỉnh môn Toán năm học ${SCHOOL_YEAR}; sáng kiến được công nhận cấp cơ sở.`);
  await dialog.getByRole('button', { name: 'Thêm vào hồ sơ' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const row = await visible(clerk.locator('tr.ant-table-row', { hasText: TRANG }).first());
  await visible(row.getByText('Đủ điều kiện', { exact: true }));
  await clerk.getByRole('button', { name: 'Xem chi tiết tất cả' }).click();
  const details = row.locator('xpath=following-sibling::tr[1]');
  await visible(details.getByText(new RegExp(`năm học ${SCHOOL_YEAR}`)).first());
  expect(await clerk.getByText(`Không có kết quả đánh giá, xếp loại năm ${ROUND_YEAR}`).count()).toBe(0);
  await snap(clerk, 'trustworthy-01-school-year-eligible');

  // ── 2. On Trang's page, a CSTĐCS of the calendar year over her LĐTT of the school year is refused.
  await clerk.goto(`${server!.url}/ca-nhan/${ids.trang}`);
  await visible(clerk.getByRole('heading', { name: TRANG, level: 1 }));
  await clerk.getByRole('button', { name: 'Thêm khen thưởng' }).click();
  const form = await visible(clerk.getByRole('dialog', { name: `Ghi nhận khen thưởng — ${TRANG}` }));
  await choose(
    clerk,
    form.getByLabel('Danh hiệu, hình thức', { exact: true }),
    'Chiến sĩ thi đua',
    'Chiến sĩ thi đua cơ sở',
  );
  await form.getByLabel('Năm, kỳ xét').fill(ROUND_YEAR);
  expect(await form.getByLabel('Năm, kỳ xét').inputValue()).toBe(ROUND_YEAR);
  await form.getByRole('button', { name: 'Ghi nhận' }).click();
  const refusal = await visible(form.getByRole('alert').filter({ hasText: 'Lao động tiên tiến' }), 30_000);
  const said = await refusal.textContent();
  expect(said).toContain(`đã có Lao động tiên tiến năm học ${SCHOOL_YEAR}`);
  expect(said).toContain(`trùng thời gian với năm ${ROUND_YEAR}`);
  expect(said).toContain('Điều 5');
  expect(said).toContain('không khen thưởng nhiều lần cho một thành tích');
  await snap(clerk, 'trustworthy-02-overlap-refused');
  await form.getByRole('button', { name: 'Hủy' }).click();

  // ── 3. The ward officer drafts the LĐTT decision; the chairman signs: the register's next number.
  const office = await newPage(browser);
  await signIn(office, server!.url, OFFICER);
  await nav(office).getByRole('link', { name: 'Quyết định khen thưởng' }).click();
  await office.getByRole('link', { name: LDTT_ROUND }).click();
  await office.getByRole('button', { name: 'Lập dự thảo quyết định' }).click();
  const draft = await visible(office.getByRole('dialog', { name: 'Lập dự thảo quyết định khen thưởng' }));
  for (const n of LDTT_TEACHERS) await visible(draft.getByRole('cell', { name: new RegExp(n) }).first());
  await draft.getByRole('button', { name: 'Lập dự thảo' }).click();
  await office.waitForURL(/\/quyet-dinh\/[0-9a-f-]{36}$/);
  await office.getByRole('button', { name: 'Trình ký' }).click();
  await visible(office.getByRole('button', { name: 'Đã trình ký' }));
  const decisionUrl = office.url();

  const chair = await newPage(browser);
  await signIn(chair, server!.url, 'muonglay.chutich');
  await nav(chair).getByRole('link', { name: 'Quyết định chờ ký' }).click();
  await visible(chair.getByRole('cell', { name: new RegExp(LDTT_TEACHERS[0]) }).first());
  await chair.getByRole('button', { name: 'Ký', exact: true }).click();
  const confirm = await visible(chair.getByRole('dialog').filter({ hasText: 'Ký ban hành quyết định?' }));
  await snap(chair, 'trustworthy-03-sign-number');
  await confirm.getByRole('button', { name: 'Ký ban hành' }).click();
  await visible(chair.getByText(new RegExp(`Đã ký ban hành Quyết định số ${NO_RE}`)));
  expect(NO).not.toMatch(/^0?1\//u);

  // ── 4. The DOCX: "hoàn thành tốt nhiệm vụ" for an LĐTT, never "xuất sắc".
  await office.goto(decisionUrl);
  await visible(office.getByRole('heading', { name: new RegExp(`Quyết định số ${NO_RE}`) }));
  await snap(office, 'trustworthy-04-signed');
  const [dl] = await Promise.all([
    office.waitForEvent('download') as Promise<Download>,
    office.getByRole('link', { name: 'Quyết định (Word)' }).click(),
  ]);
  const bytes = readFileSync((await dl.path())!);
  mkdirSync(join('.tmp', 'documents'), { recursive: true });
  writeFileSync(join('.tmp', 'documents', 'trustworthy-decision.docx'), bytes);
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  const text = xml.replace(/<w:p[ >]/g, '\n$&').replace(/<[^>]+>/g, '');
  expect(text).toMatch(new RegExp(`Số: ${NO_RE}`));
  expect(text).toContain(`hoàn thành tốt nhiệm vụ năm học ${SCHOOL_YEAR}`);
  expect(text).not.toMatch(/hoàn thành xuất sắc nhiệm vụ/u);
  for (const n of LDTT_TEACHERS) expect(text).toContain(n);
});

it("lets the administrator confirm an uncertain procedure parameter with the province's decision; the ward officer never sees the form", async () => {
  const admin = await newPage(browser);
  await signIn(admin, server!.url, 'admin');
  await admin.goto(`${server!.url}/danh-muc`);
  const card = await visible(
    admin.locator('.ant-card', { hasText: 'Tham số thủ tục cần xác nhận theo quy định của tỉnh' }),
  );
  const rows = card.locator('tr.ant-table-row');
  await visible(rows.first());
  const before = await rows.count();
  const label = (await rows.first().locator('td').first().textContent())!;
  await snap(admin, 'trustworthy-05-catalogue-pending');
  await rows
    .first()
    .getByRole('button', { name: /^Xác nhận/ })
    .click();
  const modal = await visible(admin.getByRole('dialog', { name: 'Xác nhận tham số theo quyết định của tỉnh' }));
  // The form checks the number's shape before sending.
  await modal.getByLabel('Số, ký hiệu').fill('Quyết định mười lăm');
  await modal.getByRole('button', { name: 'Xác nhận', exact: true }).click();
  await visible(modal.getByText('Số, ký hiệu có dạng 15/2025/QĐ-UBND.'));
  const issued = testDay(-30);
  await modal.getByLabel('Số, ký hiệu').fill(`15/${issued.slice(0, 4)}/QĐ-UBND`);
  const date = modal.getByLabel('Ngày ban hành', { exact: true });
  await date.click();
  await date.fill(vnDate(issued));
  await admin.keyboard.press('Enter');
  await modal.getByLabel('Cơ quan ban hành').fill('Ủy ban nhân dân tỉnh Điện Biên');
  await modal.getByLabel('Trích yếu').fill('ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh');
  await modal.getByLabel('Lý do').fill('Đối chiếu Quy chế thi đua, khen thưởng của tỉnh.');
  await snap(admin, 'trustworthy-06-confirm-form');
  await modal.getByRole('button', { name: 'Xác nhận', exact: true }).click();
  await visible(
    admin.getByText(
      /Đã xác nhận. Văn bản sẽ dẫn: Quyết định số 15\/\d{4}\/QĐ-UBND ngày \d{2}\/\d{2}\/\d{4} của Ủy ban nhân dân tỉnh Điện Biên ban hành Quy chế/,
    ),
  );
  await modal.waitFor({ state: 'hidden' });
  if (before > 1) {
    await card.getByText(label, { exact: true }).waitFor({ state: 'detached' });
    expect(await card.locator('tr.ant-table-row').count()).toBe(before - 1);
  } else {
    await card.waitFor({ state: 'detached' });
  }
  await snap(admin, 'trustworthy-07-confirmed');

  // The ward officer: the catalogue holds no such form; the rounds page keeps the one banner, without a link to confirm.
  const office = await newPage(browser);
  await signIn(office, server!.url, OFFICER);
  await office.goto(`${server!.url}/danh-muc`);
  await visible(office.getByRole('heading', { name: 'Danh mục và quy định', level: 1 }));
  await office.waitForTimeout(1000);
  expect(await office.getByText('Tham số thủ tục cần xác nhận theo quy định của tỉnh').count()).toBe(0);
  expect(await office.getByRole('button', { name: /^Xác nhận/ }).count()).toBe(0);
  if (before > 1) {
    await nav(office).getByRole('link', { name: 'Đợt xét khen thưởng' }).click();
    await visible(office.getByText('Cần quản trị viên xác nhận theo quy định của tỉnh'));
    expect(await office.getByRole('link', { name: 'Xác nhận tại Danh mục, quy định' }).count()).toBe(0);
  }
});
