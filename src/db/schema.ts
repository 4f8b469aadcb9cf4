// Database schema. Every business table carries tenant_id as the first column of its primary key
// and of every unique and foreign key, so a national deployment can distribute by tenant (Citus)
// and no query can join across tenants by accident. src/db/schema.db.test.ts enforces this.

import type {
  AwardTrack,
  ClusterKind,
  ClusterRole,
  DisciplineForm,
  EducationLevel,
  Gender,
  InitiativeScope,
  OrgLinkKind,
  OrgType,
  PendingKind,
  PersonCategory,
  Rating,
  Role,
  SubjectKind,
} from '../domain/registry/vocab.js';
import type {
  BallotChoice,
  CouncilRole,
  DecisionStatus,
  FeedbackKind,
  FeedbackStatus,
  MeetingStatus,
  NomineeStatus,
  ProposalStatus,
  RoundKind,
  RoundStatus,
} from '../domain/rounds/vocab.js';
import type {
  Complexity,
  PetitionChannel,
  PetitionKind,
  PetitionStatus,
  RejectReason,
} from '../domain/petitions/rules.js';
import { sql } from 'drizzle-orm';
import {
  customType,
  uniqueIndex,
  bigint,
  boolean,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const isoDate = (name: string) => date(name, { mode: 'string' });
const tenantId = () => uuid('tenant_id').notNull();
const id = () => uuid('id').notNull();
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

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
    /**
     * When this body is an organisation doing emulation and commendation work, its kind in
     * biểu 0604.N/BNV-TĐKT (TT 02/2023/TT-BNV): 'vu' | 'phong_thuoc_vu' | 'ban_so_noi_vu' | 'phong_so_noi_vu'.
     */
    tdktOffice: text('tdkt_office'),
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
    index('organisations_search_trgm_idx').using('gin', t.searchKey.op('gin_trgm_ops')),
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
    foreignKey({
      columns: [t.tenantId, t.fromOrgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'org_links_from_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.toOrgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'org_links_to_fk',
    }),
    index('org_links_to_idx').on(t.tenantId, t.toOrgId),
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
    foreignKey({
      columns: [t.tenantId, t.organiserOrgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'clusters_organiser_fk',
    }),
    index('clusters_organiser_idx').on(t.tenantId, t.organiserOrgId),
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
    foreignKey({
      columns: [t.tenantId, t.clusterId],
      foreignColumns: [clusters.tenantId, clusters.id],
      name: 'cluster_members_cluster_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'cluster_members_org_fk',
    }),
    index('cluster_members_org_idx').on(t.tenantId, t.orgId),
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
    /** Highest training level (biểu 0605.N/BNV-TĐKT rows 08–12): so_cap | trung_cap | cao_dang | dai_hoc | tren_dai_hoc. */
    educationLevel: text('education_level').$type<EducationLevel>(),
    /** Quê quán, as the person's records write it (printed in the achievement report). */
    hometown: text('hometown'),
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
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'people_org_fk',
    }),
    index('people_org_idx').on(t.tenantId, t.orgId),
    // The list orders by the sort key in byte order (COLLATE "C", then id): the index must match to serve a page without sorting.
    index('people_sort_idx').on(t.tenantId, sql`sort_key COLLATE "C"`, t.id),
    // Diacritic-insensitive search (LIKE '%word%' on search_key) through trigrams.
    index('people_search_trgm_idx').using('gin', t.searchKey.op('gin_trgm_ops')),
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
    /** The post is emulation and commendation work (biểu 0605.N/BNV-TĐKT counts these people and their years in it). */
    tdktWork: boolean('tdkt_work').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.personId],
      foreignColumns: [people.tenantId, people.id],
      name: 'memberships_person_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'memberships_org_fk',
    }),
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
    foreignKey({
      columns: [t.tenantId, t.headPersonId],
      foreignColumns: [people.tenantId, people.id],
      name: 'households_head_fk',
    }),
    index('households_head_idx').on(t.tenantId, t.headPersonId),
    foreignKey({
      columns: [t.tenantId, t.villageOrgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'households_village_fk',
    }),
    index('households_village_idx').on(t.tenantId, t.villageOrgId),
    index('households_sort_idx').on(t.tenantId, sql`sort_key COLLATE "C"`, t.id),
    index('households_search_trgm_idx').using('gin', t.searchKey.op('gin_trgm_ops')),
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
    /** The decision (in this system) that created the record; null for imported history. */
    decisionId: uuid('decision_id'),
    /** Revocation (Law Art. 93): the record stays, marked, and no longer counts. */
    revokedOn: isoDate('revoked_on'),
    revokeReason: text('revoke_reason'),
    /**
     * The subject as it was when the award was recorded (issue 11): an individual's category and
     * manager flag, and the unit the subject belonged to (an individual's home organisation, a
     * collective itself, a household's village). Filled by the trigger award_records_snapshot
     * (drizzle/0016) when the insert leaves them empty, so a later promotion or move does not
     * rewrite the statistics of past years.
     */
    subjectCategory: text('subject_category').$type<PersonCategory>(),
    subjectIsManager: boolean('subject_is_manager'),
    subjectOrgId: uuid('subject_org_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.subjectOrgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'award_records_subject_org_fk',
    }),
    index('award_records_subject_org_idx').on(t.tenantId, t.subjectOrgId, t.decisionDate),
    foreignKey({
      columns: [t.tenantId, t.personId],
      foreignColumns: [people.tenantId, people.id],
      name: 'award_records_person_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'award_records_org_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.householdId],
      foreignColumns: [households.tenantId, households.id],
      name: 'award_records_household_fk',
    }),
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
    foreignKey({
      columns: [t.tenantId, t.personId],
      foreignColumns: [people.tenantId, people.id],
      name: 'ratings_person_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'ratings_org_fk',
    }),
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
    foreignKey({
      columns: [t.tenantId, t.personId],
      foreignColumns: [people.tenantId, people.id],
      name: 'initiatives_person_fk',
    }),
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
    foreignKey({
      columns: [t.tenantId, t.personId],
      foreignColumns: [people.tenantId, people.id],
      name: 'disciplines_person_fk',
    }),
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
    foreignKey({
      columns: [t.tenantId, t.personId],
      foreignColumns: [people.tenantId, people.id],
      name: 'pending_person_fk',
    }),
    index('pending_person_idx').on(t.tenantId, t.personId),
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'pending_org_fk',
    }),
    index('pending_org_idx').on(t.tenantId, t.orgId),
    foreignKey({
      columns: [t.tenantId, t.householdId],
      foreignColumns: [households.tenantId, households.id],
      name: 'pending_household_fk',
    }),
    index('pending_household_idx').on(t.tenantId, t.householdId),
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
    /** The last successful sign-in: its address is the user's usual one (exempt from the per-address limit). */
    lastSignInAt: ts('last_sign_in_at'),
    lastSignInIp: text('last_sign_in_ip'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('users_username_uq').on(t.tenantId, t.username),
    foreignKey({
      columns: [t.tenantId, t.personId],
      foreignColumns: [people.tenantId, people.id],
      name: 'users_person_fk',
    }),
    index('users_person_idx').on(t.tenantId, t.personId),
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
    foreignKey({
      columns: [t.tenantId, t.userId],
      foreignColumns: [users.tenantId, users.id],
      name: 'role_grants_user_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'role_grants_org_fk',
    }),
    index('role_grants_org_idx').on(t.tenantId, t.orgId),
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
    foreignKey({
      columns: [t.tenantId, t.userId],
      foreignColumns: [users.tenantId, users.id],
      name: 'sessions_user_fk',
    }),
    index('sessions_user_idx').on(t.tenantId, t.userId),
  ],
);

/**
 * Sign-in back-off (src/features/auth/throttle.ts): one row per (typed username, client address)
 * with scope 'user', and one per client address with scope 'address' (username ''). `failures`
 * counts attempts since the last success, each counted before its password is tried, so parallel
 * guesses cannot race past the limit; `blocked_until` is when the next attempt may be tried.
 */
export const loginThrottle = pgTable(
  'login_throttle',
  {
    tenantId: tenantId(),
    scope: text('scope').notNull().$type<'user' | 'address'>(),
    username: text('username').notNull(),
    ip: text('ip').notNull(),
    failures: integer('failures').notNull(),
    blockedUntil: ts('blocked_until'),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.scope, t.username, t.ip] })],
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
    /**
     * How `hash` was computed: 1 = unkeyed SHA-256 (rows written before the key existed, protected
     * from then on by the signed anchor of their last row), 2 = HMAC-SHA256 under the audit key.
     */
    chainVersion: smallint('chain_version').notNull().default(1),
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
    /** Small: status messages, counts and the first rows, read by every poll of the job's page. */
    result: jsonb('result'),
    /** Large: an import's validated rows, or a rejected file's rows as read; read only to write or report. */
    payload: jsonb('payload'),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    finishedAt: ts('finished_at'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.createdBy],
      foreignColumns: [users.tenantId, users.id],
      name: 'jobs_user_fk',
    }),
    index('jobs_user_idx').on(t.tenantId, t.createdBy),
    // A user's own imports, newest first.
    index('jobs_user_created_idx').on(t.tenantId, t.createdBy, t.createdAt),
  ],
);

