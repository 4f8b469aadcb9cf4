// Use cases on people: list and search, the person page with its whole history, create, edit,
// move to another unit, and add history rows (awards, ratings, initiatives, discipline).
import { and, asc, count, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import {
  awardRecords,
  disciplines,
  households,
  initiatives,
  memberships,
  organisations,
  pendingMatters,
  people,
  ratings,
} from '../../db/schema.js';
import {
  AWARD_TRACK_LABELS,
  awardName,
  DISCIPLINE_FORM_LABELS,
  INITIATIVE_SCOPE_LABELS,
  PENDING_KIND_LABELS,
  RATING_LABELS,
  type AwardTrack,
  type DisciplineForm,
  type InitiativeScope,
  type PendingKind,
  type Rating,
} from '../../domain/registry/vocab.js';
import { formatDateVN, isoDateInVietnam, nameSortKey, searchKey, validateCccd } from '../../domain/vi-text/index.js';
import type { Ctx } from '../../server/context.js';
import { isUniqueViolation } from '../../server/db-errors.js';
import { invalid, notFound, refuse } from '../../server/errors.js';
import { recordAudit } from '../audit/append.js';
import { overlappingOtherKind as overlappingRatings, periodName } from '../../domain/eligibility/streaks.js';
import { awardRecordConflict } from '../../domain/eligibility/grants.js';
import { tenantRules } from '../eligibility/service.js';
import { readableOrgCondition, requireOrgAccess, scopeFor, searchCondition } from '../organisations/scope.js';
import { searchWords } from '../../server/paging.js';
import type {
  AwardRecordBody,
  DisciplineBody,
  InitiativeBody,
  PeopleQuery,
  PersonCreateBody,
  PersonMoveBody,
  PersonUpdateBody,
  RatingBody,
} from './schema.js';

type PersonRow = typeof people.$inferSelect;

export const personSearchKey = (p: { fullName: string; cccd?: string | null; phone?: string | null }) =>
  searchKey([p.fullName, p.cccd ?? '', p.phone ?? ''].join(' '));

export const presentPerson = (p: PersonRow, orgName: string | null = null) => ({
  id: p.id,
  fullName: p.fullName,
  gender: p.gender,
  birthDate: p.birthDate,
  cccd: p.cccd,
  position: p.position,
  isManager: p.isManager,
  category: p.category,
  hometown: p.hometown,
  educationLevel: p.educationLevel,
  phone: p.phone,
  email: p.email,
  orgId: p.orgId,
  orgName,
});

const cccdTaken = (cccd: string) =>
  refuse('PERSON_CCCD_TAKEN', `Số CCCD ${cccd} đã có trong hệ thống.`, [
    { field: 'cccd', label: 'Số CCCD', message: `Số CCCD ${cccd} đã thuộc về một người khác.` },
  ]);

/** Builds the WHERE clause of a people list from filters and the actor's reach. */
export async function peopleFilter(ctx: Ctx, q: z.output<typeof PeopleQuery>): Promise<SQL | undefined> {
  const t = ctx.actor.tenantId;
  const conds: SQL[] = [eq(people.tenantId, t), ...searchCondition(people.searchKey, q.q)];
  const scope = await readableOrgCondition(ctx.db, ctx.actor, people.orgId, q.orgId);
  if (scope) conds.push(scope);
  if (q.category) conds.push(eq(people.category, q.category));
  if (q.gender) conds.push(eq(people.gender, q.gender));
  if (q.isManager) conds.push(eq(people.isManager, q.isManager === 'true'));
  return and(...conds);
}

/** The people list's order: byte order of the name sort key, which people_sort_idx follows (see src/db/indexes.db.test.ts). */
export const PEOPLE_ORDER = [sql`${people.sortKey} COLLATE "C"`, asc(people.id)] as const;

/** Up to this many matches, a search's page is sorted from its matches rather than read in name order. */
export const SORT_MATCHES_MAX = 5_000;

/**
 * The order of a page of `matches` people. The same order always; for a search with few matches,
 * written so that people_sort_idx cannot serve it: the planner then takes the matches from the
 * trigram index and sorts them. Walking the name order instead, it expects matches spread evenly,
 * but the names sort by given name, so a given name's matches sit together: "tuyet" at 150,000
 * people read 134,000 index entries before the first Tuyết (0.8 s against 16 ms; bench/RESULTS.md).
 */
export function peopleOrderFor(matches: number, query: string | undefined) {
  return matches <= SORT_MATCHES_MAX && searchWords(query).length
    ? ([sql`(${people.sortKey} || '') COLLATE "C"`, asc(people.id)] as const)
    : PEOPLE_ORDER;
}

export async function listPeople(ctx: Ctx, q: z.output<typeof PeopleQuery>) {
  const where = await peopleFilter(ctx, q);
  const [{ total }] = await ctx.db.select({ total: count() }).from(people).where(where);
  const rows = await ctx.db
    .select({ p: people, orgName: organisations.name })
    .from(people)
    .leftJoin(organisations, and(eq(organisations.tenantId, people.tenantId), eq(organisations.id, people.orgId)))
    .where(where)
    .orderBy(...peopleOrderFor(total, q.q))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: rows.map((r) => presentPerson(r.p, r.orgName)), total, page: q.page, pageSize: q.pageSize };
}

