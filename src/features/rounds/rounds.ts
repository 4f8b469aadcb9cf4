// Use cases of the round itself: the office opens a commendation round (the awards it considers,
// the units it invites, the deadlines), moves it through its states, and anyone concerned lists
// and reads it (the office every dossier, a unit its own).
import type { z } from '@hono/zod-openapi';
import { unsettledReason } from '../../domain/rounds/settle.js';
import { awardName } from '../../domain/registry/vocab.js';
import {
  appraisalClock,
  type NomineeStatus,
  printedBasis,
  roundMachine,
  type RoundAction,
} from '../../domain/rounds/index.js';
import type { Ctx } from '../../server/context.js';
import { invalid, moved, notFound, refuse } from '../../server/errors.js';
import { offsetOf } from '../../server/paging.js';
import { requireAnywhere } from '../../server/policy.js';
import { recordAudit } from '../audit/append.js';
import { countDraftDecisions } from '../decisions/repository.js';
import { tenantProcedureRules } from '../eligibility/service.js';
import { notify, usersWithPermission } from '../notifications/service.js';
import { findOrganisation } from '../organisations/repository.js';
import { requireOrgAccess, scopeSql } from '../organisations/scope.js';
import { subtreeIds } from '../organisations/tree.js';
import { accessTo, countdown, loadRound, requireManage, today } from './access.js';
import {
  insertRound,
  invitationsOf,
  invitedOrgRef,
  invitedOrgIds,
  moveRoundStatus,
  nomineeCounts,
  nomineeStatusesOfRound,
  proposalStatuses,
  proposalsOfUnits,
  roundOrgColumn,
  roundPage,
} from './repository.js';
import type { RoundBody, RoundListQuery } from './schema.js';
import { rulesOn } from './verdicts.js';

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
    await insertRound(
      tx,
      {
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
      },
      invited,
    );
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
    const why = unsettledReason({
      nomineeStatuses: await nomineeStatusesOfRound(ctx.db, t, id),
      draftDecisions: await countDraftDecisions(ctx.db, t, id),
    });
    if (why) throw refuse('ROUND_NOT_FINISHABLE', `Chưa thể kết thúc đợt xét. ${why}`);
  }
  await ctx.db.transaction(async (tx) => {
    if (!(await moveRoundStatus(tx, t, id, round.status, next, ctx.now)))
      throw refuse('ROUND_CHANGED', 'Đợt xét vừa được người khác thay đổi. Hãy tải lại trang.');
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
      const clerks = await usersWithPermission(tx, t, 'proposal.submit', await invitedOrgIds(tx, t, id));
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

/**
 * One page of the rounds the actor sees: those run by an organisation they manage rounds for,
 * and the opened ones to which a unit they submit dossiers for is invited. Reach, filters, order,
 * paging and the counts are SQL; only the page's invitations and dossiers are read.
 */
export async function listRounds(ctx: Ctx, q: RoundListQuery) {
  requireAnywhere(ctx.actor, 'registry.read');
  const t = ctx.actor.tenantId;
  const [manageSql, proposeSql] = await Promise.all([
    scopeSql(ctx.db, ctx.actor, 'round.manage', roundOrgColumn),
    scopeSql(ctx.db, ctx.actor, 'proposal.submit', invitedOrgRef),
  ]);
  const { total, rows } = await roundPage(ctx.db, {
    tenantId: t,
    manageSql,
    proposeSql,
    status: q.status,
    kind: q.kind,
    period: q.period,
    search: q.q,
    sort: q.sort,
    limit: q.pageSize,
    offset: offsetOf(q),
  });
  const paging = { total, page: q.page, pageSize: q.pageSize };
  if (!rows.length) return { items: [], ...paging };
  const ids = rows.map((a) => a.r.id);
  // The page's invitations of the actor's own units, and those units' dossiers.
  const inv = await invitationsOf(ctx.db, t, ids, proposeSql);
  const props = await proposalStatuses(ctx.db, t, ids, [...new Set(inv.map((i) => i.orgId))]);
  const items = rows.map(({ r, orgName, manage, invitedCount, submittedCount }) => {
    const mine = inv.filter((i) => i.roundId === r.id).map((i) => i.orgId);
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
  const org = await findOrganisation(ctx.db, t, round.orgId);
  const visibleOrgs = access.manage ? access.invited.map((o) => o.orgId) : access.proposeOrgs.map((o) => o.orgId);
  const props = await proposalsOfUnits(ctx.db, t, id, visibleOrgs);
  const counts = await nomineeCounts(
    ctx.db,
    t,
    props.map((p) => p.id),
  );
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
