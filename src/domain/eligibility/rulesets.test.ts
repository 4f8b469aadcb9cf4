import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_AWARD_CODES,
  CONTRACT_AWARD_CODES,
  type ContractAwardCode,
  type SubjectKind,
} from '../registry/vocab.js';
import { baseSalaryOn, bonusAmount, multiplierFor } from './engine.js';
import type { CriterionRule, NationalRuleSet } from './rule-model.js';
import { NATIONAL_2024, NATIONAL_2025, normalizeProvinceCode, resolveRules } from './rulesets.js';

const rulesOn = (date: string, province?: string) => {
  const r = resolveRules(date, province);
  if (!r) throw new Error(`no rules on ${date}`);
  return r.rules;
};

describe('resolveRules', () => {
  it('picks the national set in force on the decision date', () => {
    expect(resolveRules('2023-12-31')).toBeNull();
    expect(rulesOn('2024-01-01').id).toBe('VN-2024-01');
    expect(rulesOn('2025-06-30').id).toBe('VN-2024-01');
    expect(rulesOn('2025-07-01').id).toBe('VN-2025-07');
  });

  it('overlays a province only while its rule is in force, by code or alias', () => {
    expect(rulesOn('2025-12-14', 'bac_ninh').id).toBe('VN-2025-07');
    expect(rulesOn('2025-12-15', 'bac_ninh').id).toBe('VN-2025-07+bac_ninh-2025-12');
    expect(rulesOn('2026-03-01', 'Bắc Ninh').id).toBe('VN-2025-07+bac_ninh-2025-12');
    expect(rulesOn('2026-03-01', 'BN').id).toBe('VN-2025-07+bac_ninh-2025-12');
    expect(rulesOn('2026-03-01', 'son_la').id).toBe('VN-2025-07');
    expect(normalizeProvinceCode('Đắk Lắk')).toBe('dak_lak');
  });

  it('replaces only the overlaid award', () => {
    const bn = rulesOn('2026-03-01', 'bac_ninh');
    const vn = rulesOn('2026-03-01');
    expect(bn.awards.CSTD_TINH).toEqual(vn.awards.CSTD_TINH);
    expect(bn.awards.BK_TINH.criteria).not.toEqual(vn.awards.BK_TINH.criteria);
    expect(bn.awards.BK_TINH.bonus).toEqual(vn.awards.BK_TINH.bonus);
  });

  it('returns copies: editing the result leaves the rule sets alone', () => {
    const r = rulesOn('2026-03-01');
    r.awards.LDTT.bonus.multipliers.individual = 9;
    r.params.baseSalary.push({ from: '2030-01-01', value: 1, citation: 'x', mark: 'V' });
    expect(NATIONAL_2025.awards.LDTT.bonus.multipliers.individual).toBe(0.3);
    expect(rulesOn('2026-03-01').params.baseSalary).toHaveLength(3);
  });
});

function* walk(rules: CriterionRule[]): Generator<CriterionRule> {
  for (const r of rules) {
    yield r;
    if (r.kind === 'any_of') yield* walk(r.options);
    if (r.kind === 'all_of') yield* walk(r.parts);
  }
}

describe.each([NATIONAL_2024, NATIONAL_2025] as NationalRuleSet[])('national rule set $id', (set) => {
  it("covers every catalogue award code (the contract's and more)", () => {
    expect(Object.keys(set.awards).sort()).toEqual([...CATALOGUE_AWARD_CODES].sort());
    for (const code of CONTRACT_AWARD_CODES) expect(set.awards[code]).toBeDefined();
  });

  it.each(CONTRACT_AWARD_CODES)('%s: cited criteria with unique ids and a multiplier per subject kind', (code) => {
    const award = set.awards[code];
    expect(award.code).toBe(code);
    expect(award.name.length).toBeGreaterThan(3);
    expect(award.decidedBy.length).toBeGreaterThan(3);
    expect(award.criteria.length).toBeGreaterThan(0);
    const top = award.criteria.map((c) => c.id);
    expect(new Set(top).size).toBe(top.length);
    for (const c of walk(award.criteria)) {
      expect(c.basis.length, `${code}.${c.id}`).toBeGreaterThan(5);
      expect(c.label.length).toBeGreaterThan(3);
      expect(c.label.normalize('NFC')).toBe(c.label);
      if (c.kind === 'any_of') expect(new Set(c.options.map((o) => o.id)).size).toBe(c.options.length);
      if (c.kind === 'all_of') expect(new Set(c.parts.map((o) => o.id)).size).toBe(c.parts.length);
    }
    for (const kind of award.subjectKinds) {
      const m =
        kind === 'household' && award.bonus.householdFromIndividual
          ? award.bonus.multipliers.individual
          : award.bonus.multipliers[kind];
      expect(m, `${code} ${kind}`).toBeTypeOf('number');
    }
  });
});

