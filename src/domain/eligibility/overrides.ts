// Administrator overrides of rule parameters, each with an effective date, stored as rows
// (tenant, key, value, effectiveFrom, effectiveTo, citation, note) and applied on top of the rule
// set in force. A key is a dotted path into the rules:
//
//   params.baseSalary                                    adds a row to the dated base-salary table
//   params.rounding.unit | params.rounding.mode          bonus rounding
//   params.household.factor                              households' factor for forms
//   params.discipline.minForm.individual                 lightest disqualifying discipline (or null)
//   params.schoolYearStart                               'MM-DD'
//   awards.CSTD_TINH.bonus.multipliers.individual        a multiplier
//   awards.THON_VH.minIntervalPeriods                    award interval
//   awards.CSTD_TINH.criteria.cstdcs_streak_3.length     a criterion's number
//   awards.BK_TINH.criteria.achievement_basis.options.cstdcs_2.length       nested (by id)
//   awards.BK_TTG.criteria.achievement_basis.judgementOptionsOpen           booleans
//
// Only numbers, booleans and coded values can be overridden; texts (labels, citations) belong to
// a rule set's version and change with a new rule set.
import { AWARD_NAMES } from '../registry/vocab.js';
import {
  CATALOGUE_AWARD_CODES,
  DISCIPLINE_FORMS,
  INITIATIVE_SCOPES,
  RATINGS,
  SUBJECT_KINDS,
} from '../registry/vocab.js';
import { type Mark, type Rules, copyRuleData } from './rule-model.js';

export type OverrideValue = number | string | boolean | null;

export interface ParamOverride {
  key: string;
  value: OverrideValue;
  effectiveFrom: string;
  effectiveTo?: string | null;
  /** Legal basis of the change (decision, decree), shown beside the value. */
  citation?: string;
  note?: string;
}

export interface OverrideError {
  key: string;
  message: string;
}

const ENUM_LEAVES: Record<string, readonly string[]> = {
  minRating: RATINGS,
  rating: RATINGS,
  minScope: INITIATIVE_SCOPES,
  mode: ['up', 'nearest', 'down'],
  title: CATALOGUE_AWARD_CODES,
  minDiscipline: DISCIPLINE_FORMS,
  paidLower: ['difference', 'full'],
  repeatInPeriod: ['refuse', 'judgement'],
};
const CODE_LEAVES = new Set(['prerequisite', 'orTitle']);
/** Integer leaves that must be at least 1. */
const POSITIVE_INT_LEAVES = new Set([
  'length',
  'times',
  'spacing',
  'windowPeriods',
  'minPeriods',
  'unit',
  'minIntervalPeriods',
  'countingPeriods',
]);
const INT_LEAVES = new Set(['count', 'min', 'max', 'latestWithin', ...POSITIVE_INT_LEAVES]);
const TEXT_LEAVES = new Set([
  'id',
  'kind',
  'label',
  'basis',
  'name',
  'citation',
  'decidedBy',
  'decidedByBasis',
  'code',
  'category',
  'field',
  'level',
  'note',
  'undetermined',
  'paidLowerBasis',
  'track',
]);

const LEAF_LABELS: Record<string, string> = {
  length: 'Số kỳ liên tục',
  count: 'Số lượng tối thiểu',
  times: 'Số lần liên tục',
  spacing: 'Khoảng cách giữa hai lần liên tiếp (số kỳ)',
  latestWithin: 'Lần gần nhất cách kỳ xét tối đa (số kỳ)',
  windowPeriods: 'Số kỳ được tính sáng kiến',
  minPeriods: 'Số kỳ tối thiểu sau khen thưởng làm căn cứ',
  minPercent: 'Tỷ lệ tối thiểu (%)',
  min: 'Số tối thiểu',
  max: 'Số tối đa',
  minRating: 'Mức xếp loại tối thiểu',
  minScope: 'Phạm vi ảnh hưởng tối thiểu của sáng kiến',
  judgementOptionsOpen: 'Còn xét các tiêu chuẩn do Hội đồng đánh giá khi không đạt tiêu chuẩn dữ liệu',
  minIntervalPeriods: 'Số kỳ tối thiểu giữa hai lần tặng',
  sameRound: 'Được xét cùng đợt với danh hiệu cao hơn',
  restartAfterSameAward: 'Không tính lại các kỳ đã dùng cho lần tặng trước',
  householdFromIndividual: 'Hộ gia đình hưởng theo mức cá nhân nhân hệ số',
  unit: 'Làm tròn đến (đồng)',
  mode: 'Cách làm tròn',
  factor: 'Hệ số hộ gia đình so với cá nhân',
  schoolYearStart: 'Ngày bắt đầu năm học (MM-DD)',
  title: 'Danh hiệu làm căn cứ',
  prerequisite: 'Khen thưởng làm căn cứ',
  orTitle: 'Hoặc danh hiệu',
  rating: 'Mức xếp loại',
  field: 'Chỉ tiêu của tập thể',
  scope: 'Phạm vi ảnh hưởng',
  form: 'Hình thức kỷ luật',
  minDiscipline: 'Hình thức kỷ luật thấp nhất bị loại trừ',
  titleToHigherTitle: 'Sáng kiến đã làm căn cứ tặng danh hiệu được tính tiếp cho danh hiệu cao hơn',
  schoolRatingForCalendar: 'Xét theo năm: dùng xếp loại của năm học kết thúc trong năm khi không có xếp loại theo năm',
  paidLower:
    'Danh hiệu thấp hơn cùng kỳ đã được chi tiền thưởng ở quyết định trước: chi phần chênh lệch (difference) hoặc chi đủ (full)',
};

