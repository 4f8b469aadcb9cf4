// Drafting a decision: the office drafts it from the round's result (the passed nominees whose
// award the round's body decides itself), edits it, and sends it to the signer.
import type { z } from '@hono/zod-openapi';
import type { Tx } from '../../db/client.js';
import { decidesItself } from '../../domain/rounds/index.js';
import type { OrgType } from '../../domain/registry/vocab.js';
import { formatMoneyVN } from '../../domain/vi-text/index.js';
import type { Ctx } from '../../server/context.js';
import { invalid, refuse } from '../../server/errors.js';
import { recordAudit } from '../audit/append.js';
import { procedureCitationsOn } from '../eligibility/repository.js';
import { notify } from '../notifications/service.js';
import { childNameStartingWith } from '../organisations/repository.js';
import { asContent, loadDecision, loadOrg, loadRound, requireOneOf, today } from './access.js';
import {
  achievementOf,
  type DecisionContent,
  defaultContent,
  isAutoAchievement,
  issuerOf,
  signerLinesFor,
} from './content.js';
import { type NomineeView, orderForDecision, roundNominees } from './nominees.js';
import { priceNominees } from './pricing.js';
import { passingMeeting } from './readiness.js';
import {
  type DecisionRow,
  insertDecision,
  itemsOf,
  nomineesInDecisions,
  patchDecision,
  replaceItems,
} from './repository.js';
import type { DraftBody, UpdateBody } from './schema.js';
import { signersOf, validateSigner } from './signers.js';

/** Rewrites a draft's lines in order, priced on `date`; the total payable. */
async function writeItems(tx: Tx, tenantId: string, decisionId: string, ordered: NomineeView[], date: string) {
  const prices = await priceNominees(tx, tenantId, date, ordered, decisionId);
  let total = 0;
  await replaceItems(
    tx,
    tenantId,
    decisionId,
    ordered.map((n, i) => {
      const p = prices.get(n.id)!;
      total += p.payable ?? 0;
      return {
        tenantId,
        decisionId,
        nomineeId: n.id,
        ordinal: i + 1,
        amount: p.amount,
        payable: p.payable,
        payNote: p.payNote,
      };
    }),
  );
  return { total, prices };
}

