// Reminders to units late with their six-month or annual report to the body above them (báo cáo
// sơ kết 6 tháng / tổng kết năm, issue 11 item 5). For each kind, the latest report whose due date
// (procedure rules `reportDue`, dated data the administrator confirms or changes per tenant) has
// passed, for REMIND_WITHIN_DAYS after it: every unit in existence on that day whose parent body is
// compiling its own report for the period (a draft: once the parent has submitted, its roll-up is
// frozen and chasing its units is moot) and that has not submitted its own is reminded once per
// report and due date — the claim in period_report_reminders
// is written in the same transaction as the notices, so a restart, a second server or a rerun
// never reminds twice, and a new due date reminds again. Like the overdue plan-task check, through
// the shared loop (src/server/batch-loop.ts): small pages by key, each in its own short transaction, a pause between pages, started after the
// server answers and stoppable between pages.
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { PERIOD_REPORT_KIND_LABELS, PERIOD_REPORT_KINDS, type PeriodReportKind } from '../../domain/reports/annual.js';
import { reportDueDate } from '../../domain/rounds/procedure.js';
import { formatDateVN, isoDateInVietnam } from '../../domain/vi-text/index.js';
import { now as clockNow } from '../../server/clock.js';
import { appendAudit } from '../audit/append.js';
import { tenantProcedureRules } from '../eligibility/service.js';
import { notify, usersWithPermission } from '../notifications/service.js';
import { SYSTEM_ACTOR_NAME } from '../plans/service.js';
import { type BatchOptions, runKeyedBatches } from '../../server/batch-loop.js';
import { startPeriodicCheck } from '../../server/periodic.js';

/** Units read and reminded per transaction, pause between pages, stop signal. */
export type LateReportOptions = BatchOptions;

/**
 * Days after a due date during which late units are reminded (the product's choice: a deadline
 * long past is the parent's business, not a fresh reminder, e.g. on a first start with history).
 */
export const REMIND_WITHIN_DAYS = 90;

/** Who submits a unit's report (the annual-reports service's write permission). */
const SUBMITTER = 'proposal.submit' as const;

type Q = Db | Tx;

function rowsOf<T>(r: unknown): T[] {
  return ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];
}

interface LateUnit {
  id: string;
  name: string;
  parentId: string;
  parentName: string;
}

/** The report of each kind whose due date is the latest one passed on `today`, if within REMIND_WITHIN_DAYS. */
export function reportsDue(
  dueOf: (year: number, kind: PeriodReportKind) => string,
  today: string,
): { year: number; kind: PeriodReportKind; due: string }[] {
  const y = Number(today.slice(0, 4));
  const since = new Date(Date.parse(`${today}T00:00:00Z`) - REMIND_WITHIN_DAYS * 86_400_000).toISOString().slice(0, 10);
  return PERIOD_REPORT_KINDS.flatMap((kind) => {
    const year = [y, y - 1].find((yy) => dueOf(yy, kind) <= today);
    if (year === undefined || dueOf(year, kind) < since) return [];
    return [{ year, kind, due: dueOf(year, kind) }];
  });
}

/**
 * Units of the tenant late with the report, whose parent is compiling its own (a draft), not yet
 * reminded for this due date, by id after `after`.
 */
async function lateUnits(
  db: Q,
  tenantId: string,
  r: { year: number; kind: PeriodReportKind; due: string },
  after: string | null,
  limit: number,
): Promise<LateUnit[]> {
  return rowsOf<LateUnit>(
    await db.execute(sql`
    SELECT o.id, o.name, p.id AS "parentId", p.name AS "parentName"
    FROM organisations o JOIN organisations p ON p.tenant_id = o.tenant_id AND p.id = o.parent_id
    WHERE o.tenant_id = ${tenantId} ${after ? sql`AND o.id > ${after}` : sql``}
      AND o.effective_from <= ${r.due} AND (o.effective_to IS NULL OR o.effective_to >= ${r.due})
      AND EXISTS (SELECT 1 FROM period_reports pp WHERE pp.tenant_id = o.tenant_id AND pp.org_id = o.parent_id
                  AND pp.year = ${r.year} AND pp.kind = ${r.kind} AND pp.status = 'draft')
      AND NOT EXISTS (SELECT 1 FROM period_reports pr WHERE pr.tenant_id = o.tenant_id AND pr.org_id = o.id
                      AND pr.year = ${r.year} AND pr.kind = ${r.kind} AND pr.status = 'submitted')
      AND NOT EXISTS (SELECT 1 FROM period_report_reminders x WHERE x.tenant_id = o.tenant_id AND x.org_id = o.id
                      AND x.year = ${r.year} AND x.kind = ${r.kind} AND x.due_date = ${r.due})
    ORDER BY o.id LIMIT ${limit}`),
  );
}

