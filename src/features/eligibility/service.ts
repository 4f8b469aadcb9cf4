// Use cases of the eligibility engine inside the product: the contract's HTTP door, "what can be
// proposed this period" for a person or an organisation, the bulk check over a subtree, the
// officer's written override of a verdict, and the catalogue with the administrator's changes.
import { and, asc, desc, eq, inArray, isNull, like, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { organisations, people, ruleOverrides, tenants, users, verdictOverrides } from '../../db/schema.js';
import type { CatalogueInput, CatalogueOutput, ParsedInput, SubjectGroup } from '../../domain/eligibility/contract.js';
import { evaluateDetailed } from '../../domain/eligibility/engine.js';
import { type VerdictCondition, type VerdictStatus, statusSentence } from '../../domain/eligibility/status.js';
import { isContractAwardCode } from '../../domain/eligibility/contract.js';
import { evaluateRequest } from '../../domain/eligibility/index.js';
import { listParams, type ParamOverride, validateOverride } from '../../domain/eligibility/overrides.js';
import type { ProvincialRuleSet, Rules } from '../../domain/eligibility/rule-model.js';
import { RULE_SETS, resolveRules } from '../../domain/eligibility/rulesets.js';
import type { CatalogueAwardCode, SubjectKind } from '../../domain/registry/vocab.js';
import { isoDateInVietnam as today, moneyInWords } from '../../domain/vi-text/index.js';
import type { Ctx } from '../../server/context.js';
import { AppError, invalid, notFound, refuse } from '../../server/errors.js';
import { grantRoots, requireAnywhere } from '../../server/policy.js';
import { validationLabel } from '../../server/zod-errors.js';
import { recordAudit } from '../audit/append.js';
import {
  applyProcedureOverrides,
  listProcedureParams,
  type ProcedureRules,
  procedureRulesOn,
  validateProcedureOverride,
} from '../../domain/rounds/procedure.js';
import { requireOrgAccess, scopeFor } from '../organisations/scope.js';
import { subtreeIds } from '../organisations/tree.js';
import { computeMembers, groupOf, loadOrgHistory, loadPeopleHistories, type SubjectHistory } from './history.js';

/** Individual titles and forms of the catalogue (the contract's and the catalogue's own). */
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
const COLLECTIVE_AWARDS: CatalogueAwardCode[] = [
  'TT_LDTT',
  'TT_LDXS',
  'CO_TD_TINH',
  'CO_TD_CP',
  'GIAY_KHEN',
  'BK_TINH',
  'BK_TTG',
  'HCLD_3',
];
/** A village or residential group is a collective in law: its title, and Giấy khen and Bằng khen. */
const VILLAGE_AWARDS: CatalogueAwardCode[] = ['THON_VH', 'GIAY_KHEN', 'BK_TINH', 'BK_TTG'];

/** The tenant's root organisation: rule changes concern all of it (and its audit readers). */
async function tenantRoot(db: Db | Tx, tenantId: string): Promise<string | null> {
  const [root] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.tenantId, tenantId), isNull(organisations.parentId)));
  return root?.id ?? null;
}

/** The tenant's rule context: its province overlay and the administrator's overrides. */
export async function tenantRuleOptions(db: Db | Tx, tenantId: string) {
  const [t] = await db.select({ provinceCode: tenants.provinceCode }).from(tenants).where(eq(tenants.id, tenantId));
  const rows = await db
    .select()
    .from(ruleOverrides)
    .where(eq(ruleOverrides.tenantId, tenantId))
    .orderBy(asc(ruleOverrides.createdAt));
  const overrides: ParamOverride[] = rows.map((r) => ({
    key: r.key,
    value: r.value as ParamOverride['value'],
    effectiveFrom: r.effectiveFrom,
    effectiveTo: r.effectiveTo,
    citation: r.citation ?? undefined,
    note: r.note ?? undefined,
  }));
  return { province: t?.provinceCode ?? undefined, overrides };
}

