// Eligibility bulk-check benchmark (not a test: it measures and prints, it does not assert).
//
//   npx tsx bench/eligibility.bench.ts                               in-process + PGlite
//   scripts/with-postgres.sh npx tsx bench/eligibility.bench.ts      + PostgreSQL (TEST_PG_URL)
//
// 1. In-process: N people with ten years of history, every individual title and form (8 awards),
//    already-parsed inputs, rules resolved once for the decision date.
// 2. From the database, per engine: a synthetic tenant is inserted, then three ways of going over
//    every person in chunks of 5,000 ids are timed, interleaved, `repeat` times each:
//      bare SELECT       the five history queries loadPeopleHistories runs (award records, ratings,
//                        initiatives, discipline, open matters), same columns, same IN-list chunks,
//                        rows only;
//      load              loadPeopleHistories (rows → the contract's input shape);
//      load + evaluate   the bulk check: loadPeopleHistories, then the 8 evaluations per person.
//    The ratio that matters is (load + evaluate) / bare SELECT.
//
// Settings (environment): BENCH_PEOPLE (100000), BENCH_PGLITE_PEOPLE (20000), BENCH_PG_PEOPLE
// (100000), BENCH_REPEAT (3), BENCH_ONLY (comma list of inprocess, pglite, postgres),
// BENCH_ENGINE (directory of another copy of src/domain/eligibility to measure instead) and
// BENCH_COMPARE_ENGINE (directory of a reference copy measured in-process after this one, for a
// before/after in the same run). See bench/README.md.
import os from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import pg from 'pg';
import { type Database, type Db, openDatabase } from '../src/db/client.js';
import { awardRecords, disciplines, initiatives, pendingMatters, people, ratings } from '../src/db/schema.js';
import type { EligibilityOutput, ParsedInput } from '../src/domain/eligibility/contract.js';
import type { EngineDeps } from '../src/domain/eligibility/engine.js';
import type { Rules } from '../src/domain/eligibility/rule-model.js';
import { groupOf, loadPeopleHistories } from '../src/features/eligibility/history.js';
import { DECISION_DATE, INDIVIDUAL_AWARDS, PROPOSAL_PERIOD, generatePeople, inputFor } from './dataset.js';
import { seedTenant } from './seed.js';

// ---------------------------------------------------------------------------------------------
// Settings