/** Claims the reminders; answers the units this run claimed (another run may have claimed some). */
async function claim(
  tx: Tx,
  tenantId: string,
  r: { year: number; kind: PeriodReportKind; due: string },
  ids: string[],
  now: Date,
): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const values = sql.join(
    ids.map((id) => sql`(${tenantId}, ${id}, ${r.year}, ${r.kind}, ${r.due}, ${now.toISOString()})`),
    sql`, `,
  );
  const claimed = rowsOf<{ id: string }>(
    await tx.execute(sql`INSERT INTO period_report_reminders (tenant_id, org_id, year, kind, due_date, reminded_at)
      VALUES ${values} ON CONFLICT DO NOTHING RETURNING org_id AS id`),
  );
  return new Set(claimed.map((c) => c.id));
}

const link = (r: { year: number; kind: PeriodReportKind }, orgId: string) =>
  `/bao-cao/tong-ket?ky=${r.kind}&nam=${r.year}&donvi=${orgId}`;

/**
 * Reminds the units late with their reports: the unit's own officers (who may submit it); for a
 * unit without any, the officers of the body above get one notice per page listing such units.
 */
export async function notifyLateReports(
  db: Db,
  now = clockNow(),
  opts: LateReportOptions = {},
): Promise<{ reminded: number; notices: number }> {
  const today = isoDateInVietnam(now);
  let reminded = 0;
  let notices = 0;
  const tenants = rowsOf<{ id: string }>(await db.execute(sql`SELECT id FROM tenants ORDER BY id`));
  for (const { id: tenantId } of tenants) {
    const rules = await tenantProcedureRules(db, tenantId, today);
    for (const r of reportsDue((y, k) => reportDueDate(rules, y, k), today)) {
      const what = `${PERIOD_REPORT_KIND_LABELS[r.kind].toLowerCase()} công tác thi đua, khen thưởng năm ${r.year}`;
      const told = await runKeyedBatches<LateUnit, string, LateUnit, { reminded: number; notices: number }>(
        db,
        {
          read: (after, limit) => lateUnits(db, tenantId, r, after, limit),
          keyOf: (u) => u.id,
          groupOf: () => tenantId,
          write: async (tx, _group, page) => {
            const claimed = await claim(
              tx,
              tenantId,
              r,
              page.map((u) => u.id),
              now,
            );
            const units = page.filter((u) => claimed.has(u.id));
            let n = 0;
            const orphans = new Map<string, LateUnit[]>();
            for (const u of units) {
              const to = await usersWithPermission(tx, tenantId, SUBMITTER, [u.id]);
              if (!to.length) {
                orphans.set(u.parentId, [...(orphans.get(u.parentId) ?? []), u]);
                continue;
              }
              await notify(
                tx,
                tenantId,
                to,
                {
                  kind: 'period_report.late',
                  title: `Chưa gửi báo cáo ${what}`,
                  body: `${u.name} chưa gửi báo cáo ${what} lên ${u.parentName}; hạn gửi là ngày ${formatDateVN(r.due)}. Hãy hoàn thiện và gửi báo cáo.`,
                  link: link(r, u.id),
                },
                now,
              );
              n += to.length;
            }
            for (const [parentId, late] of orphans) {
              const to = await usersWithPermission(tx, tenantId, SUBMITTER, [parentId]);
              if (!to.length) continue;
              const names = late.map((u) => u.name);
              await notify(
                tx,
                tenantId,
                to,
                {
                  kind: 'period_report.late_units',
                  title: `${late.length} đơn vị chưa gửi báo cáo ${what}`,
                  body: `Hạn gửi là ngày ${formatDateVN(r.due)}. Các đơn vị chưa có tài khoản trên hệ thống, cần đôn đốc: ${names.slice(0, 20).join('; ')}${names.length > 20 ? `; và ${names.length - 20} đơn vị khác` : ''}.`,
                  link: link(r, parentId),
                },
                now,
              );
              n += to.length;
            }
            if (units.length)
              await appendAudit(
                tx,
                { tenantId, userId: null, name: SYSTEM_ACTOR_NAME },
                {
                  action: 'period_report.late_reminder',
                  entityType: 'period_report',
                  summary: `Nhắc ${units.length} đơn vị chưa gửi báo cáo ${what} (hạn ${formatDateVN(r.due)})`,
                  after: { year: r.year, kind: r.kind, due: r.due, units: units.map((u) => u.id) },
                },
                now,
              );
            return { reminded: units.length, notices: n };
          },
          zero: { reminded: 0, notices: 0 },
        },
        opts,
      );
      reminded += told.reminded;
      notices += told.notices;
    }
  }
  return { reminded, notices };
}

/**
 * Runs the check shortly after start-up (never before the server answers: a timer, not awaited),
 * then daily; returns the function that stops it.
 */
export function startLateReportChecks(db: Db, everyMs = 24 * 60 * 60 * 1000, firstAfterMs = 8_000): () => void {
  return startPeriodicCheck({
    run: (signal) => notifyLateReports(db, clockNow(), { signal }),
    report: (r) => r.reminded && `Đã nhắc ${r.reminded} đơn vị chưa gửi báo cáo sơ kết, tổng kết đúng hạn.`,
    failure: 'Kiểm tra báo cáo chậm gửi gặp lỗi:',
    everyMs,
    firstAfterMs,
  });
}
