// The eligibility engine: evaluate(input, rules) → the contract's output. Pure: no I/O, no clock;
// the only outside function is `moneyInWords`, passed in.
import { type DisciplineForm, PENDING_KIND_LABELS, type SubjectKind } from '../registry/vocab.js';
import type { Bonus, CriterionResult, Discipline, EligibilityOutput, HeldRecord, ParsedInput } from './contract.js';
import { and3, evaluateCriterion, type Met } from './criteria.js';
import { type Context, applicable, buildContext, decisionNote, disciplineQualifies, periodOfText } from './facts.js';
import type { AwardRule, Mark, RuleParams, Rules } from './rule-model.js';
import { formatPeriod, periodBounds, shiftPeriod } from './streaks.js';
import { SUBJECT_KIND_TEXT, cap, date, disciplineText, joinNotes, memoize, nn, noun, pn } from './text.js';

export interface EngineDeps {
  /** 7590000 → 'Bảy triệu năm trăm chín mươi nghìn đồng'. */
  moneyInWords: (amount: number) => string;
}

const UNCERTAIN_NOTE = ' (quy định chưa được kiểm chứng đầy đủ, cần đối chiếu văn bản gốc)';

const uncertainBasis = memoize((basis: string) => `${basis}${UNCERTAIN_NOTE}`);

/** The citation printed with a criterion; facts marked U say so. */
export function basisText(basis: string, mark: Mark): string {
  return mark === 'U' ? uncertainBasis(basis) : basis;
}

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
  const wanted = ctx.award.periodTypes.map((t) => (t === 'calendar' ? 'năm (dương lịch)' : t === 'school' ? 'năm học' : 'đợt')).join(' hoặc ');
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
  const earliest = shiftPeriod(period, -(window - 1));
  let held: HeldRecord | undefined;
  for (const r of ctx.input.records) {
    if (r.award !== award.code) continue;
    // A period has a single spelling (parsePeriod accepts no other), so for a one-period window
    // comparing the texts is comparing the periods.
    const p = window === 1 ? (r.period === ctx.input.period ? period : null) : periodOfText(r.period);
    const inWindow = p !== null && p.kind === period.kind && p.year >= earliest.year && p.year <= period.year;
    if (inWindow && ctx.rules.params.chainTracks.includes(r.track ?? 'cong_trang')) {
      held = r;
      break;
    }
  }
  const basis = basisText(g.basis, award.minIntervalPeriods > 1 ? award.intervalMark : g.mark);
  const interval = window > 1 ? `; danh hiệu xét tặng ${nn(window)} ${noun(period)} một lần` : '';
  if (held) {
    return result('not_already_awarded', false, basis, `Đã được tặng ${award.name} ${pn(periodOfText(held.period)!)}${decisionNote(held)}${interval}`);
  }
  const scope = window > 1 ? `từ ${pn(earliest)} đến ${ctx.periodName}` : ctx.periodName;
  return result('not_already_awarded', true, basis, `Chưa được tặng ${award.name} ${scope}${interval}`);
}

const disciplineRange = (d: Discipline) =>
  d.to ? `từ ${date(d.from)} đến ${date(d.to)}` : `từ ${date(d.from)} (chưa hết thời hạn)`;

function noDiscipline(ctx: Context): CriterionResult {
  const p = ctx.rules.params.discipline;
  const basis = basisText(p.basis, p.mark);
  const minForm = p.minForm[ctx.kind];
  const when = ctx.periodName;
  if (minForm === null) return result('no_discipline', true, basis, `Không xét kỷ luật đối với ${SUBJECT_KIND_TEXT[ctx.kind]}`);
  // From the first day of the period up to the decision: a later discipline did not exist yet.
  const start = periodBounds(ctx.period, ctx.rules.params.schoolYearStart).start;
  const clean = `Không bị kỷ luật trong thời gian xét (${when})`;
  if (ctx.input.discipline.length === 0) return result('no_discipline', true, basis, clean);
  return weighDiscipline(ctx, basis, minForm, start, clean);
}

