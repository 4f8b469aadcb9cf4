// Use cases of the yearly TĐKT plan: preview an imported plan file, create a plan (blank or with
// the confirmed tasks), edit its document parts, add, edit and reorder tasks, set a task's status
// with a progress note, list overdue tasks, and the plan as the document builder's input.
// Every write checks the policy first and is audited in the same transaction.
import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import type { Db, Tx } from '../../db/client.js';
import {
  notifications,
  organisations,
  planTaskNotes,
  planTasks,
  plans,
  roleGrants,
  users,
  type PlanSectionData,
} from '../../db/schema.js';
import {
  countByQuarter,
  isOverdue,
  storedPlanParts,
  matchOrganisation,
  nextYearSections,
  nextYearText,
  shiftDateOneYear,
  taskDeadline,
  TASK_STATUS_LABELS,
  type PlanTask,
  type TaskQuarter,
  type TaskStatus,
} from '../../domain/plans/index.js';
import { cleanText, formatDateVN, isoDateInVietnam } from '../../domain/vi-text/index.js';
import { signerLines } from '../../documents/nd30/index.js';
import { importPlan } from '../../documents/plan/import.js';
import type { Ctx } from '../../server/context.js';
import { isUniqueViolation } from '../../server/db-errors.js';
import { forbidden, invalid, notFound, refuse } from '../../server/errors.js';
import { type Permission, requireWritePlan } from '../../server/policy.js';
import { withUploadSlot } from '../../server/upload-gate.js';
import { appendAudit, recordAudit } from '../audit/append.js';
import { usersWithPermission } from '../notifications/service.js';
import { requireOrgAccess, scopeFor } from '../organisations/scope.js';
import { orgChain, subtreeIds } from '../organisations/tree.js';
import { followLinkedWork, linkTask, linksOf, presentLinks, unlinkTask, workInfo } from './links.js';
import { statusesFromLinkedWork } from './follow.js';
import { askingPlan, copyUnitRequests, isAskedUnit } from './units-repository.js';
import { notifyLateUnitPlans } from './units.js';
import type {
  PlanCreateBody,
  PlansQuery,
  PlanTaskBody,
  PlanTaskUpdateBody,
  PlanUpdateBody,
  TaskLinkBody,
  TaskStatusBody,
} from './schema.js';
import { now as clockNow } from '../../server/clock.js';
import { runKeyedBatches } from '../../server/batch-loop.js';
import { startPeriodicCheck } from '../../server/periodic.js';

type PlanRow = typeof plans.$inferSelect;
const rowsOf = <T>(r: unknown) => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];
type TaskRow = typeof planTasks.$inferSelect;

export const PLAN_STATUS_LABELS = { draft: 'Dự thảo', issued: 'Đã ban hành' } as const;

// ─── Presenting ───

export const presentPlan = (p: PlanRow, orgName: string | null = null) => ({
  id: p.id,
  orgId: p.orgId,
  orgName,
  year: p.year,
  title: p.title,
  issuerLines: p.issuerLines,
  number: p.number,
  symbol: p.symbol,
  place: p.place,
  issuedOn: p.issuedOn,
  pendingMonth: p.pendingMonth,
  bases: p.bases,
  intro: p.intro,
  sections: p.sections,
  closing: p.closing,
  recipients: p.recipients,
  archive: p.archive,
  signerLines: p.signerLines,
  signerName: p.signerName,
  taskPlacement: p.taskPlacement,
  status: p.status,
  createdAt: p.createdAt.toISOString(),
  updatedAt: p.updatedAt.toISOString(),
});

/** A task as the audit log keeps it (no timestamps: they change on every write). */
const taskFacts = (t: TaskRow) => ({
  quarter: t.quarter,
  title: t.title,
  lead: t.lead,
  leadOrgId: t.leadOrgId,
  partners: t.partners,
  due: t.due,
  ownerId: t.ownerId,
  status: t.status,
  position: t.position,
});

function presentTask(
  t: TaskRow,
  year: number,
  today: string,
  names: { owners: Map<string, string>; orgs: Map<string, string> },
  links: ReturnType<typeof presentLinks> = [],
) {
  return {
    id: t.id,
    position: t.position,
    quarter: t.quarter,
    title: t.title,
    lead: t.lead,
    leadOrgId: t.leadOrgId,
    leadOrgName: t.leadOrgId ? (names.orgs.get(t.leadOrgId) ?? null) : null,
    partners: t.partners,
    due: t.due,
    deadline: taskDeadline(t, year),
    ownerId: t.ownerId,
    ownerName: t.ownerId ? (names.owners.get(t.ownerId) ?? null) : null,
    status: t.status,
    statusSetByHand: t.statusSetByHand,
    links,
    overdue: isOverdue(t, year, today),
  };
}

// ─── Access ───

async function loadPlan(ctx: Ctx | { db: Db | Tx; actor: Ctx['actor'] }, id: string): Promise<PlanRow> {
  const [p] = await ctx.db
    .select()
    .from(plans)
    .where(and(eq(plans.tenantId, ctx.actor.tenantId), eq(plans.id, id)));
  if (!p) throw notFound('kế hoạch này');
  return p;
}

/** The plan after checking the actor's permission on its organisation (404 for plans out of reach). */
async function planWithAccess(ctx: Ctx, id: string, permission: Permission): Promise<PlanRow> {
  const p = await loadPlan(ctx, id);
  try {
    await requireOrgAccess(ctx.db, ctx.actor, 'registry.read', p.orgId);
  } catch {
    // The owner of a task may read the plan it belongs to, even from a unit below.
    if (permission !== 'registry.read' || !(await ownsTaskIn(ctx, id))) throw notFound('kế hoạch này');
  }
  if (permission === 'plan.manage') await requireWritePlanOf(ctx, p);
  else if (permission !== 'registry.read') await requireOrgAccess(ctx.db, ctx.actor, permission, p.orgId);
  return p;
}

/** Writing a plan: the standing office, or for a unit's own plan asked for from above, its clerks too. */
async function requireWritePlanOf(ctx: Ctx, p: { orgId: string; parentPlanId: string | null }) {
  await requireWriteOn(ctx, p.orgId, p.parentPlanId !== null);
}

async function requireWriteOn(ctx: Ctx, orgId: string, unitPlan: boolean) {
  const chain = await orgChain(ctx.db, ctx.actor.tenantId, orgId);
  if (!chain.length) throw notFound('cơ quan, đơn vị');
  requireWritePlan(ctx.actor, chain, unitPlan);
}

