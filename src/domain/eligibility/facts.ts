// The evaluation context: the input indexed for the checks, and the rules that decide which held
// records, ratings and initiatives may be counted for the award under consideration.
import { DISCIPLINE_FORMS, RATINGS, type Rating, type SubjectKind } from '../registry/vocab.js';
import type { CatalogueInput, Discipline, HeldRecord, ParsedInput, SubjectGroup } from './contract.js';
import type { AwardRule, CriterionRule, Rules } from './rule-model.js';
import { dayAfter, formatPeriod, type Period, parsePeriod, periodBounds, periodOfDate } from './streaks.js';
import { basisText, date, disciplineText, judgementMessage, memoize, pn, trackText } from './text.js';

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
  /** The proposal period as the messages name it: 'năm 2026', 'năm học 2025-2026'. */
  periodName: string;
  input: CatalogueInput;
  initiatives: InitiativeFact[];
  /**
   * Achievements before this date do not count: the day after the last day (inclusive `to`) of the
   * latest finished discipline.
   */
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

/**
 * parsePeriod for the engine's own reading of period texts: memoized, and the periods it returns
 * are shared (frozen), so nobody may change them — the engine never does.
 */
export const periodOfText: (text: string) => Readonly<Period> | null = memoize((text: string) => {
  const p = parsePeriod(text);
  return p && Object.freeze(p);
});

/** No initiatives (shared: the list is never changed). */
const NO_INITIATIVES: InitiativeFact[] = [];

/** Nothing claimed yet (claims are never added to a set in place: a new set is made). */
const NOTHING_CLAIMED: ReadonlySet<string> = new Set();

export function buildContext(input: CatalogueInput, rules: Rules): Context {
  const award = rules.awards[input.award];
  const period = periodOfText(input.period) as Period;
  const kind = input.subject.kind;
  const minForm = rules.params.discipline.minForm[kind];
  let countFrom: Context['countFrom'] = null;
  // A discipline's `to` is its last day in force (inclusive): achievements count from the day after.
  for (const d of input.discipline) {
    if (d.to === undefined || d.to > input.decisionDate || !disciplineQualifies(d.form, minForm)) continue;
    const from = dayAfter(d.to);
    if (!countFrom || from > countFrom.date) countFrom = { date: from, discipline: d };
  }
  let usedUpTo: HeldRecord | null = null;
  if (award.restartAfterSameAward) {
    for (const r of input.records) {
      if (!isChainRecordOf(rules, r, award.code)) continue;
      const p = periodOfText(r.period);
      if (p && p.kind === period.kind && p.year < period.year && (!usedUpTo || r.period > usedUpTo.period))
        usedUpTo = r;
    }
  }
  return {
    rules,
    award,
    target: award.code,
    kind,
    group: input.subject.group ?? 'cbccvc',
    period,
    periodName: pn(period),
    input,
    initiatives: input.initiatives.length === 0 ? NO_INITIATIVES : initiativeFacts(input.initiatives),
    countFrom,
    usedUpTo,
    claimed: NOTHING_CLAIMED,
    depth: 0,
  };
}

function initiativeFacts(list: CatalogueInput['initiatives']): InitiativeFact[] {
  const out: InitiativeFact[] = [];
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    out.push({
      key: s.id ?? `initiatives[${i}]`,
      recognizedOn: s.recognizedOn,
      scope: s.scope,
      usedFor: s.usedFor ?? null,
    });
  }
  return out;
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

/** The rules of a list (criteria, options, parts) that apply to a subject, in the list's order. */
export interface Applicable {
  all: readonly CriterionRule[];
  /** Those with something to check from data. */
  data: readonly CriterionRule[];
  /** Those only the council judges (isJudgementOnly). */
  judgements: readonly CriterionRule[];
  /** Their labels, joined with '; '. */
  judgementLabels: string;
  /** For each rule of `all`: its citation as printed (basisText). */
  bases: readonly string[];
  /** For each rule of `all`: the message when it is a plain judgement (kind 'judgement'), else null. */
  judgementMessages: ReadonlyArray<string | null>;
}

