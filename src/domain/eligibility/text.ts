// Vietnamese wording shared by the criterion messages.
import {
  AWARD_TRACKS,
  AWARD_TRACK_LABELS,
  DISCIPLINE_FORMS,
  INITIATIVE_SCOPES,
  RATINGS,
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
  // The last key and value: a bulk check asks the same thing many times in a row, and comparing
  // with the last key is cheaper than hashing it.
  let lastKey: K | undefined;
  let lastValue: V | undefined;
  return (key) => {
    if (key === lastKey) return lastValue as V;
    let value = cache.get(key);
    if (value === undefined) {
      value = fn(key);
      if (cache.size >= max) cache.clear();
      cache.set(key, value);
    }
    lastKey = key;
    lastValue = value;
    return value;
  };
}

/**
 * Memoizes a pure function of a year (an integer): an array indexed by the year, for the years a
 * period may have (parsePeriod's 1900–2999, with room for look-backs); other keys are not cached.
 */
function memoizeYear(fn: (year: number) => string): (year: number) => string {
  const FIRST = 1700;
  const cache: Array<string | undefined> = new Array(1500).fill(undefined);
  return (year) => {
    const i = year - FIRST;
    if (i < 0 || i >= cache.length) return fn(year);
    let value = cache[i];
    if (value === undefined) cache[i] = value = fn(year);
    return value;
  };
}

/**
 * The citation printed with a criterion. A fact's doubt (marked U or R) is never printed with it: verdicts
 * reach officers, clerks, council members and documents; the administrator sees the marks in the
 * catalogue, where each uncertain parameter is confirmed for the tenant (issue 9).
 */
export function basisText(basis: string, _mark: 'V' | 'R' | 'U'): string {
  return basis;
}

/** The message of a criterion only the council judges. */
export const judgementMessage = memoize(
  (label: string) => `${label} — do Hội đồng Thi đua - Khen thưởng xem xét, đánh giá`,
);

/** '2026-03-05' → '05/03/2026'. */
export const date = memoize((iso: string): string => formatDateVN(iso));

/** 'năm' or 'năm học'. */
export const noun = (p: Period): string => (p.kind === 'calendar' ? 'năm' : 'năm học');

const calendarYearText = memoizeYear((year: number) => `năm ${year}`);
const schoolYearText = memoizeYear((year: number) => `năm học ${year}-${year + 1}`);

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

// Texts of a coded value come from tables made once (a property read, no hashing of the key).

/** A function of a coded value from a small closed set, tabulated: table[code] ?? fn(code). */
function tabulate<K extends string>(codes: readonly K[], fn: (code: K) => string): (code: K) => string {
  const table = Object.create(null) as Record<string, string>;
  for (const c of codes) table[c] = fn(c);
  return (code) => table[code] ?? fn(code);
}

export const ratingText = tabulate(RATINGS, (r: Rating): string => `${RATING_LABELS[r]} (${r})`);

/** 'từ Hoàn thành tốt nhiệm vụ trở lên' / 'Hoàn thành xuất sắc nhiệm vụ'. */
export const ratingRequirement = tabulate(RATINGS, (min: Rating): string =>
  min === 'HTXSNV' ? RATING_LABELS[min] : `từ ${RATING_LABELS[min]} trở lên`,
);

export const scopeText = tabulate(INITIATIVE_SCOPES, (s: InitiativeScope): string =>
  INITIATIVE_SCOPE_LABELS[s].toLowerCase(),
);

export const trackText = tabulate(AWARD_TRACKS, (t: AwardTrack): string => AWARD_TRACK_LABELS[t].toLowerCase());

export const disciplineText = tabulate(DISCIPLINE_FORMS, (f: DisciplineForm): string =>
  DISCIPLINE_FORM_LABELS[f].toLowerCase(),
);

/** First letter lower-case, for a rule's label or requirement inside a sentence. */
export const lowerFirst = memoize((s: string): string => s.charAt(0).toLowerCase() + s.slice(1));

/** ratingRequirement as it reads inside a sentence: 'từ hoàn thành tốt nhiệm vụ trở lên'. */
export const ratingRequirementInSentence = tabulate(RATINGS, (min: Rating): string =>
  lowerFirst(ratingRequirement(min)),
);

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