async function ownsTaskIn(ctx: Ctx, planId: string): Promise<boolean> {
  const [hit] = await ctx.db
    .select({ id: planTasks.id })
    .from(planTasks)
    .where(
      and(
        eq(planTasks.tenantId, ctx.actor.tenantId),
        eq(planTasks.planId, planId),
        eq(planTasks.ownerId, ctx.actor.userId),
      ),
    )
    .limit(1);
  return !!hit;
}

async function loadTask(db: Db | Tx, tenantId: string, planId: string, taskId: string): Promise<TaskRow> {
  const [t] = await db
    .select()
    .from(planTasks)
    .where(and(eq(planTasks.tenantId, tenantId), eq(planTasks.planId, planId), eq(planTasks.id, taskId)));
  if (!t) throw notFound('nhiệm vụ này trong kế hoạch');
  return t;
}

/** Whether the actor may manage the plan (officers of the organisation or above; a unit's clerks on its own plan). */
async function canManage(ctx: Ctx, p: { orgId: string; parentPlanId: string | null }): Promise<boolean> {
  try {
    await requireWritePlanOf(ctx, p);
    return true;
  } catch {
    return false;
  }
}

// ─── Matching lead units and owners ───

async function orgDirectory(db: Db | Tx, tenantId: string) {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.tenantId, tenantId));
}

/** Matches each lead to the tenant's organisations, the plan owner's name completing short names. */
async function leadMatcher(db: Db | Tx, tenantId: string, homeOrgId: string) {
  const orgs = await orgDirectory(db, tenantId);
  const home = orgs.find((o) => o.id === homeOrgId) ?? null;
  const names = new Map(orgs.map((o) => [o.id, o.name]));
  const cache = new Map<string, string | null>();
  return {
    names,
    match(lead: string): string | null {
      if (!cache.has(lead)) cache.set(lead, matchOrganisation(lead, orgs, home));
      return cache.get(lead)!;
    },
  };
}

/** Accounts that may own tasks of a plan: users granted a role on the plan's organisation, above or below it. */
export async function assignableUsers(ctx: Ctx, planId: string) {
  const p = await planWithAccess(ctx, planId, 'registry.read');
  return usersAround(ctx.db, ctx.actor.tenantId, p.orgId);
}

async function usersAround(db: Db | Tx, tenantId: string, orgId: string) {
  const orgIds = [...new Set([...(await orgChain(db, tenantId, orgId)), ...(await subtreeIds(db, tenantId, [orgId]))])];
  const rows = await db
    .selectDistinct({ id: users.id, fullName: users.fullName, username: users.username })
    .from(users)
    .innerJoin(roleGrants, and(eq(roleGrants.tenantId, users.tenantId), eq(roleGrants.userId, users.id)))
    .where(and(eq(users.tenantId, tenantId), eq(users.active, true), inArray(roleGrants.orgId, orgIds)));
  const collator = new Intl.Collator('vi');
  return rows.sort((a, b) => collator.compare(a.fullName, b.fullName));
}

async function requireOwner(
  db: Db | Tx,
  tenantId: string,
  orgId: string,
  ownerId: string | null | undefined,
  field = 'ownerId',
) {
  if (!ownerId) return;
  const allowed = await usersAround(db, tenantId, orgId);
  if (!allowed.some((u) => u.id === ownerId)) {
    throw invalid([
      {
        field,
        label: 'Người phụ trách',
        message: 'Người phụ trách phải là tài khoản được phân quyền ở đơn vị của kế hoạch.',
      },
    ]);
  }
}

// ─── Import preview ───

export interface PreviewTask extends PlanTask {
  leadOrgId: string | null;
  leadOrgName: string | null;
}

/**
 * Reads a plan file with the importer and answers what would be saved, without saving: the tasks
 * with their lead matched to an organisation where the name matches, the counts per quarter, and
 * the lead units that match no organisation (kept as text if saved).
 */
export async function previewPlanImport(ctx: Ctx, orgId: string, fileName: string, bytes: Uint8Array) {
  // A unit asked for its plan (any year) may read its file; which year is checked when it is saved.
  await requireWriteOn(ctx, orgId, await isAskedUnit(ctx.db, ctx.actor.tenantId, orgId));
  const result = await withUploadSlot(ctx.actor.tenantId, () => importPlan(bytes, fileName));
  if (!result.ok) throw invalid([{ field: 'file', label: 'Tệp kế hoạch', message: result.message }], result.message);
  const m = await leadMatcher(ctx.db, ctx.actor.tenantId, orgId);
  const tasks: PreviewTask[] = result.tasks.map((t) => {
    const leadOrgId = t.lead ? m.match(t.lead) : null;
    return { ...t, leadOrgId, leadOrgName: leadOrgId ? (m.names.get(leadOrgId) ?? null) : null };
  });
  const unknownLeads = [...new Set(tasks.filter((t) => t.lead && !t.leadOrgId).map((t) => t.lead))];
  return {
    fileName,
    year: result.year,
    fromProse: result.fromProse,
    tasks,
    document: storedPlanParts(result.document),
    counts: countByQuarter(tasks),
    total: tasks.length,
    unknownLeads,
  };
}

// ─── Plans ───

const DEFAULT_SECTIONS = (year: number): PlanSectionData[] => [
  {
    heading: 'MỤC ĐÍCH, YÊU CẦU',
    paragraphs: [],
    subsections: [
      {
        heading: 'Mục đích',
        paragraphs: [
          `Tổ chức triển khai sâu rộng các phong trào thi đua yêu nước, thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm ${year}.`,
        ],
      },
      {
        heading: 'Yêu cầu',
        paragraphs: [
          'Công tác thi đua, khen thưởng phải bảo đảm kịp thời, chính xác, công khai, dân chủ, đúng quy định của pháp luật.',
        ],
      },
    ],
  },
  { heading: `NHIỆM VỤ TRỌNG TÂM NĂM ${year}`, paragraphs: [], subsections: [] },
  { heading: 'TỔ CHỨC THỰC HIỆN', paragraphs: [], subsections: [] },
  {
    heading: 'KINH PHÍ THỰC HIỆN',
    paragraphs: [
      `Kinh phí thực hiện công tác thi đua, khen thưởng được bố trí từ Quỹ thi đua, khen thưởng năm ${year} theo quy định.`,
    ],
    subsections: [],
  },
];

const LOCAL_TYPES = new Set(['ward', 'commune']);

