// The decision register continues the body's real book (issue 9.3), on each engine: the first
// number of a (body, symbol, year) follows the highest one in the body's history (540/QĐ-UBND →
// 541, not 01); the văn thư may enter the paper register's number, never one already used; the
// register's next number can be set forward, never back; numbers stay unique.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { awardRecords, decisions, organisations, people, roleGrants, ruleOverrides, users } from '../../db/schema.js';
import { isoDateInVietnam } from '../../domain/vi-text/index.js';
import { ENGINES, openTestDatabase } from '../../db/testing/engines.js';
import { seedFixture } from '../../db/testing/fixture.js';
import type { Ctx } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { loadActor } from '../../server/session.js';
import { draftDecision } from './draft.js';
import { nextNumberOf, setRegisterNext } from './numbering.js';
import { getDecision } from './queries.js';
import { signDecision } from './sign.js';
import { RegisterPositionOut } from './schema.js';
import { asSent, seedRound } from './testing.js';

const NOW = new Date('2026-11-21T09:00:00+07:00');
const YEAR = Number(isoDateInVietnam(NOW).slice(0, 4));

async function rejects(p: Promise<unknown>, status: number, message: RegExp) {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).status).toBe(status);
    expect((e as AppError).message + JSON.stringify((e as AppError).fields)).toMatch(message);
    return;
  }
  throw new Error('expected a rejection');
}

