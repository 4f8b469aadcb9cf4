// Vietnamese date formats. Dates are calendar dates exchanged as ISO strings 'YYYY-MM-DD'.
import { cleanText } from './normalize.js';

/** ISO calendar date 'YYYY-MM-DD'. */
export type IsoDate = string;

const pad2 = (n: number): string => String(n).padStart(2, '0');

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/** True when y-m-d is a real calendar date (years 1000–9999). */
export function isValidDate(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    y >= 1000 &&
    y <= 9999 &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

const toIso = (y: number, m: number, d: number): IsoDate => `${y}-${pad2(m)}-${pad2(d)}`;

/**
 * Parse 'dd/mm/yyyy', 'd/m/yyyy' (also with '-' or '.' separators) or ISO 'yyyy-mm-dd'
 * (a trailing ISO time part is ignored). Returns ISO 'YYYY-MM-DD', or null when not a real date.
 */
export function parseDateVN(s: string): IsoDate | null {
  const t = cleanText(s);
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/u.exec(t);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isValidDate(y, mo, d) ? toIso(y, mo, d) : null;
  }
  m = /^(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?(\d{4})$/u.exec(t);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
    return isValidDate(y, mo, d) ? toIso(y, mo, d) : null;
  }
  return null;
}

/** Calendar parts of an ISO date string or a Date (a Date is dated in Vietnam). Throws on invalid input. */
function dateParts(date: IsoDate | Date): { y: number; m: number; d: number } {
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw new RangeError('Invalid Date');
    // An instant is dated in Vietnam, whatever the machine's time zone (servers often run in UTC).
    date = isoDateInVietnam(date);
  }
  const iso = parseDateVN(date);
  if (!iso) throw new RangeError(`Invalid date: ${JSON.stringify(date)}`);
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
}

/** '2026-03-05' (or a Date) -> '05/03/2026'. */
export function formatDateVN(date: IsoDate | Date): string {
  const { y, m, d } = dateParts(date);
  return `${pad2(d)}/${pad2(m)}/${y}`;
}

/**
 * Long form used in the header of administrative documents (Nghị định 30/2020/NĐ-CP):
 * days below 10 and months 1–2 take a leading zero.
 * formatDateLongVN('2026-01-05', 'Mường Lay') -> 'Mường Lay, ngày 05 tháng 01 năm 2026'.
 */
export function formatDateLongVN(date: IsoDate | Date, place?: string): string {
  const { y, m, d } = dateParts(date);
  const text = `ngày ${pad2(d)} tháng ${m <= 2 ? pad2(m) : m} năm ${y}`;
  const where = place === undefined ? '' : cleanText(place);
  return where ? `${where}, ${text}` : text;
}

/** The calendar date in Vietnam (UTC+7, no daylight saving) at an instant, as ISO 'YYYY-MM-DD'. */
export function isoDateInVietnam(instant: Date): IsoDate {
  return new Date(instant.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
