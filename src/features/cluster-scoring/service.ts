// Use cases of a cluster's year (Cụm, Khối thi đua): the covenant and its signatures, the scoring
// table, each member's self-score with evidence, the review (every change with a reason), the
// ranking with its stated tie-break rule, publication (irreversible, confirmed against the exact
// preview), and the hand-over of leadership for next year. The organiser, or the year's leader,
// runs it; each member scores itself.
import { createHash } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import type { Db, Tx } from '../../db/client.js';
import {
  clusterMembers,
  clusters,
  covenants,
  covenantSignatures,
  organisations,
  scoreChanges,
  scoreSheets,
  scoreTables,
} from '../../db/schema.js';
import { buildNd30Docx } from '../../documents/nd30/index.js';
import { covenantDocument } from '../../documents/emulation/covenant.js';
import {
  checkTable,
  covenantStatus,
  leaves,
  rankMembers,
  scoreSheet,
  type ScoreTable,
  type TieBreak,
} from '../../domain/emulation/index.js';
import { upperVN } from '../../documents/nd30/format.js';
import type { Ctx } from '../../server/context.js';
import { forbidden, invalid, notFound, refuse } from '../../server/errors.js';
import { can, requireAnywhere } from '../../server/policy.js';
import { recordAudit } from '../audit/append.js';
import { notify, usersWithPermission } from '../notifications/service.js';
import { orgChain } from '../organisations/tree.js';
import { findRound } from '../rounds/repository.js';
import type {
  CovenantBody,
  HandOverBody,
  ReviewBody,
  ScoreTableOut,
  SheetBody,
  SignBody,
  TableBody,
} from './schema.js';

type Q = Db | Tx;
type Entries = Record<string, number | null>;

async function loadCluster(db: Q, tenantId: string, id: string) {
  const [c] = await db
    .select()
    .from(clusters)
    .where(and(eq(clusters.tenantId, tenantId), eq(clusters.id, id)));
  if (!c) throw notFound('cụm, khối thi đua');
  return c;
}

async function membersOf(db: Q, tenantId: string, clusterId: string, year: number) {
  return db
    .select({
      orgId: clusterMembers.orgId,
      role: clusterMembers.role,
      name: organisations.name,
      sortKey: organisations.sortKey,
    })
    .from(clusterMembers)
    .innerJoin(
      organisations,
      and(eq(organisations.tenantId, clusterMembers.tenantId), eq(organisations.id, clusterMembers.orgId)),
    )
    .where(
      and(
        eq(clusterMembers.tenantId, tenantId),
        eq(clusterMembers.clusterId, clusterId),
        eq(clusterMembers.year, year),
      ),
    )
    .orderBy(sql`${organisations.sortKey} COLLATE "C"`);
}

/** The organiser, or the leader of the year, runs the cluster's work. */
async function mayManage(ctx: Ctx, cluster: { organiserOrgId: string }, leaderOrgId: string | null) {
  const t = ctx.actor.tenantId;
  if (can(ctx.actor, 'cluster.manage', await orgChain(ctx.db, t, cluster.organiserOrgId))) return true;
  return leaderOrgId ? can(ctx.actor, 'cluster.manage', await orgChain(ctx.db, t, leaderOrgId)) : false;
}

async function requireManage(ctx: Ctx, clusterId: string, year: number) {
  const t = ctx.actor.tenantId;
  const cluster = await loadCluster(ctx.db, t, clusterId);
  const members = await membersOf(ctx.db, t, clusterId, year);
  if (!(await mayManage(ctx, cluster, members.find((m) => m.role === 'leader')?.orgId ?? null)))
    throw forbidden(
      'Chỉ cơ quan tổ chức hoặc đơn vị Cụm trưởng (Khối trưởng) mới được điều hành giao ước và chấm điểm.',
    );
  return { cluster, members };
}

async function requireMember(ctx: Ctx, clusterId: string, year: number, orgId: string) {
  const t = ctx.actor.tenantId;
  const cluster = await loadCluster(ctx.db, t, clusterId);
  const members = await membersOf(ctx.db, t, clusterId, year);
  if (!members.some((m) => m.orgId === orgId))
    throw invalid([
      { field: 'orgId', label: 'Đơn vị', message: `Đơn vị không phải thành viên của ${cluster.name} năm ${year}.` },
    ]);
  const own = can(ctx.actor, 'cluster.score', await orgChain(ctx.db, t, orgId));
  if (!own && !(await mayManage(ctx, cluster, members.find((m) => m.role === 'leader')?.orgId ?? null)))
    throw forbidden('Bạn không có quyền ký giao ước, chấm điểm cho đơn vị này.');
  return { cluster, members };
}

