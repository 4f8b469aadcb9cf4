// Use cases on councils (Hội đồng Thi đua - Khen thưởng): per organisation and term, members with
// their role in the council and their name and position as printed in the minutes. The office
// ('round.manage') creates and edits them; every write is audited in its transaction.
//
// Voting rule: a member votes because he sits on the council, not because of his account's role.
// The office's membership list is the authority (the chair, often the commune chairman with the
// 'signer' role, votes like any member); the ballot use cases check membership and attendance.
import { and, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import { councilMembers, councils, meetings, organisations } from '../../db/schema.js';
import { COUNCIL_ROLE_LABELS, COUNCIL_ROLES, type CouncilRole } from '../../domain/rounds/vocab.js';
import { ROLE_LABELS, type Role } from '../../domain/registry/vocab.js';
import { codeUnitCompare, nameSortKey } from '../../domain/vi-text/index.js';
import type { Ctx } from '../../server/context.js';
import { AppError, invalid, refuse } from '../../server/errors.js';
import { roleAllows } from '../../server/policy.js';
import { recordAudit } from '../audit/append.js';
import { accountsOutsideReach } from '../organisations/reach.js';
import { scopeSql } from '../organisations/scope.js';
import { councilMemberRows, loadCouncil, type Q, requireManage } from './access.js';
import type { CouncilCandidateQuery, CouncilCreateBody, CouncilListQuery, CouncilUpdateBody } from './schema.js';
import { grantHoldersUnder } from '../users/repository.js';
import { foldedSql, offsetOf, searchCondition } from '../../server/paging.js';

type Member = z.output<typeof CouncilCreateBody>['members'][number];
const roleOrder = (r: CouncilRole) => COUNCIL_ROLES.indexOf(r);

export function sortMembers<T extends { role: CouncilRole; fullName: string }>(ms: T[]): T[] {
  return [...ms].sort(
    (a, b) =>
      roleOrder(a.role) - roleOrder(b.role) || codeUnitCompare(nameSortKey(a.fullName), nameSortKey(b.fullName)),
  );
}

type CouncilRow = typeof councils.$inferSelect;
type MemberRow = typeof councilMembers.$inferSelect;

function councilOut(c: CouncilRow, orgName: string, meetingCount: number, members: MemberRow[]) {
  return {
    id: c.id,
    orgId: c.orgId,
    orgName,
    name: c.name,
    termFrom: c.termFrom,
    termTo: c.termTo,
    meetingCount,
    members: sortMembers(members).map((m) => ({
      userId: m.userId,
      role: m.role,
      roleLabel: COUNCIL_ROLE_LABELS[m.role],
      fullName: m.fullName,
      position: m.position,
    })),
  };
}

async function presentCouncil(db: Q, tenantId: string, c: CouncilRow) {
  const [members, [org], [counted]] = await Promise.all([
    councilMemberRows(db, tenantId, c.id),
    db
      .select({ name: organisations.name })
      .from(organisations)
      .where(and(eq(organisations.tenantId, tenantId), eq(organisations.id, c.orgId))),
    db
      .select({ n: count() })
      .from(meetings)
      .where(and(eq(meetings.tenantId, tenantId), eq(meetings.councilId, c.id))),
  ]);
  return councilOut(c, org?.name ?? '', Number(counted?.n ?? 0), members);
}

const COUNCIL_ORDER = {
  newest: sql`${councils.termFrom} DESC, ${councils.createdAt} DESC, ${councils.id}`,
  name: sql`${foldedSql(councils.name)}, ${councils.termFrom} DESC, ${councils.id}`,
} as const;

/**
 * One page of the councils of the organisations where the actor runs rounds (round.manage), the
 * reach a condition in SQL; members and meeting counts are read for the page's councils only.
 */
export async function listCouncils(ctx: Ctx, q: CouncilListQuery) {
  const t = ctx.actor.tenantId;
  const where: SQL[] = [eq(councils.tenantId, t)];
  const reach = await scopeSql(ctx.db, ctx.actor, 'round.manage', councils.orgId);
  if (reach) where.push(reach);
  if (q.orgId) where.push(eq(councils.orgId, q.orgId));
  where.push(...searchCondition(foldedSql(councils.name), q.q));
  const [[counted], rows] = await Promise.all([
    ctx.db
      .select({ total: count() })
      .from(councils)
      .where(and(...where)),
    ctx.db
      .select({ c: councils, orgName: organisations.name })
      .from(councils)
      .innerJoin(
        organisations,
        and(eq(organisations.tenantId, councils.tenantId), eq(organisations.id, councils.orgId)),
      )
      .where(and(...where))
      .orderBy(COUNCIL_ORDER[q.sort])
      .limit(q.pageSize)
      .offset(offsetOf(q)),
  ]);
  const paging = { total: counted?.total ?? 0, page: q.page, pageSize: q.pageSize };
  if (!rows.length) return { items: [], ...paging };
  const ids = rows.map((r) => r.c.id);
  const [members, meetingCounts] = await Promise.all([
    ctx.db
      .select()
      .from(councilMembers)
      .where(and(eq(councilMembers.tenantId, t), inArray(councilMembers.councilId, ids))),
    ctx.db
      .select({ councilId: meetings.councilId, n: count() })
      .from(meetings)
      .where(and(eq(meetings.tenantId, t), inArray(meetings.councilId, ids)))
      .groupBy(meetings.councilId),
  ]);
  const held = new Map(meetingCounts.map((m) => [m.councilId, Number(m.n)]));
  return {
    items: rows.map(({ c, orgName }) =>
      councilOut(
        c,
        orgName,
        held.get(c.id) ?? 0,
        members.filter((m) => m.councilId === c.id),
      ),
    ),
    ...paging,
  };
}

export async function getCouncil(ctx: Ctx, id: string) {
  const c = await loadCouncil(ctx.db, ctx.actor.tenantId, id);
  await requireManage(ctx.db, ctx.actor, c.orgId);
  return presentCouncil(ctx.db, ctx.actor.tenantId, c);
}

/**
 * Members must be active accounts within the council organisation's reach (a grant on it, inside
 * it or above it): an account of another unit is answered exactly like one that does not exist.
 */
async function checkMembers(db: Q, tenantId: string, orgId: string, members: Member[]) {
  if (!members.length) return;
  const outside = await accountsOutsideReach(
    db,
    tenantId,
    orgId,
    members.map((m) => m.userId),
  );
  const bad = members.map((m, i) => ({ m, i })).filter(({ m }) => outside.has(m.userId));
  if (bad.length) {
    throw new AppError(
      'NOT_FOUND',
      'Không tìm thấy tài khoản thành viên trong đơn vị của Hội đồng.',
      bad.map(({ i }) => ({
        field: `members.${i}.userId`,
        label: 'Tài khoản thành viên',
        message: 'Không tìm thấy tài khoản đang hoạt động này trong đơn vị của Hội đồng hoặc cấp trên.',
      })),
    );
  }
}

const memberRows = (tenantId: string, councilId: string, members: Member[]) =>
  members.map((m) => ({
    tenantId,
    councilId,
    userId: m.userId,
    role: m.role,
    fullName: m.fullName,
    position: m.position,
  }));

export async function createCouncil(ctx: Ctx, input: z.output<typeof CouncilCreateBody>) {
  await requireManage(ctx.db, ctx.actor, input.orgId);
  const t = ctx.actor.tenantId;
  await checkMembers(ctx.db, t, input.orgId, input.members);
  const id = crypto.randomUUID();
  await ctx.db.transaction(async (tx) => {
    await tx.insert(councils).values({
      tenantId: t,
      id,
      orgId: input.orgId,
      name: input.name,
      termFrom: input.termFrom,
      termTo: input.termTo ?? null,
      createdAt: ctx.now,
    });
    if (input.members.length) await tx.insert(councilMembers).values(memberRows(t, id, input.members));
    await recordAudit(tx, ctx, {
      action: 'council.create',
      entityType: 'council',
      entityId: id,
      orgId: input.orgId,
      summary: `Thành lập "${input.name}" (${input.members.length} thành viên)`,
      after: { name: input.name, termFrom: input.termFrom, termTo: input.termTo ?? null, members: input.members },
    });
  });
  return getCouncil(ctx, id);
}

export async function updateCouncil(ctx: Ctx, id: string, input: z.output<typeof CouncilUpdateBody>) {
  const t = ctx.actor.tenantId;
  const c = await loadCouncil(ctx.db, t, id);
  await requireManage(ctx.db, ctx.actor, c.orgId);
  if (input.members) await checkMembers(ctx.db, t, c.orgId, input.members);
  const termFrom = input.termFrom ?? c.termFrom;
  const termTo = input.termTo === undefined ? c.termTo : input.termTo;
  if (termTo && termTo < termFrom)
    throw invalid([
      { field: 'termTo', label: 'Nhiệm kỳ đến ngày', message: 'Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu.' },
    ]);
  const before = await presentCouncil(ctx.db, t, c);
  await ctx.db.transaction(async (tx) => {
    if (input.members) {
      const [voting] = await tx
        .select({ id: meetings.id })
        .from(meetings)
        .where(and(eq(meetings.tenantId, t), eq(meetings.councilId, id), eq(meetings.status, 'voting')));
      if (voting)
        throw refuse(
          'COUNCIL_VOTING',
          'Hội đồng đang có phiên họp bỏ phiếu: chưa thể thay đổi thành viên cho đến khi kết thúc phiên họp.',
        );
      await tx.delete(councilMembers).where(and(eq(councilMembers.tenantId, t), eq(councilMembers.councilId, id)));
      if (input.members.length) await tx.insert(councilMembers).values(memberRows(t, id, input.members));
    }
    await tx
      .update(councils)
      .set({ name: input.name ?? c.name, termFrom, termTo })
      .where(and(eq(councils.tenantId, t), eq(councils.id, id)));
    const after = { name: input.name ?? c.name, termFrom, termTo, members: input.members ?? before.members };
    await recordAudit(tx, ctx, {
      action: 'council.update',
      entityType: 'council',
      entityId: id,
      orgId: c.orgId,
      summary: `Sửa "${after.name}"`,
      before: { name: before.name, termFrom: before.termFrom, termTo: before.termTo, members: before.members },
      after,
      reason: input.reason,
    });
  });
  return getCouncil(ctx, id);
}

export async function deleteCouncil(ctx: Ctx, id: string) {
  const t = ctx.actor.tenantId;
  const c = await loadCouncil(ctx.db, t, id);
  await requireManage(ctx.db, ctx.actor, c.orgId);
  const before = await presentCouncil(ctx.db, t, c);
  if (before.meetingCount > 0)
    throw refuse(
      'COUNCIL_HAS_MEETINGS',
      'Hội đồng đã có phiên họp nên không thể xóa (biên bản dựa trên danh sách thành viên).',
    );
  await ctx.db.transaction(async (tx) => {
    await tx.delete(councilMembers).where(and(eq(councilMembers.tenantId, t), eq(councilMembers.councilId, id)));
    await tx.delete(councils).where(and(eq(councils.tenantId, t), eq(councils.id, id)));
    await recordAudit(tx, ctx, {
      action: 'council.delete',
      entityType: 'council',
      entityId: id,
      orgId: c.orgId,
      summary: `Xóa "${c.name}"`,
      before,
    });
  });
  return { ok: true };
}

/**
 * Accounts that can sit on a council of `orgId`: active users with a grant on that organisation
 * or inside it, with their position from the registry when the account is linked to a person.
 * Paged and searched in SQL (a province holds thousands); a page is shown in name order.
 */
export async function councilCandidates(ctx: Ctx, q: CouncilCandidateQuery) {
  await requireManage(ctx.db, ctx.actor, q.orgId);
  const { total, rows } = await grantHoldersUnder(ctx.db, ctx.actor.tenantId, q.orgId, {
    search: q.q,
    limit: q.pageSize,
    offset: offsetOf(q),
  });
  const items = rows.map((r) => ({
    userId: r.id,
    username: r.username,
    fullName: r.fullName,
    position: r.position ?? '',
    roles: r.roles.map((role) => ROLE_LABELS[role as Role]),
    canBallot: r.roles.some((role) => roleAllows(role as Role, 'ballot.cast')),
  }));
  return {
    items: items.sort((a, b) => codeUnitCompare(nameSortKey(a.fullName), nameSortKey(b.fullName))),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
