// Which bonuses are paid when one subject receives several awards (NĐ 152 Art. 50–54, as in
// tdkt-reference.md §4): several titles (danh hiệu thi đua) of one subject for the same period pay
// only the highest title's bonus; titles of different periods each pay; a title and a form of
// commendation of the same period are both paid; forms are always paid. Pure: the amounts come
// from the engine's verdicts (households' 1.5× for forms is already in them), the ranks of the
// titles and the policy for a lower title already paid from the rules in force.
import type { CatalogueAwardCode } from '../registry/vocab.js';
import type { AwardRule, Rules } from './rule-model.js';
import { formatMoneyVN } from '../vi-text/index.js';

/** One award granted (or about to be granted) to one subject, with the bonus the engine computed. */
export interface Grant {
  /** The caller's id for the grant (a proposal line, a decision line). */
  key: string;
  /** Who receives it: a person's, organisation's or household's id. */
  subjectKey: string;
  award: CatalogueAwardCode;
  /** The period of the achievement: '2026' or '2025-2026'. Grants of one period compete. */
  period: string;
  /** The computed bonus in đồng; null when it cannot be known (quá trình cống hiến). */
  amount: number | null;
}

/** A grant already paid by an earlier decision, with what was paid for it. */
export interface PaidGrant {
  subjectKey: string;
  award: CatalogueAwardCode;
  period: string;
  /** What was actually paid, in đồng. */
  paid: number;
  /** The earlier decision, for the reason text (e.g. 'Quyết định 12/QĐ-UBND ngày 20/12/2026'). */
  decision?: string;
}

export interface PayableOptions {
  /** The rules in force on the decision date: titles' ranks and `params.titlePayment`. */
  rules: Pick<Rules, 'awards' | 'params'>;
  /** Grants of the same subjects already paid by earlier decisions. */
  previouslyPaid?: readonly PaidGrant[];
}

export interface Payable {
  key: string;
  /** The computed bonus (the grant's amount). */
  amount: number | null;
  /** What to pay now: 0 when a higher title of the same period supersedes it; null when amount is null. */
  payable: number | null;
  /** Vietnamese explanation; names the title that supersedes it, or what was already paid. */
  reason: string;
}

const money = (n: number) => formatMoneyVN(n);
const spanText = (n: number) => (n === 1 ? '01 năm' : `${String(n).padStart(2, '0')} năm`);

/**
 * The amount to pay for each grant, in the order given.
 *
 * - Forms of commendation (and awards unknown to the rules) are paid in full.
 * - Titles are grouped by subject, period and the time they count (AwardRule.countingPeriods:
 *   titles counted over different times are each paid, NĐ 152/2025 Điều 49(5)). The highest (AwardRule.rank; of equal ranks the
 *   first given) is paid; every other title of the group pays 0 and its reason names the higher
 *   title. Previously paid titles of the same subject and period take part: when one of them is
 *   of a rank at least as high, nothing more is paid for the period.
 * - When only lower titles of the period were paid before, `rules.params.titlePayment.paidLower`
 *   decides: 'difference' (default, [U]) pays the highest title's amount less what was paid
 *   (never below 0); 'full' pays it in full.
 *
 * Invariants (tested): the sum of `payable` never exceeds the sum of `amount`; with nothing paid
 * before, the highest title of each subject and period is paid in full.
 */
