// The secret ballot. A member casts one paper per meeting: a choice for every agenda item he did
// not step aside from. In one transaction, with the meeting row locked so casts run one at a time:
//   - ballot_participation gets (meeting, member): who has voted, nothing else;
//   - the meeting's sealed box (ballot_boxes) is opened in memory, the new entries added, and the
//     whole box shuffled and sealed again (AES-256-GCM, fresh nonce) under the next key of a
//     one-way chain held outside the database: every cast rewrites every byte of the box, and the
//     box's size says only how many entries it holds, so neither the WAL, nor row versions, nor
//     polling the tables tells which entries a cast added or what they say;
//   - each entry carries SHA-256(meeting, item, receipt code); the code is answered once and
//     never stored, so only its holder can find his entries (and entries of one paper cannot be
//     grouped).
// Plain ballots are written only at the tally, all at once, in random order (see sealed-box.ts).
// The audit entry says who cast in which meeting, never what or the code. Nothing logs bodies.
// BALLOT.md says what a database superuser can and cannot learn.
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import type { Tx } from '../../db/client.js';
import {
  ballotParticipation,
  ballots,
  councilMembers,
  councils,
  meetingAttendance,
  meetingItems,
  meetings,
  recusals,
  rounds,
} from '../../db/schema.js';
import { BALLOT_CHOICE_LABELS, type BallotChoice, MEETING_STATUS_LABELS } from '../../domain/rounds/vocab.js';
import type { Ctx } from '../../server/context.js';
import { isUniqueViolation } from '../../server/db-errors.js';
import { forbidden, invalid, refuse } from '../../server/errors.js';
import { recordAudit } from '../audit/append.js';
import { nomineesByIds } from '../rounds/repository.js';
import { loadMeeting, type Q } from './access.js';
import { type BoxKey, newReceiptCode, normaliseReceiptCode, receiptHash } from './ballot-box.js';
import { keepKey, openStoredBox, resealBox } from './sealed-box.js';
import { getMeeting } from './meetings.js';
import type { CastBody, MyMeetingsQuery, RecusalBody } from './schema.js';
import { offsetOf } from '../../server/paging.js';

async function requireMember(db: Q, ctx: Ctx, councilId: string) {
  const [member] = await db
    .select()
    .from(councilMembers)
    .where(
      and(
        eq(councilMembers.tenantId, ctx.actor.tenantId),
        eq(councilMembers.councilId, councilId),
        eq(councilMembers.userId, ctx.actor.userId),
      ),
    );
  if (!member) throw forbidden('Bạn không phải thành viên Hội đồng của phiên họp này.');
  return member;
}

async function isPresent(db: Q, tenantId: string, meetingId: string, userId: string) {
  const [a] = await db
    .select()
    .from(meetingAttendance)
    .where(
      and(
        eq(meetingAttendance.tenantId, tenantId),
        eq(meetingAttendance.meetingId, meetingId),
        eq(meetingAttendance.userId, userId),
      ),
    );
  return a?.present === true;
}

async function hasVoted(db: Q, tenantId: string, meetingId: string, userId: string) {
  const [p] = await db
    .select()
    .from(ballotParticipation)
    .where(
      and(
        eq(ballotParticipation.tenantId, tenantId),
        eq(ballotParticipation.meetingId, meetingId),
        eq(ballotParticipation.userId, userId),
      ),
    );
  return p != null;
}

