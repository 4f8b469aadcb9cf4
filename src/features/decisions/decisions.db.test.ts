// Award decisions on each engine: drafting from a round's result with amounts and payable bonuses,
// signing with a register number (also 30 at once: 1..30, no gap, no duplicate), award records
// and history in one transaction, a frozen signed decision, notices and complaints that block
// signing, revocation that keeps and marks the records, and recording a higher decision.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import {
  awardRecords,
  decisionItems,
  decisions,
  docRegisters,
  nominees,
  organisations,
  people,
  roleGrants,
  rounds,
  users,
} from '../../db/schema.js';
import { ENGINES, openTestDatabase } from '../../db/testing/engines.js';
import { seedFixture } from '../../db/testing/fixture.js';
import { loadActor } from '../../server/session.js';
import type { Ctx } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { loadPeopleHistories } from '../eligibility/history.js';
import { personVerdicts } from '../eligibility/service.js';
import * as lists from './lists.js';
import { draftDecision, submitDecision, updateDecision } from './draft.js';
import { getDecision, roundDecisionView } from './queries.js';
import { revokeDecision } from './revoke.js';
import { markSentUp, recordExternalDecision } from './send-up.js';
import { signDecision } from './sign.js';
import {
  DecisionDetailOut,
  DecisionRoundsOut,
  IdOut,
  RevokeOut,
  RoundDecisionViewOut,
  SendUpOut,
  SignerInboxOut,
  SignOut,
  SubmitOut,
} from './schema.js';
import { asSent, seedRound } from './testing.js';

const NOW = new Date('2026-11-21T09:00:00+07:00');
const INBOX = { page: 1, pageSize: 50, sort: 'oldest' } as const;
const ROUNDS = { page: 1, pageSize: 50, sort: 'newest' } as const;

async function rejects(p: Promise<unknown>, status: number, message?: RegExp) {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).status).toBe(status);
    if (message) expect((e as AppError).message + JSON.stringify((e as AppError).fields)).toMatch(message);
    return e as AppError;
  }
  throw new Error('expected a rejection');
}