const SCORE_STATUS_LABELS = {
  draft: 'Đang xây dựng thang điểm',
  scoring: 'Các đơn vị đang tự chấm',
  reviewing: 'Đang thẩm định điểm',
  published: 'Đã công bố kết quả',
} as const;

async function loadTable(db: Q, tenantId: string, clusterId: string, year: number) {
  const [row] = await db
    .select()
    .from(scoreTables)
    .where(and(eq(scoreTables.tenantId, tenantId), eq(scoreTables.clusterId, clusterId), eq(scoreTables.year, year)));
  return row ?? null;
}

/** Ranking of the members' sheets (reviewed score where reviewed, else the self-score). */
function ranking(
  table: ScoreTable,
  tieBreaks: TieBreak[],
  members: { orgId: string; name: string }[],
  sheets: (typeof scoreSheets.$inferSelect)[],
) {
  const labels = Object.fromEntries(flatten(table).map((c) => [c.id, c.label]));
  const rows = members.map((m) => {
    const s = sheets.find((x) => x.orgId === m.orgId);
    const entries = (s?.reviewedEntries ?? s?.selfEntries ?? {}) as Entries;
    return { memberId: m.orgId, name: m.name, sheet: scoreSheet(table, entries) };
  });
  return rankMembers(rows, tieBreaks, labels).map((r) => ({
    orgId: r.memberId,
    name: r.name,
    rank: r.rank,
    tieNote: r.tieNote,
    total: r.sheet.total,
    normal: r.sheet.normal,
    bonus: r.sheet.bonus,
    penalty: r.sheet.penalty,
    byCriterion: r.sheet.byCriterion,
  }));
}

function flatten(table: ScoreTable) {
  const out: { id: string; label: string }[] = [];
  const walk = (c: ScoreTable['criteria'][number]) => {
    out.push({ id: c.id, label: c.label });
    for (const ch of c.children ?? []) walk(ch);
  };
  for (const c of table.criteria) walk(c);
  return out;
}

/** A row of the ranking; publication stores these rows as the year's result. */
type RankingRow = ReturnType<typeof ranking>[number];

const hashOf = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 16);

