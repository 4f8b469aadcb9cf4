// The evaluation context: the input indexed for the checks, and the rules that decide which held
// records, ratings and initiatives may be counted for the award under consideration.
import { DISCIPLINE_FORMS, RATINGS, type Rating, type SubjectKind } from '../registry/vocab.js';
import type { Discipline, HeldRecord, ParsedInput, SubjectGroup } from './contract.js';
import type { AwardRule, CriterionRule, Rules } from './rule-model.js';
import { formatPeriod, type Period, parsePeriod, periodBounds, periodOfDate } from './streaks.js';
import { date, disciplineText, pn, trackText } from './text.js';

export interface InitiativeFact {
  /** Claim key and display name: the id, or 'initiatives[i]' when the id is absent. */
  key: string;
  recognizedOn: string;
  scope: ParsedInput['initiatives'][number]['scope'];
  usedFor: { award: string; period: string } | null;
}

export interface Context {
  rules: Rules;
  /** The award being evaluated. */
  award: AwardRule;
  /**
   * The award an initiative would serve as the basis of: the award itself, or the lower title
   * being derived for the same round (an initiative already marked as used for exactly that
   * award and period remains usable for it).
   */
  target: string;
  kind: SubjectKind;
  group: SubjectGroup;
  /** The proposal period. */
  period: Period;
  input: ParsedInput;
  initiatives: InitiativeFact[];
  /** Achievements before this date do not count (end of the latest finished discipline). */
  countFrom: { date: string; discipline: Discipline } | null;
  /** Periods up to this one were counted for an earlier award of the same code. */
  usedUpTo: HeldRecord | null;
  /** Initiatives already used by an earlier criterion of this evaluation. */
  claimed: ReadonlySet<string>;
  /** Nesting of same-round derivations (a guard against cycles in edited rules). */
  depth: number;
}

const RANK = (r: Rating) => RATINGS.indexOf(r);
/** HTXSNV is better than HTTNV, and so on. */
export const ratingAtLeast = (r: Rating, min: Rating): boolean => RANK(r) <= RANK(min);

export function disciplineQualifies(form: Discipline['form'], min: Discipline['form'] | null): boolean {
  return min !== null && DISCIPLINE_FORMS.indexOf(form) >= DISCIPLINE_FORMS.indexOf(min);
}

export function buildContext(input: ParsedInput, rules: Rules): Context {
  const award = rules.awards[input.award];
  const period = parsePeriod(input.period) as Period;
  const kind = input.subject.kind;
  const minForm = rules.params.discipline.minForm[kind];
  let countFrom: Context['countFrom'] = null;
  for (const d of input.discipline) {
    if (d.to === undefined || d.to > input.decisionDate || !disciplineQualifies(d.form, minForm)) continue;
    if (!countFrom || d.to > countFrom.date) countFrom = { date: d.to, discipline: d };
  }
  let usedUpTo: HeldRecord | null = null;
  if (award.restartAfterSameAward) {
    for (const r of chainRecords(input, rules, award.code)) {
      const p = parsePeriod(r.period);
      if (p && p.kind === period.kind && p.year < period.year && (!usedUpTo || r.period > usedUpTo.period)) usedUpTo = r;
    }
  }
  return {
    rules,
    award,
    target: award.code,
    kind,
    group: input.subject.group ?? 'cbccvc',
    period,
    input,
    initiatives: input.initiatives.map((s, i) => ({
      key: s.id ?? `initiatives[${i}]`,
      recognizedOn: s.recognizedOn,
      scope: s.scope,
      usedFor: s.usedFor ?? null,
    })),
    countFrom,
    usedUpTo,
    claimed: new Set(),
    depth: 0,
  };
}

/** Does a rule (criterion or option) apply to this subject? */
export function applies(rule: CriterionRule, ctx: Pick<Context, 'kind' | 'group'>): boolean {
  if (rule.subjects && !rule.subjects.includes(ctx.kind)) return false;
  if (rule.groups && (ctx.kind !== 'individual' || !rule.groups.includes(ctx.group))) return false;
  return true;
}

/** Is the criterion a judgement all the way down (nothing in it can be checked from data)? */
export function isJudgementOnly(rule: CriterionRule, ctx: Pick<Context, 'kind' | 'group'>): boolean {
  if (rule.kind === 'judgement') return true;
  if (rule.kind === 'any_of') return rule.options.filter((o) => applies(o, ctx)).every((o) => isJudgementOnly(o, ctx));
  if (rule.kind === 'all_of') return rule.parts.filter((o) => applies(o, ctx)).every((o) => isJudgementOnly(o, ctx));
  return false;
}