/** Meetings of the councils the actor sits on, newest first. */
export async function myMeetings(ctx: Ctx, q: MyMeetingsQuery) {
  const t = ctx.actor.tenantId;
  const where = and(eq(councilMembers.tenantId, t), eq(councilMembers.userId, ctx.actor.userId));
  const [[counted], rows] = await Promise.all([
    ctx.db
      .select({ total: count() })
      .from(councilMembers)
      .innerJoin(
        meetings,
        and(eq(meetings.tenantId, councilMembers.tenantId), eq(meetings.councilId, councilMembers.councilId)),
      )
      .where(where),
    ctx.db
      .select({ m: meetings, councilName: councils.name, roundName: rounds.name })
      .from(councilMembers)
      .innerJoin(
        councils,
        and(eq(councils.tenantId, councilMembers.tenantId), eq(councils.id, councilMembers.councilId)),
      )
      .innerJoin(meetings, and(eq(meetings.tenantId, councils.tenantId), eq(meetings.councilId, councils.id)))
      .innerJoin(rounds, and(eq(rounds.tenantId, meetings.tenantId), eq(rounds.id, meetings.roundId)))
      .where(where)
      .orderBy(sql`${meetings.heldOn} DESC, ${meetings.createdAt} DESC, ${meetings.id}`)
      .limit(q.pageSize)
      .offset(offsetOf(q)),
  ]);
  const ids = rows.map((r) => r.m.id);
  const [voted, attendance] = ids.length
    ? await Promise.all([
        ctx.db
          .select()
          .from(ballotParticipation)
          .where(
            and(
              eq(ballotParticipation.tenantId, t),
              eq(ballotParticipation.userId, ctx.actor.userId),
              inArray(ballotParticipation.meetingId, ids),
            ),
          ),
        ctx.db
          .select()
          .from(meetingAttendance)
          .where(
            and(
              eq(meetingAttendance.tenantId, t),
              eq(meetingAttendance.userId, ctx.actor.userId),
              inArray(meetingAttendance.meetingId, ids),
            ),
          ),
      ])
    : [[], []];
  const votedSet = new Set(voted.map((v) => v.meetingId));
  const presentSet = new Set(attendance.filter((a) => a.present).map((a) => a.meetingId));
  return {
    total: counted?.total ?? 0,
    page: q.page,
    pageSize: q.pageSize,
    items: rows.map((r) => ({
      id: r.m.id,
      councilName: r.councilName,
      roundName: r.roundName,
      heldOn: r.m.heldOn,
      place: r.m.place,
      status: r.m.status,
      statusLabel: MEETING_STATUS_LABELS[r.m.status],
      present: presentSet.has(r.m.id),
      hasVoted: votedSet.has(r.m.id),
      canVote: r.m.status === 'voting' && presentSet.has(r.m.id) && !votedSet.has(r.m.id),
    })),
  };
}

async function agendaIds(db: Q, tenantId: string, meetingId: string) {
  const rows = await db
    .select({ nomineeId: meetingItems.nomineeId })
    .from(meetingItems)
    .where(and(eq(meetingItems.tenantId, tenantId), eq(meetingItems.meetingId, meetingId)));
  return new Set(rows.map((r) => r.nomineeId));
}

/** A member steps aside from one item (conflict of interest), before casting his paper. */
export async function recuse(ctx: Ctx, meetingId: string, input: z.output<typeof RecusalBody>) {
  const t = ctx.actor.tenantId;
  await ctx.db.transaction(async (tx) => {
    const { meeting, round } = await loadMeeting(tx, t, meetingId, true);
    const member = await requireMember(tx, ctx, meeting.councilId);
    await insertRecusals(tx, ctx, meeting, round.orgId, member.fullName, [input]);
  });
  return getMeeting(ctx, meetingId);
}

