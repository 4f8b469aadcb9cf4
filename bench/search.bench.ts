// Person search, the people list and a person's page at province scale (issue 16, point 1), each
// through the HTTP API beside the bare SQL it rests on, in the same run (not a test: it measures
// and prints).
//
//   scripts/with-postgres.sh npx tsx bench/search.bench.ts          PostgreSQL (TEST_PG_URL)
//   npx tsx bench/search.bench.ts                                    PGlite in memory
//
// The test fixture's tenant grows by BENCH_ORGS organisations (a tenth under the fixture's ward),
// BENCH_PEOPLE people with Vietnamese names drawn from a seeded generator (real surname shares:
// Nguyễn about 38 %), CCCD and phone numbers, and BENCH_HOUSEHOLDS households (every person heads
// one; the rest have no head in the registry). Then, BENCH_REPEAT times each, in rounds that
// alternate the API and the bare SQL so both see the same machine:
//   - a search typed without diacritics, as the province's officer (no scope condition) and as the
//     ward's officer (the ward's subtree in SQL): the count and the first page of 50;
//   - the people list, first page and page 100, sorted by name;
//   - a person's page (the person and their unit, memberships, history and the households they
//     head; the generated people have no history rows, so those are index probes that find none).
// "bare SQL" runs the statements of the use case (same WHERE, ORDER BY, LIMIT, count) straight on
// the database connection: no HTTP, session, policy, Zod or JSON. Targets (issue 16): search p95
// under 20 ms and under 2× the bare SQL; person page p95 under 30 ms.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { and, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client.js';
import { refreshSearchTables } from '../src/db/maintenance.js';
import {
  awardRecords,
  disciplines,
  households,
  initiatives,
  memberships,
  organisations,
  pendingMatters,
  people,
  ratings,
} from '../src/db/schema.js';
import { FIXTURE_PASSWORD, seedFixture } from '../src/db/testing/fixture.js';
import { TestClient } from '../src/db/testing/http.js';
import { nameSortKey } from '../src/domain/vi-text/index.js';
import { configureAuditKey } from '../src/features/audit/keyring.js';
import { subtreeIds } from '../src/features/organisations/tree.js';
import { peopleOrderFor, personSearchKey } from '../src/features/people/service.js';
import { createApp } from '../src/server/app.js';
import { searchCondition } from '../src/server/paging.js';

const REPEAT = Number(process.env.BENCH_REPEAT ?? 60);
const N_PEOPLE = Number(process.env.BENCH_PEOPLE ?? 150_000);
const N_ORGS = Number(process.env.BENCH_ORGS ?? 2_235);
const N_HOUSEHOLDS = Number(process.env.BENCH_HOUSEHOLDS ?? 300_000);
const PAGE = 50;

const rowsOf = <T>(r: unknown) => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const f1 = (x: number) => x.toFixed(1);

