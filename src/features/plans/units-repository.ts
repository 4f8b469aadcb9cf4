// SQL of units' own plans under a plan (issue 14 item 4): the units a plan asks to send their plans
// (`plan_unit_requests`, by the plan's `units_due`), the plans they wrote (`plans.parent_plan_id`),
// their tasks rolled up under the plan that asked, and the late units the notifier tells.
import { and, asc, count, eq, inArray, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { organisations, planTasks, planUnitRequests, plans } from '../../db/schema.js';

type Q = Db | Tx;

/** The plan of `year` that asks the organisation for its own plan (the earliest such request), if any. */
export async function askingPlan(
  db: Q,
  tenantId: string,
  orgId: string,
  year: number,
): Promise<{ id: string; orgId: string; unitsDue: string } | null> {
  const [hit] = await db
    .select({ id: plans.id, orgId: plans.orgId, unitsDue: plans.unitsDue })
    .from(planUnitRequests)
    .innerJoin(plans, and(eq(plans.tenantId, planUnitRequests.tenantId), eq(plans.id, planUnitRequests.planId)))
    .where(
      and(
        eq(planUnitRequests.tenantId, tenantId),
        eq(planUnitRequests.orgId, orgId),
        eq(plans.year, year),
        isNotNull(plans.unitsDue),
        ne(plans.orgId, orgId),
      ),
    )
    .orderBy(asc(plans.createdAt), asc(plans.id))
    .limit(1);
  return hit ? { id: hit.id, orgId: hit.orgId, unitsDue: hit.unitsDue! } : null;
}

/** Whether some plan asks the organisation for its own plan (any year). */
export async function isAskedUnit(db: Q, tenantId: string, orgId: string): Promise<boolean> {
  const [hit] = await db
    .select({ id: planUnitRequests.planId })
    .from(planUnitRequests)
    .innerJoin(plans, and(eq(plans.tenantId, planUnitRequests.tenantId), eq(plans.id, planUnitRequests.planId)))
    .where(and(eq(planUnitRequests.tenantId, tenantId), eq(planUnitRequests.orgId, orgId), isNotNull(plans.unitsDue)))
    .limit(1);
  return !!hit;
}

/** The organisations a plan asks (ids). */
export async function askedOrgIds(db: Q, tenantId: string, planId: string): Promise<string[]> {
  const rows = await db
    .select({ orgId: planUnitRequests.orgId })
    .from(planUnitRequests)
    .where(and(eq(planUnitRequests.tenantId, tenantId), eq(planUnitRequests.planId, planId)));
  return rows.map((r) => r.orgId);
}

/** Direct sub-organisations of an organisation still in existence on `day` (the default units to ask). */
export async function directChildren(db: Q, tenantId: string, orgId: string, day: string): Promise<string[]> {
  const rows = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(
      and(
        eq(organisations.tenantId, tenantId),
        eq(organisations.parentId, orgId),
        sql`${organisations.effectiveFrom} <= ${day}`,
        sql`(${organisations.effectiveTo} IS NULL OR ${organisations.effectiveTo} >= ${day})`,
      ),
    )
    .orderBy(asc(organisations.sortKey), asc(organisations.id));
  return rows.map((r) => r.id);
}

/**
 * Links the plans the asked units already wrote for the plan's year (and not yet under another
 * plan) to the plan that asks; answers how many were linked.
 */
export async function linkExistingUnitPlans(
  tx: Tx,
  tenantId: string,
  plan: { id: string; year: number },
  orgIds: readonly string[],
): Promise<number> {
  if (!orgIds.length) return 0;
  const linked = await tx
    .update(plans)
    .set({ parentPlanId: plan.id })
    .where(
      and(
        eq(plans.tenantId, tenantId),
        eq(plans.year, plan.year),
        inArray(plans.orgId, [...orgIds]),
        isNull(plans.parentPlanId),
        ne(plans.id, plan.id),
      ),
    )
    .returning({ id: plans.id });
  return linked.length;
}

/** Writes the asked units (adds the new ones, removes those no longer asked). */
export async function replaceUnitRequests(
  tx: Tx,
  tenantId: string,
  planId: string,
  add: readonly string[],
  remove: readonly string[],
  now: Date,
): Promise<void> {
  if (remove.length)
    await tx
      .delete(planUnitRequests)
      .where(
        and(
          eq(planUnitRequests.tenantId, tenantId),
          eq(planUnitRequests.planId, planId),
          inArray(planUnitRequests.orgId, [...remove]),
        ),
      );
  if (add.length)
    await tx
      .insert(planUnitRequests)
      .values(add.map((orgId) => ({ tenantId, planId, orgId, createdAt: now })))
      .onConflictDoNothing();
}

/**
 * "Copy to next year" keeps the request: the same units asked by the copy (its date already moved a
 * year on), and next year's plans those units already wrote linked to it. Not the units' plans.
 */
export async function copyUnitRequests(
  tx: Tx,
  tenantId: string,
  fromPlanId: string,
  to: { id: string; year: number; unitsDue: string | null },
  now: Date,
): Promise<void> {
  if (!to.unitsDue) return;
  const orgIds = await askedOrgIds(tx, tenantId, fromPlanId);
  await replaceUnitRequests(tx, tenantId, to.id, orgIds, [], now);
  await linkExistingUnitPlans(tx, tenantId, to, orgIds);
}

export interface AskedUnitRow {
  orgId: string;
  orgName: string;
  planId: string | null;
  planStatus: 'draft' | 'issued' | null;
  sentAt: Date | null;
  taskCount: number;
}

/** The units a plan asks, in the organisation tree's order, each with the plan it wrote under it. */
export async function askedUnits(db: Q, tenantId: string, planId: string): Promise<AskedUnitRow[]> {
  const rows = await db
    .select({
      orgId: planUnitRequests.orgId,
      orgName: organisations.name,
      planId: plans.id,
      planStatus: plans.status,
      sentAt: plans.sentAt,
      taskCount: sql<number>`(SELECT count(*)::int FROM plan_tasks pt WHERE pt.tenant_id = ${plans.tenantId} AND pt.plan_id = ${plans.id})`,
    })
    .from(planUnitRequests)
    .innerJoin(
      organisations,
      and(eq(organisations.tenantId, planUnitRequests.tenantId), eq(organisations.id, planUnitRequests.orgId)),
    )
    .leftJoin(
      plans,
      and(
        eq(plans.tenantId, planUnitRequests.tenantId),
        eq(plans.parentPlanId, planUnitRequests.planId),
        eq(plans.orgId, planUnitRequests.orgId),
      ),
    )
    .where(and(eq(planUnitRequests.tenantId, tenantId), eq(planUnitRequests.planId, planId)))
    .orderBy(asc(organisations.sortKey), asc(organisations.id));
  return rows.map((r) => ({ ...r, taskCount: Number(r.taskCount ?? 0) }));
}

/** The units' plans written under a plan, whichever units (ids). */
export async function unitPlanIds(db: Q, tenantId: string, planId: string): Promise<string[]> {
  const rows = await db
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.tenantId, tenantId), eq(plans.parentPlanId, planId)));
  return rows.map((r) => r.id);
}

