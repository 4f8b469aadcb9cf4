// The shape of the rules: dated rule sets with legal citations, the numbers an administrator may
// override (RuleParams and the numeric leaves of each award's criteria), and the criterion kinds
// the engine knows how to check. Rules are data; the engine holds no multiplier, ratio,
// threshold or salary of its own.
import type {
  AwardTrack,
  CatalogueAwardCode,
  DisciplineForm,
  InitiativeScope,
  Rating,
  SubjectKind,
} from '../registry/vocab.js';
import type { SubjectGroup } from './contract.js';

/** How sure we are of a fact (tdkt-reference.md): verified, recalled, uncertain. */
export type Mark = 'V' | 'R' | 'U';

export type IsoDate = string;

/** A value in force from a date (until the next entry's date). */
export interface DatedValue<T> {
  from: IsoDate;
  value: T;
  citation: string;
  mark: Mark;
}

/** How the award's period may be given: calendar year, school year, or not tied to a yearly round. */
export type PeriodType = 'calendar' | 'school' | 'ad_hoc';

export type RoundingMode = 'up' | 'nearest' | 'down';

/** Global numbers of a rule set. Every leaf is overridable (see overrides.ts). */
export interface RuleParams {
  /** Base salary (mức lương cơ sở) by date of the award decision. */
  baseSalary: Array<DatedValue<number>>;
  /** Bonus = multiplier × base salary, then rounded to `unit` đồng in direction `mode`. */
  rounding: { unit: number; mode: RoundingMode; basis: string; mark: Mark };
  /** Households receive this factor × the individual amount for forms of commendation. */
  household: { factor: number; basis: string; mark: Mark };
  /**
   * The lightest discipline that disqualifies, per subject kind (null: discipline is not checked).
   * All forms are ordered as in DISCIPLINE_FORMS (khiển trách lightest).
   */
  discipline: { minForm: Record<SubjectKind, DisciplineForm | null>; basis: string; mark: Mark };
  /** Tracks of held records that may feed a công trạng chain (đột xuất and chuyên đề never do). */
  chainTracks: AwardTrack[];
  chainTracksBasis: string;
  /** First day of a school year, 'MM-DD'. */
  schoolYearStart: string;
  /**
   * Paying titles (payableBonuses): several titles of one subject for the same period pay only
   * the highest (by AwardRule.rank); `paidLower` says what happens when a lower title of that
   * period was already paid by an earlier decision: 'difference' pays the higher title's amount
   * less what was paid, 'full' pays it in full.
   */
  titlePayment: {
    paidLower: 'difference' | 'full';
    basis: string;
    paidLowerBasis: string;
    mark: Mark;
    paidLowerMark: Mark;
  };
  /**
   * Reusing an initiative that already served as the basis of an award (CV 5007/BNV-TĐKT III.5.c
   * as read in the 2026 audit): never both for a title and for a form of commendation; from one
   * title to a higher title of the same or a later period only when `titleToHigherTitle`.
   */
  initiativeReuse: { titleToHigherTitle: boolean; basis: string; mark: Mark };
  /**
   * Schools rate by school year: a calendar-year proposal with no rating of that year reads the
   * rating of the school year that ends in it ('2026' ← '2025-2026') when `enabled`.
   */
  schoolRatingForCalendar: { enabled: boolean; basis: string; mark: Mark };
}

/** Texts of the checks every award shares. */
export interface GeneralRules {
  subjectKind: { basis: string };
  periodType: { basis: string };
  notAlreadyAwarded: { basis: string; mark: Mark };
  /**
   * Titles of periods of the other kind that overlap the proposal period (a calendar year and a
   * school year): the same months would be rewarded twice.
   */
  overlappingPeriods: { basis: string; mark: Mark };
  /** The same form given again for the same period: allowed, unless it rewards the same achievement. */
  repeatedForm: { basis: string; mark: Mark };
  pending: { basis: string; mark: Mark };
}

interface CriterionBase {
  /** Stable id in the output and in override keys. */
  id: string;
  /** Short Vietnamese statement of the criterion. */
  label: string;
  /** Article of the law, decree or provincial rule. */
  basis: string;
  mark: Mark;
  /** Only for these subject kinds (default: every kind of the award). */
  subjects?: SubjectKind[];
  /** Only for individuals of these groups (default: every group). */
  groups?: SubjectGroup[];
}

/** A judgement only the council can make: always met = null. */
export interface JudgementCriterion extends CriterionBase {
  kind: 'judgement';
}

/** The subject's task-completion rating in the proposal period is at least `minRating`. */
export interface RatingCriterion extends CriterionBase {
  kind: 'rating';
  minRating: Rating;
}

/** Holds `title` in the proposal period: a record, or (same-round titles) meets its standard now. */
export interface TitleHeldCriterion extends CriterionBase {
  kind: 'title_held';
  title: CatalogueAwardCode;
}

