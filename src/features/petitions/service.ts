// Use cases of the petition register (đơn thư): the office records, classifies, assigns, accepts
// (thụ lý), extends, rejects and answers petitions; citizens file one from the public form and
// look up its status by code. Each petition carries the statutory due date of the stage it is in
// (src/domain/petitions); a complaint or denunciation about a nominee or an award opens a pending
// matter that withholds the subject until the petition is closed. Every write is audited.
import { and, asc, count, desc, eq, gte, inArray, isNull, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import type { Db, Tx } from '../../db/client.js';
import { organisations, petitions, tenants, users } from '../../db/schema.js';
import {
  acceptRefusal,
  COMPLEXITY_LABELS,
  DEADLINE_STATE_LABELS,
  deadlineState,
  dupKey,
  extensionRefusal,
  findDuplicate,
  isAnonymous,
  OPEN_STATUSES,
  PETITION_CHANNEL_LABELS,
  PETITION_KIND_LABELS,
  PETITION_STATUS_LABELS,
  type PetitionChannel,
  type PetitionFacts,
  type PetitionKind,
  petitionDeadline,
  petitionRulesOn,
  REJECT_REASON_LABELS,
  withholds,
} from '../../domain/petitions/index.js';
import { addWorkingDays } from '../../domain/rounds/procedure.js';
import { NOMINEE_STATUS_LABELS } from '../../domain/rounds/vocab.js';
import { formatDateVN, isoDateInVietnam } from '../../domain/vi-text/index.js';
import type { Ctx } from '../../server/context.js';
import { isUniqueViolation } from '../../server/db-errors.js';
import { AppError, conflict, invalid, notFound } from '../../server/errors.js';
import { requireAccess } from '../../server/policy.js';
import { type AuditActor, appendAudit, recordAudit } from '../audit/append.js';
import { procedureRulesFor } from '../councils/meetings.js';
import { notify, usersWithPermission } from '../notifications/service.js';
import { requireOrgAccess, scopeSql, searchCondition } from '../organisations/scope.js';
import { orgChain } from '../organisations/tree.js';
import {
  closePendingMatter,
  earlierPetitions,
  insertPetition,
  loadPetition,
  newPetitionCode,
  normalisePetitionCode,
  openPendingMatter,
  orgName,
  type PetitionRow,
  petitionByCode,
  resolveSubject,
  searchNomineeSubjects,
  updatePetition,
} from './repository.js';
import type {
  AcceptPetitionBody,
  AnswerPetitionBody,
  ClassifyPetitionBody,
  CreatePetitionBody,
  PetitionExportQuery,
  PetitionListQuery,
  PetitionSubjectQuery,
  PublicPetitionBody,
  RejectPetitionBody,
} from './schema.js';

type Q = Db | Tx;
const PERM = 'petition.manage' as const;

const holidaysOn = async (q: Q, tenantId: string, date: string) =>
  (await procedureRulesFor(q, tenantId, date)).holidays.dates;

const factsOf = (p: PetitionRow): PetitionFacts => ({
  kind: p.kind,
  receivedOn: p.receivedOn,
  acceptedOn: p.acceptedOn,
  secondRound: p.secondRound,
  complexity: p.complexity,
  remote: p.remote,
  extensions: p.extensions,
});

/** The statutory due date of the stage the petition is in, from the rules in force on receipt. */
async function dueOf(q: Q, tenantId: string, f: PetitionFacts) {
  const rules = petitionRulesOn(f.receivedOn);
  return petitionDeadline(f, rules, await holidaysOn(q, tenantId, f.receivedOn));
}

const subjectKeyOf = (p: { nomineeId?: string | null; awardRecordId?: string | null; subjectText?: string | null }) =>
  p.nomineeId
    ? `n:${p.nomineeId}`
    : p.awardRecordId
      ? `a:${p.awardRecordId}`
      : p.subjectText
        ? `t:${dupKey(p.subjectText)}`
        : null;

// ── Presenting ──

type ListRow = { p: PetitionRow; orgName: string; assigneeName: string | null; duplicateOfCode: string | null };

function presentItem(r: ListRow, today: string, holidays: readonly string[]) {
  const { p } = r;
  const open = OPEN_STATUSES.includes(p.status);
  const rules = petitionRulesOn(p.receivedOn);
  const st = deadlineState(p.dueDate, today, open, rules.warnWorkingDays, holidays);
  return {
    id: p.id,
    trackingCode: p.trackingCode,
    orgId: p.orgId,
    orgName: r.orgName,
    kind: p.kind,
    kindLabel: PETITION_KIND_LABELS[p.kind],
    channel: p.channel,
    channelLabel: PETITION_CHANNEL_LABELS[p.channel],
    status: p.status,
    statusLabel: PETITION_STATUS_LABELS[p.status],
    title: p.title,
    senderName: p.senderName,
    anonymous: p.anonymous,
    subjectName: p.subjectText,
    receivedOn: p.receivedOn,
    acceptedOn: p.acceptedOn,
    dueDate: p.dueDate,
    dueStage: (p.acceptedOn ? 'settle' : 'accept') as 'accept' | 'settle',
    deadlineState: st.state,
    deadlineLabel:
      st.state === 'overdue'
        ? `Quá hạn từ ${formatDateVN(p.dueDate)}`
        : st.state === 'due_soon'
          ? `Còn ${st.workingDaysLeft} ngày làm việc (hạn ${formatDateVN(p.dueDate)})`
          : DEADLINE_STATE_LABELS[st.state],
    workingDaysLeft: st.workingDaysLeft,
    withholds: p.pendingMatterId != null && open,
    duplicateOfCode: r.duplicateOfCode,
    assigneeName: r.assigneeName,
    closedOn: p.closedOn,
  };
}

const dup = sql<
  string | null
>`(select d.tracking_code from petitions d where d.tenant_id = ${petitions.tenantId} and d.id = ${petitions.duplicateOfId})`;

function listSelect(q: Q) {
  return q
    .select({ p: petitions, orgName: organisations.name, assigneeName: users.fullName, duplicateOfCode: dup })
    .from(petitions)
    .innerJoin(
      organisations,
      and(eq(organisations.tenantId, petitions.tenantId), eq(organisations.id, petitions.orgId)),
    )
    .leftJoin(users, and(eq(users.tenantId, petitions.tenantId), eq(users.id, petitions.assigneeId)));
}

async function listConditions(ctx: Ctx, q: z.output<typeof PetitionExportQuery>, today: string, soonEnd: string) {
  const t = ctx.actor.tenantId;
  const scope = await scopeSql(ctx.db, ctx.actor, PERM, petitions.orgId);
  const conds: (SQL | undefined)[] = [eq(petitions.tenantId, t), scope];
  if (q.status) conds.push(eq(petitions.status, q.status));
  if (q.kind) conds.push(eq(petitions.kind, q.kind));
  if (q.deadline === 'overdue') conds.push(inArray(petitions.status, [...OPEN_STATUSES]), lt(petitions.dueDate, today));
  if (q.deadline === 'due_soon')
    conds.push(
      inArray(petitions.status, [...OPEN_STATUSES]),
      gte(petitions.dueDate, today),
      lte(petitions.dueDate, soonEnd),
    );
  // The tracking code, sender, title or subject, without diacritics or case, each word anywhere.
  conds.push(...searchCondition(petitions.searchKey, q.q));
  return { conds, scope };
}

const ORDER = [
  sql`case when ${petitions.status} in ('received', 'accepted') then 0 else 1 end`,
  asc(petitions.dueDate),
  desc(petitions.receivedOn),
  asc(petitions.id),
];

export async function listPetitions(ctx: Ctx, q: z.output<typeof PetitionListQuery>) {
  const t = ctx.actor.tenantId;
  const today = isoDateInVietnam(ctx.now);
  const holidays = await holidaysOn(ctx.db, t, today);
  const warn = petitionRulesOn(today).warnWorkingDays;
  const soonEnd = addWorkingDays(today, warn, holidays);
  const { conds, scope } = await listConditions(ctx, q, today, soonEnd);
  const where = and(...conds);
  const openCond = inArray(petitions.status, [...OPEN_STATUSES]);
  const [rows, [totals], [counts]] = await Promise.all([
    listSelect(ctx.db)
      .where(where)
      .orderBy(...ORDER)
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    ctx.db.select({ n: count() }).from(petitions).where(where),
    ctx.db
      .select({
        open: sql<number>`count(*) filter (where ${openCond})`,
        overdue: sql<number>`count(*) filter (where ${openCond} and ${petitions.dueDate} < ${today})`,
        dueSoon: sql<number>`count(*) filter (where ${openCond} and ${petitions.dueDate} >= ${today} and ${petitions.dueDate} <= ${soonEnd})`,
      })
      .from(petitions)
      .where(and(eq(petitions.tenantId, t), scope)),
  ]);
  return {
    items: rows.map((r) => presentItem(r, today, holidays)),
    total: Number(totals?.n ?? 0),
    page: q.page,
    pageSize: q.pageSize,
    counts: {
      open: Number(counts?.open ?? 0),
      dueSoon: Number(counts?.dueSoon ?? 0),
      overdue: Number(counts?.overdue ?? 0),
    },
  };
}

/** Every petition the filters select, in the list's order, for the Excel register. */
/** The nominee picker of the petition form: nominees under consideration in the officer's units. */
export async function searchPetitionSubjects(ctx: Ctx, q: z.output<typeof PetitionSubjectQuery>) {
  const rows = await searchNomineeSubjects(
    ctx.db,
    ctx.actor.tenantId,
    (column) => scopeSql(ctx.db, ctx.actor, PERM, column),
    q.q,
    q.limit,
  );
  return {
    items: rows.map((r) => ({
      nomineeId: r.id,
      label: r.label,
      roundName: r.roundName,
      statusLabel: NOMINEE_STATUS_LABELS[r.status],
    })),
  };
}

export async function allPetitions(ctx: Ctx, q: z.output<typeof PetitionExportQuery>) {
  const t = ctx.actor.tenantId;
  const today = isoDateInVietnam(ctx.now);
  const holidays = await holidaysOn(ctx.db, t, today);
  const soonEnd = addWorkingDays(today, petitionRulesOn(today).warnWorkingDays, holidays);
  const { conds } = await listConditions(ctx, q, today, soonEnd);
  const rows = await listSelect(ctx.db)
    .where(and(...conds))
    .orderBy(...ORDER)
    .limit(20_000);
  return rows.map((r) => ({ ...presentItem(r, today, holidays), answerNo: r.p.answerNo, answer: r.p.answer }));
}

async function loadFor(ctx: Ctx, q: Q, id: string, lock = false) {
  const p = await loadPetition(q, ctx.actor.tenantId, id, lock);
  if (!p) throw notFound('đơn thư');
  requireAccess(ctx.actor, PERM, await orgChain(q, ctx.actor.tenantId, p.orgId));
  return p;
}

export async function getPetition(ctx: Ctx, id: string) {
  const t = ctx.actor.tenantId;
  await loadFor(ctx, ctx.db, id);
  const [r] = await listSelect(ctx.db).where(and(eq(petitions.tenantId, t), eq(petitions.id, id)));
  const p = r!.p;
  const today = isoDateInVietnam(ctx.now);
  const holidays = await holidaysOn(ctx.db, t, today);
  const rules = petitionRulesOn(p.receivedOn);
  const d = await dueOf(ctx.db, t, factsOf(p));
  const dupRow = p.duplicateOfId ? await loadPetition(ctx.db, t, p.duplicateOfId) : null;
  const open = OPEN_STATUSES.includes(p.status);
  return {
    ...presentItem(r!, today, holidays),
    senderAddress: p.senderAddress,
    contact: p.contact,
    content: p.content,
    subjectText: p.subjectText,
    nomineeId: p.nomineeId,
    awardRecordId: p.awardRecordId,
    secondRound: p.secondRound,
    complexity: p.complexity,
    complexityLabel: COMPLEXITY_LABELS[p.complexity],
    remote: p.remote,
    extensions: p.extensions,
    assigneeId: p.assigneeId,
    rejectReason: p.rejectReason,
    rejectReasonLabel: p.rejectReason ? REJECT_REASON_LABELS[p.rejectReason] : null,
    answerNo: p.answerNo,
    answer: p.answer,
    dueBasis: d.periods.map((x) => ({ days: x.days, working: x.working, basis: x.basis, mark: x.mark })),
    acceptBlocked:
      p.status !== 'received'
        ? null
        : acceptRefusal(
            {
              kind: p.kind,
              anonymous: p.anonymous,
              duplicateOf: dupRow ? { status: dupRow.status, trackingCode: dupRow.trackingCode } : null,
            },
            rules,
          ),
    extendBlocked:
      p.status === 'accepted' ? extensionRefusal(factsOf(p), rules) : open ? 'Chỉ gia hạn sau khi thụ lý.' : null,
    noticeFeedbackId: p.noticeFeedbackId,
    createdAt: p.createdAt.toISOString(),
  };
}

// ── Receiving ──

export interface NewPetition {
  orgId: string;
  kind: PetitionKind;
  channel: PetitionChannel;
  senderName: string | null;
  senderAddress: string | null;
  contact: string | null;
  title: string;
  content: string;
  subjectText: string | null;
  nomineeId?: string | null;
  awardRecordId?: string | null;
  receivedOn: string;
  secondRound?: boolean;
  complexity?: PetitionRow['complexity'];
  remote?: boolean;
  noticeFeedbackId?: string | null;
  pendingMatterId?: string | null;
  trackingCode?: string;
}

/** Records a petition in the register inside `tx`: duplicates, due date, pending matter, audit, notices to the office. */
export async function recordPetition(tx: Tx, tenantId: string, input: NewPetition, actor: AuditActor, now: Date) {
  const subject =
    input.nomineeId || input.awardRecordId
      ? await resolveSubject(tx, tenantId, { nomineeId: input.nomineeId, awardRecordId: input.awardRecordId })
      : null;
  if ((input.nomineeId || input.awardRecordId) && !subject)
    throw invalid([
      {
        field: input.nomineeId ? 'nomineeId' : 'awardRecordId',
        label: input.nomineeId ? 'Người (tập thể) được đề nghị khen thưởng' : 'Khen thưởng bị phản ánh',
        message: 'Không tìm thấy trong dữ liệu của đơn vị.',
      },
    ]);
  const anonymous = isAnonymous(input);
  const subjectText = subject?.label ?? input.subjectText;
  const earlier = input.senderName
    ? await earlierPetitions(tx, tenantId, input.orgId, input.senderName.toLowerCase())
    : [];
  const duplicate = findDuplicate(
    { kind: input.kind, senderName: input.senderName, subjectKey: subjectKeyOf({ ...input, subjectText }) },
    earlier.map((e) => ({ ...e, subjectKey: subjectKeyOf(e) })),
  );
  const facts: PetitionFacts = {
    kind: input.kind,
    receivedOn: input.receivedOn,
    secondRound: input.secondRound,
    complexity: input.complexity,
    remote: input.remote,
  };
  const due = await dueOf(tx, tenantId, facts);
  const id = crypto.randomUUID();
  const code = input.trackingCode ?? newPetitionCode();
  let pendingMatterId = input.pendingMatterId ?? null;
  let withheld = false;
  if (!pendingMatterId && subject && withholds({ kind: input.kind, status: 'received', anonymous, hasSubject: true })) {
    const pm = await openPendingMatter(
      tx,
      tenantId,
      subject,
      input.receivedOn,
      `${PETITION_KIND_LABELS[input.kind]} mã ${code}: ${input.title}`,
      now,
    );
    pendingMatterId = pm.id;
    withheld = pm.withheld;
  }
  await insertPetition(tx, {
    tenantId,
    id,
    orgId: input.orgId,
    trackingCode: code,
    kind: input.kind,
    channel: input.channel,
    status: 'received',
    senderName: input.senderName,
    senderAddress: input.senderAddress,
    contact: input.contact,
    anonymous,
    title: input.title,
    content: input.content,
    subjectText,
    nomineeId: subject?.nomineeId ?? null,
    awardRecordId: input.awardRecordId ?? null,
    secondRound: input.secondRound ?? false,
    complexity: input.complexity ?? 'normal',
    remote: input.remote ?? false,
    receivedOn: input.receivedOn,
    dueDate: due.dueDate,
    duplicateOfId: duplicate?.id ?? null,
    pendingMatterId,
    noticeFeedbackId: input.noticeFeedbackId ?? null,
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
  });
  const kindLabel = PETITION_KIND_LABELS[input.kind];
  await appendAudit(
    tx,
    actor,
    {
      action: 'petition.receive',
      entityType: 'petition',
      entityId: id,
      orgId: input.orgId,
      summary: `Tiếp nhận ${kindLabel.toLowerCase()} mã ${code} (${PETITION_CHANNEL_LABELS[input.channel].toLowerCase()}): ${input.title}${withheld ? `; tạm dừng xét ${subject?.label}` : ''}${duplicate ? `; trùng đơn ${duplicate.trackingCode}` : ''}`,
      after: {
        kind: input.kind,
        channel: input.channel,
        anonymous,
        subject: subjectText,
        dueDate: due.dueDate,
        duplicateOf: duplicate?.trackingCode ?? null,
        withheld,
      },
    },
    now,
  );
  // A notice complaint is announced by the notice itself.
  if (input.channel === 'notice') return { id, trackingCode: code, anonymous, dueDate: due.dueDate };
  const chain = await orgChain(tx, tenantId, input.orgId);
  await notify(
    tx,
    tenantId,
    (await usersWithPermission(tx, tenantId, PERM, chain)).filter((u) => u !== actor.userId),
    {
      kind: 'petition.received',
      title: `Có ${kindLabel.toLowerCase()} mới (mã ${code})`,
      body: `${input.title}. Hạn xử lý ${formatDateVN(due.dueDate)}.${withheld ? ' Đã tạm dừng xét khen thưởng đối tượng bị phản ánh.' : ''}`,
      link: `/don-thu/${id}`,
    },
    now,
  );
  return { id, trackingCode: code, anonymous, dueDate: due.dueDate };
}

async function withFreshCode<T>(fn: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn(newPetitionCode());
    } catch (e) {
      if (isUniqueViolation(e) && attempt < 3) continue;
      throw e;
    }
  }
}

