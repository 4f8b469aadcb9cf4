// SQL of commendation rounds: the rounds, the units invited to each, the units' dossiers
// (proposals) and the people, collectives and households proposed in them (nominees). The use
// cases (rounds.ts, proposals.ts, appraisal.ts) and other features reach these tables only
// through the functions exported here. Organisations are joined for their names and tree order.
import { and, asc, count, eq, inArray, ne, notInArray, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { nominees, organisations, proposals, roundInvitations, rounds } from '../../db/schema.js';
import { searchCondition } from '../../server/paging.js';
import type { NomineeStatus, RoundKind, RoundStatus } from '../../domain/rounds/vocab.js';

type Q = Db | Tx;
export type RoundRow = typeof rounds.$inferSelect;
export type ProposalRow = typeof proposals.$inferSelect;
export type NomineeRow = typeof nominees.$inferSelect;

function rowsOf<T>(r: unknown): T[] {
  return ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];
}

const ids = (xs: readonly string[]) =>
  sql.join(
    xs.map((x) => sql`${x}`),
    sql`, `,
  );

/** Nominees in the order a dossier lists them: by award, then by name. */
const NOMINEE_ORDER = [asc(nominees.awardCode), sql`${nominees.sortKey} COLLATE "C"`] as const;

// ── Rounds and invitations ──

export async function findRound(q: Q, tenantId: string, id: string): Promise<RoundRow | null> {
  const [r] = await q
    .select()
    .from(rounds)
    .where(and(eq(rounds.tenantId, tenantId), eq(rounds.id, id)));
  return r ?? null;
}

/** Stores a new round with the units it invites. */
export async function insertRound(q: Q, row: typeof rounds.$inferInsert, invitedOrgIds: readonly string[]) {
  await q.insert(rounds).values(row);
  if (invitedOrgIds.length)
    await q
      .insert(roundInvitations)
      .values(invitedOrgIds.map((orgId) => ({ tenantId: row.tenantId, roundId: row.id, orgId })));
}

/** Moves a round from `from` to `to`; false when someone else changed it first. */
export async function moveRoundStatus(
  q: Q,
  tenantId: string,
  id: string,
  from: RoundStatus,
  to: RoundStatus,
  now: Date,
): Promise<boolean> {
  const done = await q
    .update(rounds)
    .set({ status: to, updatedAt: now })
    .where(and(eq(rounds.tenantId, tenantId), eq(rounds.id, id), eq(rounds.status, from)))
    .returning({ id: rounds.id });
  return done.length > 0;
}

/** The units invited to a round, with their names, in tree order. */
export function invitedUnits(q: Q, tenantId: string, roundId: string) {
  return q
    .select({ orgId: roundInvitations.orgId, name: organisations.name, type: organisations.type })
    .from(roundInvitations)
    .innerJoin(
      organisations,
      and(eq(organisations.tenantId, roundInvitations.tenantId), eq(organisations.id, roundInvitations.orgId)),
    )
    .where(and(eq(roundInvitations.tenantId, tenantId), eq(roundInvitations.roundId, roundId)))
    .orderBy(sql`${organisations.sortKey} COLLATE "C"`);
}

export async function invitedOrgIds(q: Q, tenantId: string, roundId: string): Promise<string[]> {
  const rows = await q
    .select({ orgId: roundInvitations.orgId })
    .from(roundInvitations)
    .where(and(eq(roundInvitations.tenantId, tenantId), eq(roundInvitations.roundId, roundId)));
  return rows.map((r) => r.orgId);
}

export async function isInvited(q: Q, tenantId: string, roundId: string, orgId: string): Promise<boolean> {
  const [inv] = await q
    .select({ orgId: roundInvitations.orgId })
    .from(roundInvitations)
    .where(
      and(
        eq(roundInvitations.tenantId, tenantId),
        eq(roundInvitations.roundId, roundId),
        eq(roundInvitations.orgId, orgId),
      ),
    );
  return Boolean(inv);
}

/** The column holding the organisation that runs a round, for an access scope's condition. */
export const roundOrgColumn = rounds.orgId;

/** The invited unit in the invitation conditions of roundPage and invitationsOf (`proposeSql`). */
export const invitedOrgRef = sql`ri.org_id`;

