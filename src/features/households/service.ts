import { and, asc, count, eq, sql, type SQL } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import { awardRecords, households, organisations, people } from '../../db/schema.js';
import { awardName } from '../../domain/registry/vocab.js';
import { nameSortKey, searchKey } from '../../domain/vi-text/index.js';
import type { Ctx } from '../../server/context.js';
import { AppError, invalid, notFound } from '../../server/errors.js';
import { recordAudit } from '../audit/append.js';
import { inScope, readableOrgCondition, requireOrgAccess, scopeFor, searchCondition } from '../organisations/scope.js';
import type { HouseholdBody, HouseholdsQuery, HouseholdUpdateBody } from './schema.js';

type Row = typeof households.$inferSelect;
const present = (h: Row, villageName: string | null = null) => ({
  id: h.id,
  headName: h.headName,
  headPersonId: h.headPersonId,
  address: h.address,
  villageOrgId: h.villageOrgId,
  villageName,
  memberCount: h.memberCount,
});
const keys = (h: { headName: string; address: string }) => ({
  searchKey: searchKey(`${h.headName} ${h.address}`),
  sortKey: nameSortKey(h.headName),
});

export async function householdsFilter(ctx: Ctx, q: z.output<typeof HouseholdsQuery>): Promise<SQL | undefined> {
  const t = ctx.actor.tenantId;
  const conds: SQL[] = [eq(households.tenantId, t), ...searchCondition(households.searchKey, q.q)];
  const scope = await readableOrgCondition(ctx.db, ctx.actor, households.villageOrgId, q.orgId);
  if (scope) conds.push(scope);
  return and(...conds);
}

export async function listHouseholds(ctx: Ctx, q: z.output<typeof HouseholdsQuery>) {
  const where = await householdsFilter(ctx, q);
  const [{ total }] = await ctx.db.select({ total: count() }).from(households).where(where);
  const rows = await ctx.db
    .select({ h: households, villageName: organisations.name })
    .from(households)
    .leftJoin(
      organisations,
      and(eq(organisations.tenantId, households.tenantId), eq(organisations.id, households.villageOrgId)),
    )
    .where(where)
    .orderBy(sql`${households.sortKey} COLLATE "C"`, asc(households.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: rows.map((r) => present(r.h, r.villageName)), total, page: q.page, pageSize: q.pageSize };
}

async function load(ctx: Ctx, id: string, permission: 'registry.read' | 'registry.write') {
  const [h] = await ctx.db
    .select()
    .from(households)
    .where(and(eq(households.tenantId, ctx.actor.tenantId), eq(households.id, id)));
  if (!h) throw notFound('hộ gia đình');
  await requireOrgAccess(ctx.db, ctx.actor, permission, h.villageOrgId);
  return h;
}

export async function getHousehold(ctx: Ctx, id: string) {
  const h = await load(ctx, id, 'registry.read');
  const awards = await ctx.db
    .select()
    .from(awardRecords)
    .where(and(eq(awardRecords.tenantId, ctx.actor.tenantId), eq(awardRecords.householdId, id)));
  const [village] = await ctx.db
    .select({ name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.tenantId, ctx.actor.tenantId), eq(organisations.id, h.villageOrgId)));
  return {
    ...present(h, village?.name ?? null),
    awards: awards
      .sort((a, b) => b.period.localeCompare(a.period))
      .map((a) => ({
        id: a.id,
        awardCode: a.awardCode,
        awardName: awardName(a.awardCode),
        period: a.period,
        decisionNo: a.decisionNo,
        decisionDate: a.decisionDate,
        issuer: a.issuer,
      })),
  };
}

/**
 * The head must be a person the actor may see (registry.read scope, through the policy): a
 * person of another unit is answered exactly like one that does not exist, with no name.
 */
async function checkHead(ctx: Ctx, headPersonId: string | null | undefined) {
  if (!headPersonId) return;
  const [p] = await ctx.db
    .select({ id: people.id, orgId: people.orgId })
    .from(people)
    .where(and(eq(people.tenantId, ctx.actor.tenantId), eq(people.id, headPersonId)));
  if (!p || !inScope(await scopeFor(ctx.db, ctx.actor, 'registry.read'), p.orgId)) {
    const message = 'Không tìm thấy người được chọn làm chủ hộ trong phạm vi bạn quản lý.';
    throw new AppError('NOT_FOUND', message, [{ field: 'headPersonId', label: 'Chủ hộ', message }]);
  }
}

const VILLAGE_TYPES = ['village', 'residential_group'];

export async function createHousehold(ctx: Ctx, input: z.output<typeof HouseholdBody>) {
  await requireOrgAccess(ctx.db, ctx.actor, 'registry.write', input.villageOrgId);
  const [village] = await ctx.db
    .select()
    .from(organisations)
    .where(and(eq(organisations.tenantId, ctx.actor.tenantId), eq(organisations.id, input.villageOrgId)));
  if (!VILLAGE_TYPES.includes(village.type)) {
    throw invalid([
      {
        field: 'villageOrgId',
        label: 'Thôn, tổ dân phố',
        message: `"${village.name}" không phải thôn, bản hoặc tổ dân phố.`,
      },
    ]);
  }
  await checkHead(ctx, input.headPersonId);
  const row = {
    tenantId: ctx.actor.tenantId,
    id: crypto.randomUUID(),
    ...input,
    headPersonId: input.headPersonId ?? null,
    ...keys(input),
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await ctx.db.transaction(async (tx) => {
    await tx.insert(households).values(row);
    await recordAudit(tx, ctx, {
      action: 'household.create',
      entityType: 'household',
      entityId: row.id,
      orgId: input.villageOrgId,
      summary: `Thêm hộ gia đình "${row.headName}" (${village.name})`,
      after: present(row),
    });
  });
  return present(row, village.name);
}

export async function updateHousehold(ctx: Ctx, id: string, input: z.output<typeof HouseholdUpdateBody>) {
  const before = await load(ctx, id, 'registry.write');
  const { reason, ...changes } = input;
  await checkHead(ctx, changes.headPersonId);
  const next = { ...before, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) } as Row;
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(households)
      .set({
        headName: next.headName,
        headPersonId: next.headPersonId,
        address: next.address,
        memberCount: next.memberCount,
        ...keys(next),
        updatedAt: ctx.now,
      })
      .where(and(eq(households.tenantId, ctx.actor.tenantId), eq(households.id, id)));
    await recordAudit(tx, ctx, {
      action: 'household.update',
      entityType: 'household',
      entityId: id,
      orgId: before.villageOrgId,
      summary: `Sửa thông tin hộ gia đình "${next.headName}"`,
      before: present(before),
      after: present(next),
      reason,
    });
  });
  return present(next);
}

export async function exportHouseholds(ctx: Ctx, q: z.output<typeof HouseholdsQuery>) {
  const where = await householdsFilter(ctx, q);
  const rows = await ctx.db
    .select({ h: households, villageName: organisations.name })
    .from(households)
    .leftJoin(
      organisations,
      and(eq(organisations.tenantId, households.tenantId), eq(organisations.id, households.villageOrgId)),
    )
    .where(where)
    .orderBy(sql`${households.sortKey} COLLATE "C"`, asc(households.id))
    .limit(100_000);
  return rows.map((r) => present(r.h, r.villageName));
}
