// Use cases of a commendation round up to the council: the office opens a round, units prepare
// and send their dossiers (nominees picked from the registry, the engine's verdict beside each),
// and the office appraises them (accept, return with a reason, reject), with duplicates across
// units and rounds caught and the statutory time limit tracked.
import { and, asc, count, eq, inArray, ne, notInArray, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import {
  decisions,
  files,
  households,
  nominees,
  organisations,
  people,
  proposals,
  roundInvitations,
  rounds,
} from '../../db/schema.js';
import { unsettledReason } from '../../domain/rounds/settle.js';
import { awardName, ORG_TYPE_LABELS } from '../../domain/registry/vocab.js';
import {
  appraisalClock,
  type NomineeStatus,
  printedBasis,
  nomineeMachine,
  proposalMachine,
  proposalStatusFrom,
  roundMachine,
  type RoundAction,
} from '../../domain/rounds/index.js';
import { isoDateInVietnam } from '../../domain/vi-text/index.js';
import type { Ctx } from '../../server/context.js';
import { isUniqueViolation } from '../../server/db-errors.js';
import { forbidden, invalid, moved, notFound, refuse } from '../../server/errors.js';
import { requireAnywhere } from '../../server/policy.js';
import { recordAudit } from '../audit/append.js';
import { notify, usersWithPermission } from '../notifications/service.js';
import { filesOf } from '../files/store.js';
import { tenantProcedureRules } from '../eligibility/service.js';
import { requireOrgAccess, scopeFor, scopeSql, searchCondition } from '../organisations/scope.js';
import { offsetOf } from '../../server/paging.js';
import { orgChain, subtreeIds } from '../organisations/tree.js';
import type { z } from '@hono/zod-openapi';
import type { AcceptBody, NomineeBody, NomineeUpdateBody, RoundBody, RoundListQuery } from './schema.js';
import { orgSubjectKind } from '../eligibility/service.js';
import { describeSubject, rulesOn, subjectPeriod, verdictsFor, type NomineeVerdict } from './verdicts.js';
import { needsOverrideReason } from '../../domain/eligibility/status.js';
import { periodName } from '../../domain/eligibility/streaks.js';

type Q = Db | Tx;
type Round = typeof rounds.$inferSelect;
type Proposal = typeof proposals.$inferSelect;
type Nominee = typeof nominees.$inferSelect;

const today = (ctx: Ctx) => isoDateInVietnam(ctx.now);

async function loadRound(db: Q, tenantId: string, id: string): Promise<Round> {
  const [r] = await db
    .select()
    .from(rounds)
    .where(and(eq(rounds.tenantId, tenantId), eq(rounds.id, id)));
  if (!r) throw notFound('đợt xét khen thưởng');
  return r;
}

/** What the actor may do in a round: manage it (the office), and propose for which invited units. */
async function accessTo(ctx: Ctx, round: Round) {
  const chain = await orgChain(ctx.db, ctx.actor.tenantId, round.orgId);
  const scopeManage = await scopeFor(ctx.db, ctx.actor, 'round.manage');
  const manage = scopeManage === null || chain.some((o) => scopeManage.has(o));
  const invited = await ctx.db
    .select({ orgId: roundInvitations.orgId, name: organisations.name, type: organisations.type })
    .from(roundInvitations)
    .innerJoin(
      organisations,
      and(eq(organisations.tenantId, roundInvitations.tenantId), eq(organisations.id, roundInvitations.orgId)),
    )
    .where(and(eq(roundInvitations.tenantId, ctx.actor.tenantId), eq(roundInvitations.roundId, round.id)))
    .orderBy(sql`${organisations.sortKey} COLLATE "C"`);
  const scopePropose = await scopeFor(ctx.db, ctx.actor, 'proposal.submit');
  const proposeOrgs = invited.filter((o) => scopePropose === null || scopePropose.has(o.orgId));
  return { manage, invited, proposeOrgs };
}

async function requireManage(ctx: Ctx, round: Round) {
  await requireOrgAccess(ctx.db, ctx.actor, 'round.manage', round.orgId);
}

// ── Rounds ──

export async function createRound(ctx: Ctx, body: z.output<typeof RoundBody>) {
  await requireOrgAccess(ctx.db, ctx.actor, 'round.manage', body.orgId);
  const t = ctx.actor.tenantId;
  const rules = await rulesOn(ctx.db, t, body.decisionBy);
  const unknown = body.awardCodes.filter((c) => !rules.awards[c as keyof typeof rules.awards]);
  if (unknown.length)
    throw invalid([
      {
        field: 'awardCodes',
        label: 'Danh hiệu, hình thức xét trong đợt',
        message: `Danh mục không có: ${unknown.join(', ')}.`,
      },
    ]);
  const inside = new Set(await subtreeIds(ctx.db, t, [body.orgId]));
  const outside = body.invitedOrgIds.filter((o) => !inside.has(o));
  if (outside.length)
    throw invalid([
      {
        field: 'invitedOrgIds',
        label: 'Đơn vị được mời đề nghị',
        message: 'Chỉ mời được các đơn vị thuộc phạm vi của cơ quan tổ chức đợt xét.',
      },
    ]);
  const id = crypto.randomUUID();
  const awardCodes = [...new Set(body.awardCodes)];
  const invited = [...new Set(body.invitedOrgIds)];
  await ctx.db.transaction(async (tx) => {
    await tx.insert(rounds).values({
      tenantId: t,
      id,
      orgId: body.orgId,
      name: body.name,
      kind: body.kind,
      period: body.period,
      awardCodes,
      opensOn: body.opensOn,
      submitBy: body.submitBy,
      decisionBy: body.decisionBy,
      status: 'draft',
      note: body.note || null,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await tx.insert(roundInvitations).values(invited.map((orgId) => ({ tenantId: t, roundId: id, orgId })));
    await recordAudit(tx, ctx, {
      action: 'round.create',
      entityType: 'round',
      entityId: id,
      orgId: body.orgId,
      summary: `Lập đợt xét khen thưởng "${body.name}" (${awardCodes.length} danh hiệu, hình thức; ${invited.length} đơn vị được mời)`,
      after: { ...body, awardCodes, invitedOrgIds: invited },
    });
  });
  return getRound(ctx, id);
}

const ROUND_VERBS: Record<RoundAction, string> = {
  open: 'Mở đợt xét',
  close: 'Khóa nhận hồ sơ',
  reopen: 'Mở lại việc nhận hồ sơ',
  finish: 'Kết thúc đợt xét',
};

export async function changeRoundStatus(ctx: Ctx, id: string, action: RoundAction) {
  const t = ctx.actor.tenantId;
  const round = await loadRound(ctx.db, t, id);
  await requireManage(ctx, round);
  const next = moved(() => roundMachine.move(round.status, action));
  if (action === 'finish') {
    // A round finishes only when its states agree: nothing left waiting for a decision.
    const ns = await ctx.db
      .select({ status: nominees.status })
      .from(nominees)
      .where(and(eq(nominees.tenantId, t), eq(nominees.roundId, id)));
    const [{ n }] = await ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(decisions)
      .where(and(eq(decisions.tenantId, t), eq(decisions.roundId, id), eq(decisions.status, 'draft')));
    const why = unsettledReason({
      nomineeStatuses: ns.map((x) => x.status as NomineeStatus),
      draftDecisions: Number(n),
    });
    if (why) throw refuse('ROUND_NOT_FINISHABLE', `Chưa thể kết thúc đợt xét. ${why}`);
  }
  await ctx.db.transaction(async (tx) => {
    const done = await tx
      .update(rounds)
      .set({ status: next, updatedAt: ctx.now })
      .where(and(eq(rounds.tenantId, t), eq(rounds.id, id), eq(rounds.status, round.status)))
      .returning({ id: rounds.id });
    if (!done.length) throw refuse('ROUND_CHANGED', 'Đợt xét vừa được người khác thay đổi. Hãy tải lại trang.');
    await recordAudit(tx, ctx, {
      action: `round.${action}`,
      entityType: 'round',
      entityId: id,
      orgId: round.orgId,
      summary: `${ROUND_VERBS[action]} "${round.name}"`,
      before: { status: round.status },
      after: { status: next },
    });
    if (action === 'open') {
      const invited = await tx
        .select({ orgId: roundInvitations.orgId })
        .from(roundInvitations)
        .where(and(eq(roundInvitations.tenantId, t), eq(roundInvitations.roundId, id)));
      const clerks = await usersWithPermission(
        tx,
        t,
        'proposal.submit',
        invited.map((i) => i.orgId),
      );
      await notify(
        tx,
        t,
        clerks.filter((u) => u !== ctx.actor.userId),
        {
          kind: 'round.opened',
          title: `Đợt xét khen thưởng mới: ${round.name}`,
          body: `Hạn nộp hồ sơ: ${round.submitBy.split('-').reverse().join('/')}.`,
          link: `/dot-xet/${id}`,
        },
        ctx.now,
      );
    }
  });
  return getRound(ctx, id);
}

function countdown(ctx: Ctx, round: Round) {
  const d = (Date.parse(round.submitBy) - Date.parse(today(ctx))) / 86_400_000;
  return Math.round(d);
}

function rowsOf<T>(r: unknown): T[] {
  return ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];
}

const ROUND_ORDER = {
  newest: sql`${rounds.createdAt} DESC, ${rounds.id}`,
  oldest: sql`${rounds.createdAt} ASC, ${rounds.id}`,
  deadline: sql`${rounds.submitBy} ASC, ${rounds.createdAt} DESC, ${rounds.id}`,
} as const;

/**
 * One page of the rounds the actor sees: those run by an organisation they manage rounds for,
 * and the opened ones to which a unit they submit dossiers for is invited. Reach, filters, order,
 * paging and the counts are SQL; only the page's invitations and dossiers are read.
 */
export async function listRounds(ctx: Ctx, q: RoundListQuery) {
  requireAnywhere(ctx.actor, 'registry.read');
  const t = ctx.actor.tenantId;
  const [manageSql, proposeSql] = await Promise.all([
    scopeSql(ctx.db, ctx.actor, 'round.manage', rounds.orgId),
    scopeSql(ctx.db, ctx.actor, 'proposal.submit', sql`ri.org_id`),
  ]);
  const manage = manageSql ?? sql`true`;
  // Uncorrelated, so the planner reads the actor's invitations once (a hashed subplan), not once a round.
  const invitedMine = sql`${rounds.id} IN (SELECT ri.round_id FROM round_invitations ri
    WHERE ri.tenant_id = ${t} AND ${proposeSql ?? sql`true`})`;
  const where: SQL[] = [eq(rounds.tenantId, t)];
  if (manageSql) where.push(sql`(${manage} OR (${rounds.status} <> 'draft' AND ${invitedMine}))`);
  if (q.status) where.push(eq(rounds.status, q.status));
  if (q.kind) where.push(eq(rounds.kind, q.kind));
  if (q.period) where.push(eq(rounds.period, q.period));
  where.push(...searchCondition(rounds.searchKey, q.q));
  const [[counted], all] = await Promise.all([
    ctx.db
      .select({ total: count() })
      .from(rounds)
      .where(and(...where)),
    ctx.db
      .select({
        r: rounds,
        orgName: organisations.name,
        manage: sql<boolean>`${manage}`,
        invitedCount: sql<number>`(SELECT count(*)::int FROM round_invitations ri
          WHERE ri.tenant_id = ${t} AND ri.round_id = ${rounds.id})`,
        submittedCount: sql<number>`(SELECT count(*)::int FROM proposals p
          WHERE p.tenant_id = ${t} AND p.round_id = ${rounds.id} AND p.status <> 'draft')`,
      })
      .from(rounds)
      .innerJoin(organisations, and(eq(organisations.tenantId, rounds.tenantId), eq(organisations.id, rounds.orgId)))
      .where(and(...where))
      .orderBy(ROUND_ORDER[q.sort])
      .limit(q.pageSize)
      .offset(offsetOf(q)),
  ]);
  const paging = { total: counted?.total ?? 0, page: q.page, pageSize: q.pageSize };
  if (!all.length) return { items: [], ...paging };
  const ids = all.map((a) => a.r.id);
  // The page's invitations of the actor's own units, and those units' dossiers.
  const inv = await ctx.db.execute(sql`SELECT ri.round_id, ri.org_id FROM round_invitations ri
    WHERE ri.tenant_id = ${t} AND ri.round_id IN (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )}) AND ${proposeSql ?? sql`true`}`);
  const invRows = rowsOf<{ round_id: string; org_id: string }>(inv);
  const props = invRows.length
    ? await ctx.db
        .select({ roundId: proposals.roundId, orgId: proposals.orgId, status: proposals.status })
        .from(proposals)
        .where(
          and(
            eq(proposals.tenantId, t),
            inArray(proposals.roundId, ids),
            inArray(proposals.orgId, [...new Set(invRows.map((i) => i.org_id))]),
          ),
        )
    : [];
  const items = all.map(({ r, orgName, manage, invitedCount, submittedCount }) => {
    const mine = invRows.filter((i) => i.round_id === r.id).map((i) => i.org_id);
    return {
      id: r.id,
      name: r.name,
      kind: r.kind,
      period: r.period,
      status: r.status,
      orgName,
      awardCodes: r.awardCodes,
      opensOn: r.opensOn,
      submitBy: r.submitBy,
      decisionBy: r.decisionBy,
      daysLeft: countdown(ctx, r),
      manage: Boolean(manage),
      invitedCount: Number(invitedCount),
      submittedCount: Number(submittedCount),
      /** For a unit: its own dossiers' statuses. */
      mine: props
        .filter((p) => p.roundId === r.id && mine.includes(p.orgId))
        .map((p) => ({ orgId: p.orgId, status: p.status })),
      myOrgCount: mine.length,
    };
  });
  return { items, ...paging };
}

export async function getRound(ctx: Ctx, id: string) {
  requireAnywhere(ctx.actor, 'registry.read');
  const t = ctx.actor.tenantId;
  const round = await loadRound(ctx.db, t, id);
  const access = await accessTo(ctx, round);
  if (!access.manage && (!access.proposeOrgs.length || round.status === 'draft')) throw notFound('đợt xét khen thưởng');
  const [org] = await ctx.db
    .select({ name: organisations.name, type: organisations.type })
    .from(organisations)
    .where(and(eq(organisations.tenantId, t), eq(organisations.id, round.orgId)));
  const visibleOrgs = access.manage ? access.invited.map((o) => o.orgId) : access.proposeOrgs.map((o) => o.orgId);
  const props = visibleOrgs.length
    ? await ctx.db
        .select()
        .from(proposals)
        .where(and(eq(proposals.tenantId, t), eq(proposals.roundId, id), inArray(proposals.orgId, visibleOrgs)))
    : [];
  const counts = props.length
    ? await ctx.db
        .select({ proposalId: nominees.proposalId, status: nominees.status, n: sql<number>`count(*)::int` })
        .from(nominees)
        .where(
          and(
            eq(nominees.tenantId, t),
            inArray(
              nominees.proposalId,
              props.map((p) => p.id),
            ),
          ),
        )
        .groupBy(nominees.proposalId, nominees.status)
    : [];
  const rules = await tenantProcedureRules(ctx.db, t, today(ctx));
  const names = new Map(access.invited.map((o) => [o.orgId, o.name]));
  return {
    id: round.id,
    name: round.name,
    kind: round.kind,
    period: round.period,
    status: round.status,
    orgId: round.orgId,
    orgName: org?.name ?? '',
    awards: round.awardCodes.map((code) => ({ code, name: awardName(code) })),
    opensOn: round.opensOn,
    submitBy: round.submitBy,
    decisionBy: round.decisionBy,
    note: round.note,
    daysLeft: countdown(ctx, round),
    manage: access.manage,
    actions: access.manage ? roundMachine.actions(round.status) : [],
    invited: access.invited.map((o) => ({
      orgId: o.orgId,
      name: o.name,
      canPropose: access.proposeOrgs.some((p) => p.orgId === o.orgId),
    })),
    proposals: props
      .map((p) => {
        const byStatus: Partial<Record<NomineeStatus, number>> = {};
        for (const c of counts.filter((c) => c.proposalId === p.id)) byStatus[c.status] = c.n;
        return {
          id: p.id,
          orgId: p.orgId,
          orgName: names.get(p.orgId) ?? '',
          status: p.status,
          submittedAt: p.submittedAt?.toISOString() ?? null,
          submissions: p.submissions,
          nominees: byStatus,
          clock:
            p.completeOn && p.status !== 'draft'
              ? { completeOn: p.completeOn, ...appraisalClock(p.completeOn, today(ctx), rules) }
              : null,
        };
      })
      .sort((a, b) => a.orgName.localeCompare(b.orgName, 'vi')),
    appraisalRule: {
      workingDays: rules.appraisal.workingDays,
      basis: printedBasis(rules.appraisal) ?? null,
      mark: rules.appraisal.mark === 'V' ? ('V' as const) : ('U' as const),
    },
  };
}

// ── Proposals (units) ──

async function loadProposal(db: Q, tenantId: string, id: string): Promise<Proposal> {
  const [p] = await db
    .select()
    .from(proposals)
    .where(and(eq(proposals.tenantId, tenantId), eq(proposals.id, id)));
  if (!p) throw notFound('hồ sơ đề nghị');
  return p;
}

/** The unit's side: a clerk of the proposing unit (or the office, which may also help). */
async function requireProposalWrite(ctx: Ctx, p: Proposal) {
  await requireOrgAccess(ctx.db, ctx.actor, 'proposal.submit', p.orgId);
}

async function canRead(ctx: Ctx, p: Proposal, round: Round) {
  const scope = await scopeFor(ctx.db, ctx.actor, 'proposal.submit');
  if (scope === null || scope.has(p.orgId)) return true;
  const chain = await orgChain(ctx.db, ctx.actor.tenantId, round.orgId);
  const m = await scopeFor(ctx.db, ctx.actor, 'round.manage');
  return m === null || chain.some((o) => m.has(o));
}

/** Opens (or finds) the dossier of an invited unit in an open round. */
export async function openProposal(ctx: Ctx, roundId: string, orgId: string) {
  const t = ctx.actor.tenantId;
  const round = await loadRound(ctx.db, t, roundId);
  await requireOrgAccess(ctx.db, ctx.actor, 'proposal.submit', orgId);
  const [inv] = await ctx.db
    .select()
    .from(roundInvitations)
    .where(
      and(eq(roundInvitations.tenantId, t), eq(roundInvitations.roundId, roundId), eq(roundInvitations.orgId, orgId)),
    );
  if (!inv) throw forbidden('Đơn vị này không được mời đề nghị trong đợt xét.');
  const [existing] = await ctx.db
    .select()
    .from(proposals)
    .where(and(eq(proposals.tenantId, t), eq(proposals.roundId, roundId), eq(proposals.orgId, orgId)));
  if (existing) return { id: existing.id };
  if (round.status !== 'open') throw refuse('ROUND_NOT_OPEN', 'Đợt xét không còn nhận hồ sơ.');
  const id = crypto.randomUUID();
  try {
    await ctx.db.transaction(async (tx) => {
      await tx.insert(proposals).values({
        tenantId: t,
        id,
        roundId,
        orgId,
        status: 'draft',
        createdBy: ctx.actor.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      });
      await recordAudit(tx, ctx, {
        action: 'proposal.create',
        entityType: 'proposal',
        entityId: id,
        orgId,
        summary: `Lập hồ sơ đề nghị khen thưởng trong đợt "${round.name}"`,
      });
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    const [p] = await ctx.db
      .select()
      .from(proposals)
      .where(and(eq(proposals.tenantId, t), eq(proposals.roundId, roundId), eq(proposals.orgId, orgId)));
    return { id: p!.id };
  }
  return { id };
}

function presentNominee<E extends object>(n: Nominee, verdict: NomineeVerdict | null, extra: E) {
  return {
    id: n.id,
    subjectKind: n.subjectKind,
    subjectId: n.personId ?? n.orgId ?? n.householdId,
    displayName: n.displayName,
    positionText: n.positionText,
    awardCode: n.awardCode,
    awardName: awardName(n.awardCode),
    period: n.period,
    achievement: n.achievement,
    status: n.status,
    officeReason: n.officeReason,
    overrideReason: n.overrideReason,
    verdict,
    submittedVerdict: (n.verdict as NomineeVerdict | null) ?? null,
    ...extra,
  };
}

export async function getProposal(ctx: Ctx, id: string) {
  requireAnywhere(ctx.actor, 'registry.read');
  const t = ctx.actor.tenantId;
  const p = await loadProposal(ctx.db, t, id);
  const round = await loadRound(ctx.db, t, p.roundId);
  if (!(await canRead(ctx, p, round))) throw notFound('hồ sơ đề nghị');
  const ns = await ctx.db
    .select()
    .from(nominees)
    .where(and(eq(nominees.tenantId, t), eq(nominees.proposalId, id)))
    .orderBy(asc(nominees.awardCode), sql`${nominees.sortKey} COLLATE "C"`);
  // Drafts show the live verdict; once sent, the verdict shown at submission stays beside it.
  const live = await verdictsFor(ctx.db, t, round, ns);
  const fs = await ctx.db
    .select({
      id: files.id,
      ownerType: files.ownerType,
      ownerId: files.ownerId,
      fileName: files.fileName,
      size: files.size,
      sha256: files.sha256,
      mime: files.mime,
    })
    .from(files)
    .where(and(eq(files.tenantId, t), inArray(files.ownerId, [id, ...ns.map((n) => n.id)])));
  const [org] = await ctx.db
    .select({ name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.tenantId, t), eq(organisations.id, p.orgId)));
  const rules = await tenantProcedureRules(ctx.db, t, today(ctx));
  const writable = proposalMachine.can(p.status, 'edit') && round.status === 'open';
  let mayWrite = false;
  try {
    await requireProposalWrite(ctx, p);
    mayWrite = true;
  } catch {
    mayWrite = false;
  }
  return {
    id: p.id,
    round: {
      id: round.id,
      name: round.name,
      period: round.period,
      status: round.status,
      submitBy: round.submitBy,
      decisionBy: round.decisionBy,
      awards: round.awardCodes.map((code) => ({ code, name: awardName(code) })),
    },
    orgId: p.orgId,
    orgName: org?.name ?? '',
    status: p.status,
    summary: p.summary,
    returnReason: p.returnReason,
    submittedAt: p.submittedAt?.toISOString() ?? null,
    submissions: p.submissions,
    editable: writable && mayWrite,
    clock:
      p.completeOn && p.status !== 'draft'
        ? { completeOn: p.completeOn, ...appraisalClock(p.completeOn, today(ctx), rules) }
        : null,
    files: fs.filter((f) => f.ownerId === id),
    nominees: ns.map((n, i) => presentNominee(n, live[i]!, { files: fs.filter((f) => f.ownerId === n.id) })),
  };
}

async function requireEditable(ctx: Ctx, p: Proposal) {
  await requireProposalWrite(ctx, p);
  const round = await loadRound(ctx.db, ctx.actor.tenantId, p.roundId);
  moved(() => proposalMachine.move(p.status, 'edit'));
  if (round.status !== 'open') throw refuse('ROUND_NOT_OPEN', 'Đợt xét đã hết hạn nhận hồ sơ: không sửa được hồ sơ.');
  return round;
}

export async function updateProposal(ctx: Ctx, id: string, summary: string) {
  const t = ctx.actor.tenantId;
  const p = await loadProposal(ctx.db, t, id);
  await requireEditable(ctx, p);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(proposals)
      .set({ summary, updatedAt: ctx.now })
      .where(and(eq(proposals.tenantId, t), eq(proposals.id, id)));
    await recordAudit(tx, ctx, {
      action: 'proposal.update',
      entityType: 'proposal',
      entityId: id,
      orgId: p.orgId,
      summary: 'Sửa nội dung tờ trình của hồ sơ đề nghị',
      before: { summary: p.summary },
      after: { summary },
    });
  });
  return getProposal(ctx, id);
}

const SUBJECT_COLUMN = { person: 'personId', org: 'orgId', household: 'householdId' } as const;

/**
 * Adds a nominee. `alsoAllowed` lets a caller admit subjects outside the unit's own subtree for a
 * stated reason (a cluster's leader proposing the cluster's top members).
 */
export async function addNominee(
  ctx: Ctx,
  proposalId: string,
  body: z.output<typeof NomineeBody>,
  alsoAllowed: ReadonlySet<string> = new Set(),
) {
  const t = ctx.actor.tenantId;
  const p = await loadProposal(ctx.db, t, proposalId);
  const round = await requireEditable(ctx, p);
  if (!round.awardCodes.includes(body.awardCode))
    throw invalid([
      {
        field: 'awardCode',
        label: 'Danh hiệu, hình thức',
        message: `Đợt xét không xét "${awardName(body.awardCode)}".`,
      },
    ]);
  const ref = body.subjectKind === 'individual' ? 'person' : body.subjectKind === 'household' ? 'household' : 'org';
  const subject = await describeSubject(ctx.db, t, ref, body.subjectId);
  if (!subject)
    throw invalid([
      {
        field: 'subjectId',
        label: 'Người, tập thể hoặc hộ được đề nghị',
        message: 'Không tìm thấy trong cơ sở dữ liệu.',
      },
    ]);
  // Only the unit's own people, collectives and households.
  const unit = new Set(await subtreeIds(ctx.db, t, [p.orgId]));
  if (!subject.orgId || (!unit.has(subject.orgId) && !alsoAllowed.has(body.subjectId)))
    throw invalid([
      {
        field: 'subjectId',
        label: 'Người, tập thể hoặc hộ được đề nghị',
        message: 'Chỉ đề nghị được cá nhân, tập thể, hộ gia đình thuộc đơn vị mình.',
      },
    ]);
  const subjectKind = ref === 'org' ? orgSubjectKind(subject.orgType!, body.awardCode) : body.subjectKind;
  const rules = await rulesOn(ctx.db, t, round.decisionBy);
  const award = rules.awards[body.awardCode as keyof typeof rules.awards];
  if (!award.subjectKinds.includes(subjectKind))
    throw invalid([
      { field: 'awardCode', label: 'Danh hiệu, hình thức', message: `"${award.name}" không xét cho đối tượng này.` },
    ]);
  const subjectKey = `${ref}:${body.subjectId}`;
  // A school (its staff, the school itself) is judged on the school year ending in a calendar round.
  const period = await subjectPeriod(ctx.db, t, round, rules, body.awardCode, {
    orgId: subject.orgId,
    personId: ref === 'person' ? body.subjectId : null,
    subjectOrgId: ref === 'org' ? body.subjectId : null,
  });
  const [dup] = await ctx.db
    .select({ id: nominees.id })
    .from(nominees)
    .where(
      and(
        eq(nominees.tenantId, t),
        eq(nominees.proposalId, proposalId),
        eq(nominees.subjectKey, subjectKey),
        eq(nominees.awardCode, body.awardCode),
      ),
    );
  if (dup) throw refuse('NOMINEE_DUPLICATE', `${subject.name} đã có trong hồ sơ với "${award.name}".`);
  const id = crypto.randomUUID();
  const col = SUBJECT_COLUMN[ref];
  await ctx.db.transaction(async (tx) => {
    await tx.insert(nominees).values({
      tenantId: t,
      id,
      proposalId,
      roundId: round.id,
      subjectKind,
      personId: null,
      orgId: null,
      householdId: null,
      [col]: body.subjectId,
      subjectKey,
      displayName: subject.name,
      sortKey: subject.sortKey,
      positionText: subject.position,
      awardCode: body.awardCode,
      period,
      track: award.track,
      achievement: body.achievement ?? '',
      status: 'draft',
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'nominee.add',
      entityType: 'nominee',
      entityId: id,
      orgId: p.orgId,
      summary: `Thêm ${subject.name} vào hồ sơ, đề nghị "${award.name}" ${periodName(period)}`,
      after: { subjectKey, awardCode: body.awardCode },
    });
  });
  return getProposal(ctx, proposalId);
}

async function loadNominee(db: Q, tenantId: string, id: string): Promise<Nominee> {
  const [n] = await db
    .select()
    .from(nominees)
    .where(and(eq(nominees.tenantId, tenantId), eq(nominees.id, id)));
  if (!n) throw notFound('người (tập thể) được đề nghị');
  return n;
}

export async function updateNominee(ctx: Ctx, id: string, body: z.output<typeof NomineeUpdateBody>) {
  const t = ctx.actor.tenantId;
  const n = await loadNominee(ctx.db, t, id);
  const p = await loadProposal(ctx.db, t, n.proposalId);
  const round = await requireEditable(ctx, p);
  if (n.status !== 'draft' && n.status !== 'returned')
    throw refuse('NOMINEE_SENT', 'Chỉ sửa được người (tập thể) chưa gửi hoặc bị trả lại.');
  const patch: Partial<Nominee> = { updatedAt: ctx.now };
  if (body.achievement !== undefined) patch.achievement = body.achievement;
  if (body.awardCode !== undefined && body.awardCode !== n.awardCode) {
    if (!round.awardCodes.includes(body.awardCode))
      throw invalid([
        {
          field: 'awardCode',
          label: 'Danh hiệu, hình thức',
          message: `Đợt xét không xét "${awardName(body.awardCode)}".`,
        },
      ]);
    const rules = await rulesOn(ctx.db, t, round.decisionBy);
    const award = rules.awards[body.awardCode as keyof typeof rules.awards];
    if (!award.subjectKinds.includes(n.subjectKind))
      throw invalid([
        { field: 'awardCode', label: 'Danh hiệu, hình thức', message: `"${award.name}" không xét cho đối tượng này.` },
      ]);
    patch.awardCode = body.awardCode;
    patch.track = award.track;
  }
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(nominees)
      .set(patch)
      .where(and(eq(nominees.tenantId, t), eq(nominees.id, id)));
    await recordAudit(tx, ctx, {
      action: 'nominee.update',
      entityType: 'nominee',
      entityId: id,
      orgId: p.orgId,
      summary: `Sửa đề nghị của ${n.displayName}`,
      before: { awardCode: n.awardCode, achievement: n.achievement },
      after: { awardCode: patch.awardCode ?? n.awardCode, achievement: patch.achievement ?? n.achievement },
    });
  });
  return getProposal(ctx, p.id);
}