// Names: surname shares after the 2005 survey (Nguyễn 38 %, Trần 11 %, Lê 9.5 %, …).
const SURNAMES: [string, number][] = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 5],
  ['Huỳnh', 4],
  ['Phan', 4],
  ['Vũ', 3.9],
  ['Võ', 3],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đinh', 1],
  ['Lò', 0.5],
  ['Quàng', 0.3],
  ['Cầm', 0.3],
];
const MIDDLE_M = ['Văn', 'Đức', 'Minh', 'Quốc', 'Hữu', 'Thanh', 'Xuân', 'Quang', 'Công', 'Anh', 'Ngọc', 'Trung'];
const MIDDLE_F = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Minh', 'Phương', 'Hồng', 'Diệu', 'Mai'];
const GIVEN_M = ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hải', 'Hùng', 'Khoa', 'Long', 'Nam', 'Phong', 'Quân'];
const GIVEN_M2 = ['Sơn', 'Tài', 'Thắng', 'Toàn', 'Trí', 'Tuấn', 'Việt', 'Vinh', 'Bảo', 'Khánh', 'Lợi', 'Hưng'];
const GIVEN_F = ['Anh', 'Bích', 'Chi', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hoa', 'Hương', 'Lan', 'Linh', 'Mai'];
const GIVEN_F2 = ['Nga', 'Ngân', 'Nhung', 'Oanh', 'Phượng', 'Quyên', 'Thảo', 'Trang', 'Tuyết', 'Vân', 'Yến', 'Ánh'];

/** Mulberry32: a small seeded generator, so every run builds the same names. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Searches an officer types, without diacritics: common and rare names, a full name, numbers.
const SEARCHES: { name: string; q: string }[] = [
  { name: 'a common surname ("nguyen")', q: 'nguyen' },
  { name: 'surname and middle name ("le thi")', q: 'le thi' },
  { name: 'a full name ("tran quoc tuan")', q: 'tran quoc tuan' },
  { name: 'a rare full name ("cam thu quyen")', q: 'cam thu quyen' },
  { name: 'a given name ("tuyet")', q: 'tuyet' },
];

async function main() {
  const url = process.env.TEST_PG_URL;
  const engine = url ? 'PostgreSQL' : 'PGlite';
  console.log(
    `Search — ${new Date().toISOString()} · ${engine} · Node ${process.version} · ${os.cpus().length} CPU (${os.cpus()[0]?.model ?? '?'}) · load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  configureAuditKey({ key: randomBytes(32), source: 'env', where: 'bench' });
  const d = await openDatabase(url ? { url } : { dataDir: 'memory://' });
  await d.migrate();
  await seedFixture(d.db);
  const q = async <T>(text: SQL) => rowsOf<T>(await d.db.execute(text));
  const [{ id: t }] = await q<{ id: string }>(sql`SELECT id FROM tenants`);
  const org = async (code: string) =>
    (await q<{ id: string }>(sql`SELECT id FROM organisations WHERE code = ${code}`))[0]!.id;
  const root = await org('T');
  const ward = await org('T.W1');

  // The province: organisations (a tenth under the ward), people, households.
  const t0 = performance.now();
  await d.db.execute(sql`INSERT INTO organisations (tenant_id, id, parent_id, type, code, name, search_key, sort_key, effective_from)
    SELECT ${t}, gen_random_uuid(), CASE WHEN g % 10 = 0 THEN ${ward}::uuid ELSE ${root}::uuid END, 'school',
      'BS' || g, 'Trường số ' || g, 'truong so ' || g, 'truong so ' || lpad(g::text, 8, '0'), '2025-07-01'
    FROM generate_series(1, ${N_ORGS}::int) g`);
  const units = (
    await q<{ id: string }>(sql`SELECT id FROM organisations WHERE tenant_id = ${t} AND code LIKE 'BS%' ORDER BY code`)
  ).map((r) => r.id);
  const rand = rng(20261207);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const total = SURNAMES.reduce((s, [, w]) => s + w, 0);
  const surname = () => {
    let x = rand() * total;
    for (const [n, w] of SURNAMES) if ((x -= w) < 0) return n;
    return SURNAMES[0]![0];
  };
  const BATCH = 2_000;
  for (let start = 0; start < N_PEOPLE; start += BATCH) {
    const rows = [];
    for (let i = start; i < Math.min(N_PEOPLE, start + BATCH); i++) {
      const female = rand() < 0.5;
      const fullName = `${surname()} ${pick(female ? MIDDLE_F : MIDDLE_M)} ${pick(female ? (rand() < 0.5 ? GIVEN_F : GIVEN_F2) : rand() < 0.5 ? GIVEN_M : GIVEN_M2)}`;
      const cccd = `0${String(Math.floor(rand() * 96) + 1).padStart(2, '0')}${female ? 1 : 0}${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`;
      const phone = `09${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`;
      rows.push({
        tenantId: t,
        id: crypto.randomUUID(),
        fullName,
        gender: female ? ('female' as const) : ('male' as const),
        category: 'vien_chuc' as const,
        cccd,
        phone,
        orgId: units[i % units.length]!,
        searchKey: personSearchKey({ fullName, cccd, phone }),
        sortKey: nameSortKey(fullName),
      });
    }
    await d.db.insert(people).values(rows);
  }
  // Every person heads a household; the others' heads are not in the registry.
  await d.db.execute(sql`INSERT INTO households (tenant_id, id, head_person_id, head_name, address, village_org_id, search_key, sort_key)
    SELECT tenant_id, gen_random_uuid(), id, full_name, 'Thôn 1', org_id, search_key || ' thon 1', sort_key
    FROM people WHERE tenant_id = ${t} AND org_id IS NOT NULL LIMIT ${N_HOUSEHOLDS}`);
  await d.db.execute(sql`INSERT INTO households (tenant_id, id, head_person_id, head_name, address, village_org_id, search_key, sort_key)
    SELECT tenant_id, gen_random_uuid(), NULL, full_name, 'Thôn 2', org_id, search_key || ' thon 2', sort_key
    FROM people WHERE tenant_id = ${t} AND org_id IS NOT NULL
    LIMIT greatest(0, ${N_HOUSEHOLDS}::int - (SELECT count(*)::int FROM households WHERE tenant_id = ${t}))`);
  await refreshSearchTables(d.db);
  const sizes = (
    await q<Record<string, number>>(sql`SELECT (SELECT count(*)::int FROM organisations) AS organisations,
      (SELECT count(*)::int FROM people) AS people, (SELECT count(*)::int FROM households) AS households`)
  )[0]!;
  console.log(`Inserted in ${f1((performance.now() - t0) / 1000)} s: ${JSON.stringify(sizes)}`);

  // Seven digits from the middle of some person's CCCD.
  const [{ cccd }] = await q<{ cccd: string }>(
    sql`SELECT cccd FROM people WHERE tenant_id = ${t} AND cccd IS NOT NULL ORDER BY id LIMIT 1`,
  );
  SEARCHES.push({ name: `part of a CCCD ("${cccd.slice(4, 11)}")`, q: cccd.slice(4, 11) });

  const app = createApp(d, { secureCookies: false, webRoot: null, sessionHours: 1 });
  const clients = { province: new TestClient(app), ward: new TestClient(app) };
  await clients.province.signIn('officer', FIXTURE_PASSWORD);
  await clients.ward.signIn('ward.officer', FIXTURE_PASSWORD);
  const wardOrgs = await subtreeIds(d.db, t, [ward]);

  // The use case's statements without the application around them (src/features/people/service.ts).
  const orgJoin = and(eq(organisations.tenantId, people.tenantId), eq(organisations.id, people.orgId));
  const bareList = async (where: SQL | undefined, page: number, text?: string) => {
    const [c] = await d.db.select({ total: count() }).from(people).where(where);
    const rows = await d.db
      .select({ p: people, orgName: organisations.name })
      .from(people)
      .leftJoin(organisations, orgJoin)
      .where(where)
      .orderBy(...peopleOrderFor(c!.total, text))
      .limit(PAGE)
      .offset((page - 1) * PAGE);
    return { total: c!.total, items: rows };
  };
  const searchWhere = (text: string, scoped: boolean) =>
    and(
      eq(people.tenantId, t),
      ...searchCondition(people.searchKey, text),
      scoped ? inArray(people.orgId, wardOrgs) : undefined,
    );
  const barePerson = async (id: string) => {
    const [p] = await d.db
      .select({ p: people, orgName: organisations.name })
      .from(people)
      .leftJoin(organisations, orgJoin)
      .where(and(eq(people.tenantId, t), eq(people.id, id)));
    const of = <
      T extends typeof awardRecords | typeof ratings | typeof initiatives | typeof disciplines | typeof pendingMatters,
    >(
      x: T,
    ) =>
      d.db
        .select()
        .from(x as typeof awardRecords)
        .where(and(eq((x as typeof awardRecords).tenantId, t), eq((x as typeof awardRecords).personId, id)));
    const rest = await Promise.all([
      d.db
        .select({ m: memberships, orgName: organisations.name })
        .from(memberships)
        .innerJoin(
          organisations,
          and(eq(organisations.tenantId, memberships.tenantId), eq(organisations.id, memberships.orgId)),
        )
        .where(and(eq(memberships.tenantId, t), eq(memberships.personId, id))),
      of(awardRecords),
      of(ratings),
      of(initiatives),
      of(disciplines),
      of(pendingMatters),
      d.db
        .select()
        .from(households)
        .where(and(eq(households.tenantId, t), eq(households.headPersonId, id))),
    ]);
    return { p, rest };
  };
  const someIds = (
    await q<{ id: string }>(
      sql`SELECT id FROM people WHERE tenant_id = ${t} ORDER BY md5(id::text) LIMIT ${REPEAT + 3}`,
    )
  ).map((r) => r.id);

  if (process.env.BENCH_EXPLAIN)
    for (const s of SEARCHES) {
      // The plan of the page and of the count, as the bare SQL runs them (BENCH_EXPLAIN=1).
      const where = searchWhere(s.q, false);
      for (const stmt of [
        d.db
          .select({ id: people.id })
          .from(people)
          .where(where)
          .orderBy(...peopleOrderFor((await d.db.select({ n: count() }).from(people).where(where))[0]!.n, s.q))
          .limit(PAGE),
        d.db.select({ total: count() }).from(people).where(where),
      ]) {
        const plan = await q<Record<string, string>>(sql`EXPLAIN (ANALYZE, BUFFERS) ${stmt.getSQL()}`);
        console.log(`\nEXPLAIN ${s.q}:\n${plan.map((r) => Object.values(r)[0]).join('\n')}`);
      }
    }

  type Case = {
    name: string;
    api: (i: number) => string;
    as: keyof typeof clients;
    bare: (i: number) => Promise<unknown>;
  };
  const cases: Case[] = [
    ...SEARCHES.map(
      (s): Case => ({
        name: `search ${s.name}, province`,
        as: 'province',
        api: () => `/api/v1/people?q=${encodeURIComponent(s.q)}&pageSize=${PAGE}`,
        bare: () => bareList(searchWhere(s.q, false), 1, s.q),
      }),
    ),
    ...SEARCHES.slice(0, 3).map(
      (s): Case => ({
        name: `search ${s.name}, ward`,
        as: 'ward',
        api: () => `/api/v1/people?q=${encodeURIComponent(s.q)}&pageSize=${PAGE}`,
        bare: () => bareList(searchWhere(s.q, true), 1, s.q),
      }),
    ),
    {
      name: 'people list, page 1',
      as: 'province',
      api: () => `/api/v1/people?pageSize=${PAGE}`,
      bare: () => bareList(eq(people.tenantId, t), 1),
    },
    {
      name: 'people list, page 100',
      as: 'province',
      api: () => `/api/v1/people?pageSize=${PAGE}&page=100`,
      bare: () => bareList(eq(people.tenantId, t), 100),
    },
    {
      name: "a person's page",
      as: 'province',
      api: (i) => `/api/v1/people/${someIds[i % someIds.length]}`,
      bare: (i) => barePerson(someIds[i % someIds.length]!),
    },
  ];

  const results: { name: string; total: number; api: number[]; bare: number[] }[] = [];
  for (const c of cases) {
    const api: number[] = [];
    const bare: number[] = [];
    let totalRows = 0;
    for (let i = 0; i < REPEAT + 3; i++) {
      // Alternate which goes first, so neither always finds the other's pages in the cache.
      const runApi = async () => {
        const s0 = performance.now();
        const res = await clients[c.as].get(c.api(i));
        const dt = performance.now() - s0;
        if (res.status !== 200) throw new Error(`${c.api(i)}: ${res.status} ${JSON.stringify(res.body)}`);
        totalRows = (res.body as { total?: number }).total ?? 1;
        if (i >= 3) api.push(dt);
      };
      const runBare = async () => {
        const s0 = performance.now();
        await c.bare(i);
        if (i >= 3) bare.push(performance.now() - s0);
      };
      if (i % 2) {
        await runApi();
        await runBare();
      } else {
        await runBare();
        await runApi();
      }
    }
    console.error(`  ${c.name}: API p95 ${f1(pct(api, 95))} ms, bare p95 ${f1(pct(bare, 95))} ms`);
    results.push({ name: c.name, total: totalRows, api, bare });
  }

  console.log(
    `\n${engine}, ${sizes.people.toLocaleString('en')} people, ${sizes.households.toLocaleString('en')} households, ${sizes.organisations.toLocaleString('en')} organisations; ${REPEAT} requests per row (after 3 warm-up), API through the HTTP app in process; ms`,
  );
  console.log('\n| what | matches | API p50 / p95 | bare SQL p50 / p95 | API / bare (p95) |');
  console.log('|:--|--:|--:|--:|--:|');
  for (const r of results)
    console.log(
      `| ${r.name} | ${r.total.toLocaleString('en')} | ${f1(pct(r.api, 50))} / ${f1(pct(r.api, 95))} | ${f1(pct(r.bare, 50))} / ${f1(pct(r.bare, 95))} | ${(pct(r.api, 95) / pct(r.bare, 95)).toFixed(2)}× |`,
    );
  const searches = results.filter((r) => r.name.startsWith('search'));
  const worst = Math.max(...searches.map((r) => pct(r.api, 95)));
  const worstRatio = Math.max(...searches.map((r) => pct(r.api, 95) / pct(r.bare, 95)));
  const person = results.find((r) => r.name === "a person's page")!;
  console.log(
    `\nTargets: search p95 < 20 ms — worst ${f1(worst)} ms (${worst < 20 ? 'met' : 'NOT met'}); search p95 < 2× bare — worst ${worstRatio.toFixed(2)}× (${worstRatio < 2 ? 'met' : 'NOT met'}); person page p95 < 30 ms — ${f1(pct(person.api, 95))} ms (${pct(person.api, 95) < 30 ? 'met' : 'NOT met'})`,
  );
  await d.close();
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
