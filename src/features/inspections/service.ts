// Use cases of inspections of the units' TĐKT work: plan one for the year, record the visit
// (team, findings), add recommendations with deadlines and follow them up, issue the conclusion,
// open pending matters for named people or units (they withhold awards until settled), close it,
// and print the record and the conclusion.
import { and, eq, inArray } from 'drizzle-orm';
import { users } from '../../db/schema.js';
import { buildNd30Docx, buildNd30Pdf } from '../../documents/nd30/index.js';
import { upperVN } from '../../documents/nd30/format.js';
import {
  closeBlockers,
  INSPECTION_STATUS_LABELS,
  type InspectionAction,
  plannedDatesProblem,
  RECOMMENDATION_STATE_LABELS,
  recommendationState,
  refuseAction,
} from '../../domain/inspections/index.js';
import { isoDateInVietnam } from '../../domain/vi-text/index.js';
import type { Ctx } from '../../server/context.js';
import { conflict, invalid, notFound } from '../../server/errors.js';
import { can, requireAnywhere } from '../../server/policy.js';
import { recordAudit } from '../audit/append.js';
import { placeOf } from '../decisions/content.js';
import { requireOrgAccess, scopeFor } from '../organisations/scope.js';
import { orgChain, subtreeIds } from '../organisations/tree.js';
import { type InspectionDocInput, inspectionConclusionDocument, inspectionRecordDocument } from './documents.js';
import * as repo from './repository.js';
import {
  type ConclusionBody,
  type FollowUpBody,
  type InspectionBody,
  type InspectionDetail,
  type InspectionPage,
  type InspectionQuery,
  type MatterBody,
  type RecommendationBody,
  type RecordBody,
  type ResolveBody,
  TEAM_ROLE_LABELS,
} from './schema.js';

type Team = InspectionBody['team'];
const today = (ctx: Ctx) => isoDateInVietnam(ctx.now);
const COMMITTEE_TYPES = ['province', 'commune', 'ward', 'special_zone'];

/** Team members named by their account take the account's full name; unknown accounts are refused. */
async function checkTeam(ctx: Ctx, team: Team, field: string): Promise<Team> {
  const ids = team.map((m) => m.userId).filter((x): x is string => !!x);
  if (!ids.length) return team;
  const rows = await ctx.db
    .select({ id: users.id, fullName: users.fullName })
    .from(users)
    .where(and(eq(users.tenantId, ctx.actor.tenantId), inArray(users.id, ids)));
  const names = new Map(rows.map((r) => [r.id, r.fullName]));
  const missing = team.findIndex((m) => m.userId && !names.has(m.userId));
  if (missing >= 0)
    throw invalid([
      { field: `${field}.${missing}.userId`, label: 'Thành viên đoàn', message: 'Không tìm thấy tài khoản này.' },
    ]);
  return team.map((m) => (m.userId ? { ...m, name: names.get(m.userId)! } : m));
}

async function present(ctx: Ctx, row: repo.InspectionRow): Promise<InspectionDetail> {
  const t = ctx.actor.tenantId;
  const [names, recs, matters, manage] = await Promise.all([
    repo.orgNames(ctx.db, t, [row.orgId, row.targetOrgId]),
    repo.recommendationsOf(ctx.db, t, row.id),
    repo.mattersOf(ctx.db, t, row.id),
    orgChain(ctx.db, t, row.orgId).then((chain) => can(ctx.actor, 'plan.manage', chain)),
  ]);
  const day = today(ctx);
  const recommendations = recs.map((r) => {
    const s = recommendationState({ dueDate: r.dueDate, doneOn: r.doneOn }, day);
    return {
      id: r.id,
      text: r.text,
      dueDate: r.dueDate,
      doneOn: r.doneOn,
      followUp: r.followUp,
      state: s.state,
      stateLabel: RECOMMENDATION_STATE_LABELS[s.state],
      daysLeft: s.daysLeft,
    };
  });
  const team = (row.team as Team).map((m) => ({
    ...m,
    position: m.position ?? null,
    roleLabel: TEAM_ROLE_LABELS[m.role],
  }));
  const openMatters = matters.filter((m) => !m.resolvedOn);
  return {
    id: row.id,
    orgId: row.orgId,
    orgName: names.get(row.orgId) ?? '',
    targetOrgId: row.targetOrgId,
    targetOrgName: names.get(row.targetOrgId) ?? '',
    year: row.year,
    plannedFrom: row.plannedFrom,
    plannedTo: row.plannedTo,
    subject: row.subject,
    status: row.status,
    statusLabel: INSPECTION_STATUS_LABELS[row.status],
    heldOn: row.heldOn,
    openRecommendations: recommendations.filter((r) => !r.doneOn).length,
    overdueRecommendations: recommendations.filter((r) => r.state === 'overdue').length,
    team,
    place: row.place,
    findings: row.findings,
    unitRepresentative: row.unitRepresentative,
    conclusion: row.conclusion,
    concludedOn: row.concludedOn,
    closedOn: row.closedOn,
    recommendations,
    matters,
    closeBlockers:
      row.status === 'concluded' ? closeBlockers({ status: row.status, recommendations: recs, openMatters }) : [],
    canManage: manage,
  };
}