export async function getClusterYear(ctx: Ctx, clusterId: string, year: number) {
  requireAnywhere(ctx.actor, 'registry.read');
  const t = ctx.actor.tenantId;
  const cluster = await loadCluster(ctx.db, t, clusterId);
  const members = await membersOf(ctx.db, t, clusterId, year);
  const leaderOrgId = members.find((m) => m.role === 'leader')?.orgId ?? null;
  const manage = await mayManage(ctx, cluster, leaderOrgId);
  const mine: string[] = [];
  for (const m of members) if (can(ctx.actor, 'cluster.score', await orgChain(ctx.db, t, m.orgId))) mine.push(m.orgId);
  const readable =
    manage || mine.length > 0 || can(ctx.actor, 'registry.read', await orgChain(ctx.db, t, cluster.organiserOrgId));
  if (!readable) throw notFound('cụm, khối thi đua');
  const [cov] = await ctx.db
    .select()
    .from(covenants)
    .where(and(eq(covenants.tenantId, t), eq(covenants.clusterId, clusterId), eq(covenants.year, year)));
  const sigs = cov
    ? await ctx.db
        .select()
        .from(covenantSignatures)
        .where(and(eq(covenantSignatures.tenantId, t), eq(covenantSignatures.covenantId, cov.id)))
    : [];
  const table = await loadTable(ctx.db, t, clusterId, year);
  const sheets = table
    ? await ctx.db
        .select()
        .from(scoreSheets)
        .where(and(eq(scoreSheets.tenantId, t), eq(scoreSheets.tableId, table.id)))
    : [];
  const changes = table
    ? await ctx.db
        .select()
        .from(scoreChanges)
        .where(and(eq(scoreChanges.tenantId, t), eq(scoreChanges.tableId, table.id)))
        .orderBy(asc(scoreChanges.changedAt))
    : [];
  const nextYear = await membersOf(ctx.db, t, clusterId, year + 1);
  const tbl = table ? (table.table as ScoreTable) : null;
  // Members see their own sheet; the ranking is everyone's once published, and the managers' before.
  const canSeeAll = manage || table?.status === 'published';
  return {
    cluster: { id: cluster.id, name: cluster.name, kind: cluster.kind },
    year,
    manage,
    myOrgIds: mine,
    members: members.map((m) => ({ orgId: m.orgId, name: m.name, role: m.role })),
    covenant: cov
      ? {
          id: cov.id,
          // The jsonb columns hold what saveCovenant wrote (CovenantBody).
          targets: cov.targets as { group: string; items: string[] }[],
          implementation: cov.implementation as string[],
          bases: cov.bases as string[],
          signatures: sigs.map((s) => ({
            orgId: s.orgId,
            signerName: s.signerName,
            position: s.position,
            signedOn: s.signedOn,
          })),
          ...covenantStatus(
            members.map((m) => ({ orgId: m.orgId, signedOn: sigs.find((s) => s.orgId === m.orgId)?.signedOn ?? null })),
          ),
        }
      : null,
    scoring: table
      ? {
          id: table.id,
          status: table.status,
          statusLabel: SCORE_STATUS_LABELS[table.status],
          // Saved through TableBody, so at most three levels deep: the shape the response declares.
          table: tbl as z.output<typeof ScoreTableOut>,
          tieBreaks: table.tieBreaks as TieBreak[],
          problems: checkTable(tbl!),
          publishedAt: table.publishedAt?.toISOString() ?? null,
          sheets: members
            .filter((m) => canSeeAll || mine.includes(m.orgId))
            .map((m) => {
              const s = sheets.find((x) => x.orgId === m.orgId);
              const self = s ? scoreSheet(tbl!, s.selfEntries as Entries) : null;
              const reviewed = s?.reviewedEntries ? scoreSheet(tbl!, s.reviewedEntries as Entries) : null;
              return {
                orgId: m.orgId,
                name: m.name,
                selfEntries: (s?.selfEntries ?? {}) as Entries,
                evidence: (s?.evidence ?? {}) as Record<string, string>,
                reviewedEntries: (s?.reviewedEntries ?? null) as Entries | null,
                submittedAt: s?.submittedAt?.toISOString() ?? null,
                selfTotal: self?.total ?? null,
                reviewedTotal: reviewed?.total ?? null,
                problems: (reviewed ?? self)?.problems ?? [],
                changes: changes
                  .filter((c) => c.orgId === m.orgId)
                  .map((c) => ({
                    criterionId: c.criterionId,
                    from: c.fromPoints,
                    to: c.toPoints,
                    reason: c.reason,
                    at: c.changedAt.toISOString(),
                  })),
              };
            }),
          ranking:
            table.status === 'published'
              ? (table.result as RankingRow[])
              : canSeeAll
                ? ranking(tbl!, table.tieBreaks as TieBreak[], members, sheets)
                : null,
        }
      : null,
    nextYear: nextYear.length
      ? {
          leader: nextYear.find((m) => m.role === 'leader')?.name ?? null,
          deputy: nextYear.find((m) => m.role === 'deputy')?.name ?? null,
        }
      : null,
  };
}

// ── Covenant ──

export async function saveCovenant(ctx: Ctx, clusterId: string, year: number, body: z.output<typeof CovenantBody>) {
  const t = ctx.actor.tenantId;
  const { cluster } = await requireManage(ctx, clusterId, year);
  const [existing] = await ctx.db
    .select()
    .from(covenants)
    .where(and(eq(covenants.tenantId, t), eq(covenants.clusterId, clusterId), eq(covenants.year, year)));
  await ctx.db.transaction(async (tx) => {
    if (existing) {
      const signed = await tx
        .select()
        .from(covenantSignatures)
        .where(and(eq(covenantSignatures.tenantId, t), eq(covenantSignatures.covenantId, existing.id)));
      if (signed.length) throw refuse('COVENANT_SIGNED', 'Giao ước đã có đơn vị ký: không sửa được nội dung.');
      await tx
        .update(covenants)
        .set({ ...body, updatedAt: ctx.now })
        .where(and(eq(covenants.tenantId, t), eq(covenants.id, existing.id)));
    } else {
      await tx.insert(covenants).values({
        tenantId: t,
        id: crypto.randomUUID(),
        clusterId,
        year,
        ...body,
        createdBy: ctx.actor.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      });
    }
    await recordAudit(tx, ctx, {
      action: existing ? 'covenant.update' : 'covenant.create',
      entityType: 'cluster',
      entityId: clusterId,
      orgId: cluster.organiserOrgId,
      summary: `${existing ? 'Sửa' : 'Lập'} giao ước thi đua năm ${year} của ${cluster.name}`,
      before: existing ? { targets: existing.targets } : undefined,
      after: body,
    });
  });
  return getClusterYear(ctx, clusterId, year);
}