export async function removeNominee(ctx: Ctx, id: string) {
  const t = ctx.actor.tenantId;
  const n = await loadNominee(ctx.db, t, id);
  const p = await loadProposal(ctx.db, t, n.proposalId);
  await requireEditable(ctx, p);
  if (n.status !== 'draft' && n.status !== 'returned')
    throw refuse('NOMINEE_SENT', 'Chỉ bỏ được người (tập thể) chưa gửi hoặc bị trả lại.');
  await ctx.db.transaction(async (tx) => {
    await tx.delete(files).where(and(eq(files.tenantId, t), eq(files.ownerType, 'nominee'), eq(files.ownerId, id)));
    await tx.delete(nominees).where(and(eq(nominees.tenantId, t), eq(nominees.id, id)));
    await recordAudit(tx, ctx, {
      action: 'nominee.remove',
      entityType: 'nominee',
      entityId: id,
      orgId: p.orgId,
      summary: `Bỏ ${n.displayName} (${awardName(n.awardCode)}) khỏi hồ sơ`,
      before: { subjectKey: n.subjectKey, awardCode: n.awardCode, status: n.status, achievement: n.achievement },
    });
  });
  return getProposal(ctx, p.id);
}

/** Sends the dossier: the verdicts shown now are kept beside each nominee; the dossier freezes. */
export async function submitProposal(ctx: Ctx, id: string) {
  const t = ctx.actor.tenantId;
  const p = await loadProposal(ctx.db, t, id);
  const round = await requireEditable(ctx, p);
  const next = moved(() => proposalMachine.move(p.status, 'submit'));
  const ns = await ctx.db
    .select()
    .from(nominees)
    .where(and(eq(nominees.tenantId, t), eq(nominees.proposalId, id)));
  const toSend = ns.filter((n) => n.status === 'draft' || n.status === 'returned');
  if (!toSend.length)
    throw invalid([
      { field: 'nominees', label: 'Danh sách đề nghị', message: 'Hồ sơ chưa có người (tập thể) nào được đề nghị.' },
    ]);
  const missing = toSend.filter((n) => !n.achievement.trim() && n.subjectKind !== 'household');
  const evidence = await filesOf(
    ctx.db,
    t,
    'nominee',
    missing.map((n) => n.id),
  );
  const stillMissing = missing.filter((n) => !evidence.some((e) => e.ownerId === n.id));
  if (stillMissing.length)
    throw invalid(
      stillMissing.map((n) => ({
        field: `nominees.${n.id}.achievement`,
        label: 'Tóm tắt thành tích',
        message: `${n.displayName}: chưa có báo cáo thành tích (viết tóm tắt hoặc tải tệp báo cáo lên).`,
      })),
      'Hồ sơ chưa đủ báo cáo thành tích.',
    );
  const verdicts = await verdictsFor(ctx.db, t, round, toSend);
  await ctx.db.transaction(async (tx) => {
    const done = await tx
      .update(proposals)
      .set({
        status: next,
        submittedAt: ctx.now,
        submittedBy: ctx.actor.userId,
        completeOn: today(ctx),
        submissions: p.submissions + 1,
        returnReason: null,
        updatedAt: ctx.now,
      })
      .where(and(eq(proposals.tenantId, t), eq(proposals.id, id), eq(proposals.status, p.status)))
      .returning({ id: proposals.id });
    if (!done.length) throw refuse('PROPOSAL_CHANGED', 'Hồ sơ vừa được người khác thay đổi. Hãy tải lại trang.');
    for (const [i, n] of toSend.entries()) {
      const v = verdicts[i]!;
      await tx
        .update(nominees)
        .set({
          status: moved(() => nomineeMachine.move(n.status, 'submit')),
          verdict: v,
          verdictEligible: v.eligible,
          amount: v.amount,
          officeReason: null,
          updatedAt: ctx.now,
        })
        .where(and(eq(nominees.tenantId, t), eq(nominees.id, n.id)));
    }
    await recordAudit(tx, ctx, {
      action: 'proposal.submit',
      entityType: 'proposal',
      entityId: id,
      orgId: p.orgId,
      summary: `Gửi hồ sơ đề nghị khen thưởng (${toSend.length} đề nghị${p.submissions ? ', gửi lại sau khi bổ sung' : ''}) trong đợt "${round.name}"`,
      after: {
        nominees: toSend.map((n, i) => ({
          id: n.id,
          name: n.displayName,
          award: n.awardCode,
          eligible: verdicts[i]!.eligible,
        })),
      },
    });
    const officers = await usersWithPermission(tx, t, 'round.manage', await orgChain(tx, t, round.orgId));
    const [unit] = await tx
      .select({ name: organisations.name })
      .from(organisations)
      .where(and(eq(organisations.tenantId, t), eq(organisations.id, p.orgId)));
    await notify(
      tx,
      t,
      officers.filter((u) => u !== ctx.actor.userId),
      {
        kind: 'proposal.submitted',
        title: `${unit?.name ?? 'Đơn vị'} gửi hồ sơ đề nghị chờ thẩm định (${toSend.length} đề nghị)`,
        body: `Đợt "${round.name}".`,
        link: `/dot-xet/${round.id}/tham-dinh`,
      },
      ctx.now,
    );
  });
  return getProposal(ctx, id);
}