/** The document defaults of a new plan, from its organisation (a ward's People's Committee prints 'ỦY BAN NHÂN DÂN' / 'PHƯỜNG …'). */
export function planDefaults(org: { name: string; type: string }, year: number) {
  const local = LOCAL_TYPES.has(org.type);
  const place = local ? org.name.replace(/^(Phường|Xã|Thị trấn|Đặc khu)\s+/u, '') : org.name;
  const unit = local ? `${org.name.charAt(0).toLowerCase()}${org.name.slice(1)}` : org.name;
  return {
    issuerLines: local ? ['ỦY BAN NHÂN DÂN', org.name.toLocaleUpperCase('vi')] : [org.name.toLocaleUpperCase('vi')],
    place,
    title: `Công tác thi đua, khen thưởng ${local ? `trên địa bàn ${unit} ` : ''}năm ${year}`,
    bases: [
      // As the seed plans cite them (seed 000).
      'Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022',
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng, quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng',
    ],
    intro: `${local ? `UBND ${unit}` : org.name} xây dựng Kế hoạch công tác thi đua, khen thưởng năm ${year} với những nội dung sau:`,
    closing: `Trên đây là Kế hoạch công tác thi đua, khen thưởng năm ${year} của ${local ? `UBND ${unit}` : org.name}./.`,
    recipients: local
      ? ['TT. Đảng ủy', `TT. HĐND ${unit}`, 'Thành viên Hội đồng TĐKT', `Các cơ quan, đơn vị trên địa bàn ${unit}`]
      : ['Các đơn vị trực thuộc'],
    archive: ['VT'],
    signerLines: local ? signerLines({ onBehalfOf: 'ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH' }) : ['THỦ TRƯỞNG CƠ QUAN'],
  };
}

const taskSummary = (t: { title: string }) => (t.title.length > 80 ? `${t.title.slice(0, 79)}…` : t.title);

