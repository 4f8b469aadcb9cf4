// Words and small computations of the eligibility screens: verdict status, periods (calendar or
// school year), subject kinds, and the readable form of rule parameters. Pure: no React.
import {
  awardName,
  DISCIPLINE_FORM_LABELS,
  INITIATIVE_SCOPE_LABELS,
  RATING_LABELS,
  type CatalogueAwardCode,
  type DisciplineForm,
  type InitiativeScope,
  type OrgType,
  type Rating,
  type SubjectKind,
} from '../../../../src/domain/registry/vocab';
import { formatMoneyVN } from '../../../../src/domain/vi-text/index';
import {
  VERDICT_STATUS_LABELS,
  type VerdictStatus as ServerVerdictStatus,
} from '../../../../src/domain/eligibility/status';
import type { OverrideSubjectKind, ParamInfo, ParamType, VerdictOutput } from './types';

export const SUBJECT_KIND_LABELS: Record<SubjectKind, string> = {
  individual: 'Cá nhân',
  collective: 'Tập thể',
  household: 'Hộ gia đình',
  village: 'Thôn, tổ dân phố',
  commune: 'Xã, phường, đặc khu',
};

export const PERIOD_TYPE_LABELS: Record<string, string> = {
  calendar: 'Theo năm',
  school: 'Theo năm học',
  ad_hoc: 'Đột xuất',
};

export const CATEGORY_LABELS: Record<'title' | 'form', string> = {
  title: 'Danh hiệu thi đua',
  form: 'Hình thức khen thưởng',
};

/** params.titlePayment.paidLower: a lower title of the same period already paid by an earlier decision. */
export const PAID_LOWER_LABELS: Record<string, string> = {
  difference: 'Chi phần chênh lệch',
  full: 'Chi đủ mức của danh hiệu cao hơn',
};

export const ROUNDING_MODE_LABELS: Record<string, string> = {
  up: 'Làm tròn lên',
  nearest: 'Làm tròn đến số gần nhất',
  down: 'Làm tròn xuống',
};

/** Individual titles and forms the bulk check runs over (the catalogue's, not only the contract's). */
export const INDIVIDUAL_AWARDS: CatalogueAwardCode[] = [
  'LDTT',
  'CSTD_CS',
  'CSTD_TINH',
  'CSTD_TQ',
  'GIAY_KHEN',
  'BK_TINH',
  'BK_TTG',
  'HCLD_3',
  'KNC_TINH',
  'CONG_HIEN',
];

/** 'Chưa xác định' when the amount depends on the form finally granted. */
export const amountText = (amount: number | null | undefined) =>
  amount === null ? 'Chưa xác định' : formatMoneyVN(amount ?? 0);

/**
 * What a verdict means: green only when every criterion the data can check passed; a verdict that
 * counts a title of the same round not yet decided, or that rests on the council's judgement, has
 * its own words and colour (the server's status, src/domain/eligibility/status.ts).
 */
export type VerdictStatus = 'eligible' | 'conditional' | 'judgement' | 'not_eligible' | 'withheld';

export const STATUS: Record<VerdictStatus, { label: string; color: string }> = {
  eligible: { label: VERDICT_STATUS_LABELS.eligible, color: 'green' },
  conditional: { label: VERDICT_STATUS_LABELS.conditional, color: 'cyan' },
  judgement: { label: VERDICT_STATUS_LABELS.judgement, color: 'purple' },
  not_eligible: { label: VERDICT_STATUS_LABELS.ineligible, color: 'red' },
  withheld: { label: VERDICT_STATUS_LABELS.withheld, color: 'orange' },
};

/** The server's status when it sent one (verdicts kept before statuses existed have none). */
export function verdictStatus(
  o: Pick<VerdictOutput, 'eligible' | 'withheld'> & { status?: ServerVerdictStatus | null },
): VerdictStatus {
  if (o.status) return o.status === 'ineligible' ? 'not_eligible' : o.status;
  if (o.withheld) return 'withheld';
  return o.eligible ? 'eligible' : 'not_eligible';
}

/** Accepting needs the office's written reason: a criterion failed, it is withheld, or only a council judgement keeps it open. */
export function acceptNeedsReason(
  o: Pick<VerdictOutput, 'eligible' | 'withheld'> & {
    status?: ServerVerdictStatus | null;
    dataFailed?: boolean | null;
  },
): boolean {
  const s = verdictStatus(o);
  return s === 'not_eligible' || s === 'withheld' || (s === 'judgement' && !!o.dataFailed);
}

/** How many criteria the council still has to judge (met = null). */
export const judgementCount = (o: Pick<VerdictOutput, 'criteria'>) => o.criteria.filter((c) => c.met === null).length;

export const overrideText = (eligible: boolean) => (eligible ? 'Đủ điều kiện' : 'Không đủ điều kiện');

// ---- Periods ----

export type PeriodKind = 'calendar' | 'school';

export const isSchoolYear = (period: string) => /^\d{4}-\d{4}$/.test(period);
export const periodKind = (period: string): PeriodKind => (isSchoolYear(period) ? 'school' : 'calendar');