/**
 * The rows a bulk eligibility check (a job of kind 'eligibility_bulk') found: the eligible, the
 * ones resting on the council, the ones one criterion short, in the order of the list. Written in
 * chunks as the job goes, read a page at a time; the officer's overrides are joined when read.
 */
export const eligibilityBulkRows = pgTable(
  'eligibility_bulk_rows',
  {
    tenantId: tenantId(),
    jobId: uuid('job_id').notNull(),
    /** eligible | judgementOnly | oneShort */
    grp: text('grp').notNull(),
    seq: integer('seq').notNull(),
    personId: uuid('person_id').notNull(),
    /** The row as the screen shows it (name, unit, status, failed criteria, amount). */
    data: jsonb('data').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.jobId, t.grp, t.seq] }),
    foreignKey({
      columns: [t.tenantId, t.jobId],
      foreignColumns: [jobs.tenantId, jobs.id],
      name: 'eligibility_bulk_rows_job_fk',
    }),
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
    foreignKey({
      columns: [t.tenantId, t.userId],
      foreignColumns: [users.tenantId, users.id],
      name: 'api_tokens_user_fk',
    }),
    index('api_tokens_user_idx').on(t.tenantId, t.userId),
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
    foreignKey({
      columns: [t.tenantId, t.createdBy],
      foreignColumns: [users.tenantId, users.id],
      name: 'rule_overrides_user_fk',
    }),
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
    foreignKey({
      columns: [t.tenantId, t.personId],
      foreignColumns: [people.tenantId, people.id],
      name: 'verdict_overrides_person_fk',
    }),
    index('verdict_overrides_person_idx').on(t.tenantId, t.personId),
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'verdict_overrides_org_fk',
    }),
    index('verdict_overrides_org_idx').on(t.tenantId, t.orgId),
    foreignKey({
      columns: [t.tenantId, t.householdId],
      foreignColumns: [households.tenantId, households.id],
      name: 'verdict_overrides_household_fk',
    }),
    index('verdict_overrides_household_idx').on(t.tenantId, t.householdId),
    foreignKey({
      columns: [t.tenantId, t.createdBy],
      foreignColumns: [users.tenantId, users.id],
      name: 'verdict_overrides_user_fk',
    }),
    index('verdict_overrides_subject_idx').on(t.tenantId, t.awardCode, t.period),
  ],
);

// ─── Commendation rounds (đợt xét khen thưởng): proposals, appraisal, council, notice, decisions ───

/** A round the standing office opens: which awards, which organisations, until when. */
export const rounds = pgTable(
  'rounds',
  {
    tenantId: tenantId(),
    id: id(),
    /** Office that runs the round (the commune/ward or agency whose council decides). */
    orgId: uuid('org_id').notNull(),
    name: text('name').notNull(),
    kind: text('kind').$type<RoundKind>().notNull(),
    /** '2026' (calendar) or '2025-2026' (school year); ad hoc rounds use the year of the event. */
    period: text('period').notNull(),
    awardCodes: text('award_codes').array().notNull(),
    opensOn: isoDate('opens_on').notNull(),
    submitBy: isoDate('submit_by').notNull(),
    /** Planned date of the decision: picks the rule set and the base salary for verdicts. */
    decisionBy: isoDate('decision_by').notNull(),
    status: text('status').$type<RoundStatus>().notNull(),
    note: text('note'),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'rounds_org_fk',
    }),
    index('rounds_org_idx').on(t.tenantId, t.orgId),
    // The rounds list, newest first (issue 15).
    index('rounds_created_idx').on(t.tenantId, t.createdAt),
    foreignKey({
      columns: [t.tenantId, t.createdBy],
      foreignColumns: [users.tenantId, users.id],
      name: 'rounds_user_fk',
    }),
  ],
);

/** Organisations invited to propose in a round. */
export const roundInvitations = pgTable(
  'round_invitations',
  {
    tenantId: tenantId(),
    roundId: uuid('round_id').notNull(),
    orgId: uuid('org_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.roundId, t.orgId] }),
    foreignKey({
      columns: [t.tenantId, t.roundId],
      foreignColumns: [rounds.tenantId, rounds.id],
      name: 'round_invitations_round_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'round_invitations_org_fk',
    }),
    index('round_invitations_org_idx').on(t.tenantId, t.orgId),
  ],
);

/** A unit's dossier (hồ sơ đề nghị) in a round. Frozen once submitted, until returned. */
export const proposals = pgTable(
  'proposals',
  {
    tenantId: tenantId(),
    id: id(),
    roundId: uuid('round_id').notNull(),
    orgId: uuid('org_id').notNull(),
    status: text('status').$type<ProposalStatus>().notNull(),
    /** The unit's covering letter text (lý do, tóm tắt). */
    summary: text('summary').notNull().default(''),
    submittedAt: ts('submitted_at'),
    submittedBy: uuid('submitted_by'),
    /** Date the dossier became complete: the statutory appraisal time counts from here. */
    completeOn: isoDate('complete_on'),
    returnReason: text('return_reason'),
    /** How many times it was submitted (1 on first submission). */
    submissions: integer('submissions').notNull().default(0),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('proposals_round_org_uq').on(t.tenantId, t.roundId, t.orgId),
    foreignKey({
      columns: [t.tenantId, t.roundId],
      foreignColumns: [rounds.tenantId, rounds.id],
      name: 'proposals_round_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'proposals_org_fk',
    }),
    index('proposals_org_idx').on(t.tenantId, t.orgId),
    foreignKey({
      columns: [t.tenantId, t.createdBy],
      foreignColumns: [users.tenantId, users.id],
      name: 'proposals_user_fk',
    }),
  ],
);

/**
 * One nominee of a proposal: a person, collective or household for one award. History is read
 * from the registry, never retyped; the engine's verdict at submission is kept as it was shown.
 */
export const nominees = pgTable(
  'nominees',
  {
    tenantId: tenantId(),
    id: id(),
    proposalId: uuid('proposal_id').notNull(),
    roundId: uuid('round_id').notNull(),
    subjectKind: text('subject_kind').$type<SubjectKind>().notNull(),
    personId: uuid('person_id'),
    orgId: uuid('org_id'),
    householdId: uuid('household_id'),
    /** 'person:<id>' | 'org:<id>' | 'household:<id>': one key for duplicate checks. */
    subjectKey: text('subject_key').notNull(),
    /** Name, position and unit as printed (a snapshot taken from the registry). */
    displayName: text('display_name').notNull(),
    sortKey: text('sort_key').notNull(),
    positionText: text('position_text'),
    awardCode: text('award_code').notNull(),
    period: text('period').notNull(),
    track: text('track').$type<AwardTrack>().notNull().default('cong_trang'),
    /** Achievement report (báo cáo thành tích), plain text with paragraphs. */
    achievement: text('achievement').notNull().default(''),
    verdict: jsonb('verdict'),
    verdictEligible: boolean('verdict_eligible'),
    status: text('status').$type<NomineeStatus>().notNull(),
    /** Written reason for a return or a rejection by the office. */
    officeReason: text('office_reason'),
    /** Written reason when the office accepts against the engine's verdict. */
    overrideReason: text('override_reason'),
    /** Set while the nominee holds the (subject, award, period) slot: no duplicate may be active. */
    active: boolean('active').notNull().default(false),
    amount: bigint('amount', { mode: 'number' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.proposalId],
      foreignColumns: [proposals.tenantId, proposals.id],
      name: 'nominees_proposal_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.roundId],
      foreignColumns: [rounds.tenantId, rounds.id],
      name: 'nominees_round_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.personId],
      foreignColumns: [people.tenantId, people.id],
      name: 'nominees_person_fk',
    }),
    index('nominees_person_idx').on(t.tenantId, t.personId),
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'nominees_org_fk',
    }),
    index('nominees_org_idx').on(t.tenantId, t.orgId),
    foreignKey({
      columns: [t.tenantId, t.householdId],
      foreignColumns: [households.tenantId, households.id],
      name: 'nominees_household_fk',
    }),
    index('nominees_household_idx').on(t.tenantId, t.householdId),
    index('nominees_proposal_idx').on(t.tenantId, t.proposalId),
    index('nominees_round_idx').on(t.tenantId, t.roundId),
    uniqueIndex('nominees_active_slot_uq').on(t.tenantId, t.subjectKey, t.awardCode, t.period).where(sql`active`),
    index('nominees_slot_idx').on(t.tenantId, t.subjectKey, t.awardCode, t.period),
  ],
);

/** Evidence files of a proposal or a nominee, stored in the database with their checksum. */
export const files = pgTable(
  'files',
  {
    tenantId: tenantId(),
    id: id(),
    ownerType: text('owner_type').notNull(),
    ownerId: uuid('owner_id').notNull(),
    fileName: text('file_name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.uploadedBy],
      foreignColumns: [users.tenantId, users.id],
      name: 'files_user_fk',
    }),
    index('files_owner_idx').on(t.tenantId, t.ownerType, t.ownerId),
  ],
);

