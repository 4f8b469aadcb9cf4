// Journey: a school's clerk sees only their own unit. The people list holds only the school's
// staff (on a desktop and on a phone), a person of another unit opened by address shows a clear
// "no permission" page, and the API itself answers 403.
import { expect, it } from 'vitest';
import { apiSession, journey, newPage, signIn, snap, visible } from './harness';

const CLERK = 'muonglay.thcs';

const j = journey();

interface Me {
  grants: { role: string; orgId: string; orgName: string }[];
}
interface PersonRow {
  id: string;
  fullName: string;
  orgId: string | null;
  orgName: string | null;
}
interface PeoplePage {
  items: PersonRow[];
  total: number;
}

it('unit clerk: only their unit, and a clear refusal for anyone else', async () => {
  const clerkApi = await apiSession(j.server.url, CLERK);
  const me = await clerkApi.get<Me>('/auth/me');
  expect(me.grants.map((g) => g.role)).toEqual(['clerk']);
  const unitName = me.grants[0].orgName;
  const readable = new Set((await clerkApi.get<{ items: { id: string }[] }>('/organisations')).items.map((o) => o.id));
  const own = await clerkApi.get<PeoplePage>('/people?pageSize=100');
  expect(own.total).toBeGreaterThan(0);

  // Someone the clerk must not see: a person of a unit outside the clerk's reach.
  const adminApi = await apiSession(j.server.url, 'admin');
  const all = await adminApi.get<PeoplePage>('/people?pageSize=200');
  const outsider = all.items.find((p) => p.orgId && !readable.has(p.orgId));
  expect(outsider, 'a person outside the clerk’s unit').toBeDefined();

  // Desktop: the list holds only the unit's people; no menu for logs or accounts.
  const page = await newPage(j.browser);
  await signIn(page, j.server.url, CLERK);
  const nav = page.getByRole('navigation', { name: 'Chức năng' });
  await visible(nav.getByRole('link', { name: 'Cá nhân' }));
  expect(await nav.getByRole('link', { name: 'Nhật ký hệ thống' }).count()).toBe(0);
  expect(await nav.getByRole('link', { name: 'Tài khoản' }).count()).toBe(0);
  await visible(page.getByText(unitName).first());
  await snap(page, 'access-01-clerk-home');

  await nav.getByRole('link', { name: 'Cá nhân' }).click();
  await visible(page.getByText(`Tìm thấy ${own.total} cá nhân`));
  const unitCells = page.locator('table tbody tr.ant-table-row td:nth-child(5)');
  await expect.poll(() => unitCells.count()).toBe(Math.min(own.total, 20));
  const units = new Set((await unitCells.allTextContents()).map((t) => t.trim()));
  expect([...units]).toEqual([unitName]);
  expect(await page.getByRole('link', { name: outsider!.fullName, exact: true }).count()).toBe(0);
  await snap(page, 'access-02-clerk-people');

  // By address, a person of another unit: a clear refusal, not a crash.
  await page.goto(`${j.server.url}/ca-nhan/${outsider!.id}`);
  await visible(page.getByText('Bạn không có quyền xem hồ sơ này'));
  expect(await page.getByText(outsider!.fullName).count()).toBe(0);
  await visible(page.getByRole('link', { name: 'Về trang chủ' }));
  await snap(page, 'access-03-forbidden');

  // And the API refuses too, from inside the clerk's session.
  const status = await page.evaluate(async (id) => (await fetch(`/api/v1/people/${id}`)).status, outsider!.id);
  expect(status).toBe(403);
  const body = await page.evaluate(async (id) => (await fetch(`/api/v1/people/${id}`)).json(), outsider!.id);
  expect(body.error.code).toBe('FORBIDDEN');
  await page.context().close();

  // Phone width: the unit clerk's list still works.
  const phone = await newPage(j.browser, 390, 844);
  await signIn(phone, j.server.url, CLERK);
  await phone.goto(`${j.server.url}/ca-nhan`);
  await visible(phone.getByText(`Tìm thấy ${own.total} cá nhân`));
  await visible(phone.getByRole('link', { name: own.items[0].fullName, exact: true }));
  await snap(phone, 'access-04-phone-people');
  await phone.getByRole('button', { name: 'Mở danh mục chức năng' }).click();
  await visible(phone.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: 'Hộ gia đình' }));
  await snap(phone, 'access-05-phone-menu');
  await phone.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: 'Cá nhân' }).press('Escape');
  await phone.getByRole('link', { name: own.items[0].fullName, exact: true }).click();
  await visible(phone.getByRole('heading', { name: own.items[0].fullName, level: 1 }));
  await snap(phone, 'access-06-phone-person');
  await phone.context().close();
});
