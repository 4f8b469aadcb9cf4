// Use cases of units' own plans under a plan (issue 14 item 4; seed 000 §IV.6: the ward asks its
// units and villages to send their plans before 10/02/2026). The plan's standing office asks chosen
// sub-organisations (by default its direct ones) to send their plans by a date; a unit writes its
// plan (blank or imported: createPlan links it to the plan that asked) or uploads its signed copy,
// then sends it; the plan that asked shows who sent (when), who is late and the units' tasks; the
// late units are told once per date by the overdue check (`notifyLateUnitPlans`).
// Every write checks the policy first and is audited in its transaction.
import { runKeyedBatches } from '../../server/batch-loop.js';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import type { Db, Tx } from '../../db/client.js';
import { notifications, organisations, planTasks, plans } from '../../db/schema.js';
import { isOverdue, taskDeadline } from '../../domain/plans/index.js';
import { formatDateVN, isoDateInVietnam } from '../../domain/vi-text/index.js';
import { now as clockNow } from '../../server/clock.js';
import type { Ctx } from '../../server/context.js';
import { invalid, notFound, refuse } from '../../server/errors.js';
import { can, canWritePlan, requireWritePlan } from '../../server/policy.js';
import { withUploadSlot } from '../../server/upload-gate.js';
import { appendAudit, recordAudit } from '../audit/append.js';
import { filesOf, loadFile, storeFile } from '../files/store.js';
import { notify, usersWithPermission } from '../notifications/service.js';
import { requireOrgAccess, scopeFor } from '../organisations/scope.js';
import { subtreeIds } from '../organisations/tree.js';
import {
  askedOrgIds,
  askedUnits,
  claimLateNotices,
  directChildren,
  lateUnitsPage,
  linkExistingUnitPlans,
  replaceUnitRequests,
  unitTasksPage,
} from './units-repository.js';
import type { UnitRequestBody, UnitTasksQuery } from './units-schema.js';

type PlanRow = typeof plans.$inferSelect;
type UnitState = 'sent' | 'late' | 'pending';

/** Stored signed copies of a plan (the files store's owner type). */
const SIGNED = 'plan_signed';

/** The actor reported on notices sent by the background check. */
const SYSTEM = 'Hệ thống (nhắc hạn tự động)';

async function loadPlan(db: Db | Tx, tenantId: string, id: string): Promise<PlanRow> {
  const [p] = await db
    .select()
    .from(plans)
    .where(and(eq(plans.tenantId, tenantId), eq(plans.id, id)));
  if (!p) throw notFound('kế hoạch này');
  return p;
}

/** The plan if the actor may read its organisation (404 otherwise), with that organisation's chain. */
async function readablePlan(ctx: Ctx, id: string) {
  const p = await loadPlan(ctx.db, ctx.actor.tenantId, id);
  try {
    return { p, chain: await requireOrgAccess(ctx.db, ctx.actor, 'registry.read', p.orgId) };
  } catch {
    throw notFound('kế hoạch này');
  }
}

async function orgName(db: Db | Tx, tenantId: string, id: string): Promise<string> {
  const [o] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.tenantId, tenantId), eq(organisations.id, id)));
  return o?.name ?? '';
}

/** Where a unit stands: sent, late (the date has passed, not sent) or not yet due. */
export function unitState(dueOn: string, sentAt: Date | null, today: string): UnitState {
  if (sentAt) return 'sent';
  return dueOn < today ? 'late' : 'pending';
}

// ─── The request ───

/**
 * Asks units to send their own plans by a date: the chosen sub-organisations of the plan's
 * organisation (by default its direct ones in existence), replacing the units asked before. A unit
 * whose plan is already written under this plan stays asked. Plans those units already wrote for
 * the year are linked to this one. Only the plan's standing office may ask (never a unit's clerk).
 */