export async function draftDecision(ctx: Ctx, roundId: string, body: z.output<typeof DraftBody>) {
  const t = ctx.actor.tenantId;
  const round = await loadRound(ctx.db, t, roundId);
  await requireOneOf(ctx, round.orgId, ['round.manage']);
  const org = await loadOrg(ctx.db, t, round.orgId);
  const plannedDate = body.plannedDate ?? (round.decisionBy > today(ctx) ? round.decisionBy : today(ctx));
  const passed = await roundNominees(ctx.db, t, roundId, ['passed', 'withheld'], undefined, plannedDate);
  const inDec = await nomineesInDecisions(ctx.db, t, roundId);
  const decidable = passed.filter(
    (n) => n.status === 'passed' && decidesItself(org.type as OrgType, n.awardCode) && !inDec.has(n.id),
  );
  let chosen: NomineeView[];
  if (body.nomineeIds) {
    const problems = body.nomineeIds
      .map((id, i) => {
        const n = passed.find((x) => x.id === id);
        if (!n) return { i, m: 'không phải người (tập thể) được Hội đồng thông qua trong đợt này' };
        if (n.status === 'withheld') return { i, m: `${n.displayName} đang bị tạm dừng xét do có phản ánh, khiếu nại` };
        if (!decidesItself(org.type as OrgType, n.awardCode))
          return { i, m: `${n.awardName} của ${n.displayName} thuộc thẩm quyền cấp trên (trình khen cao)` };
        if (inDec.has(n.id)) return { i, m: `${n.displayName} đã có trong một quyết định khác` };
        return null;
      })
      .filter((x) => x !== null);
    if (problems.length)
      throw invalid(
        problems.map((p) => ({ field: `nomineeIds.${p.i}`, label: 'Người được khen thưởng', message: p.m })),
      );
    chosen = decidable.filter((n) => body.nomineeIds!.includes(n.id));
  } else chosen = decidable;
  if (!chosen.length)
    throw refuse(
      'DECISION_NOTHING_TO_DRAFT',
      'Không còn cá nhân, tập thể nào được Hội đồng thông qua thuộc thẩm quyền quyết định của cơ quan này để lập quyết định.',
    );
  const ordered = orderForDecision(chosen, round.awardCodes);

  const signers = await signersOf(ctx.db, t, round.orgId);
  const signer =
    body.signerUserId !== undefined
      ? await validateSigner(ctx.db, t, round.orgId, body.signerUserId)
      : (signers[0] ?? null);
  const parent = org.parentId ? await loadOrg(ctx.db, t, org.parentId) : null;
  const meeting = await passingMeeting(
    ctx.db,
    t,
    ordered.map((n) => n.id),
  );
  const units = [...new Map(ordered.map((n) => [n.unitId, n.unitName])).values()];
  const office = await childNameStartingWith(ctx.db, t, org.id, 'Phòng Văn hóa');
  // The tenant's own provincial decisions that confirmed procedure parameters are bases too.
  const provincialBases = await procedureCitationsOn(ctx.db, t, plannedDate);
  const content = defaultContent({
    provincialBases,
    org: { name: org.name, type: org.type as OrgType },
    parentName: parent?.name ?? null,
    period: round.period,
    plannedDate,
    meetingDate: meeting?.heldOn ?? null,
    proposingUnits: units,
    awardCodes: ordered.map((n) => n.awardCode),
    officeUnit: office,
    signerPosition: signer?.position ?? null,
  });
  const id = crypto.randomUUID();
  const symbol = body.symbol ?? 'QĐ-UBND';
  return ctx.db.transaction(async (tx) => {
    await insertDecision(tx, {
      tenantId: t,
      id,
      roundId,
      orgId: round.orgId,
      external: false,
      status: 'draft',
      symbol,
      issuer: issuerOf({ name: org.name, type: org.type as OrgType }),
      signerUserId: signer?.id ?? null,
      signerName: signer?.fullName ?? null,
      signerTitle: content.signerLines.join('\n'),
      content,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
    });
    const { total } = await writeItems(tx, t, id, ordered, plannedDate);
    await patchDecision(tx, t, id, { totalAmount: total });
    await recordAudit(tx, ctx, {
      action: 'decision.draft',
      entityType: 'decision',
      entityId: id,
      orgId: round.orgId,
      summary: `Lập dự thảo quyết định khen thưởng (${ordered.length} người, tập thể) của đợt "${round.name}"`,
      after: { symbol, plannedDate, nominees: ordered.map((n) => n.id), total },
    });
    return { id };
  });
}

const frozen = (d: DecisionRow) =>
  refuse(
    'DECISION_NOT_DRAFT',
    d.status === 'signed'
      ? `Quyết định ${d.numberText ?? ''} đã ký ban hành: không thể sửa.`
      : d.status === 'revoked'
        ? 'Quyết định đã bị hủy bỏ: không thể sửa.'
        : 'Không thể sửa quyết định này.',
  );