/** A council (Hội đồng TĐKT) for a term: the body it advises and its members. */
export const councils = pgTable(
  'councils',
  {
    tenantId: tenantId(),
    id: id(),
    orgId: uuid('org_id').notNull(),
    name: text('name').notNull(),
    termFrom: isoDate('term_from').notNull(),
    termTo: isoDate('term_to'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'councils_org_fk',
    }),
    index('councils_org_idx').on(t.tenantId, t.orgId),
  ],
);

export const councilMembers = pgTable(
  'council_members',
  {
    tenantId: tenantId(),
    councilId: uuid('council_id').notNull(),
    userId: uuid('user_id').notNull(),
    role: text('role').$type<CouncilRole>().notNull(),
    /** Name and position as printed in the minutes. */
    fullName: text('full_name').notNull(),
    position: text('position').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.councilId, t.userId] }),
    foreignKey({
      columns: [t.tenantId, t.councilId],
      foreignColumns: [councils.tenantId, councils.id],
      name: 'council_members_council_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.userId],
      foreignColumns: [users.tenantId, users.id],
      name: 'council_members_user_fk',
    }),
    index('council_members_user_idx').on(t.tenantId, t.userId),
  ],
);

/** A council meeting that votes on a round's appraised nominees. */
export const meetings = pgTable(
  'meetings',
  {
    tenantId: tenantId(),
    id: id(),
    roundId: uuid('round_id').notNull(),
    councilId: uuid('council_id').notNull(),
    heldOn: isoDate('held_on').notNull(),
    /** Start time 'HH:MM' (Vietnam time) on `heldOn`: voting cannot open before it. */
    startsAt: text('starts_at'),
    place: text('place').notNull(),
    status: text('status').$type<MeetingStatus>().notNull(),
    /** Members of the council when voting opened (thresholds count all members). */
    memberCount: integer('member_count').notNull().default(0),
    presentCount: integer('present_count').notNull().default(0),
    openedAt: ts('opened_at'),
    closedAt: ts('closed_at'),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.roundId],
      foreignColumns: [rounds.tenantId, rounds.id],
      name: 'meetings_round_fk',
    }),
    index('meetings_round_idx').on(t.tenantId, t.roundId),
    foreignKey({
      columns: [t.tenantId, t.councilId],
      foreignColumns: [councils.tenantId, councils.id],
      name: 'meetings_council_fk',
    }),
    index('meetings_council_idx').on(t.tenantId, t.councilId),
  ],
);

/** Who attended (recorded by the secretary when voting opens). */
export const meetingAttendance = pgTable(
  'meeting_attendance',
  {
    tenantId: tenantId(),
    meetingId: uuid('meeting_id').notNull(),
    userId: uuid('user_id').notNull(),
    present: boolean('present').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.meetingId, t.userId] }),
    foreignKey({
      columns: [t.tenantId, t.meetingId],
      foreignColumns: [meetings.tenantId, meetings.id],
      name: 'meeting_attendance_meeting_fk',
    }),
  ],
);

/** One agenda item: a nominee, the threshold it needs (snapshot of the dated rule), the tally. */
export const meetingItems = pgTable(
  'meeting_items',
  {
    tenantId: tenantId(),
    meetingId: uuid('meeting_id').notNull(),
    nomineeId: uuid('nominee_id').notNull(),
    ordinal: integer('ordinal').notNull(),
    threshold: jsonb('threshold').notNull(),
    yes: integer('yes'),
    no: integer('no'),
    abstain: integer('abstain'),
    passed: boolean('passed'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.meetingId, t.nomineeId] }),
    foreignKey({
      columns: [t.tenantId, t.meetingId],
      foreignColumns: [meetings.tenantId, meetings.id],
      name: 'meeting_items_meeting_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.nomineeId],
      foreignColumns: [nominees.tenantId, nominees.id],
      name: 'meeting_items_nominee_fk',
    }),
    index('meeting_items_nominee_idx').on(t.tenantId, t.nomineeId),
  ],
);

/** A member stepping aside from one item for a conflict of interest. */
export const recusals = pgTable(
  'recusals',
  {
    tenantId: tenantId(),
    meetingId: uuid('meeting_id').notNull(),
    nomineeId: uuid('nominee_id').notNull(),
    userId: uuid('user_id').notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.meetingId, t.nomineeId, t.userId] }),
    foreignKey({
      columns: [t.tenantId, t.meetingId],
      foreignColumns: [meetings.tenantId, meetings.id],
      name: 'recusals_meeting_fk',
    }),
  ],
);

/**
 * That a member has cast their ballot paper in a meeting: no time, no choice, nothing that
 * orders or links it to the ballots below.
 */
export const ballotParticipation = pgTable(
  'ballot_participation',
  {
    tenantId: tenantId(),
    meetingId: uuid('meeting_id').notNull(),
    userId: uuid('user_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.meetingId, t.userId] }),
    foreignKey({
      columns: [t.tenantId, t.meetingId],
      foreignColumns: [meetings.tenantId, meetings.id],
      name: 'ballot_participation_meeting_fk',
    }),
  ],
);

/**
 * The ballot box: one row per choice, with a random id, no voter, no time. `receipt_hash` is the
 * SHA-256 of a code shown once to the voter, who alone can look the choice up. The box of a
 * meeting is rewritten in random order on every cast, so row order reveals nothing either.
 */
export const ballots = pgTable(
  'ballots',
  {
    tenantId: tenantId(),
    id: id(),
    meetingId: uuid('meeting_id').notNull(),
    nomineeId: uuid('nominee_id').notNull(),
    choice: text('choice').$type<BallotChoice>().notNull(),
    receiptHash: text('receipt_hash').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.meetingId],
      foreignColumns: [meetings.tenantId, meetings.id],
      name: 'ballots_meeting_fk',
    }),
    index('ballots_receipt_idx').on(t.tenantId, t.meetingId, t.receiptHash),
  ],
);

/**
 * The sealed ballot box of a meeting while its vote is open: every entry (item, choice, receipt
 * hash) in random order, encrypted with AES-256-GCM under a key that is never in the database
 * (see src/features/councils/BALLOT.md). Every cast rewrites the whole box, shuffled and sealed
 * under the next key of a one-way chain; `generation` counts the casts. Opened, shuffled again
 * and written to `ballots` at the tally, then deleted.
 */
export const ballotBoxes = pgTable(
  'ballot_boxes',
  {
    tenantId: tenantId(),
    meetingId: uuid('meeting_id').notNull(),
    generation: integer('generation').notNull(),
    sealed: bytea('sealed').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.meetingId] }),
    foreignKey({
      columns: [t.tenantId, t.meetingId],
      foreignColumns: [meetings.tenantId, meetings.id],
      name: 'ballot_boxes_meeting_fk',
    }),
  ],
);

/** The public notice (công khai) of the nominees a council passed. */
export const notices = pgTable(
  'notices',
  {
    tenantId: tenantId(),
    id: id(),
    roundId: uuid('round_id').notNull(),
    meetingId: uuid('meeting_id').notNull(),
    /** Public address part: /cong-khai/<slug>. */
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    publishedOn: isoDate('published_on').notNull(),
    endsOn: isoDate('ends_on').notNull(),
    /** Nominees on the list (snapshot: name, unit, award), in order. */
    entries: jsonb('entries').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('notices_slug_uq').on(t.tenantId, t.slug),
    foreignKey({
      columns: [t.tenantId, t.roundId],
      foreignColumns: [rounds.tenantId, rounds.id],
      name: 'notices_round_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.meetingId],
      foreignColumns: [meetings.tenantId, meetings.id],
      name: 'notices_meeting_fk',
    }),
    index('notices_meeting_idx').on(t.tenantId, t.meetingId),
    index('notices_created_idx').on(t.tenantId, t.createdAt),
  ],
);

/** A comment or complaint from the public on a notice; a complaint about a nominee withholds it. */
export const noticeFeedback = pgTable(
  'notice_feedback',
  {
    tenantId: tenantId(),
    id: id(),
    noticeId: uuid('notice_id').notNull(),
    nomineeId: uuid('nominee_id'),
    trackingCode: text('tracking_code').notNull(),
    kind: text('kind').$type<FeedbackKind>().notNull(),
    senderName: text('sender_name').notNull(),
    contact: text('contact'),
    content: text('content').notNull(),
    status: text('status').$type<FeedbackStatus>().notNull(),
    resolution: text('resolution'),
    resolvedBy: uuid('resolved_by'),
    resolvedAt: ts('resolved_at'),
    /** The pending matter opened for a complaint (withholds the nominee in the engine). */
    pendingMatterId: uuid('pending_matter_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('notice_feedback_code_uq').on(t.tenantId, t.trackingCode),
    foreignKey({
      columns: [t.tenantId, t.noticeId],
      foreignColumns: [notices.tenantId, notices.id],
      name: 'notice_feedback_notice_fk',
    }),
    index('notice_feedback_notice_idx').on(t.tenantId, t.noticeId),
  ],
);

/** Number registers per document symbol and year (12/QĐ-UBND): numbers are never reused. */
export const docRegisters = pgTable(
  'doc_registers',
  {
    tenantId: tenantId(),
    orgId: uuid('org_id').notNull(),
    symbol: text('symbol').notNull(),
    year: integer('year').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.orgId, t.symbol, t.year] }),
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'doc_registers_org_fk',
    }),
  ],
);

