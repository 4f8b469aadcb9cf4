// Use cases on organisations, their predecessor links and clusters.
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import { clusterMembers, clusters, organisations, orgLinks } from '../../db/schema.js';
import { formatDateVN, isoDateInVietnam, searchKey, textSortKey } from '../../domain/vi-text/index.js';
import { ORG_LINK_KIND_LABELS, type OrgLinkKind } from '../../domain/registry/vocab.js';
import type { Ctx } from '../../server/context.js';
import { invalid, notFound, refuse } from '../../server/errors.js';
import { isUniqueViolation } from '../../server/db-errors.js';
import { recordAudit } from '../audit/append.js';
import { inScope, requireOrgAccess, scopeFor } from './scope.js';
import type { z } from '@hono/zod-openapi';
import type { TdktOfficeKind } from '../../domain/reports/forms.js';
import type { ClusterBody, ClusterYearBody, OrgCreateBody, OrgMergeBody, OrgUpdateBody } from './schema.js';

type OrgRow = typeof organisations.$inferSelect;
type OrgOutKind = TdktOfficeKind | null;

export const presentOrg = (o: OrgRow) => ({
  id: o.id,
  parentId: o.parentId,
  type: o.type,
  code: o.code,
  name: o.name,
  shortName: o.shortName,
  address: o.address,
  effectiveFrom: o.effectiveFrom,
  effectiveTo: o.effectiveTo,
  tdktOffice: (o.tdktOffice ?? null) as OrgOutKind,
});

async function loadOrg(ctx: Ctx, id: string) {
  const [o] = await ctx.db
    .select()
    .from(organisations)
    .where(and(eq(organisations.tenantId, ctx.actor.tenantId), eq(organisations.id, id)));
  if (!o) throw notFound('cơ quan, đơn vị');
  return o;
}

const codeTaken = (code: string) =>
  refuse('ORG_CODE_TAKEN', `Mã đơn vị "${code}" đã được dùng.`, [
    { field: 'code', label: 'Mã', message: `Mã "${code}" đã được dùng.` },
  ]);

/** Every organisation the actor may read, sorted the Vietnamese way; the web app builds the tree. */
export async function listOrganisations(ctx: Ctx) {
  const scope = await scopeFor(ctx.db, ctx.actor, 'registry.read');
  const rows = await ctx.db
    .select()
    .from(organisations)
    .where(eq(organisations.tenantId, ctx.actor.tenantId))
    .orderBy(asc(organisations.sortKey));
  return rows.filter((o) => inScope(scope, o.id)).map(presentOrg);
}

export async function getOrganisation(ctx: Ctx, id: string) {
  await requireOrgAccess(ctx.db, ctx.actor, 'registry.read', id);
  const org = await loadOrg(ctx, id);
  const t = ctx.actor.tenantId;
  const links = await ctx.db
    .select()
    .from(orgLinks)
    .where(and(eq(orgLinks.tenantId, t), or(eq(orgLinks.fromOrgId, id), eq(orgLinks.toOrgId, id))));
  const otherIds = [
    ...new Set(links.flatMap((l) => [l.fromOrgId, l.toOrgId]).concat(org.parentId ? [org.parentId] : [])),
  ];
  const others = otherIds.length
    ? await ctx.db
        .select()
        .from(organisations)
        .where(and(eq(organisations.tenantId, t), inArray(organisations.id, otherIds)))
    : [];
  const byId = new Map(others.map((o) => [o.id, o]));
  // Organisations outside the actor's reach are named, not described.
  const scope = await scopeFor(ctx.db, ctx.actor, 'registry.read');
  const show = (other: string) => {
    const o = byId.get(other);
    if (!o) return null;
    return inScope(scope, o.id) ? presentOrg(o) : { id: o.id, name: o.name, code: o.code, readable: false as const };
  };
  const memberRows = await ctx.db
    .select({
      year: clusterMembers.year,
      role: clusterMembers.role,
      clusterId: clusters.id,
      clusterName: clusters.name,
    })
    .from(clusterMembers)
    .innerJoin(clusters, and(eq(clusters.tenantId, clusterMembers.tenantId), eq(clusters.id, clusterMembers.clusterId)))
    .where(and(eq(clusterMembers.tenantId, t), eq(clusterMembers.orgId, id)))
    .orderBy(asc(clusterMembers.year));
  const linkOut = (l: typeof orgLinks.$inferSelect, other: string) => ({
    kind: l.kind as OrgLinkKind,
    kindLabel: ORG_LINK_KIND_LABELS[l.kind as OrgLinkKind],
    org: show(other),
    effectiveDate: l.effectiveDate,
    decisionRef: l.decisionRef,
    note: l.note,
  });
  return {
    ...presentOrg(org),
    parent: org.parentId ? show(org.parentId) : null,
    predecessors: links.filter((l) => l.toOrgId === id).map((l) => linkOut(l, l.fromOrgId)),
    successors: links.filter((l) => l.fromOrgId === id).map((l) => linkOut(l, l.toOrgId)),
    clusters: memberRows,
  };
}

