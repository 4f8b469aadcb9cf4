import { and, count, desc, eq, gte, inArray, lt, or, type SQL } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import { auditLog } from '../../db/schema.js';
import type { Ctx } from '../../server/context.js';
import { requireAnywhere } from '../../server/policy.js';
import { scopeFor, searchCondition } from '../organisations/scope.js';
import type { AuditQuery } from './schema.js';
import { verifyAuditChain } from './append.js';

/** Entity types whose audit entries concern the whole tenant. */
const TENANT_WIDE = ['rule_param', 'tenant'] as const;

export async function auditFilter(ctx: Ctx, q: z.output<typeof AuditQuery>): Promise<SQL | undefined> {
  requireAnywhere(ctx.actor, 'audit.read');
  const conds: SQL[] = [eq(auditLog.tenantId, ctx.actor.tenantId)];
  const scope = await scopeFor(ctx.db, ctx.actor, 'audit.read');
  // Changes to the rules concern every unit, so every audit reader sees them.
  const everyone = inArray(auditLog.entityType, [...TENANT_WIDE]);
  if (scope) conds.push(scope.size ? or(inArray(auditLog.orgId, [...scope]), everyone)! : everyone);
  if (q.entityType) conds.push(eq(auditLog.entityType, q.entityType));
  if (q.entityId) conds.push(eq(auditLog.entityId, q.entityId));
  if (q.action) conds.push(eq(auditLog.action, q.action));
  conds.push(...searchCondition(auditLog.actorKey, q.actor), ...searchCondition(auditLog.summaryKey, q.q));
  if (q.from) conds.push(gte(auditLog.at, new Date(`${q.from}T00:00:00+07:00`)));
  if (q.to) conds.push(lt(auditLog.at, new Date(Date.parse(`${q.to}T00:00:00+07:00`) + 86400_000)));
  return and(...conds);
}

export async function listAudit(ctx: Ctx, q: z.output<typeof AuditQuery>) {
  const where = await auditFilter(ctx, q);
  const [{ total }] = await ctx.db.select({ total: count() }).from(auditLog).where(where);
  const rows = await ctx.db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.seq))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return {
    items: rows.map((r) => ({
      seq: r.seq,
      at: r.at.toISOString(),
      actorName: r.actorName,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      orgId: r.orgId,
      summary: r.summary,
      before: r.before,
      after: r.after,
      reason: r.reason,
      hash: r.hash,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function verifyAudit(ctx: Ctx) {
  requireAnywhere(ctx.actor, 'audit.read');
  return verifyAuditChain(ctx.db, ctx.actor.tenantId);
}

export async function exportAudit(ctx: Ctx, q: z.output<typeof AuditQuery>) {
  const where = await auditFilter(ctx, q);
  return ctx.db.select().from(auditLog).where(where).orderBy(desc(auditLog.seq)).limit(100_000);
}
