import { describe, expect, it } from 'vitest';
import {
  convertPeriod,
  defaultPeriod,
  formatParamValue,
  judgementCount,
  orgSubjectKind,
  periodOptions,
  sentence,
  splitParamLabel,
  verdictStatus,
  acceptNeedsReason,
  STATUS,
} from './labels';

describe('verdicts', () => {
  it('puts a pending matter before the verdict', () => {
    expect(verdictStatus({ eligible: false, withheld: true })).toBe('withheld');
    expect(verdictStatus({ eligible: true, withheld: false })).toBe('eligible');
    expect(verdictStatus({ eligible: false, withheld: false })).toBe('not_eligible');
    // The server's status wins: an eligible verdict that rests on the council is not green.
    expect(verdictStatus({ eligible: true, withheld: false, status: 'judgement' })).toBe('judgement');
    expect(verdictStatus({ eligible: true, withheld: false, status: 'conditional' })).toBe('conditional');
    expect(verdictStatus({ eligible: false, withheld: false, status: 'ineligible' })).toBe('not_eligible');
    expect(STATUS.judgement.color).not.toBe(STATUS.eligible.color);
    expect(STATUS.conditional.label).toContain('nếu được tặng');
  });

  it('asks a written reason to accept whenever a data-checkable criterion failed (issue 9)', () => {
    expect(acceptNeedsReason({ eligible: true, withheld: false, status: 'eligible' })).toBe(false);
    expect(acceptNeedsReason({ eligible: true, withheld: false, status: 'judgement', dataFailed: false })).toBe(false);
    expect(acceptNeedsReason({ eligible: true, withheld: false, status: 'judgement', dataFailed: true })).toBe(true);
    expect(acceptNeedsReason({ eligible: false, withheld: false })).toBe(true);
    expect(acceptNeedsReason({ eligible: false, withheld: true })).toBe(true);
  });

  it('counts the criteria left to the council', () => {
    const c = (met: boolean | null) => ({ id: 'x', met, basis: '', message: '' });
    expect(judgementCount({ criteria: [c(true), c(null), c(false), c(null)] })).toBe(2);
  });
});

describe('periods', () => {
  it('defaults to the decision year, or the school year ending in it', () => {
    expect(defaultPeriod('calendar', '2026-11-22')).toBe('2026');
    expect(defaultPeriod('school', '2026-11-22')).toBe('2025-2026');
  });

  it('converts between a year and a school year', () => {
    expect(convertPeriod('2026', 'school')).toBe('2025-2026');
    expect(convertPeriod('2025-2026', 'calendar')).toBe('2026');
    expect(convertPeriod('2026', 'calendar')).toBe('2026');
  });

  it('offers next year first', () => {
    const o = periodOptions('school', 2026);
    expect(o[0]).toEqual({ value: '2026-2027', label: 'Năm học 2026-2027' });
    expect(periodOptions('calendar', 2026)[1]).toEqual({ value: '2026', label: 'Năm 2026' });
  });
});

describe('organisations as subjects', () => {
  it('follows the server: villages, communes for their own title, collectives otherwise', () => {
    expect(orgSubjectKind('residential_group', 'THON_VH')).toBe('village');
    expect(orgSubjectKind('ward', 'XA_TIEU_BIEU')).toBe('commune');
    expect(orgSubjectKind('ward', 'BK_TINH')).toBe('collective');
    expect(orgSubjectKind('agency', 'TT_LDTT')).toBe('collective');
  });
});

describe('rule parameters', () => {
  it('splits a parameter label into its award and the rest', () => {
    expect(splitParamLabel('Giấy khen: Hoàn thành tốt nhiệm vụ')).toEqual(['Giấy khen', 'Hoàn thành tốt nhiệm vụ']);
    expect(splitParamLabel('Làm tròn đến (đồng)')).toEqual([null, 'Làm tròn đến (đồng)']);
  });

  it('shows values by type', () => {
    expect(formatParamValue('number', 'awards.LDTT.bonus.multipliers.individual', 0.3)).toBe('0,3');
    expect(formatParamValue('integer', 'params.rounding.unit', 10000)).toBe('10.000 đ');
    expect(formatParamValue('boolean', 'x.sameRound', true)).toBe('Có');
    expect(formatParamValue('enum', 'params.rounding.mode', 'up')).toBe('Làm tròn lên');
    expect(formatParamValue('enum', 'a.b.minRating', 'HTXSNV')).toBe('Hoàn thành xuất sắc nhiệm vụ');
    expect(formatParamValue('discipline-form', 'params.discipline.minForm.individual', null)).toBe('Không xét kỷ luật');
    expect(formatParamValue('month-day', 'params.schoolYearStart', '09-01')).toBe('01/09');
    expect(formatParamValue('dated-table', 'params.baseSalary', 2530000)).toBe('2.530.000 đ');
  });

  it('turns server fragments into sentences', () => {
    expect(sentence('hệ số phải là số không âm')).toBe('Hệ số phải là số không âm.');
    expect(sentence('Đã có.')).toBe('Đã có.');
  });
});
