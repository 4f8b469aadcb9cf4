// Journey: an award decision on the demo data. The council's result of a round of phường Mường Lay
// (three passed nominees of the primary school, one award above the ward's power) is written into the
// database before the server starts. The ward's office drafts the decision from the result and
// sends it to the chairman; the chairman (muonglay.chutich) reads it in "Quyết định chờ ký" and
// signs it; the office downloads the DOCX decision, a certificate and the payment list, whose
// text is checked (motto, number, names, amounts in figures and words).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { and, eq, inArray, like } from 'drizzle-orm';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client';
import { awardRecords, organisations, people, tenants, users } from '../src/db/schema';
import { docxText } from '../src/documents/nd30/inspect';
import { generateDemoDataset } from '../src/demo/generate';
import { seedRound } from '../src/features/decisions/testing';
import { formatNumberVN, moneyInWords } from '../src/domain/vi-text/index';
import {
  demoDataDir,
  launchBrowser,
  newPage,
  signIn,
  snap,
  testNow,
  visible,
  type RunningServer,
  startServer,
} from './harness';
import { isoDateInVietnam } from '../src/domain/vi-text/index';

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

let dataDir = '';
let server: RunningServer | undefined;
let url = '';
let browser: Browser;
const names: string[] = [];

beforeAll(async () => {
  // The demo data and the round's result, written before the server opens the database.
  dataDir = demoDataDir('tdkt-e2e-decision-');
  const d = await openDatabase({ dataDir: join(dataDir, 'pglite') });
  await d.migrate();
  const [t] = await d.db.select().from(tenants);
  const orgs = await d.db
    .select()
    .from(organisations)
    .where(and(eq(organisations.tenantId, t.id), like(organisations.code, 'DEMO.MLAY%')));
  const ward = orgs.find((o) => o.code === 'DEMO.MLAY')!;
  const school = orgs.find((o) => o.code === 'DEMO.MLAY.TH')!;
  // The titles of 2026 go to teachers holding no title of a period overlapping it (the school year
  // 2025-2026): one achievement is rewarded once (Law 06/2022 Art. 5.2.c), and signing checks it.
  const titled = new Set(
    (
      await d.db
        .select({ personId: awardRecords.personId })
        .from(awardRecords)
        .where(and(eq(awardRecords.tenantId, t.id), inArray(awardRecords.period, ['2025-2026', '2026-2027', '2026'])))
    ).map((r) => r.personId),
  );
  const all = await d.db
    .select()
    .from(people)
    .where(and(eq(people.tenantId, t.id), eq(people.orgId, school.id)));
  const staff = [...all.filter((p) => !titled.has(p.id)), ...all.filter((p) => titled.has(p.id))].slice(0, 4);
  const us = await d.db
    .select()
    .from(users)
    .where(
      and(
        eq(users.tenantId, t.id),
        inArray(users.username, ['muonglay.vhxh', 'muonglay.chutich', 'muonglay.hoidong1', 'muonglay.hoidong2']),
      ),
    );
  const u = (n: string) => us.find((x) => x.username === n)!;
  await seedRound(d.db, {
    tenantId: t.id,
    orgId: ward.id,
    createdBy: u('muonglay.vhxh').id,
    name: 'Xét khen thưởng tổng kết năm 2026',
    decisionBy: '2026-11-20',
    meetingOn: '2026-11-02',
    notice: { publishedOn: '2026-11-03', endsOn: '2026-11-12' },
    council: [
      {
        userId: u('muonglay.chutich').id,
        fullName: u('muonglay.chutich').fullName,
        role: 'chair',
        position: 'Chủ tịch UBND phường',
      },
      { userId: u('muonglay.hoidong1').id, fullName: u('muonglay.hoidong1').fullName, role: 'vice_chair' },
      { userId: u('muonglay.hoidong2').id, fullName: u('muonglay.hoidong2').fullName, role: 'member' },
      { userId: u('muonglay.vhxh').id, fullName: u('muonglay.vhxh').fullName, role: 'secretary' },
    ],
    nominees: [
      { unitOrgId: school.id, personId: staff[0].id, awardCode: 'CSTD_CS', period: '2026' },
      { unitOrgId: school.id, personId: staff[1].id, awardCode: 'LDTT', period: '2026' },
      { unitOrgId: school.id, personId: staff[2].id, awardCode: 'GIAY_KHEN', period: '2026' },
      { unitOrgId: school.id, personId: staff[3].id, awardCode: 'BK_TINH', period: '2026' },
    ],
  });
  names.push(...staff.slice(0, 3).map((p) => p.fullName));
  await d.close();

  server = await startServer({ dataDir });
  url = server.url;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ text: string; name: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download') as Promise<Download>, click()]);
  const path = await dl.path();
  const { readFileSync } = await import('node:fs');
  return { text: await docxText(readFileSync(path!)), name: dl.suggestedFilename() };
}

it('office drafts, chairman signs, office downloads the decision, a certificate and the payment list', async () => {
  // ── The office drafts from the council's result.
  const office = await newPage(browser);
  await signIn(office, url, 'muonglay.vhxh');
  await office
    .getByRole('navigation', { name: 'Chức năng' })
    .getByRole('link', { name: 'Quyết định khen thưởng' })
    .click();
  await visible(office.getByRole('link', { name: 'Xét khen thưởng tổng kết năm 2026' }));
  await snap(office, 'decision-01-rounds');
  await office.getByRole('link', { name: 'Xét khen thưởng tổng kết năm 2026' }).click();
  await visible(office.getByText('Trình cấp trên khen thưởng — khen cao (1)'));
  await snap(office, 'decision-02-round');
  await office.getByRole('button', { name: 'Lập dự thảo quyết định' }).click();
  const dialog = office.getByRole('dialog', { name: 'Lập dự thảo quyết định khen thưởng' });
  await visible(dialog);
  // The whole list of those the council passed, every one ticked.
  for (const n of names) await visible(dialog.getByRole('cell', { name: new RegExp(n) }).first());
  await visible(dialog.getByText(`Đã chọn ${names.length}/${names.length}`));
  await snap(office, 'decision-03-draft-dialog');
  await dialog.getByRole('button', { name: 'Lập dự thảo' }).click();
  await office.waitForURL(/\/quyet-dinh\/[0-9a-f-]{36}$/);
  await visible(office.getByRole('heading', { name: /Dự thảo quyết định khen thưởng/ }));
  for (const n of names) await visible(office.getByRole('cell', { name: new RegExp(n) }).first());
  await snap(office, 'decision-04-draft');
  await office.getByRole('button', { name: 'Trình ký' }).click();
  await visible(office.getByRole('button', { name: 'Đã trình ký' }));
  const decisionUrl = office.url();

  // ── The chairman signs from the inbox.
  const chair = await newPage(browser);
  await signIn(chair, url, 'muonglay.chutich');
  await chair.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: 'Quyết định chờ ký' }).click();
  await visible(chair.getByText('Về việc khen thưởng thành tích năm 2026').first());
  await visible(chair.getByRole('cell', { name: new RegExp(names[0]) }).first());
  await snap(chair, 'decision-05-inbox');
  await chair.getByRole('button', { name: 'Ký', exact: true }).click();
  const confirm = chair.getByRole('dialog').filter({ hasText: 'Ký ban hành quyết định?' });
  await visible(confirm);
  await snap(chair, 'decision-06-confirm');
  await confirm.getByRole('button', { name: 'Ký ban hành' }).click();
  await visible(chair.getByText(new RegExp(`Đã ký ban hành Quyết định số ${NO_RE}`)));
  await snap(chair, 'decision-07-signed');

  // ── The office downloads the documents.
  await office.goto(decisionUrl);
  await visible(office.getByRole('heading', { name: new RegExp(`Quyết định số ${NO_RE}`) }));
  await snap(office, 'decision-08-signed-detail');
  const dec = await downloadText(office, () => office.getByRole('link', { name: 'Quyết định (Word)' }).click());
  expect(dec.name).toMatch(/^Quy/);
  expect(dec.text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(dec.text).toContain('Độc lập - Tự do - Hạnh phúc');
  expect(dec.text).toMatch(new RegExp(`Số: ${NO_RE}`));
  for (const n of names) expect(dec.text).toContain(n);
  const total = Number(/Tổng số tiền thưởng: ([\d.]+) đồng/.exec(dec.text)![1].replace(/\./g, ''));
  expect(total).toBeGreaterThan(0);
  expect(dec.text).toContain(`(${moneyInWords(total)})`);
  expect(dec.text).toMatch(/2\.530\.000|760\.000/);

  const cert = await downloadText(office, () =>
    office.getByRole('link', { name: `Giấy khen của ${names[0]} (Word)` }).click(),
  );
  expect(cert.text).toContain(names[0]);
  expect(cert.text).toMatch(new RegExp(NO_RE));
  expect(cert.text).toMatch(/sổ vàng/i);

  const pay = await downloadText(office, () =>
    office.getByRole('link', { name: 'Danh sách chi tiền thưởng (Word)' }).click(),
  );
  expect(pay.name).toMatch(/^Danh/);
  expect(pay.text).toContain('DANH SÁCH CHI TIỀN THƯỞNG');
  for (const n of names) expect(pay.text).toContain(n);
  expect(pay.text).toContain(formatNumberVN(total));
  expect(pay.text).toContain(moneyInWords(total));

  // ── A batch of certificates with its progress; the phone-width view of the decision.
  await office.getByRole('button', { name: /^In \d+ giấy khen$/ }).click();
  // A batch mixing a form and titles is named for both (an LĐTT gets no "Giấy khen").
  await visible(office.getByRole('link', { name: /Tải Giấy khen, giấy chứng nhận theo Quyết định/ }), 60_000);
  await snap(office, 'decision-09-certificates');
  const phone = await newPage(browser, 390, 844);
  await signIn(phone, url, 'muonglay.vhxh');
  await phone.goto(decisionUrl);
  await visible(phone.getByRole('heading', { name: new RegExp(`Quyết định số ${NO_RE}`) }));
  await snap(phone, 'decision-10-phone');
});
