// Query keys of eligibility: the verdicts (everything under ['eligibility'], so a change to a rule,
// an override or a recognised initiative refreshes every list of verdicts and bulk checks), the
// catalogue of awards with its conditions as of a date, and the procedure rules awaiting
// confirmation.
import { auditKeys } from '../audit/keys';

export const eligibilityKeys = {
  all: ['eligibility'] as const,
  /** The verdicts of one subject (`path` is its API path), for a period, as of a decision date. */
  verdicts: (path: string, period: string | undefined, decisionDate: string | undefined) =>
    [...eligibilityKeys.all, path, period, decisionDate] as const,
  bulkJob: (jobId: string | null | undefined) => [...eligibilityKeys.all, 'bulk-job', jobId] as const,
  bulkRows: (jobId: string | null | undefined, group: string, paging: unknown) =>
    [...eligibilityKeys.all, 'bulk-rows', jobId, group, paging] as const,
};

export const catalogueKeys = {
  all: ['catalogue'] as const,
  /** The catalogue in force on a date (ISO). */
  at: (date: string | undefined) => [...catalogueKeys.all, date] as const,
};

export const procedureRuleKeys = {
  all: ['procedure-rules'] as const,
  pending: () => [...procedureRuleKeys.all, 'pending'] as const,
};

/**
 * The audit log entries the eligibility and catalogue screens show. They sit under the audit log's
 * own prefix ['audit'] (owned by the audit screens), so every write that invalidates the audit log
 * refreshes them too.
 */
export const eligibilityAuditKeys = {
  all: auditKeys.all,
  overrides: (entityType: string, entityId: string) =>
    [...eligibilityAuditKeys.all, 'eligibility.override', entityType, entityId] as const,
  catalogueOverrides: () => [...eligibilityAuditKeys.all, 'catalogue.override'] as const,
};
