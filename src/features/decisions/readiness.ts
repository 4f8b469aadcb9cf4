// Whether nominees may be decided (or sent up) on a date: the council passed them, the public
// notice of that meeting has ended and no complaint about them is open. The notices and meetings
// are read through their features' repositories.
import type { Db, Tx } from '../../db/client.js';
import { formatDateVN } from '../../domain/vi-text/index.js';
import { latestPassingMeeting, passedMeetingItems } from '../councils/repository.js';
import { noticesOfMeetings, openComplaintsAbout } from '../notices/repository.js';

type Q = Db | Tx;

export interface NoticeState {
  ok: boolean;
  message: string | null;
}

/** Whether each nominee may be decided on `date`: a notice of its meeting has ended, no open complaint. */
export async function noticeStates(
  q: Q,
  tenantId: string,
  roundKind: string,
  nomineeIds: string[],
  date: string,
): Promise<Map<string, NoticeState>> {
  const out = new Map<string, NoticeState>();
  if (!nomineeIds.length) return out;
  const items = await passedMeetingItems(q, tenantId, nomineeIds);
  const ns = await noticesOfMeetings(q, tenantId, [...new Set(items.map((i) => i.meetingId))]);
  const complaints = await openComplaintsAbout(q, tenantId, nomineeIds);
  const noticeFree = roundKind === 'simplified' || roundKind === 'ad_hoc';
  for (const id of nomineeIds) {
    const open = complaints.find((c) => c.nomineeId === id);
    if (open) {
      out.set(id, { ok: false, message: `đang có phản ánh, khiếu nại chưa giải quyết (mã ${open.code})` });
      continue;
    }
    const mine = items.filter((i) => i.nomineeId === id).map((i) => i.meetingId);
    const mineNotices = ns.filter((n) => mine.includes(n.meetingId));
    if (!mineNotices.length) {
      out.set(
        id,
        noticeFree
          ? { ok: true, message: null }
          : { ok: false, message: 'danh sách Hội đồng thông qua chưa được công khai' },
      );
      continue;
    }
    const running = mineNotices.filter((n) => n.endsOn >= date).sort((a, b) => (a.endsOn < b.endsOn ? 1 : -1))[0];
    out.set(
      id,
      running
        ? { ok: false, message: `danh sách đang công khai đến hết ngày ${formatDateVN(running.endsOn)}` }
        : { ok: true, message: null },
    );
  }
  return out;
}

/** The latest closed meeting that passed any of the nominees (its minutes are cited). */
export const passingMeeting = (q: Q, tenantId: string, nomineeIds: string[]) =>
  latestPassingMeeting(q, tenantId, nomineeIds);