export async function signCovenant(ctx: Ctx, clusterId: string, year: number, body: z.output<typeof SignBody>) {
  const t = ctx.actor.tenantId;
  const { cluster, members } = await requireMember(ctx, clusterId, year, body.orgId);
  const [cov] = await ctx.db
    .select()
    .from(covenants)
    .where(and(eq(covenants.tenantId, t), eq(covenants.clusterId, clusterId), eq(covenants.year, year)));
  if (!cov) throw refuse('COVENANT_MISSING', `Chưa có giao ước thi đua năm ${year}.`);
  const [done] = await ctx.db
    .select()
    .from(covenantSignatures)
    .where(
      and(
        eq(covenantSignatures.tenantId, t),
        eq(covenantSignatures.covenantId, cov.id),
        eq(covenantSignatures.orgId, body.orgId),
      ),
    );
  if (done) throw refuse('COVENANT_ALREADY_SIGNED', 'Đơn vị đã ký giao ước.');
  const name = members.find((m) => m.orgId === body.orgId)!.name;
  await ctx.db.transaction(async (tx) => {
    await tx.insert(covenantSignatures).values({
      tenantId: t,
      covenantId: cov.id,
      orgId: body.orgId,
      signerName: body.signerName,
      position: body.position,
      signedOn: body.signedOn,
      recordedBy: ctx.actor.userId,
    });
    await recordAudit(tx, ctx, {
      action: 'covenant.sign',
      entityType: 'cluster',
      entityId: clusterId,
      orgId: body.orgId,
      summary: `${name} ký giao ước thi đua năm ${year} của ${cluster.name}`,
      after: body,
    });
  });
  return getClusterYear(ctx, clusterId, year);
}

export async function covenantDocx(ctx: Ctx, clusterId: string, year: number) {
  const t = ctx.actor.tenantId;
  const view = await getClusterYear(ctx, clusterId, year);
  if (!view.covenant) throw notFound('giao ước thi đua');
  const cluster = await loadCluster(ctx.db, t, clusterId);
  const [organiser] = await ctx.db
    .select()
    .from(organisations)
    .where(and(eq(organisations.tenantId, t), eq(organisations.id, cluster.organiserOrgId)));
  const leader = view.members.find((m) => m.role === 'leader');
  const sig = (orgId: string) => view.covenant!.signatures.find((s) => s.orgId === orgId);
  const doc = covenantDocument({
    cluster: { name: upperVN(cluster.name), organiser: organiser ? upperVN(organiser.name) : undefined },
    year,
    place: (leader?.name ?? organiser?.name ?? '').replace(/^(Phường|Xã|Đặc khu)\s+/u, ''),
    date: { year },
    bases: view.covenant.bases as string[],
    targets: view.covenant.targets as { group: string; items: string[] }[],
    implementation: view.covenant.implementation as string[],
    members: view.members.map((m) => ({
      name: m.name,
      signer: sig(m.orgId)?.signerName ?? null,
      position: sig(m.orgId)?.position ?? null,
      signedOn: sig(m.orgId)?.signedOn ?? null,
    })),
    leader: {
      orgName: leader?.name ?? '',
      signerName: leader ? (sig(leader.orgId)?.signerName ?? '') : '',
      position: leader ? (sig(leader.orgId)?.position ?? 'Đại diện đơn vị Cụm trưởng') : '',
    },
  });
  return { name: `Giao ước thi đua ${year} - ${cluster.name}.docx`, data: await buildNd30Docx(doc) };
}

// ── Scoring ──

