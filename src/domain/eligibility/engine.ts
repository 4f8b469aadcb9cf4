// The eligibility engine: evaluate(input, rules) → the contract's output. Pure: no I/O, no clock;
// the only outside function is `moneyInWords`, passed in.
import { type DisciplineForm, PENDING_KIND_LABELS, type SubjectKind } from '../registry/vocab.js';
import type {
  Bonus,
  CatalogueBonus,
  CatalogueInput,
  CatalogueOutput,
  CriterionResult,
  Discipline,
  EligibilityOutput,
  HeldRecord,
  ParsedInput,
} from './contract.js';
import { and3, evaluateCriterion, type Met } from './criteria.js';
import { type Context, applicable, buildContext, decisionNote, disciplineQualifies, periodOfText } from './facts.js';
import type { AwardRule, RuleParams, Rules } from './rule-model.js';
import { formatPeriod, periodBounds, periodsOverlap, shiftPeriod } from './streaks.js';
import type { VerdictCondition, VerdictDetail } from './status.js';
import { SUBJECT_KIND_TEXT, basisText, cap, date, disciplineText, joinNotes, memoize, nn, noun, pn } from './text.js';

export interface EngineDeps {
  /** 7590000 → 'Bảy triệu năm trăm chín mươi nghìn đồng'. */
  moneyInWords: (amount: number) => string;
}

export { basisText };

const result = (id: string, met: Met, basis: string, message: string): CriterionResult => ({ id, met, basis, message });

// ---------------------------------------------------------------------------------------------
// Checks every award shares

function subjectKindCheck(ctx: Context): CriterionResult {
  const kinds = ctx.award.subjectKinds.map((k) => SUBJECT_KIND_TEXT[k]).join(', ');
  return result(
    'subject_kind',
    false,
    ctx.rules.general.subjectKind.basis,
    `${ctx.award.name} xét tặng cho ${kinds}; không áp dụng cho ${SUBJECT_KIND_TEXT[ctx.kind]}`,
  );
}

function periodTypeAllowed(award: AwardRule, ctx: Context): boolean {
  return award.periodTypes.includes('ad_hoc') || award.periodTypes.includes(ctx.period.kind);
}

function periodTypeCheck(ctx: Context): CriterionResult {
  const wanted = ctx.award.periodTypes
    .map((t) => (t === 'calendar' ? 'năm (dương lịch)' : t === 'school' ? 'năm học' : 'đợt'))
    .join(' hoặc ');
  return result(
    'period_type',
    false,
    ctx.rules.general.periodType.basis,
    `${ctx.award.name} xét theo ${wanted}; kỳ "${formatPeriod(ctx.period)}" là ${noun(ctx.period)}`,
  );
}

function notAlreadyAwarded(ctx: Context): CriterionResult {
  const { award, period } = ctx;
  const g = ctx.rules.general.notAlreadyAwarded;
  const window = Math.max(1, award.minIntervalPeriods);
  const earliest = window === 1 ? period : shiftPeriod(period, -(window - 1));
  let held: HeldRecord | undefined;
  for (const r of ctx.input.records) {
    if (r.award !== award.code) continue;
    // A period has a single spelling (parsePeriod accepts no other), so for a one-period window
    // comparing the texts is comparing the periods.
    const p = window === 1 ? (r.period === ctx.input.period ? period : null) : periodOfText(r.period);
    const inWindow = p !== null && p.kind === period.kind && p.year >= earliest.year && p.year <= period.year;
    // A record counts when it is on a chain track, or on the award's own track (cống hiến).
    const track = r.track ?? 'cong_trang';
    if (inWindow && (ctx.rules.params.chainTracks.includes(track) || track === award.track)) {
      held = r;
      break;
    }
  }
  const basis = basisText(g.basis, award.minIntervalPeriods > 1 ? award.intervalMark : g.mark);
  const interval = window > 1 ? `; danh hiệu xét tặng ${nn(window)} ${noun(period)} một lần` : '';
  if (held && award.repeatInPeriod === 'judgement' && window === 1) {
    const r = ctx.rules.general.repeatedForm;
    return result(
      'not_already_awarded',
      null,
      basisText(r.basis, r.mark),
      `Đã được tặng ${award.name} ${pn(periodOfText(held.period)!)}${decisionNote(held)}; một hình thức khen thưởng có thể tặng nhiều lần nhưng không khen thưởng nhiều lần cho một thành tích — Hội đồng xác định thành tích đề nghị lần này khác thành tích đã được khen`,
    );
  }
  if (held) {
    return result(
      'not_already_awarded',
      false,
      basis,
      `Đã được tặng ${award.name} ${pn(periodOfText(held.period)!)}${decisionNote(held)}${interval}`,
    );
  }
  const overlapping = overlappingTitle(ctx);
  if (overlapping) {
    const o = ctx.rules.general.overlappingPeriods;
    const p = periodOfText(overlapping.period)!;
    return result(
      'not_already_awarded',
      false,
      basisText(o.basis, o.mark),
      `Đã được tặng ${awardNameOf(ctx, overlapping.award)} ${pn(p)}${decisionNote(overlapping)}, thời gian trùng với ${ctx.periodName}: không khen thưởng nhiều lần cho một thành tích (danh hiệu theo năm và theo năm học không được tính trùng thời gian)`,
    );
  }
  const scope = window > 1 ? `từ ${pn(earliest)} đến ${ctx.periodName}` : ctx.periodName;
  return result('not_already_awarded', true, basis, `Chưa được tặng ${award.name} ${scope}${interval}`);
}