const actorOf = (ctx: Ctx): AuditActor => ({
  tenantId: ctx.actor.tenantId,
  userId: ctx.actor.userId,
  name: ctx.actor.fullName,
});

function checkReceivedOn(receivedOn: string, today: string) {
  if (receivedOn > today)
    throw invalid([{ field: 'receivedOn', label: 'Ngày nhận đơn', message: 'Ngày nhận đơn không được sau hôm nay.' }]);
}

export async function createPetition(ctx: Ctx, body: z.output<typeof CreatePetitionBody>) {
  const t = ctx.actor.tenantId;
  const today = isoDateInVietnam(ctx.now);
  await requireOrgAccess(ctx.db, ctx.actor, PERM, body.orgId);
  const receivedOn = body.receivedOn ?? today;
  checkReceivedOn(receivedOn, today);
  const r = await withFreshCode((code) =>
    ctx.db.transaction((tx) =>
      recordPetition(tx, t, { ...body, receivedOn, trackingCode: code }, actorOf(ctx), ctx.now),
    ),
  );
  return getPetition(ctx, r.id);
}

// ── Handling ──

async function change(
  ctx: Ctx,
  id: string,
  fn: (
    tx: Tx,
    p: PetitionRow,
    today: string,
  ) => Promise<{ set: Partial<PetitionRow>; action: string; summary: string; reason?: string | null }>,
) {
  const t = ctx.actor.tenantId;
  const today = isoDateInVietnam(ctx.now);
  await ctx.db.transaction(async (tx) => {
    const p = await loadFor(ctx, tx, id, true);
    const { set, action, summary, reason } = await fn(tx, p, today);
    const next = { ...p, ...set };
    if (OPEN_STATUSES.includes(next.status)) next.dueDate = (await dueOf(tx, t, factsOf(next))).dueDate;
    await updatePetition(tx, t, id, { ...set, dueDate: next.dueDate, updatedAt: ctx.now });
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const k of [...Object.keys(set), 'dueDate'] as (keyof PetitionRow)[])
      if (p[k] !== next[k]) {
        before[k] = p[k];
        after[k] = next[k];
      }
    await recordAudit(tx, ctx, {
      action,
      entityType: 'petition',
      entityId: id,
      orgId: p.orgId,
      summary: `${summary} (mã ${p.trackingCode})`,
      before,
      after,
      reason: reason ?? null,
    });
  });
  return getPetition(ctx, id);
}

