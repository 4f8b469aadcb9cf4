// Reading decisions: the round's decision page (what can be decided here, what goes up, the
// decisions, the signers), one decision with its lines, and the data the documents print. The
// paged lists are in lists.ts.
import { decidesItself } from '../../domain/rounds/index.js';
import type { OrgType } from '../../domain/registry/vocab.js';
import type { Ctx } from '../../server/context.js';
import { meetingsOfRound } from '../councils/repository.js';
import { asContent, loadDecision, loadOrg, loadRound, requireOneOf, today } from './access.js';
import { orderForDecision, roundNominees } from './nominees.js';
import { type NoticeState, noticeStates } from './readiness.js';
import { type DecisionRow, decisionsOfRound, itemsOf, nomineesInDecisions } from './repository.js';
import { signersOf } from './signers.js';

export const presentDecision = (d: DecisionRow) => ({
  id: d.id,
  roundId: d.roundId,
  orgId: d.orgId,
  external: d.external,
  status: d.status,
  symbol: d.symbol,
  number: d.number,
  numberText: d.numberText,
  year: d.year,
  decisionDate: d.decisionDate,
  issuer: d.issuer,
  signerUserId: d.signerUserId,
  signerName: d.signerName,
  signerTitle: d.signerTitle,
  content: asContent(d),
  totalAmount: d.totalAmount,
  createdAt: d.createdAt.toISOString(),
  signedAt: d.signedAt?.toISOString() ?? null,
  revokedOn: d.revokedOn,
  revokeReason: d.revokeReason,
});

/** The round's decision page: what can be decided here, what goes up, the decisions, the signers. */
export async function roundDecisionView(ctx: Ctx, roundId: string) {
  const t = ctx.actor.tenantId;
  const round = await loadRound(ctx.db, t, roundId);
  const held = await requireOneOf(ctx, round.orgId, ['round.manage', 'decision.sign']);
  const org = await loadOrg(ctx.db, t, round.orgId);
  const date = round.decisionBy > today(ctx) ? round.decisionBy : today(ctx);
  const list = await roundNominees(
    ctx.db,
    t,
    roundId,
    ['passed', 'withheld', 'sent_up', 'awarded', 'revoked'],
    undefined,
    date,
  );
  const inDec = await nomineesInDecisions(ctx.db, t, roundId);
  const states = await noticeStates(
    ctx.db,
    t,
    round.kind,
    list.filter((n) => n.status === 'passed').map((n) => n.id),
    date,
  );
  const decs = await decisionsOfRound(ctx.db, t, roundId);
  const meetingRows = await meetingsOfRound(ctx.db, t, roundId);
  return {
    round: {
      id: round.id,
      name: round.name,
      kind: round.kind,
      period: round.period,
      status: round.status,
      decisionBy: round.decisionBy,
      orgId: round.orgId,
      orgName: org.name,
      orgType: org.type,
    },
    canManage: held.has('round.manage'),
    canSign: held.has('decision.sign'),
    nominees: orderForDecision(list, round.awardCodes).map((n) => ({
      id: n.id,
      displayName: n.displayName,
      positionText: n.positionText,
      unitName: n.unitName,
      awardCode: n.awardCode,
      awardName: n.awardName,
      period: n.period,
      status: n.status,
      decidesHere: decidesItself(org.type as OrgType, n.awardCode),
      decisionId: inDec.get(n.id)?.decisionId ?? null,
      notice: states.get(n.id) ?? null,
    })),
    decisions: decs.map((d) => ({ ...presentDecision(d), itemCount: 0 })),
    meetings: meetingRows,
    signers: (await signersOf(ctx.db, t, round.orgId)).map((s) => ({
      id: s.id,
      fullName: s.fullName,
      position: s.position,
      lines: s.lines,
    })),
  };
}

/** One decision with its lines, what the actor may do with it and, for a draft, whether each line may be decided. */
export async function getDecision(ctx: Ctx, id: string) {
  const t = ctx.actor.tenantId;
  const d = await loadDecision(ctx.db, t, id);
  const held = await requireOneOf(ctx, d.orgId, ['round.manage', 'decision.sign']);
  const round = await loadRound(ctx.db, t, d.roundId);
  const org = await loadOrg(ctx.db, t, d.orgId);
  const items = await itemsOf(ctx.db, t, id);
  const date = d.decisionDate ?? asContent(d).plannedDate ?? today(ctx);
  const ns = new Map(
    (
      await roundNominees(
        ctx.db,
        t,
        d.roundId,
        undefined,
        items.map((i) => i.nomineeId),
        date,
      )
    ).map((n) => [n.id, n]),
  );
  const states =
    d.status === 'draft'
      ? await noticeStates(
          ctx.db,
          t,
          round.kind,
          items.map((i) => i.nomineeId),
          asContent(d).fixDate ? asContent(d).plannedDate : today(ctx),
        )
      : new Map<string, NoticeState>();
  const mine = !d.signerUserId || d.signerUserId === ctx.actor.userId;
  return {
    decision: presentDecision(d),
    round: { id: round.id, name: round.name, period: round.period, kind: round.kind },
    org: { id: org.id, name: org.name, type: org.type },
    canEdit: held.has('round.manage') && d.status === 'draft' && !d.external,
    canSign: held.has('decision.sign') && d.status === 'draft' && !d.external && mine,
    canRevoke: d.status === 'signed' && (held.has('decision.sign') || held.has('round.manage')),
    items: items.map((i) => {
      const n = ns.get(i.nomineeId)!;
      return {
        nomineeId: i.nomineeId,
        ordinal: i.ordinal,
        displayName: n.displayName,
        positionText: n.positionText,
        unitName: n.unitName,
        awardCode: n.awardCode,
        awardName: n.awardName,
        category: n.category,
        period: n.period,
        status: n.status,
        amount: i.amount,
        payable: i.payable,
        payNote: i.payNote,
        recoverAmount: i.recoverAmount,
        awardRecordId: i.awardRecordId,
        notice: states.get(i.nomineeId) ?? null,
      };
    }),
    recovery: d.status === 'revoked' ? { total: items.reduce((s, i) => s + (i.recoverAmount ?? 0), 0) } : null,
  };
}

// ─── data for the documents ───

export async function decisionForDocuments(ctx: Ctx, id: string) {
  const t = ctx.actor.tenantId;
  const view = await getDecision(ctx, id);
  const d = await loadDecision(ctx.db, t, id);
  const ns = new Map(
    (
      await roundNominees(
        ctx.db,
        t,
        d.roundId,
        undefined,
        view.items.map((i) => i.nomineeId),
        d.decisionDate ?? today(ctx),
      )
    ).map((n) => [n.id, n]),
  );
  return { ...view, nominees: ns, row: d };
}

export async function roundForDocuments(ctx: Ctx, roundId: string) {
  const t = ctx.actor.tenantId;
  const round = await loadRound(ctx.db, t, roundId);
  await requireOneOf(ctx, round.orgId, ['round.manage', 'decision.sign']);
  const org = await loadOrg(ctx.db, t, round.orgId);
  const parent = org.parentId ? await loadOrg(ctx.db, t, org.parentId) : null;
  return { round, org, parent };
}
