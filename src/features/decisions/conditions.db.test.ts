// The decision-side guard of issue 9, on each engine: a title whose verdict counts a lower title of
// the same round not yet decided (CSTĐ tỉnh on this year's CSTĐCS, Law 06/2022 Điều 22.1.a) is
// granted only once that title is granted first, or in the same decision.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { awardRecords, nominees, organisations, people, roleGrants, users } from '../../db/schema.js';
import { ENGINES, openTestDatabase } from '../../db/testing/engines.js';
import { seedFixture } from '../../db/testing/fixture.js';
import type { Ctx } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { loadActor } from '../../server/session.js';
import * as svc from './service.js';
import { seedRound } from './testing.js';

const NOW = new Date('2026-11-21T09:00:00+07:00');

describe.each(ENGINES)('a decision grants a conditional title only with its lower title, on %s', (engine) => {
  let d: Database;
  let tenantId: string;
  const org: Record<string, string> = {};
  const person: Record<string, string> = {};
  let office: Ctx;
  let signer: Ctx;

  const ctxFor = async (username: string): Promise<Ctx> => {
    const [u] = await d.db.select().from(users).where(and(eq(users.tenantId, tenantId), eq(users.username, username)));
    return { db: d.db, actor: (await loadActor(d.db, tenantId, u.id))!, now: NOW };
  };

  beforeAll(async () => {
    d = await openTestDatabase(engine);
    ({ tenantId } = await seedFixture(d.db));
    for (const o of await d.db.select().from(organisations).where(eq(organisations.tenantId, tenantId))) org[o.code] = o.id;
    for (const p of await d.db.select().from(people).where(eq(people.tenantId, tenantId))) person[p.fullName] = p.id;
    const signerId = crypto.randomUUID();
    await d.db.insert(users).values({ tenantId, id: signerId, username: 'chutich.tinh', fullName: 'Chủ tịch tỉnh', passwordHash: 'x' });
    await d.db.insert(roleGrants).values({ tenantId, userId: signerId, role: 'signer', orgId: org['T'] });
    office = await ctxFor('officer');
    signer = await ctxFor('chutich.tinh');
  });
  afterAll(() => d?.close());

  it('refuses CSTĐ tỉnh while this year\'s CSTĐCS is not granted, and signs once it is', async () => {
    const an = person['Nguyễn Văn An'];
    const r = await seedRound(d.db, {
      tenantId,
      orgId: org['T'],
      createdBy: office.actor.userId,
      awardCodes: ['CSTD_TINH'],
      nominees: [{ unitOrgId: org['T.W1'], personId: an, awardCode: 'CSTD_TINH' }],
    });
    const condition = { kind: 'title', award: 'CSTD_CS', period: '2026', text: 'được tặng danh hiệu "Chiến sĩ thi đua cơ sở" năm 2026' };
    await d.db
      .update(nominees)
      .set({ verdict: { eligible: true, withheld: false, status: 'conditional', conditions: [condition], criteria: [] } })
      .where(and(eq(nominees.tenantId, tenantId), eq(nominees.id, r.nomineeIds[0])));
    const { id } = await svc.draftDecision(office, r.roundId, { plannedDate: '2026-11-20' });
    await svc.submitDecision(office, id);
    const refused = await svc.signDecision(signer, id).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).status).toBe(409);
    expect((refused as AppError).message).toContain('Nguyễn Văn An chỉ đủ điều kiện khi được tặng danh hiệu "Chiến sĩ thi đua cơ sở" năm 2026');
    expect(await d.db.select().from(awardRecords).where(eq(awardRecords.decisionId, id))).toEqual([]);
    // This year's CSTĐCS, granted by the ward first, satisfies it.
    await d.db.insert(awardRecords).values({ tenantId, id: crypto.randomUUID(), subjectKind: 'individual', personId: an, awardCode: 'CSTD_CS', period: '2026', decisionNo: '540/QĐ-UBND', decisionDate: '2026-11-18', issuer: 'Chủ tịch UBND phường Mường Lay' });
    const signed = await svc.signDecision(signer, id);
    expect(signed.numberText).toMatch(/QĐ-UBND$/);
    expect((await d.db.select().from(awardRecords).where(eq(awardRecords.decisionId, id))).map((x) => x.awardCode)).toEqual(['CSTD_TINH']);
  });
});