export async function createPlan(ctx: Ctx, input: z.output<typeof PlanCreateBody>) {
  const t = ctx.actor.tenantId;
  // A unit asked by the plan above it for this year writes its plan under that plan (its clerks may).
  const asking = await askingPlan(ctx.db, t, input.orgId, input.year);
  await requireWriteOn(ctx, input.orgId, !!asking);
  const [org] = await ctx.db
    .select()
    .from(organisations)
    .where(and(eq(organisations.tenantId, t), eq(organisations.id, input.orgId)));
  if (!org) throw notFound('cơ quan, đơn vị');
  for (const [i, task] of input.tasks.entries())
    await requireOwner(ctx.db, t, input.orgId, task.ownerId, `tasks.${i}.ownerId`);
  const d = planDefaults(org, input.year);
  // An imported plan keeps its own text; what it lacks comes from the defaults.
  const doc = input.document ?? {};
  const some = <T>(xs: T[] | undefined): T[] | undefined => (xs?.length ? xs : undefined);
  const row: PlanRow = {
    tenantId: t,
    id: crypto.randomUUID(),
    orgId: input.orgId,
    year: input.year,
    title: input.title ?? doc.title ?? d.title,
    issuerLines: d.issuerLines,
    number: doc.number ?? null,
    symbol: doc.symbol ?? 'KH-UBND',
    place: doc.place ?? d.place,
    issuedOn: doc.issuedOn ?? null,
    pendingMonth: doc.issuedOn ? null : (doc.pendingMonth ?? null),
    bases: input.document ? (doc.bases ?? []) : d.bases,
    intro: input.document ? (doc.intro ?? null) : d.intro,
    sections: some(doc.sections) ?? DEFAULT_SECTIONS(input.year),
    closing: doc.closing ?? d.closing,
    recipients: some(doc.recipients) ?? d.recipients,
    archive: some(doc.archive) ?? d.archive,
    signerLines: some(doc.signerLines) ?? d.signerLines,
    signerName: doc.signerName ?? '',
    taskPlacement: 'body',
    status: 'draft',
    parentPlanId: asking?.id ?? null,
    unitsDue: null,
    sentAt: null,
    createdBy: ctx.actor.userId,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  const m = await leadMatcher(ctx.db, t, input.orgId);
  const taskRows: TaskRow[] = input.tasks.map((x, i) => ({
    tenantId: t,
    id: crypto.randomUUID(),
    planId: row.id,
    position: i + 1,
    quarter: x.quarter,
    title: x.title,
    lead: x.lead,
    leadOrgId: x.lead ? m.match(x.lead) : null,
    partners: x.partners,
    due: x.due ?? null,
    ownerId: x.ownerId ?? null,
    status: 'not_started',
    statusSetByHand: false,
    overdueNotifiedFor: null,
    overdueNotifiedAt: null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  }));
  try {
    await ctx.db.transaction(async (tx) => {
      const [dup] = await tx
        .select({ id: plans.id })
        .from(plans)
        .where(and(eq(plans.tenantId, t), eq(plans.orgId, input.orgId), eq(plans.year, input.year)));
      if (dup) throw planExists(org.name, input.year);
      await tx.insert(plans).values(row);
      if (taskRows.length) await tx.insert(planTasks).values(taskRows);
      await recordAudit(tx, ctx, {
        action: 'plan.create',
        entityType: 'plan',
        entityId: row.id,
        orgId: row.orgId,
        summary: `Lập kế hoạch công tác thi đua, khen thưởng năm ${row.year} của ${org.name}${input.sourceFile ? ` từ tệp "${input.sourceFile}"` : ''} (${taskRows.length} nhiệm vụ)`,
        after: { ...presentPlan(row, org.name), tasks: taskRows.map(taskFacts) },
      });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw planExists(org.name, input.year);
    throw e;
  }
  return presentPlan(row, org.name);
}

const planExists = (orgName: string, year: number) =>
  refuse('PLAN_EXISTS', `${orgName} đã có kế hoạch công tác thi đua, khen thưởng năm ${year}.`, [
    { field: 'year', label: 'Năm', message: `Đơn vị đã có kế hoạch năm ${year}; hãy mở kế hoạch đó để cập nhật.` },
  ]);

/**
 * "Copy to next year": the plan as the draft of the next year, for editing. Sections, bases,
 * closing and signature carry over (the plan's own years and dates in the text moved on, see
 * src/domain/plans/next-year.ts); every task that was not cancelled carries over with its due date
 * a year later, not started, without its links, notes or overdue notices; an owner no longer
 * assignable is dropped. The new plan is unnumbered and undated. Refused when the organisation
 * already has a plan for the next year (copied before, or written by hand).
 */
export async function copyPlanToNextYear(ctx: Ctx, planId: string) {
  const src = await planWithAccess(ctx, planId, 'plan.manage');
  const t = ctx.actor.tenantId;
  const year = src.year + 1;
  // Next year's plan is a unit's own plan only if the plan above asks for it again.
  const nextAsking = await askingPlan(ctx.db, t, src.orgId, year);
  await requireWriteOn(ctx, src.orgId, !!nextAsking);
  const [org] = await ctx.db
    .select({ name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.tenantId, t), eq(organisations.id, src.orgId)));
  const orgName = org?.name ?? '';
  const copied = () =>
    refuse(
      'PLAN_NEXT_YEAR_EXISTS',
      `${orgName} đã có kế hoạch công tác thi đua, khen thưởng năm ${year}, nên không sao chép kế hoạch năm ${src.year} sang nữa. Hãy mở kế hoạch năm ${year} để sửa.`,
    );
  const tasks = await ctx.db
    .select()
    .from(planTasks)
    .where(and(eq(planTasks.tenantId, t), eq(planTasks.planId, planId)))
    .orderBy(asc(planTasks.position), asc(planTasks.id));
  const assignable = new Set((await usersAround(ctx.db, t, src.orgId)).map((u) => u.id));
  const text = (x: string) => nextYearText(x, src.year);
  const row: PlanRow = {
    ...src,
    id: crypto.randomUUID(),
    year,
    title: text(src.title),
    number: null,
    issuedOn: null,
    pendingMonth: src.issuedOn ? Number(src.issuedOn.slice(5, 7)) : src.pendingMonth,
    intro: src.intro === null ? null : text(src.intro),
    sections: nextYearSections(src.sections, src.year),
    closing: src.closing === null ? null : text(src.closing),
    status: 'draft',
    // A unit's plan is not sent for next year yet, nor linked to this year's plan above it; the
    // request to the units carries over with its date a year on (its units copied below).
    parentPlanId: nextAsking?.id ?? null,
    sentAt: null,
    unitsDue: src.unitsDue ? shiftDateOneYear(src.unitsDue) : null,
    createdBy: ctx.actor.userId,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  const taskRows: TaskRow[] = tasks
    .filter((x) => x.status !== 'cancelled')
    .map((x, i) => ({
      ...x,
      id: crypto.randomUUID(),
      planId: row.id,
      position: i + 1,
      title: text(x.title),
      due: x.due ? shiftDateOneYear(x.due) : null,
      ownerId: x.ownerId && assignable.has(x.ownerId) ? x.ownerId : null,
      status: 'not_started',
      statusSetByHand: false,
      overdueNotifiedFor: null,
      overdueNotifiedAt: null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    }));
  try {
    await ctx.db.transaction(async (tx) => {
      const [dup] = await tx
        .select({ id: plans.id })
        .from(plans)
        .where(and(eq(plans.tenantId, t), eq(plans.orgId, src.orgId), eq(plans.year, year)));
      if (dup) throw copied();
      await tx.insert(plans).values(row);
      for (let i = 0; i < taskRows.length; i += 500) await tx.insert(planTasks).values(taskRows.slice(i, i + 500));
      // The request to the units carries over (not their plans): next year's plans of those units link to it.
      await copyUnitRequests(tx, t, src.id, row, ctx.now);
      await recordAudit(tx, ctx, {
        action: 'plan.copy_next_year',
        entityType: 'plan',
        entityId: row.id,
        orgId: row.orgId,
        summary: `Sao chép kế hoạch thi đua, khen thưởng năm ${src.year} của ${orgName} sang năm ${year} (${taskRows.length} nhiệm vụ)`,
        after: { fromPlanId: src.id, ...presentPlan(row, orgName), tasks: taskRows.map(taskFacts) },
      });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw copied();
    throw e;
  }
  return presentPlan(row, orgName);
}

export async function listPlans(ctx: Ctx, q: z.output<typeof PlansQuery>) {
  const t = ctx.actor.tenantId;
  const conds: SQL[] = [eq(plans.tenantId, t)];
  const empty = { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  if (q.orgId) {
    await requireOrgAccess(ctx.db, ctx.actor, 'registry.read', q.orgId);
    conds.push(inArray(plans.orgId, await subtreeIds(ctx.db, t, [q.orgId])));
  } else {
    const scope = await scopeFor(ctx.db, ctx.actor, 'registry.read');
    if (scope) {
      if (!scope.size) return empty;
      conds.push(inArray(plans.orgId, [...scope]));
    }
  }
  if (q.year) conds.push(eq(plans.year, q.year));
  // Filtered, ordered and paged in SQL; the task counts of the page's plans only.
  const order =
    q.sort === 'org'
      ? [asc(organisations.sortKey), desc(plans.year), asc(plans.id)]
      : [desc(plans.year), asc(organisations.sortKey), asc(plans.id)];
  const [[counted], rows] = await Promise.all([
    ctx.db
      .select({ total: count() })
      .from(plans)
      .where(and(...conds)),
    ctx.db
      .select({ p: plans, orgName: organisations.name })
      .from(plans)
      .innerJoin(organisations, and(eq(organisations.tenantId, plans.tenantId), eq(organisations.id, plans.orgId)))
      .where(and(...conds))
      .orderBy(...order)
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
  ]);
  const ids = rows.map((r) => r.p.id);
  const tasks = ids.length
    ? await ctx.db
        .select({ planId: planTasks.planId, quarter: planTasks.quarter, due: planTasks.due, status: planTasks.status })
        .from(planTasks)
        .where(and(eq(planTasks.tenantId, t), inArray(planTasks.planId, ids)))
    : [];
  const today = isoDateInVietnam(ctx.now);
  const items = rows.map(({ p, orgName }) => {
    const mine = tasks.filter((x) => x.planId === p.id);
    return {
      ...presentPlan(p, orgName),
      taskCount: mine.length,
      doneCount: mine.filter((x) => x.status === 'done').length,
      overdueCount: mine.filter((x) => isOverdue(x, p.year, today)).length,
    };
  });
  return { items, total: Number(counted?.total ?? 0), page: q.page, pageSize: q.pageSize };
}

export async function getPlan(ctx: Ctx, id: string) {
  const p = await planWithAccess(ctx, id, 'registry.read');
  const t = ctx.actor.tenantId;
  const [org] = await ctx.db
    .select({ name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.tenantId, t), eq(organisations.id, p.orgId)));
  const stored = await ctx.db
    .select()
    .from(planTasks)
    .where(and(eq(planTasks.tenantId, t), eq(planTasks.planId, id)))
    .orderBy(asc(planTasks.position), asc(planTasks.id));
  // A linked task's status follows its linked work (done when the round's decision is signed…).
  const links = await linksOf(
    ctx.db,
    t,
    stored.map((x) => x.id),
  );
  const info = await workInfo(ctx.db, t, links);
  const tasks = await followLinkedWork(ctx, p.orgId, stored, links, info);
  const notes = tasks.length
    ? await ctx.db
        .select()
        .from(planTaskNotes)
        .where(
          and(
            eq(planTaskNotes.tenantId, t),
            inArray(
              planTaskNotes.taskId,
              tasks.map((x) => x.id),
            ),
          ),
        )
        .orderBy(asc(planTaskNotes.createdAt), asc(planTaskNotes.id))
    : [];
  const names = await nameMaps(ctx.db, t, tasks);
  const today = isoDateInVietnam(ctx.now);
  const presented = tasks.map((x) =>
    presentTask(
      x,
      p.year,
      today,
      names,
      presentLinks(
        links.filter((l) => l.taskId === x.id),
        info,
      ),
    ),
  );
  return {
    plan: presentPlan(p, org?.name ?? null),
    tasks: presented,
    notes: notes.map((n) => ({
      id: n.id,
      taskId: n.taskId,
      // Written only by setTaskStatus, from TASK_STATUSES (the response schema checks it).
      fromStatus: n.fromStatus as TaskStatus | null,
      toStatus: n.toStatus as TaskStatus | null,
      note: n.note,
      authorName: n.authorName,
      createdAt: n.createdAt.toISOString(),
    })),
    counts: countByQuarter(tasks),
    overdueCount: presented.filter((x) => x.overdue).length,
    canManage: await canManage(ctx, p),
  };
}

async function nameMaps(db: Db | Tx, tenantId: string, tasks: readonly TaskRow[]) {
  const ownerIds = [...new Set(tasks.map((x) => x.ownerId).filter((x): x is string => !!x))];
  const orgIds = [...new Set(tasks.map((x) => x.leadOrgId).filter((x): x is string => !!x))];
  const [owners, orgs] = await Promise.all([
    ownerIds.length
      ? db
          .select({ id: users.id, name: users.fullName })
          .from(users)
          .where(and(eq(users.tenantId, tenantId), inArray(users.id, ownerIds)))
      : [],
    orgIds.length
      ? db
          .select({ id: organisations.id, name: organisations.name })
          .from(organisations)
          .where(and(eq(organisations.tenantId, tenantId), inArray(organisations.id, orgIds)))
      : [],
  ]);
  return { owners: new Map(owners.map((o) => [o.id, o.name])), orgs: new Map(orgs.map((o) => [o.id, o.name])) };
}

export async function updatePlan(ctx: Ctx, id: string, input: z.output<typeof PlanUpdateBody>) {
  const before = await planWithAccess(ctx, id, 'plan.manage');
  const { reason, ...changes } = input;
  // A unit's plan once sent up is what the asking office received: putting it back to draft would
  // leave the office seeing "sent" for a plan the unit is rewriting.
  if (before.sentAt && changes.status === 'draft')
    throw refuse(
      'PLAN_ALREADY_SENT',
      `Kế hoạch đã được gửi lên cấp trên ngày ${formatDateVN(isoDateInVietnam(before.sentAt))}; không chuyển về dự thảo được.`,
    );
  const next = {
    ...before,
    ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
    updatedAt: ctx.now,
  } as PlanRow;
  if (
    next.issuedOn &&
    Number(next.issuedOn.slice(0, 4)) !== next.year &&
    Number(next.issuedOn.slice(0, 4)) !== next.year - 1
  ) {
    throw invalid([
      {
        field: 'issuedOn',
        label: 'Ngày ban hành',
        message: `Ngày ban hành phải thuộc năm ${next.year - 1} hoặc ${next.year}.`,
      },
    ]);
  }
  const { tenantId: _t, id: _i, createdAt: _c, createdBy: _b, orgId: _o, year: _y, ...set } = next;
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(plans)
      .set(set)
      .where(and(eq(plans.tenantId, ctx.actor.tenantId), eq(plans.id, id)));
    await recordAudit(tx, ctx, {
      action:
        changes.status && changes.status !== before.status
          ? `plan.${changes.status === 'issued' ? 'issue' : 'reopen'}`
          : 'plan.update',
      entityType: 'plan',
      entityId: id,
      orgId: before.orgId,
      summary:
        changes.status && changes.status !== before.status
          ? `${changes.status === 'issued' ? 'Ban hành' : 'Chuyển về dự thảo'} kế hoạch thi đua, khen thưởng năm ${before.year}`
          : `Sửa kế hoạch thi đua, khen thưởng năm ${before.year}`,
      before: presentPlan(before),
      after: presentPlan(next),
      reason,
    });
  });
  return presentPlan(next);
}

// ─── Tasks ───

export async function addTask(ctx: Ctx, planId: string, input: z.output<typeof PlanTaskBody>) {
  const p = await planWithAccess(ctx, planId, 'plan.manage');
  const t = ctx.actor.tenantId;
  await requireOwner(ctx.db, t, p.orgId, input.ownerId);
  const m = await leadMatcher(ctx.db, t, p.orgId);
  return ctx.db.transaction(async (tx) => {
    const existing = await tx
      .select({ position: planTasks.position })
      .from(planTasks)
      .where(and(eq(planTasks.tenantId, t), eq(planTasks.planId, planId)));
    const row: TaskRow = {
      tenantId: t,
      id: crypto.randomUUID(),
      planId,
      position: existing.reduce((mx, x) => Math.max(mx, x.position), 0) + 1,
      quarter: input.quarter,
      title: input.title,
      lead: input.lead,
      leadOrgId: input.lead ? m.match(input.lead) : null,
      partners: input.partners,
      due: input.due ?? null,
      ownerId: input.ownerId ?? null,
      status: 'not_started',
      statusSetByHand: false,
      overdueNotifiedFor: null,
      overdueNotifiedAt: null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    await tx.insert(planTasks).values(row);
    await recordAudit(tx, ctx, {
      action: 'plan.task.create',
      entityType: 'plan_task',
      entityId: row.id,
      orgId: p.orgId,
      summary: `Thêm nhiệm vụ "${taskSummary(row)}" vào kế hoạch năm ${p.year}`,
      after: taskFacts(row),
    });
    return { id: row.id };
  });
}

export async function updateTask(ctx: Ctx, planId: string, taskId: string, input: z.output<typeof PlanTaskUpdateBody>) {
  const p = await planWithAccess(ctx, planId, 'plan.manage');
  const t = ctx.actor.tenantId;
  const before = await loadTask(ctx.db, t, planId, taskId);
  const { reason, ...changes } = input;
  if (changes.ownerId !== undefined) await requireOwner(ctx.db, t, p.orgId, changes.ownerId);
  const next = {
    ...before,
    ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
    updatedAt: ctx.now,
  } as TaskRow;
  if (changes.lead !== undefined && changes.lead !== before.lead) {
    next.leadOrgId = next.lead ? (await leadMatcher(ctx.db, t, p.orgId)).match(next.lead) : null;
  }
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(planTasks)
      .set({
        quarter: next.quarter,
        title: next.title,
        lead: next.lead,
        leadOrgId: next.leadOrgId,
        partners: next.partners,
        due: next.due,
        ownerId: next.ownerId,
        updatedAt: ctx.now,
      })
      .where(and(eq(planTasks.tenantId, t), eq(planTasks.id, taskId)));
    await recordAudit(tx, ctx, {
      action: 'plan.task.update',
      entityType: 'plan_task',
      entityId: taskId,
      orgId: p.orgId,
      summary: `Sửa nhiệm vụ "${taskSummary(next)}" của kế hoạch năm ${p.year}`,
      before: taskFacts(before),
      after: taskFacts(next),
      reason,
    });
  });
  return { ok: true };
}

/** Puts the plan's tasks in the given order (every task of the plan, each once). */
export async function reorderTasks(ctx: Ctx, planId: string, taskIds: readonly string[]) {
  const p = await planWithAccess(ctx, planId, 'plan.manage');
  const t = ctx.actor.tenantId;
  await ctx.db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: planTasks.id, position: planTasks.position })
      .from(planTasks)
      .where(and(eq(planTasks.tenantId, t), eq(planTasks.planId, planId)));
    const known = new Set(rows.map((r) => r.id));
    if (
      taskIds.length !== rows.length ||
      new Set(taskIds).size !== taskIds.length ||
      taskIds.some((x) => !known.has(x))
    ) {
      throw invalid([
        {
          field: 'taskIds',
          label: 'Thứ tự nhiệm vụ',
          message:
            'Danh sách sắp xếp phải gồm đúng các nhiệm vụ của kế hoạch, mỗi nhiệm vụ một lần. Hãy tải lại trang.',
        },
      ]);
    }
    const before = [...rows].sort((a, b) => a.position - b.position).map((r) => r.id);
    for (const [i, taskId] of taskIds.entries()) {
      await tx
        .update(planTasks)
        .set({ position: i + 1, updatedAt: ctx.now })
        .where(and(eq(planTasks.tenantId, t), eq(planTasks.id, taskId)));
    }
    await recordAudit(tx, ctx, {
      action: 'plan.task.reorder',
      entityType: 'plan',
      entityId: planId,
      orgId: p.orgId,
      summary: `Sắp xếp lại thứ tự nhiệm vụ của kế hoạch năm ${p.year}`,
      before: { order: before },
      after: { order: taskIds },
    });
  });
  return { ok: true };
}

