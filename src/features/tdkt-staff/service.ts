// Use cases of the TĐKT staff list (biểu 0605.N/BNV-TĐKT counts these people): list who holds a
// post marked as emulation and commendation work in the units the actor may read, and mark or
// unmark a post (registry.write on the post's unit, audited).
import { EDUCATION_LEVEL_LABELS } from '../../domain/registry/vocab.js';
import { isoDateInVietnam } from '../../domain/vi-text/dates.js';
import { memberships } from '../../db/schema.js';
import type { Ctx } from '../../server/context.js';
import { notFound } from '../../server/errors.js';
import { offsetOf } from '../../server/paging.js';
import { recordAudit } from '../audit/append.js';
import { readableOrgCondition, requireOrgAccess } from '../organisations/scope.js';
import * as repo from './repository.js';
import type { TdktStaffItem, TdktStaffPage, TdktStaffQuery, TdktWorkBody } from './schema.js';

const present = (r: repo.StaffRow): TdktStaffItem => ({
  ...r,
  educationLabel: r.educationLevel ? EDUCATION_LEVEL_LABELS[r.educationLevel] : null,
});

/** Posts held today in the readable units, filtered by the TĐKT flag, by unit then name. */
export async function listTdktStaff(ctx: Ctx, q: TdktStaffQuery): Promise<TdktStaffPage> {
  const scope = await readableOrgCondition(ctx.db, ctx.actor, memberships.orgId, q.orgId);
  const w: repo.StaffWhere = {
    tenantId: ctx.actor.tenantId,
    scope,
    on: isoDateInVietnam(ctx.now),
    tdkt: q.tdkt,
    q: q.q,
  };
  const [total, rows] = await Promise.all([
    repo.countStaff(ctx.db, w),
    repo.listStaff(ctx.db, w, q.pageSize, offsetOf(q)),
  ]);
  return { items: rows.map(present), total, page: q.page, pageSize: q.pageSize };
}

/** Marks a post as TĐKT work or not. */
export async function setTdktWork(ctx: Ctx, membershipId: string, body: TdktWorkBody): Promise<TdktStaffItem> {
  const t = ctx.actor.tenantId;
  return ctx.db.transaction(async (tx) => {
    const before = await repo.findMembership(tx, t, membershipId);
    if (!before) throw notFound('vị trí công tác');
    await requireOrgAccess(tx, ctx.actor, 'registry.write', before.unitId);
    if (before.tdktWork === body.tdktWork) return present(before);
    await repo.setTdktWork(tx, t, membershipId, body.tdktWork);
    const after = { ...before, tdktWork: body.tdktWork };
    await recordAudit(tx, ctx, {
      action: 'membership.tdkt_work',
      entityType: 'person',
      entityId: before.personId,
      orgId: before.unitId,
      summary: body.tdktWork
        ? `Đánh dấu "${before.fullName}" làm công tác thi đua, khen thưởng tại ${before.unitName}`
        : `Bỏ đánh dấu "${before.fullName}" làm công tác thi đua, khen thưởng tại ${before.unitName}`,
      before: { membershipId, tdktWork: before.tdktWork },
      after: { membershipId, tdktWork: after.tdktWork },
    });
    return present(after);
  });
}
