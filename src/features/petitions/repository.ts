// SQL of the petition register: the petitions table and the pending matter a petition holds on
// its subject. Other features (notices) reach petitions only through the functions exported here.
import { randomInt } from 'node:crypto';
import { and, asc, count, desc, eq, inArray, isNull, lte, ne, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import {
  awardRecords,
  households,
  nominees,
  organisations,
  pendingMatters,
  people,
  petitions,
  rounds,
} from '../../db/schema.js';
import { OPEN_STATUSES } from '../../domain/petitions/index.js';
import { awardName, type SubjectKind } from '../../domain/registry/vocab.js';
import { nomineeMachine } from '../../domain/rounds/machines.js';
import { foldedSql, likePattern, searchWords } from '../../server/paging.js';
import { RECEIPT_ALPHABET } from '../councils/ballot-box.js';
import { subtreeSql } from '../organisations/tree.js';

export type PetitionRow = typeof petitions.$inferSelect;
type Q = Db | Tx;

/** Tracking codes look like DT-7KQ2-M9XD: 8 unambiguous symbols. */
export const newPetitionCode = () => {
  const s = Array.from({ length: 8 }, () => RECEIPT_ALPHABET[randomInt(RECEIPT_ALPHABET.length)]).join('');
  return `DT-${s.slice(0, 4)}-${s.slice(4)}`;
};
export function normalisePetitionCode(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s-]/g, '').replace(/^DT/, '');
  if (s.length !== 8 || [...s].some((c) => !RECEIPT_ALPHABET.includes(c))) return null;
  return `DT-${s.slice(0, 4)}-${s.slice(4)}`;
}

export async function loadPetition(q: Q, tenantId: string, id: string, lock = false) {
  const base = q
    .select()
    .from(petitions)
    .where(and(eq(petitions.tenantId, tenantId), eq(petitions.id, id)));
  const [row] = lock ? await base.for('update') : await base;
  return row ?? null;
}

export async function petitionByCode(q: Q, code: string) {
  const [row] = await q
    .select({ p: petitions, recipient: organisations.name })
    .from(petitions)
    .innerJoin(
      organisations,
      and(eq(organisations.tenantId, petitions.tenantId), eq(organisations.id, petitions.orgId)),
    )
    .where(eq(petitions.trackingCode, code))
    .limit(1);
  return row ?? null;
}

export const insertPetition = (q: Q, row: typeof petitions.$inferInsert) => q.insert(petitions).values(row);

export const updatePetition = (q: Q, tenantId: string, id: string, set: Partial<typeof petitions.$inferInsert>) =>
  q
    .update(petitions)
    .set(set)
    .where(and(eq(petitions.tenantId, tenantId), eq(petitions.id, id)));

/** Earlier petitions of the same sender in the organisation, for duplicate detection. */
export async function earlierPetitions(q: Q, tenantId: string, orgId: string, senderKey: string) {
  return q
    .select({
      id: petitions.id,
      kind: petitions.kind,
      status: petitions.status,
      senderName: petitions.senderName,
      nomineeId: petitions.nomineeId,
      awardRecordId: petitions.awardRecordId,
      subjectText: petitions.subjectText,
      trackingCode: petitions.trackingCode,
    })
    .from(petitions)
    .where(
      and(
        eq(petitions.tenantId, tenantId),
        eq(petitions.orgId, orgId),
        sql`lower(coalesce(${petitions.senderName}, '')) = ${senderKey}`,
      ),
    )
    .limit(200);
}

export interface Subject {
  subjectKind: SubjectKind;
  personId: string | null;
  orgId: string | null;
  householdId: string | null;
  /** 'Nguyễn Văn An — Lao động tiên tiến'. */
  label: string;
  nomineeId: string | null;
}

/** The person, collective or household a nominee or an award record is about. */
export async function resolveSubject(
  q: Q,
  tenantId: string,
  ref: { nomineeId?: string | null; awardRecordId?: string | null },
): Promise<Subject | null> {
  if (ref.nomineeId) {
    const [n] = await q
      .select()
      .from(nominees)
      .where(and(eq(nominees.tenantId, tenantId), eq(nominees.id, ref.nomineeId)));
    if (!n) return null;
    return {
      subjectKind: n.subjectKind,
      personId: n.personId,
      orgId: n.orgId,
      householdId: n.householdId,
      label: `${n.displayName} — ${awardName(n.awardCode)}`,
      nomineeId: n.id,
    };
  }
  if (ref.awardRecordId) {
    const [a] = await q
      .select({ a: awardRecords, person: people.fullName, org: organisations.name, household: households.headName })
      .from(awardRecords)
      .leftJoin(people, and(eq(people.tenantId, awardRecords.tenantId), eq(people.id, awardRecords.personId)))
      .leftJoin(
        organisations,
        and(eq(organisations.tenantId, awardRecords.tenantId), eq(organisations.id, awardRecords.orgId)),
      )
      .leftJoin(
        households,
        and(eq(households.tenantId, awardRecords.tenantId), eq(households.id, awardRecords.householdId)),
      )
      .where(and(eq(awardRecords.tenantId, tenantId), eq(awardRecords.id, ref.awardRecordId)));
    if (!a) return null;
    const who = a.person ?? a.org ?? (a.household ? `Hộ ${a.household}` : '');
    return {
      subjectKind: a.a.subjectKind,
      personId: a.a.personId,
      orgId: a.a.orgId,
      householdId: a.a.householdId,
      label: `${who} — ${awardName(a.a.awardCode)} (${a.a.period}${a.a.decisionNo ? `, QĐ ${a.a.decisionNo}` : ''})`,
      nomineeId: null,
    };
  }
  return null;
}

