// Use cases of the office's appraisal (thẩm định): the dossiers sent in a round with each
// nominee's verdict, duplicates across units and rounds and the statutory time limit; accepting
// (an override needs a written reason), returning for completion or rejecting a nominee. A
// dossier's own status follows from its nominees' (settleProposal).
import type { z } from '@hono/zod-openapi';
import type { Tx } from '../../db/client.js';
import { needsOverrideReason } from '../../domain/eligibility/status.js';
import { awardName } from '../../domain/registry/vocab.js';
import {
  appraisalClock,
  type NomineeStatus,
  nomineeMachine,
  printedBasis,
  proposalStatusFrom,
} from '../../domain/rounds/index.js';
import type { Ctx } from '../../server/context.js';
import { isUniqueViolation } from '../../server/db-errors.js';
import { invalid, moved, refuse } from '../../server/errors.js';
import { recordAudit } from '../audit/append.js';
import { tenantProcedureRules } from '../eligibility/service.js';
import { notify, usersWithPermission } from '../notifications/service.js';
import { orgChain } from '../organisations/tree.js';
import { loadProposal, loadRound, officeNominee, requireManage, today } from './access.js';
import { presentNominee } from './present.js';
import {
  activeSlotsOf,
  nomineeStatusesOfProposal,
  nomineesOfRound,
  nomineesOfSubjects,
  sentNomineesOf,
  sentProposals,
  updateNomineeRow,
  updateProposalRow,
} from './repository.js';
import type { AcceptBody } from './schema.js';
import { verdictsFor } from './verdicts.js';

/** Statuses that do not count as a competing proposal. */
const NOT_COMPETING: NomineeStatus[] = ['draft', 'returned', 'rejected', 'failed', 'revoked'];

export async function getAppraisal(ctx: Ctx, roundId: string) {
  const t = ctx.actor.tenantId;
  const round = await loadRound(ctx.db, t, roundId);
  await requireManage(ctx, round);
  const props = await sentProposals(ctx.db, t, roundId);
  const ns = await sentNomineesOf(
    ctx.db,
    t,
    props.map((p) => p.p.id),
  );
  const live = await verdictsFor(ctx.db, t, round, ns);
  // Same subject, same award, same period proposed elsewhere (another unit or another round).
  const others = await nomineesOfSubjects(
    ctx.db,
    t,
    ns.map((n) => n.subjectKey),
    NOT_COMPETING,
  );
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

/**
 * Brings a dossier's status in line with its nominees' (all decided: appraised; any returned:
 * returned), keeping the office's reason, and tells the unit when the dossier goes back to it.
 */
export async function settleProposal(tx: Tx, ctx: Ctx, proposalId: string, reason?: string) {
  const t = ctx.actor.tenantId;
  const p = await loadProposal(tx, t, proposalId);
  const statuses = await nomineeStatusesOfProposal(tx, t, proposalId);
  const next = proposalStatusFrom(statuses, p.status);
  if (next === p.status && !reason) return;
  await updateProposalRow(tx, t, proposalId, {
    status: next,
    updatedAt: ctx.now,
    ...(reason
      ? { returnReason: p.returnReason && p.status === 'returned' ? `${p.returnReason}\n${reason}` : reason }
      : {}),
  });
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
      await updateNomineeRow(
        tx,
        t,
        id,
        {
          status: next,
          active: true,
          overrideReason: override ? body.overrideReason! : null,
          verdict: v,
          verdictEligible: v!.eligible,
          amount: v!.amount,
          updatedAt: ctx.now,
        },
        n.status,
      );
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
  const sent = await nomineesOfRound(ctx.db, t, roundId, 'submitted');
  const verdicts = await verdictsFor(ctx.db, t, round, sent);
  const plain = sent
    .map((n, i) => ({ n, v: verdicts[i]! }))
    .filter(({ v }) => v.status === 'eligible' && v.eligible && !v.withheld && !v.dataFailed && !v.conditions?.length);
  const held = await activeSlotsOf(
    ctx.db,
    t,
    plain.map((c) => c.n.subjectKey),
  );
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
        await updateNomineeRow(
          tx,
          t,
          n.id,
          {
            status: next,
            active: true,
            overrideReason: null,
            verdict: v,
            verdictEligible: v.eligible,
            amount: v.amount,
            updatedAt: ctx.now,
          },
          n.status,
        );
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
    await updateNomineeRow(tx, t, id, { status: next, active: false, officeReason: reason, updatedAt: ctx.now });
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
    await updateNomineeRow(tx, t, id, { status: next, active: false, officeReason: reason, updatedAt: ctx.now });
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