const requireOpen = (p: PetitionRow) => {
  if (!OPEN_STATUSES.includes(p.status))
    throw conflict(`Đơn mã ${p.trackingCode} đã kết thúc (${PETITION_STATUS_LABELS[p.status].toLowerCase()}).`);
};

/** Closes the petition's pending matter (if any) and, for a notice complaint, the notice's feedback. */
async function closeLinks(ctx: Ctx, tx: Tx, p: PetitionRow, today: string, outcome: string) {
  let released: string | null = null;
  if (p.pendingMatterId)
    released = await closePendingMatter(tx, p.tenantId, p.pendingMatterId, p.nomineeId, today, outcome, ctx.now);
  if (p.noticeFeedbackId) {
    const { closeNoticeFeedbackFromPetition } = await import('../notices/service.js');
    await closeNoticeFeedbackFromPetition(
      tx,
      p.tenantId,
      p.noticeFeedbackId,
      p.status === 'rejected' ? 'dismissed' : 'resolved',
      outcome,
      ctx,
    );
  }
  return released;
}

export async function classifyPetition(ctx: Ctx, id: string, body: z.output<typeof ClassifyPetitionBody>) {
  return change(ctx, id, async (tx, p, today) => {
    requireOpen(p);
    const set: Partial<PetitionRow> = {};
    if (body.kind && body.kind !== p.kind) {
      if (p.status !== 'received') throw conflict('Đơn đã thụ lý: không đổi loại đơn được nữa.');
      set.kind = body.kind;
    }
    if (body.secondRound !== undefined) set.secondRound = body.secondRound;
    if (body.complexity) set.complexity = body.complexity;
    if (body.remote !== undefined) set.remote = body.remote;
    if (body.assigneeId !== undefined) {
      if (body.assigneeId) {
        const chain = await orgChain(tx, p.tenantId, p.orgId);
        const ok = (await usersWithPermission(tx, p.tenantId, PERM, chain)).includes(body.assigneeId);
        if (!ok)
          throw invalid([
            {
              field: 'assigneeId',
              label: 'Người được giao xử lý',
              message: 'Người này không có quyền xử lý đơn thư của đơn vị.',
            },
          ]);
      }
      set.assigneeId = body.assigneeId;
    }
    for (const k of ['senderName', 'senderAddress', 'contact'] as const) if (body[k] !== undefined) set[k] = body[k];
    const next = { ...p, ...set };
    next.anonymous = isAnonymous(next);
    set.anonymous = next.anonymous;
    const subjectChanged =
      (body.nomineeId !== undefined && body.nomineeId !== p.nomineeId) ||
      (body.awardRecordId !== undefined && body.awardRecordId !== p.awardRecordId);
    let note = '';
    if (subjectChanged) {
      const ref = {
        nomineeId: body.nomineeId ?? null,
        awardRecordId: body.nomineeId ? null : (body.awardRecordId ?? null),
      };
      const subject = ref.nomineeId || ref.awardRecordId ? await resolveSubject(tx, p.tenantId, ref) : null;
      if ((ref.nomineeId || ref.awardRecordId) && !subject)
        throw invalid([
          {
            field: ref.nomineeId ? 'nomineeId' : 'awardRecordId',
            label: ref.nomineeId ? 'Người (tập thể) được đề nghị khen thưởng' : 'Khen thưởng bị phản ánh',
            message: 'Không tìm thấy trong dữ liệu của đơn vị.',
          },
        ]);
      if (p.pendingMatterId && !p.noticeFeedbackId) {
        const released = await closePendingMatter(
          tx,
          p.tenantId,
          p.pendingMatterId,
          p.nomineeId,
          today,
          'đổi đối tượng',
          ctx.now,
        );
        if (released) note += `; tiếp tục xét ${released}`;
        set.pendingMatterId = null;
      }
      set.nomineeId = subject?.nomineeId ?? null;
      set.awardRecordId = ref.awardRecordId;
      if (subject) set.subjectText = subject.label;
      next.nomineeId = set.nomineeId;
      next.pendingMatterId = set.pendingMatterId ?? p.pendingMatterId;
      if (subject && !next.pendingMatterId && withholds({ ...next, hasSubject: true })) {
        const pm = await openPendingMatter(
          tx,
          p.tenantId,
          subject,
          today,
          `${PETITION_KIND_LABELS[next.kind]} mã ${p.trackingCode}: ${p.title}`,
          ctx.now,
        );
        set.pendingMatterId = pm.id;
        if (pm.withheld) note += `; tạm dừng xét ${subject.label}`;
      }
    } else if (p.pendingMatterId && !p.noticeFeedbackId && !withholds({ ...next, hasSubject: true })) {
      // Now anonymous, or no longer a complaint or denunciation: the subject is free again.
      const released = await closePendingMatter(
        tx,
        p.tenantId,
        p.pendingMatterId,
        p.nomineeId,
        today,
        'phân loại lại',
        ctx.now,
      );
      if (released) note += `; tiếp tục xét ${released}`;
      set.pendingMatterId = null;
    }
    return { set, action: 'petition.classify', summary: `Phân loại, giao xử lý đơn${note}` };
  });
}