const awardNameOf = (ctx: Context, code: string) =>
  (ctx.rules.awards as Record<string, AwardRule | undefined>)[code]?.name ?? code;

/**
 * A title record of the subject whose period is of the other kind (calendar year vs school year)
 * and overlaps the proposal period, for a title that counts the same length of time (LĐTT,
 * CSTĐCS, Tập thể LĐTT… are yearly): the same months would be rewarded twice (Law Art. 5).
 */
function overlappingTitle(ctx: Context): HeldRecord | undefined {
  const { award, period } = ctx;
  if (award.category !== 'title' || award.countingPeriods === null) return undefined;
  const awards = ctx.rules.awards as Record<string, AwardRule | undefined>;
  for (const r of ctx.input.records) {
    const other = awards[r.award];
    if (other?.category !== 'title' || other.countingPeriods !== award.countingPeriods) continue;
    if (!other.subjectKinds.includes(ctx.kind)) continue;
    const track = r.track ?? 'cong_trang';
    if (!ctx.rules.params.chainTracks.includes(track) && track !== award.track) continue;
    const p = periodOfText(r.period);
    if (!p || p.kind === period.kind) continue;
    if (periodsOverlap(p, period, ctx.rules.params.schoolYearStart)) return r;
  }
  return undefined;
}

const disciplineRange = (d: Discipline) =>
  d.to ? `từ ${date(d.from)} đến ${date(d.to)}` : `từ ${date(d.from)} (chưa hết thời hạn)`;

function noDiscipline(ctx: Context): CriterionResult {
  const p = ctx.rules.params.discipline;
  const basis = basisText(p.basis, p.mark);
  const minForm = p.minForm[ctx.kind];
  const when = ctx.periodName;
  if (minForm === null)
    return result('no_discipline', true, basis, `Không xét kỷ luật đối với ${SUBJECT_KIND_TEXT[ctx.kind]}`);
  const clean = `Không bị kỷ luật trong thời gian xét (${when})`;
  if (ctx.input.discipline.length === 0) return result('no_discipline', true, basis, clean);
  // From the first day of the period up to the decision: a later discipline did not exist yet.
  const start = periodBounds(ctx.period, ctx.rules.params.schoolYearStart).start;
  return weighDiscipline(ctx, basis, minForm, start, clean);
}