export async function requestUnitPlans(ctx: Ctx, planId: string, input: z.output<typeof UnitRequestBody>) {
  const t = ctx.actor.tenantId;
  const { p } = await readablePlan(ctx, planId);
  await requireOrgAccess(ctx.db, ctx.actor, 'plan.manage', p.orgId);
  const year = Number(input.dueOn.slice(0, 4));
  if (year !== p.year && year !== p.year - 1) {
    throw invalid([
      {
        field: 'dueOn',
        label: 'Hạn gửi kế hoạch',
        message: `Hạn gửi kế hoạch phải thuộc năm ${p.year - 1} hoặc ${p.year}.`,
      },
    ]);
  }
  const today = isoDateInVietnam(ctx.now);
  const wanted = input.orgIds
    ? [...new Set(input.orgIds)]
    : await directChildren(ctx.db, t, p.orgId, today < input.dueOn ? today : input.dueOn);
  if (!wanted.length) {
    throw invalid([
      { field: 'orgIds', label: 'Đơn vị được yêu cầu', message: 'Đơn vị chưa có đơn vị trực thuộc nào để yêu cầu.' },
    ]);
  }
  // Units below the plan's organisation only (not itself).
  const below = new Set(await subtreeIds(ctx.db, t, [p.orgId]));
  below.delete(p.orgId);
  const stray = wanted.filter((id) => !below.has(id));
  if (stray.length) {
    throw invalid([
      {
        field: 'orgIds',
        label: 'Đơn vị được yêu cầu',
        message: 'Chỉ yêu cầu được các đơn vị trực thuộc của đơn vị lập kế hoạch.',
      },
    ]);
  }
  const before = await askedOrgIds(ctx.db, t, planId);
  const units = await askedUnits(ctx.db, t, planId);
  const withPlan = new Set(units.filter((u) => u.planId).map((u) => u.orgId));
  const keep = new Set(wanted);
  const removed = before.filter((id) => !keep.has(id));
  const blocked = removed.filter((id) => withPlan.has(id));
  if (blocked.length) {
    const names = units.filter((u) => blocked.includes(u.orgId)).map((u) => u.orgName);
    throw refuse('PLAN_UNIT_HAS_PLAN', `Không bỏ yêu cầu được: ${names.join(', ')} đã lập kế hoạch theo yêu cầu này.`, [
      { field: 'orgIds', label: 'Đơn vị được yêu cầu', message: 'Đơn vị đã lập kế hoạch vẫn phải được yêu cầu.' },
    ]);
  }
  const added = wanted.filter((id) => !before.includes(id));
  const linked = await ctx.db.transaction(async (tx) => {
    await tx
      .update(plans)
      .set({ unitsDue: input.dueOn, updatedAt: ctx.now })
      .where(and(eq(plans.tenantId, t), eq(plans.id, planId)));
    await replaceUnitRequests(tx, t, planId, added, removed, ctx.now);
    const n = await linkExistingUnitPlans(tx, t, p, wanted);
    await recordAudit(tx, ctx, {
      action: 'plan.units.request',
      entityType: 'plan',
      entityId: planId,
      orgId: p.orgId,
      summary: `Yêu cầu ${wanted.length} đơn vị gửi kế hoạch thi đua, khen thưởng năm ${p.year} trước ngày ${formatDateVN(input.dueOn)}`,
      before: p.unitsDue ? { dueOn: p.unitsDue, orgIds: before } : null,
      after: { dueOn: input.dueOn, orgIds: wanted, added, removed, linkedPlans: n },
      reason: input.reason,
    });
    return n;
  });
  return { ...(await getUnitPlans(ctx, planId)), linked };
}

// ─── Reading ───

/** What a plan asks of its units and where each stands; for a unit's plan, the plan that asked. */
export async function getUnitPlans(ctx: Ctx, planId: string) {
  const t = ctx.actor.tenantId;
  const { p, chain } = await readablePlan(ctx, planId);
  const today = isoDateInVietnam(ctx.now);
  let request = null;
  if (p.unitsDue) {
    const due = p.unitsDue;
    const units = (await askedUnits(ctx.db, t, planId)).map((u) => {
      const sentOn = u.sentAt ? isoDateInVietnam(u.sentAt) : null;
      return {
        orgId: u.orgId,
        orgName: u.orgName,
        planId: u.planId,
        planStatus: u.planStatus,
        taskCount: u.taskCount,
        sentAt: u.sentAt?.toISOString() ?? null,
        sentOn,
        sentLate: !!sentOn && sentOn > due,
        state: unitState(due, u.sentAt, today),
      };
    });
    const counts = { sent: 0, late: 0, pending: 0 };
    for (const u of units) counts[u.state] += 1;
    request = { dueOn: due, units, counts };
  }
  let parent = null;
  if (p.parentPlanId) {
    const up = await loadPlan(ctx.db, t, p.parentPlanId);
    const dueOn = up.unitsDue ?? `${p.year}-12-31`;
    parent = {
      planId: up.id,
      orgName: await orgName(ctx.db, t, up.orgId),
      year: up.year,
      dueOn,
      sentAt: p.sentAt?.toISOString() ?? null,
      sentOn: p.sentAt ? isoDateInVietnam(p.sentAt) : null,
      state: unitState(dueOn, p.sentAt, today),
    };
  }
  const signedFiles = await filesOf(ctx.db, t, SIGNED, [planId]);
  return {
    request,
    parent,
    signedFiles,
    canRequest: can(ctx.actor, 'plan.manage', chain),
    canSend: !!p.parentPlanId && !p.sentAt && canWritePlan(ctx.actor, chain, true),
  };
}

