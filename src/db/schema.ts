// Database schema. Every business table carries tenant_id as the first column of its primary key
// and of every unique and foreign key, so a national deployment can distribute by tenant (Citus)
// and no query can join across tenants by accident. src/db/schema.db.test.ts enforces this.

import type { AwardTrack, ClusterKind, ClusterRole, DisciplineForm, Gender, InitiativeScope, OrgLinkKind, OrgType, PendingKind, PersonCategory, Rating, Role, SubjectKind } from '../domain/registry/vocab.js';
import {
  bigint,
  boolean,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const isoDate = (name: string) => date(name, { mode: 'string' });
const tenantId = () => uuid('tenant_id').notNull();
const id = () => uuid('id').notNull();

/** The deployment's top-level body (usually a province). Not a business table: it is the key. */
export const tenants = pgTable('tenants', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  /** Province whose rule set overlays the national one (e.g. 'bac_ninh'); null: national rules only. */
  provinceCode: text('province_code'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const organisations = pgTable(
  'organisations',
  {
    tenantId: tenantId(),
    id: id(),
    parentId: uuid('parent_id'),
    type: text('type').$type<OrgType>().notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    address: text('address'),
    searchKey: text('search_key').notNull(),
    sortKey: text('sort_key').notNull(),
    effectiveFrom: isoDate('effective_from').notNull(),
    effectiveTo: isoDate('effective_to'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('organisations_code_uq').on(t.tenantId, t.code),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id], name: 'organisations_tenant_fk' }),
    foreignKey({
      columns: [t.tenantId, t.parentId],
      foreignColumns: [t.tenantId, t.id],
      name: 'organisations_parent_fk',
    }),
    index('organisations_parent_idx').on(t.tenantId, t.parentId),
  ],
);

/** Predecessor → successor links (merge, split, rename): history survives the 2025 reform. */
export const orgLinks = pgTable(
  'org_links',
  {
    tenantId: tenantId(),
    id: id(),
    kind: text('kind').$type<OrgLinkKind>().notNull(),
    fromOrgId: uuid('from_org_id').notNull(),
    toOrgId: uuid('to_org_id').notNull(),
    effectiveDate: isoDate('effective_date').notNull(),
    decisionRef: text('decision_ref'),
    note: text('note'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('org_links_pair_uq').on(t.tenantId, t.fromOrgId, t.toOrgId),
    foreignKey({ columns: [t.tenantId, t.fromOrgId], foreignColumns: [organisations.tenantId, organisations.id], name: 'org_links_from_fk' }),
    foreignKey({ columns: [t.tenantId, t.toOrgId], foreignColumns: [organisations.tenantId, organisations.id], name: 'org_links_to_fk' }),
  ],
);

/** Cụm, Khối thi đua. */
export const clusters = pgTable(
  'clusters',
  {
    tenantId: tenantId(),
    id: id(),
    kind: text('kind').$type<ClusterKind>().notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    organiserOrgId: uuid('organiser_org_id').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('clusters_code_uq').on(t.tenantId, t.code),
    foreignKey({ columns: [t.tenantId, t.organiserOrgId], foreignColumns: [organisations.tenantId, organisations.id], name: 'clusters_organiser_fk' }),
  ],
);

/** Members of a cluster in a year, with the leader and deputy of that year. */
export const clusterMembers = pgTable(
  'cluster_members',
  {
    tenantId: tenantId(),
    clusterId: uuid('cluster_id').notNull(),
    year: integer('year').notNull(),
    orgId: uuid('org_id').notNull(),
    role: text('role').$type<ClusterRole>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.clusterId, t.year, t.orgId] }),
    foreignKey({ columns: [t.tenantId, t.clusterId], foreignColumns: [clusters.tenantId, clusters.id], name: 'cluster_members_cluster_fk' }),
    foreignKey({ columns: [t.tenantId, t.orgId], foreignColumns: [organisations.tenantId, organisations.id], name: 'cluster_members_org_fk' }),
  ],
);

