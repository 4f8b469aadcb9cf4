// Reads a subject's history from the registry into the eligibility contract's shape: award
// records, ratings, initiatives, discipline and open matters. Bulk first (the bulk check reads
// thousands of people in a handful of queries); one subject is a bulk of one. For organisations
// the history of their predecessors (merged away in 2025) is included, so streaks survive.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import {
  awardRecords,
  disciplines,
  initiatives,
  memberships,
  nominees,
  orgLinks,
  pendingMatters,
  people,
  ratings,
} from '../../db/schema.js';
import type { EligibilityInput, SubjectGroup } from '../../domain/eligibility/contract.js';
import type { PersonCategory } from '../../domain/registry/vocab.js';
import { formatDateVN } from '../../domain/vi-text/index.js';

type Q = Db | Tx;
export type SubjectHistory = Pick<
  EligibilityInput,
  'records' | 'ratings' | 'initiatives' | 'discipline' | 'pending'
> & {
  records: NonNullable<EligibilityInput['records']>;
  ratings: NonNullable<EligibilityInput['ratings']>;
  initiatives: NonNullable<EligibilityInput['initiatives']>;
  discipline: NonNullable<EligibilityInput['discipline']>;
  pending: NonNullable<EligibilityInput['pending']>;
};

const empty = (): SubjectHistory => ({ records: [], ratings: [], initiatives: [], discipline: [], pending: [] });
const CHUNK = 5000;

function chunks<T>(xs: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += CHUNK) out.push(xs.slice(i, i + CHUNK));
  return out;
}

/** Officials, public employees and contract staff vs workers, farmers and other labourers. */
export function groupOf(category: PersonCategory): SubjectGroup {
  return ['can_bo', 'cong_chuc', 'vien_chuc', 'nguoi_lao_dong'].includes(category) ? 'cbccvc' : 'worker_farmer';
}

export async function loadPeopleHistories(
  db: Q,
  tenantId: string,
  personIds: string[],
): Promise<Map<string, SubjectHistory>> {
  const out = new Map<string, SubjectHistory>(personIds.map((id) => [id, empty()]));
  for (const ids of chunks(personIds)) {
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
        .where(
          and(eq(awardRecords.tenantId, tenantId), inArray(awardRecords.personId, ids), isNull(awardRecords.revokedOn)),
        ),
      db
        .select({ personId: ratings.personId, period: ratings.period, rating: ratings.rating })
        .from(ratings)
        .where(and(eq(ratings.tenantId, tenantId), inArray(ratings.personId, ids))),
      db
        .select()
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
    for (const a of aw)
      out.get(a.personId!)!.records.push({
        period: a.period,
        award: a.award,
        track: a.track,
        ...(a.decisionDate ? { decisionDate: a.decisionDate } : {}),
      });
    for (const r of rt) out.get(r.personId!)!.ratings.push({ period: r.period, rating: r.rating });
    for (const i of ini) {
      out.get(i.personId)!.initiatives.push({
        // The engine names an initiative by its id in messages: give it the title and date.
        id: `"${i.title}" (công nhận ngày ${formatDateVN(i.recognizedOn)})`,
        recognizedOn: i.recognizedOn,
        scope: i.scope,
        usedFor: i.usedForAwardCode && i.usedForPeriod ? { award: i.usedForAwardCode, period: i.usedForPeriod } : null,
      });
    }
    for (const d of dis) out.get(d.personId)!.discipline.push({ form: d.form, from: d.from, to: d.to });
    for (const p of pend) out.get(p.personId!)!.pending.push({ kind: p.kind, since: p.since });
  }
  return out;
}

/** The organisation and every organisation that was merged, split or renamed into it, transitively. */
export async function lineageOf(db: Q, tenantId: string, orgId: string): Promise<string[]> {
  const links = await db
    .select({ from: orgLinks.fromOrgId, to: orgLinks.toOrgId })
    .from(orgLinks)
    .where(eq(orgLinks.tenantId, tenantId));
  const seen = new Set([orgId]);
  const queue = [orgId];
  while (queue.length) {
    const cur = queue.shift()!;
    for (const l of links) {
      if (l.to === cur && !seen.has(l.from)) {
        seen.add(l.from);
        queue.push(l.from);
      }
    }
  }
  return [...seen];
}

