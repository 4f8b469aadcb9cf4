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
