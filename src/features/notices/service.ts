// Public notice (công khai) of the nominees a council passed, and the public's comments and
// complaints on it. The office publishes after the meeting is closed; anyone reads the notice and
// writes without signing in, getting a tracking code; a complaint about a nominee opens a pending
// matter (the eligibility engine withholds the subject) and withholds the nominee until the office
// resolves it with a written answer. Every write is audited in its transaction.
import { randomInt } from 'node:crypto';
import { and, count, desc, eq, gte, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import type { Db, Tx } from '../../db/client.js';
import {
  meetingItems,
  nominees,
  noticeFeedback,
  notices,
  organisations,
  pendingMatters,
  proposals,
  rounds,
  tenants,
} from '../../db/schema.js';
import { awardName } from '../../domain/registry/vocab.js';
import { nomineeMachine } from '../../domain/rounds/machines.js';
import { noticeEndsOn } from '../../domain/rounds/procedure.js';
import { FEEDBACK_KIND_LABELS, FEEDBACK_STATUS_LABELS, type FeedbackKind } from '../../domain/rounds/vocab.js';
import { formatDateVN, isoDateInVietnam, unaccent } from '../../domain/vi-text/index.js';
import { offsetOf, searchCondition } from '../../server/paging.js';
import type { Ctx } from '../../server/context.js';
import { isUniqueViolation } from '../../server/db-errors.js';
import { AppError, invalid, notFound, refuse } from '../../server/errors.js';
import { appendAudit, recordAudit } from '../audit/append.js';
import { loadMeeting, moved, requireManage } from '../councils/access.js';
import { RECEIPT_ALPHABET } from '../councils/ballot-box.js';
import { procedureRulesFor } from '../councils/meetings.js';
import { notify, usersWithPermission } from '../notifications/service.js';
import { scopeSql } from '../organisations/scope.js';
import { orgChain } from '../organisations/tree.js';
import { closePetitionOfNoticeFeedback, registerNoticeComplaint } from '../petitions/service.js';
import type { FeedbackBody, NoticeListQuery, PublishBody, ResolveBody } from './schema.js';

export interface NoticeEntry {
  nomineeId: string;
  ordinal: number;
  name: string;
  position: string | null;
  unit: string;
  awardCode: string;
  awardName: string;
}

const randomText = (n: number, alphabet = RECEIPT_ALPHABET) =>
  Array.from({ length: n }, () => alphabet[randomInt(alphabet.length)]).join('');

export function slugify(s: string, max = 60): string {
  const base = unaccent(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return base.slice(0, max).replace(/-+$/g, '');
}

/** Tracking codes look like PA-7KQ2-M9XD: 8 unambiguous symbols. */
export const newTrackingCode = () => {
  const s = randomText(8);
  return `PA-${s.slice(0, 4)}-${s.slice(4)}`;
};
export function normaliseTrackingCode(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s-]/g, '').replace(/^PA/, '');
  if (s.length !== 8 || [...s].some((c) => !RECEIPT_ALPHABET.includes(c))) return null;
  return `PA-${s.slice(0, 4)}-${s.slice(4)}`;
}

const inForce = (n: { publishedOn: string; endsOn: string }, today: string) =>
  n.publishedOn <= today && today <= n.endsOn;

// ── The office ──