async function insertRecusals(
  tx: Tx,
  ctx: Ctx,
  meeting: typeof meetings.$inferSelect,
  orgId: string,
  memberName: string,
  list: { nomineeId: string; reason: string }[],
) {
  const t = ctx.actor.tenantId;
  if (!list.length) return;
  if (meeting.status === 'closed') throw refuse('MEETING_CLOSED', 'Phiên họp đã kết thúc.');
  if (meeting.status === 'voting' && !(await isPresent(tx, t, meeting.id, ctx.actor.userId)))
    throw refuse('BALLOT_NOT_PRESENT', 'Bạn không có mặt tại phiên họp (theo điểm danh).');
  if (await hasVoted(tx, t, meeting.id, ctx.actor.userId))
    throw refuse('BALLOT_ALREADY_CAST', 'Bạn đã bỏ phiếu: không thể xin không tham gia biểu quyết nữa.');
  const agenda = await agendaIds(tx, t, meeting.id);
  const mine = await tx
    .select()
    .from(recusals)
    .where(and(eq(recusals.tenantId, t), eq(recusals.meetingId, meeting.id), eq(recusals.userId, ctx.actor.userId)));
  const already = new Set(mine.map((r) => r.nomineeId));
  const fresh = list.filter((r) => !already.has(r.nomineeId));
  const unknown = fresh.findIndex((r) => !agenda.has(r.nomineeId));
  if (unknown >= 0)
    throw invalid([
      {
        field: `recusals.${unknown}.nomineeId`,
        label: 'Người được đề nghị',
        message: 'Không có trong danh sách trình Hội đồng của phiên họp này.',
      },
    ]);
  if (!fresh.length) return;
  await tx.insert(recusals).values(
    fresh.map((r) => ({
      tenantId: t,
      meetingId: meeting.id,
      nomineeId: r.nomineeId,
      userId: ctx.actor.userId,
      reason: r.reason,
    })),
  );
  await recordAudit(tx, ctx, {
    action: 'meeting.recuse',
    entityType: 'meeting',
    entityId: meeting.id,
    orgId,
    summary: `${memberName} không tham gia biểu quyết ${fresh.length} nội dung (xung đột lợi ích)`,
    after: { nominees: fresh.map((r) => r.nomineeId), reasons: fresh.map((r) => r.reason) },
  });
}

