// The initiative council (Hội đồng sáng kiến): members score an initiative against criteria and
// vote; recognition needs the configured share of all members (default 2/3, as in the BHXH
// example of the reference) and, if set, a minimum average score. Members with a conflict of
// interest recuse and count neither in the votes nor in the average.
import { requiredVotes } from '../rounds/tally.js';

export interface InitiativeRule {
  /** Share of all members (minus recused) voting in favour, e.g. 2/3. */
  share: number;
  /** Minimum average of members' total scores, or null when the council only votes. */
  minAverage: number | null;
  basis: string;
}

export interface MemberAssessment {
  memberId: string;
  recused: boolean;
  /** Points per criterion id. */
  scores: Readonly<Record<string, number>>;
  vote: 'yes' | 'no' | 'abstain' | null;
}

export interface InitiativeCriterion {
  id: string;
  label: string;
  maxPoints: number;
}

export interface InitiativeResult {
  recognised: boolean;
  members: number;
  voters: number;
  yes: number;
  required: number;
  average: number | null;
  problems: string[];
  text: string;
}

export function assessInitiative(
  criteria: readonly InitiativeCriterion[],
  members: readonly MemberAssessment[],
  rule: InitiativeRule,
): InitiativeResult {
  const problems: string[] = [];
  const voters = members.filter((m) => !m.recused);
  const totals: number[] = [];
  for (const m of voters) {
    let sum = 0;
    for (const c of criteria) {
      const v = m.scores[c.id];
      if (v === undefined) continue;
      if (!(v >= 0 && v <= c.maxPoints))
        problems.push(`Điểm "${c.label}" của một thành viên ngoài khoảng 0 – ${c.maxPoints}.`);
      else sum += v;
    }
    if (Object.keys(m.scores).length) totals.push(sum);
  }
  const yes = voters.filter((m) => m.vote === 'yes').length;
  const required = requiredVotes(voters.length, { share: rule.share, strict: false });
  const average = totals.length ? Math.round((totals.reduce((a, b) => a + b, 0) / totals.length) * 100) / 100 : null;
  const votePassed = voters.length > 0 && yes >= required;
  const scorePassed = rule.minAverage === null || (average !== null && average >= rule.minAverage);
  const recognised = votePassed && scorePassed && problems.length === 0;
  const recused = members.length - voters.length;
  const num = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
  const text =
    `${yes}/${voters.length} thành viên đồng ý (cần ít nhất ${required}, tức ${num(Math.round(rule.share * 1000) / 10)}% tổng số thành viên` +
    `${recused ? `, không tính ${recused} thành viên không tham gia do xung đột lợi ích` : ''})` +
    (rule.minAverage !== null ? `; điểm bình quân ${num(average ?? 0)} (cần ít nhất ${num(rule.minAverage)})` : '') +
    `: ${recognised ? 'công nhận' : 'không công nhận'}.`;
  return { recognised, members: members.length, voters: voters.length, yes, required, average, problems, text };
}