/** Holds `title` in each of the `length` consecutive periods ending at the proposal period. */
export interface TitleStreakCriterion extends CriterionBase {
  kind: 'title_streak';
  title: CatalogueAwardCode;
  length: number;
}

/**
 * Holds `title` `times` times in a row: consecutive awards `spacing` periods apart (one cycle of
 * that title), the latest at most `latestWithin` periods before the proposal period.
 */
export interface TitleRepeatCriterion extends CriterionBase {
  kind: 'title_repeat';
  title: CatalogueAwardCode;
  times: number;
  spacing: number;
  latestWithin: number;
}

/**
 * At least `length` consecutive periods up to the proposal period rated `minRating` or better
 * (or holding `orTitle`), and, if `initiatives` is set, that many usable initiatives recognised
 * within those periods.
 */
export interface RatingStreakCriterion extends CriterionBase {
  kind: 'rating_streak';
  length: number;
  minRating: Rating;
  orTitle?: string;
  initiatives?: { minScope: InitiativeScope; count: number };
}

/** `count` usable initiatives of `minScope` or wider, recognised in the last `windowPeriods` periods. */
export interface InitiativesCriterion extends CriterionBase {
  kind: 'initiatives';
  minScope: InitiativeScope;
  count: number;
  windowPeriods: number;
}

/** members[field] is at least `minPercent` % of members.total. */
export interface MembersShareCriterion extends CriterionBase {
  kind: 'members_share';
  field: 'completedTasks' | 'ldtt' | 'cstdcs';
  minPercent: number;
}

/** members[field] is at least `min`. */
export interface MembersCountCriterion extends CriterionBase {
  kind: 'members_count';
  field: 'completedTasks' | 'ldtt' | 'cstdcs';
  min: number;
}

/** At most `max` members disciplined at `level`. */
export interface MembersCleanCriterion extends CriterionBase {
  kind: 'members_clean';
  level: 'canh_cao_or_above' | 'any';
  max: number;
}

/**
 * Holds `prerequisite`, then at least `minPeriods` consecutive periods up to the proposal
 * period, every one rated `minRating` or better; within them `titles` (all required), one of
 * `anyOf`, and `topRating` at least `count` times.
 */
export interface WindowAfterCriterion extends CriterionBase {
  kind: 'window_after';
  prerequisite: string;
  minPeriods: number;
  minRating: Rating;
  titles: Array<{ title: string; count: number }>;
  anyOf?: Array<{ title: string; count: number }>;
  topRating?: { rating: Rating; count: number };
}

/**
 * No discipline at `minDiscipline` or above on record at any time up to the decision date (not
 * only in the proposal period): "not disciplined while in the post" when the post's dates are not
 * in the data (every discipline on record is taken as possibly in the post; the officer may set
 * the verdict aside with a reason).
 */
export interface NoDisciplineEverCriterion extends CriterionBase {
  kind: 'no_discipline_ever';
  minDiscipline: DisciplineForm;
}

/** Met when any option is met. Judgement options make it null when no data option holds. */
export interface AnyOfCriterion extends CriterionBase {
  kind: 'any_of';
  options: CriterionRule[];
  /** When false, judgement options are not considered: no data option met → false. */
  judgementOptionsOpen: boolean;
}

/** Met when every part is met. */
export interface AllOfCriterion extends CriterionBase {
  kind: 'all_of';
  parts: CriterionRule[];
}

export type CriterionRule =
  | JudgementCriterion
  | RatingCriterion
  | TitleHeldCriterion
  | TitleStreakCriterion
  | TitleRepeatCriterion
  | RatingStreakCriterion
  | InitiativesCriterion
  | MembersShareCriterion
  | MembersCountCriterion
  | MembersCleanCriterion
  | WindowAfterCriterion
  | NoDisciplineEverCriterion
  | AnyOfCriterion
  | AllOfCriterion;

export interface AwardRule {
  code: CatalogueAwardCode;
  /** Vietnamese name as printed on the decision. */
  name: string;
  /** 'title' = danh hiệu thi đua; 'form' = hình thức khen thưởng. */
  category: 'title' | 'form';
  /**
   * Titles only: rank among the titles of the same kind of subject, higher = higher title (for
   * "only the highest title of a period is paid"); null for forms.
   */
  rank: number | null;
  /** The track (Law Art. 8) a record of this award is on when it is granted. */
  track: AwardTrack;
  subjectKinds: SubjectKind[];
  periodTypes: PeriodType[];
  /** Who decides after 1/7/2025 (or under the rule set's own period). */
  decidedBy: string;
  decidedByBasis: string;
  bonus: {
    multipliers: Partial<Record<SubjectKind, number>>;
    /** Households get params.household.factor × the individual multiplier. */
    householdFromIndividual: boolean;
    basis: string;
    marks: Partial<Record<SubjectKind, Mark>>;
    /**
     * Set when the amount cannot be known before the award is decided (it depends on the form
     * eventually awarded): the verdict carries no amount and this Vietnamese reason.
     */
    undetermined?: string;
    /** Vietnamese note on the multiplier shown in the catalogue (e.g. "a ceiling, not a fixed amount"). */
    note?: string;
  };
  /**
   * A title that may be granted in the same round as a higher one: when the proposal period's
   * title is not yet in the records, meeting its data criteria counts (the council decides both).
   */
  sameRound: boolean;
  /** Periods already counted for an earlier award of this code are not counted again. */
  restartAfterSameAward: boolean;
  /** At most one award per this many periods (1 = yearly). */
  minIntervalPeriods: number;
  /**
   * Titles: how many periods of achievement the title counts, ending at its period (CSTĐ tỉnh 3,
   * CSTĐCS 1). Titles of one subject compete for payment only when they count the same time
   * (NĐ 152/2025 Điều 49(5)); null for forms.
   */
  countingPeriods: number | null;
  /**
   * A second grant of the award for the same period: 'refuse' (a title is held once a period) or
   * 'judgement' (a form may be given many times; the council checks it rewards another achievement,
   * Law 06/2022 Điều 5.2.c).
   */
  repeatInPeriod: 'refuse' | 'judgement';
  intervalMark: Mark;
  /** Criteria in the order of the law. */
  criteria: CriterionRule[];
}