export function isChainTrack(rules: Rules, r: HeldRecord): boolean {
  return rules.params.chainTracks.includes(r.track ?? 'cong_trang');
}

function chainRecords(input: ParsedInput, rules: Rules, award: string): HeldRecord[] {
  return input.records.filter((r) => r.award === award && isChainTrack(rules, r));
}

/** Records of `award` in period `p` (any track). */
export function recordsIn(ctx: Context, award: string, p: Period): HeldRecord[] {
  const key = formatPeriod(p);
  return ctx.input.records.filter((r) => r.award === award && r.period === key);
}

/** The first record of `award` in `p` that may feed a công trạng chain, and notes on ignored ones. */
export function chainRecordIn(ctx: Context, award: string, p: Period): { record: HeldRecord | null; ignored: string[] } {
  const all = recordsIn(ctx, award, p);
  const record = all.find((r) => isChainTrack(ctx.rules, r)) ?? null;
  const ignored = record
    ? []
    : all.map((r) => `bản ghi ${awardName(ctx, award)} ${pn(p)} là khen thưởng ${trackText(r.track ?? 'cong_trang')}, không dùng làm căn cứ khen thưởng công trạng`);
  return { record, ignored };
}

/** Chain-track records of `award` whose period is of the proposal's kind, newest first. */
export function chainRecordsOfKind(ctx: Context, award: string): Array<{ record: HeldRecord; period: Period }> {
  const out: Array<{ record: HeldRecord; period: Period }> = [];
  for (const record of chainRecords(ctx.input, ctx.rules, award)) {
    const period = parsePeriod(record.period);
    if (period && period.kind === ctx.period.kind) out.push({ record, period });
  }
  return out.sort((a, b) => b.period.year - a.period.year);
}

/** Notes on records of `award` in the proposal's kind that are not công trạng. */
export function ignoredTrackNotes(ctx: Context, award: string, from: Period, to: Period): string[] {
  return ctx.input.records
    .filter((r) => r.award === award && !isChainTrack(ctx.rules, r))
    .flatMap((r) => {
      const p = parsePeriod(r.period);
      if (!p || p.kind !== ctx.period.kind || p.year < from.year || p.year > to.year) return [];
      return [`bản ghi ${awardName(ctx, award)} ${pn(p)} là khen thưởng ${trackText(r.track ?? 'cong_trang')}, không dùng làm căn cứ khen thưởng công trạng`];
    });
}

export function awardName(ctx: Pick<Context, 'rules'>, code: string): string {
  return (ctx.rules.awards as Record<string, AwardRule | undefined>)[code]?.name ?? code;
}

/** Why achievements of period `p` may not be counted for this award; null when they may. */
export function periodExclusion(ctx: Context, p: Period): string | null {
  const start = periodBounds(p, ctx.rules.params.schoolYearStart).start;
  if (ctx.countFrom && start < ctx.countFrom.date) {
    return `${pn(p)} không được tính: thành tích chỉ tính từ ${date(ctx.countFrom.date)}, sau khi chấp hành xong kỷ luật ${disciplineText(ctx.countFrom.discipline.form)}`;
  }
  if (ctx.usedUpTo && p.year <= (parsePeriod(ctx.usedUpTo.period) as Period).year) {
    return `${pn(p)} đã được tính để tặng ${ctx.award.name} ${pn(parsePeriod(ctx.usedUpTo.period) as Period)}`;
  }
  return null;
}

/** The subject's rating in `p`, if given. */
export function ratingIn(ctx: Context, p: Period): Rating | undefined {
  const key = formatPeriod(p);
  return ctx.input.ratings.find((r) => r.period === key)?.rating;
}

/** The period of the proposal's kind in which an initiative was recognised. */
export function initiativePeriod(ctx: Context, s: InitiativeFact): Period {
  return periodOfDate(s.recognizedOn, ctx.period.kind, ctx.rules.params.schoolYearStart);
}

/** A record's decision date, as ' (quyết định ngày 20/12/2025)'. */
export function decisionNote(r: HeldRecord | null): string {
  return r?.decisionDate ? ` (quyết định ngày ${date(r.decisionDate)})` : '';
}
