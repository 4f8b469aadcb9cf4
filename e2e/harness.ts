// Browser-journey harness: starts the real server (npm start's code path, without rebuilding the
// web app) on a free port with a fresh embedded database (or a copy of the demo province), and launches Debian Chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { isoDateInVietnam } from '../src/domain/vi-text/dates.js';
import { parseTestInstant } from '../src/server/clock.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SCREENSHOTS = join(ROOT, '.tmp', 'screenshots');
export const DEMO_PASSWORD = 'tdkt2026';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

// ---- The journeys' clock ----
// A journey runs at one instant, whatever day the suite runs: TDKT_TEST_NOW when it is set (the
// awkward-instant script sets it to 31/12 23:59, 1/1, 30/6, 1/7 …), else the real time when the run
// started. Servers start at that instant (TDKT_TEST_NOW) and browsers' clocks are installed at it, in
// Vietnam's time zone; both then run at the normal pace. Dates a journey types or expects are computed
// from `testNow()`, never written as literals that go stale.
const RUN_START_REAL = Date.now();
export const TEST_START = parseTestInstant(process.env.TDKT_TEST_NOW) ?? RUN_START_REAL;
/** Days the last started server was moved forward (TDKT_CLOCK_OFFSET_DAYS); new pages follow it. */
let serverOffsetDays = 0;

/** The journeys' "now": the test instant plus the real time elapsed since the run started (plus the server's offset). */
export function testNow(): Date {
  return new Date(TEST_START + (Date.now() - RUN_START_REAL) + serverOffsetDays * 86_400_000);
}

/** Today in Vietnam at the journeys' instant, as YYYY-MM-DD. */
export function testToday(): string {
  return isoDateInVietnam(testNow());
}

/** An ISO date `days` after (or before) the journeys' today. */
export function testDay(days: number): string {
  const d = new Date(`${testToday()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** dd/mm/yyyy, as the date pickers take it. */
export const vnDate = (iso: string) => iso.split('-').reverse().join('/');

/**
 * A new data directory holding the demo province, as a first `npm start` leaves it: a copy of the
 * one e2e/global-setup.ts loaded once for the whole tier. The caller may open it to add what its
 * journey needs before starting the server on it.
 */
export function demoDataDir(prefix = 'tdkt-e2e-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(inject('e2eDemoTemplate'), dir, { recursive: true });
  return dir;
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
  output(): string;
}

/**
 * Starts the server. With `dataDir` the caller owns the data (it survives `stop`, so a journey can
 * restart the server on it, e.g. with `env: { TDKT_CLOCK_OFFSET_DAYS: '11' }` to let days pass).
 */
export async function startServer(
  opts: { dataDir?: string; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  // TDKT_E2E_WEB_ROOT lets a developer test a web build of their own (`vite build --outDir DIR`)
  // while someone else rebuilds dist/web in the same tree.
  const webRoot = process.env.TDKT_E2E_WEB_ROOT || join(ROOT, 'dist', 'web');
  if (!existsSync(join(webRoot, 'index.html')))
    throw new Error(`${webRoot} is missing: run \`npm run build:web\` first`);
  const port = await freePort();
  // Without a data directory of the caller's, the server loads the demo province itself, as a
  // first `npm start` does. (Starting every journey on a copy of the tier's demo directory broke
  // the movements journey's first screen for a reason not yet understood: see demoDataDir.)
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'tdkt-e2e-'));
  let out = '';
  // The server's clock starts at the journeys' instant (without any offset: the server adds its own).
  serverOffsetDays = 0;
  const startAt = testNow().toISOString();
  serverOffsetDays = Number(opts.env?.TDKT_CLOCK_OFFSET_DAYS ?? 0) || 0;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/index.ts'), 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      WEB_ROOT: webRoot,
      TDKT_TEST_NOW: startAt,
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (b) => (out += b));
  child.stderr!.on('data', (b) => (out += b));
  const url = `http://127.0.0.1:${port}`;
  // Loading the demo province takes about 30 s alone and over 120 s on a loaded 2-core machine.
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${out}`);
    try {
      const r = await fetch(`${url}/api/health`);
      if (r.ok && out.includes('Hệ thống đang chạy')) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    url,
    output: () => out,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export async function newPage(browser: Browser, width = 1366, height = 768): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    acceptDownloads: true,
    // As a user who asked for less motion: no dialog still zooming in or dropdown still sliding
    // when a click lands (on a loaded machine such a click could be lost).
    reducedMotion: 'reduce',
  });
  // The browser's clock runs from the same instant as the server's.
  await context.clock.install({ time: testNow() });
  return context.newPage();
}

export async function shot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

export async function signIn(page: Page, url: string, username: string, password = DEMO_PASSWORD) {
  await page.goto(`${url}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
}