/** The tasks of the units' plans under a plan, grouped by unit, paged (optionally one unit). */
export async function listUnitTasks(ctx: Ctx, planId: string, q: z.output<typeof UnitTasksQuery>) {
  const t = ctx.actor.tenantId;
  await readablePlan(ctx, planId);
  const { rows, total } = await unitTasksPage(ctx.db, t, planId, q);
  const today = isoDateInVietnam(ctx.now);
  return {
    items: rows.map((r) => ({
      id: r.task.id,
      planId: r.task.planId,
      orgId: r.orgId,
      orgName: r.orgName,
      position: r.task.position,
      quarter: r.task.quarter,
      title: r.task.title,
      lead: r.task.lead,
      due: r.task.due,
      deadline: taskDeadline(r.task, r.year),
      status: r.task.status,
      overdue: isOverdue(r.task, r.year, today),
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/**
 * The requests addressed to the units the actor may write plans for, this year's and last year's
 * (a unit's clerk starts here), except those the actor makes: at most 50, the latest date first.
 */
export async function listMyUnitRequests(ctx: Ctx) {
  const t = ctx.actor.tenantId;
  const scope = await scopeFor(ctx.db, ctx.actor, 'plan.unit.manage');
  if (scope && !scope.size) return { items: [] };
  // Not the requests the actor makes (the office of the plan that asks sees them on that plan).
  const office = await scopeFor(ctx.db, ctx.actor, 'plan.manage');
  if (office === null) return { items: [] };
  const year = Number(isoDateInVietnam(ctx.now).slice(0, 4));
  const rows = await ctx.db.execute(sql`
    SELECT p.id AS "askingPlanId", po.name AS "askingOrgName", p.year, p.units_due::text AS "dueOn",
           r.org_id AS "orgId", o.name AS "orgName", u.id AS "planId", u.sent_at AS "sentAt"
    FROM plan_unit_requests r
    JOIN plans p ON p.tenant_id = r.tenant_id AND p.id = r.plan_id
    JOIN organisations o ON o.tenant_id = r.tenant_id AND o.id = r.org_id
    JOIN organisations po ON po.tenant_id = p.tenant_id AND po.id = p.org_id
    LEFT JOIN plans u ON u.tenant_id = r.tenant_id AND u.parent_plan_id = r.plan_id AND u.org_id = r.org_id
    WHERE r.tenant_id = ${t} AND p.units_due IS NOT NULL AND p.year >= ${year - 1}
      ${
        scope
          ? sql`AND r.org_id IN (${sql.join(
              [...scope].map((id) => sql`${id}`),
              sql`, `,
            )})`
          : sql``
      }
      ${
        office.size
          ? sql`AND p.org_id NOT IN (${sql.join(
              [...office].map((id) => sql`${id}`),
              sql`, `,
            )})`
          : sql``
      }
    ORDER BY p.units_due DESC, o.sort_key, r.org_id
    LIMIT 50`);
  const list = ((rows as { rows?: unknown[] }).rows ?? rows) as {
    askingPlanId: string;
    askingOrgName: string;
    year: number;
    dueOn: string;
    orgId: string;
    orgName: string;
    planId: string | null;
    sentAt: Date | string | null;
  }[];
  const today = isoDateInVietnam(ctx.now);
  return {
    items: list.map((r) => {
      const sentAt = r.sentAt ? new Date(r.sentAt) : null;
      return {
        ...r,
        year: Number(r.year),
        sentAt: sentAt?.toISOString() ?? null,
        state: unitState(r.dueOn, sentAt, today),
      };
    }),
  };
}

// ─── The unit's side ───

/** A unit's own plan the actor may write (its clerks or the standing office). */
async function writableUnitPlan(ctx: Ctx, planId: string) {
  const { p, chain } = await readablePlan(ctx, planId);
  requireWritePlan(ctx.actor, chain, p.parentPlanId !== null);
  if (!p.parentPlanId)
    throw refuse('PLAN_NOT_ASKED', 'Kế hoạch này không được kế hoạch cấp trên yêu cầu gửi, nên không có nơi để gửi.');
  return p;
}

/** Keeps the unit's signed copy of its plan (PDF, DOCX or an image), audited. */
export async function uploadSignedPlan(ctx: Ctx, planId: string, fileName: string, bytes: Uint8Array) {
  const p = await writableUnitPlan(ctx, planId);
  return withUploadSlot(ctx.actor.tenantId, () =>
    storeFile(ctx, {
      ownerType: SIGNED,
      ownerId: planId,
      fileName,
      bytes,
      orgId: p.orgId,
      label: `bản ký kế hoạch thi đua, khen thưởng năm ${p.year}`,
    }),
  );
}

export async function readSignedPlan(ctx: Ctx, planId: string, fileId: string) {
  await readablePlan(ctx, planId);
  const f = await loadFile(ctx.db, ctx.actor.tenantId, fileId);
  if (f.ownerType !== SIGNED || f.ownerId !== planId) throw notFound('tệp');
  return f;
}

/**
 * Sends a unit's plan to the plan that asked for it: issued from now on, with the time it was
 * sent; the standing office of the plan that asked is told. A plan with no task and no signed copy
 * is not sent; a plan is sent once.
 */
export async function sendUnitPlan(ctx: Ctx, planId: string) {
  const t = ctx.actor.tenantId;
  const p = await writableUnitPlan(ctx, planId);
  if (p.sentAt)
    throw refuse(
      'PLAN_ALREADY_SENT',
      `Kế hoạch đã được gửi ngày ${formatDateVN(isoDateInVietnam(p.sentAt))}; không gửi lại.`,
    );
  const up = await loadPlan(ctx.db, t, p.parentPlanId!);
  const [[tasks], signed] = await Promise.all([
    ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(planTasks)
      .where(and(eq(planTasks.tenantId, t), eq(planTasks.planId, planId))),
    filesOf(ctx.db, t, SIGNED, [planId]),
  ]);
  if (!Number(tasks?.n ?? 0) && !signed.length)
    throw refuse(
      'PLAN_UNIT_EMPTY',
      'Kế hoạch chưa có nhiệm vụ nào và chưa có bản đã ký; hãy thêm nhiệm vụ, nhập từ tệp hoặc tải lên bản kế hoạch đã ký trước khi gửi.',
    );
  const [name, upName] = await Promise.all([orgName(ctx.db, t, p.orgId), orgName(ctx.db, t, up.orgId)]);
  const today = isoDateInVietnam(ctx.now);
  const late = !!up.unitsDue && up.unitsDue < today;
  await ctx.db.transaction(async (tx) => {
    const [done] = await tx
      .update(plans)
      .set({ sentAt: ctx.now, status: 'issued', updatedAt: ctx.now })
      .where(and(eq(plans.tenantId, t), eq(plans.id, planId), sql`${plans.sentAt} IS NULL`))
      .returning({ id: plans.id });
    if (!done) throw refuse('PLAN_ALREADY_SENT', 'Kế hoạch vừa được gửi; không gửi lại.');
    await recordAudit(tx, ctx, {
      action: 'plan.send',
      entityType: 'plan',
      entityId: planId,
      orgId: p.orgId,
      summary: `${name} gửi kế hoạch thi đua, khen thưởng năm ${p.year} lên ${upName}${late ? ' (sau hạn)' : ''}`,
      before: { status: p.status, sentAt: null },
      after: { status: 'issued', sentAt: ctx.now.toISOString(), parentPlanId: up.id, signedFiles: signed.length },
    });
    const office = (await usersWithPermission(tx, t, 'plan.manage', [up.orgId])).filter((u) => u !== ctx.actor.userId);
    await notify(
      tx,
      t,
      office,
      {
        kind: 'plan.unit.sent',
        title: `${name} đã gửi kế hoạch năm ${p.year}`,
        body: `${name} đã gửi kế hoạch công tác thi đua, khen thưởng năm ${p.year}${late ? ' (sau hạn)' : ''}.`,
        link: `/ke-hoach/${up.id}?tab=units`,
      },
      ctx.now,
    );
  });
  return getUnitPlans(ctx, planId);
}

// ─── Late units ───

export interface LateUnitCheckOptions {
  batchSize?: number;
  pauseMs?: number;
  signal?: AbortSignal;
}

/**
 * Tells each asked unit whose date has passed without its plan sent, once per date: the unit's own
 * plan writers (`plan.unit.manage` granted on it); and the standing office of the plan that asked
 * gets one notice per plan and page listing the late units. The notice is claimed on the request
 * row in the same transaction (`late_notified_for` = the date), so a rerun, a restart or a second
 * server tells nobody twice, and a new date tells again. Runs inside the overdue check (one
 * scheduler): small pages by key, each in its own transaction, a pause between pages.
 */
export async function notifyLateUnitPlans(
  db: Db,
  now = clockNow(),
  opts: LateUnitCheckOptions = {},
): Promise<{ told: number; notices: number }> {
  const today = isoDateInVietnam(now);
  return runKeyedBatches(
    db,
    {
      read: (after: { tenantId: string; planId: string; orgId: string } | null, limit: number) =>
        lateUnitsPage(db, today, after, limit),
      keyOf: (r) => ({ tenantId: r.tenantId, planId: r.planId, orgId: r.orgId }),
      groupOf: (r) => `${r.tenantId}:${r.planId}`,
      zero: { told: 0, notices: 0 },
      write: async (tx, _plan, group) => {
        const first = group[0]!;
        const claimed = await claimLateNotices(
          tx,
          first.tenantId,
          first.planId,
          first.unitsDue,
          group.map((u) => u.orgId),
          now,
        );
        const sent = group.filter((u) => claimed.has(u.orgId));
        if (!sent.length) return { told: 0, notices: 0 };
        const due = formatDateVN(first.unitsDue);
        const rows: (typeof notifications.$inferInsert)[] = [];
        for (const u of sent) {
          for (const userId of await usersWithPermission(tx, u.tenantId, 'plan.unit.manage', [u.orgId]))
            rows.push({
              tenantId: u.tenantId,
              id: crypto.randomUUID(),
              userId,
              kind: 'plan.unit.late',
              title: `Chậm gửi kế hoạch thi đua, khen thưởng năm ${u.year}`,
              body: `${u.askingOrgName} yêu cầu ${u.orgName} gửi kế hoạch công tác thi đua, khen thưởng năm ${u.year} trước ngày ${due}; hạn đã qua mà kế hoạch chưa được gửi.`,
              link: '/ke-hoach',
              createdAt: now,
            });
        }
        const office = await usersWithPermission(tx, first.tenantId, 'plan.manage', [first.askingOrgId]);
        const names = sent.map((u) => u.orgName);
        for (const userId of office)
          rows.push({
            tenantId: first.tenantId,
            id: crypto.randomUUID(),
            userId,
            kind: 'plan.unit.late',
            title: `${sent.length} đơn vị chậm gửi kế hoạch năm ${first.year}`,
            body: `Đã quá hạn ${due} mà chưa gửi kế hoạch: ${names.slice(0, 20).join(', ')}${names.length > 20 ? ` và ${names.length - 20} đơn vị khác` : ''}.`,
            link: `/ke-hoach/${first.planId}?tab=units`,
            createdAt: now,
          });
        for (let i = 0; i < rows.length; i += 1000) await tx.insert(notifications).values(rows.slice(i, i + 1000));
        await appendAudit(
          tx,
          { tenantId: first.tenantId, userId: null, name: SYSTEM },
          {
            action: 'plan.units.late_notice',
            entityType: 'plan',
            entityId: first.planId,
            orgId: first.askingOrgId,
            summary: `Nhắc ${sent.length} đơn vị chậm gửi kế hoạch thi đua, khen thưởng năm ${first.year} (hạn ${due})`,
            after: { orgIds: sent.map((u) => u.orgId), dueOn: first.unitsDue },
          },
          now,
        );
        return { told: sent.length, notices: rows.length };
      },
    },
    { batchSize: opts.batchSize, pauseMs: opts.pauseMs, signal: opts.signal },
  );
}