/**
 * Sets a task's status and/or records a progress note. Officers of the plan's organisation may,
 * and so may the task's owner. The note keeps who wrote it and when; notes are never edited.
 */
export async function setTaskStatus(ctx: Ctx, planId: string, taskId: string, input: z.output<typeof TaskStatusBody>) {
  const p = await planWithAccess(ctx, planId, 'registry.read');
  const t = ctx.actor.tenantId;
  const before = await loadTask(ctx.db, t, planId, taskId);
  if (before.ownerId !== ctx.actor.userId && !(await canManage(ctx, p))) {
    throw forbidden('Chỉ người phụ trách nhiệm vụ hoặc cán bộ thường trực TĐKT mới được cập nhật tiến độ.');
  }
  const status = input.status ?? before.status;
  const changed = status !== before.status;
  if (!changed && !input.note) {
    throw invalid([
      {
        field: 'note',
        label: 'Ghi chú tiến độ',
        message: `Nhiệm vụ đang ở trạng thái "${TASK_STATUS_LABELS[status]}"; hãy chọn trạng thái khác hoặc ghi tiến độ.`,
      },
    ]);
  }
  const note = input.note ?? `Chuyển trạng thái: ${TASK_STATUS_LABELS[before.status]} → ${TASK_STATUS_LABELS[status]}.`;
  const noteRow = {
    tenantId: t,
    id: crypto.randomUUID(),
    taskId,
    fromStatus: changed ? before.status : null,
    toStatus: changed ? status : null,
    note,
    authorId: ctx.actor.userId,
    authorName: ctx.actor.fullName,
    createdAt: ctx.now,
  };
  await ctx.db.transaction(async (tx) => {
    // Set by hand: the status no longer follows the linked work (linking again releases it).
    if (changed)
      await tx
        .update(planTasks)
        .set({ status, statusSetByHand: true, updatedAt: ctx.now })
        .where(and(eq(planTasks.tenantId, t), eq(planTasks.id, taskId)));
    await tx.insert(planTaskNotes).values(noteRow);
    await recordAudit(tx, ctx, {
      action: changed ? 'plan.task.status' : 'plan.task.note',
      entityType: 'plan_task',
      entityId: taskId,
      orgId: p.orgId,
      summary: changed
        ? `Nhiệm vụ "${taskSummary(before)}": ${TASK_STATUS_LABELS[before.status]} → ${TASK_STATUS_LABELS[status]}`
        : `Ghi tiến độ nhiệm vụ "${taskSummary(before)}"`,
      before: changed ? { status: before.status } : null,
      after: { status, note },
    });
  });
  return {
    ok: true,
    status,
    note: { id: noteRow.id, note, authorName: noteRow.authorName, createdAt: ctx.now.toISOString() },
  };
}