/** Casts the actor's paper. Answers the receipt code, once. */
export async function castBallot(ctx: Ctx, meetingId: string, input: z.output<typeof CastBody>) {
  const t = ctx.actor.tenantId;
  const code = newReceiptCode();
  let itemCount = 0;
  let newKey: BoxKey | null = null;
  try {
    await ctx.db.transaction(async (tx) => {
      // The lock makes casts (and closing) of one meeting run one after another.
      const { meeting, round } = await loadMeeting(tx, t, meetingId, true);
      const member = await requireMember(tx, ctx, meeting.councilId);
      if (meeting.status !== 'voting')
        throw refuse(
          'MEETING_NOT_VOTING',
          `Phiên họp đang ở trạng thái "${MEETING_STATUS_LABELS[meeting.status]}": không nhận phiếu.`,
        );
      if (!(await isPresent(tx, t, meetingId, ctx.actor.userId)))
        throw refuse('BALLOT_NOT_PRESENT', 'Bạn không có mặt tại phiên họp (theo điểm danh) nên không có phiếu bầu.');
      if (await hasVoted(tx, t, meetingId, ctx.actor.userId))
        throw refuse('BALLOT_ALREADY_CAST', 'Bạn đã bỏ phiếu tại phiên họp này. Mỗi thành viên chỉ bỏ phiếu một lần.');
      await insertRecusals(tx, ctx, meeting, round.orgId, member.fullName, input.recusals);
      const agenda = await agendaIds(tx, t, meetingId);
      const recused = new Set(
        (
          await tx
            .select()
            .from(recusals)
            .where(
              and(eq(recusals.tenantId, t), eq(recusals.meetingId, meetingId), eq(recusals.userId, ctx.actor.userId)),
            )
        ).map((r) => r.nomineeId),
      );
      const problems: { field: string; label: string; message: string }[] = [];
      const seen = new Set<string>();
      input.choices.forEach((c, i) => {
        const field = `choices.${i}.nomineeId`;
        if (!agenda.has(c.nomineeId))
          problems.push({ field, label: 'Người được đề nghị', message: 'Không có trong danh sách trình Hội đồng.' });
        else if (recused.has(c.nomineeId))
          problems.push({
            field,
            label: 'Người được đề nghị',
            message: 'Bạn đã xin không tham gia biểu quyết nội dung này.',
          });
        else if (seen.has(c.nomineeId))
          problems.push({ field, label: 'Người được đề nghị', message: 'Mỗi nội dung chỉ được chọn một lần.' });
        seen.add(c.nomineeId);
      });
      const missing = [...agenda].filter((n) => !recused.has(n) && !seen.has(n));
      if (missing.length)
        problems.push({
          field: 'choices',
          label: 'Phiếu bầu',
          message: `Còn ${missing.length} nội dung chưa chọn Đồng ý, Không đồng ý hoặc Không biểu quyết.`,
        });
      if (problems.length) throw invalid(problems, 'Phiếu bầu chưa hợp lệ.');

      await tx.insert(ballotParticipation).values({ tenantId: t, meetingId, userId: ctx.actor.userId });
      const box = await openStoredBox(tx, t, meetingId);
      const mine = input.choices.map((c) => ({
        nomineeId: c.nomineeId,
        choice: c.choice,
        receiptHash: receiptHash(meetingId, c.nomineeId, code),
      }));
      newKey = await resealBox(tx, t, meetingId, box, [...(box?.entries ?? []), ...mine]);
      itemCount = mine.length;
      await recordAudit(tx, ctx, {
        action: 'ballot.cast',
        entityType: 'meeting',
        entityId: meetingId,
        orgId: round.orgId,
        summary: `${member.fullName} đã bỏ phiếu kín`,
      });
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw refuse('BALLOT_ALREADY_CAST', 'Bạn đã bỏ phiếu tại phiên họp này. Mỗi thành viên chỉ bỏ phiếu một lần.');
    throw e;
  }
  if (newKey) keepKey(t, meetingId, newKey);
  return { receiptCode: code, items: itemCount };
}

/**
 * A member checks that his paper is in the box, during or after the vote, with his code. A wrong
 * code finds nothing and says no more than that.
 */
export async function checkReceipt(ctx: Ctx, meetingId: string, rawCode: string) {
  const t = ctx.actor.tenantId;
  const notFound = {
    found: false as const,
    items: [] as { ordinal: number; displayName: string; choice: BallotChoice; choiceLabel: string }[],
  };
  // Under the meeting lock, so that the box and the key read belong to the same cast.
  return ctx.db.transaction(async (tx) => {
    const { meeting } = await loadMeeting(tx, t, meetingId, true);
    await requireMember(tx, ctx, meeting.councilId);
    const code = normaliseReceiptCode(rawCode);
    if (!code) return notFound;
    const items = await tx
      .select({ nomineeId: meetingItems.nomineeId, ordinal: meetingItems.ordinal })
      .from(meetingItems)
      .where(and(eq(meetingItems.tenantId, t), eq(meetingItems.meetingId, meetingId)));
    const byHash = new Map(items.map((i) => [receiptHash(meetingId, i.nomineeId, code), i]));
    if (!byHash.size) return notFound;
    // Plain ballots (after the tally) and, while the vote is open, the sealed box opened in memory.
    const plain = await tx
      .select({ receiptHash: ballots.receiptHash, choice: ballots.choice })
      .from(ballots)
      .where(
        and(
          eq(ballots.tenantId, t),
          eq(ballots.meetingId, meetingId),
          inArray(ballots.receiptHash, [...byHash.keys()]),
        ),
      );
    const sealed =
      meeting.status === 'voting'
        ? ((await openStoredBox(tx, t, meetingId))?.entries ?? []).filter((e) => byHash.has(e.receiptHash))
        : [];
    const rows = [...plain, ...sealed];
    if (!rows.length) return notFound;
    const names = await nomineesByIds(
      tx,
      t,
      items.map((i) => i.nomineeId),
    );
    const nameOf = new Map(names.map((n) => [n.id, n.displayName]));
    return {
      found: true as const,
      items: rows
        .map((r) => {
          const item = byHash.get(r.receiptHash)!;
          return {
            ordinal: item.ordinal,
            displayName: nameOf.get(item.nomineeId) ?? '',
            choice: r.choice,
            choiceLabel: BALLOT_CHOICE_LABELS[r.choice],
          };
        })
        .sort((a, b) => a.ordinal - b.ordinal),
    };
  });
}
