// Reminders to units late with their six-month or annual report, on each engine: the latest report
// of each kind whose due date (procedure rules, dated data the administrator can change) passed
// within the last 90 days; only the units whose parent body is compiling its own report (a draft);
// each late unit's own officers are told, the body above hears of units without an account, a
// submitted report is never chased, a rerun reminds nobody twice (paged in small batches), a new
// due date reminds again, and nothing once the parent has submitted.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { PROCEDURE_2025, reportDueDate } from '../../domain/rounds/procedure.js';
import { ENGINES } from '../../db/testing/engines.js';
import { fixtureApp, rowsOf } from '../../db/testing/frame.js';
import { notifyLateReports, reportsDue } from './reminders.js';

const NOW = new Date('2026-07-05T09:00:00+07:00');

describe('which reports are due', () => {
  const dueOf = (y: number, k: 'half' | 'year') => reportDueDate(PROCEDURE_2025, y, k);
  it('takes the latest passed due date of each kind, for 90 days after it', () => {
    expect(reportsDue(dueOf, '2026-07-05')).toEqual([{ year: 2026, kind: 'half', due: '2026-06-30' }]);
    expect(reportsDue(dueOf, '2026-01-10')).toEqual([{ year: 2025, kind: 'year', due: '2025-12-15' }]);
    expect(reportsDue(dueOf, '2026-06-29')).toEqual([]);
    expect(reportsDue(dueOf, '2026-12-15')).toEqual([{ year: 2026, kind: 'year', due: '2026-12-15' }]);
    expect(reportsDue(dueOf, '2026-09-28')).toEqual([{ year: 2026, kind: 'half', due: '2026-06-30' }]);
    expect(reportsDue(dueOf, '2026-09-29')).toEqual([]);
  });
});

describe.each(ENGINES)('late-report reminders on %s', (engine) => {
  const f = fixtureApp(engine);
  const notices = async (username: string) =>
    rowsOf<{ kind: string; title: string; body: string; link: string }>(
      await f.db.execute(
        sql`SELECT kind, title, body, link FROM notifications WHERE user_id = ${f.users[username]} AND kind LIKE 'period_report.%' ORDER BY title`,
      ),
    );

  const report = (org: string, kind: 'half' | 'year', year: number, status: 'draft' | 'submitted') =>
    f.db.execute(sql`INSERT INTO period_reports (tenant_id, id, org_id, year, kind, status, narrative, version, submitted_figures, submitted_at, submitted_by, created_by, updated_by)
      VALUES (${f.tenantId}, ${crypto.randomUUID()}, ${f.orgs[org]}, ${year}, ${kind}, ${status}, '{}', 1,
              ${status === 'submitted' ? '{}' : null}, ${status === 'submitted' ? NOW.toISOString() : null},
              ${status === 'submitted' ? f.users.admin : null}, ${f.users.admin}, ${f.users.admin})`);
  const count = async () =>
    rowsOf<{ n: number }>(
      await f.db.execute(sql`SELECT count(*)::int AS n FROM notifications WHERE kind LIKE 'period_report.%'`),
    )[0].n;

  it('reminds the units of a body compiling its report, once per due date; a submitted report is not chased', async () => {
    // The ward compiles its six-month report of 2026; the school submitted its own. The commune
    // (T.C2) has not started its report: its unit is not chased.
    await report('T.W1', 'half', 2026, 'draft');
    await report('T.W1.SCH', 'half', 2026, 'submitted');

    const first = await notifyLateReports(f.db, NOW, { batchSize: 1, pauseMs: 0 });
    expect(first.reminded).toBe(2); // the health station and the residential group

    expect(await notices('clerk.school')).toEqual([]);
    const clinic = await notices('clerk.clinic');
    expect(clinic.map((n) => n.title)).toEqual([
      'Chưa gửi báo cáo sơ kết 6 tháng công tác thi đua, khen thưởng năm 2026',
    ]);
    expect(clinic[0].body).toContain('Trạm Y tế phường Mường Lay chưa gửi báo cáo');
    expect(clinic[0].body).toContain('lên Phường Mường Lay');
    expect(clinic[0].body).toContain('hạn gửi là ngày 30/06/2026');
    expect(clinic[0].link).toBe(`/bao-cao/tong-ket?ky=half&nam=2026&donvi=${f.orgs['T.W1.CLINIC']}`);
    // The residential group has no account: the ward's officer hears of it.
    const ward = await notices('ward.officer');
    expect(ward.map((n) => n.kind)).toEqual(['period_report.late_units']);
    expect(ward[0].title).toBe('1 đơn vị chưa gửi báo cáo sơ kết 6 tháng công tác thi đua, khen thưởng năm 2026');
    expect(ward[0].body).toContain('Tổ dân phố 1');
    // The province's officer is not told of every unit below.
    expect(await notices('officer')).toEqual([]);
    const audit = rowsOf<{ n: number }>(
      await f.db.execute(
        sql`SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = ${f.tenantId} AND action = 'period_report.late_reminder'`,
      ),
    );
    expect(audit[0].n).toBe(2);

    // Again (a restart, a second server): nobody is reminded twice.
    const before = await count();
    expect(await notifyLateReports(f.db, NOW, { batchSize: 1, pauseMs: 0 })).toEqual({ reminded: 0, notices: 0 });
    expect(await count()).toBe(before);
  });

  it('a due date the administrator changes reminds again; nothing once the parent has submitted', async () => {
    const due = async (month: number, day: number, from: string) => {
      for (const [key, value] of [
        ['procedure.reportDue.half.month', month],
        ['procedure.reportDue.half.day', day],
      ] as const) {
        await f.db.execute(sql`INSERT INTO rule_overrides (tenant_id, id, key, value, effective_from, reason, created_by)
          VALUES (${f.tenantId}, ${crypto.randomUUID()}, ${key}, ${JSON.stringify(value)}::jsonb, ${from}, 'Quy chế của tỉnh', ${f.users.admin})`);
      }
    };
    // The province sets the six-month report due on 03/07: a new deadline, passed on 05/07.
    await due(7, 3, '2026-01-01');
    expect((await notifyLateReports(f.db, NOW, { pauseMs: 0 })).reminded).toBe(2);
    expect((await notices('clerk.clinic')).filter((n) => n.body.includes('hạn gửi là ngày 03/07/2026'))).toHaveLength(
      1,
    );
    // The ward submits its report: its units' figures can no longer enter it; nobody is chased.
    await f.db.execute(
      sql`UPDATE period_reports SET status = 'submitted' WHERE org_id = ${f.orgs['T.W1']} AND year = 2026 AND kind = 'half'`,
    );
    await due(7, 4, '2026-02-01');
    const before = await count();
    expect((await notifyLateReports(f.db, NOW, { pauseMs: 0 })).reminded).toBe(0);
    expect(await count()).toBe(before);
  });
});