// ─── Links to the work that fulfils a task ───

async function manageableTask(ctx: Ctx, planId: string, taskId: string) {
  const p = await planWithAccess(ctx, planId, 'registry.read');
  if (!(await canManage(ctx, p)))
    throw forbidden('Chỉ cán bộ thường trực TĐKT của đơn vị mới được liên kết nhiệm vụ với công việc.');
  return { p, task: await loadTask(ctx.db, ctx.actor.tenantId, planId, taskId) };
}

/** Links a task to the movement or round that fulfils it; its status follows that work from now on. */
export async function linkPlanTask(ctx: Ctx, planId: string, taskId: string, input: z.output<typeof TaskLinkBody>) {
  const { p, task } = await manageableTask(ctx, planId, taskId);
  const link = await linkTask(ctx, task, p.orgId, input);
  const info = await workInfo(ctx.db, ctx.actor.tenantId, [link]);
  return presentLinks([link], info)[0]!;
}

export async function unlinkPlanTask(ctx: Ctx, planId: string, taskId: string, linkId: string) {
  const { p, task } = await manageableTask(ctx, planId, taskId);
  return unlinkTask(ctx, task, p.orgId, linkId);
}

// ─── Overdue tasks ───

/** Open tasks whose deadline has passed, in the plans of the organisations the actor may read. */
export async function listOverdueTasks(ctx: Ctx, limit = 200) {
  const t = ctx.actor.tenantId;
  const scope = await scopeFor(ctx.db, ctx.actor, 'registry.read');
  if (scope && !scope.size) return { items: [], total: 0 };
  const conds: SQL[] = [eq(plans.tenantId, t), inArray(planTasks.status, ['not_started', 'in_progress'])];
  if (scope) conds.push(inArray(plans.orgId, [...scope]));
  const rows = await ctx.db
    .select({ task: planTasks, year: plans.year, planId: plans.id, orgId: plans.orgId, orgName: organisations.name })
    .from(planTasks)
    .innerJoin(plans, and(eq(plans.tenantId, planTasks.tenantId), eq(plans.id, planTasks.planId)))
    .innerJoin(organisations, and(eq(organisations.tenantId, plans.tenantId), eq(organisations.id, plans.orgId)))
    .where(and(...conds));
  const today = isoDateInVietnam(ctx.now);
  // A linked task whose work is done is not late, even before anyone opened its plan.
  const lateByStore = rows.filter((r) => isOverdue(r.task, r.year, today));
  const followed = await statusesFromLinkedWork(
    ctx.db,
    t,
    lateByStore.map((r) => r.task),
  );
  const late = lateByStore
    .map((r) => (followed.has(r.task.id) ? { ...r, task: { ...r.task, status: followed.get(r.task.id)! } } : r))
    .filter((r) => isOverdue(r.task, r.year, today));
  const names = await nameMaps(
    ctx.db,
    t,
    late.map((r) => r.task),
  );
  const items = late
    .map((r) => ({
      ...presentTask(r.task, r.year, today, names),
      planId: r.planId,
      planYear: r.year,
      orgId: r.orgId,
      orgName: r.orgName,
    }))
    .sort((a, b) => (a.deadline! < b.deadline! ? -1 : a.deadline! > b.deadline! ? 1 : a.position - b.position));
  return { items: items.slice(0, limit), total: items.length };
}