// ── Appraisal (the office) ──

/** Statuses that do not count as a competing proposal. */
const NOT_COMPETING: NomineeStatus[] = ['draft', 'returned', 'rejected', 'failed', 'revoked'];

export async function getAppraisal(ctx: Ctx, roundId: string) {
  const t = ctx.actor.tenantId;
  const round = await loadRound(ctx.db, t, roundId);
  await requireManage(ctx, round);
  const props = await ctx.db
    .select({ p: proposals, orgName: organisations.name })
    .from(proposals)
    .innerJoin(
      organisations,
      and(eq(organisations.tenantId, proposals.tenantId), eq(organisations.id, proposals.orgId)),
    )
    .where(and(eq(proposals.tenantId, t), eq(proposals.roundId, roundId), ne(proposals.status, 'draft')))
    .orderBy(sql`${organisations.sortKey} COLLATE "C"`);
  const ns = props.length
    ? await ctx.db
        .select()
        .from(nominees)
        .where(
          and(
            eq(nominees.tenantId, t),
            inArray(
              nominees.proposalId,
              props.map((p) => p.p.id),
            ),
            ne(nominees.status, 'draft'),
          ),
        )
        .orderBy(asc(nominees.awardCode), sql`${nominees.sortKey} COLLATE "C"`)
    : [];
  const live = await verdictsFor(ctx.db, t, round, ns);
  // Same subject, same award, same period proposed elsewhere (another unit or another round).
  const others = ns.length
    ? await ctx.db
        .select({
          id: nominees.id,
          subjectKey: nominees.subjectKey,
          awardCode: nominees.awardCode,
          period: nominees.period,
          status: nominees.status,
          roundId: nominees.roundId,
          roundName: rounds.name,
          orgName: organisations.name,
        })
        .from(nominees)
        .innerJoin(proposals, and(eq(proposals.tenantId, nominees.tenantId), eq(proposals.id, nominees.proposalId)))
        .innerJoin(rounds, and(eq(rounds.tenantId, nominees.tenantId), eq(rounds.id, nominees.roundId)))
        .innerJoin(
          organisations,
          and(eq(organisations.tenantId, proposals.tenantId), eq(organisations.id, proposals.orgId)),
        )
        .where(
          and(
            eq(nominees.tenantId, t),
            inArray(nominees.subjectKey, [...new Set(ns.map((n) => n.subjectKey))]),
            notInArray(nominees.status, NOT_COMPETING),
          ),
        )
    : [];
  const rules = await tenantProcedureRules(ctx.db, t, today(ctx));
  return {
    round: { id: round.id, name: round.name, period: round.period, status: round.status },
    appraisalRule: {
      workingDays: rules.appraisal.workingDays,
      basis: printedBasis(rules.appraisal) ?? null,
      mark: rules.appraisal.mark === 'V' ? ('V' as const) : ('U' as const),
    },
    proposals: props.map(({ p, orgName }) => ({
      id: p.id,
      orgName,
      status: p.status,
      summary: p.summary,
      submittedAt: p.submittedAt?.toISOString() ?? null,
      submissions: p.submissions,
      clock: p.completeOn ? { completeOn: p.completeOn, ...appraisalClock(p.completeOn, today(ctx), rules) } : null,
      nominees: ns
        .map((n, i) => ({ n, v: live[i]! }))
        .filter(({ n }) => n.proposalId === p.id)
        .map(({ n, v }) =>
          presentNominee(n, v, {
            duplicates: others
              .filter(
                (o) =>
                  o.id !== n.id &&
                  o.subjectKey === n.subjectKey &&
                  o.awardCode === n.awardCode &&
                  o.period === n.period,
              )
              .map((o) => ({
                id: o.id,
                status: o.status,
                roundName: o.roundName,
                orgName: o.orgName,
                sameRound: o.roundId === round.id,
              })),
            actions: nomineeMachine.actions(n.status).filter((a) => a === 'accept' || a === 'return' || a === 'reject'),
          }),
        ),
    })),
  };
}

