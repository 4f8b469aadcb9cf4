// SQL of the councils' meetings (meetings, meeting_items) for other features: which meeting passed a
// nominee, the latest such meeting (its minutes are cited), the meetings of a round.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { meetingItems, meetings } from '../../db/schema.js';

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
