// Rules corrected after the 2026 legal audit (issue 9, tdkt-reference.md "Corrections"): periods of
// two kinds (calendar year, school year), verdict statuses that mean what their colour says,
// same-round derivations, repeated forms, reused initiatives, pending matters, discipline end
// dates and villages. Each case names the article it comes from.
import { describe, expect, it } from 'vitest';
import { moneyInWords } from '../vi-text/index.js';
import type { CatalogueInput } from './contract.js';
import { evaluateDetailed } from './engine.js';
import { type ParamOverride, evaluateEligibility } from './index.js';
import { resolveRules } from './rulesets.js';
import { needsOverrideReason, statusSentence } from './status.js';

const DATE = '2026-12-15';

function run(json: Record<string, unknown>, overrides?: ParamOverride[]) {
  const r = evaluateEligibility({ decisionDate: DATE, subject: { kind: 'individual' }, ...json }, { overrides });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.output;
}

function detailed(json: Record<string, unknown>, overrides?: ParamOverride[]) {
  const rules = resolveRules(DATE, undefined, { overrides })!.rules;
  const input = {
    decisionDate: DATE,
    subject: { kind: 'individual' },
    records: [],
    ratings: [],
    initiatives: [],
    discipline: [],
    pending: [],
    ...json,
  } as unknown as CatalogueInput;
  return evaluateDetailed(input, rules, { moneyInWords });
}

const met = (out: { criteria: { id: string; met: boolean | null }[] }, id: string) =>
  out.criteria.find((c) => c.id === id)?.met;
const msg = (out: { criteria: { id: string; message: string }[] }, id: string) =>
  out.criteria.find((c) => c.id === id)?.message ?? '';
const basis = (out: { criteria: { id: string; basis: string }[] }, id: string) =>
  out.criteria.find((c) => c.id === id)?.basis ?? '';

describe('periods of two kinds: calendar year and school year', () => {
  it('a teacher rated only by school year is judged on the school year that ends in the calendar year (not "Không có kết quả đánh giá, xếp loại năm 2026")', () => {
    const out = run({ award: 'LDTT', period: '2026', ratings: [{ period: '2025-2026', rating: 'HTTNV' }] });
    expect(met(out, 'task_rating_good')).toBe(true);
    expect(msg(out, 'task_rating_good')).toContain('năm học 2025-2026');
    expect(out.eligible).toBe(true);
    // And in its own kind, directly.
    expect(
      run({ award: 'LDTT', period: '2025-2026', ratings: [{ period: '2025-2026', rating: 'HTTNV' }] }).eligible,
    ).toBe(true);
  });

  it('a calendar-year rating wins over the school year, and the bridge can be switched off by the administrator', () => {
    const both = run({
      award: 'CSTD_CS',
      period: '2026',
      ratings: [
        { period: '2026', rating: 'HTTNV' },
        { period: '2025-2026', rating: 'HTXSNV' },
      ],
    });
    expect(met(both, 'excellence_basis')).not.toBe(true);
    const off = run({ award: 'LDTT', period: '2026', ratings: [{ period: '2025-2026', rating: 'HTTNV' }] }, [
      { key: 'params.schoolRatingForCalendar.enabled', value: false, effectiveFrom: '2025-07-01' },
    ]);
    expect(met(off, 'task_rating_good')).toBe(false);
    expect(msg(off, 'task_rating_good')).toContain('Không có kết quả đánh giá, xếp loại năm 2026');
  });

  it('CSTĐCS 2026 for someone who holds LĐTT 2025-2026 is refused: one achievement, two overlapping periods (Law 06/2022 Điều 5.2.c)', () => {
    const out = run({
      award: 'CSTD_CS',
      period: '2026',
      ratings: [{ period: '2026', rating: 'HTXSNV' }],
      records: [{ period: '2025-2026', award: 'LDTT', decisionDate: '2026-08-20' }],
    });
    expect(met(out, 'not_already_awarded')).toBe(false);
    expect(msg(out, 'not_already_awarded')).toContain('năm học 2025-2026');
    expect(basis(out, 'not_already_awarded')).toContain('Điểm c khoản 2 Điều 5');
    expect(out.eligible).toBe(false);
    // The other way round too, and the school year that starts in the calendar year overlaps it as well.
    const back = run({
      award: 'LDTT',
      period: '2025-2026',
      ratings: [{ period: '2025-2026', rating: 'HTTNV' }],
      records: [{ period: '2026', award: 'CSTD_CS' }],
    });
    expect(met(back, 'not_already_awarded')).toBe(false);
    const next = run({
      award: 'LDTT',
      period: '2026',
      ratings: [{ period: '2026', rating: 'HTTNV' }],
      records: [{ period: '2026-2027', award: 'LDTT' }],
    });
    expect(met(next, 'not_already_awarded')).toBe(false);
  });

  it('titles of periods that do not overlap, or of the same period and kind, are not a second reward (Law 06/2022 Điều 23: CSTĐCS needs the LĐTT standard)', () => {
    const apart = run({
      award: 'LDTT',
      period: '2026',
      ratings: [{ period: '2026', rating: 'HTTNV' }],
      records: [{ period: '2024-2025', award: 'LDTT' }],
    });
    expect(met(apart, 'not_already_awarded')).toBe(true);
    const sameYear = run({
      award: 'CSTD_CS',
      period: '2026',
      ratings: [{ period: '2026', rating: 'HTXSNV' }],
      records: [{ period: '2026', award: 'LDTT' }],
    });
    expect(met(sameYear, 'not_already_awarded')).toBe(true);
    expect(sameYear.eligible).toBe(true);
  });
});

