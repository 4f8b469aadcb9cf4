import { describe, it, expect } from 'vitest';
import { SEARCH_FOLD, cleanText, matchesSearch, nfc, searchKey, unaccent } from './normalize.js';

describe('nfc / cleanText', () => {
  it('composes NFD input', () => {
    const nfd = 'Nguyễn Văn Đức'.normalize('NFD');
    expect(nfc(nfd)).toBe('Nguyễn Văn Đức');
    expect(nfc(nfd).length).toBeLessThan(nfd.length);
  });
  it('trims and collapses whitespace', () => {
    expect(cleanText('  Nguyễn \t Văn\n\nAn  ')).toBe('Nguyễn Văn An');
    expect(cleanText('\u00a0Lê\u00a0Thị  Hoa ')).toBe('Lê Thị Hoa');
    expect(cleanText('   ')).toBe('');
  });
});

describe('unaccent / searchKey', () => {
  it('strips every Vietnamese diacritic and maps đ', () => {
    expect(unaccent('Nguyễn Văn Đức')).toBe('Nguyen Van Duc');
    expect(unaccent('đường ĐÔNG Ưng Ợ ậy')).toBe('duong DONG Ung O ay');
    expect(unaccent('àáảãạăằắẳẵặâầấẩẫậ')).toBe('a'.repeat(17));
    expect(unaccent('èéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ')).toBe(
      'eeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyy',
    );
  });
  it('works on NFD input', () => {
    expect(unaccent('Trần Thị Thuỷ'.normalize('NFD'))).toBe('Tran Thi Thuy');
  });
  it('builds lowercase collapsed keys', () => {
    expect(searchKey('  Nguyễn   Văn  An ')).toBe('nguyen van an');
    expect(searchKey('ĐIỀM HE')).toBe('diem he');
  });
});

describe('matchesSearch', () => {
  const key = searchKey('Nguyễn Văn Đức - Phường Mường Lay');
  it('matches accent-free and accented queries', () => {
    expect(matchesSearch(key, 'nguyen van duc')).toBe(true);
    expect(matchesSearch(key, 'Đức')).toBe(true);
    expect(matchesSearch(key, 'đ')).toBe(true);
    expect(matchesSearch(key, 'd')).toBe(true);
    expect(matchesSearch(key, 'muong  LAY   nguyen')).toBe(true);
  });
  it('requires every word', () => {
    expect(matchesSearch(key, 'nguyen thi')).toBe(false);
  });
  it('empty query matches everything', () => {
    expect(matchesSearch(key, '  ')).toBe(true);
  });
});

describe('SEARCH_FOLD (the database side of searchKey)', () => {
  // What src/db/fold.ts has SQL compute: NFD, remove the marks, translate(from, to), NFC, then
  // lower() — which in a database with the "C" character type lowers ASCII letters only.
  const map = new Map([...SEARCH_FOLD.from].map((c, i) => [c, [...SEARCH_FOLD.to][i]]));
  const sqlFold = (s: string) =>
    [...s.normalize('NFD').replace(new RegExp(SEARCH_FOLD.marks, 'gu'), '')]
      .map((c) => map.get(c) ?? c)
      .join('')
      .normalize('NFC')
      .replace(/[A-Z]/g, (x) => x.toLowerCase());

  it('maps one letter to one letter, as searchKey does', () => {
    expect([...SEARCH_FOLD.from]).toHaveLength([...SEARCH_FOLD.to].length);
    for (const [c, k] of map) expect(searchKey(c)).toBe(k);
  });

  it('folds every Vietnamese letter, in both cases, as searchKey does', () => {
    const vowels = 'aăâeêioôơuưy';
    const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
    const letters = [...vowels].flatMap((v) => tones.map((t) => (v + t).normalize('NFC')));
    const all = [...letters, 'đ', 'b', 'c', 'd', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'q', 'r', 's', 't', 'v', 'x'].join(
      '',
    );
    expect(all).toHaveLength(12 * 6 + 17);
    expect(sqlFold(all)).toBe(searchKey(all));
    expect(sqlFold(all.toUpperCase())).toBe(searchKey(all.toUpperCase()));
  });

  it('agrees with searchKey on names, titles, decision numbers and foreign names', () => {
    for (const s of [
      'Nguyễn Thị Ánh Tuyết',
      'ĐẶNG VĂN ĐỨC',
      'Phong trào “Thi đua Quyết thắng” năm 2026',
      'Số 12/QĐ-UBND',
      'Trường THCS Lê Quý Đôn',
      'ŒUVRE Ærø Ñandú ŁÓDŹ Þór',
    ])
      expect(sqlFold(s)).toBe(searchKey(s));
  });
});