const ROUND_ORDER = {
  newest: sql`${rounds.createdAt} DESC, ${rounds.id}`,
  oldest: sql`${rounds.createdAt} ASC, ${rounds.id}`,
  deadline: sql`${rounds.submitBy} ASC, ${rounds.createdAt} DESC, ${rounds.id}`,
} as const;

export interface RoundPageQuery {
  tenantId: string;
  /** Rounds the actor manages (a condition on `roundOrgColumn`); undefined: every round. */
  manageSql: SQL | undefined;
  /** Invitations the actor proposes for (a condition on `invitedOrgRef`); undefined: every invitation. */
  proposeSql: SQL | undefined;
  status?: RoundStatus;
  kind?: RoundKind;
  period?: string;
  /** Words of the round's name (diacritics ignored). */
  search?: string;
  sort: keyof typeof ROUND_ORDER;
  limit: number;
  offset: number;
}

/**
 * One page of the rounds an actor sees: those they manage, and the opened ones to which a unit they
 * propose for is invited. Reach, filters, order, paging and the counts are SQL.
 */
export async function roundPage(q: Q, p: RoundPageQuery) {
  const t = p.tenantId;
  const manage = p.manageSql ?? sql`true`;
  // Uncorrelated, so the planner reads the actor's invitations once (a hashed subplan), not once a round.
  const invitedMine = sql`${rounds.id} IN (SELECT ri.round_id FROM round_invitations ri
    WHERE ri.tenant_id = ${t} AND ${p.proposeSql ?? sql`true`})`;
  const where: SQL[] = [eq(rounds.tenantId, t)];
  if (p.manageSql) where.push(sql`(${manage} OR (${rounds.status} <> 'draft' AND ${invitedMine}))`);
  if (p.status) where.push(eq(rounds.status, p.status));
  if (p.kind) where.push(eq(rounds.kind, p.kind));
  if (p.period) where.push(eq(rounds.period, p.period));
  where.push(...searchCondition(rounds.searchKey, p.search));
  const [[counted], rows] = await Promise.all([
    q
      .select({ total: count() })
      .from(rounds)
      .where(and(...where)),
    q
      .select({
        r: rounds,
        orgName: organisations.name,
        manage: sql<boolean>`${manage}`,
        invitedCount: sql<number>`(SELECT count(*)::int FROM round_invitations ri
          WHERE ri.tenant_id = ${t} AND ri.round_id = ${rounds.id})`,
        submittedCount: sql<number>`(SELECT count(*)::int FROM proposals p
          WHERE p.tenant_id = ${t} AND p.round_id = ${rounds.id} AND p.status <> 'draft')`,
      })
      .from(rounds)
      .innerJoin(organisations, and(eq(organisations.tenantId, rounds.tenantId), eq(organisations.id, rounds.orgId)))
      .where(and(...where))
      .orderBy(ROUND_ORDER[p.sort])
      .limit(p.limit)
      .offset(p.offset),
  ]);
  return { total: counted?.total ?? 0, rows };
}

/** The invitations of some rounds that pass `proposeSql` (a condition on `invitedOrgRef`; undefined: all). */
export async function invitationsOf(q: Q, tenantId: string, roundIds: readonly string[], proposeSql: SQL | undefined) {
  if (!roundIds.length) return [];
  const r = await q.execute(sql`SELECT ri.round_id, ri.org_id FROM round_invitations ri
    WHERE ri.tenant_id = ${tenantId} AND ri.round_id IN (${ids(roundIds)}) AND ${proposeSql ?? sql`true`}`);
  return rowsOf<{ round_id: string; org_id: string }>(r).map((x) => ({ roundId: x.round_id, orgId: x.org_id }));
}

// ── Proposals ──

export async function findProposal(q: Q, tenantId: string, id: string): Promise<ProposalRow | null> {
  const [p] = await q
    .select()
    .from(proposals)
    .where(and(eq(proposals.tenantId, tenantId), eq(proposals.id, id)));
  return p ?? null;
}

/** The dossier of a unit in a round, if it has opened one. */
export async function proposalOfUnit(q: Q, tenantId: string, roundId: string, orgId: string) {
  const [p] = await q
    .select()
    .from(proposals)
    .where(and(eq(proposals.tenantId, tenantId), eq(proposals.roundId, roundId), eq(proposals.orgId, orgId)));
  return p ?? null;
}

export async function insertProposal(q: Q, row: typeof proposals.$inferInsert) {
  await q.insert(proposals).values(row);
}