export async function acceptPetition(ctx: Ctx, id: string, body: z.output<typeof AcceptPetitionBody>) {
  return change(ctx, id, async (tx, p, today) => {
    if (p.status !== 'received')
      throw conflict(
        `Chỉ thụ lý được đơn mới tiếp nhận (đơn đang: ${PETITION_STATUS_LABELS[p.status].toLowerCase()}).`,
      );
    const acceptedOn = body.acceptedOn ?? today;
    if (acceptedOn > today || acceptedOn < p.receivedOn)
      throw invalid([
        {
          field: 'acceptedOn',
          label: 'Ngày thụ lý',
          message: `Ngày thụ lý phải từ ngày nhận đơn (${formatDateVN(p.receivedOn)}) đến hôm nay.`,
        },
      ]);
    const dupRow = p.duplicateOfId ? await loadPetition(tx, p.tenantId, p.duplicateOfId) : null;
    const refusal = acceptRefusal(
      {
        kind: p.kind,
        anonymous: p.anonymous,
        duplicateOf: dupRow ? { status: dupRow.status, trackingCode: dupRow.trackingCode } : null,
        newInformation: body.newInformation,
      },
      petitionRulesOn(p.receivedOn),
    );
    if (refusal) throw conflict(refusal);
    return {
      set: { status: 'accepted', acceptedOn },
      action: 'petition.accept',
      summary: `Thụ lý ${PETITION_KIND_LABELS[p.kind].toLowerCase()} ngày ${formatDateVN(acceptedOn)}`,
      reason: body.note,
    };
  });
}