/** Subject kinds as the labels say them. */
const KIND_WORDS: Record<string, string> = {
  individual: 'cá nhân',
  collective: 'tập thể',
  household: 'hộ gia đình',
  village: 'thôn, tổ dân phố',
  commune: 'xã, phường, đặc khu',
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Located {
  parent: Obj;
  leaf: string;
  /** Path segments before the leaf. */
  trail: string[];
}

function locate(root: Obj, key: string): Located | string {
  const segs = key.split('.');
  if (segs.length < 2 || segs.some((s) => s === '')) return 'khóa không hợp lệ';
  let cur: unknown = root;
  for (let i = 0; i < segs.length - 1; i++) {
    const seg = segs[i];
    if (Array.isArray(cur)) cur = cur.find((x) => isObj(x) && (x.id === seg || x.title === seg));
    else if (isObj(cur)) cur = cur[seg];
    else cur = undefined;
    if (cur === undefined) return `không tìm thấy "${segs.slice(0, i + 1).join('.')}" trong bộ quy tắc`;
  }
  if (!isObj(cur)) return 'khóa không trỏ tới một tham số';
  return { parent: cur, leaf: segs[segs.length - 1], trail: segs.slice(0, -1) };
}

function isMonthDay(v: string): boolean {
  const m = /^(\d{2})-(\d{2})$/u.exec(v);
  if (!m) return false;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** Checks a value for a leaf; returns a Vietnamese message when it cannot be used. */
function checkValue(loc: Located, value: OverrideValue): string | null {
  const { parent, leaf, trail } = loc;
  const parentName = trail[trail.length - 1];
  if (TEXT_LEAVES.has(leaf)) return 'văn bản và mã định danh không ghi đè được; cần một bộ quy tắc mới';
  if (parentName === 'minForm') {
    if (!(SUBJECT_KINDS as readonly string[]).includes(leaf)) return `"${leaf}" không phải loại đối tượng`;
    if (value === null || (typeof value === 'string' && (DISCIPLINE_FORMS as readonly string[]).includes(value)))
      return null;
    return `phải là null hoặc một trong ${DISCIPLINE_FORMS.join(', ')}`;
  }
  if (parentName === 'multipliers') {
    if (!(SUBJECT_KINDS as readonly string[]).includes(leaf)) return `"${leaf}" không phải loại đối tượng`;
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? null : 'hệ số phải là số không âm';
  }
  if (!(leaf in parent)) return `không có tham số "${leaf}"`;
  const current = parent[leaf];
  if (leaf === 'schoolYearStart') return typeof value === 'string' && isMonthDay(value) ? null : 'phải có dạng MM-DD';
  if (ENUM_LEAVES[leaf]) {
    return typeof value === 'string' && ENUM_LEAVES[leaf].includes(value)
      ? null
      : `phải là một trong ${ENUM_LEAVES[leaf].join(', ')}`;
  }
  if (CODE_LEAVES.has(leaf))
    return typeof value === 'string' && /^[A-Z0-9_]+$/u.test(value)
      ? null
      : 'phải là mã danh hiệu (chữ in hoa, số, dấu _)';
  if (typeof current === 'boolean') return typeof value === 'boolean' ? null : 'phải là true hoặc false';
  if (typeof current === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return 'phải là số không âm';
    if (INT_LEAVES.has(leaf) && !Number.isInteger(value)) return 'phải là số nguyên';
    if (POSITIVE_INT_LEAVES.has(leaf) && value < 1) return 'phải lớn hơn hoặc bằng 1';
    if (leaf === 'minPercent' && value > 100) return 'tỷ lệ không vượt quá 100';
    return null;
  }
  return 'tham số này không ghi đè được';
}

function inForce(o: ParamOverride, date: string): boolean {
  return o.effectiveFrom <= date && (o.effectiveTo == null || date <= o.effectiveTo);
}

/** Checks one override against rules without applying it (for the admin screen's form). */
export function validateOverride(rules: Rules, o: ParamOverride): string | null {
  if (o.key === 'params.baseSalary') {
    return typeof o.value === 'number' && Number.isInteger(o.value) && o.value > 0
      ? null
      : 'mức lương cơ sở phải là số nguyên dương (đồng)';
  }
  const loc = locate({ params: rules.params, awards: rules.awards }, o.key);
  if (typeof loc === 'string') return loc;
  return checkValue(loc, o.value);
}

/**
 * Applies the overrides in force on `onDate` (for one key, the latest effectiveFrom wins) and
 * every base-salary row (they are dated by their own effectiveFrom). Returns new rules; invalid
 * overrides are reported, not applied.
 */
export function applyOverrides(
  rules: Rules,
  overrides: ParamOverride[],
  onDate: string,
): { rules: Rules; errors: OverrideError[] } {
  const out: Rules = copyRuleData(rules);
  const errors: OverrideError[] = [];
  const chosen = new Map<string, ParamOverride>();
  for (const o of overrides) {
    if (o.key === 'params.baseSalary') {
      const problem = validateOverride(out, o);
      if (problem) {
        errors.push({ key: o.key, message: `Tham số "${o.key}": ${problem}` });
        continue;
      }
      const row = {
        from: o.effectiveFrom,
        value: o.value as number,
        citation: o.citation ?? 'Điều chỉnh của quản trị hệ thống',
        mark: 'V' as Mark,
      };
      out.params.baseSalary = [...out.params.baseSalary.filter((r) => r.from !== row.from), row].sort((a, b) =>
        a.from < b.from ? -1 : 1,
      );
      out.appliedOverrides.push(`${o.key}@${o.effectiveFrom}`);
      continue;
    }
    if (!inForce(o, onDate)) continue;
    const prev = chosen.get(o.key);
    if (!prev || prev.effectiveFrom <= o.effectiveFrom) chosen.set(o.key, o);
  }
  for (const o of chosen.values()) {
    const loc = locate({ params: out.params, awards: out.awards }, o.key);
    const problem = typeof loc === 'string' ? loc : checkValue(loc, o.value);
    if (problem || typeof loc === 'string') {
      errors.push({ key: o.key, message: `Tham số "${o.key}": ${problem}` });
      continue;
    }
    loc.parent[loc.leaf] = o.value;
    out.appliedOverrides.push(`${o.key}@${o.effectiveFrom}`);
  }
  return { rules: out, errors };
}

export interface ParamInfo {
  key: string;
  value: unknown;
  type: 'number' | 'integer' | 'boolean' | 'enum' | 'code' | 'month-day' | 'dated-table' | 'discipline-form';
  options?: readonly string[];
  /** Vietnamese description: the criterion or award it belongs to, and what the number means. */
  label: string;
  basis?: string;
  mark?: Mark;
}

/** Every overridable parameter of the rules with its current value, for the admin screen. */
export function listParams(rules: Rules): ParamInfo[] {
  const out: ParamInfo[] = [];
  const p = rules.params;
  out.push({
    key: 'params.baseSalary',
    value: p.baseSalary,
    type: 'dated-table',
    label: 'Mức lương cơ sở theo ngày hiệu lực',
  });
  out.push({
    key: 'params.rounding.unit',
    value: p.rounding.unit,
    type: 'integer',
    label: LEAF_LABELS.unit,
    basis: p.rounding.basis,
    mark: p.rounding.mark,
  });
  out.push({
    key: 'params.rounding.mode',
    value: p.rounding.mode,
    type: 'enum',
    options: ENUM_LEAVES.mode,
    label: LEAF_LABELS.mode,
    basis: p.rounding.basis,
    mark: p.rounding.mark,
  });
  out.push({
    key: 'params.household.factor',
    value: p.household.factor,
    type: 'number',
    label: LEAF_LABELS.factor,
    basis: p.household.basis,
    mark: p.household.mark,
  });
  for (const kind of SUBJECT_KINDS) {
    out.push({
      key: `params.discipline.minForm.${kind}`,
      value: p.discipline.minForm[kind],
      type: 'discipline-form',
      options: DISCIPLINE_FORMS,
      label: `Mức kỷ luật thấp nhất bị loại trừ (${KIND_WORDS[kind]})`,
      basis: p.discipline.basis,
      mark: p.discipline.mark,
    });
  }
  out.push({
    key: 'params.schoolYearStart',
    value: p.schoolYearStart,
    type: 'month-day',
    label: LEAF_LABELS.schoolYearStart,
  });
  if (p.initiativeReuse)
    out.push({
      key: 'params.initiativeReuse.titleToHigherTitle',
      value: p.initiativeReuse.titleToHigherTitle,
      type: 'boolean',
      label: LEAF_LABELS.titleToHigherTitle,
      basis: p.initiativeReuse.basis,
      mark: p.initiativeReuse.mark,
    });
  if (p.schoolRatingForCalendar)
    out.push({
      key: 'params.schoolRatingForCalendar.enabled',
      value: p.schoolRatingForCalendar.enabled,
      type: 'boolean',
      label: LEAF_LABELS.schoolRatingForCalendar,
      basis: p.schoolRatingForCalendar.basis,
      mark: p.schoolRatingForCalendar.mark,
    });
  out.push({
    key: 'params.titlePayment.paidLower',
    value: p.titlePayment.paidLower,
    type: 'enum',
    options: ENUM_LEAVES.paidLower,
    label: LEAF_LABELS.paidLower,
    basis: p.titlePayment.paidLowerBasis,
    mark: p.titlePayment.paidLowerMark,
  });
  for (const award of Object.values(rules.awards)) {
    const prefix = `awards.${award.code}`;
    for (const [kind, value] of Object.entries(award.bonus.multipliers)) {
      const note = award.bonus.note ? ` — ${award.bonus.note}` : '';
      out.push({
        key: `${prefix}.bonus.multipliers.${kind}`,
        value,
        type: 'number',
        label: `${award.name}: hệ số tiền thưởng (${KIND_WORDS[kind] ?? kind})${note}`,
        basis: award.bonus.basis,
        mark: award.bonus.marks[kind as keyof typeof award.bonus.marks],
      });
    }
    out.push({
      key: `${prefix}.bonus.householdFromIndividual`,
      value: award.bonus.householdFromIndividual,
      type: 'boolean',
      label: `${award.name}: ${LEAF_LABELS.householdFromIndividual}`,
    });
    for (const leaf of ['sameRound', 'restartAfterSameAward'] as const) {
      out.push({
        key: `${prefix}.${leaf}`,
        value: award[leaf],
        type: 'boolean',
        label: `${award.name}: ${LEAF_LABELS[leaf]}`,
      });
    }
    out.push({
      key: `${prefix}.minIntervalPeriods`,
      value: award.minIntervalPeriods,
      type: 'integer',
      label: `${award.name}: ${LEAF_LABELS.minIntervalPeriods}`,
      mark: award.intervalMark,
    });
    const walk = (c: Obj, path: string, owner: string) => {
      const label = `${owner}: ${String(c.label)}`;
      for (const [leaf, value] of Object.entries(c)) {
        if (TEXT_LEAVES.has(leaf) || leaf === 'subjects' || leaf === 'groups' || leaf === 'mark') continue;
        if (leaf === 'options' || leaf === 'parts') {
          for (const child of value as Obj[]) walk(child, `${path}.${leaf}.${String(child.id)}`, owner);
        } else if (leaf === 'titles' || leaf === 'anyOf') {
          for (const req of value as Array<{ title: string; count: number }>) {
            out.push({
              key: `${path}.${leaf}.${req.title}.count`,
              value: req.count,
              type: 'integer',
              label: `${label} — số lần ${AWARD_NAMES[req.title] ?? req.title}`,
              basis: String(c.basis),
              mark: c.mark as Mark,
            });
          }
        } else if (leaf === 'initiatives' || leaf === 'topRating') {
          for (const [sub, v] of Object.entries(value as Obj)) {
            const type: ParamInfo['type'] = ENUM_LEAVES[sub] ? 'enum' : 'integer';
            out.push({
              key: `${path}.${leaf}.${sub}`,
              value: v,
              type,
              options: ENUM_LEAVES[sub],
              label: `${label} — ${LEAF_LABELS[sub] ?? sub}`,
              basis: String(c.basis),
              mark: c.mark as Mark,
            });
          }
        } else {
          const type: ParamInfo['type'] =
            typeof value === 'boolean'
              ? 'boolean'
              : ENUM_LEAVES[leaf]
                ? 'enum'
                : CODE_LEAVES.has(leaf)
                  ? 'code'
                  : INT_LEAVES.has(leaf)
                    ? 'integer'
                    : 'number';
          out.push({
            key: `${path}.${leaf}`,
            value,
            type,
            options: ENUM_LEAVES[leaf],
            label: `${label} — ${LEAF_LABELS[leaf] ?? leaf}`,
            basis: String(c.basis),
            mark: c.mark as Mark,
          });
        }
      }
    };
    for (const c of award.criteria) walk(c as unknown as Obj, `${prefix}.criteria.${c.id}`, award.name);
  }
  return out;
}