const int = (name: string, fallback: number) => {
  const v = process.env[name];
  const n = v === undefined || v === '' ? fallback : Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got ${JSON.stringify(v)}`);
  return n;
};
const IN_PROCESS_PEOPLE = int('BENCH_PEOPLE', 100_000);
const PGLITE_PEOPLE = int('BENCH_PGLITE_PEOPLE', 20_000);
const PG_PEOPLE = int('BENCH_PG_PEOPLE', 100_000);
const REPEAT = Math.max(1, int('BENCH_REPEAT', 3));
const ONLY = new Set((process.env.BENCH_ONLY ?? 'inprocess,pglite,postgres').split(',').map((x) => x.trim()));
/** Ids per round trip, as loadPeopleHistories chunks them. */
const CHUNK = 5000;

// ---------------------------------------------------------------------------------------------
// The engine under test (this tree's, or another copy for a before/after)

interface Engine {
  label: string;
  evaluate: (input: ParsedInput, rules: Rules, deps: EngineDeps) => EligibilityOutput;
  resolveRules: (date: string, province?: string) => { rules: Rules } | null;
  deps: EngineDeps;
}

async function loadEngine(dir: string, label: string): Promise<Engine> {
  const at = (file: string) => pathToFileURL(join(resolve(dir), file)).href;
  const engine = await import(at('engine.ts'));
  const rulesets = await import(at('rulesets.ts'));
  const viText = await import(at('../vi-text/index.ts'));
  return {
    label,
    evaluate: engine.evaluate,
    resolveRules: rulesets.resolveRules,
    deps: { moneyInWords: viText.moneyInWords },
  };
}

const THIS_ENGINE = new URL('../src/domain/eligibility/', import.meta.url).pathname;

// ---------------------------------------------------------------------------------------------
// Measuring

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

async function timed<T>(fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  gc();
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const fmtS = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const fmtInt = (n: number) => n.toLocaleString('en-US');
const log = (s: string) => console.log(s);

/** What a bulk check keeps of a verdict: counted, so no evaluation can be skipped. */
interface Tally {
  evaluations: number;
  eligible: number;
  withheld: number;
  criteria: number;
}
const newTally = (): Tally => ({ evaluations: 0, eligible: 0, withheld: 0, criteria: 0 });
function count(t: Tally, out: EligibilityOutput): void {
  t.evaluations++;
  if (out.eligible) t.eligible++;
  if (out.withheld) t.withheld++;
  t.criteria += out.criteria.length;
}

// ---------------------------------------------------------------------------------------------
// 1. In-process

interface InProcessResult {
  label: string;
  evaluations: number;
  first: number;
  warm: number[];
  tally: Tally;
}

async function inProcess(
  engines: Engine[],
): Promise<{ results: InProcessResult[]; generateMs: number; records: number; ratings: number; initiatives: number }> {
  log(`\n» In-process: generating ${fmtInt(IN_PROCESS_PEOPLE)} people…`);
  const gen = await timed(() => generatePeople(IN_PROCESS_PEOPLE));
  const persons = gen.value;
  const inputs: ParsedInput[] = [];
  for (const p of persons) for (const award of INDIVIDUAL_AWARDS) inputs.push(inputFor(award, p.group, p.history));
  const sum = (f: (p: (typeof persons)[number]) => number) => persons.reduce((s, p) => s + f(p), 0);
  const results: InProcessResult[] = engines.map((e) => ({
    label: e.label,
    evaluations: inputs.length,
    first: 0,
    warm: [],
    tally: newTally(),
  }));
  const rulesOf = engines.map((e) => e.resolveRules(DECISION_DATE)!.rules);
  // Pass 0 is the first contact of the code with the data (the JIT compiles as it goes);
  // passes 1…REPEAT are the steady state. A reference engine runs after this tree's, on the
  // same inputs, so that neither's garbage lands in the other's passes.
  for (let k = 0; k < engines.length; k++) {
    for (let pass = 0; pass <= REPEAT; pass++) {
      const { evaluate, deps } = engines[k];
      const rules = rulesOf[k];
      const tally = newTally();
      const { ms } = await timed(() => {
        for (const input of inputs) count(tally, evaluate(input, rules, deps));
      });
      if (pass === 0) results[k].first = ms;
      else results[k].warm.push(ms);
      results[k].tally = tally;
      log(
        `  ${engines[k].label}: pass ${pass}${pass === 0 ? ' (cold)' : ''} ${fmtS(ms)} (${((ms * 1000) / inputs.length).toFixed(2)} µs/evaluation)`,
      );
    }
  }
  return {
    results,
    generateMs: gen.ms,
    records: sum((p) => p.history.records.length),
    ratings: sum((p) => p.history.ratings.length),
    initiatives: sum((p) => p.history.initiatives.length),
  };
}

// ---------------------------------------------------------------------------------------------
// 2. From the database

interface DbResult {
  engine: string;
  people: number;
  rows: number;
  seedMs: number;
  bare: number[];
  load: number[];
  full: number[];
  tally: Tally;
}

/** The five history queries of loadPeopleHistories, same columns, rows only. */
async function bareSelect(db: Db, tenantId: string, ids: string[]): Promise<number> {
  const [aw, rt, ini, dis, pend] = await Promise.all([
    db
      .select({
        personId: awardRecords.personId,
        period: awardRecords.period,
        award: awardRecords.awardCode,
        decisionDate: awardRecords.decisionDate,
        track: awardRecords.track,
      })
      .from(awardRecords)
      .where(and(eq(awardRecords.tenantId, tenantId), inArray(awardRecords.personId, ids))),
    db
      .select({ personId: ratings.personId, period: ratings.period, rating: ratings.rating })
      .from(ratings)
      .where(and(eq(ratings.tenantId, tenantId), inArray(ratings.personId, ids))),
    db
      .select({
        personId: initiatives.personId,
        title: initiatives.title,
        recognizedOn: initiatives.recognizedOn,
        scope: initiatives.scope,
        usedForAwardCode: initiatives.usedForAwardCode,
        usedForPeriod: initiatives.usedForPeriod,
      })
      .from(initiatives)
      .where(and(eq(initiatives.tenantId, tenantId), inArray(initiatives.personId, ids))),
    db
      .select({
        personId: disciplines.personId,
        form: disciplines.form,
        from: disciplines.fromDate,
        to: disciplines.toDate,
      })
      .from(disciplines)
      .where(and(eq(disciplines.tenantId, tenantId), inArray(disciplines.personId, ids))),
    db
      .select({ personId: pendingMatters.personId, kind: pendingMatters.kind, since: pendingMatters.since })
      .from(pendingMatters)
      .where(
        and(
          eq(pendingMatters.tenantId, tenantId),
          inArray(pendingMatters.personId, ids),
          isNull(pendingMatters.resolvedOn),
        ),
      ),
  ]);
  return aw.length + rt.length + ini.length + dis.length + pend.length;
}

async function fromDatabase(name: string, database: Database, n: number, engine: Engine): Promise<DbResult> {
  const { db } = database;
  log(`\n» ${name}: inserting a synthetic tenant of ${fmtInt(n)} people…`);
  const seeded = await timed(() =>
    seedTenant(db, n, {
      onProgress: (done) => {
        if (done % 20_000 === 0 || done === n) log(`  ${fmtInt(done)} people written`);
      },
    }),
  );
  const { tenantId, rows } = seeded.value;
  const historyRows = rows.ratings + rows.awardRecords + rows.initiatives + rows.disciplines + rows.pendingMatters;
  log(
    `  ${fmtInt(historyRows)} history rows (${fmtInt(rows.awardRecords)} award records, ${fmtInt(rows.ratings)} ratings, ${fmtInt(rows.initiatives)} initiatives, ${fmtInt(rows.disciplines)} disciplines, ${fmtInt(rows.pendingMatters)} pending matters) in ${fmtS(seeded.ms)}`,
  );

  // The bulk check's list of people (read once; not part of what is compared).
  const staff = await db
    .select({ id: people.id, category: people.category })
    .from(people)
    .where(eq(people.tenantId, tenantId))
    .orderBy(asc(people.sortKey));
  const chunks: Array<typeof staff> = [];
  for (let i = 0; i < staff.length; i += CHUNK) chunks.push(staff.slice(i, i + CHUNK));
  const rules = engine.resolveRules(DECISION_DATE)!.rules;

  const bare = async () => {
    let total = 0;
    for (const c of chunks)
      total += await bareSelect(
        db,
        tenantId,
        c.map((p) => p.id),
      );
    return total;
  };
  const load = async () => {
    let total = 0;
    for (const c of chunks)
      total += (
        await loadPeopleHistories(
          db,
          tenantId,
          c.map((p) => p.id),
        )
      ).size;
    return total;
  };
  const full = async () => {
    const tally = newTally();
    for (const c of chunks) {
      const histories = await loadPeopleHistories(
        db,
        tenantId,
        c.map((p) => p.id),
      );
      for (const p of c) {
        const h = histories.get(p.id)!;
        const group = groupOf(p.category);
        for (const award of INDIVIDUAL_AWARDS) {
          // As the bulk check builds it: the registry's rows are trusted, not parsed again.
          const input = {
            award,
            period: PROPOSAL_PERIOD,
            decisionDate: DECISION_DATE,
            subject: { kind: 'individual', group },
            ...h,
          } as ParsedInput;
          count(tally, engine.evaluate(input, rules, engine.deps));
        }
      }
    }
    return tally;
  };

  // Warm-up (caches, JIT), then the three measurements interleaved.
  log('  warming up…');
  const seen = await bare();
  await full();
  const result: DbResult = {
    engine: name,
    people: staff.length,
    rows: seen,
    seedMs: seeded.ms,
    bare: [],
    load: [],
    full: [],
    tally: newTally(),
  };
  for (let i = 0; i < REPEAT; i++) {
    const b = await timed(bare);
    const l = await timed(load);
    const f = await timed(full);
    result.bare.push(b.ms);
    result.load.push(l.ms);
    result.full.push(f.ms);
    result.tally = f.value;
    log(
      `  round ${i + 1}: bare SELECT ${fmtS(b.ms)}, load ${fmtS(l.ms)}, load + evaluate ${fmtS(f.ms)} (${(f.ms / b.ms).toFixed(2)}×)`,
    );
  }
  return result;
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

/** A fresh database on the server of TEST_PG_URL, dropped afterwards whatever happens. */
async function withPostgres<T>(url: string, fn: (d: Database) => Promise<T>): Promise<T> {
  const name = `tdkt_bench_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
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

// ---------------------------------------------------------------------------------------------
// Report

function machine(): string {
  const cpus = os.cpus();
  const load = os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  return `${new Date().toISOString()} · Node ${process.version} · ${cpus.length} CPU (${cpus[0]?.model.trim() ?? '?'}) · ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB · load average ${load}`;
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [
    line(head),
    `|${widths.map((w, i) => (i === 0 ? ':' : '-') + '-'.repeat(w) + (i === 0 ? '-' : ':')).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

async function main(): Promise<void> {
  const engine = await loadEngine(
    process.env.BENCH_ENGINE || THIS_ENGINE,
    process.env.BENCH_ENGINE ? `engine at ${process.env.BENCH_ENGINE}` : 'this tree',
  );
  const engines = [engine];
  if (process.env.BENCH_COMPARE_ENGINE)
    engines.push(
      await loadEngine(process.env.BENCH_COMPARE_ENGINE, `reference at ${process.env.BENCH_COMPARE_ENGINE}`),
    );
  log(`Eligibility benchmark — ${machine()}`);

  const lines: string[] = [];
  if (ONLY.has('inprocess') && IN_PROCESS_PEOPLE > 0) {
    const r = await inProcess(engines);
    const per = (ms: number, n: number) => `${((ms * 1000) / n).toFixed(2)} µs`;
    lines.push(
      `In-process: ${fmtInt(IN_PROCESS_PEOPLE)} people × ${INDIVIDUAL_AWARDS.length} awards = ${fmtInt(r.results[0].evaluations)} evaluations (history per person: ${(r.records / IN_PROCESS_PEOPLE).toFixed(1)} award records, ${(r.ratings / IN_PROCESS_PEOPLE).toFixed(1)} ratings, ${(r.initiatives / IN_PROCESS_PEOPLE).toFixed(2)} initiatives; generated in ${fmtS(r.generateMs)})`,
      '',
      table(
        [
          'engine',
          'first pass (cold)',
          `warm, median of ${REPEAT}`,
          'warm, best',
          'per evaluation (warm median)',
          'eligible',
          'withheld',
        ],
        r.results.map((x) => [
          x.label,
          fmtS(x.first),
          fmtS(median(x.warm)),
          fmtS(Math.min(...x.warm)),
          per(median(x.warm), x.evaluations),
          fmtInt(x.tally.eligible),
          fmtInt(x.tally.withheld),
        ]),
      ),
      '',
    );
  }
  const db: DbResult[] = [];
  if (ONLY.has('pglite') && PGLITE_PEOPLE > 0)
    db.push(await withPglite((d) => fromDatabase('PGlite', d, PGLITE_PEOPLE, engine)));
  if (ONLY.has('postgres') && PG_PEOPLE > 0) {
    const url = process.env.TEST_PG_URL;
    if (url) db.push(await withPostgres(url, (d) => fromDatabase('PostgreSQL', d, PG_PEOPLE, engine)));
    else lines.push('PostgreSQL: skipped (TEST_PG_URL is not set; run through scripts/with-postgres.sh)', '');
  }
  if (db.length) {
    lines.push(
      `From the database: every person, ${INDIVIDUAL_AWARDS.length} awards each, chunks of ${fmtInt(CHUNK)} ids; medians of ${REPEAT} rounds (each round runs the three one after the other; the ratio is taken per round)`,
      '',
      table(
        [
          'engine',
          'people',
          'history rows',
          'insert',
          'bare SELECT',
          'loadPeopleHistories',
          'load + evaluate',
          'evaluations',
          '(load + evaluate) / SELECT',
          'per round',
        ],
        db.map((x) => {
          const ratios = x.full.map((f, i) => f / x.bare[i]);
          return [
            x.engine,
            fmtInt(x.people),
            fmtInt(x.rows),
            fmtS(x.seedMs),
            fmtS(median(x.bare)),
            fmtS(median(x.load)),
            fmtS(median(x.full)),
            fmtInt(x.tally.evaluations),
            `${median(ratios).toFixed(2)}×`,
            ratios.map((r) => r.toFixed(2)).join(', '),
          ];
        }),
      ),
      '',
    );
  }
  log(`\n${lines.join('\n')}`);
}

await main();
