// Properties over random candidates: disqualifying facts never help, money never falls with a
// higher base salary, and every verdict is well-formed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AWARD_TRACKS,
  CONTRACT_AWARD_CODES,
  DISCIPLINE_FORMS,
  INITIATIVE_SCOPES,
  PENDING_KINDS,
  RATINGS,
  SUBJECT_KINDS,
} from '../registry/vocab.js';
import { EligibilityOutputSchema, type ParsedInput, parseEligibilityInput } from './contract.js';
import { bonusAmount, evaluate } from './engine.js';
import { evaluateEligibility } from './index.js';
import { resolveRules } from './rulesets.js';

const words = { moneyInWords: (n: number) => `${n} đồng` };

const periodText = (school: boolean, year: number) => (school ? `${year - 1}-${year}` : String(year));

/** Random but valid inputs: all awards, subject kinds, periods 2024–2027 and a rich history. */
const inputArb = fc
  .record({
    award: fc.constantFrom(...CONTRACT_AWARD_CODES),
    kind: fc.constantFrom(...SUBJECT_KINDS),
    group: fc.constantFrom('cbccvc', 'worker_farmer'),
    school: fc.boolean(),
    year: fc.integer({ min: 2025, max: 2027 }),
    lateDecision: fc.boolean(),
    records: fc.array(
      fc.record({
        back: fc.integer({ min: 0, max: 8 }),
        award: fc.constantFrom(
          'LDTT',
          'CSTD_CS',
          'CSTD_TINH',
          'BK_TINH',
          'BK_TTG',
          'TT_LDXS',
          'CO_TD_TINH',
          'CO_TD_CP',
        ),
        track: fc.constantFrom(...AWARD_TRACKS),
      }),
      { maxLength: 12 },
    ),
    ratings: fc.array(fc.record({ back: fc.integer({ min: 0, max: 8 }), rating: fc.constantFrom(...RATINGS) }), {
      maxLength: 9,
    }),
    initiatives: fc.array(
      fc.record({
        back: fc.integer({ min: 0, max: 6 }),
        month: fc.integer({ min: 1, max: 12 }),
        scope: fc.constantFrom(...INITIATIVE_SCOPES),
        used: fc.boolean(),
      }),
      { maxLength: 4 },
    ),
    members: fc.option(
      fc.integer({ min: 1, max: 40 }).chain((total) =>
        fc.record({
          total: fc.constant(total),
          completedTasks: fc.integer({ min: 0, max: total }),
          ldtt: fc.integer({ min: 0, max: total }),
          cstdcs: fc.integer({ min: 0, max: total }),
        }),
      ),
      { nil: undefined },
    ),
  })
  .map((g): unknown => {
    const end = g.year;
    const seen = new Set<string>();
    return {
      award: g.award,
      period: periodText(g.school, end),
      decisionDate: g.lateDecision ? `${end + 1}-03-15` : `${end}-12-20`,
      subject: g.kind === 'individual' ? { kind: g.kind, group: g.group } : { kind: g.kind },
      records: g.records.map((r) => ({ period: periodText(g.school, end - r.back), award: r.award, track: r.track })),
      ratings: g.ratings
        .map((r) => ({ period: periodText(g.school, end - r.back), rating: r.rating }))
        .filter((r) => !seen.has(r.period) && seen.add(r.period)),
      initiatives: g.initiatives.map((s, i) => ({
        id: `sk-${i}`,
        recognizedOn: `${end - s.back}-${String(s.month).padStart(2, '0')}-10`,
        scope: s.scope,
        usedFor: s.used ? { award: 'CSTD_CS', period: String(end - s.back) } : null,
      })),
      members: g.members,
    };
  });

function parsed(json: unknown): ParsedInput {
  const r = parseEligibilityInput(json);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

function run(input: ParsedInput) {
  const resolved = resolveRules(input.decisionDate);
  if (!resolved) throw new Error('no rules');
  return evaluate(input, resolved.rules, words);
}

describe('eligibility properties', () => {
  it('every verdict is well-formed and eligible means "no failed criterion and not withheld"', () => {
    fc.assert(
      fc.property(inputArb, (json) => {
        const out = run(parsed(json));
        expect(EligibilityOutputSchema.parse(out)).toEqual(out);
        expect(out.eligible).toBe(!out.withheld && out.criteria.every((c) => c.met !== false));
        for (const c of out.criteria) expect(c.message.normalize('NFC')).toBe(c.message);
        expect(out.bonus.amount % 10_000).toBe(0);
      }),
      { numRuns: 400 },
    );
  });

  it('a discipline overlapping the period never makes a candidate eligible', () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...DISCIPLINE_FORMS), (json, form) => {
        const input = parsed(json);
        const year = Number(input.period.slice(-4));
        const withDiscipline: ParsedInput = {
          ...input,
          discipline: [...input.discipline, { form, from: `${year}-02-01`, to: `${year}-03-01` }],
        };
        const before = run(input);
        const after = run(withDiscipline);
        expect(after.eligible).toBe(false);
        if (!before.eligible) expect(after.eligible).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('a pending matter withholds and never makes a candidate eligible', () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...PENDING_KINDS), (json, kind) => {
        const input = parsed(json);
        const after = run({ ...input, pending: [...input.pending, { kind }] });
        expect(after.withheld).toBe(true);
        expect(after.eligible).toBe(false);
        expect(after.criteria.find((c) => c.id === 'no_pending_matter')?.met).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('adding any past discipline never turns an ineligible candidate eligible', () => {
    fc.assert(
      fc.property(
        inputArb,
        fc.constantFrom(...DISCIPLINE_FORMS),
        fc.integer({ min: 1, max: 6 }),
        (json, form, back) => {
          const input = parsed(json);
          const year = Number(input.period.slice(-4)) - back;
          const before = run(input);
          const after = run({ ...input, discipline: [{ form, from: `${year}-04-01`, to: `${year}-10-01` }] });
          if (!before.eligible) expect(after.eligible).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the bonus never decreases with a higher base salary', () => {
    const rounding = resolveRules('2026-12-01')!.rules.params.rounding;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }).map((x) => x / 100),
        fc.integer({ min: 1_000_000, max: 5_000_000 }),
        fc.integer({ min: 0, max: 2_000_000 }),
        (multiplier, low, raise) => {
          expect(bonusAmount(multiplier, low + raise, rounding)).toBeGreaterThanOrEqual(
            bonusAmount(multiplier, low, rounding),
          );
          expect(bonusAmount(multiplier, low, rounding)).toBeGreaterThanOrEqual(multiplier * low - 1e-6);
        },
      ),
    );
  });

  it('through the engine, a later base salary row never lowers the bonus', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 0, max: 1_000_000 }), (json, raise) => {
        const input = parsed(json);
        const base = evaluateEligibility(input);
        const higher = evaluateEligibility(input, {
          overrides: [{ key: 'params.baseSalary', value: 2_530_000 + raise, effectiveFrom: '2026-07-01' }],
        });
        if (!base.ok || !higher.ok) throw new Error('unexpected errors');
        expect(higher.output.bonus.amount).toBeGreaterThanOrEqual(base.output.bonus.amount);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(inputArb, (json) => {
        const input = parsed(json);
        expect(run(input)).toEqual(run(input));
      }),
      { numRuns: 100 },
    );
  });
});
