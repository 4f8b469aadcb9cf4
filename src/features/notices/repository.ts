// SQL of the public notices (notices, notice_feedback) for other features: the notices of the
// meetings that passed a nominee and the open complaints about nominees (a decision waits for both).
import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { noticeFeedback, notices } from '../../db/schema.js';

type Q = Db | Tx;

export type NoticeRow = typeof notices.$inferSelect;

/** The notices published for any of the meetings. */
export async function noticesOfMeetings(q: Q, tenantId: string, meetingIds: readonly string[]): Promise<NoticeRow[]> {
  if (!meetingIds.length) return [];
  return q
    .select()
    .from(notices)
    .where(and(eq(notices.tenantId, tenantId), inArray(notices.meetingId, [...meetingIds])));
}

/** The complaints still open about any of the nominees, with their tracking code. */
export async function openComplaintsAbout(q: Q, tenantId: string, nomineeIds: readonly string[]) {
  if (!nomineeIds.length) return [];
  return q
    .select({ nomineeId: noticeFeedback.nomineeId, code: noticeFeedback.trackingCode })
    .from(noticeFeedback)
    .where(
      and(
        eq(noticeFeedback.tenantId, tenantId),
        inArray(noticeFeedback.nomineeId, [...nomineeIds]),
        eq(noticeFeedback.kind, 'complaint'),
        eq(noticeFeedback.status, 'open'),
      ),
    );
}
