// Use cases of emulation movements (phong trào thi đua): launched by a level with a theme, a
// period, participants, criteria and targets; the launch document; participants' progress
// reports; the six-month review (sơ kết) and the final review (tổng kết), which opens a
// thematic commendation round for the movement straight away.
import { and, asc, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import type { Db, Tx } from '../../db/client.js';
import { movementParticipants, movementReports, movements, organisations } from '../../db/schema.js';
import { buildNd30Docx, buildNd30Pdf } from '../../documents/nd30/index.js';
import { upperVN } from '../../documents/nd30/format.js';
import { movementLaunchDocument } from '../../documents/emulation/movement.js';
import { isoDateInVietnam } from '../../domain/vi-text/index.js';
import type { Ctx } from '../../server/context.js';
import { AppError, type SpecificCode, conflict, invalid, notFound, refuse } from '../../server/errors.js';
import { can, requireAnywhere } from '../../server/policy.js';
import { recordAudit } from '../audit/append.js';
import { filesOf, loadFile, storeFile } from '../files/store.js';
import { notify, usersWithPermission } from '../notifications/service.js';
import { requireOrgAccess, scopeFor, scopeSql } from '../organisations/scope.js';
import { offsetOf, searchCondition } from '../../server/paging.js';
import { orgChain, subtreeIds } from '../organisations/tree.js';
import { changeRoundStatus, createRound } from '../rounds/rounds.js';
import {
  type FinalReviewBody,
  MOVEMENT_KIND_LABELS,
  MOVEMENT_LEVEL_LABELS,
  MOVEMENT_STATUS_LABELS,
  type MovementBody,
  type MovementListQuery,
  type ReportBody,
  type ReviewBody,
} from './schema.js';

type Q = Db | Tx;
type Movement = typeof movements.$inferSelect;
// What the jsonb columns hold (written only by this file, from the bodies of ./schema.ts).
type Criterion = { id: string; text: string; target: string | null };
type Review = { summary: string; heldOn: string };

async function load(db: Q, tenantId: string, id: string): Promise<Movement> {
  const [m] = await db
    .select()
    .from(movements)
    .where(and(eq(movements.tenantId, tenantId), eq(movements.id, id)));
  if (!m) throw notFound('phong trào thi đua');
  return m;
}

async function participantsOf(db: Q, tenantId: string, id: string) {
  return db
    .select({ orgId: movementParticipants.orgId, name: organisations.name })
    .from(movementParticipants)
    .innerJoin(
      organisations,
      and(eq(organisations.tenantId, movementParticipants.tenantId), eq(organisations.id, movementParticipants.orgId)),
    )
    .where(and(eq(movementParticipants.tenantId, tenantId), eq(movementParticipants.movementId, id)))
    .orderBy(sql`${organisations.sortKey} COLLATE "C"`);
}

export async function createMovement(ctx: Ctx, body: z.output<typeof MovementBody>) {
  await requireOrgAccess(ctx.db, ctx.actor, 'plan.manage', body.orgId);
  const t = ctx.actor.tenantId;
  const inside = new Set(await subtreeIds(ctx.db, t, [body.orgId]));
  const ids = [...new Set(body.participantOrgIds)];
  if (ids.some((o) => !inside.has(o)))
    throw invalid([
      {
        field: 'participantOrgIds',
        label: 'Đơn vị tham gia',
        message: 'Chỉ chọn được đơn vị thuộc phạm vi của cơ quan phát động.',
      },
    ]);
  const id = crypto.randomUUID();
  const { participantOrgIds: _p, ...rest } = body;
  const criteria = body.criteria.map((c, i) => ({ id: `c${i + 1}`, ...c }));
  await ctx.db.transaction(async (tx) => {
    await tx.insert(movements).values({
      tenantId: t,
      id,
      ...rest,
      criteria,
      status: 'draft',
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await tx.insert(movementParticipants).values(ids.map((orgId) => ({ tenantId: t, movementId: id, orgId })));
    await recordAudit(tx, ctx, {
      action: 'movement.create',
      entityType: 'movement',
      entityId: id,
      orgId: body.orgId,
      summary: `Soạn phong trào thi đua "${body.theme}"`,
      after: body,
    });
  });
  return getMovement(ctx, id);
}

const MOVEMENT_ORDER = {
  newest: sql`${movements.fromDate} DESC, ${movements.createdAt} DESC, ${movements.id}`,
  oldest: sql`${movements.fromDate} ASC, ${movements.createdAt} ASC, ${movements.id}`,
  // The stored search key is the theme folded without diacritics: the same order as before, read from the row.
  theme: sql`${movements.searchKey}, ${movements.id}`,
} as const;

/**
 * One page of the movements the actor may see, filtered, ordered and counted in SQL: those of
 * the organisations they read, and the launched ones in which one of those organisations takes part.
 */
export async function listMovements(ctx: Ctx, q: MovementListQuery) {
  requireAnywhere(ctx.actor, 'registry.read');
  const t = ctx.actor.tenantId;
  const where: SQL[] = [eq(movements.tenantId, t)];
  const own = await scopeSql(ctx.db, ctx.actor, 'registry.read', movements.orgId);
  if (own) {
    const partIn = await scopeSql(ctx.db, ctx.actor, 'registry.read', sql`mp.org_id`);
    // Uncorrelated, so the planner reads the actor's participations once, not once a movement.
    where.push(sql`(${own} OR (${movements.status} <> 'draft' AND ${movements.id} IN (
      SELECT mp.movement_id FROM movement_participants mp WHERE mp.tenant_id = ${t} AND ${partIn})))`);
  }
  if (q.status) where.push(eq(movements.status, q.status));
  if (q.level) where.push(eq(movements.level, q.level));
  if (q.year !== undefined)
    where.push(sql`${movements.fromDate} <= ${`${q.year}-12-31`} AND ${movements.toDate} >= ${`${q.year}-01-01`}`);
  where.push(...searchCondition(movements.searchKey, q.q));
  const [[counted], rows] = await Promise.all([
    ctx.db
      .select({ total: count() })
      .from(movements)
      .where(and(...where)),
    ctx.db
      .select({
        m: movements,
        orgName: organisations.name,
        participants: sql<number>`(SELECT count(*)::int FROM movement_participants mp
          WHERE mp.tenant_id = ${t} AND mp.movement_id = ${movements.id})`,
      })
      .from(movements)
      .innerJoin(
        organisations,
        and(eq(organisations.tenantId, movements.tenantId), eq(organisations.id, movements.orgId)),
      )
      .where(and(...where))
      .orderBy(MOVEMENT_ORDER[q.sort])
      .limit(q.pageSize)
      .offset(offsetOf(q)),
  ]);
  return {
    items: rows.map(({ m, orgName, participants }) => ({
      id: m.id,
      theme: m.theme,
      orgName,
      level: m.level,
      levelLabel: MOVEMENT_LEVEL_LABELS[m.level],
      kind: m.kind,
      kindLabel: MOVEMENT_KIND_LABELS[m.kind],
      fromDate: m.fromDate,
      toDate: m.toDate,
      status: m.status,
      statusLabel: MOVEMENT_STATUS_LABELS[m.status],
      participants: Number(participants),
      roundId: m.roundId,
    })),
    total: counted?.total ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function getMovement(ctx: Ctx, id: string) {
  requireAnywhere(ctx.actor, 'registry.read');
  const t = ctx.actor.tenantId;
  const m = await load(ctx.db, t, id);
  const participants = await participantsOf(ctx.db, t, id);
  const manage = can(ctx.actor, 'plan.manage', await orgChain(ctx.db, t, m.orgId));
  const scope = await scopeFor(ctx.db, ctx.actor, 'registry.read');
  const reportScope = await scopeFor(ctx.db, ctx.actor, 'proposal.submit');
  const mine = participants.filter((p) => reportScope === null || reportScope.has(p.orgId)).map((p) => p.orgId);
  if (
    !manage &&
    !(scope === null || scope.has(m.orgId)) &&
    !(m.status !== 'draft' && participants.some((p) => scope.has(p.orgId)))
  )
    throw notFound('phong trào thi đua');
  const reports = await ctx.db
    .select()
    .from(movementReports)
    .where(and(eq(movementReports.tenantId, t), eq(movementReports.movementId, id)))
    .orderBy(asc(movementReports.reportedOn));
  const evidence = await filesOf(
    ctx.db,
    t,
    'movement_report',
    reports.map((r) => r.id),
  );
  const [org] = await ctx.db
    .select({ name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.tenantId, t), eq(organisations.id, m.orgId)));
  return {
    id: m.id,
    orgId: m.orgId,
    orgName: org?.name ?? '',
    level: m.level,
    levelLabel: MOVEMENT_LEVEL_LABELS[m.level],
    kind: m.kind,
    kindLabel: MOVEMENT_KIND_LABELS[m.kind],
    theme: m.theme,
    fromDate: m.fromDate,
    toDate: m.toDate,
    purposes: m.purposes as string[],
    criteria: m.criteria as Criterion[],
    awards: m.awards as string[],
    midReviewBy: m.midReviewBy,
    finalReviewBy: m.finalReviewBy,
    status: m.status,
    statusLabel: MOVEMENT_STATUS_LABELS[m.status],
    midReview: m.midReview as Review | null,
    finalReview: m.finalReview as Review | null,
    roundId: m.roundId,
    manage,
    myOrgIds: mine,
    participants: participants.map((p) => ({
      ...p,
      reports: reports
        .filter((r) => r.orgId === p.orgId)
        .map((r) => ({
          id: r.id,
          reportedOn: r.reportedOn,
          summary: r.summary,
          results: r.results as Record<string, string>,
          files: evidence.filter((f) => f.ownerId === r.id),
        })),
    })),
  };
}

async function requireManage(ctx: Ctx, m: Movement) {
  await requireOrgAccess(ctx.db, ctx.actor, 'plan.manage', m.orgId);
}

export async function launchMovement(ctx: Ctx, id: string) {
  const t = ctx.actor.tenantId;
  const m = await load(ctx.db, t, id);
  await requireManage(ctx, m);
  if (m.status !== 'draft')
    throw refuse('MOVEMENT_NOT_DRAFT', `Phong trào đang ở bước "${MOVEMENT_STATUS_LABELS[m.status]}".`);
  const participants = await participantsOf(ctx.db, t, id);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(movements)
      .set({ status: 'launched', updatedAt: ctx.now })
      .where(and(eq(movements.tenantId, t), eq(movements.id, id)));
    await recordAudit(tx, ctx, {
      action: 'movement.launch',
      entityType: 'movement',
      entityId: id,
      orgId: m.orgId,
      summary: `Phát động phong trào thi đua "${m.theme}" (${participants.length} đơn vị tham gia)`,
    });
    const who = await usersWithPermission(
      tx,
      t,
      'proposal.submit',
      participants.map((p) => p.orgId),
    );
    await notify(
      tx,
      t,
      who.filter((u) => u !== ctx.actor.userId),
      {
        kind: 'movement.launched',
        title: `Phong trào thi đua mới: ${m.theme}`,
        body: 'Đơn vị báo cáo kết quả thực hiện theo các chỉ tiêu.',
        link: `/phong-trao/${id}`,
      },
      ctx.now,
    );
  });
  return getMovement(ctx, id);
}

export async function reportProgress(ctx: Ctx, id: string, body: z.output<typeof ReportBody>) {
  const t = ctx.actor.tenantId;
  const m = await load(ctx.db, t, id);
  await requireOrgAccess(ctx.db, ctx.actor, 'proposal.submit', body.orgId);
  if (m.status !== 'launched' && m.status !== 'mid_reviewed')
    throw refuse('MOVEMENT_NOT_REPORTING', 'Phong trào không ở giai đoạn nhận báo cáo.');
  const participants = await participantsOf(ctx.db, t, id);
  const p = participants.find((x) => x.orgId === body.orgId);
  if (!p) throw invalid([{ field: 'orgId', label: 'Đơn vị', message: 'Đơn vị không tham gia phong trào này.' }]);
  const known = new Set((m.criteria as { id: string }[]).map((c) => c.id));
  const unknown = Object.keys(body.results).filter((k) => !known.has(k));
  if (unknown.length)
    throw invalid([
      { field: 'results', label: 'Kết quả theo chỉ tiêu', message: `Không có chỉ tiêu ${unknown.join(', ')}.` },
    ]);
  const rid = crypto.randomUUID();
  await ctx.db.transaction(async (tx) => {
    await tx.insert(movementReports).values({
      tenantId: t,
      id: rid,
      movementId: id,
      orgId: body.orgId,
      reportedOn: body.reportedOn,
      summary: body.summary,
      results: body.results,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'movement.report',
      entityType: 'movement',
      entityId: id,
      orgId: body.orgId,
      summary: `${p.name} báo cáo kết quả phong trào "${m.theme}"`,
      after: body,
    });
  });
  return getMovement(ctx, id);
}

/** Evidence for a progress report, attached by its unit while the movement is running. */
export async function attachReportEvidence(
  ctx: Ctx,
  id: string,
  reportId: string,
  fileName: string,
  bytes: Uint8Array,
) {
  const t = ctx.actor.tenantId;
  const m = await load(ctx.db, t, id);
  const [r] = await ctx.db
    .select()
    .from(movementReports)
    .where(and(eq(movementReports.tenantId, t), eq(movementReports.movementId, id), eq(movementReports.id, reportId)));
  if (!r) throw notFound('báo cáo');
  await requireOrgAccess(ctx.db, ctx.actor, 'proposal.submit', r.orgId);
  if (m.status !== 'launched' && m.status !== 'mid_reviewed')
    throw conflict('Phong trào không ở giai đoạn nhận báo cáo.');
  return storeFile(ctx, {
    ownerType: 'movement_report',
    ownerId: reportId,
    fileName,
    bytes,
    orgId: r.orgId,
    label: `báo cáo phong trào "${m.theme}"`,
  });
}

/** A report's evidence file, for whoever may read the movement. */
export async function readReportEvidence(ctx: Ctx, id: string, fileId: string) {
  const f = await loadFile(ctx.db, ctx.actor.tenantId, fileId);
  const view = await getMovement(ctx, id);
  if (f.ownerType !== 'movement_report' || !view.participants.some((p) => p.reports.some((r) => r.id === f.ownerId)))
    throw notFound('tệp');
  return { fileName: f.fileName, mime: f.mime, content: Buffer.from(f.content) };
}

export async function midReview(ctx: Ctx, id: string, body: z.output<typeof ReviewBody>) {
  const t = ctx.actor.tenantId;
  const m = await load(ctx.db, t, id);
  await requireManage(ctx, m);
  if (m.status !== 'launched')
    throw refuse('MOVEMENT_NOT_LAUNCHED', 'Chỉ sơ kết phong trào đang được thực hiện, một lần.');
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(movements)
      .set({ status: 'mid_reviewed', midReview: body, updatedAt: ctx.now })
      .where(and(eq(movements.tenantId, t), eq(movements.id, id)));
    await recordAudit(tx, ctx, {
      action: 'movement.mid_review',
      entityType: 'movement',
      entityId: id,
      orgId: m.orgId,
      summary: `Sơ kết phong trào thi đua "${m.theme}"`,
      after: body,
    });
  });
  return getMovement(ctx, id);
}