async function settleProposal(tx: Tx, ctx: Ctx, proposalId: string, reason?: string) {
  const t = ctx.actor.tenantId;
  const p = await loadProposal(tx, t, proposalId);
  const statuses = (
    await tx
      .select({ s: nominees.status })
      .from(nominees)
      .where(and(eq(nominees.tenantId, t), eq(nominees.proposalId, proposalId)))
  ).map((r) => r.s);
  const next = proposalStatusFrom(statuses, p.status);
  if (next === p.status && !reason) return;
  await tx
    .update(proposals)
    .set({
      status: next,
      updatedAt: ctx.now,
      ...(reason
        ? { returnReason: p.returnReason && p.status === 'returned' ? `${p.returnReason}\n${reason}` : reason }
        : {}),
    })
    .where(and(eq(proposals.tenantId, t), eq(proposals.id, proposalId)));
  if (next === 'returned' && p.status !== 'returned') {
    const clerks = await usersWithPermission(tx, t, 'proposal.submit', await orgChain(tx, t, p.orgId));
    await notify(
      tx,
      t,
      clerks.filter((u) => u !== ctx.actor.userId),
      {
        kind: 'proposal.returned',
        title: 'Hồ sơ đề nghị khen thưởng bị trả lại để bổ sung',
        body: reason ?? '',
        link: `/ho-so/${p.id}`,
      },
      ctx.now,
    );
  }
}

