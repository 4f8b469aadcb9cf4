import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { formatDateLongVN, formatDateVN, isValidDate, parseDateVN, isoDateInVietnam } from './dates.js';

describe('formatDateVN', () => {
  it('formats ISO strings and Dates as dd/mm/yyyy', () => {
    expect(formatDateVN('2026-03-05')).toBe('05/03/2026');
    expect(formatDateVN('2025-12-31')).toBe('31/12/2025');
    expect(formatDateVN(new Date('2026-01-09T00:00:00+07:00'))).toBe('09/01/2026');
    // An instant is dated in Vietnam: 20:00 UTC on 07/12 is already 08/12 there.
    expect(formatDateVN(new Date('2026-12-07T20:00:00Z'))).toBe('08/12/2026');
  });
  it('throws on invalid dates', () => {
    expect(() => formatDateVN('2026-02-30')).toThrow(RangeError);
    expect(() => formatDateVN(new Date('x'))).toThrow(RangeError);
  });
});

describe('parseDateVN', () => {
  it('accepts dd/mm/yyyy, d/m/yyyy and ISO', () => {
    expect(parseDateVN('05/03/2026')).toBe('2026-03-05');
    expect(parseDateVN('5/3/2026')).toBe('2026-03-05');
    expect(parseDateVN(' 5 / 3 / 2026 ')).toBe('2026-03-05');
    expect(parseDateVN('05-03-2026')).toBe('2026-03-05');
    expect(parseDateVN('05.03.2026')).toBe('2026-03-05');
    expect(parseDateVN('2026-03-05')).toBe('2026-03-05');
    expect(parseDateVN('2026-03-05T10:00:00Z')).toBe('2026-03-05');
  });
  it('rejects impossible dates and garbage', () => {
    expect(parseDateVN('31/02/2026')).toBeNull();
    expect(parseDateVN('29/02/2025')).toBeNull();
    expect(parseDateVN('29/02/2024')).toBe('2024-02-29');
    expect(parseDateVN('29/02/1900')).toBeNull();
    expect(parseDateVN('29/02/2000')).toBe('2000-02-29');
    expect(parseDateVN('31/04/2026')).toBeNull();
    expect(parseDateVN('00/01/2026')).toBeNull();
    expect(parseDateVN('01/13/2026')).toBeNull();
    expect(parseDateVN('2026-13-01')).toBeNull();
    expect(parseDateVN('2026-3-5')).toBeNull();
    expect(parseDateVN('05/03/26')).toBeNull();
    expect(parseDateVN('05/03-2026')).toBeNull();
    expect(parseDateVN('')).toBeNull();
    expect(parseDateVN('ngày 5 tháng 3')).toBeNull();
  });
  it('round-trips with formatDateVN (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const valid = !Number.isNaN(Date.parse(iso)) && new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
          expect(isValidDate(y, m, d)).toBe(valid);
          expect(parseDateVN(iso)).toBe(valid ? iso : null);
          if (valid) expect(parseDateVN(formatDateVN(iso))).toBe(iso);
        },
      ),
    );
  });
});

describe('formatDateLongVN', () => {
  it('pads days below 10 and months 1–2 only', () => {
    expect(formatDateLongVN('2025-12-03')).toBe('ngày 03 tháng 12 năm 2025');
    expect(formatDateLongVN('2026-01-05')).toBe('ngày 05 tháng 01 năm 2026');
    expect(formatDateLongVN('2026-03-15')).toBe('ngày 15 tháng 3 năm 2026');
    expect(formatDateLongVN('2026-02-15')).toBe('ngày 15 tháng 02 năm 2026');
    expect(formatDateLongVN('2026-10-10')).toBe('ngày 10 tháng 10 năm 2026');
    expect(formatDateLongVN(new Date('2026-09-02T08:00:00+07:00'))).toBe('ngày 02 tháng 9 năm 2026');
  });
  it('prefixes the place', () => {
    expect(formatDateLongVN('2026-01-05', 'Mường Lay')).toBe('Mường Lay, ngày 05 tháng 01 năm 2026');
    expect(formatDateLongVN('2026-01-05', '  Điềm  He ')).toBe('Điềm He, ngày 05 tháng 01 năm 2026');
    expect(formatDateLongVN('2026-01-05', '')).toBe('ngày 05 tháng 01 năm 2026');
  });
});

describe('isoDateInVietnam', () => {
  it('turns the UTC evening into the next Vietnamese day', () => {
    expect(isoDateInVietnam(new Date('2026-11-21T16:59:59Z'))).toBe('2026-11-21');
    expect(isoDateInVietnam(new Date('2026-11-21T17:00:00Z'))).toBe('2026-11-22');
  });
});
