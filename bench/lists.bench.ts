// The lists a province grows, at 1×, 10× and 100× data (not a test: it measures and prints).
//
//   scripts/with-postgres.sh npx tsx bench/lists.bench.ts          PostgreSQL (TEST_PG_URL)
//   npx tsx bench/lists.bench.ts                                    PGlite in memory
//
// One tenant (the test fixture) grows in steps: each list's rows are multiplied by 1, 10 and 100
// (units under the ward, rounds with their invitations and dossiers, movements with participants,
// initiative councils and initiatives, registration calls, accounts with roles, import jobs, a
// decision per round — half of them waiting for signature —, a council per unit and a meeting
// per round). At
// each step the first page of each list (the page a user opens, 50 rows) is asked BENCH_REPEAT
// times through the HTTP API, as the province (a grant on the root: no scope condition) and as the
// ward (a subtree in SQL). Beside each list, in the same run, its baseline: the bare indexed SQL
// of the same page (the tenant's rows in the list's order, LIMIT 50), straight on the database.
// Target (issue 15, item 4): p95 under 100 ms at 100×, and a list's median at 100× at most 2× its
// median at 1×.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client.js';
import { FIXTURE_PASSWORD, seedFixture } from '../src/db/testing/fixture.js';
import { TestClient } from '../src/db/testing/http.js';
import { configureAuditKey } from '../src/features/audit/keyring.js';
import { createApp } from '../src/server/app.js';

const REPEAT = Number(process.env.BENCH_REPEAT ?? 40);
const SCALES = (process.env.BENCH_SCALES ?? '1,10,100').split(',').map(Number);
// Rows per list at 1×.
const BASE = { units: 20, rounds: 20, movements: 20, applications: 100, users: 50, imports: 20 };

// A decision's content as a draft carries it (every field the API answers).
const CONTENT = JSON.stringify({
  subject: 'Về việc khen thưởng',
  authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN',
  bases: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;'],
  achievement: 'đã có thành tích xuất sắc',
  fund: 'Quỹ thi đua, khen thưởng',
  effect: 'Quyết định này có hiệu lực kể từ ngày ký.',
  executors: 'Chánh Văn phòng và các cá nhân có tên tại Điều 1',
  recipients: ['Như Điều 3;'],
  archive: ['Lưu: VT.'],
  issuerSuperior: ['ỦY BAN NHÂN DÂN'],
  issuerName: ['TỈNH THỬ NGHIỆM'],
  place: 'Thử nghiệm',
  plannedDate: '2026-03-05',
  fixDate: false,
  signerLines: ['CHỦ TỊCH'],
});
const rowsOf = <T>(r: unknown) => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const f1 = (x: number) => x.toFixed(1);

