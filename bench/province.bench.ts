// The province-scale suite of issue 16 in one command (not a test: it measures and writes a table).
//
//   npm run bench:province                       PGlite and a private PostgreSQL, full scale
//   BENCH_SCALE=0.05 npm run bench:province      a quick look (5 % of the province)
//
// `npm run bench:province` runs this file through scripts/with-postgres.sh, which starts a private
// PostgreSQL on 127.0.0.1 and stops it at the end. For each engine (PGlite in memory, and
// PostgreSQL in a fresh database dropped afterwards) the province data set is generated:
// bench/seed.ts's tenant (province → 20 departments → 200 units, people with ten years of history
// from bench/dataset.ts: about 20 history rows a person) grown to BENCH_ORGS organisations
// (villages under the units) and BENCH_HOUSEHOLDS households (half of them headed by a person).
// Then, through the HTTP API of the product on 127.0.0.1, signed in as the province's officer:
//   1. the people list (first page, 50 rows): one client in a row (the baseline), then
//      BENCH_CONNECTIONS (100) concurrent clients with autocannon for BENCH_LOAD_S (10) seconds.
//      Target on PostgreSQL: at least 200 requests/s, p99 under 1 s;
//   2. the bulk eligibility check of the whole province (CSTĐCS) as the job the screen starts,
//      while a second user asks for the people list every 100 ms; baseline: the same probe for
//      BENCH_IDLE_S (5) seconds with nothing running. Target on PGlite: probe p95 under 1 s.
// Then the existing benches are run, each in its own process with sizes scaled the same way, and
// their tables are copied as they print them: search.bench.ts (person search, the people list and
// a person's page beside the bare SQL, both engines), eligibility.bench.ts (the bulk check beside a
// bare SELECT of the same histories), import-responsiveness.bench.ts (others while an import runs
// on PGlite), startup.bench.ts (warm restart). BENCH_CHILDREN picks them (default all).
// Everything lands in a dated section appended to bench/RESULTS.md (and on standard output).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import { type Database, openDatabase } from '../src/db/client.js';
import { FIXTURE_PASSWORD, seedFixture } from '../src/db/testing/fixture.js';
import { configureAuditKey } from '../src/features/audit/keyring.js';
import { createApp } from '../src/server/app.js';
import { seedTenant } from './seed.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const num = (name: string, fallback: number) => {
  const v = process.env[name];
  const n = v === undefined || v === '' ? fallback : Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got ${JSON.stringify(v)}`);
  return n;
};
const SCALE = num('BENCH_SCALE', 1);
const PEOPLE = Math.round(num('BENCH_PEOPLE', 150_000 * SCALE));
const ORGS = Math.max(221, Math.round(num('BENCH_ORGS', 2_235 * SCALE)));
const HOUSEHOLDS = Math.round(num('BENCH_HOUSEHOLDS', 300_000 * SCALE));
const CONNECTIONS = num('BENCH_CONNECTIONS', 100);
const LOAD_S = num('BENCH_LOAD_S', 10);
const IDLE_S = num('BENCH_IDLE_S', 5);
const SERIAL = num('BENCH_SERIAL', 30);
const ENGINES = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',');
const CHILDREN = (process.env.BENCH_CHILDREN ?? 'search,eligibility,import,startup').split(',').filter(Boolean);

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;
// autocannon ships no types; this is the part used here.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const pct = (xs: number[], p: number) => {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const ms = (x: number) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(1) : Math.round(x)} ms` : '—');
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));
const rows = <T>(r: unknown) => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];
const log = (s: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${s}`);

/** A fresh database on the server of TEST_PG_URL, dropped afterwards whatever happens. */
async function withPostgres<T>(fn: (d: Database) => Promise<T>): Promise<T> {
  const base = process.env.TEST_PG_URL!;
  const name = `bench_province_${randomBytes(4).toString('hex')}`;
  const admin = await openDatabase({ url: base, poolSize: 1 });
  await admin.db.execute(sql.raw(`CREATE DATABASE ${name}`));
  const u = new URL(base);
  u.pathname = `/${name}`;
  const d = await openDatabase({ url: u.toString(), poolSize: 10 });
  try {
    return await fn(d);
  } finally {
    await d.close().catch(() => undefined);
    await admin.db.execute(sql.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).catch(() => undefined);
    await admin.close();
  }
}

/** The province: seed.ts's tenant, villages up to ORGS organisations, households, an officer. */
async function seedProvince(d: Database) {
  await d.migrate();
  await seedFixture(d.db); // the accounts' password hash to copy
  const t0 = performance.now();
  const tenant = await seedTenant(d.db, PEOPLE, {
    onProgress: (n) => n % 20_000 === 0 && log(`  ${fmt(n)} people written`),
  });
  const t = tenant.tenantId;
  const units = rows<{ id: string }>(
    await d.db.execute(
      sql`SELECT id FROM organisations WHERE tenant_id = ${t} AND type = 'public_service' ORDER BY code`,
    ),
  ).map((r) => r.id);
  const villages = ORGS - 221;
  if (villages > 0) {
    await d.db.execute(sql`
      INSERT INTO organisations (tenant_id, id, parent_id, type, code, name, search_key, sort_key, effective_from)
      SELECT ${t}, gen_random_uuid(), (${sql.raw(`ARRAY[${units.map((u) => `'${u}'::uuid`).join(',')}]`)})[1 + g % ${units.length}],
        'village', 'V' || g, 'Bản ' || g, 'ban ' || g, 'V' || lpad(g::text, 6, '0'), '2015-01-01'
      FROM generate_series(1, ${villages}::int) AS g`);
  }
  const [root] = rows<{ id: string }>(
    await d.db.execute(sql`SELECT id FROM organisations WHERE tenant_id = ${t} AND parent_id IS NULL`),
  );
  // Households: every other one headed by a person of the registry, all in the villages (or units).
  await d.db.execute(sql`
    WITH p AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM people WHERE tenant_id = ${t}),
      v AS (SELECT id, row_number() OVER (ORDER BY id) AS n, count(*) OVER () AS c
            FROM organisations WHERE tenant_id = ${t} AND type = ${villages > 0 ? 'village' : 'public_service'})
    INSERT INTO households (tenant_id, id, head_person_id, head_name, address, village_org_id, member_count, search_key, sort_key)
    SELECT ${t}, gen_random_uuid(), CASE WHEN g % 2 = 0 THEN p.id END, 'Chủ hộ ' || g, 'Số ' || g,
      v.id, 1 + g % 6, 'chu ho ' || g, lpad(g::text, 8, '0')
    FROM generate_series(1, ${HOUSEHOLDS}::int) AS g
    LEFT JOIN p ON p.n = (g / 2) % ${Math.max(1, PEOPLE)} + 1
    JOIN v ON v.n = g % v.c + 1`);
  // The province's officer and a second reader (the probe), with the fixture's password.
  for (const [username, role] of [
    ['province.officer', 'officer'],
    ['province.viewer', 'viewer'],
  ] as const) {
    await d.db.execute(sql`INSERT INTO users (tenant_id, id, username, full_name, password_hash)
      SELECT ${t}, gen_random_uuid(), ${username}, 'Cán bộ đo hiệu năng', password_hash FROM users WHERE username = 'officer' LIMIT 1`);
    await d.db.execute(sql`INSERT INTO role_grants (tenant_id, user_id, role, org_id)
      SELECT ${t}, id, ${role}, ${root!.id} FROM users WHERE tenant_id = ${t} AND username = ${username}`);
  }
  await d.db.execute(sql`ANALYZE`);
  const [{ history }] = rows<{ history: number }>(
    await d.db.execute(sql`SELECT (SELECT count(*) FROM award_records WHERE tenant_id = ${t})
      + (SELECT count(*) FROM ratings WHERE tenant_id = ${t}) + (SELECT count(*) FROM initiatives WHERE tenant_id = ${t})
      + (SELECT count(*) FROM disciplines WHERE tenant_id = ${t}) + (SELECT count(*) FROM pending_matters WHERE tenant_id = ${t}) AS history`),
  );
  const [{ code }] = rows<{ code: string }>(await d.db.execute(sql`SELECT code FROM tenants WHERE id = ${t}`));
  return {
    tenantId: t,
    tenantCode: code,
    rootId: root!.id,
    history: Number(history),
    seconds: (performance.now() - t0) / 1000,
  };
}

/** A signed-in browser-like session against the real server: cookie and CSRF token. */
async function session(base: string, tenant: string, username: string) {
  const res = await fetch(`${base}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenant, username, password: FIXTURE_PASSWORD }),
  });
  if (res.status !== 204) throw new Error(`sign-in ${username}: ${res.status} ${await res.text()}`);
  const cookie = /tdkt_session=[^;]*/.exec(res.headers.get('set-cookie') ?? '')![0];
  const me = (await (await fetch(`${base}/api/v1/auth/me`, { headers: { cookie } })).json()) as { csrfToken: string };
  const call = async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': me.csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await r.text();
    if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : null;
  };
  return { cookie, get: (p: string) => call('GET', p), post: (p: string, b: unknown) => call('POST', p, b) };
}