/** The final review; with `round`, a thematic commendation round opens for the participants. */
export async function finalReview(ctx: Ctx, id: string, body: z.output<typeof FinalReviewBody>) {
  const t = ctx.actor.tenantId;
  const m = await load(ctx.db, t, id);
  await requireManage(ctx, m);
  if (m.status !== 'launched' && m.status !== 'mid_reviewed')
    throw refuse('MOVEMENT_NOT_LAUNCHED', 'Chỉ tổng kết phong trào đã phát động, một lần.');
  const participants = await participantsOf(ctx.db, t, id);
  const today = isoDateInVietnam(ctx.now);
  if (body.round && body.round.submitBy < today)
    throw invalid([
      { field: 'round.submitBy', label: 'Hạn nộp hồ sơ', message: 'Hạn nộp hồ sơ không được trước hôm nay.' },
    ]);
  let roundId: string | null = null;
  if (body.round) {
    // The round is made as a draft first; it opens only once the movement is closed with it, so a
    // refused or repeated final review leaves at most an unopened draft, never a second open round.
    try {
      const round = await createRound(ctx, {
        name: body.round.name,
        kind: 'thematic',
        period: m.toDate.slice(0, 4),
        awardCodes: body.round.awardCodes,
        invitedOrgIds: participants.map((p) => p.orgId),
        orgId: m.orgId,
        opensOn: today,
        submitBy: body.round.submitBy,
        decisionBy: body.round.decisionBy,
        note: `Khen thưởng chuyên đề sau tổng kết phong trào thi đua "${m.theme}".`,
      });
      roundId = round.id;
    } catch (e) {
      if (e instanceof AppError)
        throw new AppError(
          e.kind,
          e.message,
          e.fields.map((f) => ({ ...f, field: `round.${f.field}` })),
          e.code === e.kind ? undefined : (e.code as SpecificCode),
        );
      throw e;
    }
  }
  await ctx.db.transaction(async (tx) => {
    const done = await tx
      .update(movements)
      .set({
        status: 'closed',
        finalReview: { summary: body.summary, heldOn: body.heldOn },
        roundId,
        updatedAt: ctx.now,
      })
      .where(
        and(eq(movements.tenantId, t), eq(movements.id, id), inArray(movements.status, ['launched', 'mid_reviewed'])),
      )
      .returning({ id: movements.id });
    if (!done.length) throw refuse('MOVEMENT_REVIEWED', 'Phong trào vừa được tổng kết.');
    await recordAudit(tx, ctx, {
      action: 'movement.final_review',
      entityType: 'movement',
      entityId: id,
      orgId: m.orgId,
      summary: `Tổng kết phong trào thi đua "${m.theme}"${roundId ? ', mở đợt khen thưởng chuyên đề' : ''}`,
      after: { ...body, roundId },
    });
  });
  if (roundId) await changeRoundStatus(ctx, roundId, 'open');
  return getMovement(ctx, id);
}

