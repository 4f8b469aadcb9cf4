import { describe, expect, it } from 'vitest';
import { parseTiming } from './timing.js';

describe('parseTiming', () => {
  it('reads a quarter alone, with due null', () => {
    expect(parseTiming('Quý I', 2026)).toEqual({ quarter: 'I', due: null });
    expect(parseTiming('QUÝ IV', 2026)).toEqual({ quarter: 'IV', due: null });
    expect(parseTiming('quý 3/2026', 2026)).toEqual({ quarter: 'III', due: null });
    expect(parseTiming('NHIỆM VỤ THỰC HIỆN TRONG QUÝ II', 2026)).toEqual({ quarter: 'II', due: null });
  });

  it('takes the first of several quarters, and all four as regular', () => {
    expect(parseTiming('Quý II, III', 2026)).toEqual({ quarter: 'II', due: null });
    expect(parseTiming('Quý I - IV', 2026)).toEqual({ quarter: 'regular', due: null });
    expect(parseTiming('Quý I, II, III và IV', 2026)).toEqual({ quarter: 'regular', due: null });
  });

  it('reads "thường xuyên" and "cả năm" as regular', () => {
    expect(parseTiming('Thường xuyên', 2026)).toEqual({ quarter: 'regular', due: null });
    expect(parseTiming('Cả năm', 2026)).toEqual({ quarter: 'regular', due: null });
    expect(parseTiming('NHIỆM VỤ THỰC HIỆN THƯỜNG XUYÊN TRONG NĂM 2026', 2026)).toEqual({
      quarter: 'regular',
      due: null,
    });
  });

  it('reads explicit dates as the due date, with their quarter', () => {
    expect(parseTiming('trước ngày 15/01/2026', 2026)).toEqual({ quarter: 'I', due: '2026-01-15' });
    expect(parseTiming('31/12/2026', 2026)).toEqual({ quarter: 'IV', due: '2026-12-31' });
    expect(parseTiming('Từ 01/3/2026 đến 30/4/2026', 2026)).toEqual({ quarter: 'II', due: '2026-04-30' });
    expect(parseTiming('trước 15/7', 2026)).toEqual({ quarter: 'III', due: '2026-07-15' });
    expect(parseTiming('trước 15/7', null)).toEqual({ quarter: null, due: null });
  });

  it('reads a month as its last day', () => {
    expect(parseTiming('Tháng 3/2026', 2026)).toEqual({ quarter: 'I', due: '2026-03-31' });
    expect(parseTiming('tháng 2 năm 2028', 2026)).toEqual({ quarter: 'I', due: '2028-02-29' });
    expect(parseTiming('Tháng 6', 2026)).toEqual({ quarter: 'II', due: '2026-06-30' });
    expect(parseTiming('Tháng 11, 12/2026', 2026)).toEqual({ quarter: 'IV', due: '2026-12-31' });
  });

  it('keeps an explicitly named quarter over the one implied by a date', () => {
    expect(parseTiming('Quý I (trước ngày 10/02/2026)', 2026)).toEqual({ quarter: 'I', due: '2026-02-10' });
  });

  it('does not mistake school years or numbers for dates', () => {
    expect(parseTiming('năm học 2025-2026', 2026)).toEqual({ quarter: null, due: null });
    expect(parseTiming('1.5', 2026)).toEqual({ quarter: null, due: null });
    expect(parseTiming('', 2026)).toEqual({ quarter: null, due: null });
  });
});
