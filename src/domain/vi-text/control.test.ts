import { describe, expect, it } from 'vitest';
import { badCharMessage, cleanName, findBadChar, stripInvisible } from './control.js';

const NUL = String.fromCharCode(0);

describe('findBadChar', () => {
  it('accepts ordinary Vietnamese text, tabs, line breaks and astral characters (a whole pair)', () => {
    expect(findBadChar('Nguyễn Thị Hồng Nhung')).toBeNull();
    expect(findBadChar('Dòng 1\r\nDòng 2\tcột')).toBeNull();
    expect(findBadChar('Chữ Nôm 𠀧 và 😀')).toBeNull();
    expect(findBadChar('')).toBeNull();
  });

  it('finds NUL, other C0 controls and DEL, with their position', () => {
    expect(findBadChar(`ab${NUL}c`)).toEqual({ kind: 'nul', index: 2, codePoint: 'U+0000' });
    expect(findBadChar('a\u0007')).toEqual({ kind: 'control', index: 1, codePoint: 'U+0007' });
    expect(findBadChar('\u001B[31m')).toMatchObject({ kind: 'control', codePoint: 'U+001B' });
    expect(findBadChar('x\u007F')).toMatchObject({ kind: 'control', codePoint: 'U+007F' });
    expect(findBadChar('\u000B')).toMatchObject({ kind: 'control', codePoint: 'U+000B' });
  });

  it('finds half a surrogate pair, high or low, at either end or in the middle', () => {
    expect(findBadChar('a\uD800')).toEqual({ kind: 'surrogate', index: 1, codePoint: 'U+D800' });
    expect(findBadChar('\uDC00b')).toEqual({ kind: 'surrogate', index: 0, codePoint: 'U+DC00' });
    expect(findBadChar('😀\uDE00')).toMatchObject({ kind: 'surrogate', index: 2 });
    expect(findBadChar('\uD83D\uD83D\uDE00')).toMatchObject({ kind: 'surrogate', index: 0 });
  });

  it('reports whichever comes first', () => {
    expect(findBadChar(`\uD800${NUL}`)!.kind).toBe('surrogate');
    expect(findBadChar(`${NUL}\uD800`)!.kind).toBe('nul');
  });

  it('says what is wrong in Vietnamese', () => {
    expect(badCharMessage(findBadChar(NUL)!)).toBe('Chứa ký tự rỗng (NUL, U+0000), không được phép.');
    expect(badCharMessage(findBadChar('\u0001')!)).toMatch(/ký tự điều khiển.*U\+0001/);
    expect(badCharMessage(findBadChar('\uDFFF')!)).toMatch(/Unicode hỏng.*U\+DFFF/);
  });
});

describe('names', () => {
  it('loses zero-width, bidirectional and other invisible formatting characters', () => {
    expect(stripInvisible('Lò\u200B Thùy\u202E Anh\uFEFF')).toBe('Lò Thùy Anh');
    expect(stripInvisible('\u2066Đỗ\u2069 \u200EVăn\u200F \u00ADHùng\u2060')).toBe('Đỗ Văn Hùng');
  });

  it('is NFC, trimmed and single-spaced, so a decomposed name equals the composed one', () => {
    const decomposed = 'Nguye\u0302\u0303n  Thi\u0323\u200D  Ho\u0302\u0300ng '.normalize('NFD');
    expect(cleanName(decomposed)).toBe('Nguyễn Thị Hồng');
    expect(cleanName(decomposed)).toBe(cleanName('Nguyễn Thị Hồng'));
  });

  it('rejoins a letter and its tone mark that an invisible character had separated', () => {
    // "ê" + ZWJ + combining tilde: once the joiner goes, NFC composes "ễ".
    expect(cleanName('Nguye\u0302\u200D\u0303n')).toBe('Nguyễn');
  });
});