// Which rules apply depends only on the rule list and the subject's kind (and an individual's
// group), so it is worked out once per list and subject. Rules are read-only data once resolved
// (overrides make new copies), so the answers are kept on the list itself, in a hidden
// (non-enumerable, symbol-keyed) slot: reading it is much cheaper than a WeakMap lookup, and
// copies of the rules (copyRuleData, JSON) do not carry it. Frozen lists use a WeakMap instead.
type SubjectKey = SubjectGroup | Exclude<SubjectKind, 'individual'>;
type ApplicableSlot = Record<SubjectKey, Applicable | undefined>;
const APPLICABLE = Symbol('applicable');
const frozenCache = new WeakMap<readonly CriterionRule[], ApplicableSlot>();
const newSlot = (): ApplicableSlot => ({
  cbccvc: undefined,
  worker_farmer: undefined,
  collective: undefined,
  household: undefined,
  village: undefined,
  commune: undefined,
});

export function applicable(rules: readonly CriterionRule[], ctx: Pick<Context, 'kind' | 'group'>): Applicable {
  let slot = (rules as unknown as { [APPLICABLE]?: ApplicableSlot })[APPLICABLE];
  if (slot === undefined) {
    slot = frozenCache.get(rules);
    if (slot === undefined) {
      slot = newSlot();
      if (Object.isExtensible(rules)) Object.defineProperty(rules, APPLICABLE, { value: slot, enumerable: false });
      else frozenCache.set(rules, slot);
    }
  }
  // An individual's group names are not subject kinds, so one key says both.
  const subject: SubjectKey = ctx.kind === 'individual' ? ctx.group : ctx.kind;
  let found = slot[subject];
  if (found === undefined) slot[subject] = found = sortApplicable(rules, ctx);
  return found;
}

function sortApplicable(rules: readonly CriterionRule[], ctx: Pick<Context, 'kind' | 'group'>): Applicable {
  const all = rules.filter((r) => applies(r, ctx));
  const judgements = all.filter((r) => isJudgementOnly(r, ctx));
  // Shared by every evaluation: typed read-only (not frozen, which would slow their loops).
  return {
    all,
    data: all.filter((r) => !isJudgementOnly(r, ctx)),
    judgements,
    judgementLabels: judgements.map((r) => r.label).join('; '),
    bases: all.map((r) => basisText(r.basis, r.mark)),
    judgementMessages: all.map((r) => (r.kind === 'judgement' ? judgementMessage(r.label) : null)),
  };
}

export function isChainTrack(rules: Rules, r: HeldRecord): boolean {
  return rules.params.chainTracks.includes(r.track ?? 'cong_trang');
}

/** A record of `award` that may feed a công trạng chain. */
function isChainRecordOf(rules: Rules, r: HeldRecord, award: string): boolean {
  return r.award === award && isChainTrack(rules, r);
}

/** Records of `award` in period `p` (any track). */
export function recordsIn(ctx: Context, award: string, p: Period): HeldRecord[] {
  const key = formatPeriod(p);
  return ctx.input.records.filter((r) => r.award === award && r.period === key);
}

const NO_NOTES: readonly string[] = [];

/** The first record of `award` in `p` that may feed a công trạng chain, and notes on ignored ones. */
export function chainRecordIn(
  ctx: Context,
  award: string,
  p: Period,
): { record: HeldRecord | null; ignored: readonly string[] } {
  const key = formatPeriod(p);
  let others: HeldRecord[] | null = null;
  for (const r of ctx.input.records) {
    if (r.award !== award || r.period !== key) continue;
    if (isChainTrack(ctx.rules, r)) return { record: r, ignored: NO_NOTES };
    (others ??= []).push(r);
  }
  if (!others) return { record: null, ignored: NO_NOTES };
  const ignored: string[] = [];
  for (const r of others) ignored.push(notChainNote(ctx, award, p, r));
  return { record: null, ignored };
}

/** 'bản ghi Lao động tiên tiến năm 2025 là khen thưởng đột xuất, không dùng làm căn cứ …'. */
function notChainNote(ctx: Context, award: string, p: Period, r: HeldRecord): string {
  return `bản ghi ${awardName(ctx, award)} ${pn(p)} là khen thưởng ${trackText(r.track ?? 'cong_trang')}, không dùng làm căn cứ khen thưởng công trạng`;
}

