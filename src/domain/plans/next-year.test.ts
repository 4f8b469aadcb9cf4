import { describe, expect, it } from 'vitest';
import { nextYearSections, nextYearText, shiftDateOneYear } from './next-year.js';

describe('copying a plan to the next year', () => {
  it('moves a date by one year, 29/02 to 28/02 when the next year is common', () => {
    expect(shiftDateOneYear('2026-02-15')).toBe('2027-02-15');
    expect(shiftDateOneYear('2028-02-29')).toBe('2029-02-28');
    expect(shiftDateOneYear('2027-02-28')).toBe('2028-02-28');
    expect(shiftDateOneYear('2026-12-31')).toBe('2027-12-31');
    expect(() => shiftDateOneYear('15/02/2026')).toThrow();
  });

  it("moves the plan's own years and dates in its text, not a law's", () => {
    expect(nextYearText('NHIỆM VỤ TRỌNG TÂM NĂM 2026', 2026)).toBe('NHIỆM VỤ TRỌNG TÂM NĂM 2027');
    expect(nextYearText('Tổng kết năm 2025, triển khai năm 2026', 2026)).toBe('Tổng kết năm 2026, triển khai năm 2027');
    expect(nextYearText('Gửi kế hoạch trước ngày 10/02/2026.', 2026)).toBe('Gửi kế hoạch trước ngày 10/02/2027.');
    expect(nextYearText('Hạn 29/02/2028 và 9/3/2028', 2028)).toBe('Hạn 28/02/2029 và 9/3/2029');
    expect(nextYearText('Luật Thi đua, khen thưởng năm 2022 ngày 15/6/2022', 2026)).toBe(
      'Luật Thi đua, khen thưởng năm 2022 ngày 15/6/2022',
    );
    expect(nextYearText('Nghị định số 152/2025/NĐ-CP', 2026)).toBe('Nghị định số 152/2025/NĐ-CP');
  });

  it('carries headings, paragraphs and numbered parts', () => {
    const out = nextYearSections(
      [
        {
          heading: 'NHIỆM VỤ NĂM 2026',
          paragraphs: ['Trong năm 2026 …'],
          subsections: [{ heading: 'Quý I năm 2026', paragraphs: ['Trước 15/01/2026'] }],
        },
      ],
      2026,
    );
    expect(out).toEqual([
      {
        heading: 'NHIỆM VỤ NĂM 2027',
        paragraphs: ['Trong năm 2027 …'],
        subsections: [{ heading: 'Quý I năm 2027', paragraphs: ['Trước 15/01/2027'] }],
      },
    ]);
  });
});
