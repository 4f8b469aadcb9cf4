// Runs every scenario of corpus/*.json through the public entry point. Expectations in the corpus
// were written by hand from the law and the money table of tdkt-reference.md §4.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTRACT_AWARD_CODES } from '../registry/vocab.js';
import { EligibilityOutputSchema } from './contract.js';
import { type ParamOverride, evaluateEligibility } from './index.js';

interface CorpusCase {
  name: string;
  article: string;
  province?: string;
  overrides?: ParamOverride[];
  input: unknown;
  expect: {
    error?: true;
    errorFields?: string[];
    eligible?: boolean;
    withheld?: boolean;
    multiplier?: number;
    baseSalary?: number;
    amount?: number;
    amountInWords?: string;
    criteria?: Record<string, boolean | null>;
    /** Substrings a criterion's message must contain. */
    messages?: Record<string, string>;
  };
}

const dir = join(dirname(fileURLToPath(import.meta.url)), 'corpus');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();
const corpus = files.map((file) => ({
  file,
  cases: JSON.parse(readFileSync(join(dir, file), 'utf8')) as CorpusCase[],
}));
const all = corpus.flatMap((c) => c.cases);

describe('eligibility corpus', () => {
  it('has at least 120 cases covering every award code, positive and negative', () => {
    expect(all.length).toBeGreaterThanOrEqual(120);
    for (const code of CONTRACT_AWARD_CODES) {
      const own = all.filter((c) => (c.input as { award?: string })?.award === code && !c.expect.error);
      expect(
        own.some((c) => c.expect.eligible === true),
        `${code} has a positive case`,
      ).toBe(true);
      expect(
        own.some((c) => c.expect.eligible === false),
        `${code} has a negative case`,
      ).toBe(true);
    }
  });

  for (const { file, cases } of corpus) {
    describe(file, () => {
      for (const c of cases) {
        it(c.name, () => {
          const r = evaluateEligibility(c.input, { province: c.province, overrides: c.overrides });
          const e = c.expect;
          if (e.error) {
            expect(r.ok, 'expected field errors').toBe(false);
            if (r.ok) return;
            expect(r.errors.map((x) => x.field)).toEqual(expect.arrayContaining(e.errorFields ?? []));
            for (const err of r.errors) expect(err.message).toMatch(/^(Trường "|Dữ liệu đầu vào)/u);
            return;
          }
          if (!r.ok) throw new Error(`unexpected errors: ${JSON.stringify(r.errors)}`);
          const out = r.output;
          expect(EligibilityOutputSchema.parse(out)).toEqual(out);
          const ids = out.criteria.map((x) => x.id);
          expect(new Set(ids).size, 'criterion ids are unique').toBe(ids.length);
          for (const x of out.criteria) {
            expect(x.message.normalize('NFC')).toBe(x.message);
            expect(x.basis.length).toBeGreaterThan(0);
          }
          if (e.eligible !== undefined) expect(out.eligible).toBe(e.eligible);
          expect(out.withheld).toBe(e.withheld ?? false);
          if (e.multiplier !== undefined) expect(out.bonus.multiplier).toBeCloseTo(e.multiplier, 10);
          if (e.baseSalary !== undefined) expect(out.bonus.baseSalary).toBe(e.baseSalary);
          if (e.amount !== undefined) expect(out.bonus.amount).toBe(e.amount);
          if (e.amountInWords !== undefined) expect(out.bonus.amountInWords).toBe(e.amountInWords);
          for (const [id, met] of Object.entries(e.criteria ?? {})) {
            const found = out.criteria.find((x) => x.id === id);
            expect(found, `criterion ${id} in ${ids.join(', ')}`).toBeDefined();
            expect(found?.met, `${id}: ${found?.message}`).toBe(met);
          }
          for (const [id, text] of Object.entries(e.messages ?? {})) {
            expect(out.criteria.find((x) => x.id === id)?.message).toContain(text);
          }
        });
      }
    });
  }
});
