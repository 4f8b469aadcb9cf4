// Use cases of initiatives (sáng kiến): the body's initiative council for a year, registration of
// an initiative with its description, the council's review (members recuse on a conflict of
// interest, score against criteria and vote; the share needed is configurable, by default 2/3 of
// all members), and recognition: a recognised initiative becomes a row the eligibility engine
// reads, with its scope of influence, and gets a certificate.
import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import type { Db, Tx } from '../../db/client.js';
import {
  initiativeApplications,
  initiativeAssessments,
  initiativeCouncilMembers,
  initiativeCouncils,
  initiatives,
  organisations,
  people,
  users,
} from '../../db/schema.js';
import { buildCertificateDocx } from '../../documents/commendation/certificate.js';
import { upperVN } from '../../documents/nd30/format.js';
import {
  assessInitiative,
  type InitiativeCriterion,
  type InitiativeResult,
  type InitiativeRule,
} from '../../domain/emulation/index.js';
import { INITIATIVE_SCOPE_LABELS } from '../../domain/registry/vocab.js';
import type { Ctx } from '../../server/context.js';
import { AppError, forbidden, invalid, notFound, refuse } from '../../server/errors.js';
import { can, requireAnywhere } from '../../server/policy.js';
import { recordAudit } from '../audit/append.js';
import { filesOf, loadFile, storeFile } from '../files/store.js';
import { notify } from '../notifications/service.js';
import { accountsOutsideReach } from '../organisations/reach.js';
import { requireOrgAccess, scopeSql } from '../organisations/scope.js';
import { likePattern, offsetOf, searchWords } from '../../server/paging.js';
import { orgChain, subtreeIds } from '../organisations/tree.js';
import type {
  ApplicationBody,
  ApplicationListQuery,
  AssessBody,
  CloseBody,
  CouncilBody,
  InitiativeCouncilListQuery,
} from './schema.js';

type Q = Db | Tx;

/** Criteria and rule of the BHXH example in the reference (QĐ 964/QĐ-BHXH 2024), as defaults. */
export const DEFAULT_CRITERIA: InitiativeCriterion[] = [
  { id: 'moi', label: 'Tính mới', maxPoints: 40 },
  { id: 'kha_thi', label: 'Tính khả thi, khả năng áp dụng', maxPoints: 30 },
  { id: 'hieu_qua', label: 'Hiệu quả, lợi ích mang lại', maxPoints: 30 },
];
export const DEFAULT_RULE: InitiativeRule = {
  share: 2 / 3,
  minAverage: 50,
  // The share and the average are set per council (shown with their numbers beside this text); the
  // basis names the unit's own regulation, never an example from another body.
  basis: 'Theo quy chế hoạt động của Hội đồng sáng kiến do cơ quan, đơn vị ban hành',
};

const STATUS_LABELS = {
  submitted: 'Đã đăng ký, chờ xét',
  reviewing: 'Hội đồng đang xét',
  recognised: 'Đã công nhận',
  refused: 'Không công nhận',
} as const;

export async function createCouncil(ctx: Ctx, body: z.output<typeof CouncilBody>) {
  await requireOrgAccess(ctx.db, ctx.actor, 'initiative.manage', body.orgId);
  const t = ctx.actor.tenantId;
  const ids = body.members.map((m) => m.userId);
  if (new Set(ids).size !== ids.length)
    throw invalid([{ field: 'members', label: 'Thành viên', message: 'Một người được chọn hai lần.' }]);
  if (body.members.filter((m) => m.role === 'chair').length !== 1)
    throw invalid([{ field: 'members', label: 'Thành viên', message: 'Hội đồng cần đúng một Chủ tịch Hội đồng.' }]);
  // Accounts of another unit are answered exactly like accounts that do not exist.
  if ((await accountsOutsideReach(ctx.db, t, body.orgId, ids)).size) {
    const message = 'Có thành viên không có tài khoản đang hoạt động trong đơn vị của Hội đồng hoặc cấp trên.';
    throw new AppError('NOT_FOUND', message, [{ field: 'members', label: 'Thành viên', message }]);
  }
  const [dup] = await ctx.db
    .select()
    .from(initiativeCouncils)
    .where(
      and(
        eq(initiativeCouncils.tenantId, t),
        eq(initiativeCouncils.orgId, body.orgId),
        eq(initiativeCouncils.year, body.year),
      ),
    );
  if (dup) throw refuse('INITIATIVE_COUNCIL_EXISTS', `Đơn vị đã có Hội đồng sáng kiến năm ${body.year}.`);
  const id = crypto.randomUUID();
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(initiativeCouncils)
      .values({ tenantId: t, id, orgId: body.orgId, year: body.year, name: body.name, createdAt: ctx.now });
    await tx
      .insert(initiativeCouncilMembers)
      .values(body.members.map((m) => ({ tenantId: t, councilId: id, userId: m.userId, role: m.role })));
    await recordAudit(tx, ctx, {
      action: 'initiative_council.create',
      entityType: 'initiative_council',
      entityId: id,
      orgId: body.orgId,
      summary: `Thành lập ${body.name} năm ${body.year} (${ids.length} thành viên)`,
      after: body,
    });
  });
  return { id };
}

