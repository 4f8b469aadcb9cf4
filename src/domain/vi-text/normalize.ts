// Text normalisation and accent-insensitive search keys for Vietnamese.

/** Unicode NFC normalisation (the canonical form stored everywhere). */
export function nfc(s: string): string {
  return s.normalize('NFC');
}

/** NFC + trim + collapse every run of whitespace to one space. Apply to all user input. */
export function cleanText(s: string): string {
  return nfc(s).replace(/\s+/gu, ' ').trim();
}

const COMBINING_MARKS = /[\u0300-\u036f]/gu;

/** Strip diacritics (tones and vowel marks), mapping đ→d and Đ→D. Accepts NFC or NFD input; returns NFC. */
export function unaccent(s: string): string {
  return s.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D').normalize('NFC');
}

/** Accent- and case-insensitive key: "Nguyễn  Văn Đức" -> "nguyen van duc". */
export function searchKey(s: string): string {
  return cleanText(unaccent(s)).toLowerCase();
}

/**
 * True when every word of the query occurs (as a substring) in the haystack key.
 * `haystackKey` must already be a `searchKey`; the query is keyed here. An empty query matches.
 */
export function matchesSearch(haystackKey: string, query: string): boolean {
  const words = searchKey(query).split(' ').filter(Boolean);
  return words.every((w) => haystackKey.includes(w));
}

/**
 * `searchKey` as a character map, for SQL: `lower(translate(text, from, to))` of NFC text equals
 * `searchKey(text)` up to whitespace (every Latin letter with a diacritic, in either case, maps to
 * its plain lower-case letter; `lower` takes the rest). The stored search keys of the database
 * (generated columns, see src/db/schema.ts) and the query's words are thus folded alike.
 */
export const SEARCH_FOLD: { readonly from: string; readonly to: string } = (() => {
  let from = '';
  let to = '';
  // Latin-1 Supplement, Latin Extended-A/B and Latin Extended Additional (Vietnamese letters).
  for (const [lo, hi] of [
    [0x00c0, 0x024f],
    [0x1e00, 0x1eff],
  ] as const)
    for (let cp = lo; cp <= hi; cp++) {
      const ch = String.fromCodePoint(cp);
      const key = searchKey(ch);
      if (key.length !== 1 || key === ch || /\s/u.test(key)) continue;
      from += ch;
      to += key;
    }
  return { from, to };
})();
