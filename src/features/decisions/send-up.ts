// Khen cao: awards above the body's power are sent up to the higher authority once their public
// notice has ended, and the higher decision is recorded here when it comes back.
import type { z } from '@hono/zod-openapi';
import { decidesItself, nomineeMachine, type NomineeStatus } from '../../domain/rounds/index.js';
import { subjectsText } from '../../domain/rounds/wording.js';
import type { OrgType } from '../../domain/registry/vocab.js';
import { formatDateVN } from '../../domain/vi-text/index.js';
import type { Ctx } from '../../server/context.js';
import { invalid, moved, refuse } from '../../server/errors.js';
import { recordAudit } from '../audit/append.js';
import { insertAwardRecords } from '../register/repository.js';
import { updateNomineeRow, updateNomineeRows } from '../rounds/repository.js';
import { loadOrg, loadRound, requireOneOf, today } from './access.js';
import { type DecisionContent, defaultContent } from './content.js';
import { nomineeStatusLabel, orderForDecision, roundNominees } from './nominees.js';
import { noticeStates } from './readiness.js';
import { insertDecision, insertItems } from './repository.js';
import type { ExternalBody } from './schema.js';
import { finishRoundIfSettled } from './sign.js';

/** Passed nominees above the body's power, ready to be sent up (or already sent). */
export async function sendUpCandidates(ctx: Ctx, roundId: string, statuses: NomineeStatus[] = ['passed']) {
  const t = ctx.actor.tenantId;
  const round = await loadRound(ctx.db, t, roundId);
  const org = await loadOrg(ctx.db, t, round.orgId);
  const rows = await roundNominees(ctx.db, t, roundId, statuses, undefined, round.decisionBy);
  return {
    round,
    org,
    rows: orderForDecision(
      rows.filter((n) => !decidesItself(org.type as OrgType, n.awardCode)),
      round.awardCodes,
    ),
  };
}

export async function markSentUp(ctx: Ctx, roundId: string, nomineeIds: string[]) {
  const t = ctx.actor.tenantId;
  const round = await loadRound(ctx.db, t, roundId);
  await requireOneOf(ctx, round.orgId, ['round.manage']);
  const { rows } = await sendUpCandidates(ctx, roundId, ['passed', 'withheld', 'sent_up', 'awarded']);
  const problems = nomineeIds
    .map((id, i) => {
      const n = rows.find((x) => x.id === id);
      if (!n)
        return { i, m: 'không phải người (tập thể) được Hội đồng thông qua với hình thức thuộc thẩm quyền cấp trên' };
      try {
        nomineeMachine.move(n.status, 'sendUp');
      } catch (e) {
        return { i, m: `${n.displayName}: ${(e as Error).message}` };
      }
      return null;
    })
    .filter((x) => x !== null);
  if (problems.length)
    throw invalid(problems.map((p) => ({ field: `nomineeIds.${p.i}`, label: 'Người trình khen cao', message: p.m })));
  // A dossier goes up only once its public notice has ended, with no open complaint (as signing).
  const states = await noticeStates(ctx.db, t, round.kind, nomineeIds, today(ctx));
  const blocked = rows.filter((n) => nomineeIds.includes(n.id) && states.get(n.id)?.ok === false);
  if (blocked.length) {
    throw refuse(
      'SEND_UP_BLOCKED',
      `Chưa thể trình cấp trên ${subjectsText(blocked)}: ${blocked.length === 1 ? '' : `ví dụ ${blocked[0].displayName} `}${states.get(blocked[0].id)!.message}. Hồ sơ chỉ được trình sau khi hết thời hạn công khai và không còn khiếu nại.`,
    );
  }
  return ctx.db.transaction(async (tx) => {
    const done = await updateNomineeRows(tx, t, nomineeIds, { status: 'sent_up', updatedAt: ctx.now }, 'passed');
    if (done.length !== nomineeIds.length)
      throw refuse('NOMINEE_CHANGED', 'Trạng thái của một số người (tập thể) vừa thay đổi. Vui lòng tải lại trang.');
    await recordAudit(tx, ctx, {
      action: 'nominee.send_up',
      entityType: 'round',
      entityId: roundId,
      orgId: round.orgId,
      summary: `Trình cấp trên khen thưởng ${nomineeIds.length} trường hợp của đợt "${round.name}"`,
      after: { nominees: nomineeIds },
    });
    return { count: done.length };
  });
}