/**
 * Changes a dossier; with `whileStatus`, only while it is still in that status. False when nothing
 * was changed (it is gone, or someone else moved it first).
 */
export async function updateProposalRow(
  q: Q,
  tenantId: string,
  id: string,
  set: Partial<typeof proposals.$inferInsert>,
  whileStatus?: ProposalRow['status'],
): Promise<boolean> {
  const done = await q
    .update(proposals)
    .set(set)
    .where(
      and(
        eq(proposals.tenantId, tenantId),
        eq(proposals.id, id),
        whileStatus ? eq(proposals.status, whileStatus) : undefined,
      ),
    )
    .returning({ id: proposals.id });
  return done.length > 0;
}

/** The dossiers of some units in a round. */
export async function proposalsOfUnits(q: Q, tenantId: string, roundId: string, orgIds: readonly string[]) {
  if (!orgIds.length) return [];
  return q
    .select()
    .from(proposals)
    .where(
      and(eq(proposals.tenantId, tenantId), eq(proposals.roundId, roundId), inArray(proposals.orgId, [...orgIds])),
    );
}

/** The statuses of some units' dossiers in some rounds. */
export async function proposalStatuses(q: Q, tenantId: string, roundIds: readonly string[], orgIds: readonly string[]) {
  if (!roundIds.length || !orgIds.length) return [];
  return q
    .select({ roundId: proposals.roundId, orgId: proposals.orgId, status: proposals.status })
    .from(proposals)
    .where(
      and(
        eq(proposals.tenantId, tenantId),
        inArray(proposals.roundId, [...roundIds]),
        inArray(proposals.orgId, [...orgIds]),
      ),
    );
}

/** The dossiers sent in a round (every status but draft), with the unit's name, in tree order. */
export function sentProposals(q: Q, tenantId: string, roundId: string) {
  return q
    .select({ p: proposals, orgName: organisations.name })
    .from(proposals)
    .innerJoin(
      organisations,
      and(eq(organisations.tenantId, proposals.tenantId), eq(organisations.id, proposals.orgId)),
    )
    .where(and(eq(proposals.tenantId, tenantId), eq(proposals.roundId, roundId), ne(proposals.status, 'draft')))
    .orderBy(sql`${organisations.sortKey} COLLATE "C"`);
}

// ── Nominees ──

export async function findNominee(q: Q, tenantId: string, id: string): Promise<NomineeRow | null> {
  const [n] = await q
    .select()
    .from(nominees)
    .where(and(eq(nominees.tenantId, tenantId), eq(nominees.id, id)));
  return n ?? null;
}

/** The nominees of a dossier; `status` keeps only those in it. Dossier order. */
export function nomineesOfProposal(q: Q, tenantId: string, proposalId: string, status?: NomineeStatus) {
  return q
    .select()
    .from(nominees)
    .where(
      and(
        eq(nominees.tenantId, tenantId),
        eq(nominees.proposalId, proposalId),
        status ? eq(nominees.status, status) : undefined,
      ),
    )
    .orderBy(...NOMINEE_ORDER);
}

/** The nominees of some dossiers that were sent (every status but draft), in dossier order. */
export async function sentNomineesOf(q: Q, tenantId: string, proposalIds: readonly string[]) {
  if (!proposalIds.length) return [];
  return q
    .select()
    .from(nominees)
    .where(
      and(
        eq(nominees.tenantId, tenantId),
        inArray(nominees.proposalId, [...proposalIds]),
        ne(nominees.status, 'draft'),
      ),
    )
    .orderBy(...NOMINEE_ORDER);
}

/** The nominees of a round in one status, in dossier order. */
export function nomineesOfRound(q: Q, tenantId: string, roundId: string, status: NomineeStatus) {
  return q
    .select()
    .from(nominees)
    .where(and(eq(nominees.tenantId, tenantId), eq(nominees.roundId, roundId), eq(nominees.status, status)))
    .orderBy(...NOMINEE_ORDER);
}

/** The status of every nominee of a round. */
export async function nomineeStatusesOfRound(q: Q, tenantId: string, roundId: string): Promise<NomineeStatus[]> {
  const rows = await q
    .select({ status: nominees.status })
    .from(nominees)
    .where(and(eq(nominees.tenantId, tenantId), eq(nominees.roundId, roundId)));
  return rows.map((r) => r.status);
}

