// Journey: a plan written as prose, followed through the work that fulfils it. The ward's office
// (phường Mường Lay) imports seed 004, whose tasks are the duties of its "Tổ chức thực hiện" section:
// the preview marks them for review; it saves the plan, links the council's duty to the year-end
// round, drafts that round's decision and sends it for signing; the chairman signs; the task is then
// shown done, following the round. The round's council result is written before the server starts.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { and, eq, inArray, like } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client';
import { awardRecords, organisations, people, tenants, users } from '../src/db/schema';
import { SEED_FILES, seedPath } from '../src/domain/plans/fixtures/seeds';
import { seedRound } from '../src/features/decisions/testing';
import { demoDataDir, launchBrowser, newPage, type RunningServer, signIn, snap, startServer, visible } from './harness';

const ROUND = 'Xét khen thưởng tổng kết năm 2026';
const DUTY = 'Tham mưu tổ chức thực hiện hiệu quả các phong trào thi đua trên địa bàn xã';

let dataDir = '';
let server: RunningServer | undefined;
let url = '';
let browser: Browser;

beforeAll(async () => {
  dataDir = demoDataDir('tdkt-e2e-plan-prose-');
  const d = await openDatabase({ dataDir: join(dataDir, 'pglite') });
  await d.migrate();
  const [t] = await d.db.select().from(tenants);
  const orgs = await d.db
    .select()
    .from(organisations)
    .where(and(eq(organisations.tenantId, t.id), like(organisations.code, 'DEMO.MLAY%')));
  const ward = orgs.find((o) => o.code === 'DEMO.MLAY')!;
  const school = orgs.find((o) => o.code === 'DEMO.MLAY.TH')!;
  // Teachers holding no title of a period overlapping 2026 (one achievement is rewarded once).
  const titled = new Set(
    (
      await d.db
        .select({ personId: awardRecords.personId })
        .from(awardRecords)
        .where(and(eq(awardRecords.tenantId, t.id), inArray(awardRecords.period, ['2025-2026', '2026-2027', '2026'])))
    ).map((r) => r.personId),
  );
  const staff = (
    await d.db
      .select()
      .from(people)
      .where(and(eq(people.tenantId, t.id), eq(people.orgId, school.id)))
  )
    .filter((p) => !titled.has(p.id))
    .slice(0, 2);
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
    name: ROUND,
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
      { unitOrgId: school.id, personId: staff[0].id, awardCode: 'LDTT', period: '2026' },
      { unitOrgId: school.id, personId: staff[1].id, awardCode: 'GIAY_KHEN', period: '2026' },
    ],
  });
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

const taskRow = (page: Page) => page.locator('tr').filter({ hasText: DUTY }).first();

