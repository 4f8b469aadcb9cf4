import { describe, it, expect } from 'vitest';
import { cleanText, matchesSearch, nfc, searchKey, unaccent } from './normalize.js';

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
