// Tasks linked to the work that fulfils them (a movement, a round, a news article, a unit's period
// report, an inspection, a training course or a conference): link and unlink, what each linked piece
// is and how far it has gone, and the task's status following it (src/domain/plans/links.ts) unless
// set by hand with a note. The linked work is checked through its own feature's use case (the actor
// must be able to read it); its state is read by id through that feature's repository, read-only.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { decisions, movements, planTaskLinks, planTasks, plans, rounds } from '../../db/schema.js';
import { CONFERENCE_STATUS_LABELS } from '../../domain/conferences/index.js';
import { INSPECTION_STATUS_LABELS } from '../../domain/inspections/index.js';
import { PERIOD_REPORT_STATUS_LABELS, periodReportLabel } from '../../domain/reports/annual.js';
import { TRAINING_STATUS_LABELS } from '../../domain/trainings/index.js';
import { formatDateVN } from '../../domain/vi-text/index.js';
import {
  PLAN_LINK_KIND_LABELS,
  type LinkableKind,
  type PlanLinkKind,
  statusFromLinks,
  TASK_STATUS_LABELS,
  type WorkFacts,
  workProgress,
} from '../../domain/plans/index.js';
import type { Ctx } from '../../server/context.js';
import { isUniqueViolation } from '../../server/db-errors.js';
import { notFound, refuse } from '../../server/errors.js';
import * as reportsRepo from '../annual-reports/repository.js';
import * as articlesRepo from '../articles/repository.js';
import { recordAudit } from '../audit/append.js';
import * as conferencesRepo from '../conferences/repository.js';
import { getConference } from '../conferences/service.js';
import * as inspectionsRepo from '../inspections/repository.js';
import { getInspection } from '../inspections/service.js';
import { getMovement } from '../movements/service.js';
import { requireOrgAccess } from '../organisations/scope.js';
import { getRound } from '../rounds/rounds.js';
import * as trainingsRepo from '../trainings/repository.js';
import { getTraining } from '../trainings/service.js';

type TaskRow = typeof planTasks.$inferSelect;
type LinkRow = typeof planTaskLinks.$inferSelect;

export interface WorkInfo {
  label: string;
  facts: WorkFacts;
  /** The work's own state in its feature's words ('Đã có kết luận, theo dõi kiến nghị'), when it has one. */
  state?: string;
  /** A linked report's unit, year and kind (its page is addressed by them). */
  report?: reportsRepo.StoredReportRow;
}

/** The page of the web app that shows a piece of linked work. */
function workPage(kind: PlanLinkKind, id: string, facts?: WorkFacts, report?: reportsRepo.StoredReportRow): string {
  switch (kind) {
    case 'round':
      return `/dot-xet/${id}`;
    case 'movement':
      return `/phong-trao/${id}`;
    case 'article':
      return `/tin-bai/${id}`;
    case 'inspection':
      return `/kiem-tra/${id}`;
    case 'training':
      return `/tap-huan/${id}`;
    case 'conference':
      return `/hoi-nghi/${id}`;
    case 'report': {
      if (!report || facts?.kind !== 'report') return '/bao-cao/tong-ket';
      const q = new URLSearchParams({ nam: String(report.year), donvi: report.orgId });
      if (report.kind === 'half') q.set('ky', 'half');
      return `/bao-cao/tong-ket?${q}`;
    }
  }
}

const key = (kind: PlanLinkKind, id: string) => `${kind}:${id}`;

/** What each linked piece of work is called and how far it has gone, by `kind:id`. */
export async function workInfo(
  db: Db | Tx,
  tenantId: string,
  links: readonly LinkRow[],
): Promise<Map<string, WorkInfo>> {
  const out = new Map<string, WorkInfo>();
  const ids = (k: PlanLinkKind) => [...new Set(links.filter((l) => l.kind === k).map((l) => l.targetId))];
  const roundIds = ids('round');
  if (roundIds.length) {
    const rs = await db
      .select({ id: rounds.id, name: rounds.name, status: rounds.status })
      .from(rounds)
      .where(and(eq(rounds.tenantId, tenantId), inArray(rounds.id, roundIds)));
    const signed = new Set(
      (
        await db
          .select({ roundId: decisions.roundId })
          .from(decisions)
          .where(
            and(eq(decisions.tenantId, tenantId), inArray(decisions.roundId, roundIds), eq(decisions.status, 'signed')),
          )
      ).map((d) => d.roundId),
    );
    for (const r of rs)
      out.set(key('round', r.id), {
        label: r.name,
        facts: { kind: 'round', status: r.status, decisionSigned: signed.has(r.id) },
      });
  }
  const movementIds = ids('movement');
  if (movementIds.length) {
    const ms = await db
      .select({ id: movements.id, theme: movements.theme, status: movements.status })
      .from(movements)
      .where(and(eq(movements.tenantId, tenantId), inArray(movements.id, movementIds)));
    for (const m of ms)
      out.set(key('movement', m.id), { label: m.theme, facts: { kind: 'movement', status: m.status } });
  }
  for (const a of await articlesRepo.articleStates(db, tenantId, ids('article')))
    out.set(key('article', a.id), { label: a.title, facts: { kind: 'article', status: a.status } });
  const [inspected, trained, held, reported] = await Promise.all([
    inspectionsRepo.inspectionStates(db, tenantId, ids('inspection')),
    trainingsRepo.trainingStates(db, tenantId, ids('training')),
    conferencesRepo.conferenceStates(db, tenantId, ids('conference')),
    reportsRepo.reportStates(db, tenantId, ids('report')),
  ]);
  for (const i of inspected)
    out.set(key('inspection', i.id), {
      label: `${i.subject} — ${i.targetOrgName}`,
      facts: { kind: 'inspection', status: i.status },
      state: INSPECTION_STATUS_LABELS[i.status],
    });
  for (const t of trained)
    out.set(key('training', t.id), {
      label: t.title,
      facts: { kind: 'training', status: t.status, attended: t.attended },
      state:
        t.status === 'held'
          ? `${TRAINING_STATUS_LABELS.held}, ${t.attended.toLocaleString('vi-VN')} người tham dự`
          : TRAINING_STATUS_LABELS[t.status],
    });
  for (const c of held)
    out.set(key('conference', c.id), {
      label: `${c.title} (${formatDateVN(c.heldOn)})`,
      facts: { kind: 'conference', status: c.status },
      state: CONFERENCE_STATUS_LABELS[c.status],
    });
  for (const r of reported)
    out.set(key('report', r.id), {
      label: periodReportLabel(r),
      facts: { kind: 'report', status: r.status },
      state: PERIOD_REPORT_STATUS_LABELS[r.status],
      report: r,
    });
  return out;
}

