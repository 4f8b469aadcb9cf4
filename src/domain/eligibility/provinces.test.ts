// The provinces of the seed plans: each set loads, cites what it rests on, and, where the
// province's text could not be read, replaces no national rule and says that the national rules
// apply. A province with a rule of its own (Bắc Ninh) changes the verdict and cites its decision.
import { describe, expect, it } from 'vitest';
import { CATALOGUE_AWARD_CODES } from '../registry/vocab.js';
import { evaluateEligibility } from './index.js';
import { DIEN_BIEN, HAI_PHONG, LANG_SON, NINH_BINH, SEED_PROVINCE_RULE_SETS, SON_LA } from './provinces.js';
import type { CriterionRule, ProvincialRuleSet, Rules } from './rule-model.js';
import { BAC_NINH_2025, RULE_SETS, resolveRules } from './rulesets.js';

const rulesOn = (date: string, province?: string): Rules => {
  const r = resolveRules(date, province);
  if (!r) throw new Error(`no rules on ${date}`);
  return r.rules;
};

function* walk(rules: CriterionRule[]): Generator<CriterionRule> {
  for (const r of rules) {
    yield r;
    if (r.kind === 'any_of') yield* walk(r.options);
    if (r.kind === 'all_of') yield* walk(r.parts);
  }
}

/** Every text a verdict or a document may cite from these rules. */
function citedTexts(rules: Rules): string[] {
  const out = [...rules.citations];
  for (const a of Object.values(rules.awards)) {
    out.push(a.decidedByBasis, a.bonus.basis);
    for (const c of walk(a.criteria)) out.push(c.basis);
  }
  return out;
}

// Decision dates under each national set, and after the newest provincial text found (Ninh Bình's
// QĐ 150/2025 from 10/11/2025).
const DATES = ['2024-06-01', '2025-07-01', '2025-12-15', '2026-12-15'];

const PROVINCES: Array<[string, ProvincialRuleSet, string]> = [
  ['Điện Biên', DIEN_BIEN, 'tỉnh Điện Biên'],
  ['Hải Phòng', HAI_PHONG, 'thành phố Hải Phòng'],
  ['Lạng Sơn', LANG_SON, 'tỉnh Lạng Sơn'],
  ['Ninh Bình', NINH_BINH, 'tỉnh Ninh Bình'],
  ['Sơn La', SON_LA, 'tỉnh Sơn La'],
];