describe('verdict status: green only when every data-checkable criterion passes', () => {
  it('LĐTT with a rating of "hoàn thành tốt nhiệm vụ" is eligible (Law 06/2022 Điều 24.1)', () => {
    const { output, detail } = detailed({
      award: 'LDTT',
      period: '2026',
      ratings: [{ period: '2026', rating: 'HTTNV' }],
    });
    expect(output.eligible).toBe(true);
    expect(detail.status).toBe('eligible');
    expect(statusSentence(detail)).toBe('Đủ điều kiện');
  });

  it('a 7-person school with no provincial Bằng khen is not green for Bằng khen Thủ tướng nor Huân chương Lao động hạng Ba (Law 06/2022 Điều 73.2, Điều 44): it rests on the council, and accepting it needs a reason', () => {
    const school = {
      period: '2026',
      subject: { kind: 'collective' },
      ratings: ['2022', '2023', '2024', '2025', '2026'].map((period) => ({ period, rating: 'HTXSNV' })),
      members: { total: 7, completedTasks: 7, ldtt: 7, cstdcs: 1 },
    };
    for (const award of ['BK_TTG', 'HCLD_3']) {
      const { output, detail } = detailed({ ...school, award });
      expect(output.eligible, award).toBe(true); // the contract's flag: nothing failed outright
      expect(met(output, 'achievement_basis'), award).toBeNull();
      expect(detail.status, award).toBe('judgement');
      expect(detail.judgementOn, award).toContain('achievement_basis');
      expect(detail.dataFailed, award).toBe(true);
      expect(needsOverrideReason(detail), award).toBe(true);
      expect(statusSentence(detail), award).toContain('Hội đồng');
    }
  });

  it('a farmer with no rating on file for LĐTT rests on the council but failed nothing (Law 06/2022 Điều 24.2)', () => {
    const { detail } = detailed({
      award: 'LDTT',
      period: '2026',
      subject: { kind: 'individual', group: 'worker_farmer' },
    });
    expect(detail.status).toBe('judgement');
    expect(detail.dataFailed).toBe(false);
    expect(needsOverrideReason(detail)).toBe(false);
  });

  it('a failed criterion and a pending matter are never green, and need a reason to accept', () => {
    const bad = detailed({ award: 'LDTT', period: '2026', ratings: [{ period: '2026', rating: 'HTNV' }] });
    expect(bad.detail.status).toBe('ineligible');
    expect(needsOverrideReason(bad.detail)).toBe(true);
    const held = detailed({
      award: 'LDTT',
      period: '2026',
      ratings: [{ period: '2026', rating: 'HTTNV' }],
      pending: [{ kind: 'complaint', since: '2026-11-01' }],
    });
    expect(held.detail.status).toBe('withheld');
    expect(needsOverrideReason(held.detail)).toBe(true);
  });
});

