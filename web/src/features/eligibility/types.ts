// Shapes of the eligibility API's answers, as the web app reads them
// (see src/features/eligibility/service.ts and src/domain/eligibility/README.md).
import type { CatalogueAwardCode, SubjectKind } from '../../../../src/domain/registry/vocab';

export type Mark = 'V' | 'R' | 'U';

export interface Criterion {
  id: string;
  /** true: met; false: not met; null: a judgement for the council. */
  met: boolean | null;
  basis: string;
  message: string;
}

export interface Bonus {
  /** null (with amount) when the amount depends on the form finally granted; `note` says why. */
  multiplier: number | null;
  baseSalary: number;
  amount: number | null;
  amountInWords: string;
  note?: string;
}

export interface VerdictOutput {
  award: CatalogueAwardCode;
  period: string;
  eligible: boolean;
  withheld: boolean;
  criteria: Criterion[];
  bonus: Bonus;
}

export interface VerdictOverride {
  eligible: boolean;
  reason: string;
  /** The user id of whoever made it. */
  by: string;
  /** Present when the server names the user. */
  byName?: string | null;
  at: string;
}

export interface VerdictItem {
  award: CatalogueAwardCode;
  name: string;
  output: VerdictOutput;
  /** What the verdict means, and why in words (conditional on a same-round title, resting on the council…). */
  status?: VerdictStatusCode;
  statusText?: string;
  dataFailed?: boolean;
  override: VerdictOverride | null;
}

export type VerdictStatusCode = 'eligible' | 'conditional' | 'judgement' | 'ineligible' | 'withheld';

export interface SubjectEligibility {
  period: string;
  decisionDate: string;
  rules: { id: string; name: string };
  items: VerdictItem[];
}

export interface Members {
  total: number;
  completedTasks: number;
  ldtt: number;
  cstdcs: number;
  disciplined: { canh_cao_or_above: number; any: number };
}

export interface OrgEligibility extends SubjectEligibility {
  members: Members | null;
}

export interface BulkRow {
  personId: string;
  fullName: string;
  orgName: string | null;
  position: string | null;
  eligible: boolean;
  withheld: boolean;
  status?: VerdictStatusCode;
  statusText?: string;
  failed: { id: string; message: string }[];
  judgement: number;
  amount: number | null;
  override: { eligible: boolean; reason: string } | null;
}

export interface BulkResult {
  period: string;
  decisionDate: string;
  award: CatalogueAwardCode;
  awardName: string;
  checked: number;
  withheld: number;
  /** People who already hold the award for the period (not listed). */
  alreadyAwarded: number;
  eligible: BulkRow[];
  /** Eligible on the council's judgement alone: no record on file supports the award yet. */
  judgementOnly: BulkRow[];
  oneShort: BulkRow[];
}

export type OverrideSubjectKind = Exclude<SubjectKind, 'household'>;

export interface CatalogueCriterion {
  id: string;
  label: string;
  basis: string;
  mark: Mark;
  kind: string;
}

export interface CatalogueAward {
  code: CatalogueAwardCode;
  name: string;
  category: 'title' | 'form';
  /** Titles: rank among titles of the same subject kind (higher = higher); null for forms. */
  rank: number | null;
  track: string;
  /** Part of the eligibility contract's code table (else: catalogue only). */
  contract: boolean;
  bonusNote: string | null;
  bonusUndetermined: string | null;
  subjectKinds: SubjectKind[];
  periodTypes: ('calendar' | 'school' | 'ad_hoc')[];
  decidedBy: string;
  decidedByBasis: string;
  multipliers: Partial<Record<SubjectKind, number>>;
  bonusBasis: string;
  bonusMarks: Partial<Record<SubjectKind, Mark>>;
  criteria: CatalogueCriterion[];
}

export interface BaseSalaryRow {
  from: string;
  value: number;
  citation: string;
  mark: Mark;
}

export type ParamType =
  | 'number'
  | 'integer'
  | 'boolean'
  | 'enum'
  | 'code'
  | 'month-day'
  | 'dated-table'
  | 'discipline-form';

export interface ParamInfo {
  key: string;
  value: unknown;
  type: ParamType;
  options?: string[];
  label: string;
  basis?: string;
  mark?: Mark;
}

export interface RuleOverrideRow {
  id: string;
  key: string;
  value: unknown;
  effectiveFrom: string;
  effectiveTo: string | null;
  citation: string | null;
  note: string | null;
  createdBy: string;
  createdAt: string;
  /** Present when the server names the user and keeps the reason on the row. */
  createdByName?: string | null;
  reason?: string | null;
}

export interface RuleSetInfo {
  id: string;
  name: string;
  citation: string;
  scope: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/** A provincial document found when the province's rule set was written (administrators only). */
export interface ProvincialSource {
  number: string;
  issuer: string;
  title: string;
  issuedOn: string;
  effectiveFrom: string | null;
  url: string;
  /** 'full': the whole text was read; 'opening': only its heading and first articles. */
  read: 'full' | 'opening';
  status: 'current' | 'old_law' | 'procedures';
  note: string;
}

export interface ProvinceRuleSetInfo {
  code: string;
  name: string;
  provinceName: string;
  citation: string;
  effectiveFrom: string;
  /** 'national': no provincial rule is applied, the national rules apply there. */
  coverage: 'provincial' | 'national';
  notice: string;
  /** Sent to whoever manages the catalogue only. */
  checkedOn?: string;
  sources?: ProvincialSource[];
}

export interface Catalogue {
  date: string;
  province: string | null;
  provinces: ProvinceRuleSetInfo[];
  rules: {
    id: string;
    name: string;
    citations: string[];
    appliedOverrides: string[];
    /** The tenant's province set in force on the date, and what of it applies. */
    province: { code: string; setId: string; name: string; coverage: 'provincial' | 'national'; notice: string } | null;
  };
  ruleSets: RuleSetInfo[];
  awards: CatalogueAward[];
  baseSalary: BaseSalaryRow[];
  params: ParamInfo[];
  overrides: RuleOverrideRow[];
}
