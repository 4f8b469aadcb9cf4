// The dashboard's aggregates on each engine: awards by year and level without revoked ones, the
// share of individuals by category and manager flag as snapshotted at award time (a later
// promotion does not rewrite it), registrations against achievements, the fund's balance, and
// the reader's scope (a school clerk sees only the school).
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { awardRecords, organisations, people, registrationCalls, registrations, users } from '../../db/schema.js';
import { ENGINES, openTestDatabase } from '../../db/testing/engines.js';
import { seedFixture } from '../../db/testing/fixture.js';
import type { Ctx } from '../../server/context.js';
import { loadActor } from '../../server/session.js';
import { asSent } from '../decisions/testing.js';
import { postFundEntry } from '../fund/service.js';
import { listRegisterEntries } from '../register/service.js';
import { DashboardOut } from './schema.js';
import { getDashboard } from './service.js';

const NOW = new Date('2026-11-21T09:00:00+07:00');

describe.each(ENGINES)('dashboard on %s', (engine) => {
  let d: Database;
  let tenantId: string;
  const org: Record<string, string> = {};
  const person: Record<string, string> = {};
  let office: Ctx;
  let clerk: Ctx;

  const ctxFor = async (username: string): Promise<Ctx> => {
    const [u] = await d.db
      .select()
      .from(users)
      .where(and(eq(users.tenantId, tenantId), eq(users.username, username)));
    return { db: d.db, actor: (await loadActor(d.db, tenantId, u.id))!, now: NOW };
  };

  beforeAll(async () => {
    d = await openTestDatabase(engine);
    ({ tenantId } = await seedFixture(d.db));
    for (const o of await d.db.select().from(organisations).where(eq(organisations.tenantId, tenantId)))
      org[o.code] = o.id;
    for (const p of await d.db.select().from(people).where(eq(people.tenantId, tenantId))) person[p.fullName] = p.id;
    office = await ctxFor('ward.officer');
    clerk = await ctxFor('clerk.school');
  });
  afterAll(() => d?.close());

  it('counts awards by year and level, the share at award time, registrations against awards', async () => {
    const binh = person['Trần Thị Bình'];
    const dung = person['Lê Văn Dũng'];
    const rec = (personId: string, awardCode: string, period: string, decisionDate: string, revokedOn?: string) => ({
      tenantId,
      id: crypto.randomUUID(),
      subjectKind: 'individual' as const,
      personId,
      awardCode,
      period,
      decisionNo: '99/QĐ-UBND',
      decisionDate,
      revokedOn: revokedOn ?? null,
    });
    // Dũng is a manager when awarded in 2025; Bình is not.
    await d.db.update(people).set({ isManager: true }).where(eq(people.id, dung));
    await d.db.update(people).set({ isManager: false }).where(eq(people.id, binh));
    await d.db
      .insert(awardRecords)
      .values([
        rec(binh, 'GIAY_KHEN', '2025', '2025-06-01'),
        rec(dung, 'LDTT', '2025', '2025-12-20'),
        rec(dung, 'BK_TINH', '2025', '2025-10-01'),
        rec(binh, 'BK_TINH', '2025', '2025-10-01', '2026-01-10'),
      ]);
    // A later change of position does not rewrite the snapshot.
    await d.db.update(people).set({ isManager: false }).where(eq(people.id, dung));
    const [call] = await d.db
      .insert(registrationCalls)
      .values({
        tenantId,
        id: crypto.randomUUID(),
        orgId: org['T.W1'],
        period: '2025',
        awardCodes: ['LDTT', 'CSTD_CS'],
        deadline: '2025-03-01',
        createdBy: office.actor.userId,
      })
      .returning();
    const reg = (personId: string, name: string, awardCode: string, unit: string) => ({
      tenantId,
      id: crypto.randomUUID(),
      callId: call.id,
      unitOrgId: org[unit],
      subjectKind: 'individual' as const,
      personId,
      subjectKey: `individual:${personId}`,
      displayName: name,
      awardCode,
      createdBy: office.actor.userId,
    });
    await d.db
      .insert(registrations)
      .values([
        reg(dung, 'Lê Văn Dũng', 'LDTT', 'T.W1.CLINIC'),
        reg(binh, 'Trần Thị Bình', 'LDTT', 'T.W1.SCH'),
        reg(binh, 'Trần Thị Bình', 'CSTD_CS', 'T.W1.SCH'),
      ]);
    await postFundEntry(office, {
      orgId: org['T.W1'],
      entryDate: '2026-01-05',
      kind: 'budget',
      amount: 50_000_000,
      description: 'Ngân sách cấp',
      sourceDocument: null,
    });

    const out = asSent(DashboardOut, await getDashboard(office, { year: 2025 }));
    expect(out.years).toEqual([2021, 2022, 2023, 2024, 2025]);
    const count = (year: number, level: string) =>
      out.awardsByYear.find((a) => a.year === year && a.level === level)?.count ?? 0;
    // The fixture's CSTĐCS of 2024 and 2025, the new Giấy khen and LĐTT; one BK tỉnh (one revoked).
    expect([count(2024, 'co_so'), count(2025, 'co_so'), count(2025, 'tinh'), count(2025, 'nha_nuoc')]).toEqual([
      1, 3, 1, 0,
    ]);
    const y25 = out.share.trend.find((t) => t.year === 2025)!;
    expect(y25.individuals).toBe(4);
    // Dũng's two awards count as a manager's: the snapshot at award time, not his position today.
    expect([out.share.managers, out.share.nonManagers]).toEqual([2, 2]);
    expect(out.share.byCategory.reduce((a, c) => a + c.count, 0)).toBe(4);
    expect(out.registrations).toEqual([
      { awardCode: 'LDTT', awardName: expect.any(String), registered: 2, achieved: 1 },
      { awardCode: 'CSTD_CS', awardName: expect.any(String), registered: 1, achieved: 0 },
    ]);
    expect(out.fund).toEqual({
      total: 50_000_000,
      bodies: [{ id: org['T.W1'], name: expect.any(String), balance: 50_000_000 }],
    });
    expect(out.awaitingSignature).toEqual([]);

    // A bar opens the register on the same rows: the awards in force. The revoked BK tỉnh stays in
    // the register, marked, and is left out of every count.
    const registerTotal = async (level: 'co_so' | 'tinh', state?: 'in_force' | 'revoked') =>
      (await listRegisterEntries(office, { year: 2025, level, state, sort: 'newest', page: 1, pageSize: 1 })).total;
    for (const level of ['co_so', 'tinh'] as const)
      expect(await registerTotal(level, 'in_force'), level).toBe(count(2025, level));
    expect(await registerTotal('tinh', 'revoked')).toBe(1);
    expect(await registerTotal('tinh')).toBe(count(2025, 'tinh') + 1);

    // The school's clerk: only the school's awards and registrations, and no fund.
    const school = asSent(DashboardOut, await getDashboard(clerk, { year: 2025 }));
    expect(school.share.trend.find((t) => t.year === 2025)!.individuals).toBe(
      (await d.db.select().from(awardRecords).where(eq(awardRecords.subjectOrgId, org['T.W1.SCH']))).filter(
        (r) => r.revokedOn === null && (r.decisionDate ?? '').startsWith('2025'),
      ).length,
    );
    expect(school.registrations.map((r) => [r.awardCode, r.registered])).toEqual([
      ['CSTD_CS', 1],
      ['LDTT', 1],
    ]);
    expect(school.fund).toBeNull();
  });
});