export async function extendPetition(ctx: Ctx, id: string, body: { note: string }) {
  return change(ctx, id, async (_tx, p) => {
    if (p.status !== 'accepted') throw conflict('Chỉ gia hạn được đơn đã thụ lý.');
    const refusal = extensionRefusal(factsOf(p), petitionRulesOn(p.receivedOn));
    if (refusal) throw conflict(refusal);
    return {
      set: { extensions: p.extensions + 1 },
      action: 'petition.extend',
      summary: `Gia hạn giải quyết tố cáo lần ${p.extensions + 1}`,
      reason: body.note,
    };
  });
}

export async function rejectPetition(ctx: Ctx, id: string, body: z.output<typeof RejectPetitionBody>) {
  return change(ctx, id, async (tx, p, today) => {
    if (p.status !== 'received') throw conflict('Chỉ ghi "không thụ lý" được với đơn chưa thụ lý.');
    const closed = { ...p, status: 'rejected' as const };
    const released = await closeLinks(ctx, tx, closed, today, `Không thụ lý: ${REJECT_REASON_LABELS[body.reason]}`);
    return {
      set: {
        status: 'rejected',
        rejectReason: body.reason,
        answer: body.note,
        closedOn: today,
        closedBy: ctx.actor.userId,
      },
      action: 'petition.reject',
      summary: `Không thụ lý đơn: ${REJECT_REASON_LABELS[body.reason]}${released ? `; tiếp tục xét ${released}` : ''}`,
      reason: body.note,
    };
  });
}