/** no_discipline for a subject with discipline on record: what overlaps the time considered, and whether it disqualifies. */
function weighDiscipline(
  ctx: Context,
  basis: string,
  minForm: DisciplineForm,
  start: string,
  clean: string,
): CriterionResult {
  const when = ctx.periodName;
  const windowEnd = ctx.input.decisionDate;
  const overlapping = ctx.input.discipline.filter((d) => d.from <= windowEnd && (d.to ?? '9999-12-31') >= start);
  const blocking = overlapping.filter((d) => disciplineQualifies(d.form, minForm));
  if (blocking.length > 0) {
    const list = blocking.map((d) => `bị kỷ luật ${disciplineText(d.form)} ${disciplineRange(d)}`).join('; ');
    return result(
      'no_discipline',
      false,
      basis,
      `${cap(list)}, trong thời gian xét (${when} đến ngày quyết định ${date(ctx.input.decisionDate)})`,
    );
  }
  const lighter = overlapping.map(
    (d) =>
      `kỷ luật ${disciplineText(d.form)} ${disciplineRange(d)} dưới mức loại trừ (từ ${disciplineText(minForm)} trở lên)`,
  );
  const earlier = ctx.countFrom
    ? `kỷ luật ${disciplineText(ctx.countFrom.discipline.form)} đã chấp hành xong ngày ${date(ctx.countFrom.discipline.to as string)} (ngày cuối cùng chịu kỷ luật); thành tích chỉ tính từ ngày ${date(ctx.countFrom.date)}`
    : undefined;
  return result('no_discipline', true, basis, joinNotes([clean, ...lighter, earlier]));
}

/**
 * Pending matters that withhold the award: those open on the decision date. A matter withholds
 * only from its own start date (NĐ 152/2025 Điều 4.4: "trong thời gian … đang xem xét"); one
 * without a start date is taken as open.
 */
export function withholdingMatters(input: Pick<CatalogueInput, 'pending' | 'decisionDate'>): CatalogueInput['pending'] {
  return input.pending.filter((x) => !x.since || x.since <= input.decisionDate);
}

function noPending(ctx: Context): CriterionResult {
  const g = ctx.rules.general.pending;
  const basis = basisText(g.basis, g.mark);
  const open = withholdingMatters(ctx.input);
  const later = ctx.input.pending.filter((x) => !open.includes(x));
  const laterNote = later.length
    ? `${later.map((x) => `${PENDING_KIND_LABELS[x.kind]} từ ngày ${date(x.since as string)}`).join('; ')} — bắt đầu sau ngày quyết định ${date(ctx.input.decisionDate)}, không tạm dừng việc xét`
    : undefined;
  if (open.length === 0)
    return result(
      'no_pending_matter',
      true,
      basis,
      joinNotes(['Không có khiếu nại, tố cáo, thanh tra, kiểm tra, điều tra đang giải quyết', laterNote]),
    );
  const list = open
    .map((x) => `${PENDING_KIND_LABELS[x.kind]}${x.since ? ` (từ ngày ${date(x.since)})` : ''}`)
    .join('; ');
  return result('no_pending_matter', false, basis, `${list} — tạm dừng xét khen thưởng đến khi có kết luận`);
}

// ---------------------------------------------------------------------------------------------
// Bonus

let lastSalary: { table: RuleParams['baseSalary'] | null; date: string; value: number; length: number } = {
  table: null,
  date: '',
  value: 0,
  length: 0,
};

/**
 * The base salary in force on a date (0 when the table has no row that early): the row with the
 * latest `from` not after the date; of rows with the same `from`, the one listed last.
 */
export function baseSalaryOn(table: RuleParams['baseSalary'], isoDate: string): number {
  // A bulk check asks for one table and one date over and over. Rule data is not changed once
  // resolved (overrides make a new copy), so the last answer for the same table and date holds.
  if (table === lastSalary.table && isoDate === lastSalary.date && table.length === lastSalary.length)
    return lastSalary.value;
  let best: RuleParams['baseSalary'][number] | undefined;
  for (const row of table) if (row.from <= isoDate && (!best || row.from >= best.from)) best = row;
  const value = best ? best.value : 0;
  lastSalary = { table, date: isoDate, value, length: table.length };
  return value;
}

const MICRO = 1_000_000;
const toMicro = (x: number) => Math.round(x * MICRO);

/** Multiplier for a subject kind; households take the factor × the individual one for forms. */
export function multiplierFor(award: AwardRule, kind: SubjectKind, params: RuleParams): number {
  if (!award.subjectKinds.includes(kind)) return 0;
  if (kind === 'household' && award.bonus.householdFromIndividual) {
    return (toMicro(params.household.factor) * toMicro(award.bonus.multipliers.individual ?? 0)) / (MICRO * MICRO);
  }
  return award.bonus.multipliers[kind] ?? 0;
}

