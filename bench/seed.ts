// Inserts a synthetic tenant for the benchmark straight into the tables with Drizzle batch
// inserts: one organisation tree (province → departments → units), N people with a membership
// each, and their history from dataset.ts (ratings, award records, initiatives, discipline and
// pending matters, some of them already resolved).
import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/client.js';
import * as s from '../src/db/schema.js';
import { DEFAULT_SEED, type SyntheticPerson, peopleStream } from './dataset.js';

export interface SeededTenant {
  tenantId: string;
  /** People ids, in insertion order (the order a bulk check would list them in). */
  personIds: string[];
  rows: {
    people: number;
    ratings: number;
    awardRecords: number;
    initiatives: number;
    disciplines: number;
    pendingMatters: number;
  };
}

const DEPARTMENTS = 20;
const UNITS_PER_DEPARTMENT = 10;
/** Rows per INSERT: below PostgreSQL's 65,535 bound parameters for every table here. */
const BATCH = 4000;
/** People generated and written per round, so memory stays bounded for large N. */
const PEOPLE_PER_ROUND = 2_000;

type Table = Parameters<Db['insert']>[0];

/** Up to this many INSERTs in flight, so building the next statement overlaps the server's work. */
const IN_FLIGHT = 3;

async function insertAll(db: Db, table: Table, rows: Record<string, unknown>[]): Promise<void> {
  const running = new Set<Promise<unknown>>();
  for (let i = 0; i < rows.length; i += BATCH) {
    const p: Promise<unknown> = db
      .insert(table)
      .values(rows.slice(i, i + BATCH) as never)
      .then(() => running.delete(p));
    running.add(p);
    if (running.size >= IN_FLIGHT) await Promise.race(running);
  }
  await Promise.all(running);
}

/** Creates the tenant and its data; `onProgress` is told how many people are written so far. */
export async function seedTenant(
  db: Db,
  n: number,
  opts: { seed?: number; onProgress?: (done: number) => void } = {},
): Promise<SeededTenant> {
  const tenantId = crypto.randomUUID();
  const code = `bench-${tenantId.slice(0, 8)}`;
  await db.insert(s.tenants).values({ id: tenantId, code, name: `Đơn vị đo hiệu năng ${code}`, provinceCode: null });

  const org = (
    parentId: string | null,
    type: 'province' | 'provincial_agency' | 'public_service',
    c: string,
    name: string,
  ) => ({
    tenantId,
    id: crypto.randomUUID(),
    parentId,
    type,
    code: c,
    name,
    searchKey: name.toLowerCase(),
    sortKey: c,
    effectiveFrom: '2015-01-01',
  });
  const root = org(null, 'province', 'ROOT', 'Tỉnh đo hiệu năng');
  const departments = Array.from({ length: DEPARTMENTS }, (_, d) =>
    org(root.id, 'provincial_agency', `D${d}`, `Sở ${d + 1}`),
  );
  const units = departments.flatMap((dep, d) =>
    Array.from({ length: UNITS_PER_DEPARTMENT }, (_, u) =>
      org(dep.id, 'public_service', `D${d}-U${u}`, `Đơn vị ${d + 1}.${u + 1}`),
    ),
  );
  await insertAll(db, s.organisations, [root]);
  await insertAll(db, s.organisations, departments);
  await insertAll(db, s.organisations, units);

  const counts = { people: 0, ratings: 0, awardRecords: 0, initiatives: 0, disciplines: 0, pendingMatters: 0 };
  const personIds: string[] = [];
  const stream = peopleStream(opts.seed ?? DEFAULT_SEED);
  for (let start = 0; start < n; start += PEOPLE_PER_ROUND) {
    const batch: SyntheticPerson[] = [];
    for (let i = start; i < Math.min(n, start + PEOPLE_PER_ROUND); i++) batch.push(stream.next().value);
    const people: Record<string, unknown>[] = [];
    const memberships: Record<string, unknown>[] = [];
    const ratings: Record<string, unknown>[] = [];
    const records: Record<string, unknown>[] = [];
    const initiatives: Record<string, unknown>[] = [];
    const disciplines: Record<string, unknown>[] = [];
    const pending: Record<string, unknown>[] = [];
    batch.forEach((p, k) => {
      const i = start + k;
      const unit = units[i % units.length];
      const name = `Người thứ ${i + 1}`;
      people.push({
        tenantId,
        id: p.id,
        fullName: name,
        gender: i % 2 ? 'female' : 'male',
        category: p.category,
        orgId: unit.id,
        searchKey: `nguoi thu ${i + 1}`,
        sortKey: String(i).padStart(8, '0'),
      });
      memberships.push({ tenantId, id: crypto.randomUUID(), personId: p.id, orgId: unit.id, fromDate: '2015-01-01' });
      const h = p.history;
      for (const r of h.ratings)
        ratings.push({
          tenantId,
          id: crypto.randomUUID(),
          subjectKind: 'individual',
          personId: p.id,
          orgId: null,
          period: r.period,
          rating: r.rating,
        });
      for (const r of h.records) {
        records.push({
          tenantId,
          id: crypto.randomUUID(),
          subjectKind: 'individual',
          personId: p.id,
          awardCode: r.award,
          period: r.period,
          track: r.track ?? 'cong_trang',
          decisionDate: r.decisionDate ?? null,
          decisionNo: r.decisionDate ? `${r.period}/QĐ-UBND` : null,
        });
      }
      for (const x of h.initiatives) {
        const id = x.id ?? crypto.randomUUID();
        initiatives.push({
          tenantId,
          id,
          personId: p.id,
          title: `Sáng kiến ${id.slice(0, 8)}`,
          recognizedOn: x.recognizedOn,
          scope: x.scope,
          usedForAwardCode: x.usedFor?.award ?? null,
          usedForPeriod: x.usedFor?.period ?? null,
        });
      }
      for (const d of h.discipline)
        disciplines.push({
          tenantId,
          id: crypto.randomUUID(),
          personId: p.id,
          form: d.form,
          fromDate: d.from,
          toDate: d.to,
        });
      for (const m of h.pending)
        pending.push({
          tenantId,
          id: crypto.randomUUID(),
          subjectKind: 'individual',
          personId: p.id,
          kind: m.kind,
          since: m.since,
        });
      for (const m of p.resolvedPending)
        pending.push({
          tenantId,
          id: crypto.randomUUID(),
          subjectKind: 'individual',
          personId: p.id,
          kind: m.kind,
          since: m.since,
          resolvedOn: m.resolvedOn,
        });
      personIds.push(p.id);
    });
    await insertAll(db, s.people, people);
    await insertAll(db, s.memberships, memberships);
    await insertAll(db, s.ratings, ratings);
    await insertAll(db, s.awardRecords, records);
    await insertAll(db, s.initiatives, initiatives);
    await insertAll(db, s.disciplines, disciplines);
    await insertAll(db, s.pendingMatters, pending);
    counts.people += people.length;
    counts.ratings += ratings.length;
    counts.awardRecords += records.length;
    counts.initiatives += initiatives.length;
    counts.disciplines += disciplines.length;
    counts.pendingMatters += pending.length;
    opts.onProgress?.(counts.people);
  }
  // Fresh statistics, as autovacuum would have them on a live database.
  await db.execute(sql`ANALYZE`);
  return { tenantId, personIds, rows: counts };
}
