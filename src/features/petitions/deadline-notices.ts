// Background deadline warnings for petitions: the officers handling an open petition are told once
// when its statutory due date comes near (within the rules' warning period, in working days) and
// once when it has passed — per petition, due date and state, so a restart, a second server or a
// new due date (acceptance, extension) never repeats nor loses a warning. Like the overdue
// plan-task check, through the shared loop (src/server/batch-loop.ts): small pages by key, each told
// in its own short transaction that first claims the warning on the petition, with a pause between
// pages; started after the server answers and stoppable between pages.
import type { Db } from '../../db/client.js';
import { deadlineState, PETITION_KIND_LABELS, petitionRulesOn } from '../../domain/petitions/index.js';
import { addWorkingDays } from '../../domain/rounds/procedure.js';
import { formatDateVN, isoDateInVietnam } from '../../domain/vi-text/index.js';
import { now as clockNow } from '../../server/clock.js';
import { appendAudit } from '../audit/append.js';
import { procedureRulesFor } from '../councils/meetings.js';
import { notify, usersWithPermission } from '../notifications/service.js';
import { orgChain } from '../organisations/tree.js';
import { SYSTEM_ACTOR_NAME } from '../plans/service.js';
import { claimDeadlineNotices, type OpenPetitionDeadline, openPetitionsDueBy } from './repository.js';
import { type BatchOptions, runKeyedBatches } from '../../server/batch-loop.js';
import { startPeriodicCheck } from '../../server/periodic.js';

/** Open petitions read and told per transaction, pause between pages, stop signal. */
export type DeadlineCheckOptions = BatchOptions;

/** Calendar days added to the warning window when selecting rows: longer than any run of holidays. */
const HOLIDAY_SLACK_DAYS = 14;

type Warning = { p: OpenPetitionDeadline; state: 'due_soon' | 'overdue'; workingDaysLeft: number; key: string };

const stageOf = (p: OpenPetitionDeadline) => (p.acceptedOn ? 'giải quyết' : 'xử lý, thụ lý');

function message(w: Warning) {
  const kind = PETITION_KIND_LABELS[w.p.kind];
  const due = formatDateVN(w.p.dueDate);
  return w.state === 'overdue'
    ? {
        kind: 'petition.deadline.overdue',
        title: `Đơn thư quá hạn ${stageOf(w.p)}: ${w.p.title} (mã ${w.p.trackingCode})`,
        body: `${kind} có hạn ${stageOf(w.p)} ngày ${due} đã quá hạn mà chưa kết thúc. Hãy xử lý ngay hoặc gia hạn theo quy định.`,
        link: `/don-thu/${w.p.id}`,
      }
    : {
        kind: 'petition.deadline.due_soon',
        title: `Đơn thư sắp đến hạn ${stageOf(w.p)}: ${w.p.title} (mã ${w.p.trackingCode})`,
        body: `${kind} có hạn ${stageOf(w.p)} ngày ${due}, còn ${w.workingDaysLeft} ngày làm việc.`,
        link: `/don-thu/${w.p.id}`,
      };
}

/**
 * Warns the officers of each open petition whose deadline is near or past, once per petition,
 * due date and state: the assignee, or without one the petition officers (`petition.manage`) of
 * the receiving organisation, or of the nearest organisation above it that has some.
 */
export async function notifyPetitionDeadlines(
  db: Db,
  now = clockNow(),
  opts: DeadlineCheckOptions = {},
): Promise<{ warned: number; notices: number }> {
  const today = isoDateInVietnam(now);
  const dueBy = addWorkingDays(today, petitionRulesOn(today).warnWorkingDays + HOLIDAY_SLACK_DAYS, []);
  const holidays = new Map<string, readonly string[]>();
  const officers = new Map<string, string[]>();
  return runKeyedBatches<
    OpenPetitionDeadline,
    { tenantId: string; id: string },
    Warning,
    { warned: number; notices: number }
  >(
    db,
    {
      read: (after, limit) => openPetitionsDueBy(db, dueBy, after, limit),
      keyOf: (p) => ({ tenantId: p.tenantId, id: p.id }),
      select: async (page) => {
        const due: Warning[] = [];
        for (const p of page) {
          let h = holidays.get(p.tenantId);
          if (!h) {
            h = (await procedureRulesFor(db, p.tenantId, today)).holidays.dates;
            holidays.set(p.tenantId, h);
          }
          const st = deadlineState(p.dueDate, today, true, petitionRulesOn(p.receivedOn).warnWorkingDays, h);
          if (st.state !== 'due_soon' && st.state !== 'overdue') continue;
          const key = `${p.dueDate}:${st.state}`;
          if (p.deadlineNotified === key) continue;
          due.push({ p, state: st.state, workingDaysLeft: st.workingDaysLeft, key });
        }
        return due;
      },
      groupOf: (w) => w.p.tenantId,
      write: async (tx, tenantId, group) => {
        const claimed = await claimDeadlineNotices(
          tx,
          tenantId,
          group.map((w) => ({ id: w.p.id, key: w.key, dueDate: w.p.dueDate })),
        );
        const sent = group.filter((w) => claimed.has(w.p.id));
        let n = 0;
        for (const w of sent) {
          let to = w.p.assigneeId ? [w.p.assigneeId] : officers.get(`${tenantId}:${w.p.orgId}`);
          if (!to) {
            to = [];
            for (const org of await orgChain(tx, tenantId, w.p.orgId)) {
              to = await usersWithPermission(tx, tenantId, 'petition.manage', [org]);
              if (to.length) break;
            }
            officers.set(`${tenantId}:${w.p.orgId}`, to);
          }
          await notify(tx, tenantId, to, message(w), now);
          n += new Set(to).size;
        }
        if (sent.length)
          await appendAudit(
            tx,
            { tenantId, userId: null, name: SYSTEM_ACTOR_NAME },
            {
              action: 'petition.deadline_notice',
              entityType: 'petition',
              summary: `Nhắc hạn ${sent.length} đơn thư sắp đến hạn hoặc quá hạn`,
              after: { warnings: sent.map((w) => ({ id: w.p.id, dueDate: w.p.dueDate, state: w.state })) },
            },
            now,
          );
        return { warned: sent.length, notices: n };
      },
      zero: { warned: 0, notices: 0 },
    },
    opts,
  );
}

/**
 * Runs the deadline check shortly after start-up (never before the server answers), then every
 * `everyMs`; a run still going when the next is due is not doubled. Returns a stop function.
 */
export function startPetitionDeadlineChecks(db: Db, everyMs = 6 * 60 * 60 * 1000, firstAfterMs = 8_000): () => void {
  return startPeriodicCheck({
    run: (signal) => notifyPetitionDeadlines(db, clockNow(), { signal }),
    report: (r) => r.warned && `Đã nhắc hạn ${r.warned} đơn thư.`,
    failure: 'Kiểm tra hạn đơn thư gặp lỗi:',
    everyMs,
    firstAfterMs,
  });
}