/** multiplier × base salary, rounded as the rules say, in whole đồng (exact integer arithmetic). */
export function bonusAmount(multiplier: number, baseSalary: number, rounding: RuleParams['rounding']): number {
  const rawMicro = toMicro(multiplier) * baseSalary; // đồng × 10^6, an exact integer
  const unitMicro = rounding.unit * MICRO;
  const units = rawMicro / unitMicro;
  const n =
    rounding.mode === 'up' ? Math.ceil(units) : rounding.mode === 'down' ? Math.floor(units) : Math.round(units);
  return n * rounding.unit;
}

/** `deps.moneyInWords`, memoized by amount (a bulk check meets a handful of distinct amounts). */
const memoizedWords = new WeakMap<EngineDeps['moneyInWords'], EngineDeps['moneyInWords']>();
function moneyInWordsOf(deps: EngineDeps): EngineDeps['moneyInWords'] {
  let words = memoizedWords.get(deps.moneyInWords);
  if (!words) memoizedWords.set(deps.moneyInWords, (words = memoize(deps.moneyInWords, 1000)));
  return words;
}

/** The bonus of a contract award (always an amount). */
export function computeBonus(
  award: AwardRule,
  kind: SubjectKind,
  rules: Rules,
  decisionDate: string,
  deps: EngineDeps,
): Bonus;
/** The bonus of any catalogue award: no amount when it depends on the form finally granted. */
export function computeBonus(
  award: AwardRule,
  kind: SubjectKind,
  rules: Rules,
  decisionDate: string,
  deps: EngineDeps,
): CatalogueBonus;
export function computeBonus(
  award: AwardRule,
  kind: SubjectKind,
  rules: Rules,
  decisionDate: string,
  deps: EngineDeps,
): CatalogueBonus {
  if (award.bonus.undetermined !== undefined) {
    const baseSalary = baseSalaryOn(rules.params.baseSalary, decisionDate);
    return {
      multiplier: null,
      baseSalary,
      amount: null,
      amountInWords: 'Chưa xác định',
      note: award.bonus.undetermined,
    };
  }
  // The bonus depends only on the award, the subject kind, the parameters, the date and the
  // words function: a bulk check asks the same question for every subject, so the last answer is
  // kept on the (read-only, resolved) award rule, in a hidden slot like applicable()'s.
  const slot = (award as unknown as { [LAST_BONUS]?: BonusSlot })[LAST_BONUS];
  if (
    slot !== undefined &&
    slot.kind === kind &&
    slot.date === decisionDate &&
    slot.params === rules.params &&
    slot.words === deps.moneyInWords
  ) {
    return {
      multiplier: slot.multiplier,
      baseSalary: slot.baseSalary,
      amount: slot.amount,
      amountInWords: slot.amountInWords,
    };
  }
  const multiplier = multiplierFor(award, kind, rules.params);
  const baseSalary = baseSalaryOn(rules.params.baseSalary, decisionDate);
  const amount = bonusAmount(multiplier, baseSalary, rules.params.rounding);
  const amountInWords = moneyInWordsOf(deps)(amount);
  if (Object.isExtensible(award)) {
    const next: BonusSlot = {
      kind,
      date: decisionDate,
      params: rules.params,
      words: deps.moneyInWords,
      multiplier,
      baseSalary,
      amount,
      amountInWords,
    };
    if (slot === undefined)
      Object.defineProperty(award, LAST_BONUS, { value: next, enumerable: false, writable: true });
    else (award as unknown as { [LAST_BONUS]: BonusSlot })[LAST_BONUS] = next;
  }
  return { multiplier, baseSalary, amount, amountInWords };
}

const LAST_BONUS = Symbol('lastBonus');
interface BonusSlot {
  kind: SubjectKind;
  date: string;
  params: RuleParams;
  words: EngineDeps['moneyInWords'];
  multiplier: number;
  baseSalary: number;
  amount: number;
  amountInWords: string;
}

// ---------------------------------------------------------------------------------------------
// Evaluation