/** The status of every nominee of a dossier. */
export async function nomineeStatusesOfProposal(q: Q, tenantId: string, proposalId: string): Promise<NomineeStatus[]> {
  const rows = await q
    .select({ status: nominees.status })
    .from(nominees)
    .where(and(eq(nominees.tenantId, tenantId), eq(nominees.proposalId, proposalId)));
  return rows.map((r) => r.status);
}

/** How many nominees of each dossier are in each status. */
export async function nomineeCounts(q: Q, tenantId: string, proposalIds: readonly string[]) {
  if (!proposalIds.length) return [];
  return q
    .select({ proposalId: nominees.proposalId, status: nominees.status, n: sql<number>`count(*)::int` })
    .from(nominees)
    .where(and(eq(nominees.tenantId, tenantId), inArray(nominees.proposalId, [...proposalIds])))
    .groupBy(nominees.proposalId, nominees.status);
}

/** Whether a dossier already proposes this subject for this award. */
export async function isInProposal(
  q: Q,
  tenantId: string,
  proposalId: string,
  subjectKey: string,
  awardCode: string,
): Promise<boolean> {
  const [dup] = await q
    .select({ id: nominees.id })
    .from(nominees)
    .where(
      and(
        eq(nominees.tenantId, tenantId),
        eq(nominees.proposalId, proposalId),
        eq(nominees.subjectKey, subjectKey),
        eq(nominees.awardCode, awardCode),
      ),
    );
  return Boolean(dup);
}

export async function insertNominee(q: Q, row: typeof nominees.$inferInsert) {
  await q.insert(nominees).values(row);
}

/** Changes a nominee; with `whileStatus`, only while it is still in that status. */
export async function updateNomineeRow(
  q: Q,
  tenantId: string,
  id: string,
  set: Partial<typeof nominees.$inferInsert>,
  whileStatus?: NomineeStatus,
) {
  await q
    .update(nominees)
    .set(set)
    .where(
      and(
        eq(nominees.tenantId, tenantId),
        eq(nominees.id, id),
        whileStatus ? eq(nominees.status, whileStatus) : undefined,
      ),
    );
}

export async function deleteNominee(q: Q, tenantId: string, id: string) {
  await q.delete(nominees).where(and(eq(nominees.tenantId, tenantId), eq(nominees.id, id)));
}

/**
 * Nominees of these subjects in any round, except those in the given statuses, with their round's
 * and proposing unit's names: the same subject proposed elsewhere.
 */
export async function nomineesOfSubjects(
  q: Q,
  tenantId: string,
  subjectKeys: readonly string[],
  exceptStatuses: readonly NomineeStatus[],
) {
  if (!subjectKeys.length) return [];
  return q
    .select({
      id: nominees.id,
      subjectKey: nominees.subjectKey,
      awardCode: nominees.awardCode,
      period: nominees.period,
      status: nominees.status,
      roundId: nominees.roundId,
      roundName: rounds.name,
      orgName: organisations.name,
    })
    .from(nominees)
    .innerJoin(proposals, and(eq(proposals.tenantId, nominees.tenantId), eq(proposals.id, nominees.proposalId)))
    .innerJoin(rounds, and(eq(rounds.tenantId, nominees.tenantId), eq(rounds.id, nominees.roundId)))
    .innerJoin(
      organisations,
      and(eq(organisations.tenantId, proposals.tenantId), eq(organisations.id, proposals.orgId)),
    )
    .where(
      and(
        eq(nominees.tenantId, tenantId),
        inArray(nominees.subjectKey, [...new Set(subjectKeys)]),
        notInArray(nominees.status, [...exceptStatuses]),
      ),
    );
}

/** The (subject, award, period) slots these subjects hold: an active nominee anywhere. */
export async function activeSlotsOf(q: Q, tenantId: string, subjectKeys: readonly string[]) {
  if (!subjectKeys.length) return [];
  return q
    .select({ subjectKey: nominees.subjectKey, awardCode: nominees.awardCode, period: nominees.period })
    .from(nominees)
    .where(
      and(eq(nominees.tenantId, tenantId), eq(nominees.active, true), inArray(nominees.subjectKey, [...subjectKeys])),
    );
}

// ── For the decisions drafted, signed and revoked on a round's result ──

/** A round under its row lock (inside a transaction), or null. */
export async function lockRound(q: Q, tenantId: string, id: string): Promise<RoundRow | null> {
  const [r] = await q
    .select()
    .from(rounds)
    .where(and(eq(rounds.tenantId, tenantId), eq(rounds.id, id)))
    .for('update');
  return r ?? null;
}