/** The field a refusal names when no rule set is in force on the date asked for. */
export interface DateField {
  field: string;
  label: string;
}
const DECISION_DATE: DateField = { field: 'decisionDate', label: 'Ngày quyết định' };

function rulesFor(
  decisionDate: string,
  opts: { province?: string; overrides: ParamOverride[] },
  at: DateField = DECISION_DATE,
): Rules {
  const r = resolveRules(decisionDate, opts.province, { overrides: opts.overrides });
  if (!r) {
    throw invalid([
      {
        field: at.field,
        label: at.label,
        message: `Không có bộ quy tắc thi đua, khen thưởng nào có hiệu lực vào ngày ${decisionDate}.`,
      },
    ]);
  }
  return r.rules;
}

/** The tenant's rules in force on a date: province overlay and administrator's overrides applied. */
export async function tenantRules(
  db: Db | Tx,
  tenantId: string,
  date: string,
  at: DateField = DECISION_DATE,
): Promise<Rules> {
  return rulesFor(date, await tenantRuleOptions(db, tenantId), at);
}

/** The procedure rules (votes, quorum, notice, appraisal time) in force on a date, with the tenant's overrides. */
export async function tenantProcedureRules(db: Db | Tx, tenantId: string, date: string): Promise<ProcedureRules> {
  const rows = await db
    .select()
    .from(ruleOverrides)
    .where(and(eq(ruleOverrides.tenantId, tenantId), like(ruleOverrides.key, 'procedure.%')))
    .orderBy(asc(ruleOverrides.createdAt));
  return procedureRulesFor(date, rows);
}

/** The contract's door: one input or {cases:[…]}; bad input becomes field-level 400s. */
export async function evaluateContract(ctx: Ctx, json: unknown) {
  requireAnywhere(ctx.actor, 'eligibility.use');
  const opts = await tenantRuleOptions(ctx.db, ctx.actor.tenantId);
  const r = evaluateRequest(json, opts);
  if (!r.ok)
    throw invalid(r.errors.map((e) => ({ field: e.field, label: validationLabel(e.field), message: e.message })));
  return r.output;
}

/** The latest officer's override of a verdict, with who made it. */
export interface OverrideSeen {
  eligible: boolean;
  reason: string;
  by: string;
  byName: string;
  at: string;
}

interface VerdictRow {
  award: CatalogueAwardCode;
  name: string;
  output: CatalogueOutput;
  /** What the verdict means (eligible, conditional, judgement, ineligible, withheld) and why, in words. */
  status: VerdictStatus;
  statusText: string;
  conditions: VerdictCondition[];
  dataFailed: boolean;
  override: OverrideSeen | null;
}

/** The verdict of one input with what it means for the officer. */
function judged(i: CatalogueInput, rules: Rules) {
  const { output, detail } = evaluateDetailed(i, rules, { moneyInWords });
  return {
    output,
    status: detail.status,
    statusText: statusSentence(detail),
    conditions: detail.conditions,
    dataFailed: detail.dataFailed,
  };
}

async function overridesFor(db: Db | Tx, tenantId: string, col: 'personId' | 'orgId', ids: string[], period: string) {
  if (!ids.length) return new Map<string, OverrideSeen>();
  const rows = await db
    .select({ o: verdictOverrides, byName: users.fullName })
    .from(verdictOverrides)
    .innerJoin(users, and(eq(users.tenantId, verdictOverrides.tenantId), eq(users.id, verdictOverrides.createdBy)))
    .where(
      and(
        eq(verdictOverrides.tenantId, tenantId),
        eq(verdictOverrides.period, period),
        inArray(verdictOverrides[col], ids),
      ),
    )
    .orderBy(desc(verdictOverrides.createdAt));
  const latest = new Map<string, OverrideSeen>();
  for (const { o, byName } of rows) {
    const k = `${o[col]}|${o.awardCode}`;
    if (!latest.has(k))
      latest.set(k, { eligible: o.eligible, reason: o.reason, by: o.createdBy, byName, at: o.createdAt.toISOString() });
  }
  return latest;
}

