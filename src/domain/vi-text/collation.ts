// Vietnamese collation: Intl.Collator('vi') comparison, and an emulation of its ICU sort key as a
// printable ASCII string, so that a database can ORDER BY a plain "C"-collated column.
//
// ICU compares strings level by level over the whole string: first the sequence of primary
// weights (base characters: space < punctuation < digits < letters, with the Vietnamese tailoring
// a < ă < â, d < đ, e < ê, o < ô < ơ, u < ư), then the sequence of secondary weights (each
// character contributes one entry, "common" for plain letters, and each tone mark one more entry,
// ordered grave < hook < tilde < acute < dot below), then tertiary weights (lowercase < uppercase).
// A key is `primary ! secondary ! tertiary`, with '!' lower than every weight, so that a
// shorter sequence sorts first, as in ICU. Characters not listed below (other scripts, Latin
// letters with non-Vietnamese diacritics such as ç ñ ß æ, rare symbols) get a fallback weight
// '~' + 6 hex digits after every letter; only there does the key differ from Intl.Collator('vi').

import { cleanText } from './normalize.js';

/** Intl.Collator('vi') with tones and case significant (sensitivity 'variant'). */
export const viCollator = new Intl.Collator('vi', { sensitivity: 'variant' });

export const codeUnitCompare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Vietnamese order of two texts (cleaned first), ties broken by code-unit order: a total order. */
export function compareText(a: string, b: string): number {
  const ca = cleanText(a);
  const cb = cleanText(b);
  return viCollator.compare(ca, cb) || codeUnitCompare(ca, cb);
}

const LEVEL_SEP = '!';

/** Vietnamese alphabet order, with f j w z placed in Latin order. */
export const VI_ALPHABET = [
  'a',
  'ă',
  'â',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'ê',
  'f',
  'g',
  'h',
  'i',
  'j',
  'k',
  'l',
  'm',
  'n',
  'o',
  'ô',
  'ơ',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'ư',
  'v',
  'w',
  'x',
  'y',
  'z',
] as const;

/** ICU root primary order of space, ASCII punctuation, symbols and digits (measured with Node's ICU). */
const BEFORE_LETTERS = [...' _-\u2013,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789'];
/** ʼ (U+02BC, modifier letter apostrophe) sorts after the Latin letters. */
const AFTER_LETTERS = ['\u02bc'];

const PRIMARY = new Map<string, string>(
  [...BEFORE_LETTERS, ...VI_ALPHABET, ...AFTER_LETTERS].map((ch, i) => [ch, String.fromCharCode(0x22 + i)]),
);

/** Characters that share a primary weight with another one and differ at the secondary level. */
const SECONDARY_VARIANT = new Map<string, [base: string, secondary: string]>([
  ['\u2018', ["'", '1']], // ‘ left single quotation mark
  ['\u2019', ["'", '2']], // ’ right single quotation mark, often typed for the apostrophe in H’Hen
]);

/** Vowel modifiers that make a separate letter: base + mark -> letter (NFD base + combining mark). */
const MODIFIED = new Map<string, string>([
  ['a\u0306', 'ă'],
  ['a\u0302', 'â'],
  ['e\u0302', 'ê'],
  ['o\u0302', 'ô'],
  ['o\u031b', 'ơ'],
  ['u\u031b', 'ư'],
]);

const COMMON = '0';
/** Tone marks, in the order of the CLDR 'vi' tailoring: grave < hook above < tilde < acute < dot below. */
const TONE_SECONDARY = new Map<string, string>([
  ['\u0300', '3'],
  ['\u0309', '4'],
  ['\u0303', '5'],
  ['\u0301', '6'],
  ['\u0323', '7'],
]);
const LOWER = '0';
const UPPER = '1';

const fallback = (ch: string): string => `~${ch.codePointAt(0)!.toString(16).padStart(6, '0')}`;

const isMark = (ch: string): boolean => /\p{M}/u.test(ch);

/**
 * ICU-style collation key of a string (taken as is: clean it first): plain code-unit order of
 * keys equals Intl.Collator('vi') order, and equal keys mean the collator finds the strings equal.
 */
export function collationKey(part: string): string {
  let primary = '';
  let secondary = '';
  let tertiary = '';
  const chars = [...part.normalize('NFD')];
  for (let i = 0; i < chars.length; ) {
    const base = chars[i++];
    const marks: string[] = [];
    while (i < chars.length && isMark(chars[i])) marks.push(chars[i++]);
    if (isMark(base)) {
      // Stray marks with no base letter: secondary-only elements, every one of them (the marks
      // gathered after the first count too, as for Intl.Collator).
      for (const m of [base, ...marks]) {
        secondary += TONE_SECONDARY.get(m) ?? fallback(m);
        tertiary += LOWER;
      }
      continue;
    }
    const variant = SECONDARY_VARIANT.get(base);
    const lower = variant ? variant[0] : base.toLowerCase();
    let letter = lower;
    const modIdx = marks.findIndex((m) => MODIFIED.has(lower + m));
    if (modIdx >= 0) {
      letter = MODIFIED.get(lower + marks[modIdx])!;
      marks.splice(modIdx, 1);
    }
    primary += PRIMARY.get(letter) ?? fallback(letter);
    secondary += variant ? variant[1] : COMMON;
    tertiary += !variant && base !== lower ? UPPER : LOWER;
    for (const m of marks) {
      secondary += TONE_SECONDARY.get(m) ?? fallback(m);
      tertiary += LOWER;
    }
  }
  return primary + LEVEL_SEP + secondary + LEVEL_SEP + tertiary;
}

/** Sort key for any text (e.g. organisation names): code-unit order of keys equals `compareText`. */
export function textSortKey(text: string): string {
  const t = cleanText(text);
  return `${collationKey(t)} ${t}`;
}