/**
 * A decision on awards: drafted by the office from the council's result and the notice, signed
 * by the signer (then numbered), or recorded from a higher authority (khen cao, `external`).
 */
export const decisions = pgTable(
  'decisions',
  {
    tenantId: tenantId(),
    id: id(),
    roundId: uuid('round_id').notNull(),
    orgId: uuid('org_id').notNull(),
    external: boolean('external').notNull().default(false),
    status: text('status').$type<DecisionStatus>().notNull(),
    symbol: text('symbol').notNull(),
    year: integer('year'),
    number: integer('number'),
    /** '12/QĐ-UBND' once numbered (or as written on an external decision). */
    numberText: text('number_text'),
    decisionDate: isoDate('decision_date'),
    issuer: text('issuer').notNull(),
    signerUserId: uuid('signer_user_id'),
    signerName: text('signer_name'),
    signerTitle: text('signer_title'),
    /** Texts of the document that are not rows: subject, bases, articles, recipients. */
    content: jsonb('content').notNull(),
    totalAmount: bigint('total_amount', { mode: 'number' }).notNull().default(0),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    signedAt: ts('signed_at'),
    revokedOn: isoDate('revoked_on'),
    revokeReason: text('revoke_reason'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('decisions_number_uq').on(t.tenantId, t.orgId, t.symbol, t.year, t.number),
    foreignKey({
      columns: [t.tenantId, t.roundId],
      foreignColumns: [rounds.tenantId, rounds.id],
      name: 'decisions_round_fk',
    }),
    index('decisions_round_idx').on(t.tenantId, t.roundId),
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'decisions_org_fk',
    }),
  ],
);

/** One recipient of a decision: the award record it created and the money, paid and recovered. */
export const decisionItems = pgTable(
  'decision_items',
  {
    tenantId: tenantId(),
    decisionId: uuid('decision_id').notNull(),
    nomineeId: uuid('nominee_id').notNull(),
    /** Order in the decision: printed on the certificate as "Số sổ vàng". */
    ordinal: integer('ordinal').notNull(),
    awardRecordId: uuid('award_record_id'),
    amount: bigint('amount', { mode: 'number' }),
    payable: bigint('payable', { mode: 'number' }),
    payNote: text('pay_note'),
    recoverAmount: bigint('recover_amount', { mode: 'number' }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.decisionId, t.nomineeId] }),
    foreignKey({
      columns: [t.tenantId, t.decisionId],
      foreignColumns: [decisions.tenantId, decisions.id],
      name: 'decision_items_decision_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.nomineeId],
      foreignColumns: [nominees.tenantId, nominees.id],
      name: 'decision_items_nominee_fk',
    }),
    index('decision_items_nominee_idx').on(t.tenantId, t.nomineeId),
  ],
);

/** In-app notifications: a step waits on this user. */
export const notifications = pgTable(
  'notifications',
  {
    tenantId: tenantId(),
    id: id(),
    userId: uuid('user_id').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    link: text('link'),
    createdAt: ts('created_at').notNull().defaultNow(),
    readAt: ts('read_at'),
    emailedAt: ts('emailed_at'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.userId],
      foreignColumns: [users.tenantId, users.id],
      name: 'notifications_user_fk',
    }),
    index('notifications_user_idx').on(t.tenantId, t.userId, t.createdAt),
  ],
);

// ─── Annual TĐKT plan (kế hoạch công tác thi đua, khen thưởng): sections, tasks, progress notes ───

/** One section of a plan, as printed: 'I. MỤC ĐÍCH, YÊU CẦU', its paragraphs, then numbered parts. */
export interface PlanSectionData {
  heading: string;
  paragraphs: string[];
  subsections: { heading: string; paragraphs: string[] }[];
}

/** A yearly plan of an organisation: its document parts and whether it has been issued. */
export const plans = pgTable(
  'plans',
  {
    tenantId: tenantId(),
    id: id(),
    /** The organisation whose plan it is (a commune, ward or agency). */
    orgId: uuid('org_id').notNull(),
    year: integer('year').notNull(),
    /** Subject line under 'KẾ HOẠCH'. */
    title: text('title').notNull(),
    /** Issuing body lines, top left: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG MƯỜNG LAY']. */
    issuerLines: jsonb('issuer_lines').$type<string[]>().notNull(),
    /** Registered number; null prints 'Số:      /KH-UBND'. */
    number: text('number'),
    symbol: text('symbol').notNull().default('KH-UBND'),
    place: text('place').notNull(),
    /** Date of signature; null prints a date to fill in by hand (in `pendingMonth` of `year` if set). */
    issuedOn: isoDate('issued_on'),
    pendingMonth: integer('pending_month'),
    bases: jsonb('bases').$type<string[]>().notNull(),
    intro: text('intro'),
    sections: jsonb('sections').$type<PlanSectionData[]>().notNull(),
    closing: text('closing'),
    recipients: jsonb('recipients').$type<string[]>().notNull(),
    signerLines: jsonb('signer_lines').$type<string[]>().notNull(),
    signerName: text('signer_name').notNull().default(''),
    /** Holders of the archive line ('Lưu: VT, VHXH'). */
    archive: jsonb('archive').$type<string[]>().notNull(),
    /** Where the task table is printed: in the body (as seed 000) or as an appendix (as seed 001). */
    taskPlacement: text('task_placement').$type<'body' | 'appendix'>().notNull().default('body'),
    status: text('status').$type<'draft' | 'issued'>().notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('plans_org_year_uq').on(t.tenantId, t.orgId, t.year),
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'plans_org_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.createdBy],
      foreignColumns: [users.tenantId, users.id],
      name: 'plans_user_fk',
    }),
  ],
);

/** A task of a plan: quarter or year-round, lead and coordinating units, deadline, owner, status. */
export const planTasks = pgTable(
  'plan_tasks',
  {
    tenantId: tenantId(),
    id: id(),
    planId: uuid('plan_id').notNull(),
    /** Order of the task in the plan (within its quarter when printed). */
    position: integer('position').notNull(),
    quarter: text('quarter').$type<'I' | 'II' | 'III' | 'IV' | 'regular'>().notNull(),
    title: text('title').notNull(),
    /** The lead unit as the plan words it. */
    lead: text('lead').notNull().default(''),
    /** The tenant's organisation the lead names, when the name matches one (diacritics ignored). */
    leadOrgId: uuid('lead_org_id'),
    partners: text('partners').array().notNull(),
    due: isoDate('due'),
    ownerId: uuid('owner_id'),
    status: text('status').$type<'not_started' | 'in_progress' | 'done' | 'cancelled'>().notNull(),
    /** True once someone set the status by hand (with a note): it no longer follows the linked work. */
    statusSetByHand: boolean('status_set_by_hand').notNull().default(false),
    /** The deadline the owners were told had passed (one notice per deadline). */
    overdueNotifiedFor: isoDate('overdue_notified_for'),
    overdueNotifiedAt: ts('overdue_notified_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.planId],
      foreignColumns: [plans.tenantId, plans.id],
      name: 'plan_tasks_plan_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.leadOrgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'plan_tasks_lead_org_fk',
    }),
    index('plan_tasks_lead_org_idx').on(t.tenantId, t.leadOrgId),
    foreignKey({
      columns: [t.tenantId, t.ownerId],
      foreignColumns: [users.tenantId, users.id],
      name: 'plan_tasks_owner_fk',
    }),
    index('plan_tasks_owner_idx').on(t.tenantId, t.ownerId),
    index('plan_tasks_plan_idx').on(t.tenantId, t.planId, t.position),
    index('plan_tasks_due_idx').on(t.tenantId, t.status, t.due),
  ],
);

/** A progress note on a task, with the status it set (if any). Never edited or deleted. */
export const planTaskNotes = pgTable(
  'plan_task_notes',
  {
    tenantId: tenantId(),
    id: id(),
    taskId: uuid('task_id').notNull(),
    /** Status before and after, when the note came with a status change. */
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    note: text('note').notNull(),
    authorId: uuid('author_id').notNull(),
    authorName: text('author_name').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.taskId],
      foreignColumns: [planTasks.tenantId, planTasks.id],
      name: 'plan_task_notes_task_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.authorId],
      foreignColumns: [users.tenantId, users.id],
      name: 'plan_task_notes_user_fk',
    }),
    index('plan_task_notes_task_idx').on(t.tenantId, t.taskId, t.createdAt),
  ],
);

/**
 * A task linked to the work that fulfils it: a movement or a round today; a report, an inspection, a
 * training or a published article later (`kind` names the table, `target_id` the row there).
 */
