// Signing a decision: the signer signs it and, in one transaction, it takes its number from the
// register, grants the award records, pays the amounts in force on its date and marks the
// nominees awarded; the round finishes when nothing is left to decide.
import type { Tx } from '../../db/client.js';
import { decisionMachine, type DecisionStatus, nomineeMachine } from '../../domain/rounds/index.js';
import { isSettled } from '../../domain/rounds/settle.js';
import { subjectCountText, subjectsText } from '../../domain/rounds/wording.js';
import { formatDateVN, formatMoneyVN } from '../../domain/vi-text/index.js';
import type { Ctx } from '../../server/context.js';
import { forbidden, moved, refuse } from '../../server/errors.js';
import { recordAudit } from '../audit/append.js';
import { notify, usersWithPermission } from '../notifications/service.js';
import { orgChain } from '../organisations/tree.js';
import { insertAwardRecords } from '../register/repository.js';
import {
  lockRound,
  moveRoundStatus,
  nomineeStatusesOfRound,
  updateNomineeRow,
  updateNomineeRows,
} from '../rounds/repository.js';
import { asContent, loadDecision, loadRound, requireOneOf, today } from './access.js';
import { numberTextOf } from './content.js';
import { nomineeStatusLabel, orderForDecision, roundNominees } from './nominees.js';
import { allocateNumber } from './numbering.js';
import { priceNominees } from './pricing.js';
import { noticeStates } from './readiness.js';
import { countDraftDecisions, itemsOf, patchDecision, patchItem } from './repository.js';
import { requireConditionsMet, requireMembersMet, requireNoRepeatedAchievement } from './sign-checks.js';

/**
 * A round whose submissions are closed finishes when its decisions are issued: every nominee
 * in the pipeline decided (awarded, failed, rejected, sent up) and no draft decision left.
 */
export async function finishRoundIfSettled(tx: Tx, ctx: Ctx, roundId: string) {
  const t = ctx.actor.tenantId;
  const r = await lockRound(tx, t, roundId);
  if (r?.status !== 'closed') return;
  const statuses = await nomineeStatusesOfRound(tx, t, roundId);
  const drafts = await countDraftDecisions(tx, t, roundId);
  if (!isSettled({ nomineeStatuses: statuses, draftDecisions: drafts })) return;
  await moveRoundStatus(tx, t, roundId, 'closed', 'finished', ctx.now);
  await recordAudit(tx, ctx, {
    action: 'round.finish',
    entityType: 'round',
    entityId: roundId,
    orgId: r.orgId,
    summary: `Kết thúc đợt "${r.name}": các quyết định khen thưởng đã được ban hành`,
    before: { status: r.status },
    after: { status: 'finished' },
  });
}

