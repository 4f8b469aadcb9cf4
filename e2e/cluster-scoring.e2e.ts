// Journey: a cluster's scoring on the demo data. Cụm thi đua số 05 in 2026 is led by phường Bạch
// Đằng (its officer bachdang.vhxh runs the cluster), with xã Xuân Trường as deputy and phường Mường
// Lay and xã Điềm He as members. The leader writes the covenant and records a signature, builds the
// scoring table (a wrong maximum is caught live), opens scoring; two members score themselves (one
// on a phone) with evidence and send; the leader reviews (a change needs a reason), previews and
// publishes in two steps; a member then reads the published ranking with its tie note.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { apiSession, confirmDialog, journey, newPage, signIn, snap, visible } from './harness';

const j = journey();

const nav = (page: Page) => page.getByRole('navigation', { name: 'Chức năng' });

interface Cluster {
  id: string;
  name: string;
  members: { year: number; role: string; orgName: string }[];
}

async function typeDate(page: Page, scope: import('playwright-core').Locator, label: string, ddmmyyyy: string) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(ddmmyyyy);
  await page.keyboard.press('Enter');
}

/** Fills one criterion of the self-score form: points and evidence. */
async function score(page: Page, id: string, points: string, evidence?: string) {
  await page.locator(`#score-${id}`).fill(points);
  if (evidence) await page.getByLabel(`Minh chứng cho tiêu chí ${id}`).fill(evidence);
}