export const SYSTEM_ACTOR_NAME = 'Hệ thống (nhắc hạn tự động)';

const OPEN_STATUSES = ['not_started', 'in_progress'] as const;

export interface OverdueCheckOptions {
  /** Open tasks read and told per transaction (small, so other users' queries pass in between). */
  batchSize?: number;
  /** Pause between batches, in ms: lets a waiting request run its next queries. */
  pauseMs?: number;
  /** Stops the check between batches (server shutting down). */
  signal?: AbortSignal;
}

/**
 * Who is told about an overdue task without an owner: the plan officers (`plan.manage`) of the
 * plan's own organisation; only when it has none, those of the nearest organisation above it.
 */
async function planOfficers(tx: Tx | Db, tenantId: string, orgId: string): Promise<string[]> {
  for (const org of await orgChain(tx, tenantId, orgId)) {
    const found = await usersWithPermission(tx, tenantId, 'plan.manage', [org]);
    if (found.length) return found.sort();
  }
  return [];
}

/**
 * Tells the owner of each task that became overdue (or, for a task without an owner, the plan
 * officers of the plan's organisation), once per deadline. The open tasks are read in small pages
 * by key; each page is told in its own short transaction that first claims the notice on the task
 * (`overdue_notified_for` = the deadline, only where it is not already that deadline), so running
 * the check again, after a restart or on two servers, sends nothing twice. Between pages it yields,
 * so other users' requests are not held up by a large backlog.
 */