export async function createOrganisation(ctx: Ctx, input: z.output<typeof OrgCreateBody>) {
  await requireOrgAccess(ctx.db, ctx.actor, 'org.manage', input.parentId);
  const t = ctx.actor.tenantId;
  const row = {
    tenantId: t,
    id: crypto.randomUUID(),
    parentId: input.parentId,
    type: input.type,
    code: input.code,
    name: input.name,
    shortName: input.shortName,
    address: input.address,
    searchKey: searchKey(`${input.name} ${input.shortName ?? ''} ${input.code}`),
    sortKey: textSortKey(input.name),
    effectiveFrom: input.effectiveFrom ?? isoDateInVietnam(ctx.now),
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  try {
    await ctx.db.transaction(async (tx) => {
      const [dup] = await tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(and(eq(organisations.tenantId, t), eq(organisations.code, input.code)));
      if (dup) throw codeTaken(input.code);
      await tx.insert(organisations).values(row);
      await recordAudit(tx, ctx, {
        action: 'organisation.create',
        entityType: 'organisation',
        entityId: row.id,
        orgId: row.id,
        summary: `Thêm cơ quan, đơn vị "${row.name}"`,
        after: presentOrg(row as OrgRow),
      });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw codeTaken(input.code);
    throw e;
  }
  // A new organisation has no end date (the row's default), said explicitly as the schema does.
  return { ...presentOrg(row as OrgRow), effectiveTo: null };
}

export async function updateOrganisation(ctx: Ctx, id: string, input: z.output<typeof OrgUpdateBody>) {
  await requireOrgAccess(ctx.db, ctx.actor, 'org.manage', id);
  const before = await loadOrg(ctx, id);
  const { reason, ...changes } = input;
  const next = {
    ...before,
    ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
  } as OrgRow;
  if (next.effectiveTo && next.effectiveTo < next.effectiveFrom) {
    throw invalid([
      { field: 'effectiveTo', label: 'Ngày hết hiệu lực', message: 'Ngày hết hiệu lực phải sau ngày hiệu lực.' },
    ]);
  }
  try {
    await ctx.db.transaction(async (tx) => {
      await tx
        .update(organisations)
        .set({
          type: next.type,
          code: next.code,
          name: next.name,
          shortName: next.shortName,
          address: next.address,
          effectiveFrom: next.effectiveFrom,
          effectiveTo: next.effectiveTo,
          tdktOffice: next.tdktOffice,
          searchKey: searchKey(`${next.name} ${next.shortName ?? ''} ${next.code}`),
          sortKey: textSortKey(next.name),
          updatedAt: ctx.now,
        })
        .where(and(eq(organisations.tenantId, ctx.actor.tenantId), eq(organisations.id, id)));
      await recordAudit(tx, ctx, {
        action: 'organisation.update',
        entityType: 'organisation',
        entityId: id,
        orgId: id,
        summary: `Sửa thông tin cơ quan, đơn vị "${next.name}"`,
        before: presentOrg(before),
        after: presentOrg(next),
        reason,
      });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw codeTaken(next.code);
    throw e;
  }
  return presentOrg(next);
}

/**
 * Records that organisations were merged (split, renamed…) into another. The predecessors stay
 * in the registry with their history, closed the day before; people's records stay attached.
 */
export async function linkOrganisations(ctx: Ctx, input: z.output<typeof OrgMergeBody>) {
  await requireOrgAccess(ctx.db, ctx.actor, 'org.manage', input.toOrgId);
  for (const from of input.fromOrgIds) {
    if (from === input.toOrgId) {
      throw invalid([{ field: 'fromOrgIds', label: 'Đơn vị cũ', message: 'Đơn vị cũ và đơn vị mới phải khác nhau.' }]);
    }
    await requireOrgAccess(ctx.db, ctx.actor, 'org.manage', from);
  }
  const to = await loadOrg(ctx, input.toOrgId);
  const dayBefore = new Date(Date.parse(input.effectiveDate) - 86400_000).toISOString().slice(0, 10);
  await ctx.db.transaction(async (tx) => {
    for (const fromId of input.fromOrgIds) {
      const from = await loadOrg({ ...ctx, db: tx as never }, fromId);
      const [dup] = await tx
        .select({ id: orgLinks.id })
        .from(orgLinks)
        .where(
          and(eq(orgLinks.tenantId, ctx.actor.tenantId), eq(orgLinks.fromOrgId, fromId), eq(orgLinks.toOrgId, to.id)),
        );
      if (dup) throw refuse('ORG_LINK_EXISTS', `"${from.name}" đã được ghi nhận chuyển thành "${to.name}".`);
      const link = {
        tenantId: ctx.actor.tenantId,
        id: crypto.randomUUID(),
        kind: input.kind,
        fromOrgId: fromId,
        toOrgId: to.id,
        effectiveDate: input.effectiveDate,
        decisionRef: input.decisionRef,
        note: input.note,
        createdAt: ctx.now,
      };
      await tx.insert(orgLinks).values(link);
      if (input.kind === 'merge' && !from.effectiveTo) {
        await tx
          .update(organisations)
          .set({ effectiveTo: dayBefore, updatedAt: ctx.now })
          .where(and(eq(organisations.tenantId, ctx.actor.tenantId), eq(organisations.id, fromId)));
      }
      await recordAudit(tx, ctx, {
        action: 'organisation.link',
        entityType: 'organisation',
        entityId: fromId,
        orgId: to.id,
        summary: `${ORG_LINK_KIND_LABELS[input.kind]}: "${from.name}" → "${to.name}" từ ngày ${formatDateVN(input.effectiveDate)}`,
        before: presentOrg(from),
        after: link,
      });
    }
  });
  return getOrganisation(ctx, to.id);
}

export async function listClusters(ctx: Ctx) {
  const t = ctx.actor.tenantId;
  const scope = await scopeFor(ctx.db, ctx.actor, 'registry.read');
  const rows = await ctx.db.select().from(clusters).where(eq(clusters.tenantId, t)).orderBy(asc(clusters.code));
  const members = await ctx.db
    .select({
      clusterId: clusterMembers.clusterId,
      year: clusterMembers.year,
      role: clusterMembers.role,
      orgId: organisations.id,
      orgName: organisations.name,
    })
    .from(clusterMembers)
    .innerJoin(
      organisations,
      and(eq(organisations.tenantId, clusterMembers.tenantId), eq(organisations.id, clusterMembers.orgId)),
    )
    .where(eq(clusterMembers.tenantId, t))
    .orderBy(asc(clusterMembers.year), asc(organisations.sortKey));
  return rows
    .filter(
      (c) => inScope(scope, c.organiserOrgId) || members.some((m) => m.clusterId === c.id && inScope(scope, m.orgId)),
    )
    .map((c) => ({
      id: c.id,
      kind: c.kind,
      code: c.code,
      name: c.name,
      organiserOrgId: c.organiserOrgId,
      members: members.filter((m) => m.clusterId === c.id).map(({ clusterId: _c, ...m }) => m),
    }));
}

export async function createCluster(ctx: Ctx, input: z.output<typeof ClusterBody>) {
  await requireOrgAccess(ctx.db, ctx.actor, 'org.manage', input.organiserOrgId);
  const row = { tenantId: ctx.actor.tenantId, id: crypto.randomUUID(), ...input, createdAt: ctx.now };
  try {
    await ctx.db.transaction(async (tx) => {
      await tx.insert(clusters).values(row);
      await recordAudit(tx, ctx, {
        action: 'cluster.create',
        entityType: 'cluster',
        entityId: row.id,
        orgId: input.organiserOrgId,
        summary: `Thành lập "${input.name}"`,
        after: input,
      });
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw refuse('CLUSTER_CODE_TAKEN', `Mã cụm, khối "${input.code}" đã được dùng.`, [
        { field: 'code', label: 'Mã', message: 'Mã đã được dùng.' },
      ]);
    throw e;
  }
  return row;
}

/** Sets the members of a cluster for one year, with exactly one leader and at most one deputy. */
export async function setClusterYear(ctx: Ctx, clusterId: string, input: z.output<typeof ClusterYearBody>) {
  const t = ctx.actor.tenantId;
  const [cluster] = await ctx.db
    .select()
    .from(clusters)
    .where(and(eq(clusters.tenantId, t), eq(clusters.id, clusterId)));
  if (!cluster) throw notFound('cụm, khối thi đua');
  await requireOrgAccess(ctx.db, ctx.actor, 'org.manage', cluster.organiserOrgId);
  const leaders = input.members.filter((m) => m.role === 'leader').length;
  const deputies = input.members.filter((m) => m.role === 'deputy').length;
  if (leaders !== 1)
    throw invalid([
      {
        field: 'members',
        label: 'Thành viên',
        message: `Năm ${input.year} phải có đúng một đơn vị Cụm trưởng (Khối trưởng).`,
      },
    ]);
  if (deputies > 1)
    throw invalid([
      { field: 'members', label: 'Thành viên', message: `Năm ${input.year} chỉ có một đơn vị Cụm phó (Khối phó).` },
    ]);
  const ids = input.members.map((m) => m.orgId);
  if (new Set(ids).size !== ids.length)
    throw invalid([{ field: 'members', label: 'Thành viên', message: 'Một đơn vị được chọn hai lần.' }]);
  const found = await ctx.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.tenantId, t), inArray(organisations.id, ids)));
  if (found.length !== ids.length)
    throw invalid([{ field: 'members', label: 'Thành viên', message: 'Có đơn vị thành viên không tồn tại.' }]);
  await ctx.db.transaction(async (tx) => {
    const before = await tx
      .select()
      .from(clusterMembers)
      .where(
        and(
          eq(clusterMembers.tenantId, t),
          eq(clusterMembers.clusterId, clusterId),
          eq(clusterMembers.year, input.year),
        ),
      );
    await tx
      .delete(clusterMembers)
      .where(
        and(
          eq(clusterMembers.tenantId, t),
          eq(clusterMembers.clusterId, clusterId),
          eq(clusterMembers.year, input.year),
        ),
      );
    await tx
      .insert(clusterMembers)
      .values(input.members.map((m) => ({ tenantId: t, clusterId, year: input.year, orgId: m.orgId, role: m.role })));
    await recordAudit(tx, ctx, {
      action: 'cluster.set_year',
      entityType: 'cluster',
      entityId: clusterId,
      orgId: cluster.organiserOrgId,
      summary: `Cập nhật thành viên "${cluster.name}" năm ${input.year}`,
      before: before.map((m) => ({ orgId: m.orgId, role: m.role })),
      after: input.members,
    });
  });
  const updated = (await listClusters(ctx)).find((c) => c.id === clusterId);
  if (!updated) throw notFound('cụm, khối thi đua');
  return updated;
}