describe("rule sets of the seed plans' provinces", () => {
  it('are all shipped, once each, beside the national sets', () => {
    expect(SEED_PROVINCE_RULE_SETS.map((s) => s.scope)).toEqual([
      'dien_bien',
      'hai_phong',
      'lang_son',
      'ninh_binh',
      'son_la',
    ]);
    for (const s of SEED_PROVINCE_RULE_SETS) expect(RULE_SETS.filter((r) => r.scope === s.scope)).toEqual([s]);
  });

  describe.each(PROVINCES)('%s', (label, set, provinceName) => {
    it('loads for a tenant of the province by code or by name, on every date a national set covers', () => {
      for (const date of DATES) {
        for (const code of [set.scope, label]) {
          const r = rulesOn(date, code);
          expect(r.province, `${code} ${date}`).toEqual({
            code: set.scope,
            setId: set.id,
            name: provinceName,
            coverage: 'national',
            notice: set.notice,
          });
        }
      }
      expect(resolveRules('2023-12-31', set.scope)).toBeNull();
    });

    it('says the national rules apply, and applies exactly them: no provincial rule is invented', () => {
      expect(set.coverage).toBe('national');
      expect(set.awards).toEqual({});
      expect(set.params).toBeUndefined();
      expect(set.notice).toContain(`Chưa có quy định riêng của UBND ${provinceName}`);
      expect(set.notice).toContain('quy định chung của Trung ương');
      expect(set.citation).toContain('áp dụng quy định chung của Trung ương');
      for (const date of DATES) {
        const { province, ...rules } = rulesOn(date, set.scope);
        expect(province?.coverage).toBe('national');
        expect(rules).toEqual(rulesOn(date));
      }
    });

    it('cites every rule it applies, and never a provincial document whose articles were not read', () => {
      const rules = rulesOn('2026-12-15', set.scope);
      expect(Object.keys(rules.awards).sort()).toEqual([...CATALOGUE_AWARD_CODES].sort());
      for (const a of Object.values(rules.awards)) {
        expect(a.decidedByBasis.length, a.code).toBeGreaterThan(3);
        expect(a.bonus.basis.length, a.code).toBeGreaterThan(5);
        for (const c of walk(a.criteria)) expect(c.basis.length, `${a.code}.${c.id}`).toBeGreaterThan(5);
      }
      const cited = citedTexts(rules).join('\n');
      for (const src of set.sources) expect(cited).not.toContain(src.number);
      expect(cited).not.toContain(provinceName);
    });

    it('lists what was found, with its number, date, issuer and address, and how much of it was read', () => {
      expect(set.checkedOn).toBe('2026-12-07');
      expect(set.sources.length).toBeGreaterThan(0);
      for (const src of set.sources) {
        expect(src.number).toMatch(/^\d+\/(\d{4}\/)?QĐ-UBND$/u);
        expect(src.issuedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(src.issuer).toContain(provinceName.replace(/^tỉnh |^thành phố /u, ''));
        expect(src.url).toMatch(/^https?:\/\/[^\s]+$/);
        expect(src.note.length).toBeGreaterThan(20);
        for (const text of [src.title, src.note]) expect(text.normalize('NFC')).toBe(text);
        // A text read only in part is never the source of a rule.
        expect(src.read).toBe('opening');
      }
      // A current regulation was found but not read, or none was found at all: either way the set
      // replaces nothing, as checked above.
      const current = set.sources.filter((s) => s.status === 'current');
      expect(current.length).toBeLessThanOrEqual(1);
    });
  });

  it('Ninh Bình: QĐ 150/2025/QĐ-UBND is recorded as the current regulation, read only in its opening', () => {
    const [qd] = NINH_BINH.sources.filter((s) => s.status === 'current');
    expect(qd).toMatchObject({
      number: '150/2025/QĐ-UBND',
      issuer: 'UBND tỉnh Ninh Bình',
      issuedOn: '2025-10-30',
      effectiveFrom: '2025-11-10',
      read: 'opening',
    });
    expect(qd!.note).toMatch(/chưa đưa nội dung nào vào hệ thống/u);
  });

  it('the other four: no regulation under Law 06/2022 was found, only older or procedural texts', () => {
    for (const set of [DIEN_BIEN, HAI_PHONG, LANG_SON, SON_LA]) {
      expect(
        set.sources.every((s) => s.status === 'old_law' || s.status === 'procedures'),
        set.scope,
      ).toBe(true);
    }
  });
});

describe('a province with a rule of its own (Bắc Ninh, QĐ 86/2025/QĐ-UBND)', () => {
  // Two consecutive CSTĐCS: an alternative of Bắc Ninh's Bằng khen criteria, not of the national text.
  const bk = {
    award: 'BK_TINH',
    period: '2026',
    decisionDate: '2026-12-15',
    subject: { kind: 'individual' },
    records: [
      { period: '2025', award: 'CSTD_CS' },
      { period: '2026', award: 'CSTD_CS' },
    ],
  };
  const basisOf = (province?: string) => {
    const r = evaluateEligibility(bk, { province });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return { r, basis: r.output.criteria.find((c) => c.id === 'achievement_basis')! };
  };

  it('its verdict uses the provincial rule and cites the provincial decision', () => {
    const { r, basis } = basisOf('bac_ninh');
    expect(basis.met).toBe(true);
    expect(basis.basis).toMatch(/Quyết định 86\/2025\/QĐ-UBND tỉnh Bắc Ninh/u);
    expect(r.rules.citations.join('; ')).toMatch(
      /Quyết định 86\/2025\/QĐ-UBND ngày 03\/12\/2025 của UBND tỉnh Bắc Ninh/u,
    );
    expect(BAC_NINH_2025.coverage).toBe('provincial');
    expect(rulesOn('2026-12-15', 'bac_ninh').province).toMatchObject({ code: 'bac_ninh', coverage: 'provincial' });
  });

  it('a tenant of a province whose text could not be read gets the national verdict, citing no provincial decision', () => {
    const national = basisOf();
    for (const set of SEED_PROVINCE_RULE_SETS) {
      const { r, basis } = basisOf(set.scope);
      expect(basis, set.scope).toEqual(national.basis);
      expect(r.output).toEqual(national.r.output);
      expect(r.rules.citations).toEqual(national.r.rules.citations);
      expect(basis.met).toBe(null); // the council judges; the data alone proves nothing here
    }
  });
});