// ---- Helpers added for the web journeys (registry, import, access) ----

/** A signed-in API session from the test process, to look up data the journeys need. */
export interface ApiSession {
  get<T>(path: string): Promise<T>;
  status(path: string): Promise<number>;
}

export async function apiSession(url: string, username: string, password = DEMO_PASSWORD): Promise<ApiSession> {
  const res = await fetch(`${url}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 204) throw new Error(`sign-in as ${username} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const call = (path: string) => fetch(`${url}/api/v1${path}`, { headers: { cookie, accept: 'application/json' } });
  return {
    async get<T>(path: string) {
      const r = await call(path);
      if (!r.ok) throw new Error(`GET ${path} → ${r.status} ${await r.text()}`);
      return (await r.json()) as T;
    },
    async status(path: string) {
      return (await call(path)).status;
    },
  };
}

/** Waits until the locator is visible (Vitest's expect has no web-first assertions). */
export async function visible(locator: import('playwright-core').Locator, timeout = 15_000) {
  try {
    await locator.waitFor({ state: 'visible', timeout });
  } catch (e) {
    // Keep what the user would have seen, to look at after the run.
    await shot(locator.page(), `failure-${Date.now()}`).catch(() => undefined);
    throw e;
  }
  return locator;
}

/** Waits until no spinner or skeleton is showing (and their fade-out is over), for a clean screenshot. */
export async function settled(page: Page) {
  await page
    .locator('.ant-spin-spinning, .ant-skeleton-active, .ant-spin-blur')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined);
  await page.waitForTimeout(300);
}

/**
 * The frame of a journey file: one server with a fresh database and one browser, started before
 * its tests and stopped after them. Read `server` and `browser` inside tests (they are set then).
 */
export function journey(): { readonly server: RunningServer; readonly browser: Browser } {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  // A retried first test starts again from a fresh demo province: its first try may have left a
  // council, a round or a plan behind that the journey would collide with. (A later test builds on
  // the ones before it, so it keeps their data.)
  beforeEach(async ({ task }) => {
    if (!task.result?.retryCount || task.file.tasks[0] !== task) return;
    await browser?.close();
    await server?.stop();
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error('the journey has not started');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the journey has not started');
      return browser;
    },
  };
}

/** A screenshot once the page has settled. */
export async function snap(page: Page, name: string) {
  await settled(page);
  await shot(page, name);
}

/**
 * Picks an option of an Ant Design Select or TreeSelect (`field` is its input, found by its label)
 * by typing `typed` and clicking the option showing `option`, then checks that the field now shows
 * it. Remote searches answer late and dropdowns animate on a loaded machine: pressing Enter after a
 * pause could take whichever option came first, so the option is waited for, and the pick is tried
 * again if it did not take.
 */
export async function choose(page: Page, field: Locator, typed: string, option = typed) {
  const select = field.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-select ")][1]');
  const openDropdown = page.locator('.ant-select-dropdown:visible');
  for (let attempt = 0; ; attempt++) {
    await field.click();
    if (typed) await page.keyboard.type(typed);
    await openDropdown
      .locator('.ant-select-item-option, .ant-select-tree-node-content-wrapper', { hasText: option })
      .first()
      .click({ timeout: 15_000 })
      .catch(() => undefined);
    // (A multiple Select stays open after a pick: the caller closes it if it is in the way.)
    if ((await select.textContent())?.includes(option)) return;
    if (attempt === 3) {
      await shot(page, `failure-${Date.now()}`).catch(() => undefined);
      throw new Error(`could not choose "${option}"`);
    }
    if (await openDropdown.count()) await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
  }
}

/**
 * Clicks a dialog's button and waits for the dialog to close. On a loaded machine a click can land
 * while a confirmation is still opening and be lost; it is made again while the dialog stays open
 * (Ant Design ignores a second click on a button whose action is under way).
 */
export async function confirmDialog(dialog: Locator, button: string, opts: { exact?: boolean } = {}) {
  await visible(dialog);
  for (let attempt = 0; ; attempt++) {
    await dialog
      .getByRole('button', { name: button, exact: opts.exact })
      .click({ timeout: 15_000 })
      .catch(() => undefined);
    try {
      await dialog.waitFor({ state: 'hidden', timeout: 20_000 });
      return;
    } catch (e) {
      if (attempt === 2) {
        await shot(dialog.page(), `failure-${Date.now()}`).catch(() => undefined);
        throw e;
      }
    }
  }
}