/** The people list once, timed. */
async function timedGet(s: Awaited<ReturnType<typeof session>>, path: string) {
  const t = performance.now();
  await s.get(path);
  return performance.now() - t;
}

async function probe(s: Awaited<ReturnType<typeof session>>, until: () => boolean) {
  const out: number[] = [];
  while (!until()) {
    out.push(await timedGet(s, '/people?page=1&pageSize=20'));
    await sleep(100);
  }
  return out;
}

async function measureEngine(engine: string, d: Database): Promise<string[]> {
  log(
    `${engine}: generating the province (${fmt(PEOPLE)} people, ${fmt(ORGS)} organisations, ${fmt(HOUSEHOLDS)} households)`,
  );
  const seeded = await seedProvince(d);
  log(`${engine}: generated in ${seeded.seconds.toFixed(0)} s, ${fmt(seeded.history)} history rows`);
  const app = createApp(d, { secureCookies: false, webRoot: null, sessionHours: 2 });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', resolve)));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const lines: string[] = [
    `**${engine}** — ${fmt(PEOPLE)} people, ${fmt(ORGS)} organisations, ${fmt(HOUSEHOLDS)} households, ${fmt(seeded.history)} history rows (generated in ${seeded.seconds.toFixed(0)} s)`,
    '',
    '| measurement | baseline | figure | target | met |',
    '|:--|--:|--:|:--|:-:|',
  ];
  try {
    const officer = await session(base, seeded.tenantCode, 'province.officer');
    const viewer = await session(base, seeded.tenantCode, 'province.viewer');
    const LIST = '/people?page=1&pageSize=50';
    // 1. The people list: one client in a row, then many at once.
    for (let i = 0; i < 3; i++) await timedGet(officer, LIST);
    const serial: number[] = [];
    for (let i = 0; i < SERIAL; i++) serial.push(await timedGet(officer, LIST));
    log(`${engine}: people list alone p50 ${ms(pct(serial, 50))}; ${CONNECTIONS} clients for ${LOAD_S} s…`);
    const load = await autocannon({
      url: `${base}/api/v1${LIST}`,
      connections: CONNECTIONS,
      duration: LOAD_S,
      headers: { cookie: officer.cookie },
      timeout: 30,
    });
    const rps = load.requests.total / LOAD_S;
    const pgTarget = engine === 'postgres';
    lines.push(
      `| people list, 1 client: p50 / p95 | — | ${ms(pct(serial, 50))} / ${ms(pct(serial, 95))} | — | |`,
      `| people list, ${CONNECTIONS} clients: requests/s | ${(1000 / pct(serial, 50)).toFixed(1)} (1 client) | ${rps.toFixed(1)} | ≥ 200${pgTarget ? '' : ' (PostgreSQL)'} | ${pgTarget ? (rps >= 200 ? 'yes' : '**no**') : ''} |`,
      `| people list, ${CONNECTIONS} clients: p50 / p99 (${fmt(load.requests.total)} answers, ${load.non2xx} not 2xx, ${load.errors + load.timeouts} errors) | ${ms(pct(serial, 50))} / ${ms(pct(serial, 99))} (1 client) | ${ms(load.latency.p50)} / ${ms(load.latency.p99)} | p99 < 1 s${pgTarget ? '' : ' (PostgreSQL)'} | ${pgTarget ? (load.latency.p99 < 1000 && load.non2xx + load.errors === 0 ? 'yes' : '**no**') : ''} |`,
    );
    // 2. The province-wide bulk check as a job, with another user working meanwhile. The server
    // first drains what the load test left queued; the baseline is the probe with nothing running.
    await sleep(3000);
    for (let i = 0; i < 3; i++) await timedGet(viewer, '/people?page=1&pageSize=20');
    const idleStart = performance.now();
    const idle = await probe(viewer, () => performance.now() - idleStart > IDLE_S * 1000);
    const t0 = performance.now();
    const started = (await officer.post('/eligibility/bulk-jobs', {
      orgId: seeded.rootId,
      award: 'CSTD_CS',
      period: '2026',
      decisionDate: '2026-12-15',
    })) as { id: string; total: number };
    let job: { status: string; processed: number; total: number; counts: Record<string, number> } | null = null;
    const watch = (async () => {
      for (;;) {
        job = await officer.get(`/eligibility/bulk-jobs/${started.id}`);
        if (job!.status !== 'running') return;
        await sleep(1000);
      }
    })();
    const during = await probe(viewer, () => job !== null && job.status !== 'running');
    await watch;
    const jobS = (performance.now() - t0) / 1000;
    if (job!.status !== 'done') throw new Error(`bulk check ended ${job!.status}`);
    const page = await timedGet(
      officer,
      `/eligibility/bulk-jobs/${started.id}/rows?group=eligible&page=100&pageSize=50`,
    );
    const fileT = performance.now();
    const file = await fetch(`${base}/api/v1/eligibility/bulk-jobs/${started.id}/file`, {
      headers: { cookie: officer.cookie },
    });
    const bytes = (await file.arrayBuffer()).byteLength;
    const fileMs = performance.now() - fileT;
    const p95 = pct(during, 95);
    lines.push(
      `| bulk check of the province (CSTĐCS 2026): job to done | — | ${jobS.toFixed(1)} s for ${fmt(job!.total)} people (${fmt(job!.counts.eligible)} eligible, ${fmt(job!.counts.oneShort)} one short) | — | |`,
      `| … another user's people list meanwhile: p50 / p95 / max (${during.length} probes) | ${ms(pct(idle, 50))} / ${ms(pct(idle, 95))} / ${ms(Math.max(...idle))} (idle) | ${ms(pct(during, 50))} / ${ms(p95)} / ${ms(Math.max(...during))} | p95 < 1 s | ${p95 < 1000 ? 'yes' : '**no**'} |`,
      `| … a page of its result (page 100 of 50 rows) | — | ${ms(page)} | — | |`,
      `| … its Excel file | — | ${(bytes / 1e6).toFixed(1)} MB in ${ms(fileMs)} | no 50 MB answer | ${bytes > 0 ? 'yes' : '**no**'} |`,
      '',
    );
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  return lines;
}

