// payableBonuses: only the highest title of a subject and period is paid (NĐ 152 Art. 50–54).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_AWARD_CODES, type CatalogueAwardCode } from '../registry/vocab.js';
import { type Grant, type PaidGrant, payableBonuses } from './payment.js';
import { resolveRules } from './rulesets.js';

const rules = resolveRules('2026-12-15')!.rules;
const withPolicy = (paidLower: 'difference' | 'full') =>
  resolveRules('2026-12-15', undefined, {
    overrides: [{ key: 'params.titlePayment.paidLower', value: paidLower, effectiveFrom: '2026-01-01' }],
  })!.rules;

const g = (
  key: string,
  award: CatalogueAwardCode,
  amount: number | null,
  period = '2026',
  subjectKey = 'p1',
): Grant => ({ key, subjectKey, award, period, amount });

describe('payableBonuses', () => {
  it('pays only the highest title counted over the same time, naming it for the others (NĐ 152/2025 Điều 49(5))', () => {
    const out = payableBonuses([g('a', 'LDTT', 760_000), g('b', 'CSTD_CS', 2_530_000)], { rules });
    expect(out.map((x) => x.payable)).toEqual([0, 2_530_000]);
    expect(out[0].reason).toContain('Chiến sĩ thi đua cơ sở');
    expect(out[0].reason).toContain('danh hiệu cao nhất');
  });

  it('pays CSTĐ tỉnh (counted over 03 years) and CSTĐCS (01 year) of the same round each in full (NĐ 152/2025 Điều 49(5))', () => {
    const out = payableBonuses(
      [g('a', 'LDTT', 760_000), g('b', 'CSTD_CS', 2_530_000), g('c', 'CSTD_TINH', 7_590_000)],
      { rules },
    );
    expect(out.map((x) => x.payable)).toEqual([0, 2_530_000, 7_590_000]);
    expect(out[0].reason).toContain('Chiến sĩ thi đua cơ sở');
    expect(out[1].reason).toContain('khoản 5 Điều 49');
    expect(out[2].reason).toContain('khác thời gian');
    // CSTĐ toàn quốc (06 years) and CSTĐ tỉnh (03 years) of one period are each paid too.
    const tq = payableBonuses([g('x', 'CSTD_TINH', 7_590_000), g('y', 'CSTD_TQ', 11_390_000)], { rules });
    expect(tq.map((x) => x.payable)).toEqual([7_590_000, 11_390_000]);
  });

  it('pays titles of different periods, and a title and a form of the same period, each in full', () => {
    const out = payableBonuses(
      [
        g('a', 'LDTT', 710_000, '2025'),
        g('b', 'LDTT', 760_000, '2026'),
        g('c', 'BK_TINH', 3_800_000, '2026'),
        g('d', 'LDTT', 760_000, '2025-2026'),
      ],
      { rules },
    );
    expect(out.map((x) => x.payable)).toEqual([710_000, 760_000, 3_800_000, 760_000]);
  });

  it('keeps subjects apart and collective titles ranked among themselves', () => {
    const out = payableBonuses(
      [
        g('a', 'TT_LDTT', 2_030_000, '2026', 'o1'),
        g('b', 'TT_LDXS', 3_800_000, '2026', 'o1'),
        g('c', 'TT_LDTT', 2_030_000, '2026', 'o2'),
      ],
      { rules },
    );
    expect(out.map((x) => x.payable)).toEqual([0, 3_800_000, 2_030_000]);
  });

  it('pays a duplicate title once', () => {
    const out = payableBonuses([g('a', 'CSTD_CS', 2_530_000), g('b', 'CSTD_CS', 2_530_000)], { rules });
    expect(out.map((x) => x.payable)).toEqual([2_530_000, 0]);
    expect(out[1].reason).toContain('Trùng');
  });

  it('a lower title already paid: pays the difference by default [U], or in full when the rules say so', () => {
    const paid: PaidGrant[] = [
      { subjectKey: 'p1', award: 'LDTT', period: '2026', paid: 760_000, decision: 'Quyết định 12/QĐ-UBND' },
    ];
    const [diff] = payableBonuses([g('a', 'CSTD_CS', 2_530_000)], { rules, previouslyPaid: paid });
    expect(diff.payable).toBe(1_770_000);
    expect(diff.reason).toContain('chênh lệch');
    expect(diff.reason).toContain('Lao động tiên tiến');
    expect(diff.reason).toContain('Quyết định 12/QĐ-UBND');
    expect(
      payableBonuses([g('a', 'CSTD_CS', 2_530_000)], { rules: withPolicy('difference'), previouslyPaid: paid })[0]
        .payable,
    ).toBe(1_770_000);
    expect(
      payableBonuses([g('a', 'CSTD_CS', 2_530_000)], { rules: withPolicy('full'), previouslyPaid: paid })[0].payable,
    ).toBe(2_530_000);
  });

  it('a higher or equal title already paid for the period: nothing more', () => {
    const paid: PaidGrant[] = [{ subjectKey: 'p1', award: 'CSTD_CS', period: '2026', paid: 2_530_000 }];
    const out = payableBonuses(
      [g('a', 'LDTT', 760_000), g('b', 'CSTD_CS', 2_530_000), g('c', 'LDTT', 760_000, '2025')],
      { rules, previouslyPaid: paid },
    );
    expect(out.map((x) => x.payable)).toEqual([0, 0, 760_000]);
    expect(out[1].reason).toContain('Chiến sĩ thi đua cơ sở');
  });

  it('an amount that depends on the form finally granted stays unknown', () => {
    const [x] = payableBonuses([g('a', 'CONG_HIEN', null)], { rules });
    expect(x.payable).toBeNull();
    expect(x.reason).toMatch(/Chưa xác định/u);
  });

  const grantArb = fc.record({
    subjectKey: fc.constantFrom('p1', 'p2', 'o1'),
    award: fc.constantFrom(...CATALOGUE_AWARD_CODES),
    period: fc.constantFrom('2025', '2026', '2025-2026'),
    amount: fc.oneof(fc.integer({ min: 0, max: 40_000_000 }), fc.constant(null)),
  });

  it('property: never pays more than the sum of amounts; the highest title of each subject-period is paid in full when nothing was paid before', () => {
    fc.assert(
      fc.property(
        fc.array(grantArb, { maxLength: 12 }),
        fc.array(
          fc.record({
            subjectKey: fc.constantFrom('p1', 'p2'),
            award: fc.constantFrom('LDTT', 'CSTD_CS', 'TT_LDTT'),
            period: fc.constantFrom('2025', '2026'),
            paid: fc.integer({ min: 0, max: 5_000_000 }),
          }),
          { maxLength: 3 },
        ),
        (raw, paid) => {
          const grants = raw.map((x, i) => ({ ...x, key: `k${i}`, award: x.award as CatalogueAwardCode }));
          for (const previouslyPaid of [[], paid as PaidGrant[]]) {
            const out = payableBonuses(grants, { rules, previouslyPaid });
            expect(out.map((x) => x.key)).toEqual(grants.map((x) => x.key));
            const sumAmount = grants.reduce((s, x) => s + (x.amount ?? 0), 0);
            const sumPaid = out.reduce((s, x) => s + (x.payable ?? 0), 0);
            expect(sumPaid).toBeLessThanOrEqual(sumAmount);
            for (const x of out) if (x.payable !== null) expect(x.payable).toBeGreaterThanOrEqual(0);
            if (previouslyPaid.length) continue;
            // Highest rank per subject-period among titles with a known amount.
            const groups = new Map<string, number>();
            for (const x of grants) {
              const a = rules.awards[x.award];
              if (a.category !== 'title' || a.rank === null) continue;
              const k = `${x.subjectKey}|${x.period}`;
              groups.set(k, Math.max(groups.get(k) ?? 0, a.rank));
            }
            for (const [k, top] of groups) {
              const i = grants.findIndex(
                (x) =>
                  `${x.subjectKey}|${x.period}` === k &&
                  rules.awards[x.award].rank === top &&
                  rules.awards[x.award].category === 'title',
              );
              expect(out[i].payable).toBe(grants[i].amount);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
