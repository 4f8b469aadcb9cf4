// The fund's pure rules: the ledger of a year from every entry, the 20% organising cap of
// TT 28/2025/TT-BTC dated from 15/7/2025, the payment shortfall and the reversal guards.
import { describe, expect, it } from 'vitest';
import { buildLedger, type FundEntryKind, fundRulesOn, paymentShortfall, reversalProblem } from './index.js';

let n = 0;
const e = (entryDate: string, kind: FundEntryKind, amount: number) => ({ id: `e${++n}`, entryDate, kind, amount });

describe('fund ledger', () => {
  const entries = [
    e('2024-12-31', 'opening', 2_000_000),
    e('2025-03-01', 'budget', 10_000_000),
    e('2025-03-01', 'bonus', 3_290_000),
    e('2025-04-01', 'organising', 2_500_000),
    e('2025-05-01', 'recovery', 760_000),
    e('2025-05-02', 'budget', -1_000_000), // a reversal of part of a receipt
    e('2026-01-05', 'donation', 500_000),
  ];

  it('brings the earlier balance forward and runs the balance entry by entry', () => {
    const l = buildLedger(entries, 2025);
    expect(l.opening).toBe(2_000_000);
    expect(l.lines.map((x) => [x.thu, x.chi, x.balance])).toEqual([
      [10_000_000, 0, 12_000_000],
      [0, 3_290_000, 8_710_000],
      [0, 2_500_000, 6_210_000],
      [760_000, 0, 6_970_000],
      [-1_000_000, 0, 5_970_000],
    ]);
    expect([l.totalThu, l.totalChi, l.closing]).toEqual([9_760_000, 5_790_000, 5_970_000]);
    // Identity of the ledger: tồn cuối = tồn đầu + thu − chi.
    expect(l.closing).toBe(l.opening + l.totalThu - l.totalChi);
    expect(buildLedger(entries, 2026).opening).toBe(l.closing);
  });

  it('caps organising at 20% of the fund formed (recoveries excluded) from 15/7/2025, not before', () => {
    const l = buildLedger(entries, 2025);
    // 2.000.000 brought forward + 10.000.000 − 1.000.000 reversed = 11.000.000; 20% = 2.200.000.
    expect(l.organising).toMatchObject({ fundOfYear: 11_000_000, cap: 2_200_000, spent: 2_500_000, over: true });
    expect(fundRulesOn('2025-07-14')).toBeUndefined();
    expect(fundRulesOn('2025-07-15')?.organisingShareMax).toBe(0.2);
    expect(buildLedger(entries, 2024).organising.cap).toBeNull();
  });

  it('a year without entries carries the balance unchanged', () => {
    const l = buildLedger(entries, 2030);
    expect([l.opening, l.closing, l.lines.length]).toEqual([6_470_000, 6_470_000, 0]);
  });

  it('warns by the amount a payment list exceeds the balance', () => {
    expect(paymentShortfall(1_000_000, 3_290_000)).toBe(2_290_000);
    expect(paymentShortfall(3_290_000, 3_290_000)).toBe(0);
    expect(paymentShortfall(-500, 0)).toBe(0);
  });

  it('reverses an entry once and never a reversal', () => {
    expect(reversalProblem({ reversesId: null, reversedById: null })).toBeNull();
    expect(reversalProblem({ reversesId: null, reversedById: 'x' })).toMatch(/đã được đảo/);
    expect(reversalProblem({ reversesId: 'y', reversedById: null })).toMatch(/bút toán đảo/);
  });
});