async function officeNominee(ctx: Ctx, id: string) {
  const t = ctx.actor.tenantId;
  const n = await loadNominee(ctx.db, t, id);
  const round = await loadRound(ctx.db, t, n.roundId);
  await requireManage(ctx, round);
  return { n, round };
}

export async function acceptNominee(ctx: Ctx, id: string, body: z.output<typeof AcceptBody>) {
  const t = ctx.actor.tenantId;
  const { n, round } = await officeNominee(ctx, id);
  const next = moved(() => nomineeMachine.move(n.status, 'accept'));
  const [v] = await verdictsFor(ctx.db, t, round, [n]);
  // A criterion the data checks failed (or only a council-judged alternative keeps it open), or a
  // pending matter withholds it: accepting it is an override, with the office's written reason.
  const override = needsOverrideReason({
    status: v!.status ?? (v!.withheld ? 'withheld' : v!.eligible ? 'eligible' : 'ineligible'),
    dataFailed: v!.dataFailed ?? false,
  });
  if (override && !body.overrideReason)
    throw invalid([
      {
        field: 'overrideReason',
        label: 'Lý do chấp nhận khác kết quả xét điều kiện',
        message: v!.eligible
          ? 'Tiêu chuẩn kiểm tra được bằng dữ liệu không đạt, chỉ còn tiêu chuẩn do Hội đồng đánh giá: cần ghi rõ lý do để chấp nhận.'
          : 'Kết quả xét điều kiện là chưa đủ: cần ghi rõ lý do để chấp nhận.',
      },
    ]);
  try {
    await ctx.db.transaction(async (tx) => {
      await tx
        .update(nominees)
        .set({
          status: next,
          active: true,
          overrideReason: override ? body.overrideReason! : null,
          verdict: v,
          verdictEligible: v!.eligible,
          amount: v!.amount,
          updatedAt: ctx.now,
        })
        .where(and(eq(nominees.tenantId, t), eq(nominees.id, id), eq(nominees.status, n.status)));
      await recordAudit(tx, ctx, {
        action: 'nominee.accept',
        entityType: 'nominee',
        entityId: id,
        orgId: round.orgId,
        summary: `Thẩm định: chấp nhận đề nghị ${awardName(n.awardCode)} cho ${n.displayName}${override ? ' (khác kết quả xét điều kiện)' : ''}`,
        before: { status: n.status },
        after: { status: next, eligible: v!.eligible, verdictStatus: v!.status ?? null },
        reason: override ? body.overrideReason : null,
      });
      await settleProposal(tx, ctx, n.proposalId);
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw refuse(
        'NOMINEE_ACCEPTED_ELSEWHERE',
        `${n.displayName} đã được chấp nhận đề nghị "${awardName(n.awardCode)}" năm ${n.period} ở một hồ sơ khác: không chấp nhận trùng.`,
      );
    throw e;
  }
  return { ok: true };
}

/**
 * Accepts at once every nominee sent in the round whose verdict is plainly "Đủ điều kiện": every
 * criterion the data can check passed, and nothing rests on a title not yet decided, on the council's
 * judgement or on a pending matter. Everyone else stays for the office to decide one by one (accepting
 * them needs a written reason). One transaction: all of them or none; a nominee whose (subject, award,
 * period) slot is already held elsewhere is left for the office and named in the answer.
 */
export async function acceptEligibleNominees(ctx: Ctx, roundId: string) {
  const t = ctx.actor.tenantId;
  const round = await loadRound(ctx.db, t, roundId);
  await requireManage(ctx, round);
  const sent = await ctx.db
    .select()
    .from(nominees)
    .where(and(eq(nominees.tenantId, t), eq(nominees.roundId, roundId), eq(nominees.status, 'submitted')))
    .orderBy(asc(nominees.awardCode), sql`${nominees.sortKey} COLLATE "C"`);
  const verdicts = await verdictsFor(ctx.db, t, round, sent);
  const plain = sent
    .map((n, i) => ({ n, v: verdicts[i]! }))
    .filter(({ v }) => v.status === 'eligible' && v.eligible && !v.withheld && !v.dataFailed && !v.conditions?.length);
  const held = plain.length
    ? await ctx.db
        .select({ subjectKey: nominees.subjectKey, awardCode: nominees.awardCode, period: nominees.period })
        .from(nominees)
        .where(
          and(
            eq(nominees.tenantId, t),
            eq(nominees.active, true),
            inArray(
              nominees.subjectKey,
              plain.map((c) => c.n.subjectKey),
            ),
          ),
        )
    : [];
  const slot = (x: { subjectKey: string; awardCode: string; period: string }) =>
    `${x.subjectKey}|${x.awardCode}|${x.period}`;
  const taken = new Set(held.map(slot));
  const chosen = plain.filter(({ n }) => n.active || !taken.has(slot(n)));
  const slotTaken = plain
    .filter(({ n }) => !n.active && taken.has(slot(n)))
    .map(({ n }) => `${n.displayName} (${awardName(n.awardCode)})`);
  if (chosen.length) {
    await ctx.db.transaction(async (tx) => {
      for (const { n, v } of chosen) {
        const next = moved(() => nomineeMachine.move(n.status, 'accept'));
        await tx
          .update(nominees)
          .set({
            status: next,
            active: true,
            overrideReason: null,
            verdict: v,
            verdictEligible: v.eligible,
            amount: v.amount,
            updatedAt: ctx.now,
          })
          .where(and(eq(nominees.tenantId, t), eq(nominees.id, n.id), eq(nominees.status, n.status)));
      }
      await recordAudit(tx, ctx, {
        action: 'nominee.accept_eligible',
        entityType: 'round',
        entityId: roundId,
        orgId: round.orgId,
        summary: `Thẩm định: chấp nhận cùng lúc ${chosen.length} đề nghị đủ điều kiện trong đợt "${round.name}"`,
        after: { nomineeIds: chosen.map(({ n }) => n.id) },
      });
      for (const proposalId of new Set(chosen.map(({ n }) => n.proposalId))) await settleProposal(tx, ctx, proposalId);
    });
  }
  return { accepted: chosen.length, left: sent.length - chosen.length, slotTaken };
}

export async function returnNominee(ctx: Ctx, id: string, reason: string) {
  const t = ctx.actor.tenantId;
  const { n, round } = await officeNominee(ctx, id);
  const next = moved(() => nomineeMachine.move(n.status, 'return'));
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(nominees)
      .set({ status: next, active: false, officeReason: reason, updatedAt: ctx.now })
      .where(and(eq(nominees.tenantId, t), eq(nominees.id, id)));
    await recordAudit(tx, ctx, {
      action: 'nominee.return',
      entityType: 'nominee',
      entityId: id,
      orgId: round.orgId,
      summary: `Thẩm định: trả lại đề nghị của ${n.displayName} để bổ sung`,
      before: { status: n.status },
      after: { status: next },
      reason,
    });
    await settleProposal(tx, ctx, n.proposalId, `${n.displayName}: ${reason}`);
  });
  return { ok: true };
}