function input(
  award: CatalogueAwardCode,
  period: string,
  decisionDate: string,
  kind: SubjectKind,
  group: SubjectGroup | undefined,
  h: SubjectHistory,
  members?: ParsedInput['members'],
): CatalogueInput {
  return {
    award,
    period,
    decisionDate,
    subject: { kind, ...(group ? { group } : {}) },
    ...h,
    ...(members ? { members } : {}),
  } as CatalogueInput;
}

export interface PeriodQuery {
  period?: string;
  decisionDate?: string;
}

function resolvePeriod(ctx: Ctx, q: PeriodQuery) {
  const decisionDate = q.decisionDate ?? today(ctx.now);
  const period = q.period ?? decisionDate.slice(0, 4);
  return { period, decisionDate };
}

/** "What can be proposed this period" for one person: every individual award with its verdict. */
export async function personVerdicts(ctx: Ctx, personId: string, q: PeriodQuery) {
  requireAnywhere(ctx.actor, 'eligibility.use');
  const [p] = await ctx.db
    .select()
    .from(people)
    .where(and(eq(people.tenantId, ctx.actor.tenantId), eq(people.id, personId)));
  if (!p) throw notFound('người này');
  if (p.orgId) await requireOrgAccess(ctx.db, ctx.actor, 'registry.read', p.orgId);
  else if ((await scopeFor(ctx.db, ctx.actor, 'registry.read')) !== null) throw notFound('người này');
  const { period, decisionDate } = resolvePeriod(ctx, q);
  const rules = rulesFor(decisionDate, await tenantRuleOptions(ctx.db, ctx.actor.tenantId));
  const h = (await loadPeopleHistories(ctx.db, ctx.actor.tenantId, [personId])).get(personId)!;
  const ov = await overridesFor(ctx.db, ctx.actor.tenantId, 'personId', [personId], period);
  const group = groupOf(p.category);
  const rows: VerdictRow[] = INDIVIDUAL_AWARDS.map((award) => {
    const o = ov.get(`${personId}|${award}`);
    return {
      award,
      name: rules.awards[award].name,
      ...judged(input(award, period, decisionDate, 'individual', group, h), rules),
      override: o ?? null,
    };
  });
  return { period, decisionDate, rules: { id: rules.id, name: rules.name }, items: rows };
}

const VILLAGE_TYPES = new Set(['village', 'residential_group']);
const COMMUNE_TYPES = new Set(['commune', 'ward', 'special_zone']);

/** The subject kind an organisation is judged as for an award (a commune is a collective except for "Xã tiêu biểu"). */
export function orgSubjectKind(orgType: string, award: string): SubjectKind {
  if (VILLAGE_TYPES.has(orgType)) return 'village';
  if (COMMUNE_TYPES.has(orgType) && award === 'XA_TIEU_BIEU') return 'commune';
  return 'collective';
}