export async function saveScoreTable(ctx: Ctx, clusterId: string, year: number, body: z.output<typeof TableBody>) {
  const t = ctx.actor.tenantId;
  const { cluster } = await requireManage(ctx, clusterId, year);
  const existing = await loadTable(ctx.db, t, clusterId, year);
  if (existing && existing.status !== 'draft')
    throw refuse('SCORING_STARTED', 'Các đơn vị đã bắt đầu tự chấm: không sửa được thang điểm.');
  const ids = new Set(flatten(body.table as ScoreTable).map((c) => c.id));
  for (const tb of body.tieBreaks)
    if (tb.kind === 'criterion' && !ids.has(tb.id))
      throw invalid([
        {
          field: 'tieBreaks',
          label: 'Tiêu chí phụ xếp hạng',
          message: `Không có tiêu chí "${tb.id}" trong thang điểm.`,
        },
      ]);
  await ctx.db.transaction(async (tx) => {
    if (existing)
      await tx
        .update(scoreTables)
        .set({ table: body.table, tieBreaks: body.tieBreaks, updatedAt: ctx.now })
        .where(and(eq(scoreTables.tenantId, t), eq(scoreTables.id, existing.id)));
    else
      await tx.insert(scoreTables).values({
        tenantId: t,
        id: crypto.randomUUID(),
        clusterId,
        year,
        table: body.table,
        tieBreaks: body.tieBreaks,
        status: 'draft',
        createdBy: ctx.actor.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      });
    await recordAudit(tx, ctx, {
      action: existing ? 'score_table.update' : 'score_table.create',
      entityType: 'cluster',
      entityId: clusterId,
      orgId: cluster.organiserOrgId,
      summary: `${existing ? 'Sửa' : 'Lập'} thang điểm thi đua năm ${year} của ${cluster.name}`,
      before: existing?.table,
      after: body,
    });
  });
  return getClusterYear(ctx, clusterId, year);
}

type Step = 'open' | 'review';
const STEPS: Record<Step, { from: 'draft' | 'scoring'; to: 'scoring' | 'reviewing'; text: string }> = {
  open: { from: 'draft', to: 'scoring', text: 'Mở cho các đơn vị tự chấm điểm' },
  review: { from: 'scoring', to: 'reviewing', text: 'Bắt đầu thẩm định điểm' },
};

export async function advanceScoring(ctx: Ctx, clusterId: string, year: number, step: Step) {
  const t = ctx.actor.tenantId;
  const { cluster, members } = await requireManage(ctx, clusterId, year);
  const table = await loadTable(ctx.db, t, clusterId, year);
  if (!table) throw refuse('SCORING_TABLE_MISSING', 'Chưa có thang điểm.');
  const s = STEPS[step];
  if (table.status !== s.from)
    throw refuse(
      'SCORING_STEP_REFUSED',
      `Không thể ${s.text.toLowerCase()} khi thang điểm đang ở bước "${SCORE_STATUS_LABELS[table.status]}".`,
    );
  if (step === 'open') {
    const problems = checkTable(table.table as ScoreTable);
    if (problems.length)
      throw invalid(
        problems.map((p) => ({ field: 'table', label: 'Thang điểm', message: p.message })),
        'Thang điểm chưa hợp lệ.',
      );
  }
  await ctx.db.transaction(async (tx) => {
    if (step === 'review') {
      // The review starts from each member's self-score.
      const sheets = await tx
        .select()
        .from(scoreSheets)
        .where(and(eq(scoreSheets.tenantId, t), eq(scoreSheets.tableId, table.id)));
      for (const sh of sheets)
        await tx
          .update(scoreSheets)
          .set({ reviewedEntries: sh.selfEntries })
          .where(and(eq(scoreSheets.tenantId, t), eq(scoreSheets.tableId, table.id), eq(scoreSheets.orgId, sh.orgId)));
    }
    await tx
      .update(scoreTables)
      .set({ status: s.to, updatedAt: ctx.now })
      .where(and(eq(scoreTables.tenantId, t), eq(scoreTables.id, table.id)));
    await recordAudit(tx, ctx, {
      action: `score_table.${step}`,
      entityType: 'cluster',
      entityId: clusterId,
      orgId: cluster.organiserOrgId,
      summary: `${s.text}: ${cluster.name} năm ${year}`,
      before: { status: table.status },
      after: { status: s.to },
    });
    if (step === 'open') {
      const who = await usersWithPermission(
        tx,
        t,
        'cluster.score',
        members.map((m) => m.orgId),
      );
      await notify(
        tx,
        t,
        who.filter((u) => u !== ctx.actor.userId),
        {
          kind: 'cluster.scoring',
          title: `Tự chấm điểm thi đua năm ${year}: ${cluster.name}`,
          link: `/cum-thi-dua/${clusterId}/${year}`,
        },
        ctx.now,
      );
    }
  });
  return getClusterYear(ctx, clusterId, year);
}