type As = 'province' | 'ward' | 'ward.admin' | 'signer';
/** `base` is the page's bare SQL (the baseline), given the tenant. */
const LISTS: { name: string; path: string; as: As; base?: (t: string) => ReturnType<typeof sql> }[] = [
  { name: 'rounds (province)', path: '/api/v1/rounds', as: 'province' },
  { name: 'rounds (ward)', path: '/api/v1/rounds', as: 'ward' },
  { name: 'movements (province)', path: '/api/v1/movements', as: 'province' },
  { name: 'movements (ward)', path: '/api/v1/movements', as: 'ward' },
  { name: 'initiatives (province)', path: '/api/v1/initiative-applications', as: 'province' },
  { name: 'initiatives (ward)', path: '/api/v1/initiative-applications', as: 'ward' },
  { name: 'initiatives, search (province)', path: '/api/v1/initiative-applications?q=sang%20kien%207', as: 'province' },
  { name: 'initiative councils (ward)', path: '/api/v1/initiative-councils', as: 'ward' },
  { name: 'registration calls (ward)', path: '/api/v1/registration-calls', as: 'ward' },
  { name: 'users (province)', path: '/api/v1/users', as: 'province' },
  { name: 'users (ward admin)', path: '/api/v1/users', as: 'ward.admin' },
  { name: 'users, search (province)', path: '/api/v1/users?q=nguoi%20dung%201', as: 'province' },
  { name: 'imports (province)', path: '/api/v1/imports', as: 'province' },
  {
    name: 'decisions: rounds (province)',
    path: '/api/v1/decisions/rounds',
    as: 'province',
    base: (t) => sql`SELECT * FROM rounds WHERE tenant_id = ${t} ORDER BY created_at DESC, id LIMIT 50`,
  },
  { name: 'decisions: rounds (ward)', path: '/api/v1/decisions/rounds', as: 'ward' },
  {
    name: 'decisions: inbox (province signer)',
    path: '/api/v1/decisions/inbox',
    as: 'signer',
    base: (t) => sql`SELECT * FROM decisions WHERE tenant_id = ${t} AND status = 'draft'
      AND content->>'submittedAt' IS NOT NULL ORDER BY created_at, id LIMIT 50`,
  },
  {
    name: 'councils (province)',
    path: '/api/v1/councils',
    as: 'province',
    base: (t) =>
      sql`SELECT * FROM councils WHERE tenant_id = ${t} ORDER BY term_from DESC, created_at DESC, id LIMIT 50`,
  },
  { name: 'councils (ward)', path: '/api/v1/councils', as: 'ward' },
  {
    name: 'meetings (province)',
    path: '/api/v1/meetings',
    as: 'province',
    base: (t) => sql`SELECT * FROM meetings WHERE tenant_id = ${t} ORDER BY held_on DESC, created_at DESC, id LIMIT 50`,
  },
  { name: 'meetings (ward)', path: '/api/v1/meetings', as: 'ward' },
  { name: 'meetings: rounds to put (province)', path: '/api/v1/meetings/rounds', as: 'province' },
  { name: 'meetings: mine (ward member)', path: '/api/v1/meetings/mine', as: 'ward' },
];

