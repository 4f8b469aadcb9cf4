// Benchmark of the statistical forms (biểu 0601–0605.N/BNV-TĐKT, src/features/reports) on a
// province: about 150,000 people with ten years of history (bench/seed.ts), plus movements of
// every body for every year, TĐKT offices and staff. Each form is computed for the whole province
// and the reporting year through the product's use case (computeStatisticalForm: the form's SQL,
// the rows into the pure domain classification, the presented form), and timed against a
// hand-written aggregate SQL that counts the same rows in the database (GROUP BY on the columns
// the form classifies by), in the same run, one after the other, BENCH_REPEAT rounds.
//
//   bash scripts/with-postgres.sh npx tsx bench/reports.bench.ts        PostgreSQL (TEST_PG_URL)
//   npx tsx bench/reports.bench.ts                                       PGlite in memory (smaller)
//
// Targets (issue 11): each form within 2× the aggregate SQL, and under 2 s.
// Settings: BENCH_REPORT_PEOPLE (150000 on PostgreSQL, 20000 on PGlite), BENCH_REPEAT (5),
// BENCH_REPORT_YEAR (2025).
import os from 'node:os';
import { sql, type SQL } from 'drizzle-orm';
import pg from 'pg';
import { type Database, type Db, openDatabase } from '../src/db/client.js';
import {
  PROVINCE_AWARD_COLUMN,
  STAT_FORM_CODES,
  STATE_AWARD_COLUMN,
  type StatFormCode,
  statPeriod,
} from '../src/domain/reports/index.js';
import { computeStatisticalForm } from '../src/features/reports/service.js';
import type { Ctx } from '../src/server/context.js';
import { seedTenant } from './seed.js';

const int = (name: string, dflt: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v >= 0 ? Math.floor(v) : dflt;
};
const REPEAT = Math.max(1, int('BENCH_REPEAT', 5));
const YEAR = int('BENCH_REPORT_YEAR', 2025);
const log = (s: string) => console.log(s);
const fmtInt = (n: number) => n.toLocaleString('en-US');
const fmtMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

function rowsOf<T>(r: unknown): T[] {
  return ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];
}

/** Movements of every body for every year, TĐKT offices and TĐKT staff, added to the seeded tenant. */
async function addEmulationData(db: Db, tenantId: string): Promise<{ movements: number; staff: number }> {
  const orgs = rowsOf<{ id: string; type: string; code: string }>(
    await db.execute(sql`SELECT id, type, code FROM organisations WHERE tenant_id = ${tenantId} ORDER BY sort_key`),
  );
  const [user] = rowsOf<{ id: string }>(await db.execute(sql`SELECT gen_random_uuid()::text AS id`));
  const kinds = ['regular', 'thematic', 'peak'] as const;
  const values: SQL[] = [];
  orgs.forEach((o, i) => {
    const level = o.type === 'province' ? 'province' : 'unit';
    for (let y = 2017; y <= 2026; y++) {
      for (let k = 0; k < 2; k++) {
        const kind = kinds[(i + y + k) % 3];
        const from = `${y}-${String(1 + ((i + k * 5) % 12)).padStart(2, '0')}-01`;
        const to = `${y + (kind === 'regular' ? 1 : 0)}-12-31`;
        values.push(
          sql`(${tenantId}, gen_random_uuid(), ${o.id}, ${level}, ${kind}, ${`Phong trào ${o.code} ${y}.${k}`}, ${from}, ${to}, '[]', '[]', '[]', 'launched', ${user.id})`,
        );
      }
    }
  });
  for (let i = 0; i < values.length; i += 1000)
    await db.execute(sql`INSERT INTO movements (tenant_id, id, org_id, level, kind, theme, from_date, to_date, purposes, criteria, awards, status, created_by)
      VALUES ${sql.join(values.slice(i, i + 1000), sql`, `)}`);
  // A TĐKT office in every department (ban/phòng thuộc Sở Nội vụ style codes of biểu 0604).
  await db.execute(sql`UPDATE organisations SET tdkt_office = CASE WHEN code = 'D0' THEN 'ban_so_noi_vu' ELSE 'phong_so_noi_vu' END
    WHERE tenant_id = ${tenantId} AND type = 'provincial_agency'`);
  // One person in 150 works on TĐKT, with a birth date and training level (biểu 0605).
  await db.execute(sql`UPDATE memberships SET tdkt_work = true
    WHERE tenant_id = ${tenantId} AND ('x' || substr(md5(person_id::text), 1, 6))::bit(24)::int % 150 = 0`);
  await db.execute(sql`UPDATE people p SET birth_date = make_date(1965 + (('x' || substr(md5(p.id::text), 7, 4))::bit(16)::int % 35), 6, 15),
      education_level = (ARRAY['trung_cap','cao_dang','dai_hoc','dai_hoc','tren_dai_hoc'])[1 + (('x' || substr(md5(p.id::text), 11, 2))::bit(8)::int % 5)]
    WHERE p.tenant_id = ${tenantId} AND EXISTS (SELECT 1 FROM memberships m WHERE m.tenant_id = p.tenant_id AND m.person_id = p.id AND m.tdkt_work)`);
  await db.execute(sql`ANALYZE`);
  const [m] = rowsOf<{ n: number }>(
    await db.execute(sql`SELECT count(*)::int AS n FROM movements WHERE tenant_id = ${tenantId}`),
  );
  const [s] = rowsOf<{ n: number }>(
    await db.execute(sql`SELECT count(*)::int AS n FROM memberships WHERE tenant_id = ${tenantId} AND tdkt_work`),
  );
  return { movements: m.n, staff: s.n };
}

