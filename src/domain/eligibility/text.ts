// Vietnamese wording shared by the criterion messages.
import {
  AWARD_TRACK_LABELS,
  type AwardTrack,
  DISCIPLINE_FORM_LABELS,
  type DisciplineForm,
  INITIATIVE_SCOPE_LABELS,
  type InitiativeScope,
  RATING_LABELS,
  type Rating,
  type SubjectKind,
} from '../registry/vocab.js';
import { formatDateVN, formatNumberVN } from '../vi-text/index.js';
import { formatPeriod, type Period } from './streaks.js';

/** Counts as the law writes them: 3 → '03'. */
export const nn = (n: number): string => (n >= 0 && n < 10 ? `0${n}` : String(n));

/**
 * Memoizes a pure function of one string or number. The engine formats the same few dates and
 * amounts over and over in a bulk check; the cache starts afresh once it holds `max` entries.
 */
export function memoize<K extends string | number, V>(fn: (key: K) => V, max = 10_000): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = fn(key);
      if (cache.size >= max) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}

/** '2026-03-05' → '05/03/2026'. */
export const date = memoize((iso: string): string => formatDateVN(iso));

/** 'năm' or 'năm học'. */
export const noun = (p: Period): string => (p.kind === 'calendar' ? 'năm' : 'năm học');

const calendarYearText = memoize((year: number) => `năm ${year}`);
const schoolYearText = memoize((year: number) => `năm học ${year}-${year + 1}`);

/** 'năm 2026' / 'năm học 2025-2026'. */
export const pn = (p: Period): string => (p.kind === 'calendar' ? calendarYearText(p.year) : schoolYearText(p.year));

/** cap() of a short text from a small set, such as a period's name: 'Năm 2026'. */
export const capitalized = memoize((text: string) => cap(text));

/** '2024, 2025, 2026'. */
export function plist(ps: readonly Period[]): string {
  let out = '';
  for (let i = 0; i < ps.length; i++) out = i === 0 ? formatPeriod(ps[i]) : `${out}, ${formatPeriod(ps[i])}`;
  return out;
}

/** 'năm 2026' for one period; 'các năm 2024–2026' or 'các năm học 2023-2024 đến 2025-2026' for more. */
export function span(ps: Period[]): string {
  if (ps.length === 0) return '';
  if (ps.length === 1) return pn(ps[0]);
  const first = formatPeriod(ps[0]);
  const last = formatPeriod(ps[ps.length - 1]);
  return ps[0].kind === 'calendar' ? `các năm ${first}–${last}` : `các năm học ${first} đến ${last}`;
}

// The texts below are functions of a coded value (or of a rule's own text), so each is worked
// out once.

export const ratingText = memoize((r: Rating): string => `${RATING_LABELS[r]} (${r})`);

/** 'từ Hoàn thành tốt nhiệm vụ trở lên' / 'Hoàn thành xuất sắc nhiệm vụ'. */
export const ratingRequirement = memoize((min: Rating): string =>
  min === 'HTXSNV' ? RATING_LABELS[min] : `từ ${RATING_LABELS[min]} trở lên`);

export const scopeText = memoize((s: InitiativeScope): string => INITIATIVE_SCOPE_LABELS[s].toLowerCase());

export const trackText = memoize((t: AwardTrack): string => AWARD_TRACK_LABELS[t].toLowerCase());

export const disciplineText = memoize((f: DisciplineForm): string => DISCIPLINE_FORM_LABELS[f].toLowerCase());

/** First letter lower-case, for a rule's label or requirement inside a sentence. */
export const lowerFirst = memoize((s: string): string => s.charAt(0).toLowerCase() + s.slice(1));

export const SUBJECT_KIND_TEXT: Record<SubjectKind, string> = {
  individual: 'cá nhân',
  collective: 'tập thể',
  household: 'hộ gia đình',
  village: 'thôn, tổ dân phố',
  commune: 'xã, phường, đặc khu',
};

/** 75 → '75'; 66.666… → '66,7'. */
export function percent(part: number, whole: number): string {
  const value = (part * 100) / whole;
  return Number.isInteger(value) ? String(value) : formatNumberVN(value, 1);
}

/**
 * parts.join(separator), by concatenation. Messages nest (a criterion quotes its options, which
 * quote their notes); concatenated strings are not copied again at every level, joined ones are.
 */
export function joinWith(parts: readonly string[], separator: string): string {
  let out = '';
  for (let i = 0; i < parts.length; i++) out = i === 0 ? parts[i] : `${out}${separator}${parts[i]}`;
  return out;
}

/** Joins non-empty parts with '; '. */
export function joinNotes(parts: ReadonlyArray<string | undefined | false>): string {
  let out = '';
  for (const part of parts) if (part) out = out ? `${out}; ${part}` : part;
  return out;
}

/** First letter upper-case. */
export const cap = (s: string): string => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);
