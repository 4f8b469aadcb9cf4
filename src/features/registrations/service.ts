// Use cases of registration (đăng ký thi đua): the office calls for registrations of a year with
// a deadline; each unit registers, in bulk, itself and its people, collectives and households for
// the titles they aim for; at year-end a report compares what was registered with what was
// achieved (award records of the period) and with the engine's current verdicts.
import { and, asc, count, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import { awardRecords, organisations, people, registrationCalls, registrations } from '../../db/schema.js';
import { compareRegistrations, OUTCOME_LABELS, registrationOpen } from '../../domain/emulation/index.js';
import { awardName } from '../../domain/registry/vocab.js';
import { formatDateVN, isoDateInVietnam } from '../../domain/vi-text/index.js';
import type { Ctx } from '../../server/context.js';
import { invalid, notFound, refuse } from '../../server/errors.js';
import { can, requireAnywhere } from '../../server/policy.js';
import { recordAudit } from '../audit/append.js';
import { notify, usersWithPermission } from '../notifications/service.js';
import { overlapSql, requireOrgAccess, scopeFor } from '../organisations/scope.js';
import { offsetOf } from '../../server/paging.js';
import { orgChain, subtreeIds } from '../organisations/tree.js';
import { orgSubjectKind } from '../eligibility/service.js';
import { describeSubject, rulesOn, verdictsFor } from '../rounds/verdicts.js';
import type { CallBody, CallListQuery, RegisterBody } from './schema.js';

export async function openCall(ctx: Ctx, body: z.output<typeof CallBody>) {
  await requireOrgAccess(ctx.db, ctx.actor, 'plan.manage', body.orgId);
  const t = ctx.actor.tenantId;
  const rules = await rulesOn(ctx.db, t, body.deadline);
  const unknown = body.awardCodes.filter((c) => !rules.awards[c as keyof typeof rules.awards]);
  if (unknown.length)
    throw invalid([{ field: 'awardCodes', label: 'Danh hiệu', message: `Danh mục không có: ${unknown.join(', ')}.` }]);
  const [dup] = await ctx.db
    .select()
    .from(registrationCalls)
    .where(
      and(
        eq(registrationCalls.tenantId, t),
        eq(registrationCalls.orgId, body.orgId),
        eq(registrationCalls.period, body.period),
      ),
    );
  if (dup) throw refuse('REGISTRATION_CALL_EXISTS', `Đã có đợt đăng ký thi đua năm ${body.period}.`);
  const id = crypto.randomUUID();
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(registrationCalls)
      .values({ tenantId: t, id, ...body, createdBy: ctx.actor.userId, createdAt: ctx.now });
    await recordAudit(tx, ctx, {
      action: 'registration_call.create',
      entityType: 'registration_call',
      entityId: id,
      orgId: body.orgId,
      summary: `Mở đăng ký thi đua năm ${body.period}, hạn ${formatDateVN(body.deadline)}`,
      after: body,
    });
    const units = await subtreeIds(tx, t, [body.orgId]);
    const who = await usersWithPermission(tx, t, 'proposal.submit', units);
    await notify(
      tx,
      t,
      who.filter((u) => u !== ctx.actor.userId),
      {
        kind: 'registration.open',
        title: `Đăng ký thi đua năm ${body.period}`,
        body: `Hạn đăng ký: ${formatDateVN(body.deadline)}.`,
        link: `/dang-ky-thi-dua/${id}`,
      },
      ctx.now,
    );
  });
  return getCall(ctx, id);
}

async function loadCall(ctx: Ctx, id: string) {
  const [c] = await ctx.db
    .select()
    .from(registrationCalls)
    .where(and(eq(registrationCalls.tenantId, ctx.actor.tenantId), eq(registrationCalls.id, id)));
  if (!c) throw notFound('đợt đăng ký thi đua');
  return c;
}

/**
 * One page of the registration calls whose organisations' subtrees meet what the actor reads,
 * newest year first, filtered and counted in SQL.
 */