export const people = pgTable(
  'people',
  {
    tenantId: tenantId(),
    id: id(),
    fullName: text('full_name').notNull(),
    gender: text('gender').$type<Gender>().notNull(),
    birthDate: isoDate('birth_date'),
    cccd: text('cccd'),
    position: text('position'),
    isManager: boolean('is_manager').notNull().default(false),
    category: text('category').$type<PersonCategory>().notNull(),
    phone: text('phone'),
    email: text('email'),
    /** Home organisation (the current primary membership), denormalised for scoping and listing. */
    orgId: uuid('org_id'),
    searchKey: text('search_key').notNull(),
    sortKey: text('sort_key').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('people_cccd_uq').on(t.tenantId, t.cccd),
    foreignKey({ columns: [t.tenantId, t.orgId], foreignColumns: [organisations.tenantId, organisations.id], name: 'people_org_fk' }),
    index('people_org_idx').on(t.tenantId, t.orgId),
    index('people_sort_idx').on(t.tenantId, t.sortKey),
  ],
);

export const memberships = pgTable(
  'memberships',
  {
    tenantId: tenantId(),
    id: id(),
    personId: uuid('person_id').notNull(),
    orgId: uuid('org_id').notNull(),
    fromDate: isoDate('from_date').notNull(),
    toDate: isoDate('to_date'),
    position: text('position'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.personId], foreignColumns: [people.tenantId, people.id], name: 'memberships_person_fk' }),
    foreignKey({ columns: [t.tenantId, t.orgId], foreignColumns: [organisations.tenantId, organisations.id], name: 'memberships_org_fk' }),
    index('memberships_person_idx').on(t.tenantId, t.personId),
    index('memberships_org_idx').on(t.tenantId, t.orgId),
  ],
);

export const households = pgTable(
  'households',
  {
    tenantId: tenantId(),
    id: id(),
    headPersonId: uuid('head_person_id'),
    headName: text('head_name').notNull(),
    address: text('address').notNull(),
    villageOrgId: uuid('village_org_id').notNull(),
    memberCount: integer('member_count').notNull().default(1),
    searchKey: text('search_key').notNull(),
    sortKey: text('sort_key').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.headPersonId], foreignColumns: [people.tenantId, people.id], name: 'households_head_fk' }),
    foreignKey({ columns: [t.tenantId, t.villageOrgId], foreignColumns: [organisations.tenantId, organisations.id], name: 'households_village_fk' }),
    index('households_village_idx').on(t.tenantId, t.villageOrgId),
  ],
);

/**
 * History of awards as rows (practice 10): a new title is a catalogue entry, not a migration.
 * Exactly one of person_id, org_id, household_id is set, according to subject_kind.
 */
export const awardRecords = pgTable(
  'award_records',
  {
    tenantId: tenantId(),
    id: id(),
    subjectKind: text('subject_kind').$type<SubjectKind>().notNull(),
    personId: uuid('person_id'),
    orgId: uuid('org_id'),
    householdId: uuid('household_id'),
    awardCode: text('award_code').notNull(),
    period: text('period').notNull(),
    track: text('track').$type<AwardTrack>().notNull().default('cong_trang'),
    decisionNo: text('decision_no'),
    decisionDate: isoDate('decision_date'),
    issuer: text('issuer'),
    note: text('note'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.personId], foreignColumns: [people.tenantId, people.id], name: 'award_records_person_fk' }),
    foreignKey({ columns: [t.tenantId, t.orgId], foreignColumns: [organisations.tenantId, organisations.id], name: 'award_records_org_fk' }),
    foreignKey({ columns: [t.tenantId, t.householdId], foreignColumns: [households.tenantId, households.id], name: 'award_records_household_fk' }),
    index('award_records_person_idx').on(t.tenantId, t.personId),
    index('award_records_org_idx').on(t.tenantId, t.orgId),
    index('award_records_household_idx').on(t.tenantId, t.householdId),
  ],
);

/** Yearly task-completion ratings (HTXSNV, HTTNV, HTNV, KHTNV) of a person or a collective. */
export const ratings = pgTable(
  'ratings',
  {
    tenantId: tenantId(),
    id: id(),
    subjectKind: text('subject_kind').$type<SubjectKind>().notNull(),
    personId: uuid('person_id'),
    orgId: uuid('org_id'),
    period: text('period').notNull(),
    rating: text('rating').$type<Rating>().notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.personId], foreignColumns: [people.tenantId, people.id], name: 'ratings_person_fk' }),
    foreignKey({ columns: [t.tenantId, t.orgId], foreignColumns: [organisations.tenantId, organisations.id], name: 'ratings_org_fk' }),
    index('ratings_person_idx').on(t.tenantId, t.personId),
    index('ratings_org_idx').on(t.tenantId, t.orgId),
  ],
);