export async function publishNotice(ctx: Ctx, meetingId: string, input: z.output<typeof PublishBody>) {
  const t = ctx.actor.tenantId;
  const today = isoDateInVietnam(ctx.now);
  const rules = await procedureRulesFor(ctx.db, t, today);
  // The notice lasts the days the office chose, never fewer than the rules' minimum.
  if (input.days !== undefined && input.days < rules.notice.days) {
    throw invalid([
      {
        field: 'days',
        label: 'Số ngày công khai',
        message: `Thời hạn công khai tối thiểu là ${rules.notice.days} ngày${rules.notice.working ? ' làm việc' : ''}.`,
      },
    ]);
  }
  const period = { ...rules, notice: { ...rules.notice, days: input.days ?? rules.notice.days } };
  const id = crypto.randomUUID();
  await ctx.db.transaction(async (tx) => {
    const { meeting, round } = await loadMeeting(tx, t, meetingId, true);
    await requireManage(tx, ctx.actor, round.orgId);
    if (meeting.status !== 'closed')
      throw refuse(
        'NOTICE_MEETING_NOT_CLOSED',
        'Chỉ công khai được sau khi Hội đồng đã kết thúc bỏ phiếu và kiểm phiếu.',
      );
    const [existing] = await tx
      .select({ id: notices.id })
      .from(notices)
      .where(and(eq(notices.tenantId, t), eq(notices.meetingId, meetingId)));
    if (existing) throw refuse('NOTICE_ALREADY_PUBLISHED', 'Kết quả phiên họp này đã được công khai.');
    const rows = await tx
      .select({ i: meetingItems, n: nominees, unit: organisations.name })
      .from(meetingItems)
      .innerJoin(nominees, and(eq(nominees.tenantId, meetingItems.tenantId), eq(nominees.id, meetingItems.nomineeId)))
      .innerJoin(proposals, and(eq(proposals.tenantId, nominees.tenantId), eq(proposals.id, nominees.proposalId)))
      .innerJoin(
        organisations,
        and(eq(organisations.tenantId, proposals.tenantId), eq(organisations.id, proposals.orgId)),
      )
      .where(
        and(
          eq(meetingItems.tenantId, t),
          eq(meetingItems.meetingId, meetingId),
          eq(meetingItems.passed, true),
          eq(nominees.status, 'passed'),
        ),
      )
      .orderBy(meetingItems.ordinal);
    if (!rows.length)
      throw refuse('NOTICE_NOTHING_PASSED', 'Phiên họp không có người (tập thể) nào được thông qua để công khai.');
    const entries: NoticeEntry[] = rows.map((r, k) => ({
      nomineeId: r.n.id,
      ordinal: k + 1,
      name: r.n.displayName,
      position: r.n.positionText,
      unit: r.unit,
      awardCode: r.n.awardCode,
      awardName: awardName(r.n.awardCode),
    }));
    const title = input.title ?? `Công khai danh sách đề nghị khen thưởng: ${round.name}`;
    const row = {
      tenantId: t,
      id,
      roundId: round.id,
      meetingId,
      slug: `${slugify(round.name) || 'cong-khai'}-${randomText(6, 'abcdefghjkmnpqrstuvwxyz23456789')}`,
      title,
      publishedOn: today,
      endsOn: noticeEndsOn(today, period),
      entries,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
    };
    await tx.insert(notices).values(row);
    await recordAudit(tx, ctx, {
      action: 'notice.publish',
      entityType: 'notice',
      entityId: id,
      orgId: round.orgId,
      summary: `Công khai ${entries.length} người (tập thể) từ ${formatDateVN(row.publishedOn)} đến ${formatDateVN(row.endsOn)}: ${title}`,
      after: {
        slug: row.slug,
        publishedOn: row.publishedOn,
        endsOn: row.endsOn,
        entries: entries.map((e) => `${e.name} — ${e.awardName}`),
        basis: rules.notice.basis,
      },
    });
  });
  return getNotice(ctx, id);
}

async function loadNoticeFor(ctx: Ctx, id: string) {
  const t = ctx.actor.tenantId;
  const [n] = await ctx.db
    .select({ n: notices, orgId: rounds.orgId, roundName: rounds.name })
    .from(notices)
    .innerJoin(rounds, and(eq(rounds.tenantId, notices.tenantId), eq(rounds.id, notices.roundId)))
    .where(and(eq(notices.tenantId, t), eq(notices.id, id)));
  if (!n) throw notFound('thông báo công khai');
  await requireManage(ctx.db, ctx.actor, n.orgId);
  return n;
}

const presentFeedback = (f: typeof noticeFeedback.$inferSelect, entries: NoticeEntry[]) => ({
  id: f.id,
  trackingCode: f.trackingCode,
  kind: f.kind,
  kindLabel: FEEDBACK_KIND_LABELS[f.kind],
  nomineeId: f.nomineeId,
  nomineeName: entries.find((e) => e.nomineeId === f.nomineeId)?.name ?? null,
  senderName: f.senderName,
  contact: f.contact,
  content: f.content,
  status: f.status,
  statusLabel: FEEDBACK_STATUS_LABELS[f.status],
  resolution: f.resolution,
  resolvedAt: f.resolvedAt?.toISOString() ?? null,
  withholds: f.pendingMatterId != null,
  createdAt: f.createdAt.toISOString(),
});