/** Loads an inspection the actor may read (its body's or its unit's subtree). */
async function readable(ctx: Ctx, id: string): Promise<repo.InspectionRow> {
  requireAnywhere(ctx.actor, 'registry.read');
  const row = await repo.findInspection(ctx.db, ctx.actor.tenantId, id);
  if (!row) throw notFound('cuộc kiểm tra');
  const t = ctx.actor.tenantId;
  const [a, b] = await Promise.all([orgChain(ctx.db, t, row.orgId), orgChain(ctx.db, t, row.targetOrgId)]);
  if (!can(ctx.actor, 'registry.read', a) && !can(ctx.actor, 'registry.read', b)) throw notFound('cuộc kiểm tra');
  return row;
}

/**
 * Runs a change on an inspection under a row lock: plan.manage over the inspecting body, the
 * action allowed in the current status, then `fn`, then the audit entry, all in one transaction.
 */
async function change(
  ctx: Ctx,
  id: string,
  action: InspectionAction,
  fn: (
    tx: Parameters<Parameters<Ctx['db']['transaction']>[0]>[0],
    row: repo.InspectionRow,
  ) => Promise<{ summary: string; after?: unknown }>,
): Promise<InspectionDetail> {
  const t = ctx.actor.tenantId;
  const first = await readable(ctx, id);
  await requireOrgAccess(ctx.db, ctx.actor, 'plan.manage', first.orgId);
  await ctx.db.transaction(async (tx) => {
    const row = await repo.lockInspection(tx, t, id);
    if (!row) throw notFound('cuộc kiểm tra');
    const refused = refuseAction(row.status, action);
    if (refused) throw conflict(refused);
    const done = await fn(tx, row);
    await recordAudit(tx, ctx, {
      action: `inspection.${action}`,
      entityType: 'inspection',
      entityId: id,
      orgId: row.orgId,
      summary: done.summary,
      after: done.after ?? null,
    });
  });
  return getInspection(ctx, id);
}