export async function saveSelfScore(
  ctx: Ctx,
  clusterId: string,
  year: number,
  body: z.output<typeof SheetBody>,
  submit = false,
) {
  const t = ctx.actor.tenantId;
  const { members } = await requireMember(ctx, clusterId, year, body.orgId);
  const table = await loadTable(ctx.db, t, clusterId, year);
  if (table?.status !== 'scoring')
    throw refuse('SCORING_NOT_OPEN', 'Chưa đến bước tự chấm điểm, hoặc đã hết thời gian tự chấm.');
  const tbl = table.table as ScoreTable;
  const result = scoreSheet(tbl, body.entries);
  if (result.problems.length)
    throw invalid(
      result.problems.map((p) => ({ field: `entries.${p.id}`, label: 'Điểm', message: p.message })),
      'Có điểm ngoài khoảng cho phép.',
    );
  const [existing] = await ctx.db
    .select()
    .from(scoreSheets)
    .where(and(eq(scoreSheets.tenantId, t), eq(scoreSheets.tableId, table.id), eq(scoreSheets.orgId, body.orgId)));
  if (submit && result.missing.length) {
    const labels = Object.fromEntries(leaves(tbl).map((l) => [l.criterion.id, l.criterion.label]));
    throw invalid(
      result.missing.map((id) => ({ field: `entries.${id}`, label: labels[id] ?? id, message: 'Chưa chấm điểm.' })),
      'Còn tiêu chí chưa chấm điểm.',
    );
  }
  const name = members.find((m) => m.orgId === body.orgId)!.name;
  await ctx.db.transaction(async (tx) => {
    const values = {
      selfEntries: body.entries,
      evidence: body.evidence,
      updatedAt: ctx.now,
      ...(submit ? { submittedAt: ctx.now, submittedBy: ctx.actor.userId } : {}),
    };
    if (existing)
      await tx
        .update(scoreSheets)
        .set(values)
        .where(and(eq(scoreSheets.tenantId, t), eq(scoreSheets.tableId, table.id), eq(scoreSheets.orgId, body.orgId)));
    else await tx.insert(scoreSheets).values({ tenantId: t, tableId: table.id, orgId: body.orgId, ...values });
    await recordAudit(tx, ctx, {
      action: submit ? 'score_sheet.submit' : 'score_sheet.save',
      entityType: 'cluster',
      entityId: clusterId,
      orgId: body.orgId,
      summary: `${name} ${submit ? 'gửi' : 'lưu'} bảng tự chấm điểm năm ${year} (${result.total.toLocaleString('vi-VN')} điểm)`,
      before: existing?.selfEntries,
      after: body.entries,
    });
  });
  return getClusterYear(ctx, clusterId, year);
}

export async function reviewScore(ctx: Ctx, clusterId: string, year: number, body: z.output<typeof ReviewBody>) {
  const t = ctx.actor.tenantId;
  const { members } = await requireManage(ctx, clusterId, year);
  const table = await loadTable(ctx.db, t, clusterId, year);
  if (table?.status !== 'reviewing') throw refuse('SCORING_NOT_REVIEWING', 'Chỉ sửa điểm ở bước thẩm định.');
  const tbl = table.table as ScoreTable;
  const leaf = leaves(tbl).find((l) => l.criterion.id === body.criterionId);
  if (!leaf)
    throw invalid([
      { field: 'criterionId', label: 'Tiêu chí', message: `Không có tiêu chí "${body.criterionId}" để chấm.` },
    ]);
  if (!(body.points >= 0 && body.points <= leaf.criterion.maxPoints))
    throw invalid([
      {
        field: 'points',
        label: 'Điểm',
        message: `Điểm "${leaf.criterion.label}" phải từ 0 đến ${leaf.criterion.maxPoints}.`,
      },
    ]);
  const member = members.find((m) => m.orgId === body.orgId);
  if (!member) throw invalid([{ field: 'orgId', label: 'Đơn vị', message: 'Đơn vị không thuộc cụm trong năm này.' }]);
  const [sheet] = await ctx.db
    .select()
    .from(scoreSheets)
    .where(and(eq(scoreSheets.tenantId, t), eq(scoreSheets.tableId, table.id), eq(scoreSheets.orgId, body.orgId)));
  const current = (sheet?.reviewedEntries ?? sheet?.selfEntries ?? {}) as Entries;
  const before = current[body.criterionId] ?? null;
  const next = { ...current, [body.criterionId]: body.points };
  await ctx.db.transaction(async (tx) => {
    if (sheet)
      await tx
        .update(scoreSheets)
        .set({ reviewedEntries: next, updatedAt: ctx.now })
        .where(and(eq(scoreSheets.tenantId, t), eq(scoreSheets.tableId, table.id), eq(scoreSheets.orgId, body.orgId)));
    else
      await tx.insert(scoreSheets).values({
        tenantId: t,
        tableId: table.id,
        orgId: body.orgId,
        selfEntries: {},
        evidence: {},
        reviewedEntries: next,
        updatedAt: ctx.now,
      });
    await tx.insert(scoreChanges).values({
      tenantId: t,
      id: crypto.randomUUID(),
      tableId: table.id,
      orgId: body.orgId,
      criterionId: body.criterionId,
      fromPoints: before === null ? null : String(before),
      toPoints: String(body.points),
      reason: body.reason,
      changedBy: ctx.actor.userId,
      changedAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'score_sheet.review',
      entityType: 'cluster',
      entityId: clusterId,
      orgId: body.orgId,
      summary: `Thẩm định điểm của ${member.name}: "${leaf.criterion.label}" ${before ?? '—'} → ${body.points}`,
      before: { [body.criterionId]: before },
      after: { [body.criterionId]: body.points },
      reason: body.reason,
    });
  });
  return getClusterYear(ctx, clusterId, year);
}