export async function notifyOverdueTasks(
  db: Db,
  now = clockNow(),
  opts: OverdueCheckOptions = {},
): Promise<{ notified: number; notices: number }> {
  const today = isoDateInVietnam(now);
  const officers = new Map<string, string[]>();
  type Candidate = {
    tenantId: string;
    id: string;
    planId: string;
    quarter: TaskRow['quarter'];
    title: string;
    due: string | null;
    status: TaskRow['status'];
    statusSetByHand: boolean;
    ownerId: string | null;
    overdueNotifiedFor: string | null;
    year: number;
    orgId: string;
  };
  const done = await runKeyedBatches<
    Candidate,
    { tenantId: string; id: string },
    Candidate,
    { tasks: number; notices: number }
  >(
    db,
    {
      read: (after, limit) =>
        db
          .select({
            tenantId: planTasks.tenantId,
            id: planTasks.id,
            planId: planTasks.planId,
            quarter: planTasks.quarter,
            title: planTasks.title,
            due: planTasks.due,
            status: planTasks.status,
            statusSetByHand: planTasks.statusSetByHand,
            ownerId: planTasks.ownerId,
            overdueNotifiedFor: planTasks.overdueNotifiedFor,
            year: plans.year,
            orgId: plans.orgId,
          })
          .from(planTasks)
          .innerJoin(plans, and(eq(plans.tenantId, planTasks.tenantId), eq(plans.id, planTasks.planId)))
          .where(
            and(
              inArray(planTasks.status, [...OPEN_STATUSES]),
              after ? sql`(${planTasks.tenantId}, ${planTasks.id}) > (${after.tenantId}, ${after.id})` : undefined,
            ),
          )
          .orderBy(asc(planTasks.tenantId), asc(planTasks.id))
          .limit(limit),
      keyOf: (r) => ({ tenantId: r.tenantId, id: r.id }),
      select: (page) =>
        page.filter((r) => isOverdue(r, r.year, today) && r.overdueNotifiedFor !== taskDeadline(r, r.year)),
      groupOf: (r) => r.tenantId,
      write: async (tx, tenantId, candidates) => {
        // A linked task's status follows its work first (the plan may not have been opened since
        // the round's decision was signed): a task now done is not told, only brought up to date.
        const followed = await statusesFromLinkedWork(tx, tenantId, candidates);
        for (const [id, status] of followed) {
          const r = candidates.find((x) => x.id === id)!;
          await tx
            .update(planTasks)
            .set({ status, updatedAt: now })
            .where(and(eq(planTasks.tenantId, tenantId), eq(planTasks.id, id), eq(planTasks.statusSetByHand, false)));
          await appendAudit(
            tx,
            { tenantId, userId: null, name: SYSTEM_ACTOR_NAME },
            {
              action: 'plan.task.status',
              entityType: 'plan_task',
              entityId: id,
              orgId: r.orgId,
              summary: `Nhiệm vụ "${taskSummary(r)}": ${TASK_STATUS_LABELS[r.status]} → ${TASK_STATUS_LABELS[status]} (theo công việc liên kết)`,
              before: { status: r.status },
              after: { status, followsLinkedWork: true },
            },
            now,
          );
        }
        const group = candidates.filter((r) =>
          isOverdue({ ...r, status: followed.get(r.id) ?? r.status }, r.year, today),
        );
        if (!group.length) return { tasks: 0, notices: 0 };
        // Claim the notices first: a concurrent run that already claimed a task updates nothing here.
        const values = sql.join(
          group.map((r) => sql`(${r.id}::uuid, ${taskDeadline(r, r.year)}::date)`),
          sql`, `,
        );
        const claimed = new Set(
          rowsOf<{ id: string }>(
            await tx.execute(sql`
              UPDATE plan_tasks AS t SET overdue_notified_for = v.deadline, overdue_notified_at = ${now.toISOString()}::timestamptz
              FROM (VALUES ${values}) AS v(id, deadline)
              WHERE t.tenant_id = ${tenantId} AND t.id = v.id
                AND t.status IN ('not_started', 'in_progress')
                AND t.overdue_notified_for IS DISTINCT FROM v.deadline
              RETURNING t.id`),
          ).map((x) => x.id),
        );
        const sent = group.filter((r) => claimed.has(r.id));
        const rowsToInsert: (typeof notifications.$inferInsert)[] = [];
        for (const r of sent) {
          const key = `${tenantId}:${r.orgId}`;
          let to = r.ownerId ? [r.ownerId] : officers.get(key);
          if (!to) {
            to = await planOfficers(tx, tenantId, r.orgId);
            officers.set(key, to);
          }
          const deadline = taskDeadline(r, r.year)!;
          for (const userId of to)
            rowsToInsert.push({
              tenantId,
              id: crypto.randomUUID(),
              userId,
              kind: 'plan.task.overdue',
              title: `Nhiệm vụ quá hạn: ${taskSummary(r)}`,
              body: `Hạn ${deadline.split('-').reverse().join('/')} đã qua mà nhiệm vụ chưa hoàn thành (kế hoạch thi đua, khen thưởng năm ${r.year}). Hãy cập nhật tiến độ.`,
              link: `/ke-hoach/${r.planId}`,
              createdAt: now,
            });
        }
        for (let i = 0; i < rowsToInsert.length; i += 1000)
          await tx.insert(notifications).values(rowsToInsert.slice(i, i + 1000));
        if (sent.length) {
          await appendAudit(
            tx,
            { tenantId, userId: null, name: SYSTEM_ACTOR_NAME },
            {
              action: 'plan.task.overdue_notice',
              entityType: 'plan_task',
              summary: `Nhắc ${sent.length} nhiệm vụ kế hoạch thi đua, khen thưởng đã quá hạn`,
              after: { taskIds: sent.map((r) => r.id) },
            },
            now,
          );
        }
        return { tasks: sent.length, notices: rowsToInsert.length };
      },
      zero: { tasks: 0, notices: 0 },
    },
    opts,
  );
  return { notified: done.tasks, notices: done.notices };
}

/**
 * Runs the overdue check shortly after start-up (never before the server answers), then once a
 * day; a run still going when the next is due is not doubled. Returns a stop function that also
 * stops a running check between batches.
 */
export function startOverdueChecks(db: Db, everyMs = 24 * 60 * 60 * 1000, firstAfterMs = 5_000): () => void {
  return startPeriodicCheck({
    // Late units' plans ride on the same daily check (one scheduler).
    run: async (signal) => {
      const tasks = await notifyOverdueTasks(db, clockNow(), { signal });
      const units = await notifyLateUnitPlans(db, clockNow(), { signal });
      return { ...tasks, lateUnits: units.told };
    },
    report: (r) =>
      [
        r.notified && `Đã nhắc ${r.notified} nhiệm vụ kế hoạch quá hạn.`,
        r.lateUnits && `Đã nhắc ${r.lateUnits} đơn vị chậm gửi kế hoạch.`,
      ]
        .filter(Boolean)
        .join(' '),
    failure: 'Kiểm tra nhiệm vụ quá hạn gặp lỗi:',
    everyMs,
    firstAfterMs,
  });
}

// ─── Documents ───

/** The plan as the document builder's input (src/documents/plan). */
export async function planDocumentInput(ctx: Ctx, id: string) {
  const p = await planWithAccess(ctx, id, 'registry.read');
  const tasks = await ctx.db
    .select()
    .from(planTasks)
    .where(
      and(
        eq(planTasks.tenantId, ctx.actor.tenantId),
        eq(planTasks.planId, id),
        inArray(planTasks.status, ['not_started', 'in_progress', 'done']),
      ),
    )
    .orderBy(asc(planTasks.position), asc(planTasks.id));
  return {
    plan: p,
    input: {
      issuer: { name: p.issuerLines },
      number: p.number,
      symbol: p.symbol,
      place: p.place,
      date: p.issuedOn ?? { year: p.year, ...(p.pendingMonth ? { month: p.pendingMonth } : {}) },
      year: p.year,
      title: p.title,
      bases: p.bases,
      intro: p.intro ?? undefined,
      sections: p.sections,
      tasks: tasks.map((x) => ({
        quarter: x.quarter as TaskQuarter,
        title: cleanText(x.title),
        lead: cleanText(x.lead),
        partners: x.partners,
        due: x.due,
      })),
      taskTable: { placement: p.taskPlacement },
      closing: p.closing ?? undefined,
      recipients: p.recipients,
      archive: p.archive,
      signer: { lines: p.signerLines, name: p.signerName },
    },
  };
}

export const planFileName = (p: { year: number }, ext: 'docx' | 'pdf') =>
  `Kế hoạch thi đua, khen thưởng năm ${p.year}.${ext}`;