/** Opens the pending matter that withholds the subject; withholds a nominee already passed by the council. */
export async function openPendingMatter(tx: Tx, tenantId: string, s: Subject, since: string, note: string, now: Date) {
  const id = crypto.randomUUID();
  await tx.insert(pendingMatters).values({
    tenantId,
    id,
    subjectKind: s.subjectKind,
    personId: s.personId,
    orgId: s.orgId,
    householdId: s.householdId,
    kind: 'complaint',
    since,
    resolvedOn: null,
    note: note.slice(0, 4000),
  });
  let withheld = false;
  if (s.nomineeId) {
    const [n] = await tx
      .select()
      .from(nominees)
      .where(and(eq(nominees.tenantId, tenantId), eq(nominees.id, s.nomineeId)))
      .for('update');
    if (n && nomineeMachine.can(n.status, 'withhold')) {
      await tx
        .update(nominees)
        .set({ status: nomineeMachine.move(n.status, 'withhold'), updatedAt: now })
        .where(and(eq(nominees.tenantId, tenantId), eq(nominees.id, n.id)));
      withheld = true;
    }
  }
  return { id, withheld };
}

/**
 * Resolves the pending matter (when still open) and releases the petition's nominee when no other
 * open complaint holds the same subject. Returns the released nominee's name.
 */
export async function closePendingMatter(
  tx: Tx,
  tenantId: string,
  pendingMatterId: string,
  nomineeId: string | null,
  on: string,
  note: string,
  now: Date,
): Promise<string | null> {
  const [pm] = await tx
    .select()
    .from(pendingMatters)
    .where(and(eq(pendingMatters.tenantId, tenantId), eq(pendingMatters.id, pendingMatterId)));
  if (!pm) return null;
  if (!pm.resolvedOn)
    await tx
      .update(pendingMatters)
      .set({ resolvedOn: on, note: `${pm.note ?? ''} — ${note}`.slice(0, 4000) })
      .where(and(eq(pendingMatters.tenantId, tenantId), eq(pendingMatters.id, pendingMatterId)));
  if (!nomineeId) return null;
  const [n] = await tx
    .select()
    .from(nominees)
    .where(and(eq(nominees.tenantId, tenantId), eq(nominees.id, nomineeId)))
    .for('update');
  if (!n || !nomineeMachine.can(n.status, 'release')) return null;
  const subject = n.personId
    ? eq(pendingMatters.personId, n.personId)
    : n.householdId
      ? eq(pendingMatters.householdId, n.householdId)
      : n.orgId
        ? eq(pendingMatters.orgId, n.orgId)
        : null;
  if (!subject) return null;
  const [{ c }] = await tx
    .select({ c: count() })
    .from(pendingMatters)
    .where(
      and(
        eq(pendingMatters.tenantId, tenantId),
        subject,
        eq(pendingMatters.kind, 'complaint'),
        isNull(pendingMatters.resolvedOn),
        ne(pendingMatters.id, pendingMatterId),
      ),
    );
  if (Number(c) > 0) return null;
  await tx
    .update(nominees)
    .set({ status: nomineeMachine.move(n.status, 'release'), updatedAt: now })
    .where(and(eq(nominees.tenantId, tenantId), eq(nominees.id, n.id)));
  return n.displayName;
}

export async function orgName(q: Q, tenantId: string, orgId: string) {
  const [o] = await q
    .select({ name: organisations.name, type: organisations.type, parentId: organisations.parentId })
    .from(organisations)
    .where(and(eq(organisations.tenantId, tenantId), eq(organisations.id, orgId)));
  return o ?? null;
}

// ── Deadline warnings (the background check in deadline-notices.ts) ──

export interface OpenPetitionDeadline {
  tenantId: string;
  id: string;
  orgId: string;
  trackingCode: string;
  title: string;
  kind: PetitionRow['kind'];
  receivedOn: string;
  acceptedOn: string | null;
  dueDate: string;
  assigneeId: string | null;
  deadlineNotified: string | null;
}

