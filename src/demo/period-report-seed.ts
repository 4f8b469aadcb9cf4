// Demo six-month and annual reports (issue 11): the last year's annual report of the first ward
// (Mường Lay, the ward of the demo officer muonglay.vhxh), written and submitted to the province, so the province's screen shows one unit
// reported with its figures in the sum and the others not yet; the same ward's six-month report
// as a draft. Written in the seed's transaction after the history, from what is already there.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import * as s from '../db/schema.js';
import {
  computeAnnualFigures,
  defaultNarrative,
  headlineOf,
  type PeriodReportKind,
  reportPeriod,
} from '../domain/reports/annual.js';
import { annualFacts } from '../features/annual-reports/repository.js';

export async function seedPeriodReports(tx: Tx, t: string, now: Date): Promise<void> {
  const [root] = await tx
    .select({ id: s.organisations.id })
    .from(s.organisations)
    .where(and(eq(s.organisations.tenantId, t), isNull(s.organisations.parentId)));
  if (!root) return;
  const [officer] = await tx
    .select({ id: s.users.id })
    .from(s.users)
    .where(and(eq(s.users.tenantId, t), eq(s.users.username, 'muonglay.vhxh')));
  if (!officer) return;
  // The ward the officer works for (Mường Lay), when it reports to the province directly.
  const [ward] = await tx
    .select({ id: s.organisations.id, name: s.organisations.name })
    .from(s.roleGrants)
    .innerJoin(
      s.organisations,
      and(eq(s.organisations.tenantId, s.roleGrants.tenantId), eq(s.organisations.id, s.roleGrants.orgId)),
    )
    .where(
      and(eq(s.roleGrants.tenantId, t), eq(s.roleGrants.userId, officer.id), eq(s.organisations.parentId, root.id)),
    )
    .orderBy(asc(s.organisations.sortKey))
    .limit(1);
  if (!ward || !officer) return;
  const year = Number(new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 4)) - 1;
  const write = async (kind: PeriodReportKind, submit: boolean) => {
    const figures = computeAnnualFigures(
      await annualFacts(tx, t, ward.id, reportPeriod(year, kind), reportPeriod(year - 1, kind)),
    );
    const narrative = {
      ...defaultNarrative({ year, kind }),
      leadership: `Đảng ủy, UBND ${ward.name.replace(/^Phường/u, 'phường')} ban hành kế hoạch công tác thi đua, khen thưởng; tổ chức phát động thi đua tại hội nghị cán bộ, công chức đầu năm; tuyên truyền trên hệ thống truyền thanh cơ sở.`,
      signerName: 'Lò Văn Thắng',
    };
    const id = crypto.randomUUID();
    await tx.insert(s.periodReports).values({
      tenantId: t,
      id,
      orgId: ward.id,
      year,
      kind,
      status: submit ? 'submitted' : 'draft',
      narrative,
      version: 1,
      submittedFigures: submit ? { headline: headlineOf(figures), figures } : null,
      submittedAt: submit ? now : null,
      submittedBy: submit ? officer.id : null,
      createdBy: officer.id,
      createdAt: now,
      updatedBy: officer.id,
      updatedAt: now,
    });
    await tx
      .insert(s.periodReportVersions)
      .values({ tenantId: t, reportId: id, version: 1, narrative, editedBy: officer.id, editedAt: now });
  };
  await write('year', true);
  await write('half', false);
}