it('office imports a prose plan, reviews its tasks, links one to a round; the signed decision marks it done', async () => {
  const office = await newPage(browser);
  await signIn(office, url, 'muonglay.vhxh');

  // ── Import seed 004: no task table, the duties of "Tổ chức thực hiện" are read as tasks to review.
  await office.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: 'Kế hoạch thi đua' }).click();
  await office.getByRole('link', { name: 'Nhập từ tệp kế hoạch' }).click();
  await visible(office.getByRole('heading', { name: 'Nhập kế hoạch từ tệp' }));
  await visible(
    office.locator('.ant-select-content, .ant-select-selection-item').filter({ hasText: 'Phường Mường Lay' }).first(),
  );
  await office.locator('input[type=file]').setInputFiles(seedPath('xuanTruong'));
  await visible(office.getByText(SEED_FILES.xuanTruong));
  await office.getByRole('button', { name: 'Đọc và xem trước' }).click();
  await visible(office.getByText(`2. Xem trước: 6 nhiệm vụ từ tệp "${SEED_FILES.xuanTruong}"`));
  await visible(office.getByText('Kế hoạch không có bảng nhiệm vụ: các nhiệm vụ được đọc từ mục “Tổ chức thực hiện”'));
  expect(await office.getByText('Đọc từ văn bản', { exact: true }).count()).toBe(6);
  // The plan's own year, read from its title.
  expect(await office.getByLabel('Năm kế hoạch').inputValue()).toBe('2026');
  await visible(office.getByText('MỤC ĐÍCH, YÊU CẦU; NỘI DUNG; TỔ CHỨC THỰC HIỆN'));
  await snap(office, 'plan-prose-01-preview');
  // Reviewing: one duty left out, then kept again.
  await office.getByRole('button', { name: 'Bỏ nhiệm vụ 1' }).click();
  await visible(office.getByText(`2. Xem trước: 5 nhiệm vụ từ tệp "${SEED_FILES.xuanTruong}"`));
  await office.getByRole('button', { name: 'Giữ lại nhiệm vụ 1' }).click();
  await visible(office.getByText(`2. Xem trước: 6 nhiệm vụ từ tệp "${SEED_FILES.xuanTruong}"`));
  await office.getByRole('button', { name: 'Lưu kế hoạch', exact: true }).click();
  await office.waitForURL(/\/ke-hoach\/[0-9a-f-]{36}$/);
  await visible(office.getByRole('heading', { name: 'Kế hoạch năm 2026', level: 1 }));
  const planUrl = office.url();

  // ── Link the council's duty to the year-end round.
  await visible(taskRow(office));
  await taskRow(office)
    .getByRole('button', { name: /^Liên kết nhiệm vụ:/ })
    .click();
  const dialog = office.getByRole('dialog', { name: 'Liên kết nhiệm vụ với công việc thực hiện' });
  await visible(dialog);
  await dialog.locator('#link-target').click();
  await office.locator('.ant-select-item-option').filter({ hasText: ROUND }).first().click();
  await snap(office, 'plan-prose-02-link');
  await dialog.getByRole('button', { name: 'Liên kết' }).click();
  await visible(taskRow(office).getByText(`Đợt xét khen thưởng: ${ROUND}`));
  await visible(taskRow(office).getByText('Đang thực hiện').first());

  // ── The round's decision: drafted, sent for signing, signed by the chairman.
  await office
    .getByRole('navigation', { name: 'Chức năng' })
    .getByRole('link', { name: 'Quyết định khen thưởng' })
    .click();
  await office.getByRole('link', { name: ROUND }).click();
  await office.getByRole('button', { name: 'Lập dự thảo quyết định' }).click();
  const draft = office.getByRole('dialog', { name: 'Lập dự thảo quyết định khen thưởng' });
  await visible(draft);
  await draft.getByRole('button', { name: 'Lập dự thảo' }).click();
  await office.waitForURL(/\/quyet-dinh\/[0-9a-f-]{36}$/);
  await office.getByRole('button', { name: 'Trình ký' }).click();
  await visible(office.getByRole('button', { name: 'Đã trình ký' }));
  // Not signed yet: the task is still under way.
  await office.goto(planUrl);
  await visible(taskRow(office).getByText('Đang thực hiện').first());

  const chair = await newPage(browser);
  await signIn(chair, url, 'muonglay.chutich');
  await chair.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: 'Quyết định chờ ký' }).click();
  await chair.getByRole('button', { name: 'Ký', exact: true }).click();
  const confirm = chair.getByRole('dialog').filter({ hasText: 'Ký ban hành quyết định?' });
  await visible(confirm);
  await confirm.getByRole('button', { name: 'Ký ban hành' }).click();
  await visible(chair.getByText(/Đã ký ban hành Quyết định số/));

  // ── The task follows the round: done.
  await office.goto(planUrl);
  await visible(taskRow(office).getByText('Đã hoàn thành').first());
  await visible(taskRow(office).getByText(`Đợt xét khen thưởng: ${ROUND} (đã hoàn thành)`));
  await snap(office, 'plan-prose-03-done');
}, 360_000);