interface LawEvaluation {
  conditions: VerdictCondition[];
  dataFailed: boolean;
}

function evaluateLawCriteria(ctx: Context, seen: LawEvaluation): CriterionResult[] {
  const out: CriterionResult[] = [];
  let claimed = ctx.claimed;
  const app = applicable(ctx.award.criteria, ctx);
  const { all, bases, judgementMessages } = app;
  for (let i = 0; i < all.length; i++) {
    const rule = all[i];
    // A council judgement says the same thing every time and uses no initiative.
    const judged = judgementMessages[i];
    if (judged !== null) {
      out.push(result(rule.id, null, bases[i], judged));
      continue;
    }
    const v = evaluateCriterion(rule, claimed === ctx.claimed ? ctx : { ...ctx, claimed });
    if (v.claims.length) claimed = new Set([...claimed, ...v.claims]);
    if (v.met !== false && v.conditions) {
      for (const c of v.conditions)
        if (!seen.conditions.some((x) => x.kind === c.kind && x.award === c.award && x.period === c.period))
          seen.conditions.push(c);
    }
    if (v.dataFailed) seen.dataFailed = true;
    out.push(result(rule.id, v.met, bases[i], v.message));
  }
  return out;
}

/** Evaluates one parsed input of the contract against the rules in force. */
export function evaluate(input: ParsedInput, rules: Rules, deps: EngineDeps): EligibilityOutput;
/** Evaluates an input for any award of the catalogue (inside the product). */
export function evaluate(input: CatalogueInput, rules: Rules, deps: EngineDeps): CatalogueOutput;
export function evaluate(input: CatalogueInput, rules: Rules, deps: EngineDeps): CatalogueOutput {
  return evaluateDetailed(input, rules, deps).output;
}

/** Criteria every award ends with: each is checked from data. */
const SHARED_DATA_CHECKS = new Set([
  'subject_kind',
  'period_type',
  'not_already_awarded',
  'no_discipline',
  'no_pending_matter',
]);

/**
 * The verdict and what it means for the officer (status.ts): a green "eligible" only when every
 * criterion the data can check has passed and nothing counts a title of this round not yet decided.
 */
export function evaluateDetailed(
  input: CatalogueInput,
  rules: Rules,
  deps: EngineDeps,
): { output: CatalogueOutput; detail: VerdictDetail } {
  const ctx = buildContext(input, rules);
  const seen: LawEvaluation = { conditions: [], dataFailed: false };
  let criteria: CriterionResult[];
  let ownData = 0;
  let dataIds: ReadonlySet<string> = SHARED_DATA_CHECKS;
  if (!ctx.award.subjectKinds.includes(ctx.kind)) criteria = [subjectKindCheck(ctx)];
  else if (!periodTypeAllowed(ctx.award, ctx)) criteria = [periodTypeCheck(ctx)];
  else {
    criteria = evaluateLawCriteria(ctx, seen);
    criteria.push(notAlreadyAwarded(ctx), noDiscipline(ctx));
    const data = applicable(ctx.award.criteria, ctx).data;
    ownData = data.length;
    dataIds = new Set([...SHARED_DATA_CHECKS, ...data.map((r) => r.id)]);
  }
  criteria.push(noPending(ctx));
  const withheld = withholdingMatters(input).length > 0;
  let verdict: Met = true;
  for (const c of criteria) verdict = and3(verdict, c.met);
  const output: CatalogueOutput = {
    award: input.award,
    period: input.period,
    eligible: !withheld && verdict !== false,
    withheld,
    criteria,
    bonus: computeBonus(ctx.award, ctx.kind, rules, input.decisionDate, deps),
  };
  const judgementOn = criteria.filter((c) => c.met === null && dataIds.has(c.id)).map((c) => c.id);
  const status: VerdictDetail['status'] = withheld
    ? 'withheld'
    : verdict === false
      ? 'ineligible'
      : judgementOn.length > 0 || ownData === 0
        ? 'judgement'
        : seen.conditions.length > 0
          ? 'conditional'
          : 'eligible';
  return {
    output,
    detail: { status, conditions: seen.conditions, judgementOn, dataFailed: seen.dataFailed && status === 'judgement' },
  };
}
