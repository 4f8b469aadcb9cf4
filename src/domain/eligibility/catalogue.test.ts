// Catalogue awards beyond the contract's codes (KNC_TINH, CONG_HIEN). The corpus runner goes
// through the contract's schema, which accepts only the contract's codes, so their cases live here
// and go through `evaluate` as the product's cards, bulk checks and overrides call it.
import { describe, expect, it } from 'vitest';
import { moneyInWords } from '../vi-text/index.js';
import { CATALOGUE_AWARD_CODES, CONTRACT_AWARD_CODES, type CatalogueAwardCode } from '../registry/vocab.js';
import type { CatalogueInput } from './contract.js';
import { evaluate } from './engine.js';
import { evaluateEligibility, listParams, type ParamOverride, resolveRules } from './index.js';

const deps = { moneyInWords };
const rulesOn = (date: string, overrides: ParamOverride[] = [], province?: string) =>
  resolveRules(date, province, { overrides })!.rules;

function input(award: CatalogueAwardCode, extra: Partial<CatalogueInput> = {}): CatalogueInput {
  return {
    award,
    period: '2026',
    decisionDate: '2026-12-15',
    subject: { kind: 'individual', group: 'cbccvc' },
    records: [],
    ratings: [],
    initiatives: [],
    discipline: [],
    pending: [],
    ...extra,
  };
}

const byId = (out: ReturnType<typeof evaluate>) => Object.fromEntries(out.criteria.map((c) => [c.id, c]));

describe('catalogue codes', () => {
  it('are a superset of the contract codes, every one with a rule, a name and a category', () => {
    for (const code of CONTRACT_AWARD_CODES) expect(CATALOGUE_AWARD_CODES).toContain(code);
    const rules = rulesOn('2026-12-15');
    for (const code of CATALOGUE_AWARD_CODES) {
      const a = rules.awards[code];
      expect(a.code).toBe(code);
      expect(['title', 'form']).toContain(a.category);
      if (a.category === 'title') expect(a.rank).toBeTypeOf('number');
      else expect(a.rank).toBeNull();
    }
  });

  it('rank titles for "only the highest title is paid"', () => {
    const a = rulesOn('2026-12-15').awards;
    const rank = (c: CatalogueAwardCode) => a[c].rank as number;
    expect(rank('CSTD_TQ')).toBeGreaterThan(rank('CSTD_TINH'));
    expect(rank('CSTD_TINH')).toBeGreaterThan(rank('CSTD_CS'));
    expect(rank('CSTD_CS')).toBeGreaterThan(rank('LDTT'));
    expect(rank('CO_TD_CP')).toBeGreaterThan(rank('CO_TD_TINH'));
    expect(rank('CO_TD_TINH')).toBeGreaterThan(rank('TT_LDXS'));
    expect(rank('TT_LDXS')).toBeGreaterThan(rank('TT_LDTT'));
  });

  it.each(['KNC_TINH', 'CONG_HIEN'])('%s is refused by the contract\'s doors (field "award")', (award) => {
    const r = evaluateEligibility({
      award,
      period: '2026',
      decisionDate: '2026-12-15',
      subject: { kind: 'individual' },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field)).toEqual(['award']);
  });
});

describe('KNC_TINH — Kỷ niệm chương của tỉnh', () => {
  it('criteria delegated to the province: a council judgement, marked unverified; 0.6 × base salary (a ceiling)', () => {
    const out = evaluate(input('KNC_TINH'), rulesOn('2026-12-15'), deps);
    const c = byId(out);
    expect(out.eligible).toBe(true);
    expect(c.provincial_criteria.met).toBeNull();
    expect(c.provincial_criteria.basis).toContain('Điều 9 Luật Thi đua, khen thưởng 2022');
    // The doubt stays on the administrator's catalogue: never in a verdict's citation.
    expect(c.provincial_criteria.basis).not.toMatch(/kiểm chứng|đối chiếu|\[U\]/);
    expect(out.bonus).toEqual({
      multiplier: 0.6,
      baseSalary: 2_530_000,
      amount: 1_520_000,
      amountInWords: 'Một triệu năm trăm hai mươi nghìn đồng',
    });
  });

  it('at 2.34 M before 1/7/2026: 1,404,000 rounded up to 1,410,000', () => {
    const out = evaluate(input('KNC_TINH', { decisionDate: '2026-03-10' }), rulesOn('2026-03-10'), deps);
    expect(out.bonus.amount).toBe(1_410_000);
  });

  it('the multiplier is a dated, overridable parameter flagged [U] in the parameter list', () => {
    const overrides: ParamOverride[] = [
      {
        key: 'awards.KNC_TINH.bonus.multipliers.individual',
        value: 0.5,
        effectiveFrom: '2026-10-01',
        citation: 'Quyết định của UBND tỉnh',
      },
    ];
    expect(
      evaluate(input('KNC_TINH', { decisionDate: '2026-09-30' }), rulesOn('2026-09-30', overrides), deps).bonus
        .multiplier,
    ).toBe(0.6);
    const after = evaluate(input('KNC_TINH'), rulesOn('2026-12-15', overrides), deps);
    expect(after.bonus).toMatchObject({ multiplier: 0.5, amount: 1_270_000 });
    const p = listParams(rulesOn('2026-12-15')).find((x) => x.key === 'awards.KNC_TINH.bonus.multipliers.individual')!;
    expect(p).toMatchObject({ value: 0.6, mark: 'U', type: 'number' });
    expect(p.label).toContain('mức trần');
    expect(p.label).toContain('0,8');
  });

  it('is for individuals only, and not twice for the same period', () => {
    const coll = evaluate(input('KNC_TINH', { subject: { kind: 'collective' } }), rulesOn('2026-12-15'), deps);
    expect(coll.eligible).toBe(false);
    expect(byId(coll).subject_kind.met).toBe(false);
    expect(coll.bonus.amount).toBe(0);
    const again = evaluate(
      input('KNC_TINH', { records: [{ period: '2026', award: 'KNC_TINH', decisionDate: '2026-05-01' }] }),
      rulesOn('2026-12-15'),
      deps,
    );
    expect(byId(again).not_already_awarded.met).toBe(false);
  });
});

