// Reminders to units late with their six-month or annual report, on each engine: the latest report
// of each kind whose due date (procedure rules, dated data the administrator can change) has
// passed; each late unit's own officers are told, the body above hears of units without an
// account, a submitted report is never chased, a rerun reminds nobody twice (paged in small
// batches), and a new due date reminds again.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { PROCEDURE_2025, reportDueDate } from '../../domain/rounds/procedure.js';
import { ENGINES } from '../../db/testing/engines.js';
import { fixtureApp, rowsOf } from '../../db/testing/frame.js';
import { notifyLateReports, reportsDue } from './reminders.js';

const NOW = new Date('2026-07-05T09:00:00+07:00');

describe('which reports are due', () => {
  const dueOf = (y: number, k: 'half' | 'year') => reportDueDate(PROCEDURE_2025, y, k);
  it('takes the latest passed due date of each kind', () => {
    expect(reportsDue(dueOf, '2026-07-05')).toEqual([
      { year: 2026, kind: 'half', due: '2026-06-30' },
      { year: 2025, kind: 'year', due: '2025-12-15' },
    ]);
    expect(reportsDue(dueOf, '2026-06-29')).toEqual([
      { year: 2025, kind: 'half', due: '2025-06-30' },
      { year: 2025, kind: 'year', due: '2025-12-15' },
    ]);
    expect(reportsDue(dueOf, '2026-12-15')[1]).toEqual({ year: 2026, kind: 'year', due: '2026-12-15' });
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

  it('reminds each late unit once per report and due date; a submitted report is not chased', async () => {
    // The school submitted its six-month report of 2026; nobody submitted the annual one of 2025.
    const user = f.users.admin;
    await f.db.execute(sql`INSERT INTO period_reports (tenant_id, id, org_id, year, kind, status, narrative, version, submitted_figures, submitted_at, submitted_by, created_by, updated_by)
      VALUES (${f.tenantId}, ${crypto.randomUUID()}, ${f.orgs['T.W1.SCH']}, 2026, 'half', 'submitted', '{}', 1, '{}', ${NOW.toISOString()}, ${user}, ${user}, ${user})`);

    const first = await notifyLateReports(f.db, NOW, { batchSize: 2, pauseMs: 0 });
    // Units with a parent: T.W1, T.W1.SCH, T.W1.CLINIC, T.W1.TDP1, T.C2, T.C2.VHXH — for the
    // annual report of 2025 all six, for the six-month one of 2026 all but the school.
    expect(first.reminded).toBe(11);

    const school = await notices('clerk.school');
    expect(school.map((n) => n.title)).toEqual([
      'Chưa gửi báo cáo tổng kết năm công tác thi đua, khen thưởng năm 2025',
    ]);
    expect(school[0].body).toContain('Trường THCS Mường Lay chưa gửi báo cáo');
    expect(school[0].body).toContain('lên Phường Mường Lay');
    expect(school[0].body).toContain('hạn gửi là ngày 15/12/2025');
    expect(school[0].link).toBe(`/bao-cao/tong-ket?ky=year&nam=2025&donvi=${f.orgs['T.W1.SCH']}`);
    const clinic = await notices('clerk.clinic');
    expect(clinic.map((n) => n.title)).toEqual([
      'Chưa gửi báo cáo sơ kết 6 tháng công tác thi đua, khen thưởng năm 2026',
      'Chưa gửi báo cáo tổng kết năm công tác thi đua, khen thưởng năm 2025',
    ]);
    expect(clinic[0].body).toContain('hạn gửi là ngày 30/06/2026');
    // The ward's officer: the ward's own reports, and the residential group (no account) listed.
    const ward = await notices('ward.officer');
    expect(ward.filter((n) => n.kind === 'period_report.late')).toHaveLength(2);
    const orphans = ward.filter((n) => n.kind === 'period_report.late_units');
    expect(orphans).toHaveLength(2);
    expect(orphans.every((n) => n.body.includes('Tổ dân phố 1'))).toBe(true);
    // The province's officer is not told of every unit below.
    expect((await notices('officer')).filter((n) => n.kind === 'period_report.late')).toEqual([]);
    const audit = rowsOf<{ n: number }>(
      await f.db.execute(
        sql`SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = ${f.tenantId} AND action = 'period_report.late_reminder'`,
      ),
    );
    expect(audit[0].n).toBeGreaterThan(0);

    // Again (a restart, a second server): nobody is reminded twice.
    const count = async () =>
      rowsOf<{ n: number }>(
        await f.db.execute(sql`SELECT count(*)::int AS n FROM notifications WHERE kind LIKE 'period_report.%'`),
      )[0].n;
    const before = await count();
    expect(await notifyLateReports(f.db, NOW, { batchSize: 2, pauseMs: 0 })).toEqual({ reminded: 0, notices: 0 });
    expect(await count()).toBe(before);
  });

  it('a due date the administrator changes reminds again, from the new date', async () => {
    // The province sets the six-month report due on 03/07: a new deadline, already passed on 05/07.
    for (const [key, value] of [
      ['procedure.reportDue.half.month', 7],
      ['procedure.reportDue.half.day', 3],
    ] as const) {
      await f.db.execute(sql`INSERT INTO rule_overrides (tenant_id, id, key, value, effective_from, reason, created_by)
        VALUES (${f.tenantId}, ${crypto.randomUUID()}, ${key}, ${JSON.stringify(value)}::jsonb, '2026-01-01', 'Quy chế của tỉnh', ${f.users.admin})`);
    }
    const again = await notifyLateReports(f.db, NOW, { pauseMs: 0 });
    expect(again.reminded).toBe(5);
    const clinic = await notices('clerk.clinic');
    expect(clinic.filter((n) => n.body.includes('hạn gửi là ngày 03/07/2026'))).toHaveLength(1);
    expect((await notices('clerk.school')).some((n) => n.body.includes('03/07/2026'))).toBe(false);
  });
});
