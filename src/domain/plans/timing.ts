// When a task is due: quarters, months and dates as Vietnamese plans write them.
import { isValidDate, parseDateVN, searchKey, type IsoDate } from '../vi-text/index.js';

export type Quarter = 'I' | 'II' | 'III' | 'IV';
export type TaskQuarter = Quarter | 'regular';

export interface Timing {
  /** The quarter the text names, 'regular' for "thường xuyên"/"cả năm", null when it names none. */
  quarter: TaskQuarter | null;
  /** Deadline from an explicit date or month (end of month), else null. */
  due: IsoDate | null;
}

const QUARTERS: readonly Quarter[] = ['I', 'II', 'III', 'IV'];
const ROMAN_TO_QUARTER: Record<string, Quarter> = {
  i: 'I',
  ii: 'II',
  iii: 'III',
  iv: 'IV',
  '1': 'I',
  '2': 'II',
  '3': 'III',
  '4': 'IV',
};

/** Quarter holding a month (1–12). */
export function quarterOfMonth(month: number): Quarter {
  return QUARTERS[Math.floor((month - 1) / 3)];
}

function lastDayOfMonth(year: number, month: number): IsoDate {
  let d = 31;
  while (!isValidDate(year, month, d)) d--;
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Quarters named in a text ("Quý I", "quý 2", "Quý I, II", "Quý I - IV"), in order of first mention. */
function quartersIn(key: string): Quarter[] {
  const found: Quarter[] = [];
  const add = (q: Quarter) => {
    if (!found.includes(q)) found.push(q);
  };
  // "quy i, ii va iii" / "quy i - iv": a list or range after one "quý".
  const re = /\bquy\s+((?:iv|iii|ii|i|[1-4])\b(?:\s*(?:,|-|–|den|va)\s*(?:quy\s+)?(?:iv|iii|ii|i|[1-4])\b)*)/gu;
  for (const m of key.matchAll(re)) {
    const items = m[1].split(/\s*(,|-|–|den|va)\s*/u);
    let prev: Quarter | null = null;
    let range = false;
    for (const raw of items) {
      const tok = raw.replace(/^quy\s+/u, '').trim();
      if (tok === '-' || tok === '–' || tok === 'den') {
        range = true;
        continue;
      }
      if (tok === ',' || tok === 'va' || tok === '') continue;
      const q = ROMAN_TO_QUARTER[tok];
      if (!q) continue;
      if (range && prev) {
        for (let i = QUARTERS.indexOf(prev) + 1; i <= QUARTERS.indexOf(q); i++) add(QUARTERS[i]);
      } else add(q);
      prev = q;
      range = false;
    }
  }
  return found;
}

const REGULAR = /\b(thuong xuyen|ca nam|quanh nam|hang thang|hang quy|hang tuan|trong nam|suot nam|dinh ky)\b/u;

/**
 * Read the timing of a "Thời gian thực hiện" cell (or of a section heading).
 * - "Quý I" → quarter I, due null; "Quý I - IV" (all four) → 'regular';
 *   several quarters → the first one named (when the work starts);
 * - "Tháng 3/2026", "tháng 3 năm 2026" → due 2026-03-31 (end of month), quarter I;
 * - "trước ngày 15/01/2026", "31/12/2026" → that date; several dates → the latest (the deadline);
 *   a date without a year ("15/01") takes `year`;
 * - "Thường xuyên", "Cả năm", "hằng tháng"… → 'regular';
 * - "6 tháng đầu năm" → II, "6 tháng cuối năm"/"cuối năm" → IV, "đầu năm" → I.
 * An explicit quarter wins over the quarter implied by a date; a date or month gives the
 * quarter when none is named.
 */
export function parseTiming(text: string, year: number | null): Timing {
  const key = searchKey(text);
  if (!key) return { quarter: null, due: null };

  const dates: IsoDate[] = [];
  for (const m of key.matchAll(/\b(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}))?\b/gu)) {
    // A date without a year must use '/' ("15/01"): "1.5" or "3-4" are not dates.
    if (!m[4] && m[2] !== '/') continue;
    const y = m[4] ? Number(m[4]) : year;
    if (y === null) continue;
    const iso = parseDateVN(`${m[1]}/${m[3]}/${y}`);
    if (iso) dates.push(iso);
  }
  // "tháng 3/2026", "tháng 3 năm 2026", "tháng 3" (months only when no full date was found)
  if (dates.length === 0) {
    for (const m of key.matchAll(
      /\bthang\s+(\d{1,2})((?:\s*(?:,|-|va|den)\s*\d{1,2})*)(?:\s*(?:\/|-|nam)\s*(\d{4}))?\b/gu,
    )) {
      const y = m[3] ? Number(m[3]) : year;
      const months = [m[1], ...(m[2].match(/\d{1,2}/gu) ?? [])].map(Number).filter((n) => n >= 1 && n <= 12);
      if (y === null || months.length === 0) continue;
      dates.push(lastDayOfMonth(y, Math.max(...months)));
    }
  }
  const due = dates.length > 0 ? dates.reduce((a, b) => (a > b ? a : b)) : null;

  const named = quartersIn(key);
  let quarter: TaskQuarter | null = null;
  if (named.length === 4) quarter = 'regular';
  else if (named.length > 0) quarter = named[0];
  else if (due) quarter = quarterOfMonth(Number(due.slice(5, 7)));
  else if (REGULAR.test(key)) quarter = 'regular';
  else if (/\b6 thang dau nam\b/u.test(key)) quarter = 'II';
  else if (/\b(6 thang )?cuoi nam\b/u.test(key)) quarter = 'IV';
  else if (/\bdau nam\b/u.test(key)) quarter = 'I';
  return { quarter, due };
}