function subtree(tenantId: string, rootId: string): SQL {
  return sql`sub(id, depth) AS (
      SELECT id, 0 FROM organisations WHERE tenant_id = ${tenantId} AND id = ${rootId}
      UNION ALL
      SELECT o.id, sub.depth + 1 FROM organisations o JOIN sub ON o.tenant_id = ${tenantId} AND o.parent_id = sub.id
      WHERE sub.depth < 50
    )`;
}

const codes = (c: string[]) =>
  sql.join(
    c.map((x) => sql`${x}`),
    sql`, `,
  );

/** The hand-written aggregate of the same rows each form counts: one GROUP BY statement. */
function baseline(form: StatFormCode, tenantId: string, rootId: string): SQL {
  const p = statPeriod(YEAR);
  const s = subtree(tenantId, rootId);
  switch (form) {
    case '0601':
      return sql`WITH RECURSIVE ${s}
        SELECT m.level, m.kind, (m.to_date > ${p.to}) AS ongoing, count(*)::int AS n
        FROM movements m JOIN sub ON sub.id = m.org_id
        WHERE m.tenant_id = ${tenantId} AND m.status <> 'draft' AND m.from_date BETWEEN ${p.from} AND ${p.to}
        GROUP BY 1, 2, 3`;
    case '0602':
    case '0603':
      return sql`WITH RECURSIVE ${s}
        SELECT ar.award_code, ar.subject_kind, ar.track, ar.subject_is_manager, ar.subject_category, u.type, count(*)::int AS n
        FROM award_records ar JOIN sub ON sub.id = ar.subject_org_id
          JOIN organisations u ON u.tenant_id = ar.tenant_id AND u.id = ar.subject_org_id
        WHERE ar.tenant_id = ${tenantId} AND ar.revoked_on IS NULL AND ar.decision_date BETWEEN ${p.from} AND ${p.to}
          AND ar.award_code IN (${codes(Object.keys(form === '0602' ? STATE_AWARD_COLUMN : PROVINCE_AWARD_COLUMN))})
        GROUP BY 1, 2, 3, 4, 5, 6`;
    case '0604':
      return sql`WITH RECURSIVE ${s}
        SELECT o.tdkt_office, (o.effective_to IS NULL) AS active, count(*)::int AS n
        FROM organisations o JOIN sub ON sub.id = o.id
        WHERE o.tenant_id = ${tenantId} AND o.tdkt_office IS NOT NULL GROUP BY 1, 2`;
    case '0605':
      return sql`WITH RECURSIVE ${s},
        staff AS (
          SELECT DISTINCT m.person_id FROM memberships m JOIN sub ON sub.id = m.org_id
          WHERE m.tenant_id = ${tenantId} AND m.tdkt_work AND m.from_date <= ${p.to} AND (m.to_date IS NULL OR m.to_date >= ${p.to})
        ),
        years AS (
          SELECT m.person_id, sum(coalesce(m.to_date, ${p.to}::date) - m.from_date) AS days
          FROM memberships m JOIN staff ON staff.person_id = m.person_id
          WHERE m.tenant_id = ${tenantId} AND m.tdkt_work GROUP BY 1
        )
        SELECT pe.gender, pe.education_level, (extract(year FROM age(${p.to}::date, pe.birth_date)) / 10)::int AS decade,
               (years.days / 3650)::int AS tenure, count(*)::int AS n
        FROM staff JOIN people pe ON pe.tenant_id = ${tenantId} AND pe.id = staff.person_id
          JOIN years ON years.person_id = pe.id
        GROUP BY 1, 2, 3, 4`;
  }
}

interface FormResult {
  form: StatFormCode;
  product: number[];
  aggregate: number[];
  total: number;
}