/** "Năm 2025" / "Năm học 2024-2025". */
export const periodText = (period: string) => (isSchoolYear(period) ? `năm học ${period}` : `năm ${period}`);

/**
 * The period proposed by default on a decision date: its calendar year, or for schools the school
 * year that ends in that calendar year (reviewed in the summer, decided in the autumn).
 */
export function defaultPeriod(kind: PeriodKind, decisionDate: string): string {
  const y = Number(decisionDate.slice(0, 4));
  return kind === 'school' ? `${y - 1}-${y}` : String(y);
}

/** The same period in the other kind: 2026 ↔ 2025-2026. */
export function convertPeriod(period: string, to: PeriodKind): string {
  if (periodKind(period) === to) return period;
  if (to === 'school') {
    const y = Number(period);
    return `${y - 1}-${y}`;
  }
  return period.slice(5);
}

/** Choices for the period picker, newest first: next year down to 2018. */
export function periodOptions(kind: PeriodKind, thisYear: number): { value: string; label: string }[] {
  const out: { value: string; label: string }[] = [];
  for (let y = thisYear + 1; y >= 2018; y--) {
    const value = kind === 'school' ? `${y - 1}-${y}` : String(y);
    out.push({ value, label: kind === 'school' ? `Năm học ${value}` : `Năm ${value}` });
  }
  return out;
}

// ---- Subjects ----

const VILLAGE_TYPES = new Set<OrgType>(['village', 'residential_group']);
const COMMUNE_TYPES = new Set<OrgType>(['commune', 'ward', 'special_zone']);

/** The subject kind the server evaluated an organisation's award as (for the override). */
export function orgSubjectKind(type: OrgType, award: CatalogueAwardCode): OverrideSubjectKind {
  if (VILLAGE_TYPES.has(type)) return 'village';
  if (COMMUNE_TYPES.has(type) && award === 'XA_TIEU_BIEU') return 'commune';
  return 'collective';
}

/** Schools review by school year. */
export const orgPeriodKind = (type: OrgType | undefined): PeriodKind => (type === 'school' ? 'school' : 'calendar');

// ---- Rule parameters ----

/** "Chiến sĩ thi đua cơ sở: Hoàn thành … — Số kỳ liên tục" → ["Chiến sĩ thi đua cơ sở", "Hoàn thành … — Số kỳ liên tục"]. */
export function splitParamLabel(label: string): [string | null, string] {
  const i = label.indexOf(': ');
  return i > 0 ? [label.slice(0, i), label.slice(i + 2)] : [null, label];
}

const decimal = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 4 });

/** An option of an enum parameter in words. */
export function optionLabel(key: string, option: string): string {
  const leaf = key.split('.').pop() ?? '';
  if (leaf === 'mode') return ROUNDING_MODE_LABELS[option] ?? option;
  if (leaf === 'minRating' || leaf === 'rating') return RATING_LABELS[option as Rating] ?? option;
  if (leaf === 'minScope') return INITIATIVE_SCOPE_LABELS[option as InitiativeScope] ?? option;
  if (leaf === 'title' || leaf === 'prerequisite' || leaf === 'orTitle') return awardName(option);
  if (leaf === 'paidLower') return PAID_LOWER_LABELS[option] ?? option;
  return DISCIPLINE_FORM_LABELS[option as DisciplineForm] ?? option;
}

/** A parameter value as the user reads it. */
export function formatParamValue(type: ParamType, key: string, value: unknown): string {
  if (value === null || value === undefined) return type === 'discipline-form' ? 'Không xét kỷ luật' : '—';
  switch (type) {
    case 'boolean':
      return value ? 'Có' : 'Không';
    case 'number':
      return typeof value === 'number' ? decimal(value) : String(value);
    case 'integer':
      if (typeof value !== 'number') return String(value);
      return key === 'params.rounding.unit' ? formatMoneyVN(value) : decimal(value);
    case 'enum':
    case 'code':
    case 'discipline-form':
      return optionLabel(key, String(value));
    case 'month-day': {
      const m = /^(\d{2})-(\d{2})$/.exec(String(value));
      return m ? `${m[2]}/${m[1]}` : String(value);
    }
    case 'dated-table':
      if (typeof value === 'number') return formatMoneyVN(value);
      if (Array.isArray(value)) return `${value.length} mức theo ngày hiệu lực`;
      return String(value);
  }
}

/** A parameter's own type, for an override row of that key (base salary rows are numbers). */
export function paramTypeOf(params: ParamInfo[], key: string): ParamType | null {
  return params.find((p) => p.key === key)?.type ?? null;
}

/** "hệ số phải là số không âm" → "Hệ số phải là số không âm." */
export function sentence(text: string): string {
  const t = text.trim();
  if (!t) return t;
  const first = t.charAt(0).toLocaleUpperCase('vi-VN') + t.slice(1);
  return /[.!?…]$/.test(first) ? first : `${first}.`;
}