export const planTaskLinks = pgTable(
  'plan_task_links',
  {
    tenantId: tenantId(),
    id: id(),
    taskId: uuid('task_id').notNull(),
    kind: text('kind').$type<'movement' | 'round' | 'report' | 'inspection' | 'training' | 'article'>().notNull(),
    targetId: uuid('target_id').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('plan_task_links_uq').on(t.tenantId, t.taskId, t.kind, t.targetId),
    foreignKey({
      columns: [t.tenantId, t.taskId],
      foreignColumns: [planTasks.tenantId, planTasks.id],
      name: 'plan_task_links_task_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.createdBy],
      foreignColumns: [users.tenantId, users.id],
      name: 'plan_task_links_user_fk',
    }),
    index('plan_task_links_target_idx').on(t.tenantId, t.kind, t.targetId),
  ],
);

// ─── Emulation work across the year: cluster covenants and scoring, initiatives ───

/** The covenant (giao ước thi đua) of a cluster for a year: targets, then each member signs. */
export const covenants = pgTable(
  'covenants',
  {
    tenantId: tenantId(),
    id: id(),
    clusterId: uuid('cluster_id').notNull(),
    year: integer('year').notNull(),
    targets: jsonb('targets').notNull(),
    implementation: jsonb('implementation').notNull(),
    bases: jsonb('bases').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('covenants_cluster_year_uq').on(t.tenantId, t.clusterId, t.year),
    foreignKey({
      columns: [t.tenantId, t.clusterId],
      foreignColumns: [clusters.tenantId, clusters.id],
      name: 'covenants_cluster_fk',
    }),
  ],
);

export const covenantSignatures = pgTable(
  'covenant_signatures',
  {
    tenantId: tenantId(),
    covenantId: uuid('covenant_id').notNull(),
    orgId: uuid('org_id').notNull(),
    signerName: text('signer_name').notNull(),
    position: text('position').notNull(),
    signedOn: isoDate('signed_on').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.covenantId, t.orgId] }),
    foreignKey({
      columns: [t.tenantId, t.covenantId],
      foreignColumns: [covenants.tenantId, covenants.id],
      name: 'covenant_signatures_covenant_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'covenant_signatures_org_fk',
    }),
    index('covenant_signatures_org_idx').on(t.tenantId, t.orgId),
  ],
);

/** A cluster's scoring of a year: the table (criteria tree), the tie-break rule, the state. */
export const scoreTables = pgTable(
  'score_tables',
  {
    tenantId: tenantId(),
    id: id(),
    clusterId: uuid('cluster_id').notNull(),
    year: integer('year').notNull(),
    table: jsonb('table').notNull(),
    tieBreaks: jsonb('tie_breaks').notNull(),
    status: text('status').$type<'draft' | 'scoring' | 'reviewing' | 'published'>().notNull(),
    publishedAt: ts('published_at'),
    publishedBy: uuid('published_by'),
    /** The ranking as published (frozen). */
    result: jsonb('result'),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('score_tables_cluster_year_uq').on(t.tenantId, t.clusterId, t.year),
    foreignKey({
      columns: [t.tenantId, t.clusterId],
      foreignColumns: [clusters.tenantId, clusters.id],
      name: 'score_tables_cluster_fk',
    }),
  ],
);

/** One member's sheet: its self-score with evidence notes, then the reviewed score. */
export const scoreSheets = pgTable(
  'score_sheets',
  {
    tenantId: tenantId(),
    tableId: uuid('table_id').notNull(),
    orgId: uuid('org_id').notNull(),
    selfEntries: jsonb('self_entries').notNull(),
    evidence: jsonb('evidence').notNull(),
    submittedAt: ts('submitted_at'),
    submittedBy: uuid('submitted_by'),
    reviewedEntries: jsonb('reviewed_entries'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.tableId, t.orgId] }),
    foreignKey({
      columns: [t.tenantId, t.tableId],
      foreignColumns: [scoreTables.tenantId, scoreTables.id],
      name: 'score_sheets_table_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'score_sheets_org_fk',
    }),
    index('score_sheets_org_idx').on(t.tenantId, t.orgId),
  ],
);

/** Every change the reviewers make to a member's score, with its reason. */
export const scoreChanges = pgTable(
  'score_changes',
  {
    tenantId: tenantId(),
    id: id(),
    tableId: uuid('table_id').notNull(),
    orgId: uuid('org_id').notNull(),
    criterionId: text('criterion_id').notNull(),
    fromPoints: text('from_points'),
    toPoints: text('to_points').notNull(),
    reason: text('reason').notNull(),
    changedBy: uuid('changed_by').notNull(),
    changedAt: ts('changed_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.tableId],
      foreignColumns: [scoreTables.tenantId, scoreTables.id],
      name: 'score_changes_table_fk',
    }),
    index('score_changes_sheet_idx').on(t.tenantId, t.tableId, t.orgId),
  ],
);

/** The initiative council (Hội đồng sáng kiến) of a body for a year, and its members. */
export const initiativeCouncils = pgTable(
  'initiative_councils',
  {
    tenantId: tenantId(),
    id: id(),
    orgId: uuid('org_id').notNull(),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('initiative_councils_org_year_uq').on(t.tenantId, t.orgId, t.year),
    index('initiative_councils_year_idx').on(t.tenantId, t.year),
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'initiative_councils_org_fk',
    }),
  ],
);

export const initiativeCouncilMembers = pgTable(
  'initiative_council_members',
  {
    tenantId: tenantId(),
    councilId: uuid('council_id').notNull(),
    userId: uuid('user_id').notNull(),
    role: text('role').$type<'chair' | 'secretary' | 'member'>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.councilId, t.userId] }),
    foreignKey({
      columns: [t.tenantId, t.councilId],
      foreignColumns: [initiativeCouncils.tenantId, initiativeCouncils.id],
      name: 'initiative_council_members_council_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.userId],
      foreignColumns: [users.tenantId, users.id],
      name: 'initiative_council_members_user_fk',
    }),
    index('initiative_council_members_user_idx').on(t.tenantId, t.userId),
  ],
);

/** An initiative put forward for recognition, and the council's assessment of it. */
export const initiativeApplications = pgTable(
  'initiative_applications',
  {
    tenantId: tenantId(),
    id: id(),
    personId: uuid('person_id').notNull(),
    /** The body whose initiative council assesses it, and that council. */
    orgId: uuid('org_id').notNull(),
    councilId: uuid('council_id').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    appliedFrom: isoDate('applied_from'),
    scope: text('scope').$type<InitiativeScope>().notNull(),
    status: text('status').$type<'submitted' | 'reviewing' | 'recognised' | 'refused'>().notNull(),
    criteria: jsonb('criteria').notNull(),
    rule: jsonb('rule').notNull(),
    result: jsonb('result'),
    decisionNo: text('decision_no'),
    decidedOn: isoDate('decided_on'),
    initiativeId: uuid('initiative_id'),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.personId],
      foreignColumns: [people.tenantId, people.id],
      name: 'initiative_applications_person_fk',
    }),
    index('initiative_applications_person_idx').on(t.tenantId, t.personId),
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'initiative_applications_org_fk',
    }),
    index('initiative_applications_org_idx').on(t.tenantId, t.orgId),
    foreignKey({
      columns: [t.tenantId, t.councilId],
      foreignColumns: [initiativeCouncils.tenantId, initiativeCouncils.id],
      name: 'initiative_applications_council_fk',
    }),
    index('initiative_applications_council_idx').on(t.tenantId, t.councilId),
    index('initiative_applications_created_idx').on(t.tenantId, t.createdAt),
  ],
);

/** A council member's assessment: scores per criterion and vote, or a recusal with its reason. */
export const initiativeAssessments = pgTable(
  'initiative_assessments',
  {
    tenantId: tenantId(),
    applicationId: uuid('application_id').notNull(),
    userId: uuid('user_id').notNull(),
    recused: boolean('recused').notNull(),
    recusalReason: text('recusal_reason'),
    scores: jsonb('scores').notNull(),
    vote: text('vote').$type<'yes' | 'no' | 'abstain'>(),
    at: ts('at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.applicationId, t.userId] }),
    foreignKey({
      columns: [t.tenantId, t.applicationId],
      foreignColumns: [initiativeApplications.tenantId, initiativeApplications.id],
      name: 'initiative_assessments_app_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.userId],
      foreignColumns: [users.tenantId, users.id],
      name: 'initiative_assessments_user_fk',
    }),
    index('initiative_assessments_user_idx').on(t.tenantId, t.userId),
  ],
);

// ─── Movements (phong trào thi đua) and registrations (đăng ký thi đua) ───

/** A movement launched by a level, with its theme, period, criteria and targets. */
export const movements = pgTable(
  'movements',
  {
    tenantId: tenantId(),
    id: id(),
    /** The body that launches it (its office runs it). */
    orgId: uuid('org_id').notNull(),
    level: text('level').$type<'central' | 'province' | 'commune' | 'unit'>().notNull(),
    kind: text('kind').$type<'regular' | 'thematic' | 'peak'>().notNull(),
    theme: text('theme').notNull(),
    fromDate: isoDate('from_date').notNull(),
    toDate: isoDate('to_date').notNull(),
    purposes: jsonb('purposes').notNull(),
    /** [{id, text, target}] */
    criteria: jsonb('criteria').notNull(),
    awards: jsonb('awards').notNull(),
    midReviewBy: isoDate('mid_review_by'),
    finalReviewBy: isoDate('final_review_by'),
    status: text('status').$type<'draft' | 'launched' | 'mid_reviewed' | 'closed'>().notNull(),
    midReview: jsonb('mid_review'),
    finalReview: jsonb('final_review'),
    /** The thematic commendation round opened from the final review. */
    roundId: uuid('round_id'),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'movements_org_fk',
    }),
    index('movements_org_idx').on(t.tenantId, t.orgId),
    index('movements_from_idx').on(t.tenantId, t.fromDate),
  ],
);