async function councilMembers(db: Q, tenantId: string, councilId: string) {
  return db
    .select({ userId: initiativeCouncilMembers.userId, role: initiativeCouncilMembers.role, fullName: users.fullName })
    .from(initiativeCouncilMembers)
    .innerJoin(
      users,
      and(eq(users.tenantId, initiativeCouncilMembers.tenantId), eq(users.id, initiativeCouncilMembers.userId)),
    )
    .where(and(eq(initiativeCouncilMembers.tenantId, tenantId), eq(initiativeCouncilMembers.councilId, councilId)));
}

/** One page of the initiative councils the actor reads or sits on, newest year first, in SQL. */
export async function listCouncils(ctx: Ctx, q: InitiativeCouncilListQuery) {
  requireAnywhere(ctx.actor, 'registry.read');
  const t = ctx.actor.tenantId;
  const member = sql<boolean>`EXISTS (SELECT 1 FROM initiative_council_members icm
    WHERE icm.tenant_id = ${t} AND icm.council_id = ${initiativeCouncils.id} AND icm.user_id = ${ctx.actor.userId})`;
  const where: SQL[] = [eq(initiativeCouncils.tenantId, t)];
  const reach = await scopeSql(ctx.db, ctx.actor, 'registry.read', initiativeCouncils.orgId);
  if (reach) where.push(sql`(${reach} OR ${member})`);
  if (q.year !== undefined) where.push(eq(initiativeCouncils.year, q.year));
  const [[counted], rows] = await Promise.all([
    ctx.db
      .select({ total: count() })
      .from(initiativeCouncils)
      .where(and(...where)),
    ctx.db
      .select({ c: initiativeCouncils, orgName: organisations.name, member })
      .from(initiativeCouncils)
      .innerJoin(
        organisations,
        and(eq(organisations.tenantId, initiativeCouncils.tenantId), eq(organisations.id, initiativeCouncils.orgId)),
      )
      .where(and(...where))
      .orderBy(desc(initiativeCouncils.year), desc(initiativeCouncils.createdAt), asc(initiativeCouncils.id))
      .limit(q.pageSize)
      .offset(offsetOf(q)),
  ]);
  const members = rows.length
    ? await ctx.db
        .select({
          councilId: initiativeCouncilMembers.councilId,
          userId: initiativeCouncilMembers.userId,
          role: initiativeCouncilMembers.role,
          fullName: users.fullName,
        })
        .from(initiativeCouncilMembers)
        .innerJoin(
          users,
          and(eq(users.tenantId, initiativeCouncilMembers.tenantId), eq(users.id, initiativeCouncilMembers.userId)),
        )
        .where(
          and(
            eq(initiativeCouncilMembers.tenantId, t),
            inArray(
              initiativeCouncilMembers.councilId,
              rows.map((r) => r.c.id),
            ),
          ),
        )
    : [];
  return {
    items: rows.map(({ c, orgName, member }) => ({
      id: c.id,
      orgId: c.orgId,
      orgName,
      year: c.year,
      name: c.name,
      member: Boolean(member),
      members: members.filter((m) => m.councilId === c.id).map(({ councilId: _c, ...m }) => m),
    })),
    total: counted?.total ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function registerInitiative(ctx: Ctx, body: z.output<typeof ApplicationBody>) {
  const t = ctx.actor.tenantId;
  const [council] = await ctx.db
    .select()
    .from(initiativeCouncils)
    .where(and(eq(initiativeCouncils.tenantId, t), eq(initiativeCouncils.id, body.councilId)));
  if (!council)
    throw invalid([{ field: 'councilId', label: 'Hội đồng sáng kiến', message: 'Không tìm thấy Hội đồng sáng kiến.' }]);
  await requireOrgAccess(ctx.db, ctx.actor, 'initiative.manage', council.orgId);
  const [person] = await ctx.db
    .select()
    .from(people)
    .where(and(eq(people.tenantId, t), eq(people.id, body.personId)));
  const inside = new Set(await subtreeIds(ctx.db, t, [council.orgId]));
  if (!person?.orgId || !inside.has(person.orgId))
    throw invalid([
      { field: 'personId', label: 'Tác giả', message: 'Tác giả phải là người thuộc đơn vị của Hội đồng.' },
    ]);
  const id = crypto.randomUUID();
  const criteria = body.criteria ?? DEFAULT_CRITERIA;
  const rule: InitiativeRule = {
    ...DEFAULT_RULE,
    ...(body.share !== undefined ? { share: body.share } : {}),
    ...(body.minAverage !== undefined ? { minAverage: body.minAverage } : {}),
  };
  await ctx.db.transaction(async (tx) => {
    await tx.insert(initiativeApplications).values({
      tenantId: t,
      id,
      personId: body.personId,
      orgId: council.orgId,
      councilId: council.id,
      title: body.title,
      description: body.description,
      appliedFrom: body.appliedFrom ?? null,
      scope: body.scope,
      status: 'submitted',
      criteria,
      rule,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'initiative.register',
      entityType: 'initiative_application',
      entityId: id,
      orgId: council.orgId,
      summary: `Đăng ký xét công nhận sáng kiến "${body.title}" của ${person.fullName}`,
      after: { ...body, criteria, rule },
    });
  });
  return getApplication(ctx, id);
}

async function loadApp(db: Q, tenantId: string, id: string) {
  const [a] = await db
    .select()
    .from(initiativeApplications)
    .where(and(eq(initiativeApplications.tenantId, tenantId), eq(initiativeApplications.id, id)));
  if (!a) throw notFound('sáng kiến');
  return a;
}

async function access(ctx: Ctx, app: typeof initiativeApplications.$inferSelect) {
  const t = ctx.actor.tenantId;
  const chain = await orgChain(ctx.db, t, app.orgId);
  const members = await councilMembers(ctx.db, t, app.councilId);
  // Membership of the council itself gives the right to assess (the chair may be a signer).
  const member = members.some((m) => m.userId === ctx.actor.userId);
  return {
    manage: can(ctx.actor, 'initiative.manage', chain),
    member,
    read: can(ctx.actor, 'registry.read', chain),
    members,
  };
}

export async function getApplication(ctx: Ctx, id: string) {
  const t = ctx.actor.tenantId;
  const app = await loadApp(ctx.db, t, id);
  const a = await access(ctx, app);
  if (!a.manage && !a.member && !a.read) throw notFound('sáng kiến');
  const [person] = await ctx.db
    .select({ fullName: people.fullName, position: people.position, orgName: organisations.name })
    .from(people)
    .leftJoin(organisations, and(eq(organisations.tenantId, people.tenantId), eq(organisations.id, people.orgId)))
    .where(and(eq(people.tenantId, t), eq(people.id, app.personId)));
  const assessments = await ctx.db
    .select()
    .from(initiativeAssessments)
    .where(and(eq(initiativeAssessments.tenantId, t), eq(initiativeAssessments.applicationId, id)));
  const evidence = await filesOf(ctx.db, t, 'initiative', [id]);
  const mine = assessments.find((x) => x.userId === ctx.actor.userId) ?? null;
  // Scores are signed judgements of named members (not a secret ballot): the office sees them once
  // the review is closed; during it, each member sees only their own.
  const open = app.status === 'recognised' || app.status === 'refused';
  return {
    id: app.id,
    title: app.title,
    description: app.description,
    appliedFrom: app.appliedFrom,
    scope: app.scope,
    scopeLabel: INITIATIVE_SCOPE_LABELS[app.scope],
    status: app.status,
    statusLabel: STATUS_LABELS[app.status],
    author: { personId: app.personId, ...person },
    // The jsonb columns hold what registerInitiative and closeReview wrote.
    criteria: app.criteria as InitiativeCriterion[],
    rule: app.rule as InitiativeRule,
    result: app.result as InitiativeResult | null,
    decisionNo: app.decisionNo,
    decidedOn: app.decidedOn,
    initiativeId: app.initiativeId,
    manage: a.manage,
    member: a.member,
    files: evidence.map(({ ownerId: _o, ...f }) => f),
    council: a.members.map((m) => ({ ...m, assessed: assessments.some((x) => x.userId === m.userId) })),
    mine: mine
      ? {
          recused: mine.recused,
          recusalReason: mine.recusalReason,
          scores: mine.scores as Record<string, number>,
          vote: mine.vote,
        }
      : null,
    assessments: open
      ? assessments.map((x) => ({
          userId: x.userId,
          fullName: a.members.find((m) => m.userId === x.userId)?.fullName ?? '',
          recused: x.recused,
          recusalReason: x.recusalReason,
          scores: x.scores as Record<string, number>,
          vote: x.vote,
        }))
      : null,
  };
}

const APPLICATION_ORDER = {
  newest: sql`${initiativeApplications.createdAt} DESC, ${initiativeApplications.id}`,
  oldest: sql`${initiativeApplications.createdAt} ASC, ${initiativeApplications.id}`,
  // The stored search key is the title folded without diacritics.
  title: sql`${initiativeApplications.searchKey}, ${initiativeApplications.id}`,
} as const;

/**
 * One page of the initiatives the actor may see (those of the organisations they read, and those
 * before a council they sit on), searched by title or author, filtered and ordered in SQL.
 */
export async function listApplications(ctx: Ctx, q: ApplicationListQuery) {
  requireAnywhere(ctx.actor, 'registry.read');
  const t = ctx.actor.tenantId;
  const member = sql<boolean>`EXISTS (SELECT 1 FROM initiative_council_members icm
    WHERE icm.tenant_id = ${t} AND icm.council_id = ${initiativeApplications.councilId} AND icm.user_id = ${ctx.actor.userId})`;
  const where: SQL[] = [eq(initiativeApplications.tenantId, t)];
  const reach = await scopeSql(ctx.db, ctx.actor, 'registry.read', initiativeApplications.orgId);
  if (reach) where.push(sql`(${reach} OR ${member})`);
  if (q.status) where.push(eq(initiativeApplications.status, q.status));
  if (q.councilId) where.push(eq(initiativeApplications.councilId, q.councilId));
  for (const word of searchWords(q.q)) {
    // The title's or the author's stored key: each through its trigram index (the authors matching
    // the word are found once, not tested once an initiative).
    const pattern = likePattern(word);
    where.push(sql`(${initiativeApplications.searchKey} LIKE ${pattern} OR ${initiativeApplications.personId} IN (
      SELECT p.id FROM people p WHERE p.tenant_id = ${t} AND p.search_key LIKE ${pattern}))`);
  }
  const from = () =>
    ctx.db
      .select({ a: initiativeApplications, author: people.fullName, member })
      .from(initiativeApplications)
      .innerJoin(
        people,
        and(eq(people.tenantId, initiativeApplications.tenantId), eq(people.id, initiativeApplications.personId)),
      );
  const [[counted], rows] = await Promise.all([
    ctx.db
      .select({ total: count() })
      .from(initiativeApplications)
      .innerJoin(
        people,
        and(eq(people.tenantId, initiativeApplications.tenantId), eq(people.id, initiativeApplications.personId)),
      )
      .where(and(...where)),
    from()
      .where(and(...where))
      .orderBy(APPLICATION_ORDER[q.sort])
      .limit(q.pageSize)
      .offset(offsetOf(q)),
  ]);
  return {
    items: rows.map(({ a, author, member }) => ({
      id: a.id,
      title: a.title,
      author,
      scope: a.scope,
      status: a.status,
      statusLabel: STATUS_LABELS[a.status],
      decidedOn: a.decidedOn,
      assessing: Boolean(member) && a.status === 'reviewing',
    })),
    total: counted?.total ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** Evidence of an initiative (description, proof of application), attached before the council closes. */
export async function attachEvidence(ctx: Ctx, id: string, fileName: string, bytes: Uint8Array) {
  const app = await loadApp(ctx.db, ctx.actor.tenantId, id);
  await requireOrgAccess(ctx.db, ctx.actor, 'initiative.manage', app.orgId);
  if (app.status !== 'submitted' && app.status !== 'reviewing')
    throw refuse('INITIATIVE_REVIEW_CLOSED', 'Hội đồng đã kết thúc xét sáng kiến này.');
  return storeFile(ctx, {
    ownerType: 'initiative',
    ownerId: id,
    fileName,
    bytes,
    orgId: app.orgId,
    label: `sáng kiến "${app.title}"`,
  });
}

export async function readEvidence(ctx: Ctx, id: string, fileId: string) {
  const f = await loadFile(ctx.db, ctx.actor.tenantId, fileId);
  await getApplication(ctx, id);
  if (f.ownerType !== 'initiative' || f.ownerId !== id) throw notFound('tệp');
  return { fileName: f.fileName, mime: f.mime, content: Buffer.from(f.content) };
}

export async function startReview(ctx: Ctx, id: string) {
  const t = ctx.actor.tenantId;
  const app = await loadApp(ctx.db, t, id);
  await requireOrgAccess(ctx.db, ctx.actor, 'initiative.manage', app.orgId);
  if (app.status !== 'submitted')
    throw refuse('INITIATIVE_NOT_SUBMITTED', `Sáng kiến đang ở trạng thái "${STATUS_LABELS[app.status]}".`);
  const members = await councilMembers(ctx.db, t, app.councilId);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(initiativeApplications)
      .set({ status: 'reviewing' })
      .where(and(eq(initiativeApplications.tenantId, t), eq(initiativeApplications.id, id)));
    await recordAudit(tx, ctx, {
      action: 'initiative.review_start',
      entityType: 'initiative_application',
      entityId: id,
      orgId: app.orgId,
      summary: `Đưa sáng kiến "${app.title}" ra Hội đồng sáng kiến xét`,
    });
    await notify(
      tx,
      t,
      members.map((m) => m.userId),
      { kind: 'initiative.review', title: `Chấm điểm, biểu quyết sáng kiến "${app.title}"`, link: `/sang-kien/${id}` },
      ctx.now,
    );
  });
  return getApplication(ctx, id);
}

export async function assess(ctx: Ctx, id: string, body: z.output<typeof AssessBody>) {
  const t = ctx.actor.tenantId;
  const app = await loadApp(ctx.db, t, id);
  const members = await councilMembers(ctx.db, t, app.councilId);
  if (!members.some((m) => m.userId === ctx.actor.userId))
    throw forbidden('Chỉ thành viên Hội đồng sáng kiến mới được chấm điểm, biểu quyết.');
  if (app.status !== 'reviewing') throw refuse('INITIATIVE_NOT_REVIEWING', 'Hội đồng không ở bước xét sáng kiến này.');
  const criteria = app.criteria as InitiativeCriterion[];
  if (!body.recused) {
    for (const c of criteria) {
      const v = body.scores[c.id];
      if (v === undefined) throw invalid([{ field: `scores.${c.id}`, label: c.label, message: 'Chưa chấm điểm.' }]);
      if (!(v >= 0 && v <= c.maxPoints))
        throw invalid([{ field: `scores.${c.id}`, label: c.label, message: `Điểm phải từ 0 đến ${c.maxPoints}.` }]);
    }
  }
  const [before] = await ctx.db
    .select()
    .from(initiativeAssessments)
    .where(
      and(
        eq(initiativeAssessments.tenantId, t),
        eq(initiativeAssessments.applicationId, id),
        eq(initiativeAssessments.userId, ctx.actor.userId),
      ),
    );
  if (before) throw refuse('INITIATIVE_ALREADY_ASSESSED', 'Bạn đã chấm điểm, biểu quyết sáng kiến này.');
  await ctx.db.transaction(async (tx) => {
    await tx.insert(initiativeAssessments).values({
      tenantId: t,
      applicationId: id,
      userId: ctx.actor.userId,
      recused: body.recused,
      recusalReason: body.recused ? body.recusalReason! : null,
      scores: body.recused ? {} : body.scores,
      vote: body.recused ? null : body.vote,
      at: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: body.recused ? 'initiative.recuse' : 'initiative.assess',
      entityType: 'initiative_application',
      entityId: id,
      orgId: app.orgId,
      summary: body.recused
        ? `Không tham gia xét sáng kiến "${app.title}" (xung đột lợi ích)`
        : `Chấm điểm, biểu quyết sáng kiến "${app.title}"`,
      after: body.recused ? undefined : { scores: body.scores, vote: body.vote },
      reason: body.recused ? body.recusalReason : null,
    });
  });
  return getApplication(ctx, id);
}

/** Closes the review: recognised initiatives become rows the eligibility engine reads. */
export async function closeReview(ctx: Ctx, id: string, body: z.output<typeof CloseBody>) {
  const t = ctx.actor.tenantId;
  const app = await loadApp(ctx.db, t, id);
  await requireOrgAccess(ctx.db, ctx.actor, 'initiative.manage', app.orgId);
  if (app.status !== 'reviewing')
    throw refuse('INITIATIVE_NOT_REVIEWING', `Sáng kiến đang ở trạng thái "${STATUS_LABELS[app.status]}".`);
  const members = await councilMembers(ctx.db, t, app.councilId);
  const rows = await ctx.db
    .select()
    .from(initiativeAssessments)
    .where(and(eq(initiativeAssessments.tenantId, t), eq(initiativeAssessments.applicationId, id)))
    .orderBy(asc(initiativeAssessments.at));
  // Members who did not take part count as not in favour (the share is of all members).
  const result = assessInitiative(
    app.criteria as InitiativeCriterion[],
    members.map((m) => {
      const r = rows.find((x) => x.userId === m.userId);
      return {
        memberId: m.userId,
        recused: r?.recused ?? false,
        scores: (r?.scores ?? {}) as Record<string, number>,
        vote: r?.vote ?? null,
      };
    }),
    app.rule as InitiativeRule,
  );
  const initiativeId = result.recognised ? crypto.randomUUID() : null;
  await ctx.db.transaction(async (tx) => {
    if (initiativeId) {
      await tx.insert(initiatives).values({
        tenantId: t,
        id: initiativeId,
        personId: app.personId,
        title: app.title,
        recognizedOn: body.decidedOn,
        scope: app.scope,
        decisionNo: body.decisionNo,
        createdAt: ctx.now,
      });
    }
    await tx
      .update(initiativeApplications)
      .set({
        status: result.recognised ? 'recognised' : 'refused',
        result,
        decisionNo: body.decisionNo,
        decidedOn: body.decidedOn,
        initiativeId,
      })
      .where(and(eq(initiativeApplications.tenantId, t), eq(initiativeApplications.id, id)));
    await recordAudit(tx, ctx, {
      action: result.recognised ? 'initiative.recognise' : 'initiative.refuse',
      entityType: 'initiative_application',
      entityId: id,
      orgId: app.orgId,
      summary: `${result.recognised ? 'Công nhận' : 'Không công nhận'} sáng kiến "${app.title}" (${body.decisionNo}): ${result.text}`,
      after: { result, decisionNo: body.decisionNo, decidedOn: body.decidedOn },
    });
  });
  return getApplication(ctx, id);
}

export async function initiativeCertificate(ctx: Ctx, id: string) {
  const t = ctx.actor.tenantId;
  const view = await getApplication(ctx, id);
  if (view.status !== 'recognised')
    throw refuse('INITIATIVE_NOT_RECOGNISED', 'Chỉ cấp giấy chứng nhận cho sáng kiến đã được công nhận.');
  const app = await loadApp(ctx.db, t, id);
  const [org] = await ctx.db
    .select()
    .from(organisations)
    .where(and(eq(organisations.tenantId, t), eq(organisations.id, app.orgId)));
  const data = await buildCertificateDocx({
    issuerTitle: `CHỦ TỊCH ỦY BAN NHÂN DÂN ${upperVN(org!.name)}`,
    category: 'form',
    heading: 'CHỨNG NHẬN',
    award: `Sáng kiến ${INITIATIVE_SCOPE_LABELS[app.scope].toLowerCase()}`,
    recipient: view.author.fullName ?? '',
    position: [view.author.position, view.author.orgName].filter(Boolean).join(', '),
    achievement: `Là tác giả sáng kiến "${app.title}", đã được áp dụng hiệu quả và được Hội đồng sáng kiến công nhận.`,
    decision: { number: app.decisionNo!, date: app.decidedOn! },
    goldBookNo: app.decisionNo!.split('/')[0]!,
    place: org!.name.replace(/^(Phường|Xã|Đặc khu)\s+/u, ''),
    date: app.decidedOn!,
    signer: { lines: ['CHỦ TỊCH'], name: '' },
  });
  return { name: `Giấy chứng nhận sáng kiến - ${view.author.fullName}.docx`, data };
}