export async function answerPetition(ctx: Ctx, id: string, body: z.output<typeof AnswerPetitionBody>) {
  return change(ctx, id, async (tx, p, today) => {
    if (p.status !== 'accepted') throw conflict('Chỉ trả lời, kết luận được đơn đã thụ lý.');
    const closed = { ...p, status: 'answered' as const };
    const released = await closeLinks(ctx, tx, closed, today, `Đã giải quyết: ${body.answer}`);
    return {
      set: {
        status: 'answered',
        answer: body.answer,
        answerNo: body.answerNo,
        closedOn: today,
        closedBy: ctx.actor.userId,
      },
      action: 'petition.answer',
      summary: `Trả lời, kết luận ${PETITION_KIND_LABELS[p.kind].toLowerCase()}${released ? `; tiếp tục xét ${released}` : ''}`,
    };
  });
}

// ── For other features (notices) ──

/**
 * A complaint on a public notice becomes a petition of the register (channel 'notice'), sharing
 * the notice's tracking code and the pending matter the notice opened.
 */
export async function registerNoticeComplaint(
  tx: Tx,
  tenantId: string,
  input: {
    orgId: string;
    noticeFeedbackId: string;
    trackingCode: string;
    nomineeId: string | null;
    pendingMatterId: string | null;
    senderName: string;
    contact: string | null;
    noticeTitle: string;
    content: string;
  },
  now: Date,
) {
  return recordPetition(
    tx,
    tenantId,
    {
      orgId: input.orgId,
      kind: 'complaint',
      channel: 'notice',
      senderName: input.senderName,
      senderAddress: null,
      contact: input.contact,
      title: `Phản ánh, khiếu nại về danh sách công khai "${input.noticeTitle}"`.slice(0, 300),
      content: input.content,
      subjectText: null,
      nomineeId: input.nomineeId,
      receivedOn: isoDateInVietnam(now),
      noticeFeedbackId: input.noticeFeedbackId,
      pendingMatterId: input.pendingMatterId,
      trackingCode: input.trackingCode,
    },
    { tenantId, userId: null, name: 'Người dân (trang công khai)' },
    now,
  );
}