export async function linksOf(db: Db | Tx, tenantId: string, taskIds: readonly string[]): Promise<LinkRow[]> {
  if (!taskIds.length) return [];
  return db
    .select()
    .from(planTaskLinks)
    .where(and(eq(planTaskLinks.tenantId, tenantId), inArray(planTaskLinks.taskId, [...taskIds])));
}

/** A task's links as the API shows them. */
export function presentLinks(links: readonly LinkRow[], info: Map<string, WorkInfo>) {
  return links.map((l) => {
    const w = info.get(key(l.kind, l.targetId));
    const progress = w ? workProgress(w.facts) : null;
    return {
      id: l.id,
      kind: l.kind,
      kindLabel: PLAN_LINK_KIND_LABELS[l.kind],
      targetId: l.targetId,
      label: w?.label ?? '(không còn truy cập được)',
      progress,
      progressLabel: progress ? TASK_STATUS_LABELS[progress] : null,
      stateLabel: w?.state ?? null,
      page: w ? workPage(l.kind, l.targetId, w.facts, w.report) : null,
    };
  });
}

/**
 * Brings the status of each linked task (not set by hand) in line with its linked work, audited;
 * returns the tasks as they are now.
 */
export async function followLinkedWork(
  ctx: Ctx,
  orgId: string,
  tasks: TaskRow[],
  links: readonly LinkRow[],
  info: Map<string, WorkInfo>,
): Promise<TaskRow[]> {
  const changes: { task: TaskRow; status: TaskRow['status'] }[] = [];
  for (const task of tasks) {
    const works = links
      .filter((l) => l.taskId === task.id)
      .map((l) => info.get(key(l.kind, l.targetId))?.facts)
      .filter((f): f is WorkFacts => f !== undefined);
    const status = statusFromLinks(works, task.statusSetByHand);
    if (status && status !== task.status && task.status !== 'cancelled') changes.push({ task, status });
  }
  if (!changes.length) return tasks;
  await ctx.db.transaction(async (tx) => {
    for (const { task, status } of changes) {
      await tx
        .update(planTasks)
        .set({ status, updatedAt: ctx.now })
        .where(
          and(eq(planTasks.tenantId, task.tenantId), eq(planTasks.id, task.id), eq(planTasks.statusSetByHand, false)),
        );
      await recordAudit(tx, ctx, {
        action: 'plan.task.status',
        entityType: 'plan_task',
        entityId: task.id,
        orgId,
        summary: `Nhiệm vụ "${task.title.length > 80 ? `${task.title.slice(0, 79)}…` : task.title}": ${TASK_STATUS_LABELS[task.status]} → ${TASK_STATUS_LABELS[status]} (theo công việc liên kết)`,
        before: { status: task.status },
        after: { status, followsLinkedWork: true },
      });
    }
  });
  const next = new Map(changes.map((c) => [c.task.id, c.status]));
  return tasks.map((x) => (next.has(x.id) ? { ...x, status: next.get(x.id)! } : x));
}

