// Uncertain procedure parameters (vote shares, quorum, notice period) as the office and the
// administrator see them: the office gets ONE list of what is still to confirm (never the doubts
// themselves); the administrator confirms a parameter for the tenant by citing its own provincial
// decision (number, date, issuer, trích yếu). The confirmation is a rule override carrying that
// citation: from its date the documents cite the decision (domain/rounds/procedure.ts).
import { listProcedureParams, unconfirmedProcedureParams } from '../../domain/rounds/procedure.js';
import { formatDateVN, isoDateInVietnam } from '../../domain/vi-text/index.js';
import type { Ctx } from '../../server/context.js';
import { forbidden, invalid } from '../../server/errors.js';
import { grantRoots } from '../../server/policy.js';
import { addRuleOverride, tenantProcedureRules } from '../eligibility/service.js';

/** Who sees the banner: the office (round.manage) and the administrators (catalogue.manage). */
function seesProcedure(ctx: Ctx): { office: boolean; admin: boolean } {
  return {
    office: grantRoots(ctx.actor, 'round.manage').length > 0,
    admin: grantRoots(ctx.actor, 'catalogue.manage').length > 0,
  };
}

/** What the administrator still has to confirm on a date (labels only: the doubts stay on the catalogue page). */
export async function pendingProcedureParams(ctx: Ctx, date?: string) {
  const who = seesProcedure(ctx);
  if (!who.office && !who.admin) return { date: date ?? isoDateInVietnam(ctx.now), items: [], canConfirm: false };
  const on = date ?? isoDateInVietnam(ctx.now);
  const rules = await tenantProcedureRules(ctx.db, ctx.actor.tenantId, on);
  const items = unconfirmedProcedureParams(rules).map((p) => ({ key: p.key, label: p.label, value: p.value }));
  return { date: on, items, canConfirm: who.admin };
}

export interface ConfirmationInput {
  key: string;
  /** The value the tenant's decision sets; the one in force when omitted. */
  value?: number | boolean;
  effectiveFrom: string;
  decision: { number: string; date: string; issuer: string; title: string };
  reason: string;
}

/** 'Quyết định số 15/2025/QĐ-UBND ngày 20/8/2025 của Ủy ban nhân dân tỉnh Điện Biên ban hành Quy chế …'. */
export function citationOf(d: ConfirmationInput['decision']): string {
  const title = d.title
    .trim()
    .replace(/^(về việc|v\/v)\s+/iu, 'về việc ')
    .replace(/[.;]+$/u, '');
  return `Quyết định số ${d.number.trim()} ngày ${formatDateVN(d.date)} của ${d.issuer.trim()} ${title}`;
}

/** The administrator confirms one parameter for the tenant, citing its own provincial decision. */
export async function confirmProcedureParam(ctx: Ctx, input: ConfirmationInput) {
  if (!seesProcedure(ctx).admin)
    throw forbidden('Chỉ quản trị viên mới xác nhận được tham số thủ tục theo quy định của tỉnh.');
  if (input.decision.date > input.effectiveFrom) {
    throw invalid([
      {
        field: 'effectiveFrom',
        label: 'Áp dụng từ ngày',
        message: `Ngày áp dụng không được trước ngày ban hành quyết định (${formatDateVN(input.decision.date)}).`,
      },
    ]);
  }
  const rules = await tenantProcedureRules(ctx.db, ctx.actor.tenantId, input.effectiveFrom);
  const param = listProcedureParams(rules).find((p) => p.key === input.key);
  if (!param) throw invalid([{ field: 'key', label: 'Tham số', message: 'Không có tham số thủ tục này.' }]);
  const citation = citationOf(input.decision);
  const r = await addRuleOverride(ctx, {
    key: input.key,
    value: input.value ?? param.value,
    effectiveFrom: input.effectiveFrom,
    citation,
    reason: input.reason,
  });
  return { id: r.id, key: input.key, citation };
}