describe.each(ENGINES)('decision register on %s', (engine) => {
  let d: Database;
  let tenantId: string;
  const org: Record<string, string> = {};
  const person: Record<string, string> = {};
  let office: Ctx;
  let signer: Ctx;
  let issuer: string;

  const ctxFor = async (username: string): Promise<Ctx> => {
    const [u] = await d.db
      .select()
      .from(users)
      .where(and(eq(users.tenantId, tenantId), eq(users.username, username)));
    return { db: d.db, actor: (await loadActor(d.db, tenantId, u.id))!, now: NOW };
  };
  let period = 1980;
  /** A one-nominee draft decision of the ward (a fresh period each time). */
  const draft = async () => {
    const r = await seedRound(d.db, {
      tenantId,
      orgId: org['T.W1'],
      createdBy: office.actor.userId,
      nominees: [
        {
          unitOrgId: org['T.W1.SCH'],
          personId: person['Lê Văn Đức'],
          awardCode: 'GIAY_KHEN',
          period: String(period++),
        },
      ],
    });
    return (await draftDecision(office, r.roundId, { nomineeIds: r.nomineeIds })).id;
  };

  beforeAll(async () => {
    d = await openTestDatabase(engine);
    ({ tenantId } = await seedFixture(d.db));
    for (const o of await d.db.select().from(organisations).where(eq(organisations.tenantId, tenantId)))
      org[o.code] = o.id;
    for (const p of await d.db.select().from(people).where(eq(people.tenantId, tenantId))) person[p.fullName] = p.id;
    const chairPerson = person['Lê Văn Dũng'];
    await d.db.update(people).set({ position: 'Chủ tịch UBND phường' }).where(eq(people.id, chairPerson));
    const signerId = crypto.randomUUID();
    await d.db.insert(users).values({
      tenantId,
      id: signerId,
      username: 'chutich',
      fullName: 'Lê Văn Dũng',
      passwordHash: 'x',
      personId: chairPerson,
    });
    await d.db.insert(roleGrants).values({ tenantId, userId: signerId, role: 'signer', orgId: org['T.W1'] });
    office = await ctxFor('ward.officer');
    signer = await ctxFor('chutich');
    const first = await draft();
    [{ issuer }] = await d.db.select({ issuer: decisions.issuer }).from(decisions).where(eq(decisions.id, first));
    // The ward's history: 540/QĐ-UBND this year; a bigger number last year and under another symbol (both ignored).
    const rec = (decisionNo: string, decisionDate: string) => ({
      tenantId,
      id: crypto.randomUUID(),
      subjectKind: 'individual' as const,
      personId: person['Trần Thị Bình'],
      awardCode: 'LDTT',
      period: decisionDate.slice(0, 4),
      decisionNo,
      decisionDate,
      issuer,
    });
    await d.db
      .insert(awardRecords)
      .values([
        rec('540/QĐ-UBND', `${YEAR}-03-10`),
        rec('900/QĐ-UBND', `${YEAR - 1}-12-20`),
        rec('777/QĐ-CTUBND', `${YEAR}-02-01`),
        { ...rec('999/QĐ-UBND', `${YEAR}-04-01`), issuer: 'Chủ tịch UBND phường khác' },
      ]);
  });
  afterAll(() => d?.close());

  it("continues after the body's history: 540/QĐ-UBND this year gives 541, not 01", async () => {
    const [{ id }] = await d.db
      .select({ id: decisions.id })
      .from(decisions)
      .where(and(eq(decisions.tenantId, tenantId), eq(decisions.status, 'draft')));
    expect(asSent(RegisterPositionOut, await nextNumberOf(office, id))).toMatchObject({
      symbol: 'QĐ-UBND',
      year: YEAR,
      last: 540,
      next: 541,
      nextText: '541/QĐ-UBND',
    });
    const s = await signDecision(signer, id);
    expect(s).toMatchObject({ number: 541, numberText: '541/QĐ-UBND' });
  });

  it('takes the number the văn thư enters from the paper register, never one already used', async () => {
    const a = await draft();
    await rejects(signDecision(signer, a, { number: 541 }), 400, /Số 541 đã được dùng.*số tiếp theo là 542/u);
    await rejects(signDecision(signer, a, { number: 12 }), 400, /đã được dùng/u);
    expect(await signDecision(signer, a, { number: 545 })).toMatchObject({
      number: 545,
      numberText: '545/QĐ-UBND',
    });
    const b = await draft();
    expect((await nextNumberOf(office, b)).next).toBe(546);
    expect((await signDecision(signer, b)).number).toBe(546);
  });

  it("cites the tenant's confirmed provincial decision among the bases of a new draft", async () => {
    const citation =
      'Quyết định số 15/2025/QĐ-UBND ngày 20/08/2025 của Ủy ban nhân dân tỉnh Điện Biên ban hành Quy chế hoạt động của Hội đồng Thi đua - Khen thưởng tỉnh';
    await d.db.insert(ruleOverrides).values({
      tenantId,
      id: crypto.randomUUID(),
      key: 'procedure.quorum.share',
      value: 2 / 3,
      effectiveFrom: '2025-09-01',
      citation,
      reason: 'Xác nhận',
      createdBy: office.actor.userId,
    });
    const id = await draft();
    const view = await getDecision(office, id);
    expect(view.decision.content.bases).toContain(`Căn cứ ${citation}`);
  });

  it('sets where the register continues, forward only, and audits it', async () => {
    await rejects(
      setRegisterNext(office, {
        orgId: org['T.W1'],
        symbol: 'QĐ-UBND',
        year: YEAR,
        nextNumber: 546,
        reason: 'sổ giấy',
      }),
      400,
      /từ 547 trở lên/u,
    );
    expect(
      asSent(
        RegisterPositionOut,
        await setRegisterNext(office, {
          orgId: org['T.W1'],
          symbol: 'QĐ-UBND',
          year: YEAR,
          nextNumber: 600,
          reason: 'Sổ văn bản đã dùng đến 599',
        }),
      ),
    ).toMatchObject({ next: 600 });
    const c = await draft();
    expect((await signDecision(signer, c)).numberText).toBe('600/QĐ-UBND');
    // A symbol with history of its own starts after it.
    expect(
      await setRegisterNext(office, {
        orgId: org['T.W1'],
        symbol: 'QĐ-CTUBND',
        year: YEAR,
        nextNumber: 778,
        reason: 'tiếp sổ',
      }),
    ).toMatchObject({ next: 778 });
    await rejects(
      setRegisterNext(office, {
        orgId: org['T.W1'],
        symbol: 'QĐ-CTUBND',
        year: YEAR,
        nextNumber: 700,
        reason: 'lùi số',
      }),
      400,
      /đã dùng đến số 777/u,
    );
    const numbers = (
      await d.db
        .select({ n: decisions.numberText })
        .from(decisions)
        .where(and(eq(decisions.tenantId, tenantId), eq(decisions.status, 'signed')))
    ).map((r) => r.n);
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});