/** The same for an organisation: collective titles and forms (with the composition computed from the registry). */
export async function organisationVerdicts(ctx: Ctx, orgId: string, q: PeriodQuery) {
  requireAnywhere(ctx.actor, 'eligibility.use');
  await requireOrgAccess(ctx.db, ctx.actor, 'registry.read', orgId);
  const [org] = await ctx.db
    .select()
    .from(organisations)
    .where(and(eq(organisations.tenantId, ctx.actor.tenantId), eq(organisations.id, orgId)));
  const { period, decisionDate } = resolvePeriod(ctx, q);
  const rules = rulesFor(decisionDate, await tenantRuleOptions(ctx.db, ctx.actor.tenantId));
  const { lineage: _l, ...h } = await loadOrgHistory(ctx.db, ctx.actor.tenantId, orgId);
  const kind: SubjectKind = VILLAGE_TYPES.has(org.type)
    ? 'village'
    : COMMUNE_TYPES.has(org.type)
      ? 'commune'
      : 'collective';
  const awards: CatalogueAwardCode[] =
    kind === 'village'
      ? VILLAGE_AWARDS
      : kind === 'commune'
        ? ['XA_TIEU_BIEU', ...COLLECTIVE_AWARDS]
        : COLLECTIVE_AWARDS;
  const members = kind === 'collective' ? await computeMembers(ctx.db, ctx.actor.tenantId, orgId, period) : undefined;
  const ov = await overridesFor(ctx.db, ctx.actor.tenantId, 'orgId', [orgId], period);
  return {
    period,
    decisionDate,
    members: members ?? null,
    rules: { id: rules.id, name: rules.name },
    items: awards.map((award) => {
      const o = ov.get(`${orgId}|${award}`);
      return {
        award,
        name: rules.awards[award].name,
        ...judged(input(award, period, decisionDate, orgSubjectKind(org.type, award), undefined, h, members), rules),
        override: o ?? null,
      };
    }),
  };
}

export interface BulkQuery extends PeriodQuery {
  orgId: string;
  award: CatalogueAwardCode;
}

export interface BulkRow {
  personId: string;
  fullName: string;
  orgName: string | null;
  position: string | null;
  eligible: boolean;
  withheld: boolean;
  status: VerdictStatus;
  statusText: string;
  /** The criteria that failed (for "one criterion short"). */
  failed: { id: string; message: string }[];
  judgement: number;
  /** null when the amount depends on the form finally granted (quá trình cống hiến). */
  amount: number | null;
  override: OverrideSeen | null;
}

/** Where one person's row of a bulk check goes; null when it is not listed. */
export type BulkGroup = 'eligible' | 'judgementOnly' | 'oneShort';
export const BULK_GROUPS: readonly BulkGroup[] = ['eligible', 'judgementOnly', 'oneShort'];

/** A person as the bulk check reads them. */
export interface BulkPerson {
  id: string;
  fullName: string;
  category: Parameters<typeof groupOf>[0];
  position: string | null;
  orgName: string | null;
}

/** What a bulk check needs once: the access checks passed, the period, the rules, the subtree. */
export interface BulkPlan {
  tenantId: string;
  orgIds: string[];
  award: CatalogueAwardCode;
  awardName: string;
  period: string;
  decisionDate: string;
  rules: Rules;
}

/** Checks access and the award, resolves the period and the rules, reads the subtree. */
export async function planBulkCheck(ctx: Ctx, q: BulkQuery): Promise<BulkPlan> {
  requireAnywhere(ctx.actor, 'eligibility.use');
  await requireOrgAccess(ctx.db, ctx.actor, 'registry.read', q.orgId);
  if (!INDIVIDUAL_AWARDS.includes(q.award)) {
    throw invalid([
      {
        field: 'award',
        label: 'Danh hiệu, hình thức',
        message: 'Xét hàng loạt áp dụng cho danh hiệu, hình thức của cá nhân.',
      },
    ]);
  }
  const t = ctx.actor.tenantId;
  const { period, decisionDate } = resolvePeriod(ctx, q);
  const rules = rulesFor(decisionDate, await tenantRuleOptions(ctx.db, t));
  const orgIds = await subtreeIds(ctx.db, t, [q.orgId]);
  return { tenantId: t, orgIds, award: q.award, awardName: rules.awards[q.award].name, period, decisionDate, rules };
}

/** The counts a bulk check adds up as it goes. */
export interface BulkTally {
  checked: number;
  withheld: number;
  alreadyAwarded: number;
}

/**
 * Reads the histories of one chunk of people and evaluates them: the rows to list, with their
 * group, in the chunk's order (overrides are not read here: callers join the current ones).
 */