export async function loadOrgHistory(
  db: Q,
  tenantId: string,
  orgId: string,
): Promise<SubjectHistory & { lineage: string[] }> {
  const lineage = await lineageOf(db, tenantId, orgId);
  const h = empty();
  const [aw, rt, pend] = await Promise.all([
    db
      .select()
      .from(awardRecords)
      .where(
        and(eq(awardRecords.tenantId, tenantId), inArray(awardRecords.orgId, lineage), isNull(awardRecords.revokedOn)),
      ),
    db
      .select()
      .from(ratings)
      .where(and(eq(ratings.tenantId, tenantId), inArray(ratings.orgId, lineage))),
    db
      .select()
      .from(pendingMatters)
      .where(
        and(eq(pendingMatters.tenantId, tenantId), eq(pendingMatters.orgId, orgId), isNull(pendingMatters.resolvedOn)),
      ),
  ]);
  for (const a of aw)
    h.records.push({
      period: a.period,
      award: a.awardCode,
      track: a.track,
      ...(a.decisionDate ? { decisionDate: a.decisionDate } : {}),
    });
  // Two predecessors may both hold a rating for the same year; the successor keeps the best.
  const best = new Map<string, string>();
  const rank = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];
  for (const r of rt)
    if (!best.has(r.period) || rank.indexOf(r.rating) < rank.indexOf(best.get(r.period)!)) best.set(r.period, r.rating);
  for (const [period, rating] of best) h.ratings.push({ period, rating: rating as 'HTXSNV' });
  for (const p of pend) h.pending.push({ kind: p.kind, since: p.since });
  return { ...h, lineage };
}

/** Calendar year → the year; school year '2025-2026' → 01/09/2025 to 31/08/2026. */
export function periodRange(period: string): { from: string; to: string } {
  const m = /^(\d{4})-(\d{4})$/.exec(period);
  if (m) return { from: `${m[1]}-09-01`, to: `${m[2]}-08-31` };
  return { from: `${period}-01-01`, to: `${period}-12-31` };
}

const CANH_CAO_OR_ABOVE = new Set(['canh_cao', 'ha_bac_luong', 'giang_chuc', 'cach_chuc', 'buoc_thoi_viec']);

/**
 * The composition of a collective in a period, computed from the registry: the people whose
 * membership of the organisation overlaps the period, with their ratings and titles of it.
 */
/** Nominee statuses whose title is proposed in a round and not decided (neither granted nor refused). */
const PROPOSED_STATUSES = ['draft', 'submitted', 'accepted', 'passed', 'sent_up'];

/**
 * `roundId`: members' titles proposed in that round count provisionally (`proposed`).
 * `granted`: titles a decision being signed grants (LĐTT, CSTĐCS of `period`) count as decided.
 */
export async function computeMembers(
  db: Q,
  tenantId: string,
  orgId: string,
  period: string,
  options: { roundId?: string; granted?: readonly { personId: string; award: string }[] } = {},
) {
  const { from, to } = periodRange(period);
  const ms = await db
    .select({ personId: memberships.personId, fromDate: memberships.fromDate, toDate: memberships.toDate })
    .from(memberships)
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.orgId, orgId)));
  const ids = [
    ...new Set(ms.filter((m) => m.fromDate <= to && (!m.toDate || m.toDate >= from)).map((m) => m.personId)),
  ];
  const hist = await loadPeopleHistories(db, tenantId, ids);
  let completedTasks = 0;
  let ldtt = 0;
  let cstdcs = 0;
  let any = 0;
  let canhCao = 0;
  for (const [personId, h] of hist) {
    const rating = h.ratings.find((r) => r.period === period)?.rating;
    if (rating && rating !== 'KHTNV') completedTasks++;
    const titles = new Set(
      h.records.filter((r) => r.period === period && (r.track ?? 'cong_trang') === 'cong_trang').map((r) => r.award),
    );
    for (const g of options.granted ?? []) if (g.personId === personId) titles.add(g.award);
    if (titles.has('LDTT') || titles.has('CSTD_CS')) ldtt++;
    if (titles.has('CSTD_CS')) cstdcs++;
    const hits = h.discipline.filter((d) => d.from <= to && (!d.to || d.to >= from));
    if (hits.length) any++;
    if (hits.some((d) => CANH_CAO_OR_ABOVE.has(d.form))) canhCao++;
  }
  const members = { total: ids.length, completedTasks, ldtt, cstdcs, disciplined: { canh_cao_or_above: canhCao, any } };
  if (!options.roundId || !ids.length) return members;
  // Members' LĐTT and CSTĐCS proposed in the same round count provisionally (the collective's
  // verdict is then conditional on them), unless the member already holds the title.
  const proposed = await db
    .select({ personId: nominees.personId, awardCode: nominees.awardCode })
    .from(nominees)
    .where(
      and(
        eq(nominees.tenantId, tenantId),
        eq(nominees.roundId, options.roundId),
        eq(nominees.period, period),
        inArray(nominees.personId, ids),
        inArray(nominees.awardCode, ['LDTT', 'CSTD_CS']),
        inArray(nominees.status, PROPOSED_STATUSES as never[]),
      ),
    );
  const holds = (personId: string, codes: string[]) =>
    hist
      .get(personId)!
      .records.some(
        (r) => r.period === period && (r.track ?? 'cong_trang') === 'cong_trang' && codes.includes(r.award),
      );
  const ldttP = new Set<string>();
  const cstdcsP = new Set<string>();
  for (const n of proposed) {
    if (!n.personId) continue;
    if (!holds(n.personId, ['LDTT', 'CSTD_CS'])) ldttP.add(n.personId);
    if (n.awardCode === 'CSTD_CS' && !holds(n.personId, ['CSTD_CS'])) cstdcsP.add(n.personId);
  }
  if (ldttP.size === 0 && cstdcsP.size === 0) return members;
  return { ...members, proposed: { ldtt: ldttP.size, cstdcs: cstdcsP.size } };
}

