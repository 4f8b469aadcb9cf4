// Checks made when an award is written to a subject's history (the registry form, the award
// import, a decision granting titles), beside the eligibility verdict. Pure.
import type { CatalogueInput, CriterionResult } from './contract.js';
import { evaluate } from './engine.js';
import type { AwardRule, Rules } from './rule-model.js';
import { formatDateVN } from '../vi-text/index.js';
import { parsePeriod, periodName, periodsOverlap } from './streaks.js';

/** An award on record (or about to be): what the checks read. */
export interface RecordLike {
  awardCode: string;
  period: string;
  track?: string | null;
  decisionNo?: string | null;
  decisionDate?: string | null;
  /** A revoked award (thu hồi) no longer stands: it does not block a new one. */
  revokedOn?: string | null;
}

export interface RecordConflict {
  /** 'duplicate': the same award for the same period; 'overlap': a title of overlapping periods of the other kind. */
  kind: 'duplicate' | 'overlap';
  record: RecordLike;
  /** Vietnamese, starting with the subject as given. */
  message: string;
}

type CatalogueRules = Pick<Rules, 'awards' | 'general'> & {
  params: Pick<Rules['params'], 'chainTracks' | 'schoolYearStart'>;
};

const awardOf = (rules: CatalogueRules, code: string) => (rules.awards as Record<string, AwardRule | undefined>)[code];

/** Do both records count on the same track for "one achievement" (công trạng with công trạng…)? */
function sameTrack(rules: CatalogueRules, a: RecordLike, b: RecordLike): boolean {
  const ta = a.track ?? 'cong_trang';
  const tb = b.track ?? 'cong_trang';
  const chain = rules.params.chainTracks as readonly string[];
  return ta === tb || (chain.includes(ta) && chain.includes(tb));
}

/**
 * Whether `candidate` may be added to a subject's awards `existing` ("không khen thưởng nhiều lần
 * cho một thành tích", Law 06/2022/QH15 Art. 5.2.c):
 * - the same award for the same period is already on record (`duplicate`);
 * - a title whose period is of the other kind (calendar year vs school year) and shares days
 *   with the candidate's, for a title counted over the same length of time and given to the same
 *   kind of subject (LĐTT 2025-2026 and CSTĐCS 2026; TT LĐTT and Cờ thi đua…), rewards the same
 *   months twice (`overlap`), as the eligibility engine's not_already_awarded check reads it.
 * Forms of commendation (Giấy khen, Bằng khen) may be given to one subject more than once, and
 * whether two reward one achievement is the council's judgement: only an identical record (same
 * period, same decision number) is refused for them. Revoked awards are ignored.
 */
export function awardRecordConflict(
  subject: string,
  existing: readonly RecordLike[],
  candidate: RecordLike,
  rules: CatalogueRules,
): RecordConflict | null {
  const award = awardOf(rules, candidate.awardCode);
  const name = award?.name ?? candidate.awardCode;
  const live = existing.filter((r) => !r.revokedOn);
  const isForm = award?.category === 'form';
  const dup = live.find(
    (r) =>
      r.awardCode === candidate.awardCode &&
      r.period === candidate.period &&
      (!isForm || (r.decisionNo ?? '') === (candidate.decisionNo ?? '')),
  );
  if (dup)
    return {
      kind: 'duplicate',
      record: dup,
      message: `${subject} đã có ${name} ${periodName(dup.period)}${decisionText(dup)}.`,
    };
  if (award?.category !== 'title' || award.countingPeriods === null) return null;
  const p = parsePeriod(candidate.period);
  if (!p) return null;
  for (const r of live) {
    const other = awardOf(rules, r.awardCode);
    if (other?.category !== 'title' || other.countingPeriods !== award.countingPeriods) continue;
    if (!other.subjectKinds.some((k) => award.subjectKinds.includes(k))) continue;
    if (!sameTrack(rules, r, candidate)) continue;
    const q = parsePeriod(r.period);
    if (!q || q.kind === p.kind || !periodsOverlap(p, q, rules.params.schoolYearStart)) continue;
    return {
      kind: 'overlap',
      record: r,
      message:
        `${subject} đã có ${other.name} ${periodName(r.period)}${decisionText(r)}, trùng thời gian với ${periodName(candidate.period)}: ` +
        `không ghi nhận thêm ${name} ${periodName(candidate.period)} (${rules.general.overlappingPeriods.basis}).`,
    };
  }
  return null;
}

/**
 * The first conflict among several candidates for one subject, each checked against the records
 * and the candidates before it (a file or a decision may hold two lines of one subject).
 */
export function firstRecordConflict(
  subject: string,
  existing: readonly RecordLike[],
  candidates: readonly RecordLike[],
  rules: CatalogueRules,
): RecordConflict | null {
  const seen = [...existing];
  for (const c of candidates) {
    const conflict = awardRecordConflict(subject, seen, c, rules);
    if (conflict) return conflict;
    seen.push(c);
  }
  return null;
}

const decisionText = (r: RecordLike) =>
  r.decisionNo
    ? ` (Quyết định số ${r.decisionNo}${r.decisionDate ? ` ngày ${formatDateVN(r.decisionDate)}` : ''})`
    : r.decisionDate
      ? ` (quyết định ngày ${formatDateVN(r.decisionDate)})`
      : '';

/** A collective's members in a period: those holding LĐTT (or CSTĐCS) and CSTĐCS, decided. */
export interface MemberTitles {
  total: number;
  ldtt: number;
  cstdcs: number;
}

/**
 * The member-title criteria of a collective title (e.g. Tập thể LĐTT: at least 70% of members
 * hold LĐTT, Law Art. 28) that fail on `members`, evaluated by the engine exactly as a verdict is.
 * A decision counts its members' titles decided before it plus those it grants itself; members
 * merely proposed no longer count once the decision is signed. Empty when all hold.
 */
export function memberTitleShortfalls(
  rules: Rules,
  line: { award: string; period: string; decisionDate: string; subjectKind: CatalogueInput['subject']['kind'] },
  members: MemberTitles,
  deps: Parameters<typeof evaluate>[2],
): CriterionResult[] {
  const award = awardOf(rules, line.award);
  if (!award?.subjectKinds.includes(line.subjectKind)) return [];
  const ids = new Set(
    award.criteria
      .filter((c) => (c.kind === 'members_share' || c.kind === 'members_count') && c.field !== 'completedTasks')
      .map((c) => c.id),
  );
  if (!ids.size) return [];
  const input: CatalogueInput = {
    award: line.award as CatalogueInput['award'],
    period: line.period,
    decisionDate: line.decisionDate,
    subject: { kind: line.subjectKind },
    records: [],
    ratings: [],
    initiatives: [],
    discipline: [],
    pending: [],
    members: { total: members.total, ldtt: members.ldtt, cstdcs: members.cstdcs },
  };
  return evaluate(input, rules, deps).criteria.filter((c) => ids.has(c.id) && c.met !== true);
}