/** First step of publication: the ranking as it would be published, and a fingerprint of it. */
export async function previewPublication(ctx: Ctx, clusterId: string, year: number) {
  const t = ctx.actor.tenantId;
  const { members } = await requireManage(ctx, clusterId, year);
  const table = await loadTable(ctx.db, t, clusterId, year);
  if (table?.status !== 'reviewing') throw refuse('SCORING_NOT_REVIEWING', 'Chỉ công bố sau khi đã thẩm định điểm.');
  const sheets = await ctx.db
    .select()
    .from(scoreSheets)
    .where(and(eq(scoreSheets.tenantId, t), eq(scoreSheets.tableId, table.id)));
  const result = ranking(table.table as ScoreTable, table.tieBreaks as TieBreak[], members, sheets);
  return { ranking: result, previewHash: hashOf(result) };
}

/** Second step: publishes exactly what was previewed; irreversible. */
export async function publishResults(ctx: Ctx, clusterId: string, year: number, previewHash: string) {
  const t = ctx.actor.tenantId;
  const { cluster, members } = await requireManage(ctx, clusterId, year);
  const preview = await previewPublication(ctx, clusterId, year);
  if (preview.previewHash !== previewHash)
    throw refuse(
      'SCORING_PREVIEW_STALE',
      'Điểm đã thay đổi sau khi xem trước: hãy xem lại bảng xếp hạng rồi xác nhận lại.',
    );
  const table = (await loadTable(ctx.db, t, clusterId, year))!;
  await ctx.db.transaction(async (tx) => {
    const done = await tx
      .update(scoreTables)
      .set({
        status: 'published',
        result: preview.ranking,
        publishedAt: ctx.now,
        publishedBy: ctx.actor.userId,
        updatedAt: ctx.now,
      })
      .where(and(eq(scoreTables.tenantId, t), eq(scoreTables.id, table.id), eq(scoreTables.status, 'reviewing')))
      .returning({ id: scoreTables.id });
    if (!done.length) throw refuse('SCORING_PUBLISHED', 'Kết quả đã được công bố.');
    await recordAudit(tx, ctx, {
      action: 'score_table.publish',
      entityType: 'cluster',
      entityId: clusterId,
      orgId: cluster.organiserOrgId,
      summary: `Công bố kết quả chấm điểm, xếp hạng thi đua năm ${year} của ${cluster.name}`,
      after: preview.ranking.map((r) => ({ rank: r.rank, name: r.name, total: r.total })),
    });
    const who = await usersWithPermission(
      tx,
      t,
      'cluster.score',
      members.map((m) => m.orgId),
    );
    await notify(
      tx,
      t,
      who.filter((u) => u !== ctx.actor.userId),
      {
        kind: 'cluster.published',
        title: `Kết quả xếp hạng thi đua năm ${year}: ${cluster.name}`,
        link: `/cum-thi-dua/${clusterId}/${year}`,
      },
      ctx.now,
    );
  });
  return getClusterYear(ctx, clusterId, year);
}