export async function personGroup(db: Q, tenantId: string, personId: string): Promise<SubjectGroup | null> {
  const [p] = await db
    .select({ category: people.category })
    .from(people)
    .where(and(eq(people.tenantId, tenantId), eq(people.id, personId)));
  return p ? groupOf(p.category) : null;
}

/** The groups (officials or workers) of some people, by person id. */
export async function peopleGroups(db: Q, tenantId: string, personIds: readonly string[]) {
  if (!personIds.length) return new Map<string, SubjectGroup>();
  const rows = await db
    .select({ id: people.id, category: people.category })
    .from(people)
    .where(and(eq(people.tenantId, tenantId), inArray(people.id, [...personIds])));
  return new Map(rows.map((r) => [r.id, groupOf(r.category)]));
}

/** Households' histories: their award records in force and their open matters. */
export async function loadHouseholdHistories(
  db: Q,
  tenantId: string,
  ids: string[],
): Promise<Map<string, SubjectHistory>> {
  const out = new Map<string, SubjectHistory>(ids.map((id) => [id, empty()]));
  if (!ids.length) return out;
  const [aw, pend] = await Promise.all([
    db
      .select()
      .from(awardRecords)
      .where(
        and(
          eq(awardRecords.tenantId, tenantId),
          inArray(awardRecords.householdId, ids),
          isNull(awardRecords.revokedOn),
        ),
      ),
    db
      .select()
      .from(pendingMatters)
      .where(
        and(
          eq(pendingMatters.tenantId, tenantId),
          inArray(pendingMatters.householdId, ids),
          isNull(pendingMatters.resolvedOn),
        ),
      ),
  ]);
  for (const a of aw)
    out.get(a.householdId!)!.records.push({
      period: a.period,
      award: a.awardCode,
      track: a.track,
      ...(a.decisionDate ? { decisionDate: a.decisionDate } : {}),
    });
  for (const p of pend) out.get(p.householdId!)!.pending.push({ kind: p.kind, since: p.since });
  return out;
}

/**
 * The periods of a person's or an organisation's ratings and of its award records in force (in no
 * order): which kind of year (calendar or school) its history is kept by.
 */
export async function historyPeriods(
  db: Q,
  tenantId: string,
  subject: { personId: string } | { orgId: string },
): Promise<{ ratings: string[]; awards: string[] }> {
  const col =
    'personId' in subject
      ? { r: ratings.personId, a: awardRecords.personId, id: subject.personId }
      : { r: ratings.orgId, a: awardRecords.orgId, id: subject.orgId };
  const [rt, aw] = await Promise.all([
    db
      .select({ period: ratings.period })
      .from(ratings)
      .where(and(eq(ratings.tenantId, tenantId), eq(col.r, col.id))),
    db
      .select({ period: awardRecords.period })
      .from(awardRecords)
      .where(and(eq(awardRecords.tenantId, tenantId), eq(col.a, col.id), isNull(awardRecords.revokedOn))),
  ]);
  return { ratings: rt.map((r) => r.period), awards: aw.map((a) => a.period) };
}