/**
 * The tasks of the units' plans under a plan, grouped by unit (the tree's order), then in each
 * plan's order; filtered by one unit if asked, paged in SQL.
 */
export async function unitTasksPage(
  db: Q,
  tenantId: string,
  planId: string,
  q: { orgId?: string; page: number; pageSize: number },
) {
  const where = and(
    eq(plans.tenantId, tenantId),
    eq(plans.parentPlanId, planId),
    q.orgId ? eq(plans.orgId, q.orgId) : undefined,
  );
  const join = and(eq(planTasks.tenantId, plans.tenantId), eq(planTasks.planId, plans.id));
  const [[counted], rows] = await Promise.all([
    db.select({ n: count() }).from(planTasks).innerJoin(plans, join).where(where),
    db
      .select({ task: planTasks, year: plans.year, orgId: plans.orgId, orgName: organisations.name })
      .from(planTasks)
      .innerJoin(plans, join)
      .innerJoin(organisations, and(eq(organisations.tenantId, plans.tenantId), eq(organisations.id, plans.orgId)))
      .where(where)
      .orderBy(asc(organisations.sortKey), asc(plans.orgId), asc(planTasks.position), asc(planTasks.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
  ]);
  return { rows, total: Number(counted?.n ?? 0) };
}

export interface LateUnitRow {
  tenantId: string;
  planId: string;
  orgId: string;
  orgName: string;
  askingOrgId: string;
  askingOrgName: string;
  year: number;
  unitsDue: string;
}

function rowsOf<T>(r: unknown): T[] {
  return ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];
}

/**
 * Asked units whose date has passed (before `today`) without their plan sent, not yet told for that
 * date, by key after `after`.
 */
export async function lateUnitsPage(
  db: Q,
  today: string,
  after: { tenantId: string; planId: string; orgId: string } | null,
  limit: number,
): Promise<LateUnitRow[]> {
  return rowsOf<LateUnitRow>(
    await db.execute(sql`
    SELECT r.tenant_id AS "tenantId", r.plan_id AS "planId", r.org_id AS "orgId", o.name AS "orgName",
           p.org_id AS "askingOrgId", po.name AS "askingOrgName", p.year, p.units_due::text AS "unitsDue"
    FROM plan_unit_requests r
    JOIN plans p ON p.tenant_id = r.tenant_id AND p.id = r.plan_id
    JOIN organisations o ON o.tenant_id = r.tenant_id AND o.id = r.org_id
    JOIN organisations po ON po.tenant_id = p.tenant_id AND po.id = p.org_id
    WHERE p.units_due IS NOT NULL AND p.units_due < ${today}::date
      AND r.late_notified_for IS DISTINCT FROM p.units_due
      ${after ? sql`AND (r.tenant_id, r.plan_id, r.org_id) > (${after.tenantId}::uuid, ${after.planId}::uuid, ${after.orgId}::uuid)` : sql``}
      AND NOT EXISTS (SELECT 1 FROM plans u WHERE u.tenant_id = r.tenant_id AND u.parent_plan_id = r.plan_id
                      AND u.org_id = r.org_id AND u.sent_at IS NOT NULL)
    ORDER BY r.tenant_id, r.plan_id, r.org_id
    LIMIT ${limit}`),
  );
}

/** Claims the late notices (one per unit and date); answers the units this run claimed. */
export async function claimLateNotices(
  tx: Tx,
  tenantId: string,
  planId: string,
  unitsDue: string,
  orgIds: readonly string[],
  now: Date,
): Promise<Set<string>> {
  if (!orgIds.length) return new Set();
  const claimed = await tx
    .update(planUnitRequests)
    .set({ lateNotifiedFor: unitsDue, lateNotifiedAt: now })
    .where(
      and(
        eq(planUnitRequests.tenantId, tenantId),
        eq(planUnitRequests.planId, planId),
        inArray(planUnitRequests.orgId, [...orgIds]),
        sql`${planUnitRequests.lateNotifiedFor} IS DISTINCT FROM ${unitsDue}::date`,
      ),
    )
    .returning({ orgId: planUnitRequests.orgId });
  return new Set(claimed.map((c) => c.orgId));
}