/** Checks that the actor may read the work (through its feature) and answers its name. */
async function requireWork(ctx: Ctx, kind: LinkableKind, targetId: string): Promise<string> {
  switch (kind) {
    case 'round':
      return (await getRound(ctx, targetId)).name;
    case 'article': {
      // Read through the articles' repository (its service would import this module back).
      const a = await articlesRepo.articleById(ctx.db, ctx.actor.tenantId, targetId);
      if (!a) throw notFound('tin bài');
      await requireOrgAccess(ctx.db, ctx.actor, 'registry.read', a.orgId);
      return a.title;
    }
    case 'inspection': {
      const i = await getInspection(ctx, targetId);
      return `${i.subject} — ${i.targetOrgName}`;
    }
    case 'training':
      return (await getTraining(ctx, targetId)).title;
    case 'conference':
      return (await getConference(ctx, targetId)).title;
    case 'report': {
      // A unit's report is read with registry.read on the unit, as its own page does.
      const [r] = await reportsRepo.reportStates(ctx.db, ctx.actor.tenantId, [targetId]);
      if (!r) throw notFound('báo cáo');
      await requireOrgAccess(ctx.db, ctx.actor, 'registry.read', r.orgId);
      return periodReportLabel(r);
    }
    case 'movement':
      return (await getMovement(ctx, targetId)).theme;
  }
}

/**
 * Links a task to a piece of work. Linking asks the task to follow the work again, so a
 * status set by hand earlier is released.
 */
export async function linkTask(
  ctx: Ctx,
  task: TaskRow,
  orgId: string,
  input: { kind: LinkableKind; targetId: string },
) {
  const label = await requireWork(ctx, input.kind, input.targetId);
  const row: LinkRow = {
    tenantId: ctx.actor.tenantId,
    id: crypto.randomUUID(),
    taskId: task.id,
    kind: input.kind,
    targetId: input.targetId,
    createdBy: ctx.actor.userId,
    createdAt: ctx.now,
  };
  try {
    await ctx.db.transaction(async (tx) => {
      await tx.insert(planTaskLinks).values(row);
      if (task.statusSetByHand)
        await tx
          .update(planTasks)
          .set({ statusSetByHand: false, updatedAt: ctx.now })
          .where(and(eq(planTasks.tenantId, task.tenantId), eq(planTasks.id, task.id)));
      await recordAudit(tx, ctx, {
        action: 'plan.task.link',
        entityType: 'plan_task',
        entityId: task.id,
        orgId,
        summary: `Liên kết nhiệm vụ "${task.title.length > 60 ? `${task.title.slice(0, 59)}…` : task.title}" với ${PLAN_LINK_KIND_LABELS[input.kind].toLowerCase()} "${label}"`,
        after: { kind: input.kind, targetId: input.targetId },
      });
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw refuse(
        'PLAN_TASK_LINKED',
        `Nhiệm vụ đã được liên kết với ${PLAN_LINK_KIND_LABELS[input.kind].toLowerCase()} này.`,
      );
    throw e;
  }
  return row;
}

export async function unlinkTask(ctx: Ctx, task: TaskRow, orgId: string, linkId: string) {
  const [link] = await ctx.db
    .select()
    .from(planTaskLinks)
    .where(
      and(
        eq(planTaskLinks.tenantId, ctx.actor.tenantId),
        eq(planTaskLinks.id, linkId),
        eq(planTaskLinks.taskId, task.id),
      ),
    );
  if (!link) throw notFound('liên kết này');
  await ctx.db.transaction(async (tx) => {
    await tx.delete(planTaskLinks).where(and(eq(planTaskLinks.tenantId, link.tenantId), eq(planTaskLinks.id, link.id)));
    await recordAudit(tx, ctx, {
      action: 'plan.task.unlink',
      entityType: 'plan_task',
      entityId: task.id,
      orgId,
      summary: `Bỏ liên kết nhiệm vụ "${task.title.length > 60 ? `${task.title.slice(0, 59)}…` : task.title}" với ${PLAN_LINK_KIND_LABELS[link.kind].toLowerCase()}`,
      before: { kind: link.kind, targetId: link.targetId },
    });
  });
  return { ok: true };
}

/**
 * At the moment a piece of work changes (an article published or taken down), brings every task
 * linked to it in line, plan by plan, audited; the overdue-task notices then never flag a task
 * its work has already fulfilled. Reading a plan does the same again (followLinkedWork).
 */
export async function followWork(ctx: Ctx, kind: PlanLinkKind, targetId: string): Promise<void> {
  const t = ctx.actor.tenantId;
  const linked = await ctx.db
    .select({ taskId: planTaskLinks.taskId })
    .from(planTaskLinks)
    .where(and(eq(planTaskLinks.tenantId, t), eq(planTaskLinks.kind, kind), eq(planTaskLinks.targetId, targetId)));
  if (!linked.length) return;
  const taskIds = [...new Set(linked.map((l) => l.taskId))];
  const rows = await ctx.db
    .select({ task: planTasks, orgId: plans.orgId })
    .from(planTasks)
    .innerJoin(plans, and(eq(plans.tenantId, planTasks.tenantId), eq(plans.id, planTasks.planId)))
    .where(and(eq(planTasks.tenantId, t), inArray(planTasks.id, taskIds)));
  const links = await linksOf(ctx.db, t, taskIds);
  const info = await workInfo(ctx.db, t, links);
  const byOrg = new Map<string, TaskRow[]>();
  for (const r of rows) byOrg.set(r.orgId, [...(byOrg.get(r.orgId) ?? []), r.task]);
  for (const [orgId, tasks] of byOrg) await followLinkedWork(ctx, orgId, tasks, links, info);
}
