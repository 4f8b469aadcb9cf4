import { describe, expect, it } from 'vitest';
import { EligibilityBatchOutputSchema, parseEligibilityBatch, parseEligibilityInput } from './contract.js';
import { evaluateBatch, evaluateEligibility, evaluateRequest } from './index.js';

/** The example input of ../../../shared/contracts/eligibility.md, as written there. */
const contractExample = {
  award: 'CSTD_TINH',
  period: '2026',
  decisionDate: '2026-12-15',
  subject: { kind: 'individual', group: 'cbccvc' },
  records: [{ period: '2025', award: 'CSTD_CS', decisionDate: '2025-12-20', track: 'cong_trang' }],
  ratings: [{ period: '2026', rating: 'HTXSNV' }],
  initiatives: [{ id: 'sk-12', recognizedOn: '2026-10-01', scope: 'tinh', usedFor: null }],
  discipline: [{ form: 'khien_trach', from: '2026-03-01', to: '2026-09-01' }],
  pending: [{ kind: 'complaint', since: '2026-11-01' }],
  members: { total: 20, completedTasks: 20, ldtt: 15, cstdcs: 1, disciplined: { canh_cao_or_above: 0, any: 0 } },
};

describe('contract input', () => {
  it('reads the contract example', () => {
    const r = parseEligibilityInput(contractExample);
    expect(r.ok).toBe(true);
  });

  it('needs only award, period, decisionDate and subject.kind', () => {
    const r = parseEligibilityInput({
      award: 'GD_VH',
      period: '2026',
      decisionDate: '2026-12-01',
      subject: { kind: 'household' },
    });
    expect(r.ok && r.value.records).toEqual([]);
  });

  it('rejects unknown fields at every level, naming the path', () => {
    const r = parseEligibilityInput({
      ...contractExample,
      subject: { ...contractExample.subject, age: 40 },
      initiatives: [{ ...contractExample.initiatives[0], usedFor: { award: 'LDTT', period: '2025', note: 'x' } }],
      members: { ...contractExample.members, disciplined: { any: 0, severe: 1 } },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.field).sort()).toEqual([
      'initiatives[0].usedFor.note',
      'members.disciplined.severe',
      'subject.age',
    ]);
  });

  it('names the enum values for a bad subject kind', () => {
    const r = parseEligibilityInput({ ...contractExample, subject: { kind: 'robot' } });
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([
      'Trường "subject.kind": giá trị "robot" không hợp lệ; phải là một trong individual, collective, household, village, commune',
    ]);
  });

  it('names the row of a bad period in a list', () => {
    const r = parseEligibilityInput({
      ...contractExample,
      records: [contractExample.records[0], contractExample.records[0], { period: '2024-2026', award: 'CSTD_CS' }],
    });
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(['records[2].period']);
  });

  it('rejects conflicting ratings of one period and duplicate initiative ids', () => {
    const r = parseEligibilityInput({
      ...contractExample,
      ratings: [
        { period: '2026', rating: 'HTXSNV' },
        { period: '2026', rating: 'HTNV' },
      ],
      initiatives: [contractExample.initiatives[0], contractExample.initiatives[0]],
    });
    expect(r.ok ? [] : r.errors.map((e) => e.field).sort()).toEqual(['initiatives[1].id', 'ratings[1].period']);
  });

  it('prefixes batch errors with the case', () => {
    const r = parseEligibilityBatch({ cases: [contractExample, { ...contractExample, award: 'XYZ' }] });
    expect(r.ok ? [] : r.errors).toEqual([
      { field: 'cases[1].award', message: 'Trường "cases[1].award": mã danh hiệu "XYZ" không có trong danh mục' },
    ]);
  });
});

describe('entry points', () => {
  it('evaluates the contract example: discipline in 2026 and a pending complaint', () => {
    const r = evaluateEligibility(contractExample);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.output.withheld).toBe(true);
    expect(r.output.eligible).toBe(false);
    expect(r.output.bonus).toEqual({
      multiplier: 3,
      baseSalary: 2530000,
      amount: 7590000,
      amountInWords: 'Bảy triệu năm trăm chín mươi nghìn đồng',
    });
    expect(r.output.criteria.map((c) => c.id)).toEqual([
      'cstdcs_streak_3',
      'outstanding_exemplary',
      'initiative_tinh',
      'not_already_awarded',
      'no_discipline',
      'no_pending_matter',
    ]);
    expect(r.rules.id).toBe('VN-2025-07');
  });

  it('answers a batch in order', () => {
    const second = { award: 'GD_VH', period: '2026', decisionDate: '2026-12-01', subject: { kind: 'household' } };
    const r = evaluateBatch({ cases: [contractExample, second] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(EligibilityBatchOutputSchema.parse(r.output)).toEqual(r.output);
    expect(r.output.results.map((x) => x.award)).toEqual(['CSTD_TINH', 'GD_VH']);
    expect(r.rules).toHaveLength(2);
  });

  it('rejects a batch when one case has no rule set, naming the case', () => {
    const old = { award: 'LDTT', period: '2023', decisionDate: '2023-12-01', subject: { kind: 'individual' } };
    const r = evaluateBatch({ cases: [contractExample, old] });
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(['cases[1].decisionDate']);
  });

  it('tells a batch from a single request', () => {
    const single = evaluateRequest(contractExample);
    const batch = evaluateRequest({ cases: [contractExample] });
    expect(single.ok && 'award' in single.output).toBe(true);
    expect(batch.ok && 'results' in batch.output).toBe(true);
  });

  it('takes the words function as a dependency', () => {
    const r = evaluateEligibility(contractExample, { moneyInWords: (n) => `${n} đồng` });
    expect(r.ok && r.output.bonus.amountInWords).toBe('7590000 đồng');
  });
});