export async function judgeBulkChunk(
  db: Db | Tx,
  plan: BulkPlan,
  part: BulkPerson[],
  tally: BulkTally,
): Promise<{ group: BulkGroup; row: Omit<BulkRow, 'override'> }[]> {
  const hist = await loadPeopleHistories(
    db,
    plan.tenantId,
    part.map((p) => p.id),
  );
  const out: { group: BulkGroup; row: Omit<BulkRow, 'override'> }[] = [];
  for (const p of part) {
    tally.checked++;
    const v = judged(
      input(plan.award, plan.period, plan.decisionDate, 'individual', groupOf(p.category), hist.get(p.id)!),
      plan.rules,
    );
    const o = v.output;
    const failed = o.criteria.filter((c) => c.met === false).map((c) => ({ id: c.id, message: c.message }));
    const row = {
      personId: p.id,
      fullName: p.fullName,
      orgName: p.orgName,
      position: p.position,
      eligible: o.eligible,
      withheld: o.withheld,
      status: v.status,
      statusText: v.statusText,
      failed,
      judgement: o.criteria.filter((c) => c.met === null).length,
      amount: o.bonus.amount,
    };
    if (o.withheld) tally.withheld++;
    if (failed.some((f) => f.id === 'not_already_awarded')) tally.alreadyAwarded++;
    else if (o.eligible) {
      // Green only when every data-checkable criterion passed (conditional ones wait for a
      // title of the same round); a verdict resting on the council (a farmer with no rating, a
      // data route that failed with only a judged alternative left) is listed apart.
      out.push({ group: v.status === 'judgement' ? 'judgementOnly' : 'eligible', row });
    } else if (!o.withheld && failed.length === 1) out.push({ group: 'oneShort', row });
  }
  return out;
}

/** The current overrides of some people for an award and period, on their rows. */
export async function withOverrides<R extends { personId: string }>(
  db: Db | Tx,
  tenantId: string,
  award: CatalogueAwardCode,
  period: string,
  rows: R[],
): Promise<(R & { override: OverrideSeen | null })[]> {
  const ov = await overridesFor(
    db,
    tenantId,
    'personId',
    rows.map((r) => r.personId),
    period,
  );
  return rows.map((r) => ({ ...r, override: ov.get(`${r.personId}|${award}`) ?? null }));
}

/**
 * Above this many people the answer is no longer read in one response: the check runs as a job
 * (bulk-job.ts) that writes its rows and an Excel file, and the screen pages through them.
 */
export const BULK_INLINE_LIMIT = 5000;

/**
 * For an organisation subtree, a period and an award: everyone eligible, and everyone exactly one
 * criterion short (with which one), in one answer: for a ward-sized subtree. People are read and
 * evaluated in chunks.
 */
export async function bulkCheck(ctx: Ctx, q: BulkQuery) {
  const plan = await planBulkCheck(ctx, q);
  const t = plan.tenantId;
  const [{ n }] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(people)
    .where(and(eq(people.tenantId, t), inArray(people.orgId, plan.orgIds)));
  if (n > BULK_INLINE_LIMIT) {
    throw refuse(
      'BULK_CHECK_TOO_LARGE',
      `Đơn vị đã chọn có ${n.toLocaleString('vi-VN')} cá nhân, quá ${BULK_INLINE_LIMIT.toLocaleString('vi-VN')} người để xét trong một lần xem: hãy chạy xét hàng loạt dưới dạng tác vụ nền và tải kết quả về.`,
    );
  }
  const staff = await ctx.db
    .select({
      id: people.id,
      fullName: people.fullName,
      category: people.category,
      position: people.position,
      orgName: organisations.name,
    })
    .from(people)
    .leftJoin(organisations, and(eq(organisations.tenantId, people.tenantId), eq(organisations.id, people.orgId)))
    .where(and(eq(people.tenantId, t), inArray(people.orgId, plan.orgIds)))
    .orderBy(sql`${people.sortKey} COLLATE "C"`, people.id);
  const groups: Record<BulkGroup, BulkRow[]> = { eligible: [], judgementOnly: [], oneShort: [] };
  const tally: BulkTally = { checked: 0, withheld: 0, alreadyAwarded: 0 };
  const CHUNK = 2000;
  for (let i = 0; i < staff.length; i += CHUNK) {
    const listed = await judgeBulkChunk(ctx.db, plan, staff.slice(i, i + CHUNK), tally);
    const rows = await withOverrides(
      ctx.db,
      t,
      plan.award,
      plan.period,
      listed.map((x) => x.row),
    );
    listed.forEach((x, k) => groups[x.group].push(rows[k]));
  }
  return {
    period: plan.period,
    decisionDate: plan.decisionDate,
    award: plan.award,
    awardName: plan.awardName,
    checked: tally.checked,
    withheld: tally.withheld,
    alreadyAwarded: tally.alreadyAwarded,
    ...groups,
  };
}