export const movementParticipants = pgTable(
  'movement_participants',
  {
    tenantId: tenantId(),
    movementId: uuid('movement_id').notNull(),
    orgId: uuid('org_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.movementId, t.orgId] }),
    foreignKey({
      columns: [t.tenantId, t.movementId],
      foreignColumns: [movements.tenantId, movements.id],
      name: 'movement_participants_movement_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'movement_participants_org_fk',
    }),
    index('movement_participants_org_idx').on(t.tenantId, t.orgId),
  ],
);

/** A participant's progress report, with results per criterion and evidence files (files table). */
export const movementReports = pgTable(
  'movement_reports',
  {
    tenantId: tenantId(),
    id: id(),
    movementId: uuid('movement_id').notNull(),
    orgId: uuid('org_id').notNull(),
    reportedOn: isoDate('reported_on').notNull(),
    summary: text('summary').notNull(),
    /** {criterionId: result text} */
    results: jsonb('results').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.movementId, t.orgId],
      foreignColumns: [movementParticipants.tenantId, movementParticipants.movementId, movementParticipants.orgId],
      name: 'movement_reports_participant_fk',
    }),
    index('movement_reports_participant_idx').on(t.tenantId, t.movementId, t.orgId),
  ],
);

/** A call for registrations of a year: who registers, which titles, until when. */
export const registrationCalls = pgTable(
  'registration_calls',
  {
    tenantId: tenantId(),
    id: id(),
    orgId: uuid('org_id').notNull(),
    period: text('period').notNull(),
    awardCodes: text('award_codes').array().notNull(),
    deadline: isoDate('deadline').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('registration_calls_org_period_uq').on(t.tenantId, t.orgId, t.period),
    index('registration_calls_period_idx').on(t.tenantId, t.period),
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'registration_calls_org_fk',
    }),
  ],
);

/** One registration: a unit registers itself or one of its people or households for a title. */
export const registrations = pgTable(
  'registrations',
  {
    tenantId: tenantId(),
    id: id(),
    callId: uuid('call_id').notNull(),
    /** The registering unit. */
    unitOrgId: uuid('unit_org_id').notNull(),
    subjectKind: text('subject_kind').$type<SubjectKind>().notNull(),
    personId: uuid('person_id'),
    orgId: uuid('org_id'),
    householdId: uuid('household_id'),
    subjectKey: text('subject_key').notNull(),
    displayName: text('display_name').notNull(),
    awardCode: text('award_code').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('registrations_subject_uq').on(t.tenantId, t.callId, t.subjectKey, t.awardCode),
    foreignKey({
      columns: [t.tenantId, t.callId],
      foreignColumns: [registrationCalls.tenantId, registrationCalls.id],
      name: 'registrations_call_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.unitOrgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'registrations_unit_fk',
    }),
    index('registrations_unit_fk_idx').on(t.tenantId, t.unitOrgId),
    index('registrations_unit_idx').on(t.tenantId, t.callId, t.unitOrgId),
  ],
);

/**
 * A unit's six-month or annual report on its TĐKT work (báo cáo sơ kết 6 tháng / tổng kết năm,
 * issue 11): the narrative sections its officer writes (the figures are computed from the records
 * when the report is shown or exported), and, once submitted to the parent body, the figures as
 * submitted (frozen, so the parent's roll-up does not move when the unit's records change later).
 */
export const periodReports = pgTable(
  'period_reports',
  {
    tenantId: tenantId(),
    id: id(),
    orgId: uuid('org_id').notNull(),
    year: integer('year').notNull(),
    /** 'half' = sơ kết 6 tháng; 'year' = tổng kết năm. */
    kind: text('kind').$type<'half' | 'year'>().notNull(),
    status: text('status').$type<'draft' | 'submitted'>().notNull(),
    /** {sectionKey: text}: the narrative sections as last saved. */
    narrative: jsonb('narrative').notNull(),
    /** Raised on every save; period_report_versions keeps each version. */
    version: integer('version').notNull(),
    /** The figures as submitted to the parent (null while a draft). */
    submittedFigures: jsonb('submitted_figures'),
    submittedAt: ts('submitted_at'),
    submittedBy: uuid('submitted_by'),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedBy: uuid('updated_by').notNull(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('period_reports_org_year_kind_uq').on(t.tenantId, t.orgId, t.year, t.kind),
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'period_reports_org_fk',
    }),
  ],
);

/** Every saved version of a period report's narrative: who wrote what, when (nothing is overwritten). */
export const periodReportVersions = pgTable(
  'period_report_versions',
  {
    tenantId: tenantId(),
    reportId: uuid('report_id').notNull(),
    version: integer('version').notNull(),
    narrative: jsonb('narrative').notNull(),
    editedBy: uuid('edited_by').notNull(),
    editedAt: ts('edited_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.reportId, t.version] }),
    foreignKey({
      columns: [t.tenantId, t.reportId],
      foreignColumns: [periodReports.tenantId, periodReports.id],
      name: 'period_report_versions_report_fk',
    }),
  ],
);

// ─── The emulation and commendation fund (quỹ thi đua, khen thưởng, NĐ 152/2025 Art. 46) ───

/**
 * One entry of a body's fund: a receipt (budget, donation, recovery…), a payment (a decision's
 * bonuses, organising, printing…) or the balance brought in. Never updated nor deleted: a
 * correction is a reversing entry (same kind, opposite amount) naming the entry and the reason.
 */
export const fundEntries = pgTable(
  'fund_entries',
  {
    tenantId: tenantId(),
    id: id(),
    /** The body whose fund it is (the UBND of a commune, ward or province, an agency). */
    orgId: uuid('org_id').notNull(),
    entryDate: isoDate('entry_date').notNull(),
    /** A FundEntryKind of src/domain/fund. */
    kind: text('kind').notNull(),
    /** Đồng; positive, or the opposite of the reversed entry's amount. */
    amount: bigint('amount', { mode: 'number' }).notNull(),
    description: text('description').notNull(),
    /** The document behind the entry: 'Quyết định số 12/QĐ-UBND ngày 03/02/2026', a receipt number. */
    document: text('document'),
    /** Bonus payments and recoveries: the decision whose payment list it is. */
    decisionId: uuid('decision_id'),
    /** Who paid the list out or received the money (the accountant, the treasurer). */
    handledBy: text('handled_by'),
    reversesId: uuid('reverses_id'),
    reason: text('reason'),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'fund_entries_org_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.decisionId],
      foreignColumns: [decisions.tenantId, decisions.id],
      name: 'fund_entries_decision_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.reversesId],
      foreignColumns: [t.tenantId, t.id],
      name: 'fund_entries_reverses_fk',
    }),
    index('fund_entries_org_date_idx').on(t.tenantId, t.orgId, t.entryDate),
    // An entry is reversed at most once (NULLs are distinct); also serves the reverses foreign key.
    uniqueIndex('fund_entries_reverses_uq').on(t.tenantId, t.reversesId),
    // A decision's payment list is paid, and recovered, once (unless that entry is reversed first).
    index('fund_entries_decision_idx').on(t.tenantId, t.decisionId),
  ],
);

// ── Oversight (issue 13): inspections of the units' TĐKT work, training courses, conferences ──

/** One inspection (kiểm tra công tác thi đua, khen thưởng) of a unit, planned for a year. */
export const inspections = pgTable(
  'inspections',
  {
    tenantId: tenantId(),
    id: id(),
    /** The inspecting body (its TĐKT office plans and runs the inspection). */
    orgId: uuid('org_id').notNull(),
    /** The unit inspected. */
    targetOrgId: uuid('target_org_id').notNull(),
    year: integer('year').notNull(),
    plannedFrom: isoDate('planned_from').notNull(),
    plannedTo: isoDate('planned_to').notNull(),
    /** Content and scope of the inspection (nội dung kiểm tra). */
    subject: text('subject').notNull(),
    status: text('status').$type<'planned' | 'conducted' | 'concluded' | 'closed' | 'cancelled'>().notNull(),
    /** [{name, position, role, userId?, personId?}] */
    team: jsonb('team').notNull(),
    heldOn: isoDate('held_on'),
    place: text('place'),
    findings: text('findings'),
    /** The unit's representative who signs the record (biên bản) with the team leader. */
    unitRepresentative: text('unit_representative'),
    conclusion: text('conclusion'),
    concludedOn: isoDate('concluded_on'),
    closedOn: isoDate('closed_on'),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'inspections_org_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.targetOrgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'inspections_target_fk',
    }),
    index('inspections_org_year_idx').on(t.tenantId, t.orgId, t.year),
    index('inspections_target_idx').on(t.tenantId, t.targetOrgId, t.year),
  ],
);