export async function updateDecision(ctx: Ctx, id: string, body: z.output<typeof UpdateBody>) {
  const t = ctx.actor.tenantId;
  const d0 = await loadDecision(ctx.db, t, id);
  await requireOneOf(ctx, d0.orgId, ['round.manage']);
  if (d0.status !== 'draft' || d0.external) throw frozen(d0);
  const round = await loadRound(ctx.db, t, d0.roundId);
  const org = await loadOrg(ctx.db, t, d0.orgId);
  const signer =
    body.signerUserId !== undefined ? await validateSigner(ctx.db, t, d0.orgId, body.signerUserId) : undefined;
  return ctx.db.transaction(async (tx) => {
    const d = await loadDecision(tx, t, id, true);
    if (d.status !== 'draft') throw frozen(d);
    const before = asContent(d);
    const { symbol, signerUserId: _s, nomineeIds, ...texts } = body;
    const content: DecisionContent = {
      ...before,
      ...Object.fromEntries(Object.entries(texts).filter(([, v]) => v !== undefined)),
      submittedAt: null,
      submittedBy: null,
    };
    if (signer && !body.signerLines)
      content.signerLines = signerLinesFor(signer.position, ['commune', 'ward', 'special_zone'].includes(org.type));
    const current = await itemsOf(tx, t, id);
    let keep = current.map((i) => i.nomineeId);
    if (nomineeIds) {
      const inDec = await nomineesInDecisions(tx, t, d.roundId, id);
      const rows = await roundNominees(tx, t, d.roundId, ['passed'], nomineeIds, content.plannedDate);
      const problems = nomineeIds
        .map((nid, i) => {
          const n = rows.find((x) => x.id === nid);
          if (!n) return { i, m: 'không còn ở trạng thái Hội đồng thông qua (có thể đang bị tạm dừng do khiếu nại)' };
          if (!decidesItself(org.type as OrgType, n.awardCode))
            return { i, m: `${n.awardName} thuộc thẩm quyền cấp trên` };
          if (inDec.has(nid)) return { i, m: `${n.displayName} đã có trong một quyết định khác` };
          return null;
        })
        .filter((x) => x !== null);
      if (problems.length)
        throw invalid(
          problems.map((p) => ({ field: `nomineeIds.${p.i}`, label: 'Người được khen thưởng', message: p.m })),
        );
      keep = nomineeIds;
    }
    const rows = orderForDecision(
      await roundNominees(tx, t, d.roundId, undefined, keep, content.plannedDate),
      round.awardCodes,
    );
    // Điều 1's words follow the awards unless the officer wrote their own.
    if (texts.achievement === undefined && isAutoAchievement(content.achievement, round.period))
      content.achievement = achievementOf(
        rows.map((n) => n.awardCode),
        round.period,
      );
    const { total } = await writeItems(tx, t, id, rows, content.plannedDate);
    const patch = {
      content,
      symbol: symbol ?? d.symbol,
      totalAmount: total,
      signerTitle: content.signerLines.join('\n'),
      ...(signer !== undefined ? { signerUserId: signer?.id ?? null, signerName: signer?.fullName ?? null } : {}),
    };
    await patchDecision(tx, t, id, patch);
    await recordAudit(tx, ctx, {
      action: 'decision.update',
      entityType: 'decision',
      entityId: id,
      orgId: d.orgId,
      summary: `Sửa dự thảo quyết định khen thưởng của đợt "${round.name}"`,
      before: { symbol: d.symbol, content: before, signer: d.signerUserId, nominees: current.map((i) => i.nomineeId) },
      after: { symbol: patch.symbol, content, signer: patch.signerUserId ?? d.signerUserId, nominees: keep },
    });
    return { id };
  });
}

/** The office sends the draft to the signer. */
export async function submitDecision(ctx: Ctx, id: string) {
  const t = ctx.actor.tenantId;
  const d0 = await loadDecision(ctx.db, t, id);
  await requireOneOf(ctx, d0.orgId, ['round.manage']);
  if (d0.status !== 'draft') throw frozen(d0);
  if (!d0.signerUserId)
    throw invalid([{ field: 'signerUserId', label: 'Người ký', message: 'Chọn người ký trước khi trình ký.' }]);
  const round = await loadRound(ctx.db, t, d0.roundId);
  return ctx.db.transaction(async (tx) => {
    const d = await loadDecision(tx, t, id, true);
    if (d.status !== 'draft') throw frozen(d);
    const content: DecisionContent = {
      ...asContent(d),
      submittedAt: ctx.now.toISOString(),
      submittedBy: ctx.actor.userId,
    };
    await patchDecision(tx, t, id, { content });
    await recordAudit(tx, ctx, {
      action: 'decision.submit',
      entityType: 'decision',
      entityId: id,
      orgId: d.orgId,
      summary: `Trình ký quyết định khen thưởng của đợt "${round.name}" (${d.signerName})`,
    });
    await notify(
      tx,
      t,
      [d.signerUserId!],
      {
        kind: 'decision.submitted',
        title: 'Quyết định khen thưởng chờ ký',
        body: `Đợt "${round.name}": ${formatMoneyVN(d.totalAmount)} tiền thưởng.`,
        link: `/quyet-dinh/${id}`,
      },
      ctx.now,
    );
    return { id, submittedAt: content.submittedAt ?? null };
  });
}