/** no_discipline for a subject with discipline on record: what overlaps the time considered, and whether it disqualifies. */
function weighDiscipline(ctx: Context, basis: string, minForm: DisciplineForm, start: string, clean: string): CriterionResult {
  const when = ctx.periodName;
  const windowEnd = ctx.input.decisionDate;
  const overlapping = ctx.input.discipline.filter((d) => d.from <= windowEnd && (d.to ?? '9999-12-31') >= start);
  const blocking = overlapping.filter((d) => disciplineQualifies(d.form, minForm));
  if (blocking.length > 0) {
    const list = blocking.map((d) => `bị kỷ luật ${disciplineText(d.form)} ${disciplineRange(d)}`).join('; ');
    return result('no_discipline', false, basis, `${cap(list)}, trong thời gian xét (${when} đến ngày quyết định ${date(ctx.input.decisionDate)})`);
  }
  const lighter = overlapping.map((d) => `kỷ luật ${disciplineText(d.form)} ${disciplineRange(d)} dưới mức loại trừ (từ ${disciplineText(minForm)} trở lên)`);
  const earlier = ctx.countFrom ? `kỷ luật ${disciplineText(ctx.countFrom.discipline.form)} đã chấp hành xong ngày ${date(ctx.countFrom.date)}; thành tích chỉ tính từ ngày đó` : undefined;
  return result('no_discipline', true, basis, joinNotes([clean, ...lighter, earlier]));
}

function noPending(ctx: Context): CriterionResult {
  const g = ctx.rules.general.pending;
  const basis = basisText(g.basis, g.mark);
  const open = ctx.input.pending;
  if (open.length === 0) return result('no_pending_matter', true, basis, 'Không có khiếu nại, tố cáo, thanh tra, kiểm tra, điều tra đang giải quyết');
  const list = open.map((x) => `${PENDING_KIND_LABELS[x.kind]}${x.since ? ` (từ ngày ${date(x.since)})` : ''}`).join('; ');
  return result('no_pending_matter', false, basis, `${list} — tạm dừng xét khen thưởng đến khi có kết luận`);
}

// ---------------------------------------------------------------------------------------------
// Bonus

/**
 * The base salary in force on a date (0 when the table has no row that early): the row with the
 * latest `from` not after the date; of rows with the same `from`, the one listed last.
 */
export function baseSalaryOn(table: RuleParams['baseSalary'], isoDate: string): number {
  let best: RuleParams['baseSalary'][number] | undefined;
  for (const row of table) if (row.from <= isoDate && (!best || row.from >= best.from)) best = row;
  return best ? best.value : 0;
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
  const n = rounding.mode === 'up' ? Math.ceil(units) : rounding.mode === 'down' ? Math.floor(units) : Math.round(units);
  return n * rounding.unit;
}

/** `deps.moneyInWords`, memoized by amount (a bulk check meets a handful of distinct amounts). */
const memoizedWords = new WeakMap<EngineDeps['moneyInWords'], EngineDeps['moneyInWords']>();
function moneyInWordsOf(deps: EngineDeps): EngineDeps['moneyInWords'] {
  let words = memoizedWords.get(deps.moneyInWords);
  if (!words) memoizedWords.set(deps.moneyInWords, (words = memoize(deps.moneyInWords, 1000)));
  return words;
}

export function computeBonus(award: AwardRule, kind: SubjectKind, rules: Rules, decisionDate: string, deps: EngineDeps): Bonus {
  const multiplier = multiplierFor(award, kind, rules.params);
  const baseSalary = baseSalaryOn(rules.params.baseSalary, decisionDate);
  const amount = bonusAmount(multiplier, baseSalary, rules.params.rounding);
  return { multiplier, baseSalary, amount, amountInWords: moneyInWordsOf(deps)(amount) };
}

// ---------------------------------------------------------------------------------------------
// Evaluation

function evaluateLawCriteria(ctx: Context): CriterionResult[] {
  const out: CriterionResult[] = [];
  let claimed = ctx.claimed;
  for (const rule of applicable(ctx.award.criteria, ctx).all) {
    const v = evaluateCriterion(rule, claimed === ctx.claimed ? ctx : { ...ctx, claimed });
    if (v.claims.length) claimed = new Set([...claimed, ...v.claims]);
    out.push(result(rule.id, v.met, basisText(rule.basis, rule.mark), v.message));
  }
  return out;
}

/** Evaluates one parsed input against the rules in force. */
export function evaluate(input: ParsedInput, rules: Rules, deps: EngineDeps): EligibilityOutput {
  const ctx = buildContext(input, rules);
  let criteria: CriterionResult[];
  if (!ctx.award.subjectKinds.includes(ctx.kind)) criteria = [subjectKindCheck(ctx)];
  else if (!periodTypeAllowed(ctx.award, ctx)) criteria = [periodTypeCheck(ctx)];
  else {
    criteria = evaluateLawCriteria(ctx);
    criteria.push(notAlreadyAwarded(ctx), noDiscipline(ctx));
  }
  criteria.push(noPending(ctx));
  const withheld = input.pending.length > 0;
  let verdict: Met = true;
  for (const c of criteria) verdict = and3(verdict, c.met);
  return {
    award: input.award,
    period: input.period,
    eligible: !withheld && verdict !== false,
    withheld,
    criteria,
    bonus: computeBonus(ctx.award, ctx.kind, rules, input.decisionDate, deps),
  };
}
