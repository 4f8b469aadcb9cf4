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

export const date = (iso: string): string => formatDateVN(iso);

/** 'năm' or 'năm học'. */
export const noun = (p: Period): string => (p.kind === 'calendar' ? 'năm' : 'năm học');

/** 'năm 2026' / 'năm học 2025-2026'. */
export const pn = (p: Period): string => `${noun(p)} ${formatPeriod(p)}`;

/** '2024, 2025, 2026'. */
export const plist = (ps: Period[]): string => ps.map(formatPeriod).join(', ');

/** 'năm 2026' for one period; 'các năm 2024–2026' or 'các năm học 2023-2024 đến 2025-2026' for more. */
export function span(ps: Period[]): string {
  if (ps.length === 0) return '';
  if (ps.length === 1) return pn(ps[0]);
  const first = formatPeriod(ps[0]);
  const last = formatPeriod(ps[ps.length - 1]);
  return ps[0].kind === 'calendar' ? `các năm ${first}–${last}` : `các năm học ${first} đến ${last}`;
}

export const ratingText = (r: Rating): string => `${RATING_LABELS[r]} (${r})`;

/** 'từ Hoàn thành tốt nhiệm vụ trở lên' / 'Hoàn thành xuất sắc nhiệm vụ'. */
export const ratingRequirement = (min: Rating): string =>
  min === 'HTXSNV' ? RATING_LABELS[min] : `từ ${RATING_LABELS[min]} trở lên`;

export const scopeText = (s: InitiativeScope): string => INITIATIVE_SCOPE_LABELS[s].toLowerCase();

export const trackText = (t: AwardTrack): string => AWARD_TRACK_LABELS[t].toLowerCase();

export const disciplineText = (f: DisciplineForm): string => DISCIPLINE_FORM_LABELS[f].toLowerCase();

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

/** Joins non-empty parts with '; '. */
export const joinNotes = (parts: Array<string | undefined | false>): string => parts.filter(Boolean).join('; ');

/** First letter upper-case. */
export const cap = (s: string): string => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);