export async function listCalls(ctx: Ctx, q: CallListQuery) {
  requireAnywhere(ctx.actor, 'registry.read');
  const t = ctx.actor.tenantId;
  const where: SQL[] = [eq(registrationCalls.tenantId, t)];
  const reach = await overlapSql(ctx.db, ctx.actor, 'registry.read', registrationCalls.orgId);
  if (reach) where.push(reach);
  if (q.period) where.push(eq(registrationCalls.period, q.period));
  const [[counted], rows] = await Promise.all([
    ctx.db
      .select({ total: count() })
      .from(registrationCalls)
      .where(and(...where)),
    ctx.db
      .select({ c: registrationCalls, orgName: organisations.name })
      .from(registrationCalls)
      .innerJoin(
        organisations,
        and(eq(organisations.tenantId, registrationCalls.tenantId), eq(organisations.id, registrationCalls.orgId)),
      )
      .where(and(...where))
      .orderBy(sql`${registrationCalls.period} DESC`, sql`${organisations.sortKey} COLLATE "C"`, registrationCalls.id)
      .limit(q.pageSize)
      .offset(offsetOf(q)),
  ]);
  const today = isoDateInVietnam(ctx.now);
  return {
    items: rows.map(({ c, orgName }) => ({
      id: c.id,
      orgName,
      period: c.period,
      deadline: c.deadline,
      awards: c.awardCodes.map((code) => ({ code, name: awardName(code) })),
      open: registrationOpen(today, c.deadline),
    })),
    total: counted?.total ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function getCall(ctx: Ctx, id: string, unitOrgId?: string) {
  requireAnywhere(ctx.actor, 'registry.read');
  const t = ctx.actor.tenantId;
  const c = await loadCall(ctx, id);
  const manage = can(ctx.actor, 'plan.manage', await orgChain(ctx.db, t, c.orgId));
  const scope = await scopeFor(ctx.db, ctx.actor, 'registry.read');
  const units = await subtreeIds(ctx.db, t, [c.orgId]);
  const visible = scope === null ? units : units.filter((u) => scope.has(u));
  if (!visible.length) throw notFound('đợt đăng ký thi đua');
  if (unitOrgId && !visible.includes(unitOrgId)) throw notFound('đơn vị');
  const rows = await ctx.db
    .select({ r: registrations, unitName: organisations.name })
    .from(registrations)
    .innerJoin(
      organisations,
      and(eq(organisations.tenantId, registrations.tenantId), eq(organisations.id, registrations.unitOrgId)),
    )
    .where(
      and(
        eq(registrations.tenantId, t),
        eq(registrations.callId, id),
        inArray(registrations.unitOrgId, unitOrgId ? [unitOrgId] : visible),
      ),
    )
    .orderBy(asc(registrations.awardCode), asc(registrations.displayName));
  const proposeScope = await scopeFor(ctx.db, ctx.actor, 'proposal.submit');
  return {
    id: c.id,
    orgId: c.orgId,
    period: c.period,
    deadline: c.deadline,
    open: registrationOpen(isoDateInVietnam(ctx.now), c.deadline),
    awards: c.awardCodes.map((code) => ({ code, name: awardName(code) })),
    manage,
    myUnits: proposeScope === null ? [] : visible.filter((u) => proposeScope.has(u)),
    items: rows.map(({ r, unitName }) => ({
      id: r.id,
      unitOrgId: r.unitOrgId,
      unitName,
      subjectKind: r.subjectKind,
      subjectKey: r.subjectKey,
      displayName: r.displayName,
      awardCode: r.awardCode,
      awardName: awardName(r.awardCode),
    })),
  };
}

/** Registers in bulk for one unit: all or nothing, before the deadline. */
export async function register(ctx: Ctx, callId: string, body: z.output<typeof RegisterBody>) {
  const t = ctx.actor.tenantId;
  const c = await loadCall(ctx, callId);
  await requireOrgAccess(ctx.db, ctx.actor, 'proposal.submit', body.unitOrgId);
  if (!registrationOpen(isoDateInVietnam(ctx.now), c.deadline))
    throw refuse('REGISTRATION_CLOSED', `Đã hết hạn đăng ký (${formatDateVN(c.deadline)}).`);
  const inCall = new Set(await subtreeIds(ctx.db, t, [c.orgId]));
  if (!inCall.has(body.unitOrgId))
    throw invalid([{ field: 'unitOrgId', label: 'Đơn vị', message: 'Đơn vị không thuộc phạm vi của đợt đăng ký.' }]);
  const unit = new Set(await subtreeIds(ctx.db, t, [body.unitOrgId]));
  const rules = await rulesOn(ctx.db, t, c.deadline);
  const rows: (typeof registrations.$inferInsert)[] = [];
  const errors: { field: string; label: string; message: string }[] = [];
  for (const [i, it] of body.items.entries()) {
    const ref = it.subjectKind === 'individual' ? 'person' : it.subjectKind === 'household' ? 'household' : 'org';
    const s = await describeSubject(ctx.db, t, ref, it.subjectId);
    const where = `items.${i}`;
    if (!s?.orgId || !unit.has(s.orgId)) {
      errors.push({
        field: `${where}.subjectId`,
        label: `Dòng ${i + 1}`,
        message: s ? `${s.name}: không thuộc đơn vị đăng ký.` : 'Không tìm thấy người, tập thể hoặc hộ này.',
      });
      continue;
    }
    if (!c.awardCodes.includes(it.awardCode)) {
      errors.push({
        field: `${where}.awardCode`,
        label: `Dòng ${i + 1}`,
        message: `${s.name}: đợt đăng ký không có "${awardName(it.awardCode)}".`,
      });
      continue;
    }
    const kind = ref === 'org' ? orgSubjectKind(s.orgType!, it.awardCode) : it.subjectKind;
    if (!rules.awards[it.awardCode as keyof typeof rules.awards].subjectKinds.includes(kind)) {
      errors.push({
        field: `${where}.awardCode`,
        label: `Dòng ${i + 1}`,
        message: `${s.name}: "${awardName(it.awardCode)}" không xét cho đối tượng này.`,
      });
      continue;
    }
    rows.push({
      tenantId: t,
      id: crypto.randomUUID(),
      callId,
      unitOrgId: body.unitOrgId,
      subjectKind: kind,
      personId: ref === 'person' ? it.subjectId : null,
      orgId: ref === 'org' ? it.subjectId : null,
      householdId: ref === 'household' ? it.subjectId : null,
      subjectKey: `${ref}:${it.subjectId}`,
      displayName: s.name,
      awardCode: it.awardCode,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
    });
  }
  if (errors.length) throw invalid(errors, 'Có đăng ký không hợp lệ; chưa ghi đăng ký nào.');
  const existing = await ctx.db
    .select({ subjectKey: registrations.subjectKey, awardCode: registrations.awardCode })
    .from(registrations)
    .where(and(eq(registrations.tenantId, t), eq(registrations.callId, callId)));
  const fresh = rows.filter((r) => !existing.some((e) => e.subjectKey === r.subjectKey && e.awardCode === r.awardCode));
  if (fresh.length) {
    await ctx.db.transaction(async (tx) => {
      await tx.insert(registrations).values(fresh);
      await recordAudit(tx, ctx, {
        action: 'registration.add',
        entityType: 'registration_call',
        entityId: callId,
        orgId: body.unitOrgId,
        summary: `Đăng ký thi đua năm ${c.period}: ${fresh.length} đăng ký`,
        after: fresh.map((r) => ({ subject: r.displayName, award: r.awardCode })),
      });
    });
  }
  return { added: fresh.length, already: rows.length - fresh.length };
}

export async function unregister(ctx: Ctx, id: string) {
  const t = ctx.actor.tenantId;
  const [r] = await ctx.db
    .select()
    .from(registrations)
    .where(and(eq(registrations.tenantId, t), eq(registrations.id, id)));
  if (!r) throw notFound('đăng ký');
  const c = await loadCall(ctx, r.callId);
  await requireOrgAccess(ctx.db, ctx.actor, 'proposal.submit', r.unitOrgId);
  if (!registrationOpen(isoDateInVietnam(ctx.now), c.deadline))
    throw refuse('REGISTRATION_CLOSED', 'Đã hết hạn đăng ký: không bỏ được đăng ký.');
  await ctx.db.transaction(async (tx) => {
    await tx.delete(registrations).where(and(eq(registrations.tenantId, t), eq(registrations.id, id)));
    await recordAudit(tx, ctx, {
      action: 'registration.remove',
      entityType: 'registration_call',
      entityId: r.callId,
      orgId: r.unitOrgId,
      summary: `Bỏ đăng ký ${awardName(r.awardCode)} của ${r.displayName}`,
      before: r,
    });
  });
  return { ok: true };
}

/** Year-end: registered vs achieved vs the engine's verdict today. */
export async function registrationReport(ctx: Ctx, callId: string, unitOrgId?: string) {
  const t = ctx.actor.tenantId;
  const view = await getCall(ctx, callId, unitOrgId);
  const c = await loadCall(ctx, callId);
  // Achievements of the period by anyone of the units in view (registered or not), for the call's titles.
  const units = unitOrgId ? await subtreeIds(ctx.db, t, [unitOrgId]) : await subtreeIds(ctx.db, t, [c.orgId]);
  const scope = await scopeFor(ctx.db, ctx.actor, 'registry.read');
  const visibleUnits = scope === null ? units : units.filter((u) => scope.has(u));
  const staff = visibleUnits.length
    ? await ctx.db
        .select({ id: people.id, name: people.fullName })
        .from(people)
        .where(and(eq(people.tenantId, t), inArray(people.orgId, visibleUnits)))
    : [];
  const orgNames = visibleUnits.length
    ? await ctx.db
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(and(eq(organisations.tenantId, t), inArray(organisations.id, visibleUnits)))
    : [];
  const bySubject = [
    staff.length
      ? inArray(
          awardRecords.personId,
          staff.map((p) => p.id),
        )
      : undefined,
    orgNames.length
      ? inArray(
          awardRecords.orgId,
          orgNames.map((o) => o.id),
        )
      : undefined,
  ].filter((x) => x !== undefined);
  const achievedRows = bySubject.length
    ? await ctx.db
        .select()
        .from(awardRecords)
        .where(
          and(
            eq(awardRecords.tenantId, t),
            eq(awardRecords.period, c.period),
            isNull(awardRecords.revokedOn),
            inArray(awardRecords.awardCode, c.awardCodes),
            or(...bySubject),
          ),
        )
    : [];
  const achieved = achievedRows.map((a) => ({
    subjectKey: a.personId ? `person:${a.personId}` : `org:${a.orgId}`,
    award: a.awardCode,
  }));
  const decisionDate = isoDateInVietnam(ctx.now);
  const verdicts = await verdictsFor(
    ctx.db,
    t,
    { period: c.period, decisionBy: decisionDate },
    view.items.map((i) => ({
      subjectKind: i.subjectKind,
      personId: i.subjectKey.startsWith('person:') ? i.subjectKey.slice(7) : null,
      orgId: i.subjectKey.startsWith('org:') ? i.subjectKey.slice(4) : null,
      householdId: i.subjectKey.startsWith('household:') ? i.subjectKey.slice(10) : null,
      awardCode: i.awardCode,
    })),
  );
  const eligible = new Set(
    view.items.filter((_, k) => verdicts[k]!.eligible).map((i) => `${i.subjectKey}|${i.awardCode}`),
  );
  const { rows, counts } = compareRegistrations(
    view.items.map((i) => ({ subjectKey: i.subjectKey, award: i.awardCode })),
    achieved,
    (s, a) => eligible.has(`${s}|${a}`),
  );
  const names = new Map<string, string>([
    ...staff.map((p) => [`person:${p.id}`, p.name] as const),
    ...orgNames.map((o) => [`org:${o.id}`, o.name] as const),
    ...view.items.map((i) => [i.subjectKey, i.displayName] as const),
  ]);
  const unitOf = new Map(view.items.map((i) => [i.subjectKey, i.unitName]));
  return {
    period: c.period,
    decisionDate,
    counts,
    labels: OUTCOME_LABELS,
    rows: rows.map((r) => ({
      ...r,
      name: names.get(r.subjectKey) ?? r.subjectKey,
      unitName: unitOf.get(r.subjectKey) ?? null,
      awardName: awardName(r.award),
      outcomeLabel: OUTCOME_LABELS[r.outcome],
    })),
  };
}