export interface RuleSetBase {
  id: string;
  name: string;
  /** The legal instruments the set implements. */
  citation: string;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
}

export interface NationalRuleSet extends RuleSetBase {
  scope: 'national';
  params: RuleParams;
  general: GeneralRules;
  awards: Record<CatalogueAwardCode, AwardRule>;
}

/**
 * A provincial document found while looking for a province's TĐKT rules, and how much of it was
 * read. Only what was read may become a rule; the rest is for the administrator to check
 * (never printed, never shown to a non-administrator).
 */
export interface ProvincialSource {
  /** Number and symbol, e.g. '150/2025/QĐ-UBND'. */
  number: string;
  /** Issuing body, e.g. 'UBND tỉnh Ninh Bình'. */
  issuer: string;
  /** Trích yếu as read. */
  title: string;
  issuedOn: IsoDate;
  /** Null when the text read does not say. */
  effectiveFrom: IsoDate | null;
  /** Where the text was read (a public copy). */
  url: string;
  /** 'full': the whole text; 'opening': heading, bases and first articles only. */
  read: 'full' | 'opening';
  /**
   * 'current': issued under Law 06/2022 and the decrees now in force; 'old_law': issued under the
   * 2003 law and its decrees (replaced from 01/01/2024), not a basis today; 'procedures': publishes
   * administrative procedures only, no criteria.
   */
  status: 'current' | 'old_law' | 'procedures';
  /** Vietnamese note for the administrator: what was read and what is still to check. */
  note: string;
}

/** A province's rules on top of the national set in force: whole fields of awards are replaced. */
export interface ProvincialRuleSet extends RuleSetBase {
  /** Province code (the tenant's code), lower-case, e.g. 'bac_ninh'. */
  scope: string;
  /** Other codes the province is known by. */
  aliases: string[];
  /** As written after "của UBND …", e.g. 'tỉnh Điện Biên', 'thành phố Hải Phòng'. */
  provinceName: string;
  /**
   * 'provincial': the set replaces some national rules with the province's (cited in each);
   * 'national': no provincial text could be read, so no rule is replaced and the national rules
   * apply; the set says so in `notice` and adds no citation of its own to a verdict.
   */
  coverage: 'provincial' | 'national';
  /** What applies, in Vietnamese, for every user (no doubt in it: it is printed as it stands). */
  notice: string;
  /** Documents found when the set was written (administrator only). */
  sources: ProvincialSource[];
  /** When public sources were last searched for the province's text. */
  checkedOn: IsoDate;
  params?: Partial<RuleParams>;
  awards: Partial<Record<CatalogueAwardCode, Partial<Omit<AwardRule, 'code'>>>>;
}

export type RuleSet = NationalRuleSet | ProvincialRuleSet;

/** The rules the engine reads: one national set, an optional provincial overlay, overrides applied. */
export interface Rules {
  /** e.g. 'VN-2025-07+bac_ninh-2025-12'. */
  id: string;
  name: string;
  citations: string[];
  params: RuleParams;
  general: GeneralRules;
  awards: Record<CatalogueAwardCode, AwardRule>;
  /** Override keys that changed something, for the audit trail of a verdict. */
  appliedOverrides: string[];
  /** The tenant's province, when one was asked for and has a set in force: what of it applies. */
  province?: { code: string; setId: string; name: string; coverage: ProvincialRuleSet['coverage']; notice: string };
}

/**
 * A deep copy of rule data (plain objects, arrays, strings, numbers, booleans, null), as
 * structuredClone would make it, except that strings are shared rather than copied: they are
 * immutable, and the engine compares codes such as criterion kinds with its own literals, which is
 * quickest on the very strings written in rulesets.ts.
 */
export function copyRuleData<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyRuleData) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = copyRuleData(v);
    return out as T;
  }
  return value;
}