export interface OverrideInput {
  subjectKind: SubjectKind;
  subjectId: string;
  award: CatalogueAwardCode;
  period: string;
  eligible: boolean;
  reason: string;
}

/** An officer sets aside the engine's verdict; the written reason and the verdict it replaced are audited. */
export async function overrideVerdict(ctx: Ctx, o: OverrideInput) {
  const t = ctx.actor.tenantId;
  let orgId: string | null;
  let label: string;
  let before: unknown;
  if (o.subjectKind === 'individual') {
    const [p] = await ctx.db
      .select()
      .from(people)
      .where(and(eq(people.tenantId, t), eq(people.id, o.subjectId)));
    if (!p) throw notFound('người này');
    orgId = p.orgId;
    label = p.fullName;
    before = (await personVerdicts(ctx, p.id, { period: o.period })).items.find((x) => x.award === o.award)?.output;
  } else if (o.subjectKind === 'household') {
    throw invalid([
      { field: 'subjectKind', label: 'Đối tượng', message: 'Chưa hỗ trợ điều chỉnh kết quả cho hộ gia đình.' },
    ]);
  } else {
    const [org] = await ctx.db
      .select()
      .from(organisations)
      .where(and(eq(organisations.tenantId, t), eq(organisations.id, o.subjectId)));
    if (!org) throw notFound('cơ quan, đơn vị');
    orgId = org.id;
    label = org.name;
    before = (await organisationVerdicts(ctx, org.id, { period: o.period })).items.find(
      (x) => x.award === o.award,
    )?.output;
  }
  if (!orgId) throw notFound('đơn vị của đối tượng');
  const chain = await requireOrgAccess(ctx.db, ctx.actor, 'eligibility.override', orgId);
  void chain;
  if (!before)
    throw invalid([
      {
        field: 'award',
        label: 'Danh hiệu, hình thức',
        message: 'Danh hiệu, hình thức này không áp dụng cho đối tượng.',
      },
    ]);
  const id = crypto.randomUUID();
  await ctx.db.transaction(async (tx) => {
    await tx.insert(verdictOverrides).values({
      tenantId: t,
      id,
      subjectKind: o.subjectKind,
      personId: o.subjectKind === 'individual' ? o.subjectId : null,
      orgId: o.subjectKind === 'individual' ? null : o.subjectId,
      householdId: null,
      awardCode: o.award,
      period: o.period,
      eligible: o.eligible,
      reason: o.reason,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'eligibility.override',
      entityType: o.subjectKind === 'individual' ? 'person' : 'organisation',
      entityId: o.subjectId,
      orgId,
      summary: `Điều chỉnh kết quả xét ${o.award} ${o.period} của "${label}": ${o.eligible ? 'đủ điều kiện' : 'không đủ điều kiện'}`,
      before,
      after: { eligible: o.eligible },
      reason: o.reason,
    });
  });
  return { id };
}