export async function rejectNominee(ctx: Ctx, id: string, reason: string) {
  const t = ctx.actor.tenantId;
  const { n, round } = await officeNominee(ctx, id);
  const next = moved(() => nomineeMachine.move(n.status, 'reject'));
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(nominees)
      .set({ status: next, active: false, officeReason: reason, updatedAt: ctx.now })
      .where(and(eq(nominees.tenantId, t), eq(nominees.id, id)));
    await recordAudit(tx, ctx, {
      action: 'nominee.reject',
      entityType: 'nominee',
      entityId: id,
      orgId: round.orgId,
      summary: `Thẩm định: không chấp nhận đề nghị ${awardName(n.awardCode)} cho ${n.displayName}`,
      before: { status: n.status },
      after: { status: next },
      reason,
    });
    await settleProposal(tx, ctx, n.proposalId);
  });
  return { ok: true };
}

/** Returns the whole dossier: every nominee still waiting on the office goes back to the unit. */
export async function returnProposal(ctx: Ctx, id: string, reason: string) {
  const t = ctx.actor.tenantId;
  const p = await loadProposal(ctx.db, t, id);
  const round = await loadRound(ctx.db, t, p.roundId);
  await requireManage(ctx, round);
  moved(() => proposalMachine.move(p.status, 'return'));
  await ctx.db.transaction(async (tx) => {
    const waiting = await tx
      .select()
      .from(nominees)
      .where(and(eq(nominees.tenantId, t), eq(nominees.proposalId, id), eq(nominees.status, 'submitted')));
    for (const n of waiting) {
      await tx
        .update(nominees)
        .set({ status: 'returned', officeReason: reason, updatedAt: ctx.now })
        .where(and(eq(nominees.tenantId, t), eq(nominees.id, n.id)));
    }
    await recordAudit(tx, ctx, {
      action: 'proposal.return',
      entityType: 'proposal',
      entityId: id,
      orgId: p.orgId,
      summary: `Trả lại hồ sơ đề nghị để bổ sung (${waiting.length} đề nghị)`,
      before: { status: p.status },
      after: { status: 'returned' },
      reason,
    });
    await settleProposal(tx, ctx, id, reason);
  });
  return { ok: true };
}

