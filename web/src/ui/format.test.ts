import { describe, expect, it } from 'vitest';
import { fmtDate, fmtDateTime, fmtMoney, isoDatesToVN, matches, positionLine } from './format';

describe('display formats', () => {
  it('shows calendar dates as dd/mm/yyyy and nothing as a dash', () => {
    expect(fmtDate('2025-07-01')).toBe('01/07/2025');
    expect(fmtDate(null)).toBe('—');
  });

  it('shows instants in Vietnam time', () => {
    expect(fmtDateTime('2026-11-21T23:54:56.210Z')).toBe('22/11/2026 06:54');
    expect(fmtDateTime('2026-01-01T16:59:00Z')).toBe('01/01/2026 23:59');
  });

  it('shows money with dots and đ', () => {
    expect(fmtMoney(1234567)).toBe('1.234.567 đ');
  });

  it('rewrites ISO dates inside server texts, leaving other numbers', () => {
    expect(isoDatesToVN('Từ 2024-01-01 đến 2024-12-31 · Quyết định số 12/QĐ-UBND')).toBe(
      'Từ 01/01/2024 đến 31/12/2024 · Quyết định số 12/QĐ-UBND',
    );
    expect(isoDatesToVN('năm học 2024-2025')).toBe('năm học 2024-2025');
    expect(isoDatesToVN('2025-02-30')).toBe('2025-02-30');
  });

  it('matches words without diacritics, in any order', () => {
    expect(matches('Trường THCS Lay Nưa', 'lay truong')).toBe(true);
    expect(matches('Nguyễn Văn Đức', 'nguyen duc')).toBe(true);
    expect(matches('Nguyễn Văn Đức', 'nguyen hung')).toBe(false);
    expect(matches('anything', '  ')).toBe(true);
  });
});

describe('positionLine', () => {
  it('adds the unit only when the position does not already name it', () => {
    expect(positionLine('Giáo viên Toán, Trường THCS Lay Nưa', 'Trường THCS Lay Nưa')).toBe(
      'Giáo viên Toán, Trường THCS Lay Nưa',
    );
    expect(positionLine('Giáo viên Toán', 'Trường THCS Lay Nưa')).toBe('Giáo viên Toán, Trường THCS Lay Nưa');
    expect(positionLine(null, 'Trường THCS Lay Nưa')).toBe('Trường THCS Lay Nưa');
  });
});
