// The decisions feature's lists, filtered, ordered and paged in SQL with the actor's reach as a
// condition (no ids loaded into memory): the rounds whose decisions the actor drafts or signs, and
// the signer's inbox of decisions sent to him for signature.
import { type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../server/context.js';
import { offsetOf } from '../../server/paging.js';
import { scopeSql } from '../organisations/scope.js';
import { decisionRoundPage, nomineeCountsOfRounds, roundOrgColumn } from '../rounds/repository.js';
import { presentDecision } from './queries.js';
import { decisionCountsOfRounds, decisionOrgColumn, inboxPage } from './repository.js';
import type { DecisionRoundsQuery, SignerInboxQuery } from './schema.js';

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
    scopeSql(ctx.db, ctx.actor, 'round.manage', roundOrgColumn),
    scopeSql(ctx.db, ctx.actor, 'decision.sign', roundOrgColumn),
  ]);
  const { total, rows: page } = await decisionRoundPage(ctx.db, {
    tenantId: t,
    reach: either(manage, sign),
    status: q.status,
    search: q.q,
    sort: q.sort,
    limit: q.pageSize,
    offset: offsetOf(q),
  });
  const paging = { total, page: q.page, pageSize: q.pageSize };
  if (!page.length) return { items: [], ...paging };
  const ids = page.map((p) => p.r.id);
  const [counts, decCounts] = await Promise.all([
    nomineeCountsOfRounds(ctx.db, t, ids),
    decisionCountsOfRounds(ctx.db, t, ids),
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

/**
 * One page of the drafts sent for signature to the actor: on an organisation where he signs
 * (decision.sign), addressed to him or to no one in particular.
 */
export async function signerInbox(ctx: Ctx, q: SignerInboxQuery) {
  const reach = await scopeSql(ctx.db, ctx.actor, 'decision.sign', decisionOrgColumn);
  const { total, rows } = await inboxPage(ctx.db, {
    tenantId: ctx.actor.tenantId,
    userId: ctx.actor.userId,
    reach,
    sort: q.sort,
    limit: q.pageSize,
    offset: offsetOf(q),
  });
  return {
    items: rows.map((r) => ({
      ...presentDecision(r.d),
      roundName: r.roundName,
      orgName: r.orgName,
      itemCount: Number(r.n),
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
