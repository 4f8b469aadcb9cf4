// Journey: the public portal (issue 12). The ward's officer registers an exemplary model from the
// award records, records the consent to publish (Nghị định 13/2023/NĐ-CP) and publishes it; writes a
// news article and sends it for review; the chairman, who did not write it, approves and publishes
// it (its writer cannot). A citizen on a phone, not signed in, reads both
// on /cong-khai. The consent is withdrawn and the model's page is gone (404) at once.
import { expect, it } from 'vitest';
import { apiSession, choose, confirmDialog, journey, newPage, signIn, snap, visible } from './harness';

const j = journey();

it('the officer publishes a model with consent and an article; a citizen reads them; withdrawn consent is a 404', async () => {
  const api = await apiSession(j.server.url, 'muonglay.vhxh');
  const suggestions = await api.get<{ items: { name: string; kind: string }[] }>('/models/suggestions?minAwards=2');
  const subject = suggestions.items.find((s) => s.kind === 'individual') ?? suggestions.items[0]!;
  const stamp = Date.now().toString(36).slice(-4);

  const office = await newPage(j.browser);
  await signIn(office, j.server.url, 'muonglay.vhxh');
  await office.getByRole('menuitem', { name: 'Gương điển hình' }).click();
  await visible(office.getByRole('heading', { name: 'Gương điển hình tiên tiến', level: 1 }));
  await office.getByRole('button', { name: 'Thêm gương điển hình' }).click();
  const dialog = office.getByRole('dialog', { name: 'Thêm gương điển hình' });
  await choose(office, dialog.getByLabel(/Cá nhân, tập thể, hộ gia đình/u), subject.name);
  await choose(office, dialog.getByLabel('Địa bàn'), 'Phường Mường Lay');
  await choose(office, dialog.getByLabel('Lĩnh vực'), 'Người tốt, việc tốt');
  await dialog.getByLabel('Tóm tắt', { exact: true }).fill(`Tấm gương tận tụy vì cộng đồng ${stamp}`);
  await dialog
    .getByLabel('Câu chuyện điển hình', { exact: true })
    .fill('Nhiều năm liền giúp đỡ các gia đình khó khăn trong tổ dân phố.');
  await snap(office, 'portal-model-create');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await visible(office.getByRole('heading', { name: subject.name, level: 1 }));

  // Consent first: publishing is refused without it, then allowed.
  await office.getByRole('button', { name: 'Ghi nhận sự đồng ý' }).click();
  const consent = office.getByRole('dialog', { name: 'Ghi nhận sự đồng ý công khai thông tin' });
  await consent.getByLabel('Người đồng ý', { exact: true }).fill(subject.name);
  await consent.getByLabel('Tư cách người đồng ý', { exact: true }).fill('Bản thân');
  await consent.getByLabel('Ngày đồng ý', { exact: true }).fill('01/12/2026');
  await consent.getByLabel('Ngày đồng ý', { exact: true }).press('Enter');
  await consent.getByRole('button', { name: 'Lưu' }).click();
  await visible(office.getByText('Còn hiệu lực'));
  await office.getByRole('button', { name: 'Công khai', exact: true }).click();
  await visible(office.getByText('Đang công khai'));
  await snap(office, 'portal-model-published');
  const model = (await api.get<{ items: { id: string; slug: string }[] }>(`/models?q=${encodeURIComponent(stamp)}`))
    .items[0]!;
  const modelPath = `/cong-khai/guong-dien-hinh/${model.slug}`;

  // An article: draft → review → published by someone else.
  const title = `Tuyên dương người tốt việc tốt ${stamp}`;
  await office.getByRole('menuitem', { name: 'Tin bài tuyên truyền' }).click();
  await office.getByRole('button', { name: 'Viết tin bài' }).click();
  const write = office.getByRole('dialog', { name: 'Viết tin bài' });
  await choose(office, write.getByLabel('Đơn vị đăng'), 'Phường Mường Lay');
  await write.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await write
    .getByLabel('Sa-pô (tóm tắt)', { exact: true })
    .fill('Phường tuyên dương một tấm gương người tốt việc tốt.');
  await write
    .getByLabel('Nội dung', { exact: true })
    .fill('## Việc tốt\nGiúp đỡ **các gia đình khó khăn** trong tổ dân phố.');
  await write.getByRole('button', { name: 'Lưu bản nháp' }).click();
  await visible(office.getByRole('heading', { name: title, level: 1 }));
  await office.getByRole('button', { name: 'Gửi duyệt' }).click();
  await visible(office.getByText(/không tự duyệt được/u));
  expect(await office.getByRole('button', { name: 'Duyệt và đăng' }).count()).toBe(0);
  const chair = await newPage(j.browser);
  await signIn(chair, j.server.url, 'muonglay.chutich');
  await chair.goto(office.url());
  await visible(chair.getByRole('heading', { name: title, level: 1 }));
  await chair.getByRole('button', { name: 'Duyệt và đăng' }).click();
  await visible(chair.getByRole('button', { name: 'Gỡ tin bài' }));
  await snap(chair, 'portal-article-published');

  // The legal library the portal shows at /cong-khai/van-ban.
  await office.getByRole('menuitem', { name: 'Thư viện văn bản' }).click();
  await visible(office.getByRole('heading', { name: 'Thư viện văn bản', level: 1 }));
  await visible(office.getByRole('cell', { name: /Luật Thi đua, khen thưởng/u }).first());
  await snap(office, 'portal-library');

  // A citizen on a phone, not signed in.
  const phone = await newPage(j.browser, 390, 844);
  await phone.goto(`${j.server.url}/cong-khai/guong-dien-hinh?q=${encodeURIComponent(stamp)}`);
  await phone.getByRole('link', { name: subject.name }).first().click();
  await visible(phone.getByRole('heading', { name: subject.name, level: 1 }));
  await snap(phone, 'portal-model-phone');
  await phone.goto(`${j.server.url}/cong-khai/tin-tuc`);
  await phone.getByRole('link', { name: title }).click();
  await visible(phone.getByRole('heading', { name: title, level: 1 }));
  await visible(phone.getByText('các gia đình khó khăn'));
  await snap(phone, 'portal-article-phone');

  // Consent withdrawn: the page is gone at once.
  await office.goto(`${j.server.url}/guong-dien-hinh/${model.id}`);
  await office.getByRole('button', { name: 'Rút lại sự đồng ý' }).click();
  await confirmDialog(office.getByRole('dialog', { name: 'Rút lại sự đồng ý' }), 'Rút lại');
  await visible(office.getByText(/^Đã rút lại \d/u));
  const gone = await phone.goto(`${j.server.url}${modelPath}`);
  expect(gone?.status()).toBe(404);
});