/** The catalogue in force on a date: awards, criteria with their basis and marks, editable parameters. */
export async function getCatalogue(ctx: Ctx, date?: string) {
  requireAnywhere(ctx.actor, 'eligibility.use');
  const on = date ?? today(ctx.now);
  const opts = await tenantRuleOptions(ctx.db, ctx.actor.tenantId);
  const rules = rulesFor(on, opts);
  const rows = await ctx.db
    .select({ o: ruleOverrides, createdByName: users.fullName })
    .from(ruleOverrides)
    .innerJoin(users, and(eq(users.tenantId, ruleOverrides.tenantId), eq(users.id, ruleOverrides.createdBy)))
    .where(eq(ruleOverrides.tenantId, ctx.actor.tenantId))
    .orderBy(desc(ruleOverrides.createdAt));
  // Where each provincial set comes from and how much of it was read is a doubt about the rules:
  // for whoever manages the catalogue only.
  const manager = grantRoots(ctx.actor, 'catalogue.manage').length > 0;
  return {
    date: on,
    province: opts.province ?? null,
    provinces: provincialRuleSets({ withSources: manager }),
    rules: {
      id: rules.id,
      name: rules.name,
      citations: rules.citations,
      appliedOverrides: rules.appliedOverrides,
      province: rules.province ?? null,
    },
    ruleSets: RULE_SETS.map((s) => ({
      id: s.id,
      name: s.name,
      citation: s.citation,
      scope: s.scope,
      effectiveFrom: s.effectiveFrom,
      effectiveTo: s.effectiveTo ?? null,
    })),
    awards: Object.values(rules.awards).map((a) => ({
      code: a.code,
      name: a.name,
      category: a.category,
      rank: a.rank,
      track: a.track,
      subjectKinds: a.subjectKinds,
      periodTypes: a.periodTypes,
      decidedBy: a.decidedBy,
      decidedByBasis: a.decidedByBasis,
      multipliers: a.bonus.multipliers,
      bonusBasis: a.bonus.basis,
      bonusMarks: a.bonus.marks,
      bonusNote: a.bonus.note ?? null,
      bonusUndetermined: a.bonus.undetermined ?? null,
      contract: isContractAwardCode(a.code),
      criteria: a.criteria.map((c) => ({ id: c.id, label: c.label, basis: c.basis, mark: c.mark, kind: c.kind })),
    })),
    baseSalary: rules.params.baseSalary,
    // The procedure's numbers (vote thresholds, notice days, appraisal time) sit beside the rules'.
    params: [
      ...listParams(rules),
      ...listProcedureParams(
        procedureRulesFor(
          on,
          rows.map((r) => r.o),
        ),
      ),
    ],
    overrides: rows.map(({ o, createdByName }) => ({
      id: o.id,
      key: o.key,
      value: o.value,
      effectiveFrom: o.effectiveFrom,
      effectiveTo: o.effectiveTo,
      citation: o.citation,
      note: o.note,
      reason: o.reason,
      createdBy: o.createdBy,
      createdByName,
      createdAt: o.createdAt.toISOString(),
    })),
  };
}

export interface RuleOverrideInput extends ParamOverride {
  reason: string;
}