/** Chain-track records of `award` whose period is of the proposal's kind, newest first. */
export function chainRecordsOfKind(ctx: Context, award: string): Array<{ record: HeldRecord; period: Period }> {
  const out: Array<{ record: HeldRecord; period: Period }> = [];
  for (const record of ctx.input.records) {
    if (!isChainRecordOf(ctx.rules, record, award)) continue;
    const period = periodOfText(record.period);
    if (period && period.kind === ctx.period.kind) out.push({ record, period });
  }
  return out.sort((a, b) => b.period.year - a.period.year);
}

/** Notes on records of `award` in the proposal's kind that are not công trạng. */
export function ignoredTrackNotes(ctx: Context, award: string, from: Period, to: Period): string[] {
  const notes: string[] = [];
  for (const r of ctx.input.records) {
    if (r.award !== award || isChainTrack(ctx.rules, r)) continue;
    const p = periodOfText(r.period);
    if (!p || p.kind !== ctx.period.kind || p.year < from.year || p.year > to.year) continue;
    notes.push(notChainNote(ctx, award, p, r));
  }
  return notes;
}

export function awardName(ctx: Pick<Context, 'rules'>, code: string): string {
  return (ctx.rules.awards as Record<string, AwardRule | undefined>)[code]?.name ?? code;
}

/** Why achievements of period `p` may not be counted for this award; null when they may. */
export function periodExclusion(ctx: Context, p: Period): string | null {
  if (ctx.countFrom === null && ctx.usedUpTo === null) return null;
  if (ctx.countFrom && periodBounds(p, ctx.rules.params.schoolYearStart).start < ctx.countFrom.date) {
    return `${pn(p)} không được tính: thành tích chỉ tính từ ${date(ctx.countFrom.date)}, sau khi chấp hành xong kỷ luật ${disciplineText(ctx.countFrom.discipline.form)}`;
  }
  const used = ctx.usedUpTo && (periodOfText(ctx.usedUpTo.period) as Period);
  if (used && p.year <= used.year) return `${pn(p)} đã được tính để tặng ${ctx.award.name} ${pn(used)}`;
  return null;
}

/** The subject's rating in `p`, if given (see ratingEntryIn). */
export function ratingIn(ctx: Context, p: Period): Rating | undefined {
  return ratingEntryIn(ctx, p)?.rating;
}

/**
 * The subject's rating in `p` and the period it was given for: the rating of `p` itself, or, for a
 * calendar year with none, the rating of the school year that ends in it when the rules say so
 * (params.schoolRatingForCalendar: teachers are rated by school year).
 */
export function ratingEntryIn(ctx: Context, p: Period): { rating: Rating; period: string } | undefined {
  const key = formatPeriod(p);
  for (const r of ctx.input.ratings) if (r.period === key) return r;
  if (p.kind === 'calendar' && ctx.rules.params.schoolRatingForCalendar?.enabled) {
    const school = formatPeriod({ kind: 'school', year: p.year - 1 });
    for (const r of ctx.input.ratings) if (r.period === school) return r;
  }
  return undefined;
}

/** The period of the proposal's kind in which an initiative was recognised. */
export function initiativePeriod(ctx: Context, s: InitiativeFact): Period {
  return periodOfDate(s.recognizedOn, ctx.period.kind, ctx.rules.params.schoolYearStart);
}

/** initiativePeriod(ctx, s).year, without making the period. */
export function initiativeYear(ctx: Context, s: InitiativeFact): number {
  const year = Number(s.recognizedOn.slice(0, 4));
  if (ctx.period.kind === 'calendar') return year;
  return s.recognizedOn.slice(5) >= ctx.rules.params.schoolYearStart ? year : year - 1;
}

/** A record's decision date, as ' (quyết định ngày 20/12/2025)'. */
export function decisionNote(r: HeldRecord | null): string {
  return r?.decisionDate ? ` (quyết định ngày ${date(r.decisionDate)})` : '';
}
