// Journey: petitions (đơn thư). A citizen, on a phone, files a complaint on the public page without
// signing in and gets a tracking code; the ward's officer finds it in the register, accepts it
// (thụ lý) and sees the statutory due date; answers it; the citizen looks up the answer by code.
import { expect, it } from 'vitest';
import { apiSession, journey, newPage, signIn, snap, visible, vnDate } from './harness';

const j = journey();

interface Item {
  id: string;
  trackingCode: string;
  dueDate: string;
  status: string;
}

it('a citizen files on a phone, the officer accepts and answers, the citizen reads the answer', async () => {
  // The citizen, at phone width.
  const phone = await newPage(j.browser, 390, 844);
  await phone.goto(`${j.server.url}/cong-khai/don-thu`);
  await visible(phone.getByRole('heading', { name: /Gửi đơn khiếu nại, tố cáo/u }));
  await phone.getByLabel('Cơ quan nhận đơn').click();
  await phone.getByLabel('Cơ quan nhận đơn').fill('Mường Lay');
  await phone.locator('.ant-select-item-option', { hasText: 'Phường Mường Lay' }).first().click();
  await phone.getByText('Khiếu nại', { exact: true }).click();
  await phone.getByLabel('Họ và tên người gửi').fill('Lường Thị Én');
  await phone.getByLabel('Địa chỉ', { exact: true }).fill('Tổ dân phố 1, phường Mường Lay');
  await phone.getByLabel('Số điện thoại hoặc thư điện tử').fill('0912 000 111');
  await phone.getByLabel('Tóm tắt nội dung').fill('Khiếu nại kết quả bình xét danh hiệu thi đua của tổ');
  await phone
    .getByLabel('Nội dung đơn')
    .fill('Tổ chúng tôi hoàn thành đủ chỉ tiêu nhưng không được bình xét danh hiệu; đề nghị xem xét lại.');
  await snap(phone, 'petitions-public-form-phone');
  await phone.getByRole('button', { name: 'Gửi đơn' }).click();
  const codeEl = await visible(phone.getByTestId('tracking-code'));
  const code = (await codeEl.innerText()).trim();
  expect(code).toMatch(/^DT-[A-Z2-9]{4}-[A-Z2-9]{4}$/u);
  await snap(phone, 'petitions-public-code-phone');

  // The ward's officer: the register, the petition, accept, the due date.
  const api = await apiSession(j.server.url, 'muonglay.vhxh');
  const found = await api.get<{ items: Item[] }>(`/petitions?q=${code}`);
  expect(found.items).toHaveLength(1);
  const office = await newPage(j.browser);
  await signIn(office, j.server.url, 'muonglay.vhxh');
  await office.getByRole('menuitem', { name: 'Đơn thư' }).click();
  await office.waitForURL(/\/don-thu/u);
  await office.getByLabel('Tìm kiếm').fill(code);
  await office.waitForURL((u) => new URL(u).searchParams.get('q') === code);
  await office.getByRole('link', { name: code }).click();
  await visible(office.getByRole('heading', { name: /Khiếu nại: Khiếu nại kết quả bình xét/u }));
  await visible(office.getByText('Hạn thụ lý, xử lý đơn:', { exact: true }));
  await office.getByRole('button', { name: 'Thụ lý', exact: true }).click();
  await visible(office.getByText('Hạn giải quyết:', { exact: true }));
  const accepted = await api.get<Item>(`/petitions/${found.items[0]!.id}`);
  expect(accepted.status).toBe('accepted');
  await visible(office.getByText(vnDate(accepted.dueDate)).first());
  await visible(office.getByText(/Luật Khiếu nại số 02\/2011\/QH13, Điều 28/u));
  await snap(office, 'petitions-accepted');

  await office.getByRole('button', { name: 'Trả lời, kết luận' }).click();
  await office.getByLabel('Số, ký hiệu văn bản trả lời').fill('42/UBND-VHXH');
  await office
    .getByLabel('Nội dung trả lời, kết luận')
    .fill('Qua kiểm tra, tổ dân phố 1 đủ điều kiện; UBND phường công nhận bổ sung danh hiệu cho tổ.');
  await office.getByRole('button', { name: 'Lưu' }).click();
  await visible(office.getByText('Đã giải quyết, trả lời').first());
  await visible(office.getByRole('link', { name: /Văn bản trả lời \(Word\)/u }));
  await snap(office, 'petitions-answered');

  // The citizen looks up the status by the code.
  await phone.goto(`${j.server.url}/cong-khai/don-thu/tra-cuu`);
  await phone.getByLabel('Mã tra cứu').fill(code.toLowerCase());
  await phone.getByRole('button', { name: 'Tra cứu' }).click();
  await visible(phone.getByTestId('petition-status').filter({ hasText: 'Đã giải quyết, trả lời' }));
  await visible(phone.getByText(/công nhận bổ sung danh hiệu/u));
  await snap(phone, 'petitions-lookup-phone');
});
