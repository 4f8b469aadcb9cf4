// The fixed wordings of an NĐ 30 document, as pure functions: number line, place-date line,
// signature lines, legal bases and receivers' punctuation, Roman numerals.
import { cleanText, formatDateLongVN, nfc } from '../../domain/vi-text/index.js';
import type { IsoDate, Nd30Number, PendingDate } from './types.js';

/** Room left for a handwritten number or day (six spaces, as clerks leave in Word). */
export const BLANK = '      ';

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * 'Số: 12/QĐ-UBND'; numbers below 10 take a leading zero ('Số: 05/QĐ-UBND'); an unregistered
 * document leaves the number blank: 'Số:      /KH-UBND'.
 */
export function numberLine(n: Nd30Number): string {
  const symbol = cleanText(n.symbol).replace(/^\/+/u, '');
  const raw = n.value;
  let value: string;
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) value = BLANK;
  else if (typeof raw === 'number') {
    if (!Number.isInteger(raw) || raw < 1) throw new RangeError(`Document number must be a positive integer: ${raw}`);
    value = pad2(raw);
  } else value = /^\d$/u.test(raw.trim()) ? pad2(Number(raw.trim())) : cleanText(raw);
  return value === BLANK ? `Số:${BLANK}/${symbol}` : `Số: ${value}/${symbol}`;
}

/** True for a date still to be filled in by hand. */
export function isPendingDate(d: IsoDate | PendingDate): d is PendingDate {
  return typeof d === 'object' && d !== null;
}

/**
 * 'Mường Lay, ngày 05 tháng 01 năm 2026' (NĐ 30: days below 10 and months 1–2 take a leading
 * zero), or with blanks for a pending date: 'Mường Lay, ngày      tháng 01 năm 2026'.
 */
export function placeDateLine(place: string, date: IsoDate | PendingDate): string {
  const where = cleanText(place);
  if (!isPendingDate(date)) return formatDateLongVN(date, where);
  const { year, month } = date;
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Invalid year: ${year}`);
  if (month !== undefined && (!Number.isInteger(month) || month < 1 || month > 12)) {
    throw new RangeError(`Invalid month: ${month}`);
  }
  const m = month === undefined ? BLANK : month <= 2 ? pad2(month) : String(month);
  const text = `ngày${BLANK}tháng${month === undefined ? m : ` ${m} `}năm ${year}`;
  return where ? `${where}, ${text}` : text;
}

/** The year of a date or pending date. */
export function yearOf(date: IsoDate | PendingDate): number {
  return isPendingDate(date) ? date.year : Number(date.slice(0, 4));
}

/**
 * The signature lines for a signer:
 * - `signerLines({ position: 'CHỦ TỊCH' })` → ['CHỦ TỊCH'] (the chairman's own competence);
 * - `signerLines({ onBehalfOf: 'ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH' })` → ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'];
 * - with `deputyFor: 'CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH'` a 'KT. CHỦ TỊCH' line goes before the position;
 * - `actingFor` gives 'Q. …', `authorisedBy` gives 'TUQ. …', `delegatedBy` gives 'TL. …'.
 */
export function signerLines(s: {
  position: string;
  onBehalfOf?: string;
  deputyFor?: string;
  actingFor?: string;
  delegatedBy?: string;
  authorisedBy?: string;
}): string[] {
  const lines: string[] = [];
  if (s.onBehalfOf) lines.push(`TM. ${cleanText(s.onBehalfOf)}`);
  if (s.deputyFor) lines.push(`KT. ${cleanText(s.deputyFor)}`);
  if (s.delegatedBy) lines.push(`TL. ${cleanText(s.delegatedBy)}`);
  if (s.authorisedBy) lines.push(`TUQ. ${cleanText(s.authorisedBy)}`);
  lines.push(s.actingFor ? `Q. ${cleanText(s.actingFor)}` : cleanText(s.position));
  return lines;
}

/**
 * Legal bases with the decree's punctuation: each ends with ';', the last with '.'. A basis that
 * ends with ':' (it introduces what follows) is kept as written.
 */
export function punctuateBases(bases: readonly string[]): string[] {
  return bases.map((raw, i) => {
    const b = cleanText(raw);
    if (b.endsWith(':')) return b;
    const stem = b.replace(/[\s;.,]+$/u, '');
    return `${stem}${i === bases.length - 1 ? '.' : ';'}`;
  });
}

/**
 * The receivers' lines: '- X;' each, the archive line last ('- Lưu: VT, VHXH.'). Leading dashes
 * and trailing punctuation in the input are normalised; a last receiver that already starts with
 * 'Lưu' serves as the archive line.
 */
export function recipientLines(recipients: readonly string[], archive: readonly string[] = ['VT']): string[] {
  const items = recipients
    .map((r) =>
      cleanText(r)
        .replace(/^[-–+•]\s*/u, '')
        .replace(/[\s;.,]+$/u, ''),
    )
    .filter(Boolean);
  const last = items.at(-1);
  const archiveLine =
    last !== undefined && /^lưu\b/iu.test(last)
      ? items.pop()!.replace(/^lưu\s*:?\s*/iu, 'Lưu: ')
      : `Lưu: ${archive
          .map((a) => cleanText(a))
          .filter(Boolean)
          .join(', ')}`;
  return [...items.map((r) => `- ${r};`), `- ${archiveLine}.`];
}

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1 → 'I', 4 → 'IV', 14 → 'XIV' (1..3999). */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`No Roman numeral for ${n}`);
  let out = '';
  let rest = n;
  for (const [v, s] of ROMAN) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** Vietnamese capitals of a text (headings of level 1), NFC. */
export function upperVN(s: string): string {
  return nfc(s.toLocaleUpperCase('vi-VN'));
}