describe('same-round derivations', () => {
  it('CSTĐ tỉnh counting this year\'s CSTĐCS not yet decided is "conditional on" it (Law 06/2022 Điều 22.1.a)', () => {
    const { output, detail } = detailed({
      award: 'CSTD_TINH',
      period: '2026',
      records: [
        { period: '2024', award: 'CSTD_CS' },
        { period: '2025', award: 'CSTD_CS' },
      ],
      ratings: [{ period: '2026', rating: 'HTXSNV' }],
      initiatives: [{ id: 'sk-1', recognizedOn: '2026-05-01', scope: 'tinh', usedFor: null }],
    });
    expect(output.eligible).toBe(true);
    expect(met(output, 'cstdcs_streak_3')).toBe(true);
    expect(msg(output, 'cstdcs_streak_3')).toContain('có điều kiện');
    expect(detail.status).toBe('conditional');
    expect(detail.conditions).toEqual([expect.objectContaining({ kind: 'title', award: 'CSTD_CS', period: '2026' })]);
    expect(statusSentence(detail)).toContain('Chiến sĩ thi đua cơ sở');
    // With the 2026 CSTĐCS decided, it is plainly eligible.
    const decided = detailed({
      award: 'CSTD_TINH',
      period: '2026',
      records: ['2024', '2025', '2026'].map((period) => ({ period, award: 'CSTD_CS' })),
      ratings: [{ period: '2026', rating: 'HTXSNV' }],
      initiatives: [{ id: 'sk-1', recognizedOn: '2026-05-01', scope: 'tinh', usedFor: null }],
    });
    expect(decided.detail.status).toBe('eligible');
  });

  it('CSTĐCS needs the LĐTT standard, not the LĐTT title: it is not conditional on LĐTT (Law 06/2022 Điều 23.1)', () => {
    const { detail } = detailed({ award: 'CSTD_CS', period: '2026', ratings: [{ period: '2026', rating: 'HTXSNV' }] });
    expect(detail.status).toBe('eligible');
    expect(detail.conditions).toEqual([]);
  });

  it("Tập thể LĐTT counts members' LĐTT proposed in the same round provisionally (Law 06/2022 Điều 28)", () => {
    const base = {
      award: 'TT_LDTT',
      period: '2026',
      subject: { kind: 'collective' },
      ratings: [{ period: '2026', rating: 'HTTNV' }],
    };
    const none = detailed({ ...base, members: { total: 10, completedTasks: 10, ldtt: 0 } });
    expect(met(none.output, 'members_ldtt_70')).toBe(false);
    const { output, detail } = detailed({
      ...base,
      members: { total: 10, completedTasks: 10, ldtt: 0, proposed: { ldtt: 8 } },
    });
    expect(met(output, 'members_ldtt_70')).toBe(true);
    expect(msg(output, 'members_ldtt_70')).toContain('tạm tính');
    expect(detail.status).toBe('conditional');
    expect(detail.conditions[0]).toMatchObject({ kind: 'members', award: 'LDTT', count: 8 });
    const short = detailed({ ...base, members: { total: 10, completedTasks: 10, ldtt: 2, proposed: { ldtt: 4 } } });
    expect(met(short.output, 'members_ldtt_70')).toBe(false);
  });
});

