// SQL of the fund (quỹ thi đua, khen thưởng): the one place that reads and writes fund_entries.
// Other features (decisions, dashboard) call these functions, never the table.
import { type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { fundEntries } from '../../db/schema.js';
import type { FundEntryKind } from '../../domain/fund/index.js';

type Q = Db | Tx;

function rowsOf<T>(r: unknown): T[] {
  return ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];
}

export interface EntryRow {
  id: string;
  orgId: string;
  entryDate: string;
  kind: FundEntryKind;
  amount: number;
  description: string;
  sourceDocument: string | null;
  decisionId: string | null;
  handledBy: string | null;
  reversesId: string | null;
  reversedById: string | null;
  reason: string | null;
  createdByName: string | null;
  createdAt: string;
}

const SELECT = sql`
  SELECT e.id, e.org_id AS "orgId", e.entry_date::text AS "entryDate", e.kind, e.amount::float8 AS amount,
         e.description, e.document AS "sourceDocument", e.decision_id AS "decisionId",
         e.handled_by AS "handledBy", e.reverses_id AS "reversesId",
         (SELECT r.id FROM fund_entries r WHERE r.tenant_id = e.tenant_id AND r.reverses_id = e.id) AS "reversedById",
         e.reason, u.full_name AS "createdByName",
         to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"
  FROM fund_entries e
  LEFT JOIN users u ON u.tenant_id = e.tenant_id AND u.id = e.created_by`;

const norm = (r: EntryRow): EntryRow => ({ ...r, amount: Number(r.amount) });

/** Every entry of a body's fund dated on or before `to` (all of them without it), in ledger order. */
export async function listEntries(q: Q, tenantId: string, orgId: string, to?: string): Promise<EntryRow[]> {
  const until = to ? sql` AND e.entry_date <= ${to}` : sql``;
  const r = await q.execute(sql`${SELECT}
    WHERE e.tenant_id = ${tenantId} AND e.org_id = ${orgId}${until}
    ORDER BY e.entry_date, e.created_at, e.id`);
  return rowsOf<EntryRow>(r).map(norm);
}

export async function getEntry(q: Q, tenantId: string, id: string): Promise<EntryRow | undefined> {
  const r = await q.execute(sql`${SELECT} WHERE e.tenant_id = ${tenantId} AND e.id = ${id}`);
  const row = rowsOf<EntryRow>(r)[0];
  return row ? norm(row) : undefined;
}

/** A decision's payment ('bonus') or recovery entry in force: neither a reversal nor reversed. */
export async function decisionEntry(
  q: Q,
  tenantId: string,
  decisionId: string,
  kind: 'bonus' | 'recovery',
): Promise<EntryRow | undefined> {
  const r = await q.execute(sql`${SELECT}
    WHERE e.tenant_id = ${tenantId} AND e.decision_id = ${decisionId} AND e.kind = ${kind}
      AND e.reverses_id IS NULL
      AND NOT EXISTS (SELECT 1 FROM fund_entries r WHERE r.tenant_id = e.tenant_id AND r.reverses_id = e.id)
    ORDER BY e.created_at DESC LIMIT 1`);
  const row = rowsOf<EntryRow>(r)[0];
  return row ? norm(row) : undefined;
}

const EFFECT = sql`CASE WHEN kind IN ('bonus', 'organising', 'printing', 'other_out') THEN -amount ELSE amount END`;

/** The balance of a body's fund over every entry. */
export async function balanceOf(q: Q, tenantId: string, orgId: string): Promise<number> {
  const r = await q.execute(
    sql`SELECT coalesce(sum(${EFFECT}), 0)::float8 AS b FROM fund_entries WHERE tenant_id = ${tenantId} AND org_id = ${orgId}`,
  );
  return Number(rowsOf<{ b: number }>(r)[0]?.b ?? 0);
}

/** Balances of many bodies' funds (those with entries), by organisation. */
export async function balances(q: Q, tenantId: string, scope?: SQL): Promise<Map<string, number>> {
  const r = await q.execute(sql`
    SELECT org_id AS "orgId", sum(${EFFECT})::float8 AS b FROM fund_entries
    WHERE tenant_id = ${tenantId}${scope ? sql` AND ${scope}` : sql``}
    GROUP BY org_id`);
  return new Map(rowsOf<{ orgId: string; b: number }>(r).map((x) => [x.orgId, Number(x.b)]));
}

/**
 * Bodies with a fund to show: those with entries, or with a signed decision of their own, inside
 * the condition on the organisation id (`scope` on column org_id; undefined: the whole tenant).
 */
export async function fundBodies(q: Q, tenantId: string, scope?: SQL): Promise<{ id: string; name: string }[]> {
  const cond = scope ? sql` AND ${scope}` : sql``;
  const r = await q.execute(sql`
    SELECT o.id, o.name FROM organisations o
    WHERE o.tenant_id = ${tenantId} AND o.id IN (
      SELECT org_id FROM fund_entries WHERE tenant_id = ${tenantId}${cond}
      UNION SELECT org_id FROM decisions WHERE tenant_id = ${tenantId} AND NOT external${cond})
    ORDER BY o.name`);
  return rowsOf<{ id: string; name: string }>(r);
}

/** The condition "org_id is one of these" for the functions above. */
export function inOrgs(ids: readonly string[]): SQL {
  if (!ids.length) return sql`false`;
  return sql`org_id IN (${sql.join(
    ids.map((x) => sql`${x}`),
    sql`, `,
  )})`;
}

export type NewEntry = Omit<typeof fundEntries.$inferInsert, 'createdAt'> & { createdAt: Date };

export async function insertEntry(tx: Tx, row: NewEntry): Promise<void> {
  await tx.insert(fundEntries).values(row);
}

/** Serialises writes to one body's fund (balance checks, one payment per decision). */
export async function lockFund(tx: Tx, tenantId: string, orgId: string): Promise<void> {
  await tx.execute(sql`SELECT id FROM organisations WHERE tenant_id = ${tenantId} AND id = ${orgId} FOR UPDATE`);
}
