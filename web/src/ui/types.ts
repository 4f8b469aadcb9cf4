// Shapes of the API's answers: the server's response schemas (src/features/*/schema.ts), imported
// as types only so that no server code enters the bundle. Nothing here is written by hand.
import type { z } from 'zod';
import type { Permission } from '../../../src/domain/access/permissions';
import type { AuditEntryOut } from '../../../src/features/audit/schema';
import type { MeOut } from '../../../src/features/auth/schema';
import type { HouseholdDetailOut, HouseholdOut } from '../../../src/features/households/schema';
import type { ImportJobOut, ImportListOut, ImportStatus } from '../../../src/features/imports/schema';
import type { ClusterOut, OrgDetailOut, OrgOut } from '../../../src/features/organisations/schema';
import type { PersonDetailOut, PersonOut } from '../../../src/features/people/schema';
import type { UserOut } from '../../../src/features/users/schema';

export type { ImportStatus, Permission };

export type Me = z.output<typeof MeOut>;

/** A page of a list: the server's paged answers share this shape. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export type Organisation = z.output<typeof OrgOut>;
export type OrganisationDetail = z.output<typeof OrgDetailOut>;
export type OrgLink = OrganisationDetail['predecessors'][number];
export type Cluster = z.output<typeof ClusterOut>;

export type Person = z.output<typeof PersonOut>;
export type PersonDetail = z.output<typeof PersonDetailOut>;
export type TimelineItem = PersonDetail['timeline'][number];
export type TimelineKind = TimelineItem['kind'];

export type Household = z.output<typeof HouseholdOut>;
export type HouseholdDetail = z.output<typeof HouseholdDetailOut>;

export type UserAccount = z.output<typeof UserOut>;
export type AuditEntry = z.output<typeof AuditEntryOut>;

export type ImportJob = z.output<typeof ImportJobOut>;
export type ImportKind = ImportJob['kind'];
export type ImportIssue = ImportJob['errors'][number];
export type ImportSummary = z.output<typeof ImportListOut>['items'][number];
