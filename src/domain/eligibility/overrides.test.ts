import { describe, expect, it } from 'vitest';
import { evaluateEligibility } from './index.js';
import { applyOverrides, listParams, validateOverride } from './overrides.js';
import { resolveRules } from './rulesets.js';

const rulesOn = (date: string, province?: string) => {
  const r = resolveRules(date, province);
  if (!r) throw new Error(date);
  return r.rules;
};

const ldtt = {
  award: 'LDTT',
  period: '2026',
  decisionDate: '2026-12-15',
  subject: { kind: 'individual' },
  ratings: [{ period: '2026', rating: 'HTTNV' }],
};

describe('overrides', () => {
  it('applies a multiplier from its effective date only', () => {
    const o = [{ key: 'awards.LDTT.bonus.multipliers.individual', value: 0.4, effectiveFrom: '2027-01-01' }];
    const before = evaluateEligibility(ldtt, { overrides: o });
    const after = evaluateEligibility({ ...ldtt, decisionDate: '2027-01-10' }, { overrides: o });
    expect(before.ok && before.output.bonus.amount).toBe(760_000);
    expect(after.ok && after.output.bonus).toMatchObject({ multiplier: 0.4, amount: 1_020_000 });
    expect(after.ok && after.rules.appliedOverrides).toEqual(['awards.LDTT.bonus.multipliers.individual@2027-01-01']);
  });

  it('lets the latest effective override of a key win and respects effectiveTo', () => {
    const rules = rulesOn('2026-12-15');
    const { rules: r } = applyOverrides(
      rules,
      [
        { key: 'awards.TT_LDTT.criteria.members_ldtt_70.minPercent', value: 60, effectiveFrom: '2026-01-01' },
        { key: 'awards.TT_LDTT.criteria.members_ldtt_70.minPercent', value: 80, effectiveFrom: '2026-06-01' },
        {
          key: 'awards.TT_LDTT.criteria.members_ldtt_70.minPercent',
          value: 90,
          effectiveFrom: '2026-09-01',
          effectiveTo: '2026-10-01',
        },
      ],
      '2026-12-15',
    );
    const c = r.awards.TT_LDTT.criteria.find((x) => x.id === 'members_ldtt_70');
    expect(c && c.kind === 'members_share' && c.minPercent).toBe(80);
  });

  it('adds a base-salary row dated by the override itself', () => {
    const o = [
      { key: 'params.baseSalary', value: 2_800_000, effectiveFrom: '2028-01-01', citation: 'Nghị định X/2027' },
    ];
    const r = evaluateEligibility({ ...ldtt, decisionDate: '2028-02-01' }, { overrides: o });
    expect(r.ok && r.output.bonus).toMatchObject({ baseSalary: 2_800_000, amount: 840_000 });
  });

  it('reports unusable overrides and applies the rest', () => {
    const rules = rulesOn('2026-12-15');
    const { rules: r, errors } = applyOverrides(
      rules,
      [
        { key: 'awards.LDTT.name', value: 'X', effectiveFrom: '2026-01-01' },
        { key: 'awards.NOPE.bonus.multipliers.individual', value: 1, effectiveFrom: '2026-01-01' },
        { key: 'awards.LDTT.bonus.multipliers.individual', value: -1, effectiveFrom: '2026-01-01' },
        { key: 'awards.CSTD_TINH.criteria.cstdcs_streak_3.length', value: 2.5, effectiveFrom: '2026-01-01' },
        {
          key: 'awards.CSTD_CS.criteria.excellence_basis.options.htxsnv.minRating',
          value: 'GOOD',
          effectiveFrom: '2026-01-01',
        },
        { key: 'params.rounding.unit', value: 1000, effectiveFrom: '2026-01-01' },
      ],
      '2026-12-15',
    );
    expect(errors.map((e) => e.key)).toEqual([
      'awards.LDTT.name',
      'awards.NOPE.bonus.multipliers.individual',
      'awards.LDTT.bonus.multipliers.individual',
      'awards.CSTD_TINH.criteria.cstdcs_streak_3.length',
      'awards.CSTD_CS.criteria.excellence_basis.options.htxsnv.minRating',
    ]);
    for (const e of errors) expect(e.message).toMatch(/^Tham số "/u);
    expect(r.params.rounding.unit).toBe(1000);
    expect(r.awards.LDTT.name).toBe('Lao động tiên tiến');
  });

  it('changes a nested criterion: Bắc Ninh asking 03 consecutive CSTĐCS for BK tỉnh', () => {
    const input = {
      award: 'BK_TINH',
      period: '2026',
      decisionDate: '2026-12-15',
      subject: { kind: 'individual' },
      records: [
        { period: '2025', award: 'CSTD_CS' },
        { period: '2026', award: 'CSTD_CS' },
      ],
    };
    const base = evaluateEligibility(input, { province: 'bac_ninh' });
    const stricter = evaluateEligibility(input, {
      province: 'bac_ninh',
      overrides: [
        {
          key: 'awards.BK_TINH.criteria.achievement_basis.options.cstdcs_2.length',
          value: 3,
          effectiveFrom: '2026-01-01',
        },
      ],
    });
    const met = (r: typeof base) => (r.ok ? r.output.criteria.find((c) => c.id === 'achievement_basis')?.met : 'error');
    expect(met(base)).toBe(true);
    expect(met(stricter)).toBeNull();
  });

  it('closes the judgement alternatives when a province says so', () => {
    const input = { award: 'BK_TTG', period: '2026', decisionDate: '2027-03-01', subject: { kind: 'individual' } };
    const r = evaluateEligibility(input, {
      overrides: [
        {
          key: 'awards.BK_TTG.criteria.achievement_basis.judgementOptionsOpen',
          value: false,
          effectiveFrom: '2026-01-01',
        },
      ],
    });
    expect(r.ok && r.output.criteria.find((c) => c.id === 'achievement_basis')?.met).toBe(false);
    expect(r.ok && r.output.eligible).toBe(false);
  });

  it('raises the disqualifying discipline level', () => {
    const input = { ...ldtt, discipline: [{ form: 'khien_trach', from: '2026-02-01', to: '2026-08-01' }] };
    const strict = evaluateEligibility(input);
    const lenient = evaluateEligibility(input, {
      overrides: [{ key: 'params.discipline.minForm.individual', value: 'canh_cao', effectiveFrom: '2025-07-01' }],
    });
    expect(strict.ok && strict.output.eligible).toBe(false);
    expect(lenient.ok && lenient.output.eligible).toBe(true);
  });

  it('lists every overridable parameter, and each accepts its own value back', () => {
    const rules = rulesOn('2026-03-01', 'bac_ninh');
    const params = listParams(rules);
    const keys = params.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(
      expect.arrayContaining([
        'params.baseSalary',
        'params.rounding.unit',
        'params.household.factor',
        'awards.CSTD_TINH.bonus.multipliers.individual',
        'awards.CSTD_TINH.criteria.cstdcs_streak_3.length',
        'awards.BK_TINH.criteria.achievement_basis.options.cstdcs_2.length',
        'awards.BK_TINH.criteria.achievement_basis.options.htxsnv_2_initiatives_2.initiatives.count',
        'awards.HCLD_3.criteria.achievement_basis.options.bk_ttg_5_years.titles.CSTD_CS.count',
        'awards.THON_VH.minIntervalPeriods',
      ]),
    );
    for (const p of params) {
      if (p.key === 'params.baseSalary') continue;
      expect(
        validateOverride(rules, { key: p.key, value: p.value as never, effectiveFrom: '2026-01-01' }),
        p.key,
      ).toBeNull();
    }
  });
});
