// Shapes of the API's answers, as the web app reads them (see src/features/*/routes.ts).
import type {
  ClusterKind,
  ClusterRole,
  EducationLevel,
  Gender,
  OrgLinkKind,
  OrgType,
  PersonCategory,
  Role,
} from '../../../src/domain/registry/vocab';

import type { Permission } from '../../../src/domain/access/permissions';

export type { Permission };

export interface Me {
  userId: string;
  username: string;
  fullName: string;
  tenant: { id: string; code: string; name: string };
  grants: { role: Role; orgId: string; orgName: string }[];
  permissions: Permission[];
  csrfToken: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface Organisation {
  id: string;
  parentId: string | null;
  type: OrgType;
  code: string;
  name: string;
  shortName: string | null;
  address: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
}

export interface OrgLink {
  kind: OrgLinkKind;
  kindLabel: string;
  org: Organisation | null;
  effectiveDate: string;
  decisionRef: string | null;
  note: string | null;
}

export interface OrganisationDetail extends Organisation {
  parent: Organisation | null;
  predecessors: OrgLink[];
  successors: OrgLink[];
  clusters: { year: number; role: ClusterRole; clusterId: string; clusterName: string }[];
}

export interface Cluster {
  id: string;
  kind: ClusterKind;
  code: string;
  name: string;
  organiserOrgId: string;
  members: { year: number; role: ClusterRole; orgId: string; orgName: string }[];
}

export interface Person {
  id: string;
  fullName: string;
  gender: Gender;
  birthDate: string | null;
  cccd: string | null;
  position: string | null;
  isManager: boolean;
  category: PersonCategory;
  hometown: string | null;
  educationLevel: EducationLevel | null;
  phone: string | null;
  email: string | null;
  orgId: string | null;
  orgName: string | null;
}

export type TimelineKind = 'award' | 'rating' | 'initiative' | 'discipline' | 'pending' | 'membership';

export interface TimelineItem {
  kind: TimelineKind;
  date: string;
  period: string | null;
  title: string;
  detail: string;
  id: string;
}

export interface PersonDetail {
  person: Person;
  memberships: {
    id: string;
    orgId: string;
    orgName: string;
    fromDate: string;
    toDate: string | null;
    position: string | null;
  }[];
  households: { id: string; address: string }[];
  timeline: TimelineItem[];
}

export interface Household {
  id: string;
  headName: string;
  headPersonId: string | null;
  address: string;
  villageOrgId: string;
  villageName: string | null;
  memberCount: number;
}

export interface HouseholdDetail extends Household {
  awards: {
    id: string;
    awardCode: string;
    awardName: string;
    period: string;
    decisionNo: string | null;
    decisionDate: string | null;
    issuer: string | null;
  }[];
}

export interface UserAccount {
  id: string;
  username: string;
  fullName: string;
  active: boolean;
  personId: string | null;
  grants: { role: Role; orgId: string; orgName: string }[];
  lastSignInAt: string | null;
  /** Sign-in attempts counted since the last success (all addresses); > 0 means someone mistyped or guessed. */
  signInFailures: number;
  /** Until when some address must wait before trying again; null when none is blocked now. */
  signInBlockedUntil: string | null;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  summary: string;
  before: unknown;
  after: unknown;
  reason: string | null;
  hash: string;
}

export type ImportKind = 'organisations' | 'people' | 'households' | 'awards' | 'ratings';
export type ImportStatus = 'validating' | 'rejected' | 'validated' | 'committing' | 'committed' | 'failed';

export interface ImportIssue {
  row: number;
  column: string;
  header: string;
  message: string;
}

export interface ImportJob {
  id: string;
  kind: ImportKind;
  status: ImportStatus;
  fileName: string;
  processed: number;
  total: number;
  errors: ImportIssue[];
  fatal: string | null;
  /** Why the last write failed (nothing was written); the job can be written again. */
  commitError: string | null;
  /** A rejected file whose rows were read: its validation report can be downloaded as Excel. */
  hasReport: boolean;
  valid: number;
  created: number | null;
  preview: Record<string, unknown>[];
  createdAt: string;
  finishedAt: string | null;
}

export interface ImportSummary {
  id: string;
  kind: ImportKind;
  status: ImportStatus;
  fileName: string;
  total: number;
  createdAt: string;
}