/** One page of open petitions due on or before `dueBy`, in key order after `after`. */
export function openPetitionsDueBy(
  db: Q,
  dueBy: string,
  after: { tenantId: string; id: string } | null,
  limit: number,
): Promise<OpenPetitionDeadline[]> {
  return db
    .select({
      tenantId: petitions.tenantId,
      id: petitions.id,
      orgId: petitions.orgId,
      trackingCode: petitions.trackingCode,
      title: petitions.title,
      kind: petitions.kind,
      receivedOn: petitions.receivedOn,
      acceptedOn: petitions.acceptedOn,
      dueDate: petitions.dueDate,
      assigneeId: petitions.assigneeId,
      deadlineNotified: petitions.deadlineNotified,
    })
    .from(petitions)
    .where(
      and(
        inArray(petitions.status, [...OPEN_STATUSES]),
        lte(petitions.dueDate, dueBy),
        after ? sql`(${petitions.tenantId}, ${petitions.id}) > (${after.tenantId}, ${after.id})` : undefined,
      ),
    )
    .orderBy(asc(petitions.tenantId), asc(petitions.id))
    .limit(limit);
}

const rowsOf = <T>(r: unknown) => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];

/**
 * Claims the warnings `(id, key)` of one tenant: marks each petition still open, still due on the
 * date in its key, and not yet warned with that key. Returns the ids claimed; a concurrent run
 * that claimed one first leaves it out here.
 */
export async function claimDeadlineNotices(
  tx: Tx,
  tenantId: string,
  claims: readonly { id: string; key: string; dueDate: string }[],
): Promise<Set<string>> {
  if (!claims.length) return new Set();
  const values = sql.join(
    claims.map((c) => sql`(${c.id}::uuid, ${c.key}::text, ${c.dueDate}::date)`),
    sql`, `,
  );
  const open = sql.join(
    OPEN_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  return new Set(
    rowsOf<{ id: string }>(
      await tx.execute(sql`
        UPDATE petitions AS p SET deadline_notified = v.key
        FROM (VALUES ${values}) AS v(id, key, due)
        WHERE p.tenant_id = ${tenantId} AND p.id = v.id AND p.due_date = v.due
          AND p.status IN (${open})
          AND p.deadline_notified IS DISTINCT FROM v.key
        RETURNING p.id`),
    ).map((x) => x.id),
  );
}

// ── Subjects a petition can be about (the nominee picker) ──

/** Nominee statuses still under consideration: a petition about them withholds the award. */
const CONSIDERED = ['submitted', 'accepted', 'returned', 'passed', 'withheld', 'sent_up'] as const;

/**
 * Nominees under consideration whose name matches every word of `query` (without diacritics or
 * case), in rounds the `scope` condition (on the round's organisation) admits; newest rounds first.
 */
export async function searchNomineeSubjects(
  q: Q,
  tenantId: string,
  scope: (column: typeof rounds.orgId) => Promise<SQL | undefined>,
  query: string | undefined,
  limit: number,
) {
  const rows = await q
    .select({
      id: nominees.id,
      displayName: nominees.displayName,
      awardCode: nominees.awardCode,
      status: nominees.status,
      roundName: rounds.name,
    })
    .from(nominees)
    .innerJoin(rounds, and(eq(rounds.tenantId, nominees.tenantId), eq(rounds.id, nominees.roundId)))
    .where(
      and(
        eq(nominees.tenantId, tenantId),
        inArray(nominees.status, [...CONSIDERED]),
        await scope(rounds.orgId),
        ...searchWords(query).map((w) => sql`${foldedSql(nominees.displayName)} LIKE ${likePattern(w)}`),
      ),
    )
    .orderBy(desc(rounds.createdAt), asc(nominees.displayName), asc(nominees.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, label: `${r.displayName} — ${awardName(r.awardCode)}` }));
}

/**
 * The annual report's figures: petitions received by bodies in the subtree of `rootOrgId` within
 * the period, those settled (answered) and those not accepted (rejected) within it, and those
 * received in it and still being handled now.
 */
export async function countPetitionsInPeriod(
  q: Q,
  tenantId: string,
  period: { from: string; to: string },
  rootOrgId: string,
) {
  const r = await q.execute(sql`
    WITH sub AS (${subtreeSql(tenantId, [rootOrgId])})
    SELECT count(*) FILTER (WHERE p.received_on BETWEEN ${period.from} AND ${period.to})::int AS received,
           count(*) FILTER (WHERE p.status = 'answered' AND p.closed_on BETWEEN ${period.from} AND ${period.to})::int AS settled,
           count(*) FILTER (WHERE p.status = 'rejected' AND p.closed_on BETWEEN ${period.from} AND ${period.to})::int AS "notAccepted",
           count(*) FILTER (WHERE p.status IN ('received', 'accepted')
                              AND p.received_on BETWEEN ${period.from} AND ${period.to})::int AS pending
    FROM petitions p
    WHERE p.tenant_id = ${tenantId} AND p.org_id IN (SELECT id FROM sub)`);
  const row = ((r as { rows?: Record<string, unknown>[] }).rows ?? (r as unknown as Record<string, unknown>[]))[0];
  return {
    received: Number(row?.received ?? 0),
    settled: Number(row?.settled ?? 0),
    notAccepted: Number(row?.notAccepted ?? 0),
    pending: Number(row?.pending ?? 0),
  };
}
