import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { formatMoneyVN, formatNumberVN, moneyInWords } from './money.js';

describe('formatNumberVN / formatMoneyVN', () => {
  it('groups with dots', () => {
    expect(formatNumberVN(0)).toBe('0');
    expect(formatNumberVN(999)).toBe('999');
    expect(formatNumberVN(1000)).toBe('1.000');
    expect(formatNumberVN(1234567)).toBe('1.234.567');
    expect(formatNumberVN(-1234567)).toBe('-1.234.567');
    expect(formatNumberVN(1234567.891, 2)).toBe('1.234.567,89');
    expect(formatNumberVN(12345678901234567890n)).toBe('12.345.678.901.234.567.890');
    expect(formatNumberVN(-0.4)).toBe('0');
  });
  it('matches Intl.NumberFormat("vi-VN") for integers (property)', () => {
    const intl = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (n) => {
        expect(formatNumberVN(n)).toBe(intl.format(n));
      }),
    );
  });
  it('formats money with a normal space and đ', () => {
    expect(formatMoneyVN(1234567)).toBe('1.234.567 đ');
    expect(formatMoneyVN(0)).toBe('0 đ');
    expect(formatMoneyVN(2530000.4)).toBe('2.530.000 đ');
    expect(formatMoneyVN(30360000n)).toBe('30.360.000 đ');
  });
});

describe('moneyInWords', () => {
  const cases: [number, string][] = [
    [0, 'Không đồng'],
    [1, 'Một đồng'],
    [5, 'Năm đồng'],
    [10, 'Mười đồng'],
    [11, 'Mười một đồng'],
    [14, 'Mười bốn đồng'],
    [15, 'Mười lăm đồng'],
    [20, 'Hai mươi đồng'],
    [21, 'Hai mươi mốt đồng'],
    [24, 'Hai mươi tư đồng'],
    [25, 'Hai mươi lăm đồng'],
    [55, 'Năm mươi lăm đồng'],
    [99, 'Chín mươi chín đồng'],
    [100, 'Một trăm đồng'],
    [101, 'Một trăm linh một đồng'],
    [104, 'Một trăm linh bốn đồng'],
    [105, 'Một trăm linh năm đồng'],
    [110, 'Một trăm mười đồng'],
    [111, 'Một trăm mười một đồng'],
    [115, 'Một trăm mười lăm đồng'],
    [121, 'Một trăm hai mươi mốt đồng'],
    [1000, 'Một nghìn đồng'],
    [1005, 'Một nghìn không trăm linh năm đồng'],
    [1010, 'Một nghìn không trăm mười đồng'],
    [1021, 'Một nghìn không trăm hai mươi mốt đồng'],
    [1100, 'Một nghìn một trăm đồng'],
    [10000, 'Mười nghìn đồng'],
    [15000, 'Mười lăm nghìn đồng'],
    [21000, 'Hai mươi mốt nghìn đồng'],
    [100000, 'Một trăm nghìn đồng'],
    [105000, 'Một trăm linh năm nghìn đồng'],
    [1_000_000, 'Một triệu đồng'],
    [1_005_000, 'Một triệu không trăm linh năm nghìn đồng'],
    [1_000_005, 'Một triệu không trăm linh năm đồng'],
    [2_530_000, 'Hai triệu năm trăm ba mươi nghìn đồng'],
    [7_590_000, 'Bảy triệu năm trăm chín mươi nghìn đồng'],
    [11_390_000, 'Mười một triệu ba trăm chín mươi nghìn đồng'],
    [30_360_000, 'Ba mươi triệu ba trăm sáu mươi nghìn đồng'],
    [45_540_000, 'Bốn mươi lăm triệu năm trăm bốn mươi nghìn đồng'],
    [1_000_000_000, 'Một tỷ đồng'],
    [1_000_000_001, 'Một tỷ không trăm linh một đồng'],
    [1_005_500_000, 'Một tỷ không trăm linh năm triệu năm trăm nghìn đồng'],
    [2_015_000_000, 'Hai tỷ không trăm mười lăm triệu đồng'],
    [21_000_000_000, 'Hai mươi mốt tỷ đồng'],
    [1_000_000_000_000, 'Một nghìn tỷ đồng'],
    [
      1_234_567_891_011,
      'Một nghìn hai trăm ba mươi tư tỷ năm trăm sáu mươi bảy triệu tám trăm chín mươi mốt nghìn không trăm mười một đồng',
    ],
    [5_000_000_000_005, 'Năm nghìn tỷ không trăm linh năm đồng'],
    [
      999_999_999_999_999,
      'Chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng',
    ],
    [1e15, 'Một triệu tỷ đồng'],
  ];
  it.each(cases)('%d', (n, words) => {
    expect(moneyInWords(n)).toBe(words);
  });
  it('accepts bigint', () => {
    expect(moneyInWords(7_590_000n)).toBe('Bảy triệu năm trăm chín mươi nghìn đồng');
  });
  it('rejects negatives, fractions and amounts above 10^15', () => {
    expect(() => moneyInWords(-1)).toThrow(RangeError);
    expect(() => moneyInWords(1.5)).toThrow(RangeError);
    expect(() => moneyInWords(1e15 + 1)).toThrow(RangeError);
    expect(() => moneyInWords(Number.NaN)).toThrow(RangeError);
    expect(() => moneyInWords(10n ** 18n)).toThrow(RangeError);
  });
  it('is NFC, single-spaced and capitalised (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e15 }), (n) => {
        const w = moneyInWords(n);
        expect(w).toBe(w.normalize('NFC'));
        expect(w).toMatch(/^\p{Lu}[\p{Ll} ]* đồng$/u);
        expect(w).not.toMatch(/ {2}/u);
      }),
    );
  });
});