/**
 * One page of the notices of the rounds the actor manages, newest first, filtered and counted in
 * SQL; the feedback counts are read for the page's notices only.
 */
export async function listNotices(ctx: Ctx, q: NoticeListQuery) {
  const t = ctx.actor.tenantId;
  const where: SQL[] = [eq(notices.tenantId, t)];
  const reach = await scopeSql(ctx.db, ctx.actor, 'round.manage', rounds.orgId);
  if (reach) where.push(reach);
  if (q.roundId) where.push(eq(notices.roundId, q.roundId));
  const today = isoDateInVietnam(ctx.now);
  if (q.state === 'in_force') where.push(lte(notices.publishedOn, today), gte(notices.endsOn, today));
  if (q.state === 'ended') where.push(sql`${notices.endsOn} < ${today}`);
  where.push(...searchCondition(notices.searchKey, q.q));
  const joinRound = and(eq(rounds.tenantId, notices.tenantId), eq(rounds.id, notices.roundId));
  const [[counted], rows] = await Promise.all([
    ctx.db
      .select({ total: count() })
      .from(notices)
      .innerJoin(rounds, joinRound)
      .where(and(...where)),
    ctx.db
      .select({ n: notices, orgId: rounds.orgId, roundName: rounds.name })
      .from(notices)
      .innerJoin(rounds, joinRound)
      .where(and(...where))
      .orderBy(desc(notices.createdAt), notices.id)
      .limit(q.pageSize)
      .offset(offsetOf(q)),
  ]);
  const ids = rows.map((r) => r.n.id);
  const fb = ids.length
    ? await ctx.db
        .select({ noticeId: noticeFeedback.noticeId, status: noticeFeedback.status, n: count() })
        .from(noticeFeedback)
        .where(and(eq(noticeFeedback.tenantId, t), inArray(noticeFeedback.noticeId, ids)))
        .groupBy(noticeFeedback.noticeId, noticeFeedback.status)
    : [];
  return {
    items: rows.map(({ n, roundName }) => ({
      id: n.id,
      slug: n.slug,
      title: n.title,
      roundName,
      meetingId: n.meetingId,
      publishedOn: n.publishedOn,
      endsOn: n.endsOn,
      inForce: inForce(n, today),
      entryCount: (n.entries as NoticeEntry[]).length,
      feedbackCount: fb.filter((f) => f.noticeId === n.id).reduce((s, f) => s + Number(f.n), 0),
      openFeedback: fb.filter((f) => f.noticeId === n.id && f.status === 'open').reduce((s, f) => s + Number(f.n), 0),
    })),
    total: counted?.total ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function getNotice(ctx: Ctx, id: string) {
  const { n, roundName } = await loadNoticeFor(ctx, id);
  const entries = n.entries as NoticeEntry[];
  const [fb, statuses] = await Promise.all([
    ctx.db
      .select()
      .from(noticeFeedback)
      .where(and(eq(noticeFeedback.tenantId, n.tenantId), eq(noticeFeedback.noticeId, id)))
      .orderBy(desc(noticeFeedback.createdAt)),
    entries.length
      ? ctx.db
          .select({ id: nominees.id, status: nominees.status })
          .from(nominees)
          .where(
            and(
              eq(nominees.tenantId, n.tenantId),
              inArray(
                nominees.id,
                entries.map((e) => e.nomineeId),
              ),
            ),
          )
      : [],
  ]);
  const statusOf = new Map(statuses.map((s) => [s.id, s.status]));
  return {
    id: n.id,
    slug: n.slug,
    title: n.title,
    roundName,
    meetingId: n.meetingId,
    publishedOn: n.publishedOn,
    endsOn: n.endsOn,
    inForce: inForce(n, isoDateInVietnam(ctx.now)),
    entries: entries.map((e) => ({ ...e, withheld: statusOf.get(e.nomineeId) === 'withheld' })),
    feedback: fb.map((f) => presentFeedback(f, entries)),
  };
}

export async function noticeForMeeting(ctx: Ctx, meetingId: string) {
  const [n] = await ctx.db
    .select({ id: notices.id })
    .from(notices)
    .where(and(eq(notices.tenantId, ctx.actor.tenantId), eq(notices.meetingId, meetingId)));
  if (!n) throw notFound('thông báo công khai của phiên họp này');
  return getNotice(ctx, n.id);
}

/** Open complaints (pending matters) on a nominee's subject. */
async function openComplaints(tx: Tx | Db, n: typeof nominees.$inferSelect) {
  const subject = n.personId
    ? eq(pendingMatters.personId, n.personId)
    : n.householdId
      ? eq(pendingMatters.householdId, n.householdId)
      : n.orgId
        ? eq(pendingMatters.orgId, n.orgId)
        : null;
  if (!subject) return 0;
  const [{ c }] = await tx
    .select({ c: count() })
    .from(pendingMatters)
    .where(
      and(
        eq(pendingMatters.tenantId, n.tenantId),
        subject,
        eq(pendingMatters.kind, 'complaint'),
        isNull(pendingMatters.resolvedOn),
      ),
    );
  return Number(c);
}

export async function resolveFeedback(ctx: Ctx, feedbackId: string, input: z.output<typeof ResolveBody>) {
  const t = ctx.actor.tenantId;
  const today = isoDateInVietnam(ctx.now);
  let noticeId = '';
  await ctx.db.transaction(async (tx) => {
    const [f] = await tx
      .select()
      .from(noticeFeedback)
      .where(and(eq(noticeFeedback.tenantId, t), eq(noticeFeedback.id, feedbackId)))
      .for('update');
    if (!f) throw notFound('ý kiến');
    noticeId = f.noticeId;
    const [{ orgId }] = await tx
      .select({ orgId: rounds.orgId })
      .from(notices)
      .innerJoin(rounds, and(eq(rounds.tenantId, notices.tenantId), eq(rounds.id, notices.roundId)))
      .where(and(eq(notices.tenantId, t), eq(notices.id, f.noticeId)));
    await requireManage(tx, ctx.actor, orgId!);
    if (f.status !== 'open')
      throw refuse('NOTICE_FEEDBACK_SETTLED', `Ý kiến này đã được xử lý (${FEEDBACK_STATUS_LABELS[f.status]}).`);
    await tx
      .update(noticeFeedback)
      .set({ status: input.outcome, resolution: input.resolution, resolvedBy: ctx.actor.userId, resolvedAt: ctx.now })
      .where(and(eq(noticeFeedback.tenantId, t), eq(noticeFeedback.id, f.id)));
    let released: string | null = null;
    if (f.pendingMatterId) {
      const [pm] = await tx
        .select()
        .from(pendingMatters)
        .where(and(eq(pendingMatters.tenantId, t), eq(pendingMatters.id, f.pendingMatterId)));
      await tx
        .update(pendingMatters)
        .set({
          resolvedOn: today,
          note: `${pm?.note ?? ''} — ${FEEDBACK_STATUS_LABELS[input.outcome]}: ${input.resolution}`.slice(0, 4000),
        })
        .where(and(eq(pendingMatters.tenantId, t), eq(pendingMatters.id, f.pendingMatterId)));
    }
    if (f.nomineeId) {
      const [n] = await tx
        .select()
        .from(nominees)
        .where(and(eq(nominees.tenantId, t), eq(nominees.id, f.nomineeId)))
        .for('update');
      if (n && n.status === 'withheld' && (await openComplaints(tx, n)) === 0) {
        const to = moved(() => nomineeMachine.move(n.status, 'release'));
        await tx
          .update(nominees)
          .set({ status: to, updatedAt: ctx.now })
          .where(and(eq(nominees.tenantId, t), eq(nominees.id, n.id)));
        released = n.displayName;
      }
    }
    await closePetitionOfNoticeFeedback(tx, ctx, f.id, input.outcome, input.resolution);
    await recordAudit(tx, ctx, {
      action: 'notice_feedback.resolve',
      entityType: 'notice_feedback',
      entityId: f.id,
      orgId,
      summary: `${FEEDBACK_STATUS_LABELS[input.outcome]} ý kiến mã ${f.trackingCode}${released ? `; tiếp tục xét ${released}` : ''}`,
      before: { status: f.status },
      after: { status: input.outcome, released },
      reason: input.resolution,
    });
  });
  return getNotice(ctx, noticeId);
}

/**
 * The petition that carries a notice complaint was closed in the petition register (which freed
 * the subject): the complaint on the notice is closed with the same answer.
 */
export async function closeNoticeFeedbackFromPetition(
  tx: Tx,
  tenantId: string,
  feedbackId: string,
  outcome: 'resolved' | 'dismissed',
  resolution: string,
  ctx: Ctx,
) {
  await tx
    .update(noticeFeedback)
    .set({ status: outcome, resolution: resolution.slice(0, 3000), resolvedBy: ctx.actor.userId, resolvedAt: ctx.now })
    .where(
      and(eq(noticeFeedback.tenantId, tenantId), eq(noticeFeedback.id, feedbackId), eq(noticeFeedback.status, 'open')),
    );
}

// ── The public (no sign-in) ──

/** Notices in force today, of every tenant on this server (a province's portal). */
export async function publicNoticeIndex(db: Db, now: Date) {
  const today = isoDateInVietnam(now);
  const rows = await db
    .select({ n: notices, issuer: organisations.name, tenant: tenants.name })
    .from(notices)
    .innerJoin(rounds, and(eq(rounds.tenantId, notices.tenantId), eq(rounds.id, notices.roundId)))
    .innerJoin(organisations, and(eq(organisations.tenantId, rounds.tenantId), eq(organisations.id, rounds.orgId)))
    .innerJoin(tenants, eq(tenants.id, notices.tenantId))
    .where(and(lte(notices.publishedOn, today), gte(notices.endsOn, today)))
    .orderBy(desc(notices.publishedOn))
    .limit(200);
  return {
    items: rows.map(({ n, issuer, tenant }) => ({
      slug: n.slug,
      title: n.title,
      issuer,
      tenant,
      publishedOn: n.publishedOn,
      endsOn: n.endsOn,
      entryCount: (n.entries as NoticeEntry[]).length,
    })),
  };
}

async function noticeBySlug(db: Db | Tx, slug: string) {
  const [row] = await db
    .select({ n: notices, issuer: organisations.name, orgId: rounds.orgId, roundName: rounds.name })
    .from(notices)
    .innerJoin(rounds, and(eq(rounds.tenantId, notices.tenantId), eq(rounds.id, notices.roundId)))
    .innerJoin(organisations, and(eq(organisations.tenantId, rounds.tenantId), eq(organisations.id, rounds.orgId)))
    .where(eq(notices.slug, slug))
    .limit(1);
  if (!row) throw notFound('thông báo công khai');
  return row;
}

export async function publicNotice(db: Db, slug: string, now: Date) {
  const { n, issuer } = await noticeBySlug(db, slug);
  return {
    slug: n.slug,
    title: n.title,
    issuer,
    publishedOn: n.publishedOn,
    endsOn: n.endsOn,
    inForce: inForce(n, isoDateInVietnam(now)),
    entries: (n.entries as NoticeEntry[]).map((e) => ({
      nomineeId: e.nomineeId,
      ordinal: e.ordinal,
      name: e.name,
      position: e.position,
      unit: e.unit,
      awardName: e.awardName,
    })),
  };
}

export async function submitFeedback(db: Db, slug: string, input: z.output<typeof FeedbackBody>, now: Date) {
  if (input.website) throw invalid([{ field: 'website', label: 'Trang web', message: 'Không điền ô này.' }]);
  const today = isoDateInVietnam(now);
  const { n, orgId } = await noticeBySlug(db, slug);
  if (!inForce(n, today))
    throw refuse(
      'NOTICE_ENDED',
      `Thời gian công khai đã kết thúc ngày ${formatDateVN(n.endsOn)}: không nhận thêm ý kiến qua trang này.`,
    );
  const entries = n.entries as NoticeEntry[];
  const entry = input.nomineeId ? entries.find((e) => e.nomineeId === input.nomineeId) : undefined;
  if (input.nomineeId && !entry)
    throw invalid([
      {
        field: 'nomineeId',
        label: 'Người (tập thể) được phản ánh',
        message: 'Không có trong danh sách công khai này.',
      },
    ]);
  const t = n.tenantId;
  for (let attempt = 0; ; attempt++) {
    const code = newTrackingCode();
    try {
      await db.transaction(async (tx) => {
        const id = crypto.randomUUID();
        let pendingMatterId: string | null = null;
        let withheld = false;
        if (input.kind === 'complaint' && entry) {
          const [nom] = await tx
            .select()
            .from(nominees)
            .where(and(eq(nominees.tenantId, t), eq(nominees.id, entry.nomineeId)))
            .for('update');
          if (nom) {
            pendingMatterId = crypto.randomUUID();
            await tx.insert(pendingMatters).values({
              tenantId: t,
              id: pendingMatterId,
              subjectKind: nom.subjectKind,
              personId: nom.personId,
              orgId: nom.orgId,
              householdId: nom.householdId,
              kind: 'complaint',
              since: today,
              resolvedOn: null,
              note: `Phản ánh, khiếu nại khi công khai "${n.title}" (mã ${code})`,
              createdAt: now,
            });
            if (nomineeMachine.can(nom.status, 'withhold')) {
              const to = moved(() => nomineeMachine.move(nom.status, 'withhold'));
              await tx
                .update(nominees)
                .set({ status: to, updatedAt: now })
                .where(and(eq(nominees.tenantId, t), eq(nominees.id, nom.id)));
              withheld = true;
            }
          }
        }
        await tx.insert(noticeFeedback).values({
          tenantId: t,
          id,
          noticeId: n.id,
          nomineeId: entry?.nomineeId ?? null,
          trackingCode: code,
          kind: input.kind,
          senderName: input.senderName,
          contact: input.contact,
          content: input.content,
          status: 'open',
          pendingMatterId,
          createdAt: now,
        });
        // A complaint joins the petition register (issue 13), with the same code and pending matter.
        if (input.kind === 'complaint')
          await registerNoticeComplaint(
            tx,
            t,
            {
              orgId,
              noticeFeedbackId: id,
              trackingCode: code,
              nomineeId: entry?.nomineeId ?? null,
              pendingMatterId,
              senderName: input.senderName,
              contact: input.contact,
              noticeTitle: n.title,
              content: input.content,
            },
            now,
          );
        const kindLabel = FEEDBACK_KIND_LABELS[input.kind as FeedbackKind];
        await appendAudit(
          tx,
          { tenantId: t, userId: null, name: 'Người dân (trang công khai)' },
          {
            action: 'notice_feedback.create',
            entityType: 'notice_feedback',
            entityId: id,
            orgId,
            summary: `Nhận ${kindLabel.toLowerCase()} (mã ${code}) về "${n.title}"${entry ? ` đối với ${entry.name}` : ''}${withheld ? '; tạm dừng xét người này' : ''}`,
            after: { kind: input.kind, nominee: entry?.name ?? null, withheld },
          },
          now,
        );
        const chain = await orgChain(tx, t, orgId);
        await notify(
          tx,
          t,
          await usersWithPermission(tx, t, 'round.manage', chain),
          {
            kind: 'notice.feedback',
            title: `Có ${kindLabel.toLowerCase()} mới về danh sách công khai`,
            body: `${n.title}${entry ? ` — ${entry.name}` : ''} (mã ${code})${withheld ? '. Đã tạm dừng xét người này đến khi giải quyết xong.' : ''}`,
            link: `/quan-ly-cong-khai/${n.id}`,
          },
          now,
        );
      });
      return { trackingCode: code };
    } catch (e) {
      if (isUniqueViolation(e) && attempt < 3) continue;
      throw e;
    }
  }
}

export async function trackFeedback(db: Db, rawCode: string) {
  const code = normaliseTrackingCode(rawCode);
  const none = new AppError(
    'NOT_FOUND',
    'Không tìm thấy ý kiến nào với mã tra cứu này. Kiểm tra lại mã (dạng PA-XXXX-XXXX).',
  );
  if (!code) throw none;
  const [row] = await db
    .select({ f: noticeFeedback, title: notices.title, slug: notices.slug })
    .from(noticeFeedback)
    .innerJoin(notices, and(eq(notices.tenantId, noticeFeedback.tenantId), eq(notices.id, noticeFeedback.noticeId)))
    .where(eq(noticeFeedback.trackingCode, code))
    .limit(1);
  if (!row) throw none;
  const { f } = row;
  return {
    trackingCode: f.trackingCode,
    kind: f.kind,
    kindLabel: FEEDBACK_KIND_LABELS[f.kind],
    status: f.status,
    statusLabel: FEEDBACK_STATUS_LABELS[f.status],
    noticeTitle: row.title,
    noticeSlug: row.slug,
    receivedOn: isoDateInVietnam(f.createdAt),
    resolution: f.status === 'open' ? null : f.resolution,
    resolvedOn: f.resolvedAt ? isoDateInVietnam(f.resolvedAt) : null,
  };
}
