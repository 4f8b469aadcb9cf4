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
 * `searchKey` in SQL terms, for the database's stored search keys and query-time folds: take the
 * canonical decomposition (NFD), remove `marks` (the combining diacritics unaccent removes), map
 * `from` to `to` (đ and Đ, and the Latin letters that do not decompose, upper case to lower, so
 * that a database with the "C" character type folds them too), recompose (NFC), lower-case. Of NFC
 * text this equals `searchKey` up to whitespace. (A character map of every accented letter instead
 * of the decomposition costs a linear search per character: 80 times slower in PGlite.)
 */
export const SEARCH_FOLD: { readonly marks: string; readonly from: string; readonly to: string } = (() => {
  let from = 'đĐ';
  let to = 'dd';
  // Latin-1 Supplement and Latin Extended-A: the letters of foreign names that keep their shape.
  for (let cp = 0x00c0; cp <= 0x017f; cp++) {
    const ch = String.fromCodePoint(cp);
    const key = searchKey(ch);
    if (from.includes(ch) || unaccent(ch) !== ch || key.length !== 1 || key === ch) continue;
    from += ch;
    to += key;
  }
  return { marks: '[\\u0300-\\u036f]', from, to };
})();
