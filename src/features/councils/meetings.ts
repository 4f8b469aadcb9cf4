// Use cases on council meetings: create one for a round (the agenda is the round's nominees the
// office accepted, each with a snapshot of the vote rule in force on the meeting date), record
// attendance, check the quorum and open the vote (with an empty sealed box), then close it: open
// the box into plain ballots, count them, write the tally into the agenda, move each nominee to
// passed or failed, and tell the office. Closing is final.
import { and, asc, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import {
  ballotParticipation,
  ballots,
  councils,
  meetingAttendance,
  meetingItems,
  meetings,
  nominees,
  notices,
  organisations,
  proposals,
  recusals,
  rounds,
} from '../../db/schema.js';
import { awardName } from '../../domain/registry/vocab.js';
import { meetingMachine, nomineeMachine } from '../../domain/rounds/machines.js';
import { printedBasis, type ProcedureRules, voteRuleFor, type VoteRule } from '../../domain/rounds/procedure.js';
import { tenantProcedureRules } from '../eligibility/service.js';
import { quorum, tally } from '../../domain/rounds/tally.js';
import {
  BALLOT_CHOICES,
  COUNCIL_ROLE_LABELS,
  MEETING_STATUS_LABELS,
  NOMINEE_STATUS_LABELS,
  type BallotChoice,
} from '../../domain/rounds/vocab.js';
import { codeUnitCompare, formatDateVN, isoDateInVietnam } from '../../domain/vi-text/index.js';
import type { Ctx } from '../../server/context.js';
import { conflict, forbidden, invalid, refuse } from '../../server/errors.js';
import { recordAudit } from '../audit/append.js';
import { notify, usersWithPermission } from '../notifications/service.js';
import { scopeSql } from '../organisations/scope.js';
import { foldedSql, likePattern, offsetOf, searchCondition, searchWords } from '../../server/paging.js';
import { orgChain } from '../organisations/tree.js';
import { councilMemberRows, loadCouncil, loadMeeting, meetingViewer, moved, type Q, requireManage } from './access.js';
import { sortMembers } from './service.js';
import { boxRow, createBox, discardBox, forgetKey, openStoredBox, unsealIntoBallots } from './sealed-box.js';
import type { MeetingCreateBody, MeetingListQuery, MeetingRoundsQuery } from './schema.js';

/** The vote rule as snapshotted on an agenda item. */
export type Threshold = Pick<VoteRule, 'share' | 'of' | 'strict' | 'basis' | 'mark'> & { citation: string };

/** Procedure rules in force on a date, with the tenant's 'procedure.*' overrides applied. */
export const procedureRulesFor = (db: Q, tenantId: string, date: string): Promise<ProcedureRules> =>
  tenantProcedureRules(db, tenantId, date);

/** The verdict as a council member reads it on the ballot paper. */
function ballotVerdict(v: unknown, overrideReason: string | null) {
  if (!v || typeof v !== 'object') return null;
  const x = v as {
    eligible?: boolean;
    withheld?: boolean;
    status?: string;
    statusText?: string;
    dataFailed?: boolean;
    criteria?: { met: boolean | null; message: string }[];
  };
  return {
    eligible: !!x.eligible,
    withheld: !!x.withheld,
    status: (x.status ?? null) as 'eligible' | 'conditional' | 'judgement' | 'ineligible' | 'withheld' | null,
    statusText: x.statusText ?? null,
    dataFailed: !!x.dataFailed,
    criteria: (x.criteria ?? []).map((c) => ({ met: c.met, message: c.message })),
    overrideReason,
  };
}

export const thresholdText = (t: Threshold) =>
  `${t.strict ? 'Trên' : 'Từ'} ${Math.round(t.share * 1000) / 10}% ${t.of === 'all' ? 'tổng số thành viên Hội đồng' : 'số thành viên có mặt'}`;

/** Nominees of the round the office accepted that no other open meeting has on its agenda. */
async function agendaFor(db: Q, tenantId: string, roundId: string, heldOn: string, exceptMeetingId: string | null) {
  const rules = await procedureRulesFor(db, tenantId, heldOn);
  const rows = await db
    .select({ n: nominees, unitName: organisations.name, unitSort: organisations.sortKey })
    .from(nominees)
    .innerJoin(proposals, and(eq(proposals.tenantId, nominees.tenantId), eq(proposals.id, nominees.proposalId)))
    .innerJoin(
      organisations,
      and(eq(organisations.tenantId, proposals.tenantId), eq(organisations.id, proposals.orgId)),
    )
    .where(and(eq(nominees.tenantId, tenantId), eq(nominees.roundId, roundId), eq(nominees.status, 'accepted')));
  const busy = await db
    .select({ nomineeId: meetingItems.nomineeId, meetingId: meetingItems.meetingId })
    .from(meetingItems)
    .innerJoin(meetings, and(eq(meetings.tenantId, meetingItems.tenantId), eq(meetings.id, meetingItems.meetingId)))
    .where(
      and(
        eq(meetingItems.tenantId, tenantId),
        eq(meetings.roundId, roundId),
        inArray(meetings.status, ['draft', 'voting']),
      ),
    );
  const taken = new Set(busy.filter((b) => b.meetingId !== exceptMeetingId).map((b) => b.nomineeId));
  const free = rows.filter((r) => !taken.has(r.n.id));
  free.sort(
    (a, b) =>
      codeUnitCompare(a.unitSort, b.unitSort) ||
      codeUnitCompare(a.n.sortKey, b.n.sortKey) ||
      codeUnitCompare(a.n.id, b.n.id),
  );
  return free.map((r, i) => {
    const rule = voteRuleFor(rules, r.n.awardCode);
    const threshold: Threshold = {
      share: rule.share,
      of: rule.of,
      strict: rule.strict,
      basis: rule.basis,
      mark: rule.mark,
      citation: rules.citation,
    };
    return { nomineeId: r.n.id, ordinal: i + 1, threshold };
  });
}

async function insertAgenda(tx: Q, tenantId: string, meetingId: string, items: Awaited<ReturnType<typeof agendaFor>>) {
  if (items.length)
    await tx
      .insert(meetingItems)
      .values(
        items.map((i) => ({ tenantId, meetingId, nomineeId: i.nomineeId, ordinal: i.ordinal, threshold: i.threshold })),
      );
}

export async function createMeeting(ctx: Ctx, input: z.output<typeof MeetingCreateBody>) {
  const t = ctx.actor.tenantId;
  const [round] = await ctx.db
    .select()
    .from(rounds)
    .where(and(eq(rounds.tenantId, t), eq(rounds.id, input.roundId)));
  if (!round)
    throw invalid([
      { field: 'roundId', label: 'Đợt xét khen thưởng', message: 'Không tìm thấy đợt xét khen thưởng này.' },
    ]);
  await requireManage(ctx.db, ctx.actor, round.orgId);
  const council = await loadCouncil(ctx.db, t, input.councilId);
  if (council.orgId !== round.orgId)
    throw invalid([
      { field: 'councilId', label: 'Hội đồng', message: 'Hội đồng này không thuộc cơ quan, đơn vị tổ chức đợt xét.' },
    ]);
  if (input.heldOn < council.termFrom || (council.termTo && input.heldOn > council.termTo))
    throw invalid([
      {
        field: 'heldOn',
        label: 'Ngày họp',
        message: `Ngày họp nằm ngoài nhiệm kỳ của Hội đồng (${formatDateVN(council.termFrom)}${council.termTo ? ` – ${formatDateVN(council.termTo)}` : ' trở đi'}).`,
      },
    ]);
  const members = await councilMemberRows(ctx.db, t, council.id);
  if (!members.length) throw refuse('COUNCIL_NO_MEMBERS', 'Hội đồng chưa có thành viên nào.');
  const id = crypto.randomUUID();
  await ctx.db.transaction(async (tx) => {
    const items = await agendaFor(tx, t, round.id, input.heldOn, null);
    if (!items.length)
      throw refuse(
        'MEETING_NOTHING_TO_VOTE',
        'Đợt xét chưa có người (tập thể) nào đã qua thẩm định và chưa được đưa vào phiên họp khác.',
      );
    await tx.insert(meetings).values({
      tenantId: t,
      id,
      roundId: round.id,
      councilId: council.id,
      heldOn: input.heldOn,
      startsAt: input.startsAt ?? null,
      place: input.place,
      status: 'draft',
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
    });
    await insertAgenda(tx, t, id, items);
    await recordAudit(tx, ctx, {
      action: 'meeting.create',
      entityType: 'meeting',
      entityId: id,
      orgId: round.orgId,
      summary: `Tạo phiên họp ${council.name} ngày ${formatDateVN(input.heldOn)} xét đợt "${round.name}" (${items.length} nội dung)`,
      after: {
        roundId: round.id,
        councilId: council.id,
        heldOn: input.heldOn,
        place: input.place,
        items: items.length,
      },
    });
  });
  return getMeeting(ctx, id);
}

/** Rebuilds a draft meeting's agenda (nominees accepted since, or returned since). */
export async function refreshAgenda(ctx: Ctx, id: string) {
  const t = ctx.actor.tenantId;
  await ctx.db.transaction(async (tx) => {
    const { meeting, round } = await loadMeeting(tx, t, id, true);
    await requireManage(tx, ctx.actor, round.orgId);
    if (meeting.status !== 'draft')
      throw refuse(
        'MEETING_NOT_DRAFT',
        `Chỉ cập nhật được danh sách khi phiên họp đang "${MEETING_STATUS_LABELS.draft}".`,
      );
    const items = await agendaFor(tx, t, round.id, meeting.heldOn, id);
    await tx.delete(meetingItems).where(and(eq(meetingItems.tenantId, t), eq(meetingItems.meetingId, id)));
    await insertAgenda(tx, t, id, items);
    const keep = items.map((i) => i.nomineeId);
    await tx.delete(recusals).where(
      and(
        eq(recusals.tenantId, t),
        eq(recusals.meetingId, id),
        keep.length
          ? sql`${recusals.nomineeId} NOT IN (${sql.join(
              keep.map((k) => sql`${k}`),
              sql`, `,
            )})`
          : sql`true`,
      ),
    );
    await recordAudit(tx, ctx, {
      action: 'meeting.agenda',
      entityType: 'meeting',
      entityId: id,
      orgId: round.orgId,
      summary: `Cập nhật danh sách trình Hội đồng (${items.length} nội dung)`,
      after: { items: items.length },
    });
  });
  return getMeeting(ctx, id);
}

const MEETING_ORDER = {
  newest: sql`${meetings.heldOn} DESC, ${meetings.createdAt} DESC, ${meetings.id}`,
  oldest: sql`${meetings.heldOn} ASC, ${meetings.createdAt} ASC, ${meetings.id}`,
} as const;

/**
 * One page of the meetings of rounds the actor runs (round.manage on the round's organisation),
 * the reach a condition in SQL; agenda sizes are counted for the page only.
 */
export async function listMeetings(ctx: Ctx, q: MeetingListQuery) {
  const t = ctx.actor.tenantId;
  const where: SQL[] = [eq(meetings.tenantId, t)];
  const reach = await scopeSql(ctx.db, ctx.actor, 'round.manage', rounds.orgId);
  if (reach) where.push(reach);
  if (q.roundId) where.push(eq(meetings.roundId, q.roundId));
  if (q.status) where.push(eq(meetings.status, q.status));
  for (const word of searchWords(q.q))
    where.push(
      sql`(${rounds.searchKey} LIKE ${likePattern(word)} OR ${foldedSql(councils.name)} LIKE ${likePattern(word)})`,
    );
  const base = () =>
    ctx.db
      .select({ m: meetings, roundName: rounds.name, councilName: councils.name })
      .from(meetings)
      .innerJoin(rounds, and(eq(rounds.tenantId, meetings.tenantId), eq(rounds.id, meetings.roundId)))
      .innerJoin(councils, and(eq(councils.tenantId, meetings.tenantId), eq(councils.id, meetings.councilId)))
      .where(and(...where));
  const [[counted], rows] = await Promise.all([
    ctx.db
      .select({ total: count() })
      .from(meetings)
      .innerJoin(rounds, and(eq(rounds.tenantId, meetings.tenantId), eq(rounds.id, meetings.roundId)))
      .innerJoin(councils, and(eq(councils.tenantId, meetings.tenantId), eq(councils.id, meetings.councilId)))
      .where(and(...where)),
    base().orderBy(MEETING_ORDER[q.sort]).limit(q.pageSize).offset(offsetOf(q)),
  ]);
  const counts = rows.length
    ? await ctx.db
        .select({ meetingId: meetingItems.meetingId, n: count() })
        .from(meetingItems)
        .where(
          and(
            eq(meetingItems.tenantId, t),
            inArray(
              meetingItems.meetingId,
              rows.map((r) => r.m.id),
            ),
          ),
        )
        .groupBy(meetingItems.meetingId)
    : [];
  const byMeeting = new Map(counts.map((c) => [c.meetingId, Number(c.n)]));
  return {
    items: rows.map((r) => ({
      id: r.m.id,
      roundId: r.m.roundId,
      roundName: r.roundName,
      councilId: r.m.councilId,
      councilName: r.councilName,
      heldOn: r.m.heldOn,
      place: r.m.place,
      status: r.m.status,
      statusLabel: MEETING_STATUS_LABELS[r.m.status],
      itemCount: byMeeting.get(r.m.id) ?? 0,
    })),
    total: counted?.total ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}

const ROUND_ID = sql`${sql.identifier('rounds')}.${sql.identifier('id')}`;

/**
 * One page of the rounds the actor runs (newest first), with how many accepted nominees still
 * wait for a meeting (not on the agenda of a meeting in preparation or voting): agendaFor's count,
 * in SQL for the page.
 */
export async function roundsForMeetings(ctx: Ctx, q: MeetingRoundsQuery) {
  const t = ctx.actor.tenantId;
  const where: SQL[] = [eq(rounds.tenantId, t)];
  const reach = await scopeSql(ctx.db, ctx.actor, 'round.manage', rounds.orgId);
  if (reach) where.push(reach);
  where.push(...searchCondition(rounds.searchKey, q.q));
  const [[counted], rows] = await Promise.all([
    ctx.db
      .select({ total: count() })
      .from(rounds)
      .where(and(...where)),
    ctx.db
      .select({
        r: rounds,
        // The round's id spelled with its table: drizzle writes a column of a join-less select
        // bare, which inside this subquery would name the nominee's own id.
        waiting: sql<number>`(SELECT count(*)::int FROM nominees n
          WHERE n.tenant_id = ${t} AND n.round_id = ${ROUND_ID} AND n.status = 'accepted'
            AND NOT EXISTS (SELECT 1 FROM meeting_items mi
              JOIN meetings m ON m.tenant_id = mi.tenant_id AND m.id = mi.meeting_id
              WHERE mi.tenant_id = ${t} AND mi.nominee_id = n.id AND m.round_id = ${ROUND_ID}
                AND m.status IN ('draft', 'voting')))`,
      })
      .from(rounds)
      .where(and(...where))
      .orderBy(sql`${rounds.createdAt} DESC, ${rounds.id}`)
      .limit(q.pageSize)
      .offset(offsetOf(q)),
  ]);
  return {
    items: rows.map(({ r, waiting }) => ({
      id: r.id,
      name: r.name,
      orgId: r.orgId,
      period: r.period,
      status: r.status,
      waiting: Number(waiting),
    })),
    total: counted?.total ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}

async function itemRows(db: Q, tenantId: string, meetingId: string) {
  return db
    .select({ i: meetingItems, n: nominees, unitName: organisations.name })
    .from(meetingItems)
    .innerJoin(nominees, and(eq(nominees.tenantId, meetingItems.tenantId), eq(nominees.id, meetingItems.nomineeId)))
    .innerJoin(proposals, and(eq(proposals.tenantId, nominees.tenantId), eq(proposals.id, nominees.proposalId)))
    .innerJoin(
      organisations,
      and(eq(organisations.tenantId, proposals.tenantId), eq(organisations.id, proposals.orgId)),
    )
    .where(and(eq(meetingItems.tenantId, tenantId), eq(meetingItems.meetingId, meetingId)))
    .orderBy(asc(meetingItems.ordinal));
}

export async function participationCount(db: Q, tenantId: string, meetingId: string): Promise<number> {
  const [{ n }] = await db
    .select({ n: count() })
    .from(ballotParticipation)
    .where(and(eq(ballotParticipation.tenantId, tenantId), eq(ballotParticipation.meetingId, meetingId)));
  return Number(n);
}

/**
 * The meeting as the office or a member sees it. Never: who voted what, nor (for anyone) the
 * running count per item before closing; only how many members have cast their paper.
 */
export async function getMeeting(ctx: Ctx, id: string) {
  const t = ctx.actor.tenantId;
  const { meeting: m, round } = await loadMeeting(ctx.db, t, id);
  const viewer = await meetingViewer(ctx.db, ctx, m, round.orgId);
  const [council, members, attendance, items, recs, cast, rules, [notice]] = await Promise.all([
    loadCouncil(ctx.db, t, m.councilId),
    councilMemberRows(ctx.db, t, m.councilId),
    ctx.db
      .select()
      .from(meetingAttendance)
      .where(and(eq(meetingAttendance.tenantId, t), eq(meetingAttendance.meetingId, id))),
    itemRows(ctx.db, t, id),
    ctx.db
      .select()
      .from(recusals)
      .where(and(eq(recusals.tenantId, t), eq(recusals.meetingId, id))),
    participationCount(ctx.db, t, id),
    procedureRulesFor(ctx.db, t, m.heldOn),
    ctx.db
      .select({ id: notices.id, slug: notices.slug })
      .from(notices)
      .where(and(eq(notices.tenantId, t), eq(notices.meetingId, id))),
  ]);
  const presentSet = new Set(attendance.filter((a) => a.present).map((a) => a.userId));
  const memberCount = m.status === 'draft' ? members.length : m.memberCount;
  const presentCount = m.status === 'draft' ? members.filter((x) => presentSet.has(x.userId)).length : m.presentCount;
  const names = new Map(members.map((x) => [x.userId, x.fullName]));
  const [mine] = viewer.member
    ? await ctx.db
        .select()
        .from(ballotParticipation)
        .where(
          and(
            eq(ballotParticipation.tenantId, t),
            eq(ballotParticipation.meetingId, id),
            eq(ballotParticipation.userId, ctx.actor.userId),
          ),
        )
    : [];
  return {
    id: m.id,
    roundId: round.id,
    roundName: round.name,
    roundOrgId: round.orgId,
    council: { id: council.id, name: council.name },
    heldOn: m.heldOn,
    startsAt: m.startsAt ?? null,
    place: m.place,
    status: m.status,
    statusLabel: MEETING_STATUS_LABELS[m.status],
    openedAt: m.openedAt?.toISOString() ?? null,
    closedAt: m.closedAt?.toISOString() ?? null,
    attendanceRecorded: attendance.length > 0,
    members: sortMembers(members).map((x) => ({
      userId: x.userId,
      fullName: x.fullName,
      position: x.position,
      role: x.role,
      roleLabel: COUNCIL_ROLE_LABELS[x.role],
      present: presentSet.has(x.userId),
    })),
    memberCount,
    presentCount,
    // Only a verified (or tenant-confirmed) basis leaves the server; doubts stay on the administrator's screen.
    quorum: {
      ...quorum(memberCount, presentCount, rules),
      basis: printedBasis(rules.quorum) ?? null,
      confirmed: printedBasis(rules.quorum) !== undefined,
    },
    ballotsCast: cast,
    /** The sealed box of an open vote cannot be opened (its key is gone): the office may call a revote. */
    ballotBoxLost: m.status === 'voting' && viewer.office ? await boxIsLost(ctx.db, t, id) : false,
    items: items.map(({ i, n, unitName }) => {
      const th = i.threshold as Threshold;
      const rec = recs.filter((r) => r.nomineeId === n.id);
      const result =
        i.passed === null
          ? null
          : tally(
              {
                members: m.memberCount,
                present: m.presentCount,
                recused: rec.length,
                yes: i.yes ?? 0,
                no: i.no ?? 0,
                abstain: i.abstain ?? 0,
              },
              { ...th, awards: [] },
            );
      return {
        nomineeId: n.id,
        ordinal: i.ordinal,
        displayName: n.displayName,
        positionText: n.positionText,
        unitName,
        awardCode: n.awardCode,
        awardName: awardName(n.awardCode),
        nomineeStatus: n.status,
        nomineeStatusLabel: NOMINEE_STATUS_LABELS[n.status],
        // What members weigh while voting: the unit's achievements and the verdict the office accepted
        // (status and each criterion's message; citations stay on the office's screens).
        achievement: n.achievement,
        verdict: ballotVerdict(n.verdict, n.overrideReason),
        threshold: {
          share: th.share,
          of: th.of,
          strict: th.strict,
          text: thresholdText(th),
          basis: printedBasis(th) ?? null,
          confirmed: printedBasis(th) !== undefined,
        },
        recusals: viewer.office
          ? rec.map((r) => ({ fullName: names.get(r.userId) ?? '', reason: r.reason }))
          : rec
              .filter((r) => r.userId === ctx.actor.userId)
              .map((r) => ({ fullName: names.get(r.userId) ?? '', reason: r.reason })),
        recusedCount: rec.length,
        yes: i.yes,
        no: i.no,
        abstain: i.abstain,
        passed: i.passed,
        resultText: result?.text ?? null,
        required: result?.required ?? null,
      };
    }),
    notice: notice ?? null,
    // The notice period the office starts from when publishing: the rules' legal minimum today.
    noticeRule: await (async () => {
      const r = await procedureRulesFor(ctx.db, t, isoDateInVietnam(ctx.now));
      return { minDays: r.notice.days, working: r.notice.working };
    })(),
    viewer: {
      office: viewer.office,
      member: viewer.member != null,
      present: viewer.member != null && presentSet.has(ctx.actor.userId),
      hasVoted: mine != null,
      myRecusals: recs.filter((r) => r.userId === ctx.actor.userId).map((r) => r.nomineeId),
    },
  };
}

/** Read without the lock, a cast may commit between the box and the key: ask again before saying so. */
async function boxIsLost(db: Q, tenantId: string, meetingId: string) {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await openStoredBox(db, tenantId, meetingId);
      return false;
    } catch {
      /* try again */
    }
  }
  return true;
}

/** The office, or the council's secretary, records who is present; only before voting opens. */
export async function recordAttendance(ctx: Ctx, id: string, present: string[]) {
  const t = ctx.actor.tenantId;
  await ctx.db.transaction(async (tx) => {
    const { meeting, round } = await loadMeeting(tx, t, id, true);
    const viewer = await meetingViewer(tx, ctx, meeting, round.orgId);
    if (!viewer.office && viewer.member?.role !== 'secretary')
      throw forbidden('Chỉ cán bộ thường trực hoặc Thư ký Hội đồng mới được điểm danh.');
    if (meeting.status !== 'draft') throw refuse('MEETING_NOT_DRAFT', 'Đã mở bỏ phiếu: không thể sửa điểm danh.');
    const members = await councilMemberRows(tx, t, meeting.councilId);
    const ids = new Set(members.map((x) => x.userId));
    const strangers = present.filter((u) => !ids.has(u));
    if (strangers.length)
      throw invalid([
        { field: 'present', label: 'Thành viên có mặt', message: 'Có người không phải thành viên Hội đồng.' },
      ]);
    const here = new Set(present);
    await tx
      .delete(meetingAttendance)
      .where(and(eq(meetingAttendance.tenantId, t), eq(meetingAttendance.meetingId, id)));
    await tx
      .insert(meetingAttendance)
      .values(members.map((x) => ({ tenantId: t, meetingId: id, userId: x.userId, present: here.has(x.userId) })));
    await recordAudit(tx, ctx, {
      action: 'meeting.attendance',
      entityType: 'meeting',
      entityId: id,
      orgId: round.orgId,
      summary: `Điểm danh phiên họp: có mặt ${here.size}/${members.length} thành viên`,
      after: {
        present: members.filter((x) => here.has(x.userId)).map((x) => x.fullName),
        absent: members.filter((x) => !here.has(x.userId)).map((x) => x.fullName),
      },
    });
  });
  return getMeeting(ctx, id);
}

export async function openVoting(ctx: Ctx, id: string) {
  const t = ctx.actor.tenantId;
  await ctx.db.transaction(async (tx) => {
    const { meeting, round } = await loadMeeting(tx, t, id, true);
    await requireManage(tx, ctx.actor, round.orgId);
    const next = moved(() => meetingMachine.move(meeting.status, 'openVoting'));
    // The vote opens at the meeting, not before: its day, and its start time when one was set.
    const starts = new Date(`${meeting.heldOn}T${meeting.startsAt ?? '00:00'}:00+07:00`);
    if (ctx.now.getTime() < starts.getTime()) {
      throw refuse(
        'MEETING_NOT_STARTED',
        `Chưa đến giờ họp (${meeting.startsAt ? `${meeting.startsAt} ` : ''}ngày ${formatDateVN(meeting.heldOn)}): chưa thể mở bỏ phiếu.`,
      );
    }
    const members = await councilMemberRows(tx, t, meeting.councilId);
    const attendance = await tx
      .select()
      .from(meetingAttendance)
      .where(and(eq(meetingAttendance.tenantId, t), eq(meetingAttendance.meetingId, id)));
    if (!attendance.length) throw refuse('MEETING_NO_ATTENDANCE', 'Chưa điểm danh thành viên có mặt.');
    const here = new Set(attendance.filter((a) => a.present).map((a) => a.userId));
    const present = members.filter((x) => here.has(x.userId));
    const rules = await procedureRulesFor(tx, t, meeting.heldOn);
    const q = quorum(members.length, present.length, rules);
    if (!q.met) throw refuse('MEETING_NO_QUORUM', `Không đủ số thành viên để biểu quyết. ${q.text}`);
    const items = await itemRows(tx, t, id);
    if (!items.length) throw refuse('MEETING_NOTHING_TO_VOTE', 'Phiên họp chưa có nội dung nào để biểu quyết.');
    const moved_ = items.filter(({ n }) => n.status !== 'accepted');
    if (moved_.length)
      throw refuse(
        'NOMINEE_CHANGED',
        `Trạng thái của ${moved_.map(({ n }) => n.displayName).join(', ')} đã thay đổi sau khi lập danh sách: hãy cập nhật danh sách trình Hội đồng.`,
      );
    // Members added after the roll call count as absent.
    const missing = members.filter((x) => !attendance.some((a) => a.userId === x.userId));
    if (missing.length)
      await tx
        .insert(meetingAttendance)
        .values(missing.map((x) => ({ tenantId: t, meetingId: id, userId: x.userId, present: false })));
    await tx
      .update(meetings)
      .set({ status: next, memberCount: members.length, presentCount: present.length, openedAt: ctx.now })
      .where(and(eq(meetings.tenantId, t), eq(meetings.id, id)));
    await createBox(tx, t, id);
    await recordAudit(tx, ctx, {
      action: 'meeting.open_voting',
      entityType: 'meeting',
      entityId: id,
      orgId: round.orgId,
      summary: `Mở bỏ phiếu kín: ${q.text}`,
      after: { memberCount: members.length, presentCount: present.length, items: items.length },
    });
    await notify(
      tx,
      t,
      present.map((x) => x.userId),
      {
        kind: 'ballot.open',
        title: 'Phiên họp Hội đồng đã mở bỏ phiếu kín',
        body: `Đợt "${round.name}", ${items.length} nội dung cần biểu quyết.`,
        link: `/phieu-bau/${id}`,
      },
      ctx.now,
    );
  });
  return getMeeting(ctx, id);
}

/** Counts the box item by item, writes the tally and moves each nominee. Final. */
export async function closeMeeting(ctx: Ctx, id: string) {
  const t = ctx.actor.tenantId;
  await ctx.db.transaction(async (tx) => {
    const { meeting, round } = await loadMeeting(tx, t, id, true);
    await requireManage(tx, ctx.actor, round.orgId);
    const next = moved(() => meetingMachine.move(meeting.status, 'close'));
    const items = await itemRows(tx, t, id);
    // The sealed box becomes plain ballots, all at once and shuffled; a box that cannot be
    // opened stops the tally (409) rather than counting it as empty.
    await unsealIntoBallots(tx, t, id);
    const counts = await tx
      .select({ nomineeId: ballots.nomineeId, choice: ballots.choice, n: count() })
      .from(ballots)
      .where(and(eq(ballots.tenantId, t), eq(ballots.meetingId, id)))
      .groupBy(ballots.nomineeId, ballots.choice);
    const recs = await tx
      .select()
      .from(recusals)
      .where(and(eq(recusals.tenantId, t), eq(recusals.meetingId, id)));
    const cast = await participationCount(tx, t, id);
    const results: {
      name: string;
      award: string;
      yes: number;
      no: number;
      abstain: number;
      passed: boolean;
      text: string;
      statusChanged: boolean;
    }[] = [];
    for (const { i, n } of items) {
      const c = (choice: BallotChoice) =>
        Number(counts.find((x) => x.nomineeId === n.id && x.choice === choice)?.n ?? 0);
      const [yes, no, abstain] = BALLOT_CHOICES.map(c) as [number, number, number];
      const th = i.threshold as Threshold;
      const r = tally(
        {
          members: meeting.memberCount,
          present: meeting.presentCount,
          recused: recs.filter((x) => x.nomineeId === n.id).length,
          yes,
          no,
          abstain,
        },
        { ...th, awards: [] },
      );
      await tx
        .update(meetingItems)
        .set({ yes, no, abstain, passed: r.passed })
        .where(and(eq(meetingItems.tenantId, t), eq(meetingItems.meetingId, id), eq(meetingItems.nomineeId, n.id)));
      // A nominee whose status changed during the vote (returned by the office) keeps it.
      const action = r.passed ? 'pass' : 'fail';
      const statusChanged = nomineeMachine.can(n.status, action);
      if (statusChanged) {
        const to = moved(() => nomineeMachine.move(n.status, action));
        // A failed nominee gives up the (subject, award, period) slot: it may be proposed again.
        await tx
          .update(nominees)
          .set({ status: to, ...(to === 'failed' ? { active: false } : {}), updatedAt: ctx.now })
          .where(and(eq(nominees.tenantId, t), eq(nominees.id, n.id)));
      }
      results.push({
        name: n.displayName,
        award: awardName(n.awardCode),
        yes,
        no,
        abstain,
        passed: r.passed,
        text: r.text,
        statusChanged,
      });
    }
    await tx
      .update(meetings)
      .set({ status: next, closedAt: ctx.now })
      .where(and(eq(meetings.tenantId, t), eq(meetings.id, id)));
    const passed = results.filter((r) => r.passed).length;
    await recordAudit(tx, ctx, {
      action: 'meeting.close',
      entityType: 'meeting',
      entityId: id,
      orgId: round.orgId,
      summary: `Kết thúc bỏ phiếu, kiểm phiếu: ${cast}/${meeting.presentCount} thành viên có mặt đã bỏ phiếu; ${passed}/${results.length} nội dung được thông qua`,
      after: { ballotsCast: cast, results },
    });
    const chain = await orgChain(tx, t, round.orgId);
    await notify(
      tx,
      t,
      await usersWithPermission(tx, t, 'round.manage', chain),
      {
        kind: 'meeting.closed',
        title: 'Hội đồng đã kiểm phiếu',
        body: `Đợt "${round.name}": ${passed}/${results.length} nội dung được thông qua. Có thể công khai danh sách.`,
        link: `/hoi-dong/phien-hop/${id}`,
      },
      ctx.now,
    );
  });
  forgetKey(t, id);
  return getMeeting(ctx, id);
}

/**
 * When a meeting's sealed box can no longer be opened (its key is gone: see BALLOT.md), the
 * office starts the vote again: the unreadable box is discarded, every member may vote anew
 * (with a new key), and present members are told. Refused while the box can be opened.
 */
export async function revote(ctx: Ctx, id: string) {
  const t = ctx.actor.tenantId;
  await ctx.db.transaction(async (tx) => {
    const { meeting, round } = await loadMeeting(tx, t, id, true);
    await requireManage(tx, ctx.actor, round.orgId);
    if (meeting.status !== 'voting')
      throw refuse('MEETING_NOT_VOTING', 'Chỉ cho bỏ phiếu lại khi phiên họp đang bỏ phiếu.');
    const row = await boxRow(tx, t, id);
    let readable = row != null;
    if (row) {
      try {
        await openStoredBox(tx, t, id);
      } catch {
        readable = false;
      }
    }
    if (readable) throw refuse('BALLOT_BOX_READABLE', 'Hòm phiếu vẫn mở được: không thể hủy các phiếu đã bỏ.');
    if (!row) throw conflict('Phiên họp này không có hòm phiếu niêm phong để bỏ phiếu lại.');
    const cast = await participationCount(tx, t, id);
    const sealedCasts = await discardBox(tx, t, id);
    await tx
      .delete(ballotParticipation)
      .where(and(eq(ballotParticipation.tenantId, t), eq(ballotParticipation.meetingId, id)));
    await createBox(tx, t, id);
    await recordAudit(tx, ctx, {
      action: 'meeting.revote',
      entityType: 'meeting',
      entityId: id,
      orgId: round.orgId,
      summary: `Bỏ phiếu lại: hòm phiếu niêm phong không mở được (mất khóa), ${cast} phiếu đã bỏ bị hủy`,
      after: { ballotsDiscarded: cast, sealedCasts },
    });
    const present = (
      await tx
        .select()
        .from(meetingAttendance)
        .where(and(eq(meetingAttendance.tenantId, t), eq(meetingAttendance.meetingId, id)))
    ).filter((a) => a.present);
    await notify(
      tx,
      t,
      present.map((a) => a.userId),
      {
        kind: 'ballot.open',
        title: 'Phiên họp Hội đồng bỏ phiếu lại',
        body: `Đợt "${round.name}": hòm phiếu trước không kiểm được do sự cố máy chủ. Đề nghị bỏ phiếu lại.`,
        link: `/phieu-bau/${id}`,
      },
      ctx.now,
    );
  });
  return getMeeting(ctx, id);
}
