// Public face of the eligibility engine: parse → resolve the rules in force → evaluate. The CLI,
// the HTTP route, bulk checks and the appraisal step all call these.
import { moneyInWords } from '../vi-text/index.js';
import {
  type EligibilityBatchOutput,
  type EligibilityOutput,
  type FieldError,
  type ParsedInput,
  formatPath,
  isBatchRequest,
  parseEligibilityBatch,
  parseEligibilityInput,
} from './contract.js';
import { type EngineDeps, evaluate } from './engine.js';
import type { ParamOverride } from './overrides.js';
import type { RuleSet, Rules } from './rule-model.js';
import { earliestRuleDate, resolveRules } from './rulesets.js';
import { date } from './text.js';

export interface EvaluateOptions {
  /** The tenant's province code (e.g. 'bac_ninh'): its rule set, if any, overlays the national one. */
  province?: string;
  /** Administrator overrides stored for the tenant. */
  overrides?: ParamOverride[];
  /** Rule sets to choose from (default: the built-in ones). */
  ruleSets?: RuleSet[];
  /** Amount in words (default: the vi-text implementation). */
  moneyInWords?: EngineDeps['moneyInWords'];
}

/** Which rules produced a verdict, for the audit trail. Not part of the contract's output. */
export interface RulesUsed {
  id: string;
  name: string;
  citations: string[];
  appliedOverrides: string[];
  /** Overrides that were not applied, with the reason. */
  overrideErrors: FieldError[];
}

export type EvaluationResult =
  | { ok: true; output: EligibilityOutput; rules: RulesUsed }
  | { ok: false; errors: FieldError[] };
export type BatchEvaluationResult =
  | { ok: true; output: EligibilityBatchOutput; rules: RulesUsed[] }
  | { ok: false; errors: FieldError[] };

function deps(options: EvaluateOptions): EngineDeps {
  return { moneyInWords: options.moneyInWords ?? moneyInWords };
}

function rulesUsed(rules: Rules, overrideErrors: Array<{ key: string; message: string }>): RulesUsed {
  return {
    id: rules.id,
    name: rules.name,
    citations: rules.citations,
    appliedOverrides: rules.appliedOverrides,
    overrideErrors: overrideErrors.map((e) => ({ field: e.key, message: e.message })),
  };
}

function noRulesError(path: PropertyKey[], decisionDate: string, options: EvaluateOptions): FieldError {
  const field = formatPath([...path, 'decisionDate']);
  const earliest = earliestRuleDate(options.ruleSets);
  return {
    field,
    message: `Trường "${field}": không có bộ quy tắc thi đua, khen thưởng nào có hiệu lực vào ngày ${date(decisionDate)}${earliest ? ` (sớm nhất từ ngày ${date(earliest)})` : ''}`,
  };
}

function evaluateParsed(
  input: ParsedInput,
  options: EvaluateOptions,
  path: PropertyKey[],
): { ok: true; output: EligibilityOutput; rules: RulesUsed } | { ok: false; error: FieldError } {
  const resolved = resolveRules(input.decisionDate, options.province, {
    ruleSets: options.ruleSets,
    overrides: options.overrides,
  });
  if (!resolved) return { ok: false, error: noRulesError(path, input.decisionDate, options) };
  return {
    ok: true,
    output: evaluate(input, resolved.rules, deps(options)),
    rules: rulesUsed(resolved.rules, resolved.overrideErrors),
  };
}

/** One input JSON → the verdict, or field-level Vietnamese errors (HTTP 400 / CLI exit 2). */
export function evaluateEligibility(json: unknown, options: EvaluateOptions = {}): EvaluationResult {
  const parsed = parseEligibilityInput(json);
  if (!parsed.ok) return parsed;
  const r = evaluateParsed(parsed.value, options, []);
  return r.ok ? r : { ok: false, errors: [r.error] };
}

/** `{"cases": [...]}` → `{"results": [...]}` in order; any bad case rejects the batch, naming it. */
export function evaluateBatch(json: unknown, options: EvaluateOptions = {}): BatchEvaluationResult {
  const parsed = parseEligibilityBatch(json);
  if (!parsed.ok) return parsed;
  const results: EligibilityOutput[] = [];
  const rules: RulesUsed[] = [];
  const errors: FieldError[] = [];
  parsed.value.cases.forEach((input, i) => {
    const r = evaluateParsed(input, options, ['cases', i]);
    if (r.ok) {
      results.push(r.output);
      rules.push(r.rules);
    } else errors.push(r.error);
  });
  return errors.length ? { ok: false, errors } : { ok: true, output: { results }, rules };
}

/** Either form, told apart by a top-level "cases" field (the CLI and the HTTP route take both). */
export function evaluateRequest(
  json: unknown,
  options: EvaluateOptions = {},
): EvaluationResult | BatchEvaluationResult {
  return isBatchRequest(json) ? evaluateBatch(json, options) : evaluateEligibility(json, options);
}

export {
  type Bonus,
  type CriterionResult,
  type EligibilityBatchOutput,
  type EligibilityInput,
  type EligibilityOutput,
  type FieldError,
  type ParsedInput,
  EligibilityBatchInputSchema,
  EligibilityBatchOutputSchema,
  EligibilityInputSchema,
  EligibilityOutputSchema,
  parseEligibilityBatch,
  parseEligibilityInput,
} from './contract.js';
export { type EngineDeps, baseSalaryOn, bonusAmount, computeBonus, evaluate, multiplierFor } from './engine.js';
export type { CatalogueBonus, CatalogueInput, CatalogueOutput } from './contract.js';
export { type Grant, type PaidGrant, type Payable, type PayableOptions, payableBonuses } from './payment.js';
export {
  type OverrideError,
  type ParamInfo,
  type ParamOverride,
  applyOverrides,
  listParams,
  validateOverride,
} from './overrides.js';
export type * from './rule-model.js';
export { BAC_NINH_2025, NATIONAL_2024, NATIONAL_2025, RULE_SETS, mergeRuleSets, resolveRules } from './rulesets.js';
export * from './streaks.js';