describe('money (tdkt-reference.md §4)', () => {
  const table = rulesOn('2026-07-01').params.baseSalary;

  it('uses the base salary in force on the decision date', () => {
    expect(baseSalaryOn(table, '2024-06-30')).toBe(1_800_000);
    expect(baseSalaryOn(table, '2024-07-01')).toBe(2_340_000);
    expect(baseSalaryOn(table, '2026-06-30')).toBe(2_340_000);
    expect(baseSalaryOn(table, '2026-07-01')).toBe(2_530_000);
  });

  // [award, subject kind, multiplier, at 2.34 M, at 2.53 M]
  const rows: Array<[ContractAwardCode, SubjectKind, number, number, number]> = [
    ['CSTD_TQ', 'individual', 4.5, 10_530_000, 11_390_000],
    ['CSTD_TINH', 'individual', 3.0, 7_020_000, 7_590_000],
    ['CSTD_CS', 'individual', 1.0, 2_340_000, 2_530_000],
    ['LDTT', 'individual', 0.3, 710_000, 760_000],
    ['TT_LDXS', 'collective', 1.5, 3_510_000, 3_800_000],
    ['TT_LDTT', 'collective', 0.8, 1_880_000, 2_030_000],
    ['XA_TIEU_BIEU', 'commune', 2.0, 4_680_000, 5_060_000],
    ['THON_VH', 'village', 1.5, 3_510_000, 3_800_000],
    ['CO_TD_TINH', 'collective', 8, 18_720_000, 20_240_000],
    ['CO_TD_CP', 'collective', 12, 28_080_000, 30_360_000],
    ['BK_TINH', 'individual', 1.5, 3_510_000, 3_800_000],
    ['BK_TINH', 'collective', 3.0, 7_020_000, 7_590_000],
    ['BK_TTG', 'individual', 3.5, 8_190_000, 8_860_000],
    ['BK_TTG', 'collective', 7.0, 16_380_000, 17_710_000],
    ['GIAY_KHEN', 'individual', 0.3, 710_000, 760_000],
    ['GIAY_KHEN', 'collective', 0.6, 1_410_000, 1_520_000],
    ['HCLD_3', 'collective', 9, 21_060_000, 22_770_000],
    ['HCLD_3', 'individual', 4.5, 10_530_000, 11_390_000],
    ['GD_VH', 'household', 0, 0, 0],
    // Households: 1.5 × the individual multiplier, rounded once.
    ['BK_TINH', 'household', 2.25, 5_270_000, 5_700_000],
    ['BK_TTG', 'household', 5.25, 12_290_000, 13_290_000],
    ['GIAY_KHEN', 'household', 0.45, 1_060_000, 1_140_000],
  ];

  it.each(rows)('%s (%s) × %d', (code, kind, multiplier, low, high) => {
    const rules = rulesOn('2026-07-01');
    const m = multiplierFor(rules.awards[code], kind, rules.params);
    expect(m).toBeCloseTo(multiplier, 12);
    expect(bonusAmount(m, 2_340_000, rules.params.rounding)).toBe(low);
    expect(bonusAmount(m, 2_530_000, rules.params.rounding)).toBe(high);
  });

  it('rounds up to the next 10,000 đồng without floating-point drift', () => {
    const r = rulesOn('2026-07-01').params.rounding;
    expect(bonusAmount(0.3, 2_340_000, r)).toBe(710_000);
    expect(bonusAmount(0.1 + 0.2, 2_340_000, r)).toBe(710_000);
    expect(bonusAmount(1.1, 1_000_000, r)).toBe(1_100_000);
    expect(bonusAmount(0.3, 2_340_000, { ...r, mode: 'nearest' })).toBe(700_000);
    expect(bonusAmount(0.3, 2_340_000, { ...r, mode: 'down' })).toBe(700_000);
  });
});