/** The notice resolved its complaint: the petition that carries it closes too (the notice already freed the subject). */
export async function closePetitionOfNoticeFeedback(
  tx: Tx,
  ctx: Ctx,
  feedbackId: string,
  outcome: 'resolved' | 'dismissed',
  text: string,
) {
  const t = ctx.actor.tenantId;
  const [p] = await tx
    .select()
    .from(petitions)
    .where(and(eq(petitions.tenantId, t), eq(petitions.noticeFeedbackId, feedbackId)));
  if (!p || !OPEN_STATUSES.includes(p.status)) return;
  const today = isoDateInVietnam(ctx.now);
  await updatePetition(tx, t, p.id, {
    status: outcome === 'resolved' ? 'answered' : 'rejected',
    acceptedOn: outcome === 'resolved' ? (p.acceptedOn ?? today) : p.acceptedOn,
    rejectReason: outcome === 'dismissed' ? 'other' : null,
    answer: text,
    closedOn: today,
    closedBy: ctx.actor.userId,
    updatedAt: ctx.now,
  });
}

// ── Public (no sign-in) ──

/** Organisations a citizen may address: each tenant's top-level bodies and their direct children. */
export async function publicRecipients(db: Db) {
  const roots = await db
    .select({ id: organisations.id, name: organisations.name, tenantId: organisations.tenantId, tenant: tenants.name })
    .from(organisations)
    .innerJoin(tenants, eq(tenants.id, organisations.tenantId))
    .where(isNull(organisations.parentId))
    .limit(50);
  const children = roots.length
    ? await db
        .select({
          id: organisations.id,
          name: organisations.name,
          tenantId: organisations.tenantId,
          parentId: organisations.parentId,
        })
        .from(organisations)
        .where(
          and(
            inArray(
              organisations.parentId,
              roots.map((r) => r.id),
            ),
            isNull(organisations.effectiveTo),
          ),
        )
        .limit(300)
    : [];
  const coll = new Intl.Collator('vi');
  return {
    items: [
      ...roots.map((r) => ({ id: r.id, name: r.name, tenant: r.tenant })),
      ...children
        .map((c) => ({ id: c.id, name: c.name, tenant: roots.find((r) => r.tenantId === c.tenantId)?.tenant ?? '' }))
        .sort((a, b) => coll.compare(a.name, b.name)),
    ],
  };
}

