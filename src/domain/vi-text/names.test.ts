import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { compareNames, nameSortKey, splitName } from './names.js';

const byKey = (a: string, b: string): number => {
  const ka = nameSortKey(a);
  const kb = nameSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

describe('splitName', () => {
  it('splits family, middle, given', () => {
    expect(splitName('Nguyễn Thị Hồng Nhung')).toEqual({ family: 'Nguyễn', middle: 'Thị Hồng', given: 'Nhung' });
    expect(splitName('  Lê   Văn  Đức ')).toEqual({ family: 'Lê', middle: 'Văn', given: 'Đức' });
    expect(splitName('Lò Hùng')).toEqual({ family: 'Lò', middle: '', given: 'Hùng' });
    expect(splitName('Mai')).toEqual({ family: '', middle: '', given: 'Mai' });
    expect(splitName('')).toEqual({ family: '', middle: '', given: '' });
  });
  it('returns NFC parts', () => {
    expect(splitName('Trần Văn Đức'.normalize('NFD')).given).toBe('Đức');
  });
});

describe('compareNames', () => {
  it('orders by given name first', () => {
    expect(compareNames('Trần Văn An', 'Nguyễn Thị Bình')).toBeLessThan(0);
    expect(compareNames('Nguyễn Thị Bình', 'Trần Văn An')).toBeGreaterThan(0);
  });
  it('puts đ after d', () => {
    expect(compareNames('Lê Văn Đức', 'Lê Văn Dũng')).toBeGreaterThan(0);
  });
  it('then middle, then family', () => {
    expect(compareNames('Trần Thị Mai', 'Hoàng Văn Mai')).toBeLessThan(0); // Thị < Văn
    expect(compareNames('Lê Văn Mai', 'Trần Văn Mai')).toBeLessThan(0);
    expect(compareNames('Trần Mai', 'Lê Văn Mai')).toBeLessThan(0); // no middle name first
  });
  it('follows Vietnamese letter and tone order', () => {
    const names = ['Ân', 'Ấn', 'Ăn', 'Án', 'An', 'Ản', 'Ạn', 'Àn', 'Ẫn', 'Bình', 'Anh'];
    expect([...names].sort(compareNames)).toEqual([
      'An',
      'Àn',
      'Ản',
      'Án',
      'Ạn',
      'Anh',
      'Ăn',
      'Ân',
      'Ẫn',
      'Ấn',
      'Bình',
    ]);
  });
  it('is 0 only for the same cleaned name', () => {
    expect(compareNames('Lê  Văn An', 'Lê Văn An'.normalize('NFD'))).toBe(0);
    expect(compareNames('lê văn an', 'Lê Văn An')).not.toBe(0);
  });
});

// ---- nameSortKey must reproduce compareNames under plain `<` ------------------------------

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Lò',
  'Quàng',
  'Cầm',
  'Điêu',
  'Tòng',
  'Vì',
  'Mùa',
  'Giàng',
  'Thào',
  'Sùng',
  'Đinh',
  'Ưng',
  'Ông',
  'Ksor',
  'Rơ',
  'Y',
];
const MIDDLE = [
  'Văn',
  'Thị',
  'Hữu',
  'Đức',
  'Thanh',
  'Minh',
  'Ngọc',
  'Xuân',
  'Thu',
  'Hồng',
  'Quốc',
  'Gia',
  'Bảo',
  'Kim',
  'Anh',
  'Thành',
  'Công',
  'Đình',
  'Mạnh',
  'Phương',
  'Tuấn',
  'Ánh',
  'Ân',
  'Ơn',
];
const GIVEN = [
  'An',
  'Anh',
  'Ánh',
  'Ân',
  'Bình',
  'Cường',
  'Dũng',
  'Dung',
  'Đức',
  'Đạt',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hoa',
  'Hoà',
  'Hòa',
  'Hùng',
  'Hương',
  'Khánh',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Minh',
  'Nam',
  'Nga',
  'Ngọc',
  'Nhung',
  'Oanh',
  'Phúc',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Thuỷ',
  'Thủy',
  'Trang',
  'Tú',
  'Uyên',
  'Vân',
  'Yến',
  'Ơn',
  'Ưng',
  'Ấn',
  'Ăn',
  'Ằn',
  'Đào',
  'Dao',
  "H'Hen",
  'H’Bia',
  'Y-Ngông',
  'Kpă',
  'Niê',
];

const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const TONE_RE = /[\u0300\u0309\u0303\u0301\u0323]/u;

/** Replace the tone of a word (NFD: any one tone mark) with another tone on the same vowel position. */
function retone(word: string, tone: string): string {
  const d = word.normalize('NFD');
  const m = TONE_RE.exec(d);
  if (m) return (d.slice(0, m.index) + tone + d.slice(m.index + 1)).normalize('NFC');
  // toneless word: put the tone after the first vowel (plus its vowel modifiers)
  const v = /[aeiouyAEIOUY][\u0302\u0306\u031b]?/u.exec(d);
  if (!v) return word;
  const at = v.index + v[0].length;
  return (d.slice(0, at) + tone + d.slice(at)).normalize('NFC');
}

const caseVariant = (word: string, mode: number): string =>
  mode === 0
    ? word
    : mode === 1
      ? word.toLowerCase()
      : mode === 2
        ? word.toUpperCase()
        : [...word].map((c, i) => (i % 2 ? c.toUpperCase() : c.toLowerCase())).join('');