/** Records next year's leader and deputy (the hand-over), keeping the same members. */
export async function handOver(ctx: Ctx, clusterId: string, year: number, body: z.output<typeof HandOverBody>) {
  const t = ctx.actor.tenantId;
  const { cluster, members } = await requireManage(ctx, clusterId, year);
  if (body.leaderOrgId === body.deputyOrgId)
    throw invalid([{ field: 'deputyOrgId', label: 'Đơn vị Cụm phó', message: 'Cụm phó phải khác Cụm trưởng.' }]);
  for (const [field, id] of [
    ['leaderOrgId', body.leaderOrgId],
    ['deputyOrgId', body.deputyOrgId],
  ] as const)
    if (!members.some((m) => m.orgId === id))
      throw invalid([
        {
          field,
          label: field === 'leaderOrgId' ? 'Đơn vị Cụm trưởng' : 'Đơn vị Cụm phó',
          message: 'Phải là thành viên của cụm.',
        },
      ]);
  const next = year + 1;
  const existing = await membersOf(ctx.db, t, clusterId, next);
  if (existing.length) throw refuse('CLUSTER_YEAR_EXISTS', `Đã có thành viên và Cụm trưởng năm ${next}.`);
  const rows = members.map((m) => ({
    tenantId: t,
    clusterId,
    year: next,
    orgId: m.orgId,
    role: (m.orgId === body.leaderOrgId ? 'leader' : m.orgId === body.deputyOrgId ? 'deputy' : 'member') as
      | 'leader'
      | 'deputy'
      | 'member',
  }));
  await ctx.db.transaction(async (tx) => {
    await tx.insert(clusterMembers).values(rows);
    const name = (id: string) => members.find((m) => m.orgId === id)!.name;
    await recordAudit(tx, ctx, {
      action: 'cluster.hand_over',
      entityType: 'cluster',
      entityId: clusterId,
      orgId: cluster.organiserOrgId,
      summary: `Bàn giao ${cluster.name}: năm ${next} ${name(body.leaderOrgId)} làm Cụm trưởng, ${name(body.deputyOrgId)} làm Cụm phó`,
      after: rows.map((r) => ({ orgId: r.orgId, role: r.role })),
    });
  });
  return getClusterYear(ctx, clusterId, year);
}

/**
 * Puts the leading members of a published ranking into a commendation round (Cờ thi đua, Bằng
 * khen…): the year's leader proposes them in its dossier of that round.
 */
export async function proposeLeaders(
  ctx: Ctx,
  clusterId: string,
  year: number,
  body: { roundId: string; awardCode: string; orgIds: string[]; achievement: string },
) {
  const t = ctx.actor.tenantId;
  const { cluster, members } = await requireManage(ctx, clusterId, year);
  const table = await loadTable(ctx.db, t, clusterId, year);
  if (table?.status !== 'published')
    throw refuse('SCORING_NOT_PUBLISHED', 'Chỉ đề nghị khen thưởng sau khi đã công bố kết quả xếp hạng.');
  const result = table.result as { orgId: string; rank: number; name: string; total: number }[];
  const leader = members.find((m) => m.role === 'leader');
  if (!leader) throw refuse('CLUSTER_NO_LEADER', `${cluster.name} chưa có Cụm trưởng năm ${year}.`);
  const { openProposal, addNominee, getProposal } = await import('../rounds/proposals.js');
  // Everything is checked before anything is written, so a refusal leaves no half-made dossier.
  if (body.orgIds.some((o) => !result.some((x) => x.orgId === o)))
    throw invalid([
      { field: 'orgIds', label: 'Đơn vị được đề nghị', message: 'Chỉ đề nghị được đơn vị có trong bảng xếp hạng.' },
    ]);
  const round = await findRound(ctx.db, t, body.roundId);
  if (!round) throw invalid([{ field: 'roundId', label: 'Đợt xét khen thưởng', message: 'Không tìm thấy đợt xét.' }]);
  if (round.status !== 'open') throw refuse('ROUND_NOT_OPEN', 'Đợt xét không còn nhận hồ sơ.');
  if (!round.awardCodes.includes(body.awardCode))
    throw invalid([
      { field: 'awardCode', label: 'Danh hiệu, hình thức', message: 'Đợt xét không xét danh hiệu, hình thức này.' },
    ]);
  const { id: proposalId } = await openProposal(ctx, body.roundId, leader.orgId);
  const allowed = new Set(members.map((m) => m.orgId));
  for (const orgId of body.orgIds) {
    const r = result.find((x) => x.orgId === orgId)!;
    await addNominee(
      ctx,
      proposalId,
      {
        subjectKind: 'collective',
        subjectId: orgId,
        awardCode: body.awardCode,
        achievement:
          `${body.achievement}\nXếp thứ ${r.rank} trong ${cluster.name} năm ${year} với ${r.total.toLocaleString('vi-VN')} điểm.`.trim(),
      },
      allowed,
    );
  }
  return getProposal(ctx, proposalId);
}