describe.each(ENGINES)('decisions on %s', (engine) => {
  let d: Database;
  let tenantId: string;
  const org: Record<string, string> = {};
  const person: Record<string, string> = {};
  let office: Ctx;
  let signer: Ctx;
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
    // The ward chairman: signs the ward's decisions.
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
    clerk = await ctxFor('clerk.school');
  });
  afterAll(() => d?.close());
  afterEach(async () => {
    await d.db.execute(sql`DROP TRIGGER IF EXISTS test_fail_after_records ON decision_items`);
  });

  const round = (
    nomineesSpec: Parameters<typeof seedRound>[1]['nominees'],
    extra: Partial<Parameters<typeof seedRound>[1]> = {},
  ) =>
    seedRound(d.db, { tenantId, orgId: org['T.W1'], createdBy: office.actor.userId, nominees: nomineesSpec, ...extra });

  it('drafts from the result: only passed nominees decided here, amounts at the date, payable highest title', async () => {
    const r = await round([
      { unitOrgId: org['T.W1.SCH'], personId: person['Trần Thị Bình'], awardCode: 'CSTD_CS' },
      { unitOrgId: org['T.W1.SCH'], personId: person['Trần Thị Bình'], awardCode: 'LDTT' },
      { unitOrgId: org['T.W1.SCH'], personId: person['Lê Văn Đức'], awardCode: 'GIAY_KHEN' },
      {
        unitOrgId: org['T.W1.CLINIC'],
        personId: person['Đặng Thị Ánh'],
        awardCode: 'LDTT',
        period: '2023',
        status: 'withheld',
      },
      { unitOrgId: org['T.W1.CLINIC'], personId: person['Lê Văn Dũng'], awardCode: 'BK_TINH', period: '2025' },
    ]);
    await rejects(draftDecision(clerk, r.roundId, {}), 403);
    await rejects(draftDecision(office, r.roundId, { nomineeIds: [r.nomineeIds[3]] }), 400, /tạm dừng/);
    await rejects(draftDecision(office, r.roundId, { nomineeIds: [r.nomineeIds[4]] }), 400, /thẩm quyền cấp trên/);
    const { id } = asSent(IdOut, await draftDecision(office, r.roundId, { plannedDate: '2026-11-20' }));
    const view = asSent(DecisionDetailOut, await getDecision(office, id));
    expect(view.decision.status).toBe('draft');
    expect(view.decision.signerName).toBe('Lê Văn Dũng');
    expect(view.decision.content.signerLines).toEqual(['CHỦ TỊCH']);
    expect(view.decision.content.bases.join('\n')).toMatch(
      /06\/2022\/QH15[\s\S]*152\/2025\/NĐ-CP[\s\S]*Điều 59 Nghị định số 129\/2025\/NĐ-CP[\s\S]*Biên bản họp ngày 02\/11\/2026 của Hội đồng Thi đua - Khen thưởng phường Mường Lay xét khen thưởng thành tích năm 2026[\s\S]*Xét đề nghị của Trường THCS Mường Lay/,
    );
    const rows = view.items.map((i) => [i.ordinal, i.displayName, i.awardCode, i.amount, i.payable]);
    expect(rows).toEqual([
      [1, 'Trần Thị Bình', 'CSTD_CS', 2_530_000, 2_530_000],
      [2, 'Trần Thị Bình', 'LDTT', 760_000, 0],
      [3, 'Lê Văn Đức', 'GIAY_KHEN', 760_000, 760_000],
    ]);
    expect(view.items[1].payNote).toMatch(/cao nhất/);
    expect(view.decision.totalAmount).toBe(3_290_000);
    // A second draft finds nothing left to decide.
    await rejects(draftDecision(office, r.roundId, {}), 409, /Không còn/);
    // Editing texts and the list while draft; an edit takes the draft back from the signer.
    expect(asSent(SubmitOut, await submitDecision(office, id)).submittedAt).toBe(NOW.toISOString());
    expect(asSent(SignerInboxOut, await lists.signerInbox(signer, INBOX)).items.map((i) => i.id)).toContain(id);
    expect(
      asSent(DecisionRoundsOut, await lists.listDecisionRounds(office, ROUNDS)).items.find((i) => i.id === r.roundId)
        ?.decisions,
    ).toEqual({ draft: 1 });
    expect(asSent(RoundDecisionViewOut, await roundDecisionView(office, r.roundId)).decisions.map((x) => x.id)).toEqual(
      [id],
    );
    asSent(
      IdOut,
      await updateDecision(office, id, {
        subject: 'Về việc khen thưởng thành tích xuất sắc năm 2026',
        symbol: 'QĐ-UBND',
        nomineeIds: [r.nomineeIds[0], r.nomineeIds[2]],
        signerLines: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
      }),
    );
    const edited = await getDecision(office, id);
    expect(edited.decision.content.subject).toBe('Về việc khen thưởng thành tích xuất sắc năm 2026');
    expect(edited.decision.content.submittedAt).toBeNull();
    expect(edited.decision.signerTitle).toBe('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH');
    expect(edited.items.map((i) => i.displayName)).toEqual(['Trần Thị Bình', 'Lê Văn Đức']);
    expect((await lists.signerInbox(signer, INBOX)).items.map((i) => i.id)).not.toContain(id);
  });

  it('signs: number from the register, award records and history in one transaction; then frozen', async () => {
    const r = await round([
      { unitOrgId: org['T.W1.SCH'], personId: person['Nguyễn Văn An'], awardCode: 'CSTD_CS' },
      { unitOrgId: org['T.W1.CLINIC'], personId: person['Đặng Thị Ánh'], awardCode: 'LDTT' },
    ]);
    const { id } = await draftDecision(office, r.roundId, { symbol: 'QĐ-KT', plannedDate: '2026-11-20' });
    await rejects(signDecision(office, id), 403);
    // A failure after the award records are written leaves nothing behind.
    // The database refuses the step after the award records are written (the decision's items).
    await d.db.execute(sql`CREATE OR REPLACE FUNCTION test_fail() RETURNS trigger LANGUAGE plpgsql
      AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$`);
    await d.db.execute(sql`CREATE TRIGGER test_fail_after_records BEFORE UPDATE ON decision_items
      FOR EACH ROW EXECUTE FUNCTION test_fail()`);
    await expect(signDecision(signer, id)).rejects.toThrow();
    await d.db.execute(sql`DROP TRIGGER test_fail_after_records ON decision_items`);
    expect(await d.db.select().from(awardRecords).where(eq(awardRecords.decisionId, id))).toEqual([]);
    expect((await getDecision(office, id)).decision.status).toBe('draft');
    expect(
      await d.db
        .select()
        .from(docRegisters)
        .where(and(eq(docRegisters.tenantId, tenantId), eq(docRegisters.symbol, 'QĐ-KT'))),
    ).toEqual([]);
    expect(
      (await d.db.select({ s: nominees.status }).from(nominees).where(inArray(nominees.id, r.nomineeIds))).map(
        (x) => x.s,
      ),
    ).toEqual(['passed', 'passed']);

    const before = (await loadPeopleHistories(d.db, tenantId, [person['Nguyễn Văn An']])).get(person['Nguyễn Văn An'])!;
    const signed = asSent(SignOut, await signDecision(signer, id));
    expect(signed).toMatchObject({ number: 1, numberText: '01/QĐ-KT', decisionDate: '2026-11-21' });
    const recs = await d.db.select().from(awardRecords).where(eq(awardRecords.decisionId, id));
    expect(recs.map((x) => [x.awardCode, x.decisionNo, x.decisionDate, x.issuer, x.track]).sort()).toEqual([
      ['CSTD_CS', '01/QĐ-KT', '2026-11-21', 'Chủ tịch UBND phường Mường Lay', 'cong_trang'],
      ['LDTT', '01/QĐ-KT', '2026-11-21', 'Chủ tịch UBND phường Mường Lay', 'cong_trang'],
    ]);
    const items = await d.db.select().from(decisionItems).where(eq(decisionItems.decisionId, id));
    expect(items.every((i) => recs.some((x) => x.id === i.awardRecordId))).toBe(true);
    expect(
      (await d.db.select({ s: nominees.status }).from(nominees).where(inArray(nominees.id, r.nomineeIds))).map(
        (x) => x.s,
      ),
    ).toEqual(['awarded', 'awarded']);
    const after = (await loadPeopleHistories(d.db, tenantId, [person['Nguyễn Văn An']])).get(person['Nguyễn Văn An'])!;
    expect(after.records.length).toBe(before.records.length + 1);
    // Frozen: no edit, no second signature.
    await rejects(updateDecision(office, id, { subject: 'Khác' }), 409, /đã ký ban hành/);
    await rejects(signDecision(signer, id), 409, /Đã ký ban hành/);
    const next = await round([{ unitOrgId: org['T.W1.SCH'], personId: person['Lê Văn Đức'], awardCode: 'LDTT' }]);
    const d2 = await draftDecision(office, next.roundId, { symbol: 'QĐ-KT' });
    expect((await signDecision(signer, d2.id)).numberText).toBe('02/QĐ-KT');
  });

  it('blocks signing while the notice runs, with an open complaint, or on a withheld nominee', async () => {
    const r = await round(
      [{ unitOrgId: org['T.W1.SCH'], personId: person['Trần Thị Bình'], awardCode: 'GIAY_KHEN', period: '2025' }],
      { notice: { publishedOn: '2026-11-16', endsOn: '2026-11-25' } },
    );
    const { id } = await draftDecision(office, r.roundId, {});
    const e = await rejects(signDecision(signer, id), 409, /đang công khai đến hết ngày 25\/11\/2026/);
    expect(e.message).toMatch(/sau khi hết thời hạn công khai/);
    expect(e.code).toBe('NOTICE_NOT_ENDED');
    const none = await round(
      [{ unitOrgId: org['T.W1.SCH'], personId: person['Lê Văn Đức'], awardCode: 'GIAY_KHEN', period: '2025' }],
      { notice: null },
    );
    const d2 = await draftDecision(office, none.roundId, {});
    await rejects(signDecision(signer, d2.id), 409, /chưa được công khai/);
    const w = await round([
      { unitOrgId: org['T.W1.CLINIC'], personId: person['Đặng Thị Ánh'], awardCode: 'GIAY_KHEN', period: '2025' },
    ]);
    const d3 = await draftDecision(office, w.roundId, {});
    await d.db.update(nominees).set({ status: 'withheld' }).where(eq(nominees.id, w.nomineeIds[0]));
    await rejects(signDecision(signer, d3.id), 409, /tạm dừng xét do có phản ánh, khiếu nại/);
    expect((await getDecision(office, d3.id)).decision.status).toBe('draft');
  });

  it('revokes: records kept and marked, nominees revoked, money to recover, verdicts no longer count them', async () => {
    const an = person['Nguyễn Văn An'];
    // An holds CSTĐCS 2024 and 2025; the CSTĐCS 2026 signed above completes the streak of three.
    const streak = async () => {
      const v = await personVerdicts(office, an, { period: '2026', decisionDate: '2026-12-15' });
      return v.items.find((i) => i.award === 'CSTD_TINH')!.output.criteria.find((c) => c.id === 'cstdcs_streak_3')!.met;
    };
    expect(await streak()).toBe(true);
    const [rec] = await d.db
      .select()
      .from(awardRecords)
      .where(
        and(eq(awardRecords.personId, an), eq(awardRecords.period, '2026'), eq(awardRecords.awardCode, 'CSTD_CS')),
      );
    const decisionId = rec.decisionId!;
    await rejects(revokeDecision(clerk, decisionId, { reason: 'Kê khai không trung thực', document: null }), 403);
    await rejects(
      revokeDecision(office, decisionId, { reason: 'Kê khai không trung thực', document: null }),
      400,
      /văn bản/,
    );
    const out = asSent(
      RevokeOut,
      await revokeDecision(signer, decisionId, {
        reason: 'Kê khai thành tích không trung thực (Điều 93 Luật TĐKT)',
        document: null,
      }),
    );
    const view = asSent(DecisionDetailOut, await getDecision(office, decisionId));
    expect(view.decision.status).toBe('revoked');
    expect(view.decision.revokeReason).toMatch(/không trung thực/);
    expect(view.items.map((i) => [i.awardCode, i.status, i.recoverAmount])).toEqual([
      ['CSTD_CS', 'revoked', 2_530_000],
      ['LDTT', 'revoked', 760_000],
    ]);
    expect(out.recoverTotal).toBe(3_290_000);
    expect(view.recovery).toEqual({ total: 3_290_000 });
    const kept = await d.db.select().from(awardRecords).where(eq(awardRecords.decisionId, decisionId));
    expect(kept).toHaveLength(2);
    expect(kept.every((k) => k.revokedOn === '2026-11-21' && /không trung thực/.test(k.revokeReason ?? ''))).toBe(true);
    expect(await streak()).toBe(false);
    // The revoked nominees no longer hold their (person, award, period) slot.
    const released = await d.db
      .select({ active: nominees.active })
      .from(nominees)
      .where(
        inArray(
          nominees.id,
          view.items.map((i) => i.nomineeId),
        ),
      );
    expect(released.every((n) => n.active === false)).toBe(true);
    await rejects(revokeDecision(signer, decisionId, { reason: 'lần hai', document: null }), 409, /Đã hủy bỏ/);
  });

  it('gives 30 concurrent signatures the numbers 1..30 without a gap or a duplicate', async () => {
    const specs = Array.from({ length: 30 }, (_, i) => ({
      unitOrgId: org['T.W1.SCH'],
      personId: person['Lê Văn Đức'],
      awardCode: 'GIAY_KHEN',
      period: String(1990 + i),
    }));
    const r = await round(specs);
    const ids: string[] = [];
    for (const n of r.nomineeIds)
      ids.push((await draftDecision(office, r.roundId, { nomineeIds: [n], symbol: 'QĐ-CTUBND' })).id);
    const signed = await Promise.all(ids.map((id) => signDecision({ ...signer, now: new Date(NOW) }, id)));
    const numbers = signed.map((s) => s.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const rows = await d.db
      .select()
      .from(decisions)
      .where(and(eq(decisions.tenantId, tenantId), eq(decisions.symbol, 'QĐ-CTUBND')));
    expect(new Set(rows.map((x) => x.numberText)).size).toBe(30);
    const [reg] = await d.db
      .select()
      .from(docRegisters)
      .where(and(eq(docRegisters.tenantId, tenantId), eq(docRegisters.symbol, 'QĐ-CTUBND')));
    expect(reg.lastNumber).toBe(30);
  });

  it('finishes the round when its decisions are issued, and refuses to finish it before', async () => {
    const r = await round([
      { unitOrgId: org['T.W1.SCH'], personId: person['Lê Văn Đức'], awardCode: 'GIAY_KHEN', period: '1985' },
      { unitOrgId: org['T.W1.SCH'], personId: person['Trần Thị Bình'], awardCode: 'GIAY_KHEN', period: '1985' },
    ]);
    const { changeRoundStatus } = await import('../rounds/rounds.js');
    await rejects(
      changeRoundStatus(office, r.roundId, 'finish'),
      409,
      /Chưa thể kết thúc đợt xét. Đợt xét còn 02 trường hợp chưa có quyết định/u,
    );
    const first = (await draftDecision(office, r.roundId, { nomineeIds: [r.nomineeIds[0]] })).id;
    await signDecision(signer, first);
    const status = async () =>
      (await d.db.select({ s: rounds.status }).from(rounds).where(eq(rounds.id, r.roundId)))[0].s;
    expect(await status()).toBe('closed');
    const second = (await draftDecision(office, r.roundId, { nomineeIds: [r.nomineeIds[1]] })).id;
    await signDecision(signer, second);
    expect(await status()).toBe('finished');
  });

  it('sends a dossier up only after its public notice has ended', async () => {
    const r = await round(
      [{ unitOrgId: org['T.W1.CLINIC'], personId: person['Lê Văn Dũng'], awardCode: 'BK_TINH', period: '2019' }],
      { notice: { publishedOn: '2026-11-15', endsOn: '2026-11-30' } },
    );
    await rejects(
      markSentUp(office, r.roundId, [r.nomineeIds[0]]),
      409,
      /Chưa thể trình cấp trên 01 cá nhân \(Lê Văn Dũng\): danh sách đang công khai đến hết ngày 30\/11\/2026/u,
    );
  });

  it('sends awards above the body up and records the higher decision', async () => {
    const r = await round([
      { unitOrgId: org['T.W1.CLINIC'], personId: person['Lê Văn Dũng'], awardCode: 'BK_TINH' },
      { unitOrgId: org['T.W1.SCH'], personId: person['Trần Thị Bình'], awardCode: 'LDTT', period: '2024' },
    ]);
    await rejects(markSentUp(office, r.roundId, [r.nomineeIds[1]]), 400, /thẩm quyền cấp trên/);
    await rejects(
      recordExternalDecision(office, r.roundId, {
        numberText: '123/QĐ-UBND',
        decisionDate: '2026-11-18',
        issuer: 'Chủ tịch UBND tỉnh',
        items: [{ nomineeId: r.nomineeIds[0], amount: 3_800_000 }],
        note: null,
      }),
      400,
      /chưa được trình cấp trên/,
    );
    expect(asSent(SendUpOut, await markSentUp(office, r.roundId, [r.nomineeIds[0]]))).toEqual({ count: 1 });
    const { id } = asSent(
      IdOut,
      await recordExternalDecision(office, r.roundId, {
        numberText: '123/QĐ-UBND',
        decisionDate: '2026-11-18',
        issuer: 'Chủ tịch UBND tỉnh',
        items: [{ nomineeId: r.nomineeIds[0], amount: 3_800_000 }],
        note: null,
      }),
    );
    const [rec] = await d.db.select().from(awardRecords).where(eq(awardRecords.decisionId, id));
    expect(rec).toMatchObject({
      awardCode: 'BK_TINH',
      decisionNo: '123/QĐ-UBND',
      decisionDate: '2026-11-18',
      issuer: 'Chủ tịch UBND tỉnh',
      personId: person['Lê Văn Dũng'],
    });
    const view = asSent(DecisionDetailOut, await getDecision(office, id));
    expect(view.decision).toMatchObject({
      external: true,
      status: 'signed',
      number: null,
      numberText: '123/QĐ-UBND',
      totalAmount: 3_800_000,
    });
    expect(view.items[0].status).toBe('awarded');
    expect(view.canSign).toBe(false);
  });

  it('lists the rounds to decide a page at a time, searched and kept to the reach of drafting or signing', async () => {
    // Three rounds with a common name: two the province runs, one the ward runs.
    const made = [
      { orgId: org.T, name: 'Đợt danh sách Một', decisionBy: '2026-12-20' },
      { orgId: org.T, name: 'Đợt danh sách Hai', decisionBy: '2026-12-10' },
      { orgId: org['T.W1'], name: 'Đợt danh sách Ba', decisionBy: '2026-12-15' },
    ].map((r, i) => ({
      ...r,
      tenantId,
      id: crypto.randomUUID(),
      kind: 'year_end' as const,
      period: '2026',
      awardCodes: ['LDTT'],
      opensOn: '2026-11-01',
      submitBy: '2026-11-30',
      status: 'open' as const,
      createdBy: office.actor.userId,
      createdAt: new Date(NOW.getTime() - (i + 1) * 60_000),
    }));
    await d.db.insert(rounds).values(made);
    const province = await ctxFor('officer');
    const list = (ctx: Ctx, q: { page?: number; pageSize?: number; sort?: 'newest' | 'oldest' | 'decisionBy' }) =>
      lists.listDecisionRounds(ctx, { ...ROUNDS, q: 'danh sach', ...q });
    const all = asSent(DecisionRoundsOut, await list(province, {}));
    expect([all.total, all.items.map((i) => i.name)]).toEqual([
      3,
      ['Đợt danh sách Một', 'Đợt danh sách Hai', 'Đợt danh sách Ba'],
    ]);
    const pages = [await list(province, { pageSize: 2 }), await list(province, { pageSize: 2, page: 2 })];
    expect(pages.map((p) => [p.total, p.items.length])).toEqual([
      [3, 2],
      [3, 1],
    ]);
    expect(pages.flatMap((p) => p.items.map((i) => i.id))).toEqual(all.items.map((i) => i.id));
    expect((await list(province, { sort: 'decisionBy' })).items.map((i) => i.decisionBy)).toEqual([
      '2026-12-10',
      '2026-12-15',
      '2026-12-20',
    ]);
    // The ward's office and its signer reach only the ward's round; a school's clerk none.
    expect((await list(office, {})).items.map((i) => i.name)).toEqual(['Đợt danh sách Ba']);
    expect((await list(signer, {})).items.map((i) => i.name)).toEqual(['Đợt danh sách Ba']);
    expect(await list(clerk, {})).toMatchObject({ items: [], total: 0 });
    expect(asSent(SignerInboxOut, await lists.signerInbox(clerk, INBOX))).toMatchObject({ items: [], total: 0 });
    await d.db.delete(rounds).where(
      inArray(
        rounds.id,
        made.map((r) => r.id),
      ),
    );
  });
});