/** A recommendation (kiến nghị) of an inspection, with its deadline and follow-up until done. */
export const inspectionRecommendations = pgTable(
  'inspection_recommendations',
  {
    tenantId: tenantId(),
    id: id(),
    inspectionId: uuid('inspection_id').notNull(),
    text: text('text').notNull(),
    dueDate: isoDate('due_date').notNull(),
    status: text('status').$type<'open' | 'done'>().notNull(),
    followUp: text('follow_up'),
    doneOn: isoDate('done_on'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.inspectionId],
      foreignColumns: [inspections.tenantId, inspections.id],
      name: 'inspection_recs_inspection_fk',
    }),
    index('inspection_recs_inspection_idx').on(t.tenantId, t.inspectionId),
  ],
);

/** Pending matters (pending_matters, kind 'inspection') an inspection opened for named subjects. */
export const inspectionMatters = pgTable(
  'inspection_matters',
  {
    tenantId: tenantId(),
    inspectionId: uuid('inspection_id').notNull(),
    pendingMatterId: uuid('pending_matter_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.inspectionId, t.pendingMatterId] }),
    foreignKey({
      columns: [t.tenantId, t.inspectionId],
      foreignColumns: [inspections.tenantId, inspections.id],
      name: 'inspection_matters_inspection_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.pendingMatterId],
      foreignColumns: [pendingMatters.tenantId, pendingMatters.id],
      name: 'inspection_matters_matter_fk',
    }),
    uniqueIndex('inspection_matters_matter_idx').on(t.tenantId, t.pendingMatterId),
  ],
);

/** A training course (lớp tập huấn, bồi dưỡng nghiệp vụ TĐKT). Materials are files (owner 'training'). */
export const trainings = pgTable(
  'trainings',
  {
    tenantId: tenantId(),
    id: id(),
    /** The organising body. */
    orgId: uuid('org_id').notNull(),
    title: text('title').notNull(),
    content: text('content').notNull(),
    fromDate: isoDate('from_date').notNull(),
    toDate: isoDate('to_date').notNull(),
    place: text('place'),
    /** ['Nguyễn Văn A — Trưởng ban Thi đua - Khen thưởng tỉnh', …] */
    trainers: jsonb('trainers').notNull(),
    status: text('status').$type<'planned' | 'held' | 'cancelled'>().notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'trainings_org_fk',
    }),
    index('trainings_org_date_idx').on(t.tenantId, t.orgId, t.fromDate),
  ],
);

/** Units invited to a course. */
export const trainingUnits = pgTable(
  'training_units',
  {
    tenantId: tenantId(),
    trainingId: uuid('training_id').notNull(),
    orgId: uuid('org_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.trainingId, t.orgId] }),
    foreignKey({
      columns: [t.tenantId, t.trainingId],
      foreignColumns: [trainings.tenantId, trainings.id],
      name: 'training_units_training_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'training_units_org_fk',
    }),
    index('training_units_org_idx').on(t.tenantId, t.orgId),
  ],
);

/** A participant from the registry; attended is null until attendance is taken. */
export const trainingParticipants = pgTable(
  'training_participants',
  {
    tenantId: tenantId(),
    trainingId: uuid('training_id').notNull(),
    personId: uuid('person_id').notNull(),
    attended: boolean('attended'),
    /** Serial number of the certificate of attendance, per course, given when attendance is taken. */
    certificateNo: integer('certificate_no'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.trainingId, t.personId] }),
    foreignKey({
      columns: [t.tenantId, t.trainingId],
      foreignColumns: [trainings.tenantId, trainings.id],
      name: 'training_participants_training_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.personId],
      foreignColumns: [people.tenantId, people.id],
      name: 'training_participants_person_fk',
    }),
    index('training_participants_person_idx').on(t.tenantId, t.personId),
  ],
);

/** A conference or ceremony of the year (hội nghị sơ kết, tổng kết, the cluster's). Documents are files (owner 'conference'). */
export const conferences = pgTable(
  'conferences',
  {
    tenantId: tenantId(),
    id: id(),
    orgId: uuid('org_id').notNull(),
    kind: text('kind').$type<'so_ket' | 'tong_ket' | 'cluster' | 'ceremony'>().notNull(),
    title: text('title').notNull(),
    heldOn: isoDate('held_on').notNull(),
    place: text('place'),
    status: text('status').$type<'planned' | 'held' | 'cancelled'>().notNull(),
    summary: text('summary'),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'conferences_org_fk',
    }),
    index('conferences_org_date_idx').on(t.tenantId, t.orgId, t.heldOn),
  ],
);

/** An invitee: a unit or a person (from the registry), or a guest named in free text. */
export const conferenceInvitees = pgTable(
  'conference_invitees',
  {
    tenantId: tenantId(),
    id: id(),
    conferenceId: uuid('conference_id').notNull(),
    orgId: uuid('org_id'),
    personId: uuid('person_id'),
    name: text('name').notNull(),
    attended: boolean('attended'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.conferenceId],
      foreignColumns: [conferences.tenantId, conferences.id],
      name: 'conference_invitees_conference_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'conference_invitees_org_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.personId],
      foreignColumns: [people.tenantId, people.id],
      name: 'conference_invitees_person_fk',
    }),
    index('conference_invitees_conference_idx').on(t.tenantId, t.conferenceId),
    index('conference_invitees_org_idx').on(t.tenantId, t.orgId),
    index('conference_invitees_person_idx').on(t.tenantId, t.personId),
  ],
);

/** Decisions whose awards were presented at the conference. */
export const conferenceAwards = pgTable(
  'conference_awards',
  {
    tenantId: tenantId(),
    conferenceId: uuid('conference_id').notNull(),
    decisionId: uuid('decision_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.conferenceId, t.decisionId] }),
    foreignKey({
      columns: [t.tenantId, t.conferenceId],
      foreignColumns: [conferences.tenantId, conferences.id],
      name: 'conference_awards_conference_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.decisionId],
      foreignColumns: [decisions.tenantId, decisions.id],
      name: 'conference_awards_decision_fk',
    }),
    index('conference_awards_decision_idx').on(t.tenantId, t.decisionId),
  ],
);

// ─── Exemplary models, news articles, legal documents: the public portal (issue 12) ───

/**
 * An exemplary model (điển hình tiên tiến, gương người tốt việc tốt): a person, a collective or a
 * household, suggested from the records or proposed by a unit. Public only while published AND a
 * consent is in force (model_consents): src/features/models/repository.ts is the one place that
 * decides what is public.
 */
export const exemplaryModels = pgTable(
  'exemplary_models',
  {
    tenantId: tenantId(),
    id: id(),
    /** Public address part: /cong-khai/guong-dien-hinh/<slug>. */
    slug: text('slug').notNull(),
    kind: text('kind').$type<'individual' | 'collective' | 'household'>().notNull(),
    personId: uuid('person_id'),
    orgId: uuid('org_id'),
    householdId: uuid('household_id'),
    /** The name shown (a person's full name, a collective's or a household head's). */
    name: text('name').notNull(),
    /** The unit shown beside the name (no address). */
    unitName: text('unit_name'),
    /** The area (địa bàn): the commune or ward whose portal lists the model. */
    areaOrgId: uuid('area_org_id').notNull(),
    field: text('field').notNull(),
    headline: text('headline').notNull(),
    story: text('story').notNull(),
    origin: text('origin').$type<'suggested' | 'proposed'>().notNull(),
    proposedByOrgId: uuid('proposed_by_org_id'),
    /** Fostering plan (bồi dưỡng): {year, criteria: [{text, met}], milestones: [{title, dueOn, doneOn}]} */
    fostering: jsonb('fostering'),
    status: text('status').$type<'draft' | 'published'>().notNull(),
    publishedAt: ts('published_at'),
    searchKey: text('search_key').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('exemplary_models_slug_uq').on(t.tenantId, t.slug),
    foreignKey({
      columns: [t.tenantId, t.areaOrgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'exemplary_models_area_fk',
    }),
    index('exemplary_models_area_idx').on(t.tenantId, t.areaOrgId),
    index('exemplary_models_slug_idx').on(t.slug),
  ],
);

/** Achievements of a model: links to its award records. */
export const modelAchievements = pgTable(
  'model_achievements',
  {
    tenantId: tenantId(),
    modelId: uuid('model_id').notNull(),
    awardRecordId: uuid('award_record_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.modelId, t.awardRecordId] }),
    foreignKey({
      columns: [t.tenantId, t.modelId],
      foreignColumns: [exemplaryModels.tenantId, exemplaryModels.id],
      name: 'model_achievements_model_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.awardRecordId],
      foreignColumns: [awardRecords.tenantId, awardRecords.id],
      name: 'model_achievements_award_fk',
    }),
    index('model_achievements_award_idx').on(t.tenantId, t.awardRecordId),
  ],
);

/**
 * Consent to publish (Nghị định 13/2023): who gave it, when, for what. Never deleted; withdrawing
 * sets withdrawn_at, which takes the public page down at once.
 */
export const modelConsents = pgTable(
  'model_consents',
  {
    tenantId: tenantId(),
    id: id(),
    modelId: uuid('model_id').notNull(),
    givenBy: text('given_by').notNull(),
    /** The giver's relation to the subject: the person, the head of household, the unit's head. */
    capacity: text('capacity').notNull(),
    givenOn: isoDate('given_on').notNull(),
    purposes: text('purposes').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: ts('recorded_at').notNull().defaultNow(),
    withdrawnAt: ts('withdrawn_at'),
    withdrawnBy: uuid('withdrawn_by'),
    withdrawNote: text('withdraw_note'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.modelId],
      foreignColumns: [exemplaryModels.tenantId, exemplaryModels.id],
      name: 'model_consents_model_fk',
    }),
    index('model_consents_model_idx').on(t.tenantId, t.modelId),
  ],
);

/** A photo of a model (the file is stored with its location metadata stripped). */
export const modelPhotos = pgTable(
  'model_photos',
  {
    tenantId: tenantId(),
    id: id(),
    modelId: uuid('model_id').notNull(),
    fileId: uuid('file_id').notNull(),
    alt: text('alt').notNull(),
    ordinal: integer('ordinal').notNull().default(0),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.modelId],
      foreignColumns: [exemplaryModels.tenantId, exemplaryModels.id],
      name: 'model_photos_model_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.fileId],
      foreignColumns: [files.tenantId, files.id],
      name: 'model_photos_file_fk',
    }),
    index('model_photos_model_idx').on(t.tenantId, t.modelId),
    index('model_photos_file_idx').on(t.tenantId, t.fileId),
  ],
);

