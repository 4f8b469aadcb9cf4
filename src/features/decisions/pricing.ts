// The bonus of each line of a decision: multiplier × base salary in force on the decision date
// (the eligibility rules of the tenant, its province and its overrides), then what is payable now
// when a subject holds several awards of one period (only the highest title pays; titles and
// forms both pay), counting the awards already held from earlier decisions.
import type { Db, Tx } from '../../db/client.js';
import { computeBonus } from '../../domain/eligibility/engine.js';
import { type PaidGrant, payableBonuses } from '../../domain/eligibility/payment.js';
import type { Rules } from '../../domain/eligibility/rule-model.js';
import { resolveRules } from '../../domain/eligibility/rulesets.js';
import type { CatalogueAwardCode, SubjectKind } from '../../domain/registry/vocab.js';
import { formatDateVN, moneyInWords } from '../../domain/vi-text/index.js';
import { tenantRules } from '../eligibility/service.js';
import { awardRecordsOfSubjects } from '../register/repository.js';
import { payableByAwardRecord } from './repository.js';

type Q = Db | Tx;

export interface PricedNominee {
  id: string;
  subjectKind: SubjectKind;
  subjectKey: string;
  personId: string | null;
  orgId: string | null;
  householdId: string | null;
  awardCode: string;
  period: string;
}

export interface Price {
  amount: number | null;
  payable: number | null;
  payNote: string;
}

export const rulesOn = (q: Q, tenantId: string, date: string): Promise<Rules> =>
  tenantRules(q, tenantId, date, { field: 'plannedDate', label: 'Ngày quyết định' });

function amountOf(rules: Rules, award: string, kind: SubjectKind, date: string): number | null {
  const rule = (rules.awards as Record<string, Rules['awards'][CatalogueAwardCode] | undefined>)[award];
  if (!rule) return null;
  return computeBonus(rule, kind, rules, date, { moneyInWords }).amount;
}

const keyOf = (r: { personId: string | null; orgId: string | null; householdId: string | null }) =>
  r.personId ? `person:${r.personId}` : r.orgId ? `org:${r.orgId}` : `household:${r.householdId}`;

/** Prices every nominee for a decision dated `date`; records of `excludeDecisionId` are not "earlier". */
export async function priceNominees(
  q: Q,
  tenantId: string,
  date: string,
  rows: readonly PricedNominee[],
  excludeDecisionId?: string,
): Promise<Map<string, Price>> {
  const rules = await rulesOn(q, tenantId, date);
  const personIds = [...new Set(rows.map((r) => r.personId).filter((x): x is string => !!x))];
  const orgIds = [...new Set(rows.map((r) => r.orgId).filter((x): x is string => !!x))];
  const householdIds = [...new Set(rows.map((r) => r.householdId).filter((x): x is string => !!x))];
  const periods = [...new Set(rows.map((r) => r.period))];
  const records =
    (personIds.length || orgIds.length || householdIds.length) && periods.length
      ? await awardRecordsOfSubjects(q, tenantId, { personIds, orgIds, householdIds }, { periods, activeOnly: true })
      : [];
  const payables = await payableByAwardRecord(
    q,
    tenantId,
    records.map((r) => r.id),
  );
  const earlier = records.map((r) => ({ r, payable: payables.get(r.id) ?? null }));
  const previouslyPaid: PaidGrant[] = [];
  for (const { r, payable } of earlier) {
    if (excludeDecisionId && r.decisionId === excludeDecisionId) continue;
    // Imported history carries no amount: assume the amount the rules of its date gave.
    let paid = payable;
    if (paid == null) {
      const at = r.decisionDate ?? date;
      const atRules = at === date ? rules : (resolveRules(at)?.rules ?? rules);
      paid = amountOf(atRules, r.awardCode, r.subjectKind, at) ?? 0;
    }
    previouslyPaid.push({
      subjectKey: keyOf(r),
      award: r.awardCode as CatalogueAwardCode,
      period: r.period,
      paid,
      decision: r.decisionNo
        ? `Quyết định số ${r.decisionNo}${r.decisionDate ? ` ngày ${formatDateVN(r.decisionDate)}` : ''}`
        : undefined,
    });
  }
  const grants = rows.map((r) => ({
    key: r.id,
    subjectKey: r.subjectKey,
    award: r.awardCode as CatalogueAwardCode,
    period: r.period,
    amount: amountOf(rules, r.awardCode, r.subjectKind, date),
  }));
  const out = new Map<string, Price>();
  for (const p of payableBonuses(grants, { rules, previouslyPaid }))
    out.set(p.key, { amount: p.amount, payable: p.payable, payNote: p.reason });
  return out;
}

/** 'title' or 'form' and the printed name of an award under the rules. */
export function awardInfo(rules: Rules, code: string): { name: string; category: 'title' | 'form' } {
  const rule = (rules.awards as Record<string, Rules['awards'][CatalogueAwardCode] | undefined>)[code];
  return { name: rule?.name ?? code, category: rule?.category ?? 'form' };
}