export async function recordExternalDecision(ctx: Ctx, roundId: string, body: z.output<typeof ExternalBody>) {
  const t = ctx.actor.tenantId;
  const round = await loadRound(ctx.db, t, roundId);
  await requireOneOf(ctx, round.orgId, ['round.manage']);
  const ids = body.items.map((i) => i.nomineeId);
  if (new Set(ids).size !== ids.length)
    throw invalid([{ field: 'items', label: 'Danh sách', message: 'Một người (tập thể) được chọn hai lần.' }]);
  if (body.decisionDate > today(ctx))
    throw invalid([
      { field: 'decisionDate', label: 'Ngày quyết định', message: 'Ngày quyết định không được sau hôm nay.' },
    ]);
  const symbol = body.numberText.includes('/')
    ? body.numberText.slice(body.numberText.indexOf('/') + 1)
    : body.numberText;
  const id = crypto.randomUUID();
  return ctx.db.transaction(async (tx) => {
    const ns = orderForDecision(
      await roundNominees(tx, t, roundId, undefined, ids, body.decisionDate),
      round.awardCodes,
    );
    const problems = ids
      .map((nid, i) => {
        const n = ns.find((x) => x.id === nid);
        if (!n) return { i, m: 'không thuộc đợt xét này' };
        if (n.status !== 'sent_up')
          return { i, m: `${n.displayName} chưa được trình cấp trên (trạng thái "${nomineeStatusLabel(n.status)}")` };
        return null;
      })
      .filter((x) => x !== null);
    if (problems.length)
      throw invalid(
        problems.map((p) => ({ field: `items.${p.i}.nomineeId`, label: 'Người được khen thưởng', message: p.m })),
      );
    const amounts = new Map(body.items.map((i) => [i.nomineeId, i.amount ?? null]));
    const total = body.items.reduce((s, i) => s + (i.amount ?? 0), 0);
    const content: DecisionContent = {
      ...defaultContent({
        org: { name: 'cấp trên', type: 'province' },
        parentName: null,
        period: round.period,
        plannedDate: body.decisionDate,
        meetingDate: null,
        proposingUnits: [],
        officeUnit: null,
        signerPosition: null,
      }),
      subject: `Quyết định khen thưởng của ${body.issuer}`,
      note: body.note ?? null,
    };
    await insertDecision(tx, {
      tenantId: t,
      id,
      roundId,
      orgId: round.orgId,
      external: true,
      status: 'signed',
      symbol,
      year: Number(body.decisionDate.slice(0, 4)),
      number: null,
      numberText: body.numberText,
      decisionDate: body.decisionDate,
      issuer: body.issuer,
      content,
      totalAmount: total,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
      signedAt: ctx.now,
    });
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
      decisionNo: body.numberText,
      decisionDate: body.decisionDate,
      issuer: body.issuer,
      decisionId: id,
      createdAt: ctx.now,
    }));
    await insertAwardRecords(tx, records);
    await insertItems(
      tx,
      ns.map((n, i) => ({
        tenantId: t,
        decisionId: id,
        nomineeId: n.id,
        ordinal: i + 1,
        awardRecordId: records[i].id,
        amount: amounts.get(n.id) ?? null,
        payable: amounts.get(n.id) ?? null,
        payNote: amounts.get(n.id) == null ? 'Cấp trên chưa thông báo số tiền' : null,
      })),
    );
    for (const n of ns) moved(() => nomineeMachine.move(n.status, 'award'));
    await updateNomineeRows(tx, t, ids, { status: 'awarded', updatedAt: ctx.now }, 'sent_up');
    for (const n of ns) await updateNomineeRow(tx, t, n.id, { amount: amounts.get(n.id) ?? null });
    await recordAudit(tx, ctx, {
      action: 'decision.record_external',
      entityType: 'decision',
      entityId: id,
      orgId: round.orgId,
      summary: `Ghi nhận Quyết định số ${body.numberText} ngày ${formatDateVN(body.decisionDate)} của ${body.issuer}: ${ns.length} người (tập thể)`,
      after: {
        numberText: body.numberText,
        decisionDate: body.decisionDate,
        issuer: body.issuer,
        nominees: ids,
        total,
      },
    });
    await finishRoundIfSettled(tx, ctx, roundId);
    return { id };
  });
}