/** Recognition of a model at a ceremony (lễ trao tặng, lễ đón nhận). */
export const modelCeremonies = pgTable(
  'model_ceremonies',
  {
    tenantId: tenantId(),
    id: id(),
    modelId: uuid('model_id').notNull(),
    kind: text('kind').$type<'trao_tang' | 'don_nhan'>().notNull(),
    heldOn: isoDate('held_on').notNull(),
    place: text('place').notNull(),
    presentedBy: text('presented_by').notNull(),
    note: text('note'),
    photoFileIds: jsonb('photo_file_ids').notNull().default([]),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.modelId],
      foreignColumns: [exemplaryModels.tenantId, exemplaryModels.id],
      name: 'model_ceremonies_model_fk',
    }),
    index('model_ceremonies_model_idx').on(t.tenantId, t.modelId),
  ],
);

/** A news article: draft → review → published (or withdrawn), linked to a movement, model or decision. */
export const articles = pgTable(
  'articles',
  {
    tenantId: tenantId(),
    id: id(),
    slug: text('slug').notNull(),
    orgId: uuid('org_id').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    /**
     * The body in the article markup of src/domain/models/rich-text.ts (paragraphs, ## headings, - lists,
     * **bold**, ![alt](anh:<file id>)), rendered with every character escaped; never raw HTML.
     */
    bodyHtml: text('body_html').notNull(),
    status: text('status').$type<'draft' | 'review' | 'published' | 'withdrawn'>().notNull(),
    movementId: uuid('movement_id'),
    modelId: uuid('model_id'),
    decisionNo: text('decision_no'),
    coverFileId: uuid('cover_file_id'),
    coverAlt: text('cover_alt'),
    publishedAt: ts('published_at'),
    searchKey: text('search_key').notNull(),
    createdBy: uuid('created_by').notNull(),
    reviewedBy: uuid('reviewed_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('articles_slug_uq').on(t.tenantId, t.slug),
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'articles_org_fk',
    }),
    index('articles_org_idx').on(t.tenantId, t.orgId),
    index('articles_slug_idx').on(t.slug),
    index('articles_published_idx').on(t.status, t.publishedAt),
  ],
);

/** The legal documents library: TĐKT laws, decrees, circulars and the tenant's own regulations. */
export const legalDocuments = pgTable(
  'legal_documents',
  {
    tenantId: tenantId(),
    id: id(),
    kind: text('kind').notNull(),
    number: text('number').notNull(),
    title: text('title').notNull(),
    issuer: text('issuer').notNull(),
    issuedOn: isoDate('issued_on').notNull(),
    effectiveOn: isoDate('effective_on'),
    summary: text('summary'),
    fileId: uuid('file_id'),
    published: boolean('published').notNull().default(true),
    searchKey: text('search_key').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.fileId],
      foreignColumns: [files.tenantId, files.id],
      name: 'legal_documents_file_fk',
    }),
    index('legal_documents_file_idx').on(t.tenantId, t.fileId),
  ],
);

/**
 * The petition register (sổ tiếp nhận đơn thư, issue 13): complaints, denunciations,
 * recommendations and reflections about TĐKT work, on paper, in person, by post, from the public
 * form or from a notice's complaint. The statutory due date of the current stage is stored (from
 * the dated rules in src/domain/petitions) so lists sort and filter on it in SQL.
 */
export const petitions = pgTable(
  'petitions',
  {
    tenantId: tenantId(),
    id: id(),
    /** The receiving organisation (its office handles the petition). */
    orgId: uuid('org_id').notNull(),
    trackingCode: text('tracking_code').notNull(),
    kind: text('kind').$type<PetitionKind>().notNull(),
    channel: text('channel').$type<PetitionChannel>().notNull(),
    status: text('status').$type<PetitionStatus>().notNull(),
    senderName: text('sender_name'),
    senderAddress: text('sender_address'),
    contact: text('contact'),
    anonymous: boolean('anonymous').notNull().default(false),
    title: text('title').notNull(),
    content: text('content').notNull(),
    /** Free-text name of the person, collective or award concerned, as the sender wrote it. */
    subjectText: text('subject_text'),
    nomineeId: uuid('nominee_id'),
    awardRecordId: uuid('award_record_id'),
    secondRound: boolean('second_round').notNull().default(false),
    complexity: text('complexity').$type<Complexity>().notNull().default('normal'),
    remote: boolean('remote').notNull().default(false),
    extensions: smallint('extensions').notNull().default(0),
    receivedOn: isoDate('received_on').notNull(),
    acceptedOn: isoDate('accepted_on'),
    dueDate: isoDate('due_date').notNull(),
    assigneeId: uuid('assignee_id'),
    duplicateOfId: uuid('duplicate_of_id'),
    rejectReason: text('reject_reason').$type<RejectReason>(),
    answerNo: text('answer_no'),
    answer: text('answer'),
    closedOn: isoDate('closed_on'),
    closedBy: uuid('closed_by'),
    /** The pending matter that withholds the subject while the petition is open. */
    pendingMatterId: uuid('pending_matter_id'),
    /** The notice complaint this petition carries (channel 'notice'). */
    noticeFeedbackId: uuid('notice_feedback_id'),
    createdBy: uuid('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('petitions_code_uq').on(t.tenantId, t.trackingCode),
    index('petitions_code_idx').on(t.trackingCode),
    foreignKey({
      columns: [t.tenantId, t.orgId],
      foreignColumns: [organisations.tenantId, organisations.id],
      name: 'petitions_org_fk',
    }),
    index('petitions_org_idx').on(t.tenantId, t.orgId, t.receivedOn),
    index('petitions_due_idx').on(t.tenantId, t.status, t.dueDate),
    foreignKey({
      columns: [t.tenantId, t.nomineeId],
      foreignColumns: [nominees.tenantId, nominees.id],
      name: 'petitions_nominee_fk',
    }),
    index('petitions_nominee_idx').on(t.tenantId, t.nomineeId),
    foreignKey({
      columns: [t.tenantId, t.awardRecordId],
      foreignColumns: [awardRecords.tenantId, awardRecords.id],
      name: 'petitions_award_fk',
    }),
    index('petitions_award_idx').on(t.tenantId, t.awardRecordId),
    foreignKey({
      columns: [t.tenantId, t.pendingMatterId],
      foreignColumns: [pendingMatters.tenantId, pendingMatters.id],
      name: 'petitions_pending_fk',
    }),
    index('petitions_pending_idx').on(t.tenantId, t.pendingMatterId),
    foreignKey({
      columns: [t.tenantId, t.noticeFeedbackId],
      foreignColumns: [noticeFeedback.tenantId, noticeFeedback.id],
      name: 'petitions_feedback_fk',
    }),
    index('petitions_feedback_idx').on(t.tenantId, t.noticeFeedbackId),
  ],
);
