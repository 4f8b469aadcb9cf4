// SQL of the councils and their meetings for other features: which meeting passed a nominee, the
// latest such meeting (its minutes are cited), the meetings of a round, and what a meeting's
// minutes print (the council, its members, attendance, the votes and recusals).
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { councilMembers, councils, meetingAttendance, meetingItems, meetings, recusals } from '../../db/schema.js';

type Q = Db | Tx;

/** The (nominee, meeting) pairs where a meeting passed one of the nominees. */
export async function passedMeetingItems(q: Q, tenantId: string, nomineeIds: readonly string[]) {
  if (!nomineeIds.length) return [];
  return q
    .select({ nomineeId: meetingItems.nomineeId, meetingId: meetingItems.meetingId })
    .from(meetingItems)
    .where(
      and(
        eq(meetingItems.tenantId, tenantId),
        inArray(meetingItems.nomineeId, [...nomineeIds]),
        eq(meetingItems.passed, true),
      ),
    );
}

/** The latest meeting that passed any of the nominees, or null. */
export async function latestPassingMeeting(q: Q, tenantId: string, nomineeIds: readonly string[]) {
  if (!nomineeIds.length) return null;
  const [m] = await q
    .select({ id: meetings.id, heldOn: meetings.heldOn })
    .from(meetings)
    .innerJoin(meetingItems, and(eq(meetingItems.tenantId, meetings.tenantId), eq(meetingItems.meetingId, meetings.id)))
    .where(
      and(
        eq(meetings.tenantId, tenantId),
        inArray(meetingItems.nomineeId, [...nomineeIds]),
        eq(meetingItems.passed, true),
      ),
    )
    .orderBy(desc(meetings.heldOn))
    .limit(1);
  return m ?? null;
}

/** The meetings of a round, by date. */
export const meetingsOfRound = (q: Q, tenantId: string, roundId: string) =>
  q
    .select({ id: meetings.id, heldOn: meetings.heldOn, place: meetings.place, status: meetings.status })
    .from(meetings)
    .where(and(eq(meetings.tenantId, tenantId), eq(meetings.roundId, roundId)))
    .orderBy(asc(meetings.heldOn));

/** A meeting with everything its minutes print, or null when there is no such meeting. */
export async function meetingForMinutes(q: Q, tenantId: string, meetingId: string) {
  const [meeting] = await q
    .select()
    .from(meetings)
    .where(and(eq(meetings.tenantId, tenantId), eq(meetings.id, meetingId)));
  if (!meeting) return null;
  const [council] = await q
    .select()
    .from(councils)
    .where(and(eq(councils.tenantId, tenantId), eq(councils.id, meeting.councilId)));
  const members = await q
    .select()
    .from(councilMembers)
    .where(and(eq(councilMembers.tenantId, tenantId), eq(councilMembers.councilId, meeting.councilId)));
  const attendance = await q
    .select()
    .from(meetingAttendance)
    .where(and(eq(meetingAttendance.tenantId, tenantId), eq(meetingAttendance.meetingId, meetingId)));
  const items = await q
    .select()
    .from(meetingItems)
    .where(and(eq(meetingItems.tenantId, tenantId), eq(meetingItems.meetingId, meetingId)))
    .orderBy(asc(meetingItems.ordinal));
  const recused = await q
    .select()
    .from(recusals)
    .where(and(eq(recusals.tenantId, tenantId), eq(recusals.meetingId, meetingId)));
  return { meeting, council: council ?? null, members, attendance, items, recusals: recused };
}