async function measure(label: string, d: Database, people: number): Promise<string[]> {
  const db = d.db;
  log(`\n» ${label}: inserting ${fmtInt(people)} people with ten years of history…`);
  const ins = await timed(() =>
    seedTenant(db, people, {
      onProgress: (n) => {
        if (n % 25_000 === 0 || n === people) log(`  ${fmtInt(n)} people written`);
      },
    }),
  );
  const t = ins.value;
  const extra = await addEmulationData(db, t.tenantId);
  const [root] = rowsOf<{ id: string }>(
    await db.execute(sql`SELECT id FROM organisations WHERE tenant_id = ${t.tenantId} AND parent_id IS NULL`),
  );
  log(
    `  inserted in ${fmtMs(ins.ms)}: ${fmtInt(t.rows.people)} people, ${fmtInt(t.rows.awardRecords)} award records, ${fmtInt(t.rows.ratings)} ratings, ${fmtInt(t.rows.initiatives)} initiatives, ${fmtInt(extra.movements)} movements, ${fmtInt(extra.staff)} TĐKT staff`,
  );
  const ctx: Ctx = {
    db,
    actor: {
      tenantId: t.tenantId,
      userId: '00000000-0000-0000-0000-000000000000',
      username: 'bench',
      fullName: 'Đo hiệu năng',
      grants: [{ role: 'viewer', orgId: root.id }],
    },
    now: new Date(),
  } as Ctx;
  const results: FormResult[] = STAT_FORM_CODES.map((form) => ({ form, product: [], aggregate: [], total: 0 }));
  // One warm-up of each (plans cached, pages in memory), not counted.
  for (const r of results) {
    await computeStatisticalForm(ctx, { form: r.form, year: YEAR });
    await db.execute(baseline(r.form, t.tenantId, root.id));
  }
  for (let round = 0; round < REPEAT; round++) {
    for (const r of results) {
      const a = await timed(() => db.execute(baseline(r.form, t.tenantId, root.id)));
      const p = await timed(() => computeStatisticalForm(ctx, { form: r.form, year: YEAR }));
      r.aggregate.push(a.ms);
      r.product.push(p.ms);
      r.total = p.value.rows[0]?.values[0] ?? 0;
    }
    log(
      `  round ${round + 1}: ${results.map((r) => `${r.form} ${fmtMs(r.product[round])} / ${fmtMs(r.aggregate[round])}`).join(', ')}`,
    );
  }
  const lines = [
    `${label}: ${fmtInt(t.rows.people)} people, ${fmtInt(t.rows.awardRecords)} award records, ${fmtInt(extra.movements)} movements, ${fmtInt(extra.staff)} TĐKT staff; year ${YEAR} (period ${statPeriod(YEAR).from} – ${statPeriod(YEAR).to}); medians of ${REPEAT} rounds, the ratio taken per round`,
    '',
    '| form | row 01, column 1 | product (computeStatisticalForm) | aggregate SQL | product / SQL (median, worst) | < 2 s | ≤ 2× |',
    '|:--|--:|--:|--:|--:|:-:|:-:|',
  ];
  for (const r of results) {
    const ratios = r.product.map((p, i) => p / r.aggregate[i]);
    const pm = median(r.product);
    const rm = median(ratios);
    lines.push(
      `| ${r.form} | ${fmtInt(r.total)} | ${fmtMs(pm)} | ${fmtMs(median(r.aggregate))} | ${rm.toFixed(2)}×, ${Math.max(...ratios).toFixed(2)}× | ${pm < 2000 ? 'yes' : 'NO'} | ${rm <= 2 ? 'yes' : 'NO'} |`,
    );
  }
  return lines;
}

async function withPostgres<T>(url: string, fn: (d: Database) => Promise<T>): Promise<T> {
  const name = `tdkt_bench_reports_${Date.now().toString(36)}`;
  const admin = async (q: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(q);
    } finally {
      await c.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  try {
    const u = new URL(url);
    u.pathname = `/${name}`;
    const d = await openDatabase({ url: u.toString(), poolSize: 10 });
    try {
      await d.migrate();
      return await fn(d);
    } finally {
      await d.close();
    }
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

async function withPglite<T>(fn: (d: Database) => Promise<T>): Promise<T> {
  const d = await openDatabase({ dataDir: 'memory://' });
  try {
    await d.migrate();
    return await fn(d);
  } finally {
    await d.close();
  }
}

async function main() {
  const cpus = os.cpus();
  log(
    `Statistical forms benchmark — ${new Date().toISOString()} · Node ${process.version} · ${cpus.length} CPU (${cpus[0]?.model.trim() ?? '?'}) · load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  const url = process.env.TEST_PG_URL;
  const lines = url
    ? await withPostgres(url, (d) => measure('PostgreSQL', d, int('BENCH_REPORT_PEOPLE', 150_000)))
    : await withPglite((d) => measure('PGlite (in memory)', d, int('BENCH_REPORT_PEOPLE', 20_000)));
  log(`\n${lines.join('\n')}`);
}

await main();
