import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { collationKey, compareText, textSortKey, viCollator } from './collation.js';

const byKey = (a: string, b: string): number => {
  const ka = textSortKey(a);
  const kb = textSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

const ORG_WORDS = [
  'Phòng',
  'Văn',
  'hóa',
  'hoá',
  'Xã',
  'hội',
  'phường',
  'Mường',
  'Lay',
  'Bạch',
  'Đằng',
  'xã',
  'Điềm',
  'He',
  'Xuân',
  'Trường',
  'UBND',
  'Ủy',
  'Uỷ',
  'ban',
  'nhân',
  'dân',
  'tỉnh',
  'Sơn',
  'La',
  'Trường',
  'THCS',
  'số',
  '2',
  '10',
  '-',
  '(cũ)',
  'Hội',
  'Liên',
  'hiệp',
  'Phụ',
  'nữ',
  'Đoàn',
  'Thanh',
  'niên',
  'Cụm',
  'thi',
  'đua',
  '05',
  'Khối',
];
const orgNameArb = fc.array(fc.constantFrom(...ORG_WORDS), { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
const TEXT_CHARS = [
  ..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ0129 -.,()/'‘’ʼ",
  '\u0300',
  '\u0309',
  '\u0303',
  '\u0301',
  '\u0323',
];
const textArb = fc.array(fc.constantFrom(...TEXT_CHARS), { maxLength: 12 }).map((cs) => cs.join(''));

describe('compareText', () => {
  it('orders Vietnamese letters, tones and case like Intl.Collator("vi")', () => {
    const words = ['đa', 'Da', 'da', 'dà', 'dá', 'dạ', 'dả', 'dã', 'ăn', 'ân', 'an', 'ư', 'u', 'ơ', 'ô', 'o'];
    expect([...words].sort(compareText)).toEqual([
      'an',
      'ăn',
      'ân',
      'da',
      'Da',
      'dà',
      'dả',
      'dã',
      'dá',
      'dạ',
      'đa',
      'o',
      'ô',
      'ơ',
      'u',
      'ư',
    ]);
  });
  it('is total: 0 only for the same cleaned text', () => {
    expect(compareText(' Điềm  He', 'Điềm He'.normalize('NFD'))).toBe(0);
    expect(compareText('Hoà', 'Hòa')).not.toBe(0);
  });
});

describe('collationKey / textSortKey', () => {
  it('orders like the collator (property)', () => {
    fc.assert(
      fc.property(fc.oneof(textArb, orgNameArb), fc.oneof(textArb, orgNameArb), (a, b) => {
        const ka = collationKey(a.normalize('NFC'));
        const kb = collationKey(b.normalize('NFC'));
        expect(Math.sign(ka < kb ? -1 : ka > kb ? 1 : 0)).toBe(Math.sign(viCollator.compare(a, b)));
      }),
      { numRuns: 5000 },
    );
  });
  it('textSortKey sorts like compareText (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(textArb, orgNameArb), { maxLength: 30 }), (xs) => {
        expect([...xs].sort(byKey)).toEqual([...xs].sort(compareText));
      }),
      { numRuns: 500 },
    );
  });
  it('puts shorter prefixes and digits first', () => {
    const names = ['Trường THCS số 10', 'Trường THCS số 2', 'Trường THCS', 'Trường THCS số 2 (cũ)', 'Trường Tiểu học'];
    expect([...names].sort(byKey)).toEqual([
      'Trường THCS',
      'Trường THCS số 10',
      'Trường THCS số 2',
      'Trường THCS số 2 (cũ)',
      'Trường Tiểu học',
    ]);
  });
});