export async function signDecision(ctx: Ctx, id: string, opts: { number?: number } = {}) {
  const t = ctx.actor.tenantId;
  const d0 = await loadDecision(ctx.db, t, id);
  await requireOneOf(ctx, d0.orgId, ['decision.sign']);
  if (d0.signerUserId && d0.signerUserId !== ctx.actor.userId)
    throw forbidden(`Quyết định này được trình cho ${d0.signerName ?? 'người khác'} ký.`);
  const round = await loadRound(ctx.db, t, d0.roundId);
  const result = await ctx.db.transaction(async (tx) => {
    const d = await loadDecision(tx, t, id, true);
    moved(() => decisionMachine.move(d.status as DecisionStatus, 'sign'));
    if (d.external) throw refuse('DECISION_EXTERNAL', 'Quyết định của cấp trên chỉ được ghi nhận, không ký tại đây.');
    const content = asContent(d);
    const decisionDate = content.fixDate ? content.plannedDate : today(ctx);
    if (decisionDate > today(ctx))
      throw refuse(
        'DECISION_DATE_NOT_REACHED',
        `Ngày quyết định ấn định là ${formatDateVN(decisionDate)}: chỉ ký được từ ngày đó.`,
      );
    const items = await itemsOf(tx, t, id);
    if (!items.length) throw refuse('DECISION_EMPTY', 'Quyết định chưa có cá nhân, tập thể nào được khen thưởng.');
    const ns = orderForDecision(
      await roundNominees(
        tx,
        t,
        d.roundId,
        undefined,
        items.map((i) => i.nomineeId),
        decisionDate,
      ),
      round.awardCodes,
    );
    const notPassed = ns.filter((n) => n.status !== 'passed');
    if (notPassed.length) {
      throw refuse(
        'DECISION_NOMINEE_NOT_PASSED',
        `Không thể ký: ${notPassed.map((n) => `${n.displayName} (${n.status === 'withheld' ? 'đang tạm dừng xét do có phản ánh, khiếu nại' : `trạng thái "${nomineeStatusLabel(n.status)}"`})`).join('; ')}. Hãy bỏ khỏi dự thảo hoặc chờ giải quyết xong.`,
      );
    }
    // A title counting a lower title of this round not yet decided (CSTĐ tỉnh on this year's
    // CSTĐCS) is granted only with, or after, that title (domain/eligibility/status.ts).
    await requireConditionsMet(tx, t, ns);
    await requireMembersMet(tx, t, ns, decisionDate);
    await requireNoRepeatedAchievement(tx, t, ns, decisionDate);
    const states = await noticeStates(
      tx,
      t,
      round.kind,
      ns.map((n) => n.id),
      decisionDate,
    );
    const blocked = ns.filter((n) => !states.get(n.id)!.ok);
    if (blocked.length) {
      const first = states.get(blocked[0].id)!.message;
      throw refuse(
        'NOTICE_NOT_ENDED',
        `Chưa thể ký quyết định ngày ${formatDateVN(decisionDate)} cho ${subjectsText(blocked)}: ${blocked.length === 1 ? '' : `ví dụ ${blocked[0].displayName} `}${first}. Quyết định chỉ được ký sau khi hết thời hạn công khai và không còn khiếu nại.`,
      );
    }
    for (const n of ns) moved(() => nomineeMachine.move(n.status, 'award'));
    // Amounts at the real decision date (the base salary in force that day).
    const prices = await priceNominees(tx, t, decisionDate, ns, id);
    const number = await allocateNumber(tx, t, d.orgId, d.symbol, Number(decisionDate.slice(0, 4)), {
      issuer: d.issuer,
      requested: opts.number,
    });
    const numberText = numberTextOf(number, d.symbol);
    const records = ns.map((n) => ({
      tenantId: t,
      id: crypto.randomUUID(),
      subjectKind: n.subjectKind,
      personId: n.personId,
      orgId: n.orgId,
      householdId: n.householdId,
      awardCode: n.awardCode,
      period: n.period,
      track: n.track,
      decisionNo: numberText,
      decisionDate,
      issuer: d.issuer,
      decisionId: id,
      createdAt: ctx.now,
    }));
    await insertAwardRecords(tx, records);
    let total = 0;
    for (const [i, n] of ns.entries()) {
      const p = prices.get(n.id)!;
      total += p.payable ?? 0;
      await patchItem(tx, t, id, n.id, {
        ordinal: i + 1,
        awardRecordId: records[i].id,
        amount: p.amount,
        payable: p.payable,
        payNote: p.payNote,
      });
    }
    await updateNomineeRows(
      tx,
      t,
      ns.map((n) => n.id),
      { status: 'awarded', updatedAt: ctx.now },
      'passed',
    );
    for (const n of ns) await updateNomineeRow(tx, t, n.id, { amount: prices.get(n.id)!.payable });
    await patchDecision(tx, t, id, {
      status: 'signed',
      number,
      year: Number(decisionDate.slice(0, 4)),
      numberText,
      decisionDate,
      signedAt: ctx.now,
      totalAmount: total,
      signerUserId: ctx.actor.userId,
      signerName: d.signerName ?? ctx.actor.fullName,
    });
    await recordAudit(tx, ctx, {
      action: 'decision.sign',
      entityType: 'decision',
      entityId: id,
      orgId: d.orgId,
      summary: `Ký ban hành Quyết định số ${numberText} ngày ${formatDateVN(decisionDate)} khen thưởng ${subjectCountText(ns)}, tiền thưởng ${formatMoneyVN(total)}`,
      after: { number, numberText, decisionDate, total, awardRecords: records.map((r) => r.id) },
    });
    const office = await usersWithPermission(tx, t, 'round.manage', await orgChain(tx, t, d.orgId));
    const clerks = await usersWithPermission(tx, t, 'proposal.submit', [...new Set(ns.map((n) => n.unitId))]);
    await notify(
      tx,
      t,
      [...office, ...clerks].filter((u) => u !== ctx.actor.userId),
      {
        kind: 'decision.signed',
        title: `Đã ký Quyết định số ${numberText}`,
        body: `Đợt "${round.name}": ${subjectCountText(ns)} được khen thưởng.`,
        link: `/quyet-dinh/${id}`,
      },
      ctx.now,
    );
    await finishRoundIfSettled(tx, ctx, d.roundId);
    return { id, number, numberText, decisionDate, totalAmount: total };
  });
  return result;
}