/** An administrator changes a parameter from a date on; validated against the rules, audited. */
export async function addRuleOverride(ctx: Ctx, o: RuleOverrideInput) {
  requireAnywhere(ctx.actor, 'catalogue.manage');
  const scope = await scopeFor(ctx.db, ctx.actor, 'catalogue.manage');
  if (scope !== null) throw new AppError('FORBIDDEN', 'Chỉ quản trị viên cấp tỉnh mới được thay đổi tham số quy định.');
  const opts = await tenantRuleOptions(ctx.db, ctx.actor.tenantId);
  const rules = rulesFor(o.effectiveFrom, opts);
  const { reason, ...override } = o;
  const procedure = o.key.startsWith('procedure.')
    ? await tenantProcedureRules(ctx.db, ctx.actor.tenantId, o.effectiveFrom)
    : null;
  const problem = procedure ? validateProcedureOverride(procedure, override) : validateOverride(rules, override);
  if (problem)
    throw invalid([
      { field: 'value', label: 'Giá trị', message: `Giá trị mới không hợp lệ: ${problem.replace(/\.$/, '')}.` },
    ]);
  const previous =
    (procedure ? listProcedureParams(procedure) : listParams(rules)).find((p) => p.key === o.key)?.value ?? null;
  const id = crypto.randomUUID();
  await ctx.db.transaction(async (tx) => {
    await tx.insert(ruleOverrides).values({
      tenantId: ctx.actor.tenantId,
      id,
      key: o.key,
      value: o.value as never,
      effectiveFrom: o.effectiveFrom,
      effectiveTo: o.effectiveTo ?? null,
      citation: o.citation ?? null,
      note: o.note ?? null,
      reason,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'catalogue.override',
      entityType: 'rule_param',
      entityId: o.key,
      orgId: await tenantRoot(tx, ctx.actor.tenantId),
      summary: `Thay đổi tham số "${o.key}" từ ngày ${o.effectiveFrom}`,
      before: { value: previous },
      after: override,
      reason,
    });
  });
  return { id };
}

/** The procedure rules in force on a date with the administrator's 'procedure.*' overrides. */
function procedureRulesFor(date: string, rows: readonly (typeof ruleOverrides.$inferSelect)[]): ProcedureRules {
  return applyProcedureOverrides(
    procedureRulesOn(date),
    rows.map((r) => ({
      key: r.key,
      value: r.value as number | boolean,
      effectiveFrom: r.effectiveFrom,
      effectiveTo: r.effectiveTo,
      citation: r.citation,
    })),
    date,
  );
}

/**
 * Provinces that have a rule set, for the administrator's choice: what applies there (`coverage`,
 * `notice`) and, for a manager of the catalogue, the documents found and how much of each was read.
 */
export function provincialRuleSets(options: { withSources?: boolean } = {}) {
  return RULE_SETS.filter((s): s is ProvincialRuleSet => s.scope !== 'national').map((s) => ({
    code: s.scope,
    name: s.name,
    provinceName: s.provinceName,
    citation: s.citation,
    effectiveFrom: s.effectiveFrom,
    coverage: s.coverage,
    notice: s.notice,
    ...(options.withSources ? { checkedOn: s.checkedOn, sources: s.sources } : {}),
  }));
}

/** Chooses the province whose rules overlay the national ones for this tenant (or none). */
export async function setTenantProvince(ctx: Ctx, provinceCode: string | null, reason: string) {
  requireAnywhere(ctx.actor, 'catalogue.manage');
  if ((await scopeFor(ctx.db, ctx.actor, 'catalogue.manage')) !== null)
    throw new AppError('FORBIDDEN', 'Chỉ quản trị viên cấp tỉnh mới được chọn quy định của tỉnh.');
  if (provinceCode && !provincialRuleSets().some((p) => p.code === provinceCode)) {
    throw invalid([
      {
        field: 'provinceCode',
        label: 'Tỉnh',
        message: `Chưa có bộ quy định của tỉnh "${provinceCode}" trong hệ thống.`,
      },
    ]);
  }
  const [before] = await ctx.db
    .select({ provinceCode: tenants.provinceCode })
    .from(tenants)
    .where(eq(tenants.id, ctx.actor.tenantId));
  await ctx.db.transaction(async (tx) => {
    await tx.update(tenants).set({ provinceCode }).where(eq(tenants.id, ctx.actor.tenantId));
    await recordAudit(tx, ctx, {
      action: 'catalogue.province',
      entityType: 'tenant',
      entityId: ctx.actor.tenantId,
      orgId: await tenantRoot(tx, ctx.actor.tenantId),
      summary: provinceCode
        ? `Áp dụng quy định thi đua, khen thưởng của tỉnh (${provinceCode})`
        : 'Chỉ áp dụng quy định chung của Trung ương',
      before,
      after: { provinceCode },
      reason,
    });
  });
  return { provinceCode };
}