async function loadPerson(ctx: Ctx, id: string) {
  const [p] = await ctx.db
    .select()
    .from(people)
    .where(and(eq(people.tenantId, ctx.actor.tenantId), eq(people.id, id)));
  if (!p) throw notFound('người này');
  return p;
}

/** Loads a person after checking the actor's permission on the person's unit. */
async function personWithAccess(ctx: Ctx, id: string, permission: 'registry.read' | 'registry.write') {
  const p = await loadPerson(ctx, id);
  if (!p.orgId) {
    // A person with no unit is visible only to those who hold the permission on the root.
    const scope = await scopeFor(ctx.db, ctx.actor, permission);
    if (scope !== null) throw notFound('người này');
  } else {
    await requireOrgAccess(ctx.db, ctx.actor, permission, p.orgId);
  }
  return p;
}

export interface TimelineItem {
  kind: 'award' | 'rating' | 'initiative' | 'discipline' | 'pending' | 'membership';
  /** Sort key: the period's last year or the event date, ISO. */
  date: string;
  period: string | null;
  title: string;
  detail: string;
  id: string;
}

const periodEnd = (p: string) => (p.includes('-') ? `${p.slice(5)}-06-30` : `${p}-12-31`);

export async function getPerson(ctx: Ctx, id: string) {
  const p = await personWithAccess(ctx, id, 'registry.read');
  const t = ctx.actor.tenantId;
  const [ms, aw, rt, ini, dis, pend, hh] = await Promise.all([
    ctx.db
      .select({ m: memberships, orgName: organisations.name })
      .from(memberships)
      .innerJoin(
        organisations,
        and(eq(organisations.tenantId, memberships.tenantId), eq(organisations.id, memberships.orgId)),
      )
      .where(and(eq(memberships.tenantId, t), eq(memberships.personId, id)))
      .orderBy(desc(memberships.fromDate)),
    ctx.db
      .select()
      .from(awardRecords)
      .where(and(eq(awardRecords.tenantId, t), eq(awardRecords.personId, id))),
    ctx.db
      .select()
      .from(ratings)
      .where(and(eq(ratings.tenantId, t), eq(ratings.personId, id))),
    ctx.db
      .select()
      .from(initiatives)
      .where(and(eq(initiatives.tenantId, t), eq(initiatives.personId, id))),
    ctx.db
      .select()
      .from(disciplines)
      .where(and(eq(disciplines.tenantId, t), eq(disciplines.personId, id))),
    ctx.db
      .select()
      .from(pendingMatters)
      .where(and(eq(pendingMatters.tenantId, t), eq(pendingMatters.personId, id))),
    ctx.db
      .select()
      .from(households)
      .where(and(eq(households.tenantId, t), eq(households.headPersonId, id))),
  ]);
  const timeline: TimelineItem[] = [
    ...aw.map((a) => ({
      kind: 'award' as const,
      id: a.id,
      date: a.decisionDate ?? periodEnd(a.period),
      period: a.period,
      title: `${awardName(a.awardCode)} (${a.period})`,
      detail: [
        a.decisionNo ? `Quyết định số ${a.decisionNo}` : null,
        a.issuer,
        a.track !== 'cong_trang' ? `Loại hình: ${AWARD_TRACK_LABELS[a.track as AwardTrack]}` : null,
      ]
        .filter(Boolean)
        .join(' · '),
    })),
    ...rt.map((r) => ({
      kind: 'rating' as const,
      id: r.id,
      date: periodEnd(r.period),
      period: r.period,
      title: `Xếp loại ${periodName(r.period)}: ${RATING_LABELS[r.rating as Rating]}`,
      detail: '',
    })),
    ...ini.map((i) => ({
      kind: 'initiative' as const,
      id: i.id,
      date: i.recognizedOn,
      period: null,
      title: `Sáng kiến: ${i.title}`,
      detail: [
        `Phạm vi ảnh hưởng ${INITIATIVE_SCOPE_LABELS[i.scope as InitiativeScope].toLowerCase()}`,
        i.decisionNo ? `Quyết định công nhận số ${i.decisionNo}` : null,
        i.usedForAwardCode
          ? `Đã dùng làm căn cứ khen ${awardName(i.usedForAwardCode)} ${i.usedForPeriod ?? ''}`.trim()
          : null,
      ]
        .filter(Boolean)
        .join(' · '),
    })),
    ...dis.map((d) => ({
      kind: 'discipline' as const,
      id: d.id,
      date: d.fromDate,
      period: null,
      title: `Kỷ luật: ${DISCIPLINE_FORM_LABELS[d.form as DisciplineForm]}`,
      detail: [
        `Từ ${formatDateVN(d.fromDate)} đến ${formatDateVN(d.toDate)}`,
        d.decisionNo ? `Quyết định số ${d.decisionNo}` : null,
        d.reason,
      ]
        .filter(Boolean)
        .join(' · '),
    })),
    ...pend.map((x) => ({
      kind: 'pending' as const,
      id: x.id,
      date: x.since,
      period: null,
      title: PENDING_KIND_LABELS[x.kind as PendingKind],
      detail: [x.resolvedOn ? `Đã giải quyết ngày ${formatDateVN(x.resolvedOn)}` : 'Chưa giải quyết', x.note]
        .filter(Boolean)
        .join(' · '),
    })),
    ...ms.map((m) => ({
      kind: 'membership' as const,
      id: m.m.id,
      date: m.m.fromDate,
      period: null,
      title: `Công tác tại ${m.orgName}`,
      detail: [m.m.position, m.m.toDate ? `đến ${formatDateVN(m.m.toDate)}` : 'đến nay'].filter(Boolean).join(' · '),
    })),
  ].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.kind.localeCompare(b.kind)));
  const orgName = ms.find((m) => m.m.orgId === p.orgId)?.orgName ?? null;
  return {
    person: presentPerson(p, orgName),
    memberships: ms.map(({ m, orgName }) => ({
      id: m.id,
      orgId: m.orgId,
      orgName,
      fromDate: m.fromDate,
      toDate: m.toDate,
      position: m.position,
    })),
    households: hh.map((h) => ({ id: h.id, address: h.address })),
    timeline,
  };
}