const wordArb = (list: string[]) =>
  fc
    .tuple(fc.constantFrom(...list), fc.option(fc.constantFrom(...TONES), { nil: undefined }), fc.nat(6))
    .map(([w, tone, mode]) => caseVariant(tone === undefined ? w : retone(w, tone), mode > 3 ? 0 : mode));

const realisticNameArb = fc
  .tuple(wordArb(FAMILY), fc.array(wordArb(MIDDLE), { maxLength: 3 }), wordArb(GIVEN), fc.nat(9))
  .map(([f, m, g, shape]) => (shape === 0 ? g : [f, ...m, g].join(' ')));

// Exotic: random syllables over the whole Vietnamese alphabet with any tone, any case, NFC or NFD.
const VI_LETTERS = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyfjwz'];
const VOWELS = [...'aăâeêioôơuưy'];
const syllableArb = fc
  .array(fc.tuple(fc.constantFrom(...VI_LETTERS), fc.constantFrom(...TONES), fc.boolean(), fc.nat(3)), {
    minLength: 1,
    maxLength: 6,
  })
  .map((cs) =>
    cs
      .map(([l, tone, upper, p]) => {
        const withTone = VOWELS.includes(l) && p === 0 ? (l + tone).normalize('NFC') : l;
        return upper ? withTone.toUpperCase() : withTone;
      })
      .join(''),
  );
const exoticNameArb = fc
  .tuple(fc.array(syllableArb, { minLength: 1, maxLength: 5 }), fc.boolean())
  .map(([ws, nfd]) => (nfd ? ws.join(' ').normalize('NFD') : ws.join(' ')));

// Wide: the whole supported repertoire (letters, digits, ASCII punctuation, ‘ ’ ʼ, stray tone marks).
const WIDE_CHARS = [...VI_LETTERS, ...'AĂÂĐÊÔƠƯZ0123456789_-–,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$‘’ʼ', ...TONES.slice(1)];
const wideNameArb = fc
  .array(
    fc.array(fc.constantFrom(...WIDE_CHARS), { minLength: 1, maxLength: 5 }).map((cs) => cs.join('')),
    {
      minLength: 1,
      maxLength: 4,
    },
  )
  .map((ws) => ws.join(' '));

describe('nameSortKey', () => {
  it('gives the examples the compareNames order', () => {
    expect(nameSortKey('Trần Văn An') < nameSortKey('Nguyễn Thị Bình')).toBe(true);
    expect(nameSortKey('Lê Văn Dũng') < nameSortKey('Lê Văn Đức')).toBe(true);
    expect(nameSortKey('Trần Mai') < nameSortKey('Lê Văn Mai')).toBe(true);
    expect(nameSortKey('Mai') < nameSortKey('Trần Mai')).toBe(true);
  });
  it('handles apostrophes and hyphens of Tây Nguyên names like Intl.Collator', () => {
    const names = ['Ksor H’Bia', "Ksor H'Bia", 'Niê H‘Bia', 'Y-Ngông Niê', 'Hbia', 'H Bia', 'H-Bia'];
    expect([...names].sort(byKey)).toEqual([...names].sort(compareNames));
  });
  it('counts every stray mark of a word with no base letter (a counterexample fast-check found)', () => {
    const names = ['\u0309\u0303', 'a \u0309'];
    expect([...names].sort(byKey)).toEqual([...names].sort(compareNames));
  });
  it('documents where it leaves Intl.Collator: letters outside the Vietnamese alphabet', () => {
    // ICU sorts ß as "ss"; the key puts every unknown character after z.
    expect(compareNames('Sa', 'ßa')).toBeLessThan(0);
    expect(compareNames('ßa', 'Ta')).toBeLessThan(0);
    expect(byKey('ßa', 'Ta')).toBeGreaterThan(0);
  });
  it('is printable ASCII up to the trailing full name, and NFC/whitespace-insensitive', () => {
    const key = nameSortKey('  Nguyễn  Thị Hồng   Nhung ');
    expect(key.endsWith(' Nguyễn Thị Hồng Nhung')).toBe(true);
    expect(key.slice(0, -'Nguyễn Thị Hồng Nhung'.length)).toMatch(/^[\x20-\x7e]+$/);
    expect(nameSortKey('Nguyễn Thị Hồng Nhung'.normalize('NFD'))).toBe(key);
  });

  const sameOrder = (names: string[]) => {
    const expected = [...names].sort(compareNames);
    const actual = [...names].sort(byKey);
    expect(actual).toEqual(expected);
  };

  it('sorts realistic names exactly like compareNames (property)', () => {
    fc.assert(fc.property(fc.array(realisticNameArb, { maxLength: 40 }), sameOrder), { numRuns: 500 });
  });

  it('sorts random Vietnamese syllables exactly like compareNames (property)', () => {
    fc.assert(fc.property(fc.array(exoticNameArb, { maxLength: 30 }), sameOrder), { numRuns: 500 });
  });

  it('sorts names with digits, punctuation and stray marks exactly like compareNames (property)', () => {
    fc.assert(fc.property(fc.array(wideNameArb, { maxLength: 30 }), sameOrder), { numRuns: 300 });
  });

  it('agrees with compareNames pairwise, including sign of ties (property)', () => {
    const sign = (n: number) => Math.sign(n);
    fc.assert(
      fc.property(
        fc.oneof(realisticNameArb, exoticNameArb, wideNameArb),
        fc.oneof(realisticNameArb, exoticNameArb, wideNameArb),
        (a, b) => {
          expect(sign(byKey(a, b))).toBe(sign(compareNames(a, b)));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
