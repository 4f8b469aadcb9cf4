// The reward fund on each engine: receipts and payments by hand, the ledger of a year with the
// balance carried over, reversing entries (once, with a reason; the table refuses UPDATE and
// DELETE), a signed decision's payment list paid out with the shortfall warning, the recovery
// posted when the paid decision is revoked, and the ledger as Excel and DOCX.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { auditLog, organisations, people, roleGrants, users } from '../../db/schema.js';
import { ENGINES, openTestDatabase } from '../../db/testing/engines.js';
import { seedFixture } from '../../db/testing/fixture.js';
import { loadActor } from '../../server/session.js';
import type { Ctx } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { draftDecision } from '../decisions/draft.js';
import { revokeDecision } from '../decisions/revoke.js';
import { signDecision } from '../decisions/sign.js';
import { asSent, seedRound } from '../decisions/testing.js';
import { DecisionPaymentOut, FundBodiesOut, FundEntryOut, FundLedgerOut } from './schema.js';
import * as svc from './service.js';

const NOW = new Date('2026-11-21T09:00:00+07:00');

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

describe.each(ENGINES)('reward fund on %s', (engine) => {
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
    const signerId = crypto.randomUUID();
    await d.db.insert(users).values({
      tenantId,
      id: signerId,
      username: 'chutich',
      fullName: 'Lê Văn Dũng',
      passwordHash: 'x',
      personId: person['Lê Văn Dũng'],
    });
    await d.db.insert(roleGrants).values({ tenantId, userId: signerId, role: 'signer', orgId: org['T.W1'] });
    office = await ctxFor('ward.officer');
    signer = await ctxFor('chutich');
    clerk = await ctxFor('clerk.school');
  });
  afterAll(() => d?.close());

  const post = (kind: string, entryDate: string, amount: number, description = 'Khoản ghi thử') =>
    svc.postFundEntry(office, {
      orgId: org['T.W1'],
      entryDate,
      kind,
      amount,
      description,
      sourceDocument: null,
    });

  it('keeps a ledger per year: brought forward, thu, chi, running balance, carried forward', async () => {
    await rejects(post('budget', '2026-11-22', 1), 400, /Ngày ghi sổ: Không được sau ngày hôm nay \(21\/11\/2026\)/);
    await rejects(
      svc.postFundEntry(clerk, {
        orgId: org['T.W1'],
        entryDate: '2025-01-01',
        kind: 'budget',
        amount: 1,
        description: 'x',
        sourceDocument: null,
      }),
      403,
    );
    await rejects(
      svc.postFundEntry(signer, {
        orgId: org['T.W1'],
        entryDate: '2025-01-01',
        kind: 'budget',
        amount: 1,
        description: 'x',
        sourceDocument: null,
      }),
      403,
      /cán bộ thường trực/,
    );
    asSent(FundEntryOut, await post('opening', '2025-01-01', 5_000_000, 'Số dư quỹ chuyển từ sổ giấy'));
    const b = asSent(FundEntryOut, await post('budget', '2025-02-10', 40_000_000, 'Ngân sách cấp năm 2025'));
    expect(b).toMatchObject({ direction: 'thu', kindLabel: 'Ngân sách nhà nước cấp (trích lập quỹ)' });
    await post('donation', '2025-05-01', 3_000_000, 'Doanh nghiệp tài trợ');
    await post('organising', '2025-06-15', 12_000_000, 'Hội nghị sơ kết 6 tháng');
    await post('printing', '2025-12-31', 1_500_000, 'In giấy khen');
    await post('budget', '2026-01-20', 30_000_000, 'Ngân sách cấp năm 2026');

    const y25 = asSent(FundLedgerOut, await svc.getFundLedger(office, { orgId: org['T.W1'], year: 2025 }));
    expect(y25.opening).toBe(0);
    expect(y25.lines.map((l) => [l.entryDate, l.thu, l.chi, l.balance])).toEqual([
      ['2025-01-01', 0, 0, 5_000_000],
      ['2025-02-10', 40_000_000, 0, 45_000_000],
      ['2025-05-01', 3_000_000, 0, 48_000_000],
      ['2025-06-15', 0, 12_000_000, 36_000_000],
      ['2025-12-31', 0, 1_500_000, 34_500_000],
    ]);
    expect([y25.totalThu, y25.totalChi, y25.closing]).toEqual([43_000_000, 13_500_000, 34_500_000]);
    // 20% of the year's fund (5 + 40 + 3 million) may pay for organising (TT 28/2025/TT-BTC).
    expect(y25.organising).toMatchObject({ spent: 12_000_000, fundOfYear: 48_000_000, cap: 9_600_000, over: true });
    expect(y25.organising.citation).toMatch(/28\/2025\/TT-BTC/);
    expect(y25.canManage).toBe(true);

    const y26 = asSent(FundLedgerOut, await svc.getFundLedger(signer, { orgId: org['T.W1'], year: 2026 }));
    expect(y26.opening).toBe(34_500_000);
    expect(y26.closing).toBe(64_500_000);
    expect(y26.balanceNow).toBe(64_500_000);
    expect(y26.canManage).toBe(false);
    await rejects(svc.getFundLedger(clerk, { orgId: org['T.W1'], year: 2026 }), 403);
    const bodies = asSent(FundBodiesOut, await svc.listFundBodies(office));
    expect(bodies.items[0]).toEqual({ id: org['T.W1'], name: expect.any(String), balance: 64_500_000 });
  });

  it('corrects by a reversing entry with a reason, once; the table refuses UPDATE and DELETE', async () => {
    const wrong = await post('donation', '2026-03-03', 7_000_000, 'Ghi nhầm số tiền');
    const before = (await svc.getFundLedger(office, { orgId: org['T.W1'], year: 2026 })).closing;
    await rejects(svc.reverseFundEntry(clerk, wrong.id, { reason: 'Ghi nhầm' }), 403);
    const rev = asSent(
      FundEntryOut,
      await svc.reverseFundEntry(office, wrong.id, { reason: 'Ghi nhầm số tiền, đúng là 700.000 đ' }),
    );
    expect(rev).toMatchObject({ kind: 'donation', amount: -7_000_000, reversesId: wrong.id, entryDate: '2026-11-21' });
    const after = await svc.getFundLedger(office, { orgId: org['T.W1'], year: 2026 });
    expect(after.closing).toBe(before - 7_000_000);
    expect(after.lines.find((l) => l.id === wrong.id)?.reversedById).toBe(rev.id);
    await rejects(svc.reverseFundEntry(office, wrong.id, { reason: 'Lần thứ hai' }), 409, /đã được đảo/);
    await rejects(svc.reverseFundEntry(office, rev.id, { reason: 'Đảo của đảo' }), 409, /bút toán đảo/);
    const [audit] = await d.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, tenantId), eq(auditLog.action, 'fund.reverse')));
    expect(audit.reason).toBe('Ghi nhầm số tiền, đúng là 700.000 đ');
    await expect(d.db.execute(sql`UPDATE fund_entries SET amount = 1 WHERE id = ${wrong.id}`)).rejects.toThrow();
    await expect(d.db.execute(sql`DELETE FROM fund_entries WHERE id = ${wrong.id}`)).rejects.toThrow();
    expect((await svc.getFundLedger(office, { orgId: org['T.W1'], year: 2026 })).closing).toBe(before - 7_000_000);
  });

  it("pays a signed decision's list with a warning beyond the balance; a revoked paid decision posts its recovery", async () => {
    const r = await seedRound(d.db, {
      tenantId,
      orgId: org['T.W1'],
      createdBy: office.actor.userId,
      nominees: [
        { unitOrgId: org['T.W1.SCH'], personId: person['Nguyễn Văn An'], awardCode: 'CSTD_CS' },
        { unitOrgId: org['T.W1.CLINIC'], personId: person['Đặng Thị Ánh'], awardCode: 'LDTT' },
      ],
    });
    const { id } = await draftDecision(office, r.roundId, { plannedDate: '2026-11-20' });
    const draft = asSent(DecisionPaymentOut, await svc.getDecisionPayment(office, id));
    expect(draft.blocked).toMatch(/chưa được ký/);
    await rejects(svc.payDecision(office, id, { paidOn: '2026-11-21', handledBy: null, acceptShortfall: false }), 409);
    await signDecision(signer, id);
    const ready = asSent(DecisionPaymentOut, await svc.getDecisionPayment(office, id));
    expect(ready.total).toBe(2_530_000 + 760_000);
    expect(ready).toMatchObject({ blocked: null, shortfall: 0, payment: null });

    // Spend the fund down so that the list no longer fits.
    const bal = ready.balance;
    await post('other_out', '2026-11-21', bal - 1_000_000, 'Chi khác');
    const short = asSent(DecisionPaymentOut, await svc.getDecisionPayment(office, id));
    expect(short.shortfall).toBe(3_290_000 - 1_000_000);
    const e = await rejects(
      svc.payDecision(office, id, { paidOn: '2026-11-21', handledBy: 'Kế toán Lò Thị Mai', acceptShortfall: false }),
      409,
      /vượt số dư quỹ \(1\.000\.000 đ\) 2\.290\.000 đ/,
    );
    expect(e.fields[0]).toMatchObject({ field: 'acceptShortfall', code: 'FUND_SHORTFALL' });
    await rejects(
      svc.payDecision(office, id, { paidOn: '2026-11-19', handledBy: null, acceptShortfall: true }),
      400,
      /Ngày chi trả: Không được trước ngày quyết định/,
    );
    await rejects(svc.payDecision(signer, id, { paidOn: '2026-11-21', handledBy: null, acceptShortfall: true }), 403);
    const paid = asSent(
      DecisionPaymentOut,
      await svc.payDecision(office, id, {
        paidOn: '2026-11-21',
        handledBy: 'Kế toán Lò Thị Mai',
        acceptShortfall: true,
      }),
    );
    expect(paid.payment).toMatchObject({
      kind: 'bonus',
      amount: 3_290_000,
      handledBy: 'Kế toán Lò Thị Mai',
      decisionId: id,
    });
    expect(paid.balance).toBe(1_000_000 - 3_290_000);
    await rejects(
      svc.payDecision(office, id, { paidOn: '2026-11-21', handledBy: null, acceptShortfall: true }),
      409,
      /đã được chi ngày 21\/11\/2026/,
    );

    await revokeDecision(signer, id, { reason: 'Kê khai thành tích không trung thực', document: null });
    const revoked = asSent(DecisionPaymentOut, await svc.getDecisionPayment(office, id));
    expect(revoked.recovery).toMatchObject({ kind: 'recovery', direction: 'thu', amount: 3_290_000, decisionId: id });
    expect(revoked.balance).toBe(1_000_000);
    const ledger = await svc.getFundLedger(office, { orgId: org['T.W1'], year: 2026 });
    // Entries of one day are ordered by the time they were written (one instant in this test).
    expect(ledger.lines.find((l) => l.kind === 'recovery')).toMatchObject({ thu: 3_290_000, decisionId: id });
    expect(ledger.closing).toBe(1_000_000);
  });

  it('revoking an unpaid decision posts no recovery', async () => {
    const r = await seedRound(d.db, {
      tenantId,
      orgId: org['T.W1'],
      createdBy: office.actor.userId,
      nominees: [
        { unitOrgId: org['T.W1.SCH'], personId: person['Lê Văn Đức'], awardCode: 'GIAY_KHEN', period: '2024' },
      ],
    });
    const { id } = await draftDecision(office, r.roundId, { plannedDate: '2026-11-20' });
    await signDecision(signer, id);
    await revokeDecision(signer, id, { reason: 'Nhầm đối tượng', document: null });
    const p = await svc.getDecisionPayment(office, id);
    expect(p).toMatchObject({ payment: null, recovery: null });
    expect(p.blocked).toMatch(/hủy bỏ/);
  });

  it('exports the ledger as Excel and DOCX with the same figures', async () => {
    const x = await svc.exportFundLedger(office, { orgId: org['T.W1'], year: 2025, format: 'xlsx' });
    expect(x.name).toBe('So-quy-thi-dua-khen-thuong-2025.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.data as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const values: unknown[][] = [];
    ws.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    expect(values.flat()).toContain('SỔ QUỸ THI ĐUA, KHEN THƯỞNG NĂM 2025');
    const total = values.find((v) => v[3] === 'Cộng phát sinh trong năm')!;
    expect([total[4], total[5]]).toEqual([43_000_000, 13_500_000]);
    expect(values.find((v) => v[3] === 'Số dư cuối kỳ (31/12)')![6]).toBe(34_500_000);
    const w = await svc.exportFundLedger(office, { orgId: org['T.W1'], year: 2025, format: 'docx' });
    const xml = await (await JSZip.loadAsync(w.data)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('SỔ QUỸ THI ĐUA, KHEN THƯỞNG NĂM 2025');
    expect(text).toContain('34.500.000');
    expect(text).toContain('THỦ TRƯỞNG ĐƠN VỊ');
  });
});
