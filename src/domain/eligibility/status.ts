// What a verdict means for the officer, beyond the contract's `eligible` flag: a green "Đủ điều
// kiện" only when every criterion the data can check has passed; a verdict that rests on a council
// judgement, or on a lower title of the same round not yet decided, says so in its own words and
// colour. Not part of the contract's output (its shape is fixed); the product shows it everywhere
// a verdict appears. Pure.

/**
 * - eligible: every data-checkable criterion is met and nothing is conditional.
 * - conditional: as eligible, but it counts a title of this round not yet decided (a lower title
 *   of the subject, or members' LĐTT proposed in the same round): valid only once that is granted.
 * - judgement: nothing failed, but a criterion the data should decide could not be decided from
 *   the data (its data route failed or has no data) — the verdict rests on the council.
 * - ineligible: a criterion failed.
 * - withheld: a pending complaint, inspection or investigation holds it back.
 */
export const VERDICT_STATUSES = ['eligible', 'conditional', 'judgement', 'ineligible', 'withheld'] as const;
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];

/** A title of the same round the verdict counts although it is not decided yet. */
export interface VerdictCondition {
  /** 'title': the subject's own lower title; 'members': members' titles proposed in the round. */
  kind: 'title' | 'members';
  award: string;
  period: string;
  /** members: how many members' proposed titles were counted. */
  count?: number;
  /** Vietnamese: 'được tặng danh hiệu "Chiến sĩ thi đua cơ sở" năm 2026'. */
  text: string;
}

export interface VerdictDetail {
  status: VerdictStatus;
  /** Titles of the round the verdict is conditional on (status conditional, or judgement with conditions). */
  conditions: VerdictCondition[];
  /** Criteria the data should decide that rest on the council (met = null), by id. */
  judgementOn: string[];
  /**
   * True when a data-checkable criterion failed on the data and only a council-judged alternative
   * keeps it open (e.g. no Bằng khen cấp tỉnh for the "05 năm" route of Bằng khen Thủ tướng):
   * accepting such a nominee needs a written reason, like an ineligible one.
   */
  dataFailed: boolean;
}

export const VERDICT_STATUS_LABELS: Record<VerdictStatus, string> = {
  eligible: 'Đủ điều kiện',
  conditional: 'Đủ điều kiện nếu được tặng danh hiệu cùng đợt',
  judgement: 'Chờ Hội đồng đánh giá',
  ineligible: 'Chưa đủ điều kiện',
  withheld: 'Tạm hoãn xét',
};

/** One sentence for the officer: the label, then what it rests on. */
export function statusSentence(d: Pick<VerdictDetail, 'status' | 'conditions' | 'dataFailed'>): string {
  switch (d.status) {
    case 'conditional':
      return `Đủ điều kiện nếu ${d.conditions.map((c) => c.text).join('; ')}`;
    case 'judgement':
      return d.dataFailed
        ? 'Không đạt tiêu chuẩn kiểm tra được bằng dữ liệu; chỉ còn xét được theo tiêu chuẩn do Hội đồng Thi đua - Khen thưởng đánh giá'
        : 'Dữ liệu chưa đủ để kết luận; Hội đồng Thi đua - Khen thưởng đánh giá';
    default:
      return VERDICT_STATUS_LABELS[d.status];
  }
}

/**
 * Does accepting a nominee with this verdict need the office's written reason? When a criterion
 * failed, the matter is withheld, or a data-checkable criterion failed and only a judgement keeps
 * it open.
 */
export function needsOverrideReason(d: Pick<VerdictDetail, 'status' | 'dataFailed'>): boolean {
  return d.status === 'ineligible' || d.status === 'withheld' || (d.status === 'judgement' && d.dataFailed);
}

/** A line a decision grants (or a title already granted), as the guard reads it. */
export interface GrantedTitle {
  subjectKey: string;
  award: string;
  period: string;
}

/** A line of a decision with the conditions its verdict was accepted on. */
export interface ConditionalLine extends GrantedTitle {
  key: string;
  /** The name printed in the message. */
  name: string;
  conditions?: readonly VerdictCondition[] | null;
}

/**
 * The lines of a decision that count a lower title of the same round not granted yet: a line may
 * be granted only when each title it is conditional on is granted first (in `held`, the subject's
 * titles already decided) or in the same decision (another line). Members' titles of a collective
 * ('members' conditions) are not checked here: the decision holds no member list.
 */
export function unmetConditions(
  lines: readonly ConditionalLine[],
  held: readonly GrantedTitle[],
): Array<{ key: string; name: string; missing: VerdictCondition[] }> {
  const granted = new Set([...held, ...lines].map((g) => `${g.subjectKey}\u0000${g.award}\u0000${g.period}`));
  const out: Array<{ key: string; name: string; missing: VerdictCondition[] }> = [];
  for (const l of lines) {
    const missing = (l.conditions ?? []).filter(
      (c) => c.kind === 'title' && !granted.has(`${l.subjectKey}\u0000${c.award}\u0000${c.period}`),
    );
    if (missing.length) out.push({ key: l.key, name: l.name, missing });
  }
  return out;
}