export const initiatives = pgTable(
  'initiatives',
  {
    tenantId: tenantId(),
    id: id(),
    personId: uuid('person_id').notNull(),
    title: text('title').notNull(),
    recognizedOn: isoDate('recognized_on').notNull(),
    scope: text('scope').$type<InitiativeScope>().notNull(),
    decisionNo: text('decision_no'),
    usedForAwardCode: text('used_for_award_code'),
    usedForPeriod: text('used_for_period'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.personId], foreignColumns: [people.tenantId, people.id], name: 'initiatives_person_fk' }),
    index('initiatives_person_idx').on(t.tenantId, t.personId),
  ],
);

export const disciplines = pgTable(
  'disciplines',
  {
    tenantId: tenantId(),
    id: id(),
    personId: uuid('person_id').notNull(),
    form: text('form').$type<DisciplineForm>().notNull(),
    fromDate: isoDate('from_date').notNull(),
    toDate: isoDate('to_date').notNull(),
    decisionNo: text('decision_no'),
    reason: text('reason'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.personId], foreignColumns: [people.tenantId, people.id], name: 'disciplines_person_fk' }),
    index('disciplines_person_idx').on(t.tenantId, t.personId),
  ],
);

/** Open complaints, inspections, investigations: they withhold any award while open. */
export const pendingMatters = pgTable(
  'pending_matters',
  {
    tenantId: tenantId(),
    id: id(),
    subjectKind: text('subject_kind').$type<SubjectKind>().notNull(),
    personId: uuid('person_id'),
    orgId: uuid('org_id'),
    householdId: uuid('household_id'),
    kind: text('kind').$type<PendingKind>().notNull(),
    since: isoDate('since').notNull(),
    resolvedOn: isoDate('resolved_on'),
    note: text('note'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.personId], foreignColumns: [people.tenantId, people.id], name: 'pending_person_fk' }),
    foreignKey({ columns: [t.tenantId, t.orgId], foreignColumns: [organisations.tenantId, organisations.id], name: 'pending_org_fk' }),
    foreignKey({ columns: [t.tenantId, t.householdId], foreignColumns: [households.tenantId, households.id], name: 'pending_household_fk' }),
  ],
);

export const users = pgTable(
  'users',
  {
    tenantId: tenantId(),
    id: id(),
    username: text('username').notNull(),
    fullName: text('full_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    personId: uuid('person_id'),
    active: boolean('active').notNull().default(true),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('users_username_uq').on(t.tenantId, t.username),
    foreignKey({ columns: [t.tenantId, t.personId], foreignColumns: [people.tenantId, people.id], name: 'users_person_fk' }),
  ],
);

/** A role granted on an organisation subtree. */
export const roleGrants = pgTable(
  'role_grants',
  {
    tenantId: tenantId(),
    userId: uuid('user_id').notNull(),
    role: text('role').$type<Role>().notNull(),
    orgId: uuid('org_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.userId, t.role, t.orgId] }),
    foreignKey({ columns: [t.tenantId, t.userId], foreignColumns: [users.tenantId, users.id], name: 'role_grants_user_fk' }),
    foreignKey({ columns: [t.tenantId, t.orgId], foreignColumns: [organisations.tenantId, organisations.id], name: 'role_grants_org_fk' }),
  ],
);

/** Server-side sessions; the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    tenantId: tenantId(),
    tokenHash: text('token_hash').notNull(),
    userId: uuid('user_id').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
    lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.tokenHash] }),
    foreignKey({ columns: [t.tenantId, t.userId], foreignColumns: [users.tenantId, users.id], name: 'sessions_user_fk' }),
  ],
);

/** Failed sign-ins, counted for throttling (per username and per address). */
export const loginFailures = pgTable(
  'login_failures',
  {
    tenantId: tenantId(),
    id: id(),
    username: text('username').notNull(),
    ip: text('ip').notNull(),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('login_failures_user_idx').on(t.tenantId, t.username, t.at),
  ],
);

/**
 * Append-only, hash-chained audit log. Rows are numbered per tenant (seq) and each row's hash
 * covers the previous row's hash, so any edit or deletion breaks the chain. Triggers in the
 * migration refuse UPDATE and DELETE.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    tenantId: tenantId(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    at: ts('at').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    orgId: uuid('org_id'),
    summary: text('summary').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    reason: text('reason'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    /** Diacritic-free lower-case copies for searching; derived, so outside the hash. */
    summaryKey: text('summary_key').notNull().default(''),
    actorKey: text('actor_key').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.seq] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id], name: 'audit_log_tenant_fk' }),
    index('audit_log_entity_idx').on(t.tenantId, t.entityType, t.entityId),
    index('audit_log_at_idx').on(t.tenantId, t.at),
  ],
);