export async function submitPublicPetition(db: Db, body: z.output<typeof PublicPetitionBody>, now: Date) {
  if (body.website) throw invalid([{ field: 'website', label: 'Trang web', message: 'Không điền ô này.' }]);
  const { items } = await publicRecipients(db);
  const recipientId = body.recipientId ?? (items.length === 1 ? items[0]!.id : undefined);
  if (!recipientId)
    throw invalid([{ field: 'recipientId', label: 'Cơ quan nhận đơn', message: 'Chọn cơ quan nhận đơn.' }]);
  const [org] = await db
    .select({ tenantId: organisations.tenantId, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.id, recipientId), isNull(organisations.effectiveTo)))
    .limit(1);
  if (!org || !items.some((i) => i.id === recipientId))
    throw invalid([
      { field: 'recipientId', label: 'Cơ quan nhận đơn', message: 'Cơ quan này không nhận đơn qua trang công khai.' },
    ]);
  const receivedOn = isoDateInVietnam(now);
  const r = await withFreshCode((code) =>
    db.transaction((tx) =>
      recordPetition(
        tx,
        org.tenantId,
        {
          orgId: recipientId,
          kind: body.kind,
          channel: 'public_form',
          senderName: body.senderName,
          senderAddress: body.senderAddress,
          contact: body.contact,
          title: body.title,
          content: body.content,
          subjectText: body.subjectText,
          receivedOn,
          trackingCode: code,
        },
        { tenantId: org.tenantId, userId: null, name: 'Người dân (trang công khai)' },
        now,
      ),
    ),
  );
  const rules = petitionRulesOn(receivedOn);
  return {
    trackingCode: r.trackingCode,
    receivedOn,
    recipient: org.name,
    anonymous: r.anonymous,
    notice:
      r.anonymous && body.kind === 'denunciation'
        ? `Tố cáo không ghi rõ họ tên, địa chỉ sẽ không được giải quyết theo thủ tục tố cáo (${rules.denunciation.anonymousBasis.basis.split(' (')[0]}); nếu nội dung rõ ràng, có chứng cứ, cơ quan có thể kiểm tra theo thẩm quyền.`
        : r.anonymous
          ? 'Đơn không ghi đủ họ tên, địa chỉ: cơ quan có thể không trả lời được cho người gửi.'
          : null,
  };
}

export async function trackPetition(db: Db, raw: string) {
  const code = normalisePetitionCode(raw);
  const none = new AppError(
    'NOT_FOUND',
    'Không tìm thấy đơn nào với mã tra cứu này. Kiểm tra lại mã (dạng DT-XXXX-XXXX).',
  );
  if (!code) throw none;
  const row = await petitionByCode(db, code);
  if (!row) throw none;
  const { p } = row;
  const open = OPEN_STATUSES.includes(p.status);
  return {
    trackingCode: p.trackingCode,
    kind: p.kind,
    kindLabel: PETITION_KIND_LABELS[p.kind],
    status: p.status,
    statusLabel: PETITION_STATUS_LABELS[p.status],
    title: p.title,
    recipient: row.recipient,
    receivedOn: p.receivedOn,
    acceptedOn: p.acceptedOn,
    dueDate: open ? p.dueDate : null,
    closedOn: p.closedOn,
    answer: p.status === 'answered' ? p.answer : null,
    rejectReason: p.status === 'rejected' && p.rejectReason ? REJECT_REASON_LABELS[p.rejectReason] : null,
  };
}

export { orgName };

// ── Files ──

export async function exportPetitions(ctx: Ctx, q: z.output<typeof PetitionExportQuery>) {
  const { petitionRegisterXlsx } = await import('./export.js');
  const rows = await allPetitions(ctx, q);
  const filters = [
    q.kind ? `Loại: ${PETITION_KIND_LABELS[q.kind]}` : null,
    q.status ? `Trạng thái: ${PETITION_STATUS_LABELS[q.status]}` : null,
    q.deadline === 'overdue' ? 'Quá hạn' : q.deadline === 'due_soon' ? 'Sắp đến hạn' : null,
    q.q ? `Tìm: "${q.q}"` : null,
  ].filter(Boolean);
  const note = `${filters.length ? `${filters.join('; ')} — ` : ''}${rows.length} đơn — lập ngày ${formatDateVN(isoDateInVietnam(ctx.now))}`;
  return {
    name: `Sổ theo dõi đơn thư ${isoDateInVietnam(ctx.now)}.xlsx`,
    data: await petitionRegisterXlsx(rows, note),
  };
}

export async function petitionAnswerDocument(ctx: Ctx, id: string) {
  const { answerDocx } = await import('./export.js');
  const p = await loadFor(ctx, ctx.db, id);
  if (p.status !== 'answered' || !p.answer || !p.closedOn)
    throw conflict('Chỉ tải được văn bản trả lời sau khi đơn đã được trả lời, kết luận.');
  const org = await orgName(ctx.db, p.tenantId, p.orgId);
  const parent = org?.parentId ? await orgName(ctx.db, p.tenantId, org.parentId) : null;
  const data = await answerDocx({
    org: { name: org?.name ?? '', type: org?.type ?? '', parentName: parent?.name ?? null },
    trackingCode: p.trackingCode,
    kindLabel: PETITION_KIND_LABELS[p.kind],
    title: p.title,
    senderName: p.anonymous ? null : p.senderName,
    senderAddress: p.anonymous ? null : p.senderAddress,
    receivedOn: p.receivedOn,
    acceptedOn: p.acceptedOn,
    answerNo: p.answerNo,
    answer: p.answer,
    closedOn: p.closedOn,
  });
  return { name: `Trả lời đơn ${p.trackingCode}.docx`, data };
}
