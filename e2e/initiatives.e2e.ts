// Journey: an initiative changes a person's verdict. In phường Mường Lay, a person's 2025 CSTĐCS
// verdict lacks only the "excellent rating or a recognised initiative" criterion (found in the demo
// data by the bulk check). The ward's officer sets up the 2025 initiative council (chair, secretary,
// member), registers the person's initiative and takes it to the council; two members score and
// vote in favour, the third recuses with a reason; the officer sees who has assessed (not what),
// closes with the decision number and date, reads the result with each member's scores, and the
// author's page now shows the CSTĐCS verdict met.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { apiSession, choose, confirmDialog, journey, newPage, signIn, snap, visible } from './harness';

const j = journey();

const nav = (page: Page) => page.getByRole('navigation', { name: 'Chức năng' });

interface Org {
  id: string;
  code: string;
  name: string;
}
interface Bulk {
  oneShort: { personId: string; fullName: string; failed: { id: string }[] }[];
}

async function assess(browserPage: Page, url: string, scores: [string, string][] | null, recusal?: string) {
  await browserPage.goto(url);
  const card = await visible(
    browserPage.locator('.ant-card').filter({ hasText: 'Phiếu chấm điểm, biểu quyết của bạn' }),
  );
  if (scores) {
    for (const [label, v] of scores) await card.getByLabel(new RegExp(`^${label} \\(tối đa`)).fill(v);
    await card.getByLabel('Đồng ý công nhận').check();
  } else {
    await card.getByLabel('Tôi không tham gia vì xung đột lợi ích').check();
    await card.getByLabel('Lý do không tham gia').fill(recusal!);
  }
  await card.getByRole('button', { name: 'Gửi phiếu' }).click();
  await confirmDialog(
    browserPage.getByRole('dialog', {
      name: scores ? 'Gửi điểm và biểu quyết?' : 'Xác nhận không tham gia xét sáng kiến?',
    }),
    'Gửi',
    { exact: true },
  );
  await visible(browserPage.locator('.ant-card').filter({ hasText: 'Phiếu của bạn' }));
}