/** Long-running jobs (imports): progress a user can leave and come back to. */
export const jobs = pgTable(
  'jobs',
  {
    tenantId: tenantId(),
    id: id(),
    kind: text('kind').notNull(),
    status: text('status').notNull(),
    fileName: text('file_name'),
    total: integer('total').notNull().default(0),
    processed: integer('processed').notNull().default(0),
    result: jsonb('result'),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    finishedAt: ts('finished_at'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.createdBy], foreignColumns: [users.tenantId, users.id], name: 'jobs_user_fk' }),
  ],
);


/** The head of each tenant's audit chain; writers lock this row to append in order. */
export const auditHeads = pgTable(
  'audit_heads',
  {
    tenantId: tenantId(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id], name: 'audit_heads_tenant_fk' }),
  ],
);

/** API tokens for other systems (a province's portal, an auditor's script); act as their user. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    tenantId: tenantId(),
    id: id(),
    userId: uuid('user_id').notNull(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    lastUsedAt: ts('last_used_at'),
    revokedAt: ts('revoked_at'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('api_tokens_hash_uq').on(t.tenantId, t.tokenHash),
    foreignKey({ columns: [t.tenantId, t.userId], foreignColumns: [users.tenantId, users.id], name: 'api_tokens_user_fk' }),
  ],
);

/**
 * An administrator's change to a rule parameter (multiplier, threshold, base salary…), in force
 * from a date. Rows are never edited: a later row for the same key supersedes an earlier one.
 */
export const ruleOverrides = pgTable(
  'rule_overrides',
  {
    tenantId: tenantId(),
    id: id(),
    key: text('key').notNull(),
    value: jsonb('value').notNull(),
    effectiveFrom: isoDate('effective_from').notNull(),
    effectiveTo: isoDate('effective_to'),
    citation: text('citation'),
    note: text('note'),
    /** Why the administrator made the change (also in the audit log). */
    reason: text('reason').notNull().default(''),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.createdBy], foreignColumns: [users.tenantId, users.id], name: 'rule_overrides_user_fk' }),
    index('rule_overrides_key_idx').on(t.tenantId, t.key),
  ],
);

/** An officer's written decision to set aside the engine's verdict for one subject, award and period. */
export const verdictOverrides = pgTable(
  'verdict_overrides',
  {
    tenantId: tenantId(),
    id: id(),
    subjectKind: text('subject_kind').$type<SubjectKind>().notNull(),
    personId: uuid('person_id'),
    orgId: uuid('org_id'),
    householdId: uuid('household_id'),
    awardCode: text('award_code').notNull(),
    period: text('period').notNull(),
    eligible: boolean('eligible').notNull(),
    reason: text('reason').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.personId], foreignColumns: [people.tenantId, people.id], name: 'verdict_overrides_person_fk' }),
    foreignKey({ columns: [t.tenantId, t.orgId], foreignColumns: [organisations.tenantId, organisations.id], name: 'verdict_overrides_org_fk' }),
    foreignKey({ columns: [t.tenantId, t.householdId], foreignColumns: [households.tenantId, households.id], name: 'verdict_overrides_household_fk' }),
    foreignKey({ columns: [t.tenantId, t.createdBy], foreignColumns: [users.tenantId, users.id], name: 'verdict_overrides_user_fk' }),
    index('verdict_overrides_subject_idx').on(t.tenantId, t.awardCode, t.period),
  ],
);
