// The decision-side guard of issue 9, on each engine: a title whose verdict counts a lower title of
// the same round not yet decided (CSTĐ tỉnh on this year's CSTĐCS, Law 06/2022 Điều 22.1.a) is
// granted only once that title is granted first, or in the same decision; a Tập thể LĐTT accepted
// on its members' LĐTT proposed in the round only when 70% of members hold LĐTT counting this
// decision's grants (Điều 28); and no title repeats one of overlapping periods (Điều 5.2.c).
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { awardRecords, memberships, nominees, organisations, people, roleGrants, users } from '../../db/schema.js';
import { ENGINES, openTestDatabase } from '../../db/testing/engines.js';
import { seedFixture } from '../../db/testing/fixture.js';
import type { Ctx } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { loadActor } from '../../server/session.js';
import { draftDecision, submitDecision } from './draft.js';
import { signDecision } from './sign.js';
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
    const signerId = crypto.randomUUID();
    await d.db
      .insert(users)
      .values({ tenantId, id: signerId, username: 'chutich.tinh', fullName: 'Chủ tịch tỉnh', passwordHash: 'x' });
    await d.db.insert(roleGrants).values({ tenantId, userId: signerId, role: 'signer', orgId: org.T });
    office = await ctxFor('officer');
    signer = await ctxFor('chutich.tinh');
  });
  afterAll(() => d?.close());

  it("refuses CSTĐ tỉnh while this year's CSTĐCS is not granted, and signs once it is", async () => {
    const an = person['Nguyễn Văn An'];
    const r = await seedRound(d.db, {
      tenantId,
      orgId: org.T,
      createdBy: office.actor.userId,
      awardCodes: ['CSTD_TINH'],
      nominees: [{ unitOrgId: org['T.W1'], personId: an, awardCode: 'CSTD_TINH' }],
    });
    const condition = {
      kind: 'title',
      award: 'CSTD_CS',
      period: '2026',
      text: 'được tặng danh hiệu "Chiến sĩ thi đua cơ sở" năm 2026',
    };
    await d.db
      .update(nominees)
      .set({
        verdict: { eligible: true, withheld: false, status: 'conditional', conditions: [condition], criteria: [] },
      })
      .where(and(eq(nominees.tenantId, tenantId), eq(nominees.id, r.nomineeIds[0])));
    const { id } = await draftDecision(office, r.roundId, { plannedDate: '2026-11-20' });
    await submitDecision(office, id);
    const refused = await signDecision(signer, id).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).status).toBe(409);
    expect((refused as AppError).message).toContain(
      'Nguyễn Văn An chỉ đủ điều kiện khi được tặng danh hiệu "Chiến sĩ thi đua cơ sở" năm 2026',
    );
    expect(await d.db.select().from(awardRecords).where(eq(awardRecords.decisionId, id))).toEqual([]);
    // This year's CSTĐCS, granted by the ward first, satisfies it.
    await d.db.insert(awardRecords).values({
      tenantId,
      id: crypto.randomUUID(),
      subjectKind: 'individual',
      personId: an,
      awardCode: 'CSTD_CS',
      period: '2026',
      decisionNo: '540/QĐ-UBND',
      decisionDate: '2026-11-18',
      issuer: 'Chủ tịch UBND phường Mường Lay',
    });
    const signed = await signDecision(signer, id);
    expect(signed.numberText).toMatch(/QĐ-UBND$/);
    expect(
      (await d.db.select().from(awardRecords).where(eq(awardRecords.decisionId, id))).map((x) => x.awardCode),
    ).toEqual(['CSTD_TINH']);
  });

  const refusal = (p: Promise<unknown>) =>
    p.then(
      () => null,
      (e: unknown) => e as AppError,
    );

  it("refuses Tập thể LĐTT on members proposed in the round until 70% of members hold LĐTT, counting this decision's grants", async () => {
    const [an, binh, duc] = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Đức'].map((n) => person[n]);
    // The school's members in the school year 2025-2026: Bình and Đức (An left before it began).
    await d.db
      .update(memberships)
      .set({ toDate: '2025-08-31' })
      .where(and(eq(memberships.tenantId, tenantId), eq(memberships.personId, an)));
    const r = await seedRound(d.db, {
      tenantId,
      orgId: org['T.W1'],
      createdBy: office.actor.userId,
      awardCodes: ['LDTT', 'TT_LDTT'],
      nominees: [
        {
          unitOrgId: org['T.W1.SCH'],
          orgId: org['T.W1.SCH'],
          subjectKind: 'collective',
          displayName: 'Trường THCS Mường Lay',
          awardCode: 'TT_LDTT',
          period: '2025-2026',
        },
        { unitOrgId: org['T.W1.SCH'], personId: binh, awardCode: 'LDTT', period: '2025-2026' },
      ],
    });
    const members = {
      kind: 'members',
      award: 'LDTT',
      period: '2025-2026',
      count: 2,
      text: 'các thành viên được đề nghị cùng đợt được tặng danh hiệu "Lao động tiên tiến" năm học 2025-2026',
    };
    await d.db
      .update(nominees)
      .set({ verdict: { eligible: true, withheld: false, status: 'conditional', conditions: [members], criteria: [] } })
      .where(and(eq(nominees.tenantId, tenantId), eq(nominees.id, r.nomineeIds[0])));
    const { id } = await draftDecision(office, r.roundId, { plannedDate: '2026-11-20' });
    await submitDecision(office, id);
    // Bình, granted in this decision, is 1 of 2 members (50%).
    const refused = await refusal(signDecision(signer, id));
    expect(refused).toBeInstanceOf(AppError);
    expect(refused!.status).toBe(409);
    expect(refused!.message).toContain(
      'Trường THCS Mường Lay (Tập thể lao động tiên tiến): 1/2 cá nhân (50%) đạt danh hiệu "Lao động tiên tiến" năm học 2025-2026; yêu cầu ít nhất 70%',
    );
    expect(refused!.message).toContain('kể cả các thành viên được tặng trong quyết định này');
    expect(await d.db.select().from(awardRecords).where(eq(awardRecords.decisionId, id))).toEqual([]);
    // Đức's LĐTT, granted by an earlier decision, makes 2 of 2 with Bình's in this one.
    await d.db.insert(awardRecords).values({
      tenantId,
      id: crypto.randomUUID(),
      subjectKind: 'individual',
      personId: duc,
      awardCode: 'LDTT',
      period: '2025-2026',
      decisionNo: '541/QĐ-UBND',
      decisionDate: '2026-11-18',
      issuer: 'Chủ tịch UBND phường Mường Lay',
    });
    const signed = await signDecision(signer, id);
    expect(signed.numberText).toMatch(/QĐ-UBND$/);
    expect(
      (await d.db.select().from(awardRecords).where(eq(awardRecords.decisionId, id))).map((x) => x.awardCode).sort(),
    ).toEqual(['LDTT', 'TT_LDTT']);
  });

  it('refuses a title whose period overlaps a title of the other kind already held (Điều 5.2.c), and one repeated in the same decision', async () => {
    // An holds CSTĐCS 2025 (fixture): LĐTT of the school year 2025-2026 counts the same months.
    const an = person['Nguyễn Văn An'];
    const r = await seedRound(d.db, {
      tenantId,
      orgId: org['T.W1'],
      createdBy: office.actor.userId,
      awardCodes: ['LDTT'],
      nominees: [{ unitOrgId: org['T.W1.SCH'], personId: an, awardCode: 'LDTT', period: '2025-2026' }],
    });
    const { id } = await draftDecision(office, r.roundId, { plannedDate: '2026-11-20' });
    await submitDecision(office, id);
    const refused = await refusal(signDecision(signer, id));
    expect(refused).toBeInstanceOf(AppError);
    expect(refused!.status).toBe(409);
    expect(refused!.message).toContain(
      'Nguyễn Văn An đã có Chiến sĩ thi đua cơ sở năm 2025 (Quyết định số 45/QĐ-UBND ngày 19/12/2025), trùng thời gian với năm học 2025-2026',
    );
    expect(refused!.message).toContain('Điều 5');
    expect(await d.db.select().from(awardRecords).where(eq(awardRecords.decisionId, id))).toEqual([]);

    // Two lines of one person in one decision: LĐTT 2026-2027 and CSTĐCS 2026 overlap each other.
    const dung = person['Lê Văn Dũng'];
    const r2 = await seedRound(d.db, {
      tenantId,
      orgId: org['T.W1'],
      createdBy: office.actor.userId,
      awardCodes: ['CSTD_CS', 'LDTT'],
      nominees: [
        { unitOrgId: org['T.W1.CLINIC'], personId: dung, awardCode: 'CSTD_CS', period: '2026' },
        { unitOrgId: org['T.W1.CLINIC'], personId: dung, awardCode: 'LDTT', period: '2026-2027' },
      ],
    });
    const second = await draftDecision(office, r2.roundId, { plannedDate: '2026-11-20' });
    await submitDecision(office, second.id);
    const twice = await refusal(signDecision(signer, second.id));
    expect(twice?.message).toMatch(/Lê Văn Dũng đã có .* trùng thời gian với/);
  });
});