export function payableBonuses(grants: readonly Grant[], options: PayableOptions): Payable[] {
  const { rules } = options;
  const awards = rules.awards as Record<string, AwardRule | undefined>;
  const rankOf = (code: string): number | null => {
    const a = awards[code];
    return a && a.category === 'title' && a.rank !== null ? a.rank : null;
  };
  const nameOf = (code: string) => awards[code]?.name ?? code;
  // Titles compete only when they count the same time (NĐ 152/2025 Điều 49(5)): CSTĐ tỉnh counts
  // three years, CSTĐCS one, so both of the same period are paid.
  const spanOf = (code: string) => awards[code]?.countingPeriods ?? 1;
  const groupKey = (subject: string, period: string, code: string) => `${subject}\u0000${period}\u0000${spanOf(code)}`;

  // The highest title of each subject and period among this call's grants (first of equals).
  const best = new Map<string, Grant>();
  for (const g of grants) {
    const rank = rankOf(g.award);
    if (rank === null) continue;
    const k = groupKey(g.subjectKey, g.period, g.award);
    const cur = best.get(k);
    if (!cur || rank > (rankOf(cur.award) as number)) best.set(k, g);
  }
  // What earlier decisions paid for titles of each subject and period.
  const paidBefore = new Map<string, { total: number; top: PaidGrant }>();
  for (const p of options.previouslyPaid ?? []) {
    const rank = rankOf(p.award);
    if (rank === null) continue;
    const k = groupKey(p.subjectKey, p.period, p.award);
    const cur = paidBefore.get(k);
    if (!cur) paidBefore.set(k, { total: p.paid, top: p });
    else {
      cur.total += p.paid;
      if (rank > (rankOf(cur.top.award) as number)) cur.top = p;
    }
  }
  const policy = rules.params.titlePayment.paidLower;
  const earlier = (p: PaidGrant) => (p.decision ? ` (${p.decision})` : ' (quyết định trước)');

  return grants.map((g): Payable => {
    const rank = rankOf(g.award);
    if (g.amount === null) {
      return {
        key: g.key,
        amount: null,
        payable: null,
        reason: 'Chưa xác định mức tiền thưởng (tùy hình thức khen thưởng được quyết định)',
      };
    }
    if (rank === null) {
      return {
        key: g.key,
        amount: g.amount,
        payable: g.amount,
        reason: 'Hình thức khen thưởng: được nhận tiền thưởng cùng với danh hiệu thi đua của cùng thời điểm',
      };
    }
    const k = groupKey(g.subjectKey, g.period, g.award);
    const top = best.get(k) as Grant;
    if (top !== g) {
      const same = top.award === g.award;
      return {
        key: g.key,
        amount: g.amount,
        payable: 0,
        reason: same
          ? `Trùng danh hiệu ${nameOf(g.award)} kỳ ${g.period} đã tính ở dòng khác; chỉ nhận một lần`
          : `Cùng kỳ ${g.period} được tặng danh hiệu cao hơn "${nameOf(top.award)}": chỉ nhận tiền thưởng của danh hiệu cao nhất`,
      };
    }
    const before = paidBefore.get(k);
    if (!before) {
      const other = grants.find(
        (x) =>
          x !== g &&
          x.subjectKey === g.subjectKey &&
          x.period === g.period &&
          rankOf(x.award) !== null &&
          spanOf(x.award) !== spanOf(g.award),
      );
      const note = other
        ? `; danh hiệu "${nameOf(other.award)}" cùng kỳ tính thành tích ${spanText(spanOf(other.award))}, khác thời gian với danh hiệu này (${spanText(spanOf(g.award))}), nên mỗi danh hiệu được nhận tiền thưởng (khoản 5 Điều 49 Nghị định 152/2025/NĐ-CP)`
        : '';
      return {
        key: g.key,
        amount: g.amount,
        payable: g.amount,
        reason: `Danh hiệu cao nhất kỳ ${g.period}: nhận đủ tiền thưởng${note}`,
      };
    }
    const topRank = rankOf(before.top.award) as number;
    if (topRank >= rank) {
      return {
        key: g.key,
        amount: g.amount,
        payable: 0,
        reason: `Kỳ ${g.period} đã nhận tiền thưởng danh hiệu ${topRank === rank && before.top.award === g.award ? '' : 'cao hơn hoặc ngang bằng '}"${nameOf(before.top.award)}"${earlier(before.top)}: không chi thêm`,
      };
    }
    if (policy === 'full') {
      return {
        key: g.key,
        amount: g.amount,
        payable: g.amount,
        reason: `Danh hiệu cao nhất kỳ ${g.period}: nhận đủ tiền thưởng; danh hiệu thấp hơn "${nameOf(before.top.award)}" đã chi ${money(before.total)}${earlier(before.top)} không bị trừ (theo tham số quy định)`,
      };
    }
    const payable = Math.max(0, g.amount - before.total);
    return {
      key: g.key,
      amount: g.amount,
      payable,
      reason: `Danh hiệu cao nhất kỳ ${g.period}: chi phần chênh lệch, vì danh hiệu thấp hơn "${nameOf(before.top.award)}" đã chi ${money(before.total)}${earlier(before.top)}`,
    };
  });
}
