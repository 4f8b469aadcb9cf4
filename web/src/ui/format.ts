// Display formats: dates dd/mm/yyyy, times in Vietnam's time zone, money as 1.234.567 đ.
import dayjs, { type Dayjs } from 'dayjs';
import { formatDateVN, formatMoneyVN, parseDateVN, searchKey } from '../../../src/domain/vi-text/index';

export const EMPTY = '—';

/** ISO 'YYYY-MM-DD' (or dd/mm/yyyy) → 'dd/mm/yyyy'; empty stays a dash. */
export function fmtDate(iso: string | null | undefined): string {
  if (!iso) return EMPTY;
  return parseDateVN(iso) ? formatDateVN(iso) : iso;
}

const TIME = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** An instant (ISO timestamp) → 'dd/mm/yyyy HH:mm' in Vietnam's time zone. */
export function fmtDateTime(iso: string | null | undefined): string {
  if (!iso) return EMPTY;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const parts = Object.fromEntries(TIME.formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour === '24' ? '00' : parts.hour}:${parts.minute}`;
}

export const fmtMoney = (amount: number | null | undefined) => (amount == null ? EMPTY : formatMoneyVN(amount));

export const fmtNumber = (n: number) => n.toLocaleString('vi-VN');

/** Rewrites ISO dates inside a server text ("từ ngày 2025-07-01") as dd/mm/yyyy. */
export function isoDatesToVN(text: string): string {
  return text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m, y, mo, d) => (parseDateVN(m) ? `${d}/${mo}/${y}` : m));
}

/** DatePicker value → ISO date for the API. */
export const toIso = (d: Dayjs | null | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null);

/** ISO date from the API → DatePicker value. */
export const fromIso = (iso: string | null | undefined): Dayjs | null => (iso ? dayjs(iso, 'YYYY-MM-DD') : null);

/** The date formats the date pickers show and accept when typed. */
export const DATE_FORMATS = ['DD/MM/YYYY', 'D/M/YYYY', 'DD-MM-YYYY', 'YYYY-MM-DD'];

/** Accent- and case-insensitive match, for local filters (Select, TreeSelect, Tree search). */
export function matches(text: string, query: string): boolean {
  const words = searchKey(query).split(' ').filter(Boolean);
  if (!words.length) return true;
  const key = searchKey(text);
  return words.every((w) => key.includes(w));
}

/** Options for a Select from a code → label record, in the record's order. */
export const optionsOf = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));

/** "Giáo viên Toán, Trường THCS X" with the unit added only when the position does not name it yet. */
export function positionLine(position: string | null | undefined, unit: string | null | undefined): string {
  if (position && unit && position.includes(unit)) return position;
  return [position, unit].filter(Boolean).join(', ');
}
