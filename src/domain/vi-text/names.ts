// Vietnamese personal names: splitting, Vietnamese-style ordering, and a byte-orderable sort key.
import { codeUnitCompare, collationKey, viCollator as collator } from './collation.js';
import { cleanText } from './normalize.js';

export interface NameParts {
  /** Họ: the first word. Empty for one-word names. */
  family: string;
  /** Tên đệm: every word between family and given name (may contain spaces, may be empty). */
  middle: string;
  /** Tên: the last word. */
  given: string;
}

/** "Nguyễn Thị Hồng Nhung" -> { family: 'Nguyễn', middle: 'Thị Hồng', given: 'Nhung' }. */
export function splitName(fullName: string): NameParts {
  const words = cleanText(fullName).split(' ').filter(Boolean);
  if (words.length === 0) return { family: '', middle: '', given: '' };
  if (words.length === 1) return { family: '', middle: '', given: words[0] };
  return { family: words[0], middle: words.slice(1, -1).join(' '), given: words[words.length - 1] };
}

/**
 * Vietnamese ordering of people: by given name, then middle name, then family name
 * (each with Intl.Collator('vi'), tones and case significant), ties broken by the code-unit order
 * of the cleaned full name so that the order is total.
 */
export function compareNames(a: string, b: string): number {
  const ca = cleanText(a);
  const cb = cleanText(b);
  const pa = splitName(ca);
  const pb = splitName(cb);
  return (
    collator.compare(pa.given, pb.given) ||
    collator.compare(pa.middle, pb.middle) ||
    collator.compare(pa.family, pb.family) ||
    codeUnitCompare(ca, cb)
  );
}

/**
 * A string whose plain code-unit order (JavaScript `<`, or a database column with "C" collation)
 * equals the `compareNames` order. Printable ASCII except for the trailing full name (the final
 * tie-breaker). Store it in an indexed column and ORDER BY it.
 */
export function nameSortKey(fullName: string): string {
  const full = cleanText(fullName);
  const { family, middle, given } = splitName(full);
  return [collationKey(given), collationKey(middle), collationKey(family), full].join(' ');
}
