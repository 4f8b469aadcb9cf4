// SQL of the decisions' own tables: decisions, their lines (decision_items) and the number
// registers (doc_registers). The use cases (draft, sign, revoke, send-up, queries, numbering) call
// these; other features reach the decisions' tables only through the functions exported here.
import { and, asc, count, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { decisionItems, decisions, docRegisters, organisations, rounds } from '../../db/schema.js';

type Q = Db | Tx;

export type DecisionRow = typeof decisions.$inferSelect;
export type DecisionInsert = typeof decisions.$inferInsert;
export type DecisionItemRow = typeof decisionItems.$inferSelect;
export type DecisionItemInsert = typeof decisionItems.$inferInsert;

// ─── decisions ───

/** One decision of the tenant, or null; `lock` takes its row lock (inside a transaction). */
export async function findDecision(q: Q, tenantId: string, id: string, lock = false): Promise<DecisionRow | null> {
  const base = q
    .select()
    .from(decisions)
    .where(and(eq(decisions.tenantId, tenantId), eq(decisions.id, id)));
  const [row] = lock ? await base.for('update') : await base;
  return row ?? null;
}

/** The decisions of a round, oldest first. */
export const decisionsOfRound = (q: Q, tenantId: string, roundId: string) =>
  q
    .select()
    .from(decisions)
    .where(and(eq(decisions.tenantId, tenantId), eq(decisions.roundId, roundId)))
    .orderBy(asc(decisions.createdAt));

export const insertDecision = (q: Q, row: DecisionInsert) => q.insert(decisions).values(row);

export const patchDecision = (q: Q, tenantId: string, id: string, set: Partial<DecisionInsert>) =>
  q
    .update(decisions)
    .set(set)
    .where(and(eq(decisions.tenantId, tenantId), eq(decisions.id, id)));

/** How many draft decisions a round still has. */
export async function countDraftDecisions(q: Q, tenantId: string, roundId: string): Promise<number> {
  const [row] = await q
    .select({ n: sql<number>`count(*)::int` })
    .from(decisions)
    .where(and(eq(decisions.tenantId, tenantId), eq(decisions.roundId, roundId), eq(decisions.status, 'draft')));
  return Number(row?.n ?? 0);
}

/** Nominees already on a draft or signed decision of the round: decisionId by nomineeId. */
export async function nomineesInDecisions(q: Q, tenantId: string, roundId: string, exceptDecisionId?: string) {
  const rows = await q
    .select({ nomineeId: decisionItems.nomineeId, decisionId: decisions.id, status: decisions.status })
    .from(decisionItems)
    .innerJoin(
      decisions,
      and(eq(decisions.tenantId, decisionItems.tenantId), eq(decisions.id, decisionItems.decisionId)),
    )
    .where(
      and(
        eq(decisions.tenantId, tenantId),
        eq(decisions.roundId, roundId),
        inArray(decisions.status, ['draft', 'signed']),
        exceptDecisionId ? ne(decisions.id, exceptDecisionId) : undefined,
      ),
    );
  return new Map(rows.map((r) => [r.nomineeId, { decisionId: r.decisionId, status: r.status }]));
}

/** The column holding the organisation that issues a decision, for an access scope's condition. */
export const decisionOrgColumn = decisions.orgId;

/** How many decisions of each round are in each status. */
export async function decisionCountsOfRounds(q: Q, tenantId: string, roundIds: readonly string[]) {
  if (!roundIds.length) return [];
  return q
    .select({ roundId: decisions.roundId, status: decisions.status, n: count() })
    .from(decisions)
    .where(and(eq(decisions.tenantId, tenantId), inArray(decisions.roundId, [...roundIds])))
    .groupBy(decisions.roundId, decisions.status);
}

const INBOX_ORDER = {
  oldest: sql`${decisions.createdAt} ASC, ${decisions.id}`,
  newest: sql`${decisions.createdAt} DESC, ${decisions.id}`,
} as const;

export interface InboxPageQuery {
  tenantId: string;
  userId: string;
  /** The organisations where the user signs (a condition on `decisionOrgColumn`); undefined: all. */
  reach: SQL | undefined;
  sort: keyof typeof INBOX_ORDER;
  limit: number;
  offset: number;
}

/**
 * One page of the drafts sent for signature to a user (addressed to him or to no one in
 * particular), with the round's and the organisation's names and the number of lines, and the count.
 */
export async function inboxPage(q: Q, p: InboxPageQuery) {
  const where: SQL[] = [
    eq(decisions.tenantId, p.tenantId),
    eq(decisions.status, 'draft'),
    sql`${decisions.content}->>'submittedAt' is not null`,
    sql`(${decisions.signerUserId} IS NULL OR ${decisions.signerUserId} = ${p.userId})`,
  ];
  if (p.reach) where.push(p.reach);
  const [[counted], rows] = await Promise.all([
    q
      .select({ total: count() })
      .from(decisions)
      .where(and(...where)),
    q
      .select({
        d: decisions,
        roundName: rounds.name,
        orgName: organisations.name,
        n: sql<number>`(select count(*)::int from decision_items i where i.tenant_id = ${decisions.tenantId} and i.decision_id = ${decisions.id})`,
      })
      .from(decisions)
      .innerJoin(rounds, and(eq(rounds.tenantId, decisions.tenantId), eq(rounds.id, decisions.roundId)))
      .innerJoin(
        organisations,
        and(eq(organisations.tenantId, decisions.tenantId), eq(organisations.id, decisions.orgId)),
      )
      .where(and(...where))
      .orderBy(INBOX_ORDER[p.sort])
      .limit(p.limit)
      .offset(p.offset),
  ]);
  return { total: counted?.total ?? 0, rows };
}

// ─── decision lines ───

/** The lines of a decision in their order. */
export const itemsOf = (q: Q, tenantId: string, decisionId: string) =>
  q
    .select()
    .from(decisionItems)
    .where(and(eq(decisionItems.tenantId, tenantId), eq(decisionItems.decisionId, decisionId)))
    .orderBy(asc(decisionItems.ordinal));

export async function insertItems(q: Q, rows: DecisionItemInsert[]) {
  if (rows.length) await q.insert(decisionItems).values(rows);
}

/** A draft's lines are rewritten whole when its list changes. */
export async function replaceItems(q: Q, tenantId: string, decisionId: string, rows: DecisionItemInsert[]) {
  await q
    .delete(decisionItems)
    .where(and(eq(decisionItems.tenantId, tenantId), eq(decisionItems.decisionId, decisionId)));
  await insertItems(q, rows);
}

export const patchItem = (
  q: Q,
  tenantId: string,
  decisionId: string,
  nomineeId: string,
  set: Partial<DecisionItemInsert>,
) =>
  q
    .update(decisionItems)
    .set(set)
    .where(
      and(
        eq(decisionItems.tenantId, tenantId),
        eq(decisionItems.decisionId, decisionId),
        eq(decisionItems.nomineeId, nomineeId),
      ),
    );

/** What the decision lines that granted these award records made payable: payable by award record id. */
export async function payableByAwardRecord(
  q: Q,
  tenantId: string,
  awardRecordIds: readonly string[],
): Promise<Map<string, number | null>> {
  if (!awardRecordIds.length) return new Map();
  const rows = await q
    .select({ awardRecordId: decisionItems.awardRecordId, payable: decisionItems.payable })
    .from(decisionItems)
    .where(and(eq(decisionItems.tenantId, tenantId), inArray(decisionItems.awardRecordId, [...awardRecordIds])));
  return new Map(rows.map((r) => [r.awardRecordId!, r.payable]));
}

// ─── number registers ───

export interface RegisterKey {
  tenantId: string;
  orgId: string;
  symbol: string;
  year: number;
}

const registerWhere = (k: RegisterKey) =>
  and(
    eq(docRegisters.tenantId, k.tenantId),
    eq(docRegisters.orgId, k.orgId),
    eq(docRegisters.symbol, k.symbol),
    eq(docRegisters.year, k.year),
  );

/** The highest number the body's own decisions used in (symbol, year); 0 when none. */
export async function maxDecisionNumber(q: Q, k: RegisterKey): Promise<number> {
  const [row] = await q
    .select({ n: sql<number | null>`max(${decisions.number})` })
    .from(decisions)
    .where(
      and(
        eq(decisions.tenantId, k.tenantId),
        eq(decisions.orgId, k.orgId),
        eq(decisions.symbol, k.symbol),
        eq(decisions.year, k.year),
      ),
    );
  return Number(row?.n ?? 0);
}

/** Creates the register row at `lastNumber` unless it exists. */
export const ensureRegister = (q: Q, k: RegisterKey, lastNumber: number) =>
  q
    .insert(docRegisters)
    .values({ ...k, lastNumber })
    .onConflictDoNothing();

/** The register's last number; `lock` takes its row lock so concurrent signers queue. */
export async function registerLast(q: Q, k: RegisterKey, lock = false): Promise<number | null> {
  const base = q.select({ n: docRegisters.lastNumber }).from(docRegisters).where(registerWhere(k));
  const [row] = lock ? await base.for('update') : await base;
  return row?.n ?? null;
}

export const setRegisterLast = (q: Q, k: RegisterKey, lastNumber: number) =>
  q.update(docRegisters).set({ lastNumber }).where(registerWhere(k));