async function main() {
  const url = process.env.TEST_PG_URL;
  const engine = url ? 'PostgreSQL' : 'PGlite';
  console.log(
    `Lists — ${new Date().toISOString()} · ${engine} · Node ${process.version} · ${os.cpus().length} CPU (${os.cpus()[0]?.model ?? '?'}) · load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  configureAuditKey({ key: randomBytes(32), source: 'env', where: 'bench' });
  const d = await openDatabase(url ? { url } : { dataDir: 'memory://' });
  await d.migrate();
  await seedFixture(d.db);
  const q = async <T>(text: ReturnType<typeof sql>) => rowsOf<T>(await d.db.execute(text));
  const [{ id: t }] = await q<{ id: string }>(sql`SELECT id FROM tenants`);
  const org = async (code: string) =>
    (await q<{ id: string }>(sql`SELECT id FROM organisations WHERE code = ${code}`))[0]!.id;
  const user = async (name: string) =>
    (await q<{ id: string }>(sql`SELECT id FROM users WHERE username = ${name}`))[0]!.id;
  const root = await org('T');
  const ward = await org('T.W1');
  const officer = await user('officer');
  const admin = await user('admin');
  const person = (await q<{ id: string }>(sql`SELECT id FROM people LIMIT 1`))[0]!.id;
  // The ward's officer also submits dossiers and administers the ward's accounts.
  await d.db.execute(sql`INSERT INTO role_grants (tenant_id, user_id, role, org_id)
    SELECT ${t}, id, 'clerk', ${ward} FROM users WHERE username = 'ward.officer'`);
  await d.db.execute(sql`INSERT INTO users (tenant_id, id, username, full_name, password_hash)
    SELECT ${t}, gen_random_uuid(), 'ward.admin', 'Quản trị phường', password_hash FROM users WHERE username = 'admin'`);
  await d.db.execute(sql`INSERT INTO role_grants (tenant_id, user_id, role, org_id)
    SELECT ${t}, id, 'admin', ${ward} FROM users WHERE username = 'ward.admin'`);

  // The province's chairman signs; the ward's officer also sits on the ward's council.
  await d.db.execute(sql`INSERT INTO users (tenant_id, id, username, full_name, password_hash)
    SELECT ${t}, gen_random_uuid(), 'province.signer', 'Chủ tịch tỉnh', password_hash FROM users WHERE username = 'admin'`);
  await d.db.execute(sql`INSERT INTO role_grants (tenant_id, user_id, role, org_id)
    SELECT ${t}, id, 'signer', ${root} FROM users WHERE username = 'province.signer'`);
  const [rootCouncil, wardCouncil] = [crypto.randomUUID(), crypto.randomUUID()];
  await d.db.execute(sql`INSERT INTO councils (tenant_id, id, org_id, name, term_from) VALUES
    (${t}, ${rootCouncil}, ${root}, 'Hội đồng Thi đua - Khen thưởng tỉnh', '2025-07-01'),
    (${t}, ${wardCouncil}, ${ward}, 'Hội đồng Thi đua - Khen thưởng phường', '2025-07-01')`);
  await d.db.execute(sql`INSERT INTO council_members (tenant_id, council_id, user_id, role, full_name)
    SELECT ${t}, ${wardCouncil}, id, 'member', full_name FROM users WHERE username = 'ward.officer'`);

  const app = createApp(d, { secureCookies: false, webRoot: null, sessionHours: 1 });
  const clients = {
    province: new TestClient(app),
    ward: new TestClient(app),
    'ward.admin': new TestClient(app),
    signer: new TestClient(app),
  };
  await clients.province.signIn('admin', FIXTURE_PASSWORD);
  await clients.ward.signIn('ward.officer', FIXTURE_PASSWORD);
  await clients['ward.admin'].signIn('ward.admin', FIXTURE_PASSWORD);
  await clients.signer.signIn('province.signer', FIXTURE_PASSWORD);

  let have = 0;
  /** Adds `k` × BASE rows to every list (half of the units' rows under the ward, half elsewhere). */
  async function grow(k: number) {
    const from = have;
    have += k;
    const t0 = performance.now();
    // Units: half under the ward, half under the root.
    await d.db.execute(sql`INSERT INTO organisations (tenant_id, id, parent_id, type, code, name, search_key, sort_key, effective_from)
      SELECT ${t}, gen_random_uuid(), CASE WHEN g % 2 = 0 THEN ${ward}::uuid ELSE ${root}::uuid END, 'school',
        'B' || g, 'Trường số ' || g, 'truong so ' || g, 'truong so ' || lpad(g::text, 8, '0'), '2025-07-01'
      FROM generate_series(${from * BASE.units + 1}::int, ${(from + k) * BASE.units}::int) g`);
    const units = sql`(SELECT id FROM organisations WHERE tenant_id = ${t} AND code LIKE 'B%')`;
    // Rounds: run by the root or the ward; every round invites two units, one dossier each.
    await d.db.execute(sql`INSERT INTO rounds (tenant_id, id, org_id, name, kind, period, award_codes, opens_on, submit_by, decision_by, status, created_by, created_at)
      SELECT ${t}, gen_random_uuid(), CASE WHEN g % 4 = 0 THEN ${ward}::uuid ELSE ${root}::uuid END,
        'Đợt xét khen thưởng số ' || g, 'year_end', (2000 + g % 27)::text, ARRAY['LDTT'], '2026-01-05', '2026-02-05', '2026-03-05',
        CASE WHEN g % 5 = 0 THEN 'draft' ELSE 'open' END, ${officer}, now() - (g || ' minutes')::interval
      FROM generate_series(${from * BASE.rounds + 1}::int, ${(from + k) * BASE.rounds}::int) g`);
    await d.db.execute(sql`INSERT INTO round_invitations (tenant_id, round_id, org_id)
      SELECT r.tenant_id, r.id, u.id FROM rounds r
      CROSS JOIN LATERAL (SELECT id FROM ${units} u ORDER BY md5(r.id::text || u.id::text) LIMIT 2) u
      WHERE r.tenant_id = ${t} AND r.name LIKE 'Đợt xét khen thưởng số %'
        AND NOT EXISTS (SELECT 1 FROM round_invitations x WHERE x.tenant_id = r.tenant_id AND x.round_id = r.id)`);
    await d.db.execute(sql`INSERT INTO proposals (tenant_id, id, round_id, org_id, status, created_by)
      SELECT ri.tenant_id, gen_random_uuid(), ri.round_id, ri.org_id, 'submitted', ${officer} FROM round_invitations ri
      WHERE ri.tenant_id = ${t} AND NOT EXISTS (SELECT 1 FROM proposals p WHERE p.tenant_id = ri.tenant_id AND p.round_id = ri.round_id AND p.org_id = ri.org_id)`);
    // Movements with three participating units each.
    await d.db.execute(sql`INSERT INTO movements (tenant_id, id, org_id, level, kind, theme, from_date, to_date, purposes, criteria, awards, status, created_by)
      SELECT ${t}, gen_random_uuid(), CASE WHEN g % 4 = 0 THEN ${ward}::uuid ELSE ${root}::uuid END, 'province', 'regular',
        'Phong trào thi đua số ' || g, ((2000 + g % 27) || '-01-01')::date, ((2000 + g % 27) || '-12-31')::date, '[]', '[]', '[]',
        CASE WHEN g % 5 = 0 THEN 'draft' ELSE 'launched' END, ${officer}
      FROM generate_series(${from * BASE.movements + 1}::int, ${(from + k) * BASE.movements}::int) g`);
    await d.db.execute(sql`INSERT INTO movement_participants (tenant_id, movement_id, org_id)
      SELECT m.tenant_id, m.id, u.id FROM movements m
      CROSS JOIN LATERAL (SELECT id FROM ${units} u ORDER BY md5(m.id::text || u.id::text) LIMIT 3) u
      WHERE m.tenant_id = ${t} AND NOT EXISTS (SELECT 1 FROM movement_participants x WHERE x.tenant_id = m.tenant_id AND x.movement_id = m.id)`);
    // An initiative council per new unit (2026), five initiatives per council.
    await d.db.execute(sql`INSERT INTO initiative_councils (tenant_id, id, org_id, year, name)
      SELECT ${t}, gen_random_uuid(), o.id, 2026, 'Hội đồng sáng kiến ' || o.name FROM organisations o
      WHERE o.tenant_id = ${t} AND o.code LIKE 'B%'
        AND NOT EXISTS (SELECT 1 FROM initiative_councils c WHERE c.tenant_id = o.tenant_id AND c.org_id = o.id)`);
    await d.db.execute(sql`INSERT INTO initiative_applications (tenant_id, id, person_id, org_id, council_id, title, description, scope, status, criteria, rule, created_by, created_at)
      SELECT c.tenant_id, gen_random_uuid(), ${person}, c.org_id, c.id, 'Sáng kiến số ' || g || ' của ' || c.name, 'Mô tả', 'co_so',
        'submitted', '[]', '{}', ${officer}, now() - (g || ' minutes')::interval
      FROM initiative_councils c CROSS JOIN generate_series(1, 5) g
      WHERE c.tenant_id = ${t} AND NOT EXISTS (SELECT 1 FROM initiative_applications a WHERE a.tenant_id = c.tenant_id AND a.council_id = c.id)`);
    // A registration call per new unit.
    await d.db.execute(sql`INSERT INTO registration_calls (tenant_id, id, org_id, period, award_codes, deadline, created_by)
      SELECT ${t}, gen_random_uuid(), o.id, '2026', ARRAY['LDTT'], '2026-03-31', ${officer} FROM organisations o
      WHERE o.tenant_id = ${t} AND o.code LIKE 'B%'
        AND NOT EXISTS (SELECT 1 FROM registration_calls c WHERE c.tenant_id = o.tenant_id AND c.org_id = o.id)`);
    // Accounts, each a clerk of one unit; import jobs of the province's administrator.
    await d.db.execute(sql`INSERT INTO users (tenant_id, id, username, full_name, password_hash)
      SELECT ${t}, gen_random_uuid(), 'user' || g, 'Người dùng ' || g, 'x'
      FROM generate_series(${from * BASE.users + 1}::int, ${(from + k) * BASE.users}::int) g`);
    await d.db.execute(sql`INSERT INTO role_grants (tenant_id, user_id, role, org_id)
      SELECT u.tenant_id, u.id, 'clerk', o.id FROM users u
      CROSS JOIN LATERAL (SELECT id FROM ${units} o ORDER BY md5(u.id::text || o.id::text) LIMIT 1) o
      WHERE u.tenant_id = ${t} AND u.username LIKE 'user%'
        AND NOT EXISTS (SELECT 1 FROM role_grants g WHERE g.tenant_id = u.tenant_id AND g.user_id = u.id)`);
    await d.db.execute(sql`INSERT INTO jobs (tenant_id, id, kind, status, file_name, total, created_by, created_at)
      SELECT ${t}, gen_random_uuid(), 'import.people', 'committed', 'tep-' || g || '.xlsx', 100, ${admin}, now() - (g || ' minutes')::interval
      FROM generate_series(${from * BASE.imports + 1}::int, ${(from + k) * BASE.imports}::int) g`);
    // A decision per new round (every other one sent for signature), a council per new unit,
    // a meeting per new round (the ward's council for the ward's rounds).
    await d.db.execute(sql`INSERT INTO decisions (tenant_id, id, round_id, org_id, status, symbol, issuer, content, created_by, created_at)
      SELECT r.tenant_id, gen_random_uuid(), r.id, r.org_id, 'draft', 'QĐ-UBND', 'Ủy ban nhân dân',
        ${CONTENT}::jsonb || CASE WHEN right(r.id::text, 1) < '8'
          THEN jsonb_build_object('submittedAt', '2026-12-01T02:00:00.000Z') ELSE '{}'::jsonb END,
        ${officer}, r.created_at
      FROM rounds r WHERE r.tenant_id = ${t} AND r.name LIKE 'Đợt xét khen thưởng số %'
        AND NOT EXISTS (SELECT 1 FROM decisions x WHERE x.tenant_id = r.tenant_id AND x.round_id = r.id)`);
    await d.db.execute(sql`INSERT INTO councils (tenant_id, id, org_id, name, term_from)
      SELECT ${t}, gen_random_uuid(), o.id, 'Hội đồng Thi đua - Khen thưởng ' || o.name, '2025-07-01' FROM organisations o
      WHERE o.tenant_id = ${t} AND o.code LIKE 'B%'
        AND NOT EXISTS (SELECT 1 FROM councils c WHERE c.tenant_id = o.tenant_id AND c.org_id = o.id)`);
    await d.db.execute(sql`INSERT INTO meetings (tenant_id, id, round_id, council_id, held_on, place, status, created_by, created_at)
      SELECT r.tenant_id, gen_random_uuid(), r.id, CASE WHEN r.org_id = ${ward}::uuid THEN ${wardCouncil}::uuid ELSE ${rootCouncil}::uuid END,
        r.decision_by, 'Hội trường', 'closed', ${officer}, r.created_at
      FROM rounds r WHERE r.tenant_id = ${t} AND r.name LIKE 'Đợt xét khen thưởng số %'
        AND NOT EXISTS (SELECT 1 FROM meetings m WHERE m.tenant_id = r.tenant_id AND m.round_id = r.id)`);
    await d.db.execute(sql`ANALYZE`);
    return performance.now() - t0;
  }

  const counts = async () =>
    (
      await q<Record<string, number>>(sql`SELECT
      (SELECT count(*)::int FROM rounds) AS rounds, (SELECT count(*)::int FROM movements) AS movements,
      (SELECT count(*)::int FROM initiative_applications) AS initiatives, (SELECT count(*)::int FROM initiative_councils) AS councils,
      (SELECT count(*)::int FROM registration_calls) AS calls, (SELECT count(*)::int FROM users) AS users,
      (SELECT count(*)::int FROM jobs) AS imports, (SELECT count(*)::int FROM organisations) AS organisations,
      (SELECT count(*)::int FROM decisions) AS decisions, (SELECT count(*)::int FROM councils) AS tdktCouncils,
      (SELECT count(*)::int FROM meetings) AS meetings`)
    )[0]!;

  const results = new Map<string, Map<number, { p50: number; p95: number; rows: number; total: number }>>();
  for (const scale of SCALES) {
    const took = await grow(scale - have);
    const c = await counts();
    console.log(`\n${scale}× — inserted in ${(took / 1000).toFixed(1)} s: ${JSON.stringify(c)}`);
    for (const l of LISTS) {
      const client = clients[l.as];
      const times: number[] = [];
      let last: { items: unknown[]; total: number } | undefined;
      for (let i = 0; i < REPEAT + 3; i++) {
        const t0 = performance.now();
        const res = await client.get(l.path);
        const dt = performance.now() - t0;
        if (res.status !== 200) throw new Error(`${l.path} as ${l.as}: ${res.status} ${JSON.stringify(res.body)}`);
        if (i >= 3) times.push(dt); // the first three warm the connection and the plan cache
        last = res.body;
      }
      console.error(`  ${scale}× ${l.name}: p50 ${f1(pct(times, 50))} ms`);
      const m = results.get(l.name) ?? new Map();
      m.set(scale, { p50: pct(times, 50), p95: pct(times, 95), rows: last!.items.length, total: last!.total });
      results.set(l.name, m);
      if (l.base) {
        // The baseline: the same page's bare indexed SQL, straight on the database.
        const bt: number[] = [];
        let rows = 0;
        for (let i = 0; i < REPEAT + 3; i++) {
          const t0 = performance.now();
          const r = rowsOf<unknown>(await d.db.execute(l.base(t)));
          const dt = performance.now() - t0;
          if (i >= 3) bt.push(dt);
          rows = r.length;
        }
        const name = `${l.name} — baseline: bare SQL of the page`;
        const b = results.get(name) ?? new Map();
        b.set(scale, { p50: pct(bt, 50), p95: pct(bt, 95), rows, total: Number.NaN });
        results.set(name, b);
      }
    }
  }

  const first = SCALES[0]!;
  const lastScale = SCALES[SCALES.length - 1]!;
  console.log(
    `\nFirst page (up to 50 rows) of each list, ${REPEAT} requests per list and scale, through the HTTP API; p50 / p95 in ms`,
  );
  console.log(
    `\n| list | ${SCALES.map((s) => `${s}×: rows of total`).join(' | ')} | ${SCALES.map((s) => `${s}× p50 / p95`).join(' | ')} | ${lastScale}× / ${first}× (p50) | met |`,
  );
  console.log(`|:--|${SCALES.map(() => '--:').join('|')}|${SCALES.map(() => '--:').join('|')}|--:|:--|`);
  let allMet = true;
  for (const [name, m] of results) {
    const a = m.get(first)!;
    const b = m.get(lastScale)!;
    const ratio = b.p50 / a.p50;
    const met = ratio <= 2 && b.p95 < 100;
    if (!name.includes('baseline')) allMet &&= met;
    console.log(
      `| ${name} | ${SCALES.map((s) => `${m.get(s)!.rows} of ${Number.isNaN(m.get(s)!.total) ? '—' : m.get(s)!.total.toLocaleString('en-US')}`).join(' | ')} | ${SCALES.map((s) => `${f1(m.get(s)!.p50)} / ${f1(m.get(s)!.p95)}`).join(' | ')} | ${ratio.toFixed(2)}× | ${met ? 'yes' : 'NO'} |`,
    );
  }
  console.log(
    `\nTarget (p95 < 100 ms at ${lastScale}×, p50 growth ≤ 2×): ${allMet ? 'met by every list' : 'NOT met by every list'}`,
  );
  await d.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
