// Journey: the web app works under its Content-Security-Policy. Chromium loads the app, a user
// signs in and moves through screens (the users screen, where the administrator lifts a sign-in
// back-off after someone guessed a password), the public notice pages load without a session, and
// the browser reports no CSP violation and no page error along the way.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { journey, newPage, signIn, snap, visible } from './harness';

const j = journey();

/** Collects every CSP violation and uncaught error the page reports. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(m.text()))
      problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

it('headers: CSP without inline script, nosniff, no framing, no referrer', async () => {
  const res = await fetch(`${j.server.url}/dang-nhap`);
  expect(res.status).toBe(200);
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain('unsafe-eval');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('x-frame-options')).toBe('DENY');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  // The page itself holds no inline script.
  const html = await res.text();
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  const api = await fetch(`${j.server.url}/api/health`);
  expect(api.headers.get('x-content-type-options')).toBe('nosniff');
});

it('the app loads, signs in and works with no CSP violation; the administrator lifts a sign-in back-off', async () => {
  // Someone guesses a school clerk's password five times.
  for (let i = 0; i < 5; i++) {
    const r = await fetch(`${j.server.url}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'muonglay.thcs', password: `doan-sai-${i}` }),
    });
    expect(r.status).toBe(401);
  }

  const page = await newPage(j.browser);
  const problems = watch(page);
  await signIn(page, j.server.url, 'admin');
  const nav = page.getByRole('navigation', { name: 'Chức năng' });
  await visible(nav.getByRole('link', { name: 'Cá nhân' }));
  await nav.getByRole('link', { name: 'Cá nhân' }).click();
  await visible(page.getByText(/Tìm thấy [\d.]+ cá nhân/));

  await page.goto(`${j.server.url}/tai-khoan`);
  await page.getByLabel('Tìm tài khoản').fill('muonglay.thcs');
  const row = page.locator('tr', { hasText: 'muonglay.thcs' });
  await visible(row.getByText(/Tạm chặn đăng nhập đến \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}|Tạm chặn đăng nhập đến/));
  await snap(page, 'security-01-users-backoff');
  await row.getByRole('button', { name: 'Gỡ chặn đăng nhập tài khoản muonglay.thcs' }).click();
  const confirm = await visible(page.getByRole('dialog').filter({ hasText: 'muonglay.thcs' }));
  await confirm.getByRole('button', { name: 'Gỡ chặn' }).click();
  // The row's state is what matters; the success message is a toast that may have gone by the
  // time a loaded machine looks for it.
  await row.getByText('Tạm chặn đăng nhập').waitFor({ state: 'detached', timeout: 30_000 });

  // The clerk gets in at once, in the browser.
  const clerk = await newPage(j.browser);
  problems.push(...watch(clerk));
  await signIn(clerk, j.server.url, 'muonglay.thcs');
  await visible(clerk.getByRole('navigation', { name: 'Chức năng' }).getByRole('link', { name: 'Cá nhân' }));

  // Public pages, without a session.
  const pub = await newPage(j.browser);
  const pubProblems = watch(pub);
  // The portal's home is server-rendered (no script); a notice's own page is the web app's.
  await pub.goto(`${j.server.url}/cong-khai`);
  await pub.waitForLoadState('networkidle');
  expect(await pub.getByRole('heading', { level: 1 }).innerText()).toBe('Cổng thông tin thi đua, khen thưởng');
  await pub.goto(`${j.server.url}/cong-khai/tra-cuu`);
  await pub.waitForLoadState('networkidle');
  expect(await pub.locator('#root').innerText()).not.toBe('');

  expect([...problems, ...pubProblems]).toEqual([]);
});