/** Runs an existing bench in its own process; its standard output is the section's text. */
function child(label: string, args: string[], env: Record<string, string>): Promise<string> {
  log(`${label}: ${args.join(' ')} ${JSON.stringify(env)}`);
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['--max-semi-space-size=64', '--import', 'tsx', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    p.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    p.on('close', (code) =>
      resolve(`### ${label}\n\n${code === 0 ? '' : `(ended with code ${code})\n\n`}\`\`\`\n${out.trim()}\n\`\`\`\n`),
    );
  });
}

async function main() {
  configureAuditKey({ key: randomBytes(32), source: 'env', where: 'bench' });
  const started = new Date();
  const head = `# Province scale (\`npm run bench:province\`) — ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const out: string[] = [
    head,
    '',
    `Node ${process.version} · ${os.cpus().length} CPU (${os.cpus()[0]?.model.trim()}) · load average at start ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')} · BENCH_SCALE=${SCALE}${SCALE < 1 ? ' (**not** the province: a scaled-down run)' : ''}`,
    '',
  ];
  for (const engine of ENGINES) {
    if (engine === 'postgres' && !process.env.TEST_PG_URL) {
      out.push('**postgres** — skipped: TEST_PG_URL is not set (run through scripts/with-postgres.sh).', '');
      continue;
    }
    const run = async (d: Database) => {
      try {
        out.push(...(await measureEngine(engine, d)));
      } catch (e) {
        out.push(`**${engine}** — failed: ${e instanceof Error ? e.message : String(e)}`, '');
        console.error(e);
      }
    };
    if (engine === 'pglite') {
      const d = await openDatabase({ dataDir: 'memory://' });
      await run(d);
      await d.close();
    } else await withPostgres(run);
  }
  const pgOnly = process.env.TEST_PG_URL ? {} : { BENCH_PG_PEOPLE: '0' };
  const scaled = (n: number) => String(Math.max(1, Math.round(n * SCALE)));
  for (const c of CHILDREN) {
    if (c === 'search') {
      if (!existsSync(`${ROOT}/bench/search.bench.ts`)) continue;
      const env = { BENCH_PEOPLE: String(PEOPLE), BENCH_ORGS: String(ORGS), BENCH_HOUSEHOLDS: String(HOUSEHOLDS) };
      out.push(
        await child('Search, people list, person page — PGlite (search.bench.ts)', ['bench/search.bench.ts'], {
          ...env,
          TEST_PG_URL: '',
        }),
      );
      if (process.env.TEST_PG_URL)
        out.push(
          await child(
            'Search, people list, person page — PostgreSQL (search.bench.ts)',
            ['bench/search.bench.ts'],
            env,
          ),
        );
    } else if (c === 'eligibility') {
      out.push(
        await child('Bulk eligibility against a bare SELECT (eligibility.bench.ts)', ['bench/eligibility.bench.ts'], {
          BENCH_ONLY: process.env.TEST_PG_URL ? 'inprocess,pglite,postgres' : 'inprocess,pglite',
          BENCH_PEOPLE: String(PEOPLE),
          BENCH_PGLITE_PEOPLE: String(PEOPLE),
          BENCH_PG_PEOPLE: String(PEOPLE),
          ...pgOnly,
        }),
      );
    } else if (c === 'import') {
      out.push(
        await child(
          'Others while an import runs on PGlite (import-responsiveness.bench.ts)',
          ['bench/import-responsiveness.bench.ts'],
          {
            BENCH_IMPORT_ROWS: scaled(20_000),
          },
        ),
      );
    } else if (c === 'startup') {
      out.push(await child('Warm start-up (startup.bench.ts)', ['bench/startup.bench.ts'], { BENCH_RESTARTS: '3' }));
    }
  }
  const text = `\n${out.join('\n')}\n`;
  console.log(text);
  appendFileSync(`${ROOT}/bench/RESULTS.md`, text);
  log(`written to bench/RESULTS.md (${((Date.now() - started.getTime()) / 60000).toFixed(1)} min)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
