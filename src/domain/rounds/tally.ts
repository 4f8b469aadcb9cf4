// Counting a council's secret ballot against the dated vote rule of each award, and the quorum.
import type { ProcedureRules, VoteRule } from './procedure.js';

export interface TallyInput {
  /** Members of the council when voting opened. */
  members: number;
  present: number;
  /** Members who stepped aside from this item (conflict of interest): out of the base. */
  recused: number;
  yes: number;
  no: number;
  abstain: number;
}

export interface TallyResult {
  passed: boolean;
  /** Number of members the share is taken of. */
  base: number;
  /** Votes in favour needed. */
  required: number;
  /** yes / base, 0..1. */
  share: number;
  /** Vietnamese sentence for the minutes: '4/5 thành viên (80,0%) đồng ý; cần ít nhất 4 (80%) …'. */
  text: string;
}

const pct = (x: number) =>
  `${(x * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1, minimumFractionDigits: 1 })}%`;

/** Votes in favour needed out of `base` for `rule` (at least one). */
export function requiredVotes(base: number, rule: Pick<VoteRule, 'share' | 'strict'>): number {
  const exact = base * rule.share;
  // Shares like 0.9 × 10 are not exact in binary floating point: round to 9 decimals first.
  const r = Math.round(exact * 1e9) / 1e9;
  const need = rule.strict ? Math.floor(r) + 1 : Math.ceil(r);
  return Math.max(1, need);
}

export function tally(input: TallyInput, rule: VoteRule): TallyResult {
  if (input.yes + input.no + input.abstain > input.present - input.recused && input.present > 0) {
    // More ballots than voters would mean a broken box: never pass on it.
    return {
      passed: false,
      base: 0,
      required: 0,
      share: 0,
      text: 'Số phiếu vượt số thành viên được bỏ phiếu: kết quả không hợp lệ.',
    };
  }
  const base = Math.max(0, (rule.of === 'all' ? input.members : input.present) - input.recused);
  const required = requiredVotes(base, rule);
  const share = base > 0 ? input.yes / base : 0;
  const passed = base > 0 && input.yes >= required;
  const whom = rule.of === 'all' ? 'tổng số thành viên Hội đồng' : 'số thành viên có mặt';
  const rec =
    input.recused > 0 ? ` (không tính ${input.recused} thành viên không tham gia biểu quyết do xung đột lợi ích)` : '';
  const need = `${rule.strict ? 'trên' : 'ít nhất'} ${Math.round(rule.share * 100)}% ${whom}${rec}, tức ${required} phiếu`;
  const text = `${input.yes}/${base} phiếu đồng ý (${pct(share)}), ${input.no} không đồng ý, ${input.abstain} không biểu quyết; cần ${need}: ${passed ? 'đạt' : 'không đạt'}.`;
  return { passed, base, required, share, text };
}

export interface QuorumResult {
  met: boolean;
  required: number;
  text: string;
}

export function quorum(members: number, present: number, rules: ProcedureRules): QuorumResult {
  const required = requiredVotes(members, { share: rules.quorum.share, strict: false });
  const met = present >= required;
  return {
    met,
    required,
    text: `Có mặt ${present}/${members} thành viên; cần ít nhất ${required} thành viên để biểu quyết: ${met ? 'đủ' : 'không đủ'} điều kiện.`,
  };
}