it('council set up, initiative registered, members assess, office closes, the CSTĐCS verdict changes', async () => {
  const officerApi = await apiSession(j.server.url, 'vanphong');
  const orgs = (await officerApi.get<{ items: Org[] }>('/organisations')).items;
  const ward = orgs.find((o) => o.code === 'DEMO.MLAY')!;
  const bulk = await officerApi.get<Bulk>(
    `/eligibility/bulk?orgId=${ward.id}&award=CSTD_CS&period=2025&decisionDate=2025-12-10`,
  );
  const author = bulk.oneShort.find((p) => p.failed.length === 1 && p.failed[0].id === 'excellence_basis')!;
  expect(author, 'a person lacking only the initiative / HTXSNV criterion').toBeTruthy();

  // ---- The ward's officer: the author's verdict before, then the council.
  const officer = await newPage(j.browser);
  await signIn(officer, j.server.url, 'muonglay.vhxh');
  await officer.goto(
    `${j.server.url}/ca-nhan/${author.personId}?tab=de-nghi&award=CSTD_CS&period=2025&decisionDate=2025-12-10`,
  );
  const before = officer.locator('#co-the-de-nghi').getByRole('button', { name: /^Chiến sĩ thi đua cơ sở/ });
  await visible(before.getByText('Chưa đủ điều kiện', { exact: true }));
  await snap(officer, 'initiative-01-verdict-before');

  await nav(officer).getByRole('link', { name: 'Sáng kiến' }).click();
  await visible(officer.getByRole('heading', { name: 'Sáng kiến', level: 1 }));
  await officer.getByRole('button', { name: 'Thành lập Hội đồng sáng kiến' }).click();
  const council = await visible(officer.getByRole('dialog', { name: 'Thành lập Hội đồng sáng kiến' }));
  await choose(officer, council.getByLabel('Cơ quan, đơn vị'), 'Phường Mường Lay');
  await council.getByLabel('Năm').fill('2025');
  await council.getByLabel('Tên Hội đồng').fill('Hội đồng sáng kiến phường Mường Lay');
  await choose(officer, council.getByLabel('Tài khoản thành viên thứ 1'), 'muonglay.chutich');
  await choose(officer, council.getByLabel('Tài khoản thành viên thứ 2'), 'muonglay.hoidong1');
  await choose(officer, council.getByLabel('Tài khoản thành viên thứ 3'), 'muonglay.hoidong2');
  await snap(officer, 'initiative-02-council-form');
  await confirmDialog(council, 'Thành lập');
  const councilCard = officer
    .locator('.ant-card')
    .filter({ hasText: 'Hội đồng sáng kiến phường Mường Lay — năm 2025' })
    .last();
  await visible(councilCard.getByText('— Chủ tịch Hội đồng'));

  // ---- Registration: the author is found in the registry by name.
  await officer.getByRole('button', { name: 'Đăng ký sáng kiến' }).click();
  const reg = await visible(officer.getByRole('dialog', { name: 'Đăng ký xét công nhận sáng kiến' }));
  await choose(officer, reg.getByLabel('Tác giả'), author.fullName);
  const title = 'Số hóa quy trình tiếp nhận hồ sơ một cửa của phường';
  await reg.getByLabel('Tên sáng kiến').fill(title);
  await reg
    .getByLabel('Mô tả, minh chứng')
    .fill(
      'Giải pháp tiếp nhận, trả kết quả hồ sơ qua mã QR, áp dụng tại phường Mường Lay từ tháng 3/2025; thời gian xử lý giảm 30%.',
    );
  await snap(officer, 'initiative-03-register');
  await reg.getByRole('button', { name: 'Đăng ký' }).click();
  await visible(officer.getByRole('heading', { name: title, level: 1 }));
  const detailUrl = officer.url();
  await officer.getByRole('button', { name: 'Đưa ra Hội đồng xét' }).click();
  await confirmDialog(officer.getByRole('dialog', { name: 'Đưa sáng kiến ra Hội đồng xét?' }), 'Đưa ra Hội đồng');
  await visible(officer.getByText('Tiến độ xét của Hội đồng'));

  // ---- The members: two score and vote in favour, one recuses.
  const chair = await newPage(j.browser);
  await signIn(chair, j.server.url, 'muonglay.chutich');
  await chair.goto(detailUrl);
  const form = await visible(chair.locator('.ant-card').filter({ hasText: 'Phiếu chấm điểm, biểu quyết của bạn' }));
  await form.getByLabel(/^Tính mới \(tối đa/).fill('32');
  await form.getByLabel(/^Tính khả thi, khả năng áp dụng \(tối đa/).fill('25');
  await form.getByLabel(/^Hiệu quả, lợi ích mang lại \(tối đa/).fill('24');
  await form.getByLabel('Đồng ý công nhận').check();
  await visible(form.getByText('81', { exact: true }));
  await snap(chair, 'initiative-04-member-scoring');
  await assess(chair, detailUrl, [
    ['Tính mới', '32'],
    ['Tính khả thi, khả năng áp dụng', '25'],
    ['Hiệu quả, lợi ích mang lại', '24'],
  ]);
  await snap(chair, 'initiative-05-member-done');
  const secretary = await newPage(j.browser);
  await signIn(secretary, j.server.url, 'muonglay.hoidong1');
  await assess(secretary, detailUrl, [
    ['Tính mới', '30'],
    ['Tính khả thi, khả năng áp dụng', '22'],
    ['Hiệu quả, lợi ích mang lại', '20'],
  ]);
  const member = await newPage(j.browser, 390, 844);
  await signIn(member, j.server.url, 'muonglay.hoidong2');
  await member.goto(detailUrl);
  const phoneForm = await visible(
    member.locator('.ant-card').filter({ hasText: 'Phiếu chấm điểm, biểu quyết của bạn' }),
  );
  await phoneForm.getByLabel('Tôi không tham gia vì xung đột lợi ích').check();
  await phoneForm
    .getByLabel('Lý do không tham gia')
    .fill('Công tác cùng cơ quan và tham gia xây dựng giải pháp với tác giả.');
  await snap(member, 'initiative-06-recusal-phone');
  await assess(member, detailUrl, null, 'Công tác cùng cơ quan và tham gia xây dựng giải pháp với tác giả.');

  // ---- The office: who has assessed (not what), then the close.
  await officer.reload();
  const progress = officer.getByRole('table', { name: 'Tiến độ xét của Hội đồng' });
  await visible(progress.getByText('Đã gửi phiếu').first());
  expect(await progress.getByText('Đã gửi phiếu').count()).toBe(3);
  expect(await officer.getByText('Đồng ý công nhận').count()).toBe(0);
  await visible(officer.getByText('Đã gửi phiếu: 3/3.', { exact: false }));
  await snap(officer, 'initiative-07-office-progress');
  await officer.getByLabel('Số quyết định công nhận').fill('12/QĐ-UBND');
  const date = officer.getByLabel('Ngày quyết định');
  await date.click();
  await date.fill('10/12/2025');
  // Enter in the last field submits the form, as for any keyboard user; the confirmation follows.
  await officer.keyboard.press('Enter');
  await confirmDialog(officer.getByRole('dialog', { name: 'Kết thúc xét sáng kiến?' }), 'Kết thúc xét');
  await visible(officer.getByText('Công nhận sáng kiến cấp cơ sở — Quyết định số 12/QĐ-UBND ngày 10/12/2025'));
  await visible(
    officer.getByText(
      /2\/2 thành viên đồng ý .*không tính 1 thành viên không tham gia do xung đột lợi ích.*: công nhận\./,
    ),
  );
  const scores = officer.getByRole('table', { name: 'Điểm và biểu quyết của từng thành viên' });
  await visible(scores.getByText('81', { exact: true }));
  await visible(scores.getByText('Không tham gia'));
  const cert = await officer.getByRole('link', { name: 'Giấy chứng nhận (DOCX)' }).getAttribute('href');
  expect(cert).toMatch(/\/api\/v1\/initiative-applications\/[0-9a-f-]+\/certificate$/);
  await snap(officer, 'initiative-08-result');

  // ---- The author's page: the CSTĐCS verdict for 2025 is now met, by the recognised initiative.
  await officer.getByRole('link', { name: 'Điều kiện thi đua của tác giả (Chiến sĩ thi đua cơ sở)' }).click();
  await visible(officer.getByRole('heading', { name: author.fullName, level: 1 }));
  const card = officer.locator('#co-the-de-nghi');
  const after = card.getByRole('button', { name: /^Chiến sĩ thi đua cơ sở/ });
  await visible(after.getByText('Đủ điều kiện', { exact: true }));
  await visible(card.getByText(new RegExp(title)).first());
  await after.evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await officer.mouse.wheel(0, -70);
  await snap(officer, 'initiative-09-verdict-after');
  for (const p of [officer, chair, secretary, member]) await p.context().close();
});