describe('legal corrections', () => {
  it('the same form twice in a year is a judgement, not a refusal (Law 06/2022 Điều 5.2.c)', () => {
    for (const award of ['GIAY_KHEN', 'BK_TINH']) {
      const { output, detail } = detailed({
        award,
        period: '2026',
        ratings: [{ period: '2026', rating: 'HTTNV' }],
        records: [{ period: '2026', award, decisionDate: '2026-05-19' }],
      });
      expect(met(output, 'not_already_awarded'), award).toBeNull();
      expect(basis(output, 'not_already_awarded'), award).toContain('Điểm c khoản 2 Điều 5');
      expect(msg(output, 'not_already_awarded'), award).toContain('không khen thưởng nhiều lần cho một thành tích');
      expect(output.eligible, award).toBe(true);
      expect(detail.status, award).toBe('judgement');
    }
    // A title is still held once a period.
    const twice = run({
      award: 'LDTT',
      period: '2026',
      ratings: [{ period: '2026', rating: 'HTTNV' }],
      records: [{ period: '2026', award: 'LDTT' }],
    });
    expect(met(twice, 'not_already_awarded')).toBe(false);
  });

  const cstdTinh = (usedFor: unknown, overrides?: ParamOverride[]) =>
    run(
      {
        award: 'CSTD_TINH',
        period: '2026',
        records: ['2024', '2025', '2026'].map((period) => ({ period, award: 'CSTD_CS' })),
        ratings: [{ period: '2026', rating: 'HTXSNV' }],
        initiatives: [{ id: 'sk-1', recognizedOn: '2025-05-01', scope: 'tinh', usedFor }],
      },
      overrides,
    );

  it('an initiative used for a title counts again for a higher title (CV 5007/BNV-TĐKT III.5.c), but not between a title and a form', () => {
    expect(met(cstdTinh({ award: 'CSTD_CS', period: '2025' }), 'initiative_tinh')).toBe(true);
    const form = cstdTinh({ award: 'BK_TINH', period: '2025' });
    expect(met(form, 'initiative_tinh')).toBe(false);
    expect(msg(form, 'initiative_tinh')).toContain('không làm căn cứ hình thức khen thưởng');
    // Switched off by the administrator (the reading is marked uncertain): used once only.
    expect(
      met(
        cstdTinh({ award: 'CSTD_CS', period: '2025' }, [
          { key: 'params.initiativeReuse.titleToHigherTitle', value: false, effectiveFrom: '2025-07-01' },
        ]),
        'initiative_tinh',
      ),
    ).toBe(false);
    // A title's initiative does not serve a form (Bằng khen cấp tỉnh, Law 06/2022 Điều 74).
    const bk = run({
      award: 'BK_TINH',
      period: '2026',
      ratings: [
        { period: '2025', rating: 'HTXSNV' },
        { period: '2026', rating: 'HTXSNV' },
      ],
      initiatives: [
        { id: 'a', recognizedOn: '2025-05-01', scope: 'co_so', usedFor: { award: 'CSTD_CS', period: '2025' } },
        { id: 'b', recognizedOn: '2026-05-01', scope: 'co_so' },
      ],
    });
    expect(msg(bk, 'achievement_basis')).toContain('không làm căn cứ hình thức khen thưởng');
  });

  it('the same title in a later period does not reuse its initiative (one achievement, Law 06/2022 Điều 5)', () => {
    const out = run({
      award: 'CSTD_CS',
      period: '2026',
      ratings: [{ period: '2026', rating: 'HTTNV' }],
      initiatives: [
        { id: 'x', recognizedOn: '2026-02-01', scope: 'co_so', usedFor: { award: 'CSTD_CS', period: '2025' } },
      ],
    });
    expect(met(out, 'excellence_basis')).toBe(false);
  });

  it('a pending matter withholds only from its own start date (NĐ 152/2025 Điều 4.4)', () => {
    const base = { award: 'LDTT', period: '2026', ratings: [{ period: '2026', rating: 'HTTNV' }] };
    const later = run({ ...base, pending: [{ kind: 'complaint', since: '2026-12-16' }] });
    expect(later.withheld).toBe(false);
    expect(later.eligible).toBe(true);
    expect(msg(later, 'no_pending_matter')).toContain('sau ngày quyết định');
    expect(run({ ...base, pending: [{ kind: 'inspection', since: DATE }] }).withheld).toBe(true);
    expect(run({ ...base, pending: [{ kind: 'investigation' }] }).withheld).toBe(true);
  });

  it("a discipline's end date is its last day in force (inclusive): achievements count from the next day (NĐ 152/2025 Điều 4)", () => {
    const streak = (to: string) =>
      run({
        award: 'CSTD_TINH',
        period: '2026',
        records: ['2024', '2025', '2026'].map((period) => ({ period, award: 'CSTD_CS' })),
        ratings: [{ period: '2026', rating: 'HTXSNV' }],
        initiatives: [{ id: 'sk', recognizedOn: '2026-03-01', scope: 'tinh' }],
        discipline: [{ form: 'khien_trach', from: '2023-01-02', to }],
      });
    const ended = streak('2023-12-31');
    expect(met(ended, 'cstdcs_streak_3')).toBe(true);
    expect(msg(ended, 'no_discipline')).toContain('thành tích chỉ tính từ ngày 01/01/2024');
    // Still disciplined on 01/01/2024: 2024 does not count.
    const lastDay = streak('2024-01-01');
    expect(met(lastDay, 'cstdcs_streak_3')).toBe(false);
    expect(msg(lastDay, 'cstdcs_streak_3')).toContain('02/01/2024');
    // Overlap with the period counts the end day too.
    const onFirstDay = run({
      award: 'LDTT',
      period: '2026',
      ratings: [{ period: '2026', rating: 'HTTNV' }],
      discipline: [{ form: 'khien_trach', from: '2025-01-02', to: '2026-01-01' }],
    });
    expect(met(onFirstDay, 'no_discipline')).toBe(false);
    const dayBefore = run({
      award: 'LDTT',
      period: '2026',
      ratings: [{ period: '2026', rating: 'HTTNV' }],
      discipline: [{ form: 'khien_trach', from: '2025-01-02', to: '2025-12-31' }],
    });
    expect(met(dayBefore, 'no_discipline')).toBe(true);
  });

  it('a village or residential group (thôn, tổ dân phố) receives Giấy khen and Bằng khen as a collective (Law 06/2022 Điều 74, 75)', () => {
    const gk = run({ award: 'GIAY_KHEN', period: '2026', subject: { kind: 'village' } });
    expect(met(gk, 'subject_kind')).toBeUndefined();
    expect(gk.eligible).toBe(true);
    expect(gk.bonus.amount).toBe(1_520_000);
    const bk = run({ award: 'BK_TINH', period: '2026', subject: { kind: 'village' } });
    expect(bk.eligible).toBe(true);
    expect(bk.bonus.amount).toBe(7_590_000);
    expect(met(bk, 'internal_unity')).toBeNull();
    // Not for a title meant for collectives of workers.
    expect(run({ award: 'TT_LDTT', period: '2026', subject: { kind: 'village' } }).eligible).toBe(false);
  });
});