export async function movementDocument(ctx: Ctx, id: string, format: 'docx' | 'pdf') {
  const view = await getMovement(ctx, id);
  const t = ctx.actor.tenantId;
  const [org] = await ctx.db
    .select()
    .from(organisations)
    .where(and(eq(organisations.tenantId, t), eq(organisations.id, view.orgId)));
  const commune = org && ['commune', 'ward', 'special_zone'].includes(org.type);
  const doc = movementLaunchDocument({
    issuer: commune ? { name: ['ỦY BAN NHÂN DÂN', upperVN(org!.name)] } : { name: [upperVN(org?.name ?? '')] },
    place: (org?.name ?? '').replace(/^(Phường|Xã|Đặc khu)\s+/u, ''),
    date: { year: Number(view.fromDate.slice(0, 4)) },
    theme: view.theme,
    kindLabel: view.kindLabel,
    from: view.fromDate,
    to: view.toDate,
    bases: [
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ',
    ],
    purposes: view.purposes as string[],
    criteria: view.criteria as { text: string; target: string | null }[],
    participants: view.participants.map((p) => p.name),
    midReviewBy: view.midReviewBy,
    finalReviewBy: view.finalReviewBy,
    awards: view.awards as string[],
    implementation: [
      'Các đơn vị tham gia xây dựng kế hoạch thực hiện, báo cáo kết quả theo các chỉ tiêu trên phần mềm thi đua, khen thưởng.',
    ],
    recipients: view.participants.map((p) => p.name),
    signature: { lines: commune ? ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'] : ['THỦ TRƯỞNG CƠ QUAN'], name: '' },
  });
  const name = `Kế hoạch phát động - ${view.theme}.${format}`;
  return { name, data: format === 'pdf' ? Buffer.from(await buildNd30Pdf(doc)) : await buildNd30Docx(doc) };
}