it('leader builds the table, two members score, the leader reviews and publishes, a member reads the ranking', async () => {
  const officer = await apiSession(j.server.url, 'vanphong');
  const clusters = (await officer.get<{ items: Cluster[] }>('/clusters')).items;
  const cum = clusters.find((c) => c.name === 'Cụm thi đua số 05')!;
  const y2026 = cum.members.filter((m) => m.year === 2026);
  expect(y2026.find((m) => m.role === 'leader')!.orgName).toBe('Phường Bạch Đằng');
  expect(y2026.map((m) => m.orgName)).toEqual(expect.arrayContaining(['Phường Mường Lay', 'Xã Điềm He']));
  const url = `${j.server.url}/cum-thi-dua/${cum.id}/2026`;

  // ---- The leader opens the cluster from the menu.
  const leader = await newPage(j.browser);
  await signIn(leader, j.server.url, 'bachdang.vhxh');
  await nav(leader).getByRole('link', { name: 'Cụm, khối thi đua' }).click();
  await visible(leader.getByRole('heading', { name: 'Cụm, khối thi đua', level: 1 }));
  await leader.getByRole('link', { name: 'Cụm thi đua số 05 năm 2026' }).click();
  await visible(leader.getByRole('heading', { name: 'Cụm thi đua số 05 — năm 2026', level: 1 }));

  // Covenant: written, then signed by the leader; the others are still awaited.
  await leader.getByRole('tab', { name: 'Thành viên, giao ước' }).click();
  await leader.getByRole('button', { name: 'Lập giao ước' }).click();
  const cov = await visible(leader.getByRole('dialog', { name: 'Giao ước thi đua năm 2026' }));
  await cov
    .getByLabel('Chỉ tiêu 1 của nhóm 1', { exact: true })
    .fill('Hoàn thành 100% chỉ tiêu kinh tế - xã hội năm 2026');
  await cov.getByRole('button', { name: 'Thêm chỉ tiêu vào nhóm 1' }).click();
  await cov.getByLabel('Chỉ tiêu 2 của nhóm 1', { exact: true }).fill('Không có đơn thư khiếu nại kéo dài, vượt cấp');
  await cov
    .getByLabel('Tổ chức thực hiện — dòng 1', { exact: true })
    .fill('Các đơn vị tự chấm điểm, gửi Cụm trưởng trước ngày 30/11/2026.');
  await snap(leader, 'cluster-01-covenant-editor');
  await cov.getByRole('button', { name: 'Lưu giao ước' }).click();
  await cov.waitFor({ state: 'hidden' });
  await leader.getByRole('button', { name: 'Ghi nhận Phường Bạch Đằng ký giao ước' }).click();
  const sign = await visible(leader.getByRole('dialog', { name: /Ghi nhận ký giao ước/ }));
  await sign.getByLabel('Người ký').fill('Lò Văn Hùng');
  await sign.getByLabel('Chức vụ').fill('Chủ tịch UBND phường');
  await typeDate(leader, sign, 'Ngày ký', '15/01/2026');
  await sign.getByRole('button', { name: 'Ghi nhận' }).click();
  await sign.waitFor({ state: 'hidden' });
  await visible(leader.getByText('Đã ký 1/4 đơn vị.'));
  await visible(leader.getByText(/Còn chờ ký: .*Xã Điềm He/));
  const docx = await leader.getByRole('link', { name: 'Tải văn bản (DOCX)' }).getAttribute('href');
  expect(docx).toBe(`/api/v1/clusters/${cum.id}/years/2026/covenant.docx`);
  await snap(leader, 'cluster-02-covenant-signatures');

  // Scoring table: the starting template adds up; a wrong maximum is caught as it is typed.
  await leader.getByRole('tab', { name: 'Thang điểm' }).click();
  await visible(leader.getByText('Thang điểm khớp với tổng điểm theo hướng dẫn.'));
  const a1 = leader.getByLabel('Điểm tối đa của Chỉ tiêu kinh tế - xã hội');
  await a1.fill('45');
  await visible(leader.getByText(/khác tổng các tiêu chí con \(65\)/));
  await visible(leader.getByText('Tổng điểm tối đa các tiêu chí là 95, khác 100 điểm theo hướng dẫn.'));
  await snap(leader, 'cluster-03-table-live-check');
  await a1.fill('50');
  await visible(leader.getByText('Thang điểm khớp với tổng điểm theo hướng dẫn.'));
  // Nest a criterion under B and take it away again.
  await leader.getByRole('button', { name: 'Thêm tiêu chí con vào Công tác thi đua, khen thưởng' }).click();
  await visible(leader.getByText(/"Công tác thi đua, khen thưởng": điểm tối đa 30 khác tổng các tiêu chí con/));
  await leader.getByRole('button', { name: 'Xóa B1' }).click();
  await visible(leader.getByText('Thang điểm khớp với tổng điểm theo hướng dẫn.'));
  await leader.getByRole('button', { name: 'Lưu thang điểm' }).click();
  await visible(leader.getByText('Đã lưu thang điểm.'));
  await snap(leader, 'cluster-04-table-saved');
  await leader.getByRole('button', { name: 'Mở cho các đơn vị tự chấm' }).click();
  const openDialog = await visible(leader.getByRole('dialog', { name: 'Mở cho các đơn vị tự chấm điểm?' }));
  await openDialog.getByRole('button', { name: 'Mở tự chấm điểm' }).click();
  await openDialog.waitFor({ state: 'hidden' });
  await visible(leader.getByText('Các đơn vị đã bắt đầu tự chấm: thang điểm không sửa được nữa.'));

  // ---- Xã Điềm He scores itself at the desk.
  const diemhe = await newPage(j.browser);
  await signIn(diemhe, j.server.url, 'diemhe.vhxh');
  await diemhe.goto(url);
  await visible(diemhe.getByRole('tab', { name: 'Tự chấm điểm', selected: true }));
  await score(diemhe, 'A1', '45', 'Báo cáo KT-XH năm 2026 số 210/BC-UBND');
  await score(diemhe, 'A2', '18');
  await score(diemhe, 'B', '27', 'Kế hoạch và báo cáo tổng kết công tác thi đua');
  await score(diemhe, 'C', '2');
  await score(diemhe, 'D', '1');
  await visible(diemhe.locator('.cs-total-value').getByText('91', { exact: true }));
  await snap(diemhe, 'cluster-05-self-score-desktop');
  await diemhe.getByRole('button', { name: 'Gửi bảng điểm' }).click();
  const send = await visible(diemhe.getByRole('dialog', { name: /Gửi bảng tự chấm điểm của Xã Điềm He/ }));
  await visible(send.getByText('91', { exact: true }));
  await send.getByRole('button', { name: 'Gửi bảng điểm' }).click();
  await visible(diemhe.getByText(/^Đã gửi lúc \d{2}\/\d{2}\/\d{4}/));

  // ---- Phường Mường Lay scores itself on a phone; an out-of-range number is bounded.
  const muonglay = await newPage(j.browser, 390, 844);
  await signIn(muonglay, j.server.url, 'muonglay.vhxh');
  await muonglay.goto(url);
  await visible(muonglay.getByRole('tab', { name: 'Tự chấm điểm', selected: true }));
  await score(muonglay, 'A1', '46', 'Báo cáo số 198/BC-UBND ngày 20/11/2026');
  await score(muonglay, 'A2', '17');
  await score(muonglay, 'B', '27');
  await score(muonglay, 'C', '9'); // above the maximum of 5: the input keeps it within bounds
  await muonglay.locator('#score-D').click();
  expect(await muonglay.locator('#score-C').inputValue()).toBe('5');
  await score(muonglay, 'C', '2');
  await score(muonglay, 'D', '1');
  await muonglay.locator('#score-D').blur();
  await visible(muonglay.locator('.cs-total-value').getByText('91', { exact: true }));
  await muonglay.locator('#score-B').scrollIntoViewIfNeeded();
  await snap(muonglay, 'cluster-06-self-score-phone');
  await muonglay.getByRole('button', { name: 'Gửi bảng điểm' }).click();
  await confirmDialog(muonglay.getByRole('dialog', { name: /Gửi bảng tự chấm điểm/ }), 'Gửi bảng điểm');
  await visible(muonglay.getByText(/^Đã gửi lúc/));

  // ---- The leader starts the review and corrects one point with a reason.
  await leader.goto(`${url}?tab=tham-dinh`);
  await visible(leader.getByText('Đã gửi 2/4 đơn vị.'));
  await snap(leader, 'cluster-07-progress');
  await leader.getByRole('button', { name: 'Bắt đầu thẩm định' }).click();
  const startDialog = await visible(leader.getByRole('dialog', { name: 'Bắt đầu thẩm định điểm?' }));
  await startDialog.getByRole('button', { name: 'Bắt đầu thẩm định' }).click();
  await startDialog.waitFor({ state: 'hidden' });
  await leader.getByRole('button', { name: 'Sửa điểm tiêu chí A2 của Phường Mường Lay' }).click();
  const change = await visible(leader.getByRole('dialog', { name: 'Sửa điểm — Phường Mường Lay' }));
  await change.getByLabel('Điểm thẩm định').fill('18');
  await change.getByRole('button', { name: 'Lưu điểm thẩm định' }).click();
  await visible(change.getByText('Cần ghi lý do sửa điểm.'));
  await change.getByLabel('Lý do sửa điểm').fill('Chỉ số CCHC năm 2026 theo công bố của tỉnh là 18/20.');
  await change.getByRole('button', { name: 'Lưu điểm thẩm định' }).click();
  await change.waitFor({ state: 'hidden' });
  const log = leader.getByRole('table', { name: 'Nhật ký sửa điểm' });
  await visible(log.getByText('Chỉ số CCHC năm 2026 theo công bố của tỉnh là 18/20.'));
  await snap(leader, 'cluster-08-review');
  await log.scrollIntoViewIfNeeded();
  await snap(leader, 'cluster-08b-review-log');

  // ---- Ranking, then publication in two steps.
  await leader.getByRole('tab', { name: 'Xếp hạng, công bố' }).click();
  const provisional = leader.getByRole('table', { name: 'Xếp hạng tạm tính' });
  await visible(provisional.getByRole('row').filter({ hasText: 'Phường Mường Lay' }).getByText('92', { exact: true }));
  await leader.getByRole('button', { name: 'Xem trước để công bố' }).click();
  const preview = await visible(leader.getByRole('dialog', { name: /Bước 1\/2/ }));
  await visible(preview.getByRole('table', { name: 'Bảng xếp hạng xem trước' }).getByText('Phường Mường Lay'));
  await snap(leader, 'cluster-09-publish-preview');
  await preview.getByRole('button', { name: 'Tiếp tục công bố' }).click();
  const confirm = await visible(leader.getByRole('dialog', { name: /Bước 2\/2/ }));
  await visible(confirm.getByText('Công bố kết quả là không thể hoàn tác.'));
  const publish = confirm.getByRole('button', { name: 'Công bố kết quả' });
  expect(await publish.isDisabled()).toBe(true);
  await confirm.getByLabel('Gõ CÔNG BỐ để xác nhận').fill('công bố');
  await snap(leader, 'cluster-10-publish-confirm');
  await publish.click();
  await confirm.waitFor({ state: 'hidden' });
  await visible(leader.getByText('Kết quả xếp hạng đã công bố'));
  await visible(leader.getByRole('button', { name: 'Đề nghị khen thưởng' }));
  await visible(leader.getByText('Bàn giao Cụm trưởng, Cụm phó năm 2027'));
  await snap(leader, 'cluster-11-published-leader');

  // ---- A member reads the published ranking, with the tie note for the two units without a sheet.
  await diemhe.goto(url);
  const ranking = diemhe.getByRole('table', { name: 'Kết quả xếp hạng' });
  const first = ranking.getByRole('row').nth(1);
  await visible(first.getByText('Phường Mường Lay'));
  await visible(first.getByText('92', { exact: true }));
  await visible(ranking.getByRole('row').nth(2).getByText('Xã Điềm He'));
  await visible(ranking.getByText('Bằng điểm và bằng nhau ở mọi tiêu chí phụ: đồng hạng.').first());
  expect(await diemhe.getByRole('button', { name: 'Đề nghị khen thưởng' }).count()).toBe(0);
  await snap(diemhe, 'cluster-12-member-ranking');
  for (const p of [leader, diemhe, muonglay]) await p.context().close();
});