export async function listInspections(ctx: Ctx, q: InspectionQuery): Promise<InspectionPage> {
  requireAnywhere(ctx.actor, 'registry.read');
  const t = ctx.actor.tenantId;
  const scope = await scopeFor(ctx.db, ctx.actor, 'registry.read');
  let subtree: string[] | undefined;
  if (q.orgId) {
    const chain = await orgChain(ctx.db, t, q.orgId);
    if (!chain.length) throw notFound('cơ quan, đơn vị');
    subtree = await subtreeIds(ctx.db, t, [q.orgId]);
  }
  const w: repo.InspectionWhere = {
    tenantId: t,
    readable: scope ? [...scope] : null,
    subtree,
    year: q.year,
    status: q.status,
  };
  const [total, rows] = await Promise.all([
    repo.countInspections(ctx.db, w),
    repo.listInspections(ctx.db, w, today(ctx), q.pageSize, (q.page - 1) * q.pageSize),
  ]);
  return {
    items: rows.map((r) => ({ ...r, statusLabel: INSPECTION_STATUS_LABELS[r.status] })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function getInspection(ctx: Ctx, id: string): Promise<InspectionDetail> {
  return present(ctx, await readable(ctx, id));
}

export async function planInspection(ctx: Ctx, body: InspectionBody): Promise<InspectionDetail> {
  await requireOrgAccess(ctx.db, ctx.actor, 'plan.manage', body.orgId);
  const t = ctx.actor.tenantId;
  const inside = await subtreeIds(ctx.db, t, [body.orgId]);
  if (!inside.includes(body.targetOrgId) || body.targetOrgId === body.orgId)
    throw invalid([
      {
        field: 'targetOrgId',
        label: 'Đơn vị được kiểm tra',
        message: 'Chỉ kiểm tra được đơn vị trực thuộc cơ quan tiến hành kiểm tra.',
      },
    ]);
  const problem = plannedDatesProblem(body.year, body.plannedFrom, body.plannedTo);
  if (problem) throw invalid([{ field: 'plannedTo', label: 'Thời gian kiểm tra', message: problem }]);
  const team = await checkTeam(ctx, body.team, 'team');
  const id = crypto.randomUUID();
  await ctx.db.transaction(async (tx) => {
    await repo.insertInspection(tx, {
      tenantId: t,
      id,
      orgId: body.orgId,
      targetOrgId: body.targetOrgId,
      year: body.year,
      plannedFrom: body.plannedFrom,
      plannedTo: body.plannedTo,
      subject: body.subject,
      status: 'planned',
      team,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    const names = await repo.orgNames(tx, t, [body.targetOrgId]);
    await recordAudit(tx, ctx, {
      action: 'inspection.plan',
      entityType: 'inspection',
      entityId: id,
      orgId: body.orgId,
      summary: `Đưa vào kế hoạch kiểm tra năm ${body.year}: ${names.get(body.targetOrgId) ?? ''}`,
      after: { ...body, team },
    });
  });
  return getInspection(ctx, id);
}

export async function recordVisit(ctx: Ctx, id: string, body: RecordBody): Promise<InspectionDetail> {
  const team = await checkTeam(ctx, body.team, 'team');
  if (body.heldOn > today(ctx))
    throw invalid([{ field: 'heldOn', label: 'Ngày kiểm tra', message: 'Ngày kiểm tra không được sau hôm nay.' }]);
  return change(ctx, id, 'record', async (tx, row) => {
    await repo.updateInspection(tx, ctx.actor.tenantId, id, {
      status: 'conducted',
      heldOn: body.heldOn,
      place: body.place,
      team,
      findings: body.findings,
      unitRepresentative: body.unitRepresentative,
      updatedAt: ctx.now,
    });
    return {
      summary: `Lập biên bản kiểm tra ngày ${body.heldOn}${row.status === 'conducted' ? ' (sửa)' : ''}`,
      after: { ...body, team },
    };
  });
}

export async function addRecommendation(ctx: Ctx, id: string, body: RecommendationBody): Promise<InspectionDetail> {
  return change(ctx, id, 'recommend', async (tx, row) => {
    if (row.heldOn && body.dueDate < row.heldOn)
      throw invalid([{ field: 'dueDate', label: 'Thời hạn', message: 'Thời hạn thực hiện phải sau ngày kiểm tra.' }]);
    const recId = crypto.randomUUID();
    await repo.insertRecommendation(tx, {
      tenantId: ctx.actor.tenantId,
      id: recId,
      inspectionId: id,
      text: body.text,
      dueDate: body.dueDate,
      status: 'open',
      createdAt: ctx.now,
    });
    return { summary: `Kiến nghị: ${body.text.slice(0, 200)}`, after: { id: recId, ...body } };
  });
}

export async function followUpRecommendation(
  ctx: Ctx,
  id: string,
  recId: string,
  body: FollowUpBody,
): Promise<InspectionDetail> {
  return change(ctx, id, 'recommend', async (tx) => {
    const recs = await repo.recommendationsOf(tx, ctx.actor.tenantId, id);
    const rec = recs.find((r) => r.id === recId);
    if (!rec) throw notFound('kiến nghị');
    if (rec.doneOn) throw conflict('Kiến nghị này đã được ghi nhận thực hiện xong.');
    if (body.doneOn && body.doneOn > today(ctx))
      throw invalid([
        { field: 'doneOn', label: 'Ngày hoàn thành', message: 'Ngày hoàn thành không được sau hôm nay.' },
      ]);
    const followUp = [rec.followUp, body.followUp].filter(Boolean).join('\n');
    await repo.updateRecommendation(tx, ctx.actor.tenantId, recId, {
      followUp,
      doneOn: body.doneOn,
      status: body.doneOn ? 'done' : 'open',
    });
    return {
      summary: `${body.doneOn ? 'Kiến nghị đã thực hiện xong' : 'Theo dõi kiến nghị'}: ${rec.text.slice(0, 200)}`,
      after: { recId, ...body },
    };
  });
}

export async function issueConclusion(ctx: Ctx, id: string, body: ConclusionBody): Promise<InspectionDetail> {
  const on = body.concludedOn ?? today(ctx);
  return change(ctx, id, 'conclude', async (tx, row) => {
    if (row.heldOn && on < row.heldOn)
      throw invalid([
        { field: 'concludedOn', label: 'Ngày kết luận', message: 'Ngày kết luận phải từ ngày kiểm tra trở đi.' },
      ]);
    await repo.updateInspection(tx, ctx.actor.tenantId, id, {
      status: 'concluded',
      conclusion: body.conclusion,
      concludedOn: on,
      updatedAt: ctx.now,
    });
    return { summary: `Ban hành kết luận kiểm tra ngày ${on}`, after: { ...body, concludedOn: on } };
  });
}

export async function openMatters(ctx: Ctx, id: string, body: MatterBody): Promise<InspectionDetail> {
  const t = ctx.actor.tenantId;
  return change(ctx, id, 'open_matter', async (tx, row) => {
    // Only people and units of the inspected unit's subtree.
    const inside = new Set(await subtreeIds(tx, t, [row.targetOrgId]));
    const persons = await repo.peopleByIds(tx, t, [...new Set(body.personIds)]);
    const badPerson = body.personIds.findIndex((p) => {
      const found = persons.find((x) => x.id === p);
      return !found?.orgId || !inside.has(found.orgId);
    });
    if (badPerson >= 0)
      throw invalid([
        {
          field: `personIds.${badPerson}`,
          label: 'Cá nhân',
          message: 'Chỉ chọn được người thuộc đơn vị được kiểm tra.',
        },
      ]);
    const badOrg = body.orgIds.findIndex((o) => !inside.has(o));
    if (badOrg >= 0)
      throw invalid([
        { field: `orgIds.${badOrg}`, label: 'Tập thể', message: 'Chỉ chọn được đơn vị được kiểm tra hoặc trực thuộc.' },
      ]);
    const open = await repo.openMattersFor(tx, t, id);
    const since = row.heldOn ?? today(ctx);
    const opened: string[] = [];
    for (const p of new Set(body.personIds)) {
      if (open.some((m) => m.personId === p)) continue;
      opened.push(await repo.openMatter(tx, { tenantId: t, inspectionId: id, personId: p, since, note: body.note }));
    }
    for (const o of new Set(body.orgIds)) {
      if (open.some((m) => m.orgId === o)) continue;
      opened.push(await repo.openMatter(tx, { tenantId: t, inspectionId: id, orgId: o, since, note: body.note }));
    }
    if (!opened.length) throw conflict('Các cá nhân, tập thể đã chọn đều đang được xem xét trong cuộc kiểm tra này.');
    return {
      summary: `Xem xét trách nhiệm, tạm dừng xét khen thưởng ${opened.length} trường hợp: ${body.note.slice(0, 200)}`,
      after: { ...body, pendingMatterIds: opened },
    };
  });
}

export async function resolveMatter(
  ctx: Ctx,
  id: string,
  matterId: string,
  body: ResolveBody,
): Promise<InspectionDetail> {
  const t = ctx.actor.tenantId;
  return change(ctx, id, 'open_matter', async (tx) => {
    const m = (await repo.mattersOf(tx, t, id)).find((x) => x.id === matterId);
    if (!m) throw notFound('vụ việc đang xem xét');
    if (m.resolvedOn) throw conflict('Vụ việc này đã kết thúc.');
    const on = today(ctx);
    await repo.resolveMatter(tx, t, matterId, on, `${m.note ?? ''} — Kết quả: ${body.note}`.slice(0, 4000));
    return { summary: `Kết thúc xem xét đối với ${m.name}: ${body.note.slice(0, 200)}`, after: { matterId, ...body } };
  });
}

export async function closeInspection(ctx: Ctx, id: string): Promise<InspectionDetail> {
  const t = ctx.actor.tenantId;
  return change(ctx, id, 'close', async (tx, row) => {
    const [recs, matters] = await Promise.all([repo.recommendationsOf(tx, t, id), repo.mattersOf(tx, t, id)]);
    const blockers = closeBlockers({
      status: row.status,
      recommendations: recs,
      openMatters: matters.filter((m) => !m.resolvedOn),
    });
    if (blockers.length) throw conflict(blockers.join(' '));
    await repo.updateInspection(tx, t, id, { status: 'closed', closedOn: today(ctx), updatedAt: ctx.now });
    return { summary: 'Kết thúc theo dõi cuộc kiểm tra' };
  });
}

export async function cancelInspection(ctx: Ctx, id: string, reason: string): Promise<InspectionDetail> {
  return change(ctx, id, 'cancel', async (tx) => {
    await repo.updateInspection(tx, ctx.actor.tenantId, id, { status: 'cancelled', updatedAt: ctx.now });
    return { summary: `Hủy cuộc kiểm tra: ${reason}`, after: { reason } };
  });
}

/** The record (biên bản) or the conclusion (kết luận) as DOCX or PDF. */
export async function inspectionDocument(
  ctx: Ctx,
  id: string,
  kind: 'bien-ban' | 'ket-luan',
  format: 'docx' | 'pdf',
): Promise<{ name: string; data: Buffer }> {
  const view = await getInspection(ctx, id);
  if (kind === 'bien-ban' && !view.findings)
    throw conflict('Chưa lập biên bản kiểm tra: hãy ghi kết quả kiểm tra trước.');
  if (kind === 'ket-luan' && !view.conclusion) throw conflict('Chưa có kết luận kiểm tra.');
  const body = await repo.orgOf(ctx.db, ctx.actor.tenantId, view.orgId);
  const parent = body?.parentId ? await repo.orgOf(ctx.db, ctx.actor.tenantId, body.parentId) : undefined;
  const committee = !!body && COMMITTEE_TYPES.includes(body.type);
  const input: InspectionDocInput = {
    issuer: committee
      ? { name: ['ỦY BAN NHÂN DÂN', upperVN(placeOfBody(view.orgName))] }
      : { ...(parent ? { superior: [upperVN(parent.name)] } : {}), name: [upperVN(view.orgName)] },
    bodyName: committee ? `Ủy ban nhân dân ${lowerFirst(view.orgName)}` : view.orgName,
    committee,
    place: placeOf(placeOfBody(view.orgName)),
    targetName: view.targetOrgName,
    subject: view.subject,
    year: view.year,
    heldOn: view.heldOn,
    venue: view.place,
    team: view.team,
    unitRepresentative: view.unitRepresentative,
    findings: view.findings,
    conclusion: view.conclusion,
    concludedOn: view.concludedOn,
    recommendations: view.recommendations,
    matters: view.matters.filter((m) => !m.resolvedOn),
  };
  const doc = kind === 'bien-ban' ? inspectionRecordDocument(input) : inspectionConclusionDocument(input);
  const title = kind === 'bien-ban' ? 'Biên bản kiểm tra' : 'Kết luận kiểm tra';
  const name = `${title} - ${view.targetOrgName}.${format}`;
  return { name, data: format === 'pdf' ? Buffer.from(await buildNd30Pdf(doc)) : await buildNd30Docx(doc) };
}

/** 'Ủy ban nhân dân tỉnh thử nghiệm' stays; 'Phường Mường Lay' → 'PHƯỜNG MƯỜNG LAY' under ỦY BAN NHÂN DÂN. */
function placeOfBody(name: string): string {
  return name.replace(/^(Ủy ban nhân dân|UBND)\s+/iu, '');
}
function lowerFirst(name: string): string {
  const n = placeOfBody(name);
  return /^(Phường|Xã|Đặc khu|Tỉnh|Thành phố)\s/u.test(n) ? n[0].toLowerCase() + n.slice(1) : n;
}