describe('CONG_HIEN — Khen thưởng quá trình cống hiến', () => {
  it("leadership time (women 1/3 less) and retirement are the council's; no amount, and why", () => {
    const out = evaluate(input('CONG_HIEN'), rulesOn('2026-12-15'), deps);
    const c = byId(out);
    expect(out.criteria.map((x) => x.id)).toEqual([
      'leadership_tenure',
      'at_retirement',
      'no_discipline_in_post',
      'not_already_awarded',
      'no_discipline',
      'no_pending_matter',
    ]);
    expect(c.leadership_tenure.met).toBeNull();
    expect(c.leadership_tenure.message).toContain('nữ được giảm 1/3 thời gian');
    expect(c.at_retirement.met).toBeNull();
    expect(c.no_discipline_in_post.met).toBe(true);
    expect(c.no_discipline_in_post.basis).toContain('Điều 4, Điều 9 Nghị định 152/2025/NĐ-CP');
    expect(out.eligible).toBe(true);
    expect(out.bonus.amount).toBeNull();
    expect(out.bonus.multiplier).toBeNull();
    expect(out.bonus.baseSalary).toBe(2_530_000);
    expect(out.bonus.note).toMatch(/tùy hình thức khen thưởng/u);
  });

  it('any discipline on record (not only in the period) fails "not disciplined while in the post"', () => {
    const out = evaluate(
      input('CONG_HIEN', { discipline: [{ form: 'khien_trach', from: '2019-03-01', to: '2019-09-01' }] }),
      rulesOn('2026-12-15'),
      deps,
    );
    const c = byId(out);
    expect(c.no_discipline_in_post.met).toBe(false);
    expect(c.no_discipline_in_post.message).toContain('kỷ luật khiển trách từ 01/03/2019 đến 01/09/2019');
    expect(c.no_discipline.met).toBe(true);
    expect(out.eligible).toBe(false);
  });

  it('a discipline that starts after the decision date is not counted', () => {
    const out = evaluate(
      input('CONG_HIEN', { discipline: [{ form: 'canh_cao', from: '2027-01-10' }] }),
      rulesOn('2026-12-15'),
      deps,
    );
    expect(byId(out).no_discipline_in_post.met).toBe(true);
  });

  it('a record on the cống hiến track of the same period counts as already awarded', () => {
    const out = evaluate(
      input('CONG_HIEN', { records: [{ period: '2026', award: 'CONG_HIEN', track: 'cong_hien' }] }),
      rulesOn('2026-12-15'),
      deps,
    );
    expect(byId(out).not_already_awarded.met).toBe(false);
  });

  it('the lightest disqualifying discipline is a parameter', () => {
    const overrides: ParamOverride[] = [
      {
        key: 'awards.CONG_HIEN.criteria.no_discipline_in_post.minDiscipline',
        value: 'canh_cao',
        effectiveFrom: '2026-01-01',
      },
    ];
    const out = evaluate(
      input('CONG_HIEN', { discipline: [{ form: 'khien_trach', from: '2019-03-01', to: '2019-09-01' }] }),
      rulesOn('2026-12-15', overrides),
      deps,
    );
    expect(byId(out).no_discipline_in_post.met).toBe(true);
  });

  it('held catalogue awards are named in messages of contract awards too', () => {
    const out = evaluate(
      input('CSTD_CS', {
        ratings: [{ period: '2026', rating: 'HTTNV' }],
        initiatives: [
          { id: 'sk1', recognizedOn: '2026-05-01', scope: 'co_so', usedFor: { award: 'KNC_TINH', period: '2026' } },
        ],
      }),
      rulesOn('2026-12-15'),
      deps,
    );
    expect(JSON.stringify(out.criteria)).toContain('Kỷ niệm chương của tỉnh');
  });
});
