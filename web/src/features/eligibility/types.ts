// Shapes of the eligibility API's answers: the server's response schemas
// (src/features/eligibility/schema.ts), imported as types only so no server code enters the bundle.
import type { z } from 'zod';
import type {
  BulkCheckOut,
  BulkJobOut,
  BulkRowsOut,
  CatalogueOut,
  OrganisationVerdictsOut,
  PersonVerdictsOut,
} from '../../../../src/features/eligibility/schema';
import type { SubjectKind } from '../../../../src/domain/registry/vocab';

export type SubjectEligibility = z.output<typeof PersonVerdictsOut>;
export type OrgEligibility = z.output<typeof OrganisationVerdictsOut>;
export type Members = NonNullable<OrgEligibility['members']>;
export type VerdictItem = SubjectEligibility['items'][number];
export type VerdictOutput = VerdictItem['output'];
export type VerdictStatusCode = VerdictItem['status'];
export type Criterion = VerdictOutput['criteria'][number];
export type Bonus = VerdictOutput['bonus'];
export type VerdictOverride = NonNullable<VerdictItem['override']>;

export type BulkResult = z.output<typeof BulkCheckOut>;
export type BulkRow = BulkResult['eligible'][number];
export type BulkJob = z.output<typeof BulkJobOut>;
export type BulkRowsPage = z.output<typeof BulkRowsOut>;
export type BulkGroup = 'eligible' | 'judgementOnly' | 'oneShort';

export type Catalogue = z.output<typeof CatalogueOut>;
export type CatalogueAward = Catalogue['awards'][number];
export type CatalogueCriterion = CatalogueAward['criteria'][number];
export type Mark = CatalogueCriterion['mark'];
export type BaseSalaryRow = Catalogue['baseSalary'][number];
export type ParamInfo = Catalogue['params'][number];
export type ParamType = ParamInfo['type'];
export type RuleOverrideRow = Catalogue['overrides'][number];
export type RuleSetInfo = Catalogue['ruleSets'][number];
export type ProvinceRuleSetInfo = Catalogue['provinces'][number];
export type ProvincialSource = NonNullable<ProvinceRuleSetInfo['sources']>[number];

/** Overrides are made for people and organisations (households are not checked one by one). */
export type OverrideSubjectKind = Exclude<SubjectKind, 'household'>;