/**
 * The nominees of a round with their proposing unit and its name; `statuses` keeps those in one of
 * them, `ids` those among the ids (an empty list: none).
 */
export function nomineesWithUnit(
  q: Q,
  tenantId: string,
  roundId: string,
  o: { statuses?: readonly NomineeStatus[]; ids?: readonly string[] } = {},
) {
  const conds = [eq(nominees.tenantId, tenantId), eq(nominees.roundId, roundId)];
  if (o.statuses) conds.push(inArray(nominees.status, [...o.statuses]));
  if (o.ids) conds.push(o.ids.length ? inArray(nominees.id, [...o.ids]) : sql`false`);
  return q
    .select({ n: nominees, unitId: proposals.orgId, unitName: organisations.name })
    .from(nominees)
    .innerJoin(proposals, and(eq(proposals.tenantId, nominees.tenantId), eq(proposals.id, nominees.proposalId)))
    .innerJoin(
      organisations,
      and(eq(organisations.tenantId, proposals.tenantId), eq(organisations.id, proposals.orgId)),
    )
    .where(and(...conds));
}

/** The nominees with these ids. */
export async function nomineesByIds(q: Q, tenantId: string, ids: readonly string[]): Promise<NomineeRow[]> {
  if (!ids.length) return [];
  return q
    .select()
    .from(nominees)
    .where(and(eq(nominees.tenantId, tenantId), inArray(nominees.id, [...ids])));
}

/** Changes some nominees at once; with `whileStatus`, only those still in it. The ids changed. */
export async function updateNomineeRows(
  q: Q,
  tenantId: string,
  ids: readonly string[],
  set: Partial<typeof nominees.$inferInsert>,
  whileStatus?: NomineeStatus,
): Promise<string[]> {
  if (!ids.length) return [];
  const done = await q
    .update(nominees)
    .set(set)
    .where(
      and(
        eq(nominees.tenantId, tenantId),
        inArray(nominees.id, [...ids]),
        whileStatus ? eq(nominees.status, whileStatus) : undefined,
      ),
    )
    .returning({ id: nominees.id });
  return done.map((d) => d.id);
}

const DECISION_ROUND_ORDER = {
  newest: sql`${rounds.createdAt} DESC, ${rounds.id}`,
  oldest: sql`${rounds.createdAt} ASC, ${rounds.id}`,
  decisionBy: sql`${rounds.decisionBy} ASC, ${rounds.createdAt} DESC, ${rounds.id}`,
} as const;

export interface DecisionRoundPageQuery {
  tenantId: string;
  /** The rounds whose decisions the actor drafts or signs (a condition on `roundOrgColumn`); undefined: all. */
  reach: SQL | undefined;
  status?: RoundStatus;
  search?: string;
  sort: keyof typeof DECISION_ROUND_ORDER;
  limit: number;
  offset: number;
}

/** One page of the rounds seen from the decisions (the office and the signer), with the organisation's name, and the count. */
export async function decisionRoundPage(q: Q, p: DecisionRoundPageQuery) {
  const where: SQL[] = [eq(rounds.tenantId, p.tenantId)];
  if (p.reach) where.push(p.reach);
  if (p.status) where.push(eq(rounds.status, p.status));
  where.push(...searchCondition(rounds.searchKey, p.search));
  const [[counted], rows] = await Promise.all([
    q
      .select({ total: count() })
      .from(rounds)
      .where(and(...where)),
    q
      .select({ r: rounds, orgName: organisations.name })
      .from(rounds)
      .innerJoin(organisations, and(eq(organisations.tenantId, rounds.tenantId), eq(organisations.id, rounds.orgId)))
      .where(and(...where))
      .orderBy(DECISION_ROUND_ORDER[p.sort])
      .limit(p.limit)
      .offset(p.offset),
  ]);
  return { total: counted?.total ?? 0, rows };
}

/** How many nominees of each round are in each status. */
export async function nomineeCountsOfRounds(q: Q, tenantId: string, roundIds: readonly string[]) {
  if (!roundIds.length) return [];
  return q
    .select({ roundId: nominees.roundId, status: nominees.status, n: count() })
    .from(nominees)
    .where(and(eq(nominees.tenantId, tenantId), inArray(nominees.roundId, [...roundIds])))
    .groupBy(nominees.roundId, nominees.status);
}