// ── Lookups for the unit's picker ──

/** People, collectives and households of a unit, for choosing nominees (search ignores diacritics). */
export async function candidatesFor(
  ctx: Ctx,
  proposalId: string,
  q: { kind: 'person' | 'org' | 'household'; search?: string },
) {
  const t = ctx.actor.tenantId;
  const p = await loadProposal(ctx.db, t, proposalId);
  await requireProposalWrite(ctx, p);
  const unit = await subtreeIds(ctx.db, t, [p.orgId]);
  if (q.kind === 'person') {
    const rows = await ctx.db
      .select({ id: people.id, name: people.fullName, position: people.position, orgName: organisations.name })
      .from(people)
      .leftJoin(organisations, and(eq(organisations.tenantId, people.tenantId), eq(organisations.id, people.orgId)))
      .where(and(eq(people.tenantId, t), inArray(people.orgId, unit), ...searchCondition(people.searchKey, q.search)))
      .orderBy(sql`${people.sortKey} COLLATE "C"`)
      .limit(50);
    return {
      items: rows.map((r) => ({ id: r.id, name: r.name, detail: [r.position, r.orgName].filter(Boolean).join(', ') })),
    };
  }
  if (q.kind === 'org') {
    const rows = await ctx.db
      .select({ id: organisations.id, name: organisations.name, type: organisations.type })
      .from(organisations)
      .where(
        and(
          eq(organisations.tenantId, t),
          inArray(organisations.id, unit),
          ...searchCondition(organisations.searchKey, q.search),
        ),
      )
      .orderBy(sql`${organisations.sortKey} COLLATE "C"`)
      .limit(50);
    return { items: rows.map((r) => ({ id: r.id, name: r.name, detail: ORG_TYPE_LABELS[r.type] })) };
  }
  const rows = await ctx.db
    .select({ id: households.id, name: households.headName, address: households.address, village: organisations.name })
    .from(households)
    .innerJoin(
      organisations,
      and(eq(organisations.tenantId, households.tenantId), eq(organisations.id, households.villageOrgId)),
    )
    .where(
      and(
        eq(households.tenantId, t),
        inArray(households.villageOrgId, unit),
        ...searchCondition(households.searchKey, q.search),
      ),
    )
    .orderBy(sql`${households.sortKey} COLLATE "C"`)
    .limit(50);
  return {
    items: rows.map((r) => ({ id: r.id, name: `Hộ ông (bà) ${r.name}`, detail: `${r.address}, ${r.village}` })),
  };
}