export async function createPerson(ctx: Ctx, input: z.output<typeof PersonCreateBody>) {
  await requireOrgAccess(ctx.db, ctx.actor, 'registry.write', input.orgId);
  const t = ctx.actor.tenantId;
  const { joinedOn, ...fields } = input;
  const row = {
    tenantId: t,
    id: crypto.randomUUID(),
    ...fields,
    birthDate: fields.birthDate ?? null,
    cccd: fields.cccd ?? null,
    hometown: fields.hometown ?? null,
    educationLevel: fields.educationLevel ?? null,
    searchKey: personSearchKey(fields),
    sortKey: nameSortKey(fields.fullName),
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  try {
    await ctx.db.transaction(async (tx) => {
      if (row.cccd) {
        const [dup] = await tx
          .select({ id: people.id })
          .from(people)
          .where(and(eq(people.tenantId, t), eq(people.cccd, row.cccd)));
        if (dup) throw cccdTaken(row.cccd);
      }
      await tx.insert(people).values(row);
      await tx.insert(memberships).values({
        tenantId: t,
        id: crypto.randomUUID(),
        personId: row.id,
        orgId: input.orgId,
        fromDate: joinedOn ?? isoDateInVietnam(ctx.now),
        position: input.position,
      });
      await recordAudit(tx, ctx, {
        action: 'person.create',
        entityType: 'person',
        entityId: row.id,
        orgId: input.orgId,
        summary: `Thêm người "${row.fullName}"`,
        after: presentPerson(row as PersonRow),
      });
    });
  } catch (e) {
    if (isUniqueViolation(e) && row.cccd) throw cccdTaken(row.cccd);
    throw e;
  }
  return presentPerson(row as PersonRow);
}

export async function updatePerson(ctx: Ctx, id: string, input: z.output<typeof PersonUpdateBody>) {
  const before = await personWithAccess(ctx, id, 'registry.write');
  const { reason, ...changes } = input;
  const next = {
    ...before,
    ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
  } as PersonRow;
  if (next.cccd) {
    const r = validateCccd(next.cccd, {
      gender: next.gender as 'male' | 'female',
      birthDate: next.birthDate ?? undefined,
    });
    if (!r.ok) throw invalid([{ field: 'cccd', label: 'Số CCCD', message: r.message }]);
  }
  try {
    await ctx.db.transaction(async (tx) => {
      if (next.cccd && next.cccd !== before.cccd) {
        const [dup] = await tx
          .select({ id: people.id })
          .from(people)
          .where(and(eq(people.tenantId, ctx.actor.tenantId), eq(people.cccd, next.cccd)));
        if (dup) throw cccdTaken(next.cccd);
      }
      await tx
        .update(people)
        .set({
          fullName: next.fullName,
          gender: next.gender,
          birthDate: next.birthDate,
          cccd: next.cccd,
          position: next.position,
          isManager: next.isManager,
          category: next.category,
          hometown: next.hometown,
          educationLevel: next.educationLevel,
          phone: next.phone,
          email: next.email,
          searchKey: personSearchKey(next),
          sortKey: nameSortKey(next.fullName),
          updatedAt: ctx.now,
        })
        .where(and(eq(people.tenantId, ctx.actor.tenantId), eq(people.id, id)));
      await recordAudit(tx, ctx, {
        action: 'person.update',
        entityType: 'person',
        entityId: id,
        orgId: before.orgId,
        summary: `Sửa thông tin "${next.fullName}"`,
        before: presentPerson(before),
        after: presentPerson(next),
        reason,
      });
    });
  } catch (e) {
    if (isUniqueViolation(e) && next.cccd) throw cccdTaken(next.cccd);
    throw e;
  }
  return presentPerson(next);
}

/** Moves a person to another unit: the current membership ends the day before, a new one starts. */
export async function movePerson(ctx: Ctx, id: string, input: z.output<typeof PersonMoveBody>) {
  const before = await personWithAccess(ctx, id, 'registry.write');
  await requireOrgAccess(ctx.db, ctx.actor, 'registry.write', input.orgId);
  const t = ctx.actor.tenantId;
  const dayBefore = new Date(Date.parse(input.fromDate) - 86400_000).toISOString().slice(0, 10);
  await ctx.db.transaction(async (tx) => {
    const open = await tx
      .select()
      .from(memberships)
      .where(and(eq(memberships.tenantId, t), eq(memberships.personId, id), isNull(memberships.toDate)));
    for (const m of open) {
      if (m.fromDate > dayBefore) {
        throw invalid([
          {
            field: 'fromDate',
            label: 'Từ ngày',
            message: `Ngày chuyển phải sau ngày bắt đầu công tác hiện tại (${formatDateVN(m.fromDate)}).`,
          },
        ]);
      }
      await tx
        .update(memberships)
        .set({ toDate: dayBefore })
        .where(and(eq(memberships.tenantId, t), eq(memberships.id, m.id)));
    }
    await tx.insert(memberships).values({
      tenantId: t,
      id: crypto.randomUUID(),
      personId: id,
      orgId: input.orgId,
      fromDate: input.fromDate,
      position: input.position,
    });
    await tx
      .update(people)
      .set({ orgId: input.orgId, position: input.position ?? before.position, updatedAt: ctx.now })
      .where(and(eq(people.tenantId, t), eq(people.id, id)));
    await recordAudit(tx, ctx, {
      action: 'person.move',
      entityType: 'person',
      entityId: id,
      orgId: input.orgId,
      summary: `Chuyển "${before.fullName}" sang đơn vị mới từ ngày ${formatDateVN(input.fromDate)}`,
      before: { orgId: before.orgId, position: before.position },
      after: { orgId: input.orgId, position: input.position },
      reason: input.reason,
    });
  });
  return getPerson(ctx, id);
}

type HistoryKind = 'award' | 'rating' | 'initiative' | 'discipline';

/**
 * Whether a person may get a rating of `period`, given the ratings they have (the form and the
 * Excel import both ask here). The same period twice is refused (`duplicate`). A rating of a
 * calendar year and one of a school year that overlap it rate the same months twice: refused
 * unless the officer writes why (e.g. moved from a ward office to a school).
 */
export function ratingPeriodProblem(
  fullName: string,
  existing: readonly { period: string; rating: string }[],
  period: string,
  reason?: string | null,
): { duplicate: boolean; message: string } | null {
  if (existing.some((x) => x.period === period))
    return { duplicate: true, message: `"${fullName}" đã có xếp loại ${periodName(period)}.` };
  const overlap = overlappingRatings(existing, period);
  if (overlap.length && !reason) {
    return {
      duplicate: false,
      message: `"${fullName}" đã có xếp loại ${overlap.map((x) => `${periodName(x.period)} (${RATING_LABELS[x.rating as Rating] ?? x.rating})`).join(', ')}, trùng thời gian với ${periodName(period)}. Cần ghi rõ lý do nếu vẫn ghi nhận.`,
    };
  }
  return null;
}

/** Adds one row to a person's history. Corrections are new rows with a reason, never edits. */
export async function addPersonHistory(
  ctx: Ctx,
  id: string,
  kind: HistoryKind,
  input:
    | z.output<typeof AwardRecordBody>
    | z.output<typeof RatingBody>
    | z.output<typeof InitiativeBody>
    | z.output<typeof DisciplineBody>,
) {
  const p = await personWithAccess(ctx, id, 'registry.write');
  const t = ctx.actor.tenantId;
  const base = { tenantId: t, id: crypto.randomUUID(), createdAt: ctx.now };
  await ctx.db.transaction(async (tx) => {
    let summary: string;
    let reason: string | null = null;
    if (kind === 'award') {
      const a = input as z.output<typeof AwardRecordBody>;
      // The same award twice, or a title of overlapping periods of the other kind: Law Art. 5.2.c.
      const held = await tx
        .select({
          awardCode: awardRecords.awardCode,
          period: awardRecords.period,
          track: awardRecords.track,
          decisionNo: awardRecords.decisionNo,
          decisionDate: awardRecords.decisionDate,
          revokedOn: awardRecords.revokedOn,
        })
        .from(awardRecords)
        .where(and(eq(awardRecords.tenantId, t), eq(awardRecords.personId, id)));
      const clash = awardRecordConflict(
        `"${p.fullName}"`,
        held,
        a,
        await tenantRules(tx, t, isoDateInVietnam(ctx.now)),
      );
      if (clash) throw refuse('PERSON_RECORD_CLASH', clash.message);
      await tx
        .insert(awardRecords)
        .values({ ...base, subjectKind: 'individual', personId: id, ...a, decisionDate: a.decisionDate ?? null });
      summary = `Ghi nhận ${awardName(a.awardCode)} ${a.period} cho "${p.fullName}"`;
    } else if (kind === 'rating') {
      const { reason: why, ...r } = input as z.output<typeof RatingBody>;
      const existing = await tx
        .select({ period: ratings.period, rating: ratings.rating })
        .from(ratings)
        .where(and(eq(ratings.tenantId, t), eq(ratings.personId, id)));
      const problem = ratingPeriodProblem(p.fullName, existing, r.period, why);
      if (problem?.duplicate) throw refuse('PERSON_RECORD_DUPLICATE', problem.message);
      if (problem) throw invalid([{ field: 'reason', label: 'Lý do', message: problem.message }]);
      const overlap = overlappingRatings(existing, r.period);
      reason = overlap.length ? why : null;
      await tx.insert(ratings).values({ ...base, subjectKind: 'individual', personId: id, ...r });
      summary = `Ghi nhận xếp loại ${periodName(r.period)}: ${RATING_LABELS[r.rating]} cho "${p.fullName}"${overlap.length ? ` (trùng thời gian với xếp loại ${overlap.map((x) => periodName(x.period)).join(', ')})` : ''}`;
    } else if (kind === 'initiative') {
      const i = input as z.output<typeof InitiativeBody>;
      await tx.insert(initiatives).values({ ...base, personId: id, ...i });
      summary = `Ghi nhận sáng kiến "${i.title}" của "${p.fullName}"`;
    } else {
      const d = input as z.output<typeof DisciplineBody>;
      await tx.insert(disciplines).values({ ...base, personId: id, ...d });
      summary = `Ghi nhận kỷ luật ${DISCIPLINE_FORM_LABELS[d.form]} đối với "${p.fullName}"`;
    }
    await recordAudit(tx, ctx, {
      action: `person.add_${kind}`,
      entityType: 'person',
      entityId: id,
      orgId: p.orgId,
      summary,
      after: input,
      reason,
    });
  });
  return getPerson(ctx, id);
}

export const EXPORT_LIMIT = 100_000;

/** Every person matching the list's filters, for the Excel export (same order as the list). */
export async function exportPeople(ctx: Ctx, q: z.output<typeof PeopleQuery>) {
  const where = await peopleFilter(ctx, q);
  const rows = await ctx.db
    .select({ p: people, orgName: organisations.name })
    .from(people)
    .leftJoin(organisations, and(eq(organisations.tenantId, people.tenantId), eq(organisations.id, people.orgId)))
    .where(where)
    .orderBy(sql`${people.sortKey} COLLATE "C"`, asc(people.id))
    .limit(EXPORT_LIMIT);
  return rows.map((r) => presentPerson(r.p, r.orgName));
}
