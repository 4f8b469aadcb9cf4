// The decisions feature's lists, filtered, ordered and paged in SQL with the actor's reach as a
// condition (no ids loaded into memory): the rounds whose decisions the actor drafts or signs, and
// the signer's inbox of decisions sent to him for signature.
import { and, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { decisions, nominees, organisations, rounds } from '../../db/schema.js';
import type { Ctx } from '../../server/context.js';
import { offsetOf, searchCondition } from '../../server/paging.js';
import { scopeSql } from '../organisations/scope.js';
import type { DecisionRoundsQuery, SignerInboxQuery } from './schema.js';
import { presentDecision } from './queries.js';

const ROUND_ORDER = {
  newest: sql`${rounds.createdAt} DESC, ${rounds.id}`,
  oldest: sql`${rounds.createdAt} ASC, ${rounds.id}`,
  decisionBy: sql`${rounds.decisionBy} ASC, ${rounds.createdAt} DESC, ${rounds.id}`,
} as const;

/** Either reach (undefined: the whole tenant), as one condition; `false` when neither is held. */
function either(a: SQL | undefined, b: SQL | undefined): SQL | undefined {
  if (a === undefined || b === undefined) return undefined;
  return sql`(${a} OR ${b})`;
}

/**
 * One page of the rounds whose decisions the actor drafts (round.manage) or signs (decision.sign)
 * on the round's organisation, with counts of nominees and decisions by status for the page only.
 */
export async function listDecisionRounds(ctx: Ctx, q: DecisionRoundsQuery) {
  const t = ctx.actor.tenantId;
  const [manage, sign] = await Promise.all([
    scopeSql(ctx.db, ctx.actor, 'round.manage', rounds.orgId),
    scopeSql(ctx.db, ctx.actor, 'decision.sign', rounds.orgId),
  ]);
  const where: SQL[] = [eq(rounds.tenantId, t)];
  const reach = either(manage, sign);
  if (reach) where.push(reach);
  if (q.status) where.push(eq(rounds.status, q.status));
  where.push(...searchCondition(rounds.searchKey, q.q));
  const [[counted], page] = await Promise.all([
    ctx.db
      .select({ total: count() })
      .from(rounds)
      .where(and(...where)),
    ctx.db
      .select({ r: rounds, orgName: organisations.name })
      .from(rounds)
      .innerJoin(organisations, and(eq(organisations.tenantId, rounds.tenantId), eq(organisations.id, rounds.orgId)))
      .where(and(...where))
      .orderBy(ROUND_ORDER[q.sort])
      .limit(q.pageSize)
      .offset(offsetOf(q)),
  ]);
  const paging = { total: counted?.total ?? 0, page: q.page, pageSize: q.pageSize };
  if (!page.length) return { items: [], ...paging };
  const ids = page.map((p) => p.r.id);
  const [counts, decCounts] = await Promise.all([
    ctx.db
      .select({ roundId: nominees.roundId, status: nominees.status, n: count() })
      .from(nominees)
      .where(and(eq(nominees.tenantId, t), inArray(nominees.roundId, ids)))
      .groupBy(nominees.roundId, nominees.status),
    ctx.db
      .select({ roundId: decisions.roundId, status: decisions.status, n: count() })
      .from(decisions)
      .where(and(eq(decisions.tenantId, t), inArray(decisions.roundId, ids)))
      .groupBy(decisions.roundId, decisions.status),
  ]);
  return {
    items: page.map(({ r, orgName }) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      period: r.period,
      status: r.status,
      orgId: r.orgId,
      orgName,
      decisionBy: r.decisionBy,
      nominees: Object.fromEntries(counts.filter((c) => c.roundId === r.id).map((c) => [c.status, Number(c.n)])),
      decisions: Object.fromEntries(decCounts.filter((c) => c.roundId === r.id).map((c) => [c.status, Number(c.n)])),
    })),
    ...paging,
  };
}

const INBOX_ORDER = {
  oldest: sql`${decisions.createdAt} ASC, ${decisions.id}`,
  newest: sql`${decisions.createdAt} DESC, ${decisions.id}`,
} as const;

/**
 * One page of the drafts sent for signature to the actor: on an organisation where he signs
 * (decision.sign), addressed to him or to no one in particular.
 */
export async function signerInbox(ctx: Ctx, q: SignerInboxQuery) {
  const t = ctx.actor.tenantId;
  const reach = await scopeSql(ctx.db, ctx.actor, 'decision.sign', decisions.orgId);
  const where: SQL[] = [
    eq(decisions.tenantId, t),
    eq(decisions.status, 'draft'),
    sql`${decisions.content}->>'submittedAt' is not null`,
    sql`(${decisions.signerUserId} IS NULL OR ${decisions.signerUserId} = ${ctx.actor.userId})`,
  ];
  if (reach) where.push(reach);
  const [[counted], rows] = await Promise.all([
    ctx.db
      .select({ total: count() })
      .from(decisions)
      .where(and(...where)),
    ctx.db
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
      .orderBy(INBOX_ORDER[q.sort])
      .limit(q.pageSize)
      .offset(offsetOf(q)),
  ]);
  return {
    items: rows.map((r) => ({
      ...presentDecision(r.d),
      roundName: r.roundName,
      orgName: r.orgName,
      itemCount: Number(r.n),
    })),
    total: counted?.total ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}
