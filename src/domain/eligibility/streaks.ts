// Period arithmetic and consecutive-streak counting. Pure and reusable by bulk checks.
//
// A period is a calendar year ('2026') or a school year ('2025-2026', two consecutive years).
// Periods of different kinds never mix: a streak counted in school years only looks at school
// years. A school year is identified by its first calendar year.

export type PeriodKind = 'calendar' | 'school';

export interface Period {
  kind: PeriodKind;
  /** The calendar year, or the first year of a school year (2025 for '2025-2026'). */
  year: number;
}

const CALENDAR_RE = /^(\d{4})$/u;
const SCHOOL_RE = /^(\d{4})-(\d{4})$/u;
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

/** Parses '2026' or '2025-2026'; null when malformed or the school years are not consecutive. */
export function parsePeriod(text: string): Period | null {
  const c = CALENDAR_RE.exec(text);
  if (c) {
    const year = Number(c[1]);
    return year >= MIN_YEAR && year <= MAX_YEAR ? { kind: 'calendar', year } : null;
  }
  const s = SCHOOL_RE.exec(text);
  if (s) {
    const first = Number(s[1]);
    const second = Number(s[2]);
    if (second !== first + 1 || first < MIN_YEAR || second > MAX_YEAR) return null;
    return { kind: 'school', year: first };
  }
  return null;
}

export function formatPeriod(p: Period): string {
  const i = p.year - FIRST_CACHED_YEAR;
  if (i < 0 || i >= CACHED_YEARS) return p.kind === 'calendar' ? String(p.year) : `${p.year}-${p.year + 1}`;
  const cache = p.kind === 'calendar' ? calendarTexts : schoolTexts;
  let text = cache[i];
  if (text === undefined) cache[i] = text = p.kind === 'calendar' ? String(p.year) : `${p.year}-${p.year + 1}`;
  return text;
}

// formatPeriod's texts, made once per year (the engine formats the same few periods over and over).
const FIRST_CACHED_YEAR = 1700;
const CACHED_YEARS = 1500;
const calendarTexts: Array<string | undefined> = new Array(CACHED_YEARS).fill(undefined);
const schoolTexts: Array<string | undefined> = new Array(CACHED_YEARS).fill(undefined);

/** The period `n` steps later (negative: earlier), of the same kind. */
export function shiftPeriod(p: Period, n: number): Period {
  return { kind: p.kind, year: p.year + n };
}

/** previousPeriod('2026') = '2025'; previousPeriod('2025-2026') = '2024-2025'. */
export function previousPeriod(p: Period): Period {
  return shiftPeriod(p, -1);
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.kind === b.kind && a.year === b.year;
}

/** Negative when a is before b. Only meaningful for periods of the same kind. */
export function comparePeriods(a: Period, b: Period): number {
  return a.year - b.year;
}

/** The `n` periods ending at `end`, oldest first: periodsEndingAt(2026, 3) = [2024, 2025, 2026]. */
export function periodsEndingAt(end: Period, n: number): Period[] {
  const out: Period[] = [];
  for (let i = n - 1; i >= 0; i--) out.push(shiftPeriod(end, -i));
  return out;
}

/** Periods from `from` to `to` inclusive, oldest first (empty when from is after to). */
export function periodsBetween(from: Period, to: Period): Period[] {
  const out: Period[] = [];
  for (let y = from.year; y <= to.year; y++) out.push({ kind: to.kind, year: y });
  return out;
}

/**
 * First and last day of a period as ISO dates. A school year starts on `schoolYearStart`
 * ('MM-DD', e.g. '09-01') of its first year and ends the day before that date a year later.
 */
export function periodBounds(p: Period, schoolYearStart = '09-01'): { start: string; end: string } {
  if (p.kind === 'calendar') return { start: `${p.year}-01-01`, end: `${p.year}-12-31` };
  return { start: `${p.year}-${schoolYearStart}`, end: dayBefore(`${p.year + 1}-${schoolYearStart}`) };
}

/** The period of `kind` that contains the ISO date. */
export function periodOfDate(date: string, kind: PeriodKind, schoolYearStart = '09-01'): Period {
  const year = Number(date.slice(0, 4));
  if (kind === 'calendar') return { kind, year };
  return { kind, year: date.slice(5) >= schoolYearStart ? year : year - 1 };
}

/** The ISO date one day later: '2026-12-31' → '2027-01-01'. */
export function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The period a subject is judged on in a round, by the kind of period the subject reviews in
 * (schools: school year). A calendar-year round judges a school on the school year that ends in
 * that year ('2026' → '2025-2026'); otherwise the round's own period.
 */
export function periodForSubject(roundPeriod: string, subjectKind: PeriodKind): string {
  const p = parsePeriod(roundPeriod);
  if (!p || p.kind === subjectKind || subjectKind === 'calendar') return roundPeriod;
  return formatPeriod({ kind: 'school', year: p.year - 1 });
}

/** A period text as read in a sentence, saying its kind: 'năm 2026', 'năm học 2025-2026'. */
export function periodName(text: string): string {
  const p = parsePeriod(text);
  return p?.kind === 'school' ? `năm học ${text}` : `năm ${text}`;
}

/**
 * Entries whose period is of the other kind than `period` and shares days with it (a rating of
 * 2026 and one of 2025-2026, or of 2026-2027), in their order.
 */
export function overlappingOtherKind<T extends { period: string }>(
  entries: readonly T[],
  period: string,
  schoolYearStart = '09-01',
): T[] {
  const p = parsePeriod(period);
  if (!p) return [];
  return entries.filter((e) => {
    const q = parsePeriod(e.period);
    return q !== null && q.kind !== p.kind && periodsOverlap(p, q, schoolYearStart);
  });
}

/** Do two periods (of any kinds) share at least one day? */
export function periodsOverlap(a: Period, b: Period, schoolYearStart = '09-01'): boolean {
  const x = periodBounds(a, schoolYearStart);
  const y = periodBounds(b, schoolYearStart);
  return x.start <= y.end && y.start <= x.end;
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Length of the unbroken run of periods ending at `end` for which `holds` is true, counting back
 * one period at a time; one gap ends the run. `limit` caps the search (default 200 periods).
 */
export function streakEndingAt(holds: (p: Period) => boolean, end: Period, limit = 200): number {
  let n = 0;
  while (n < limit && holds(shiftPeriod(end, -n))) n++;
  return n;
}

export interface WindowCheck<S> {
  /** Every period of the window, oldest first, with its status. */
  periods: Array<{ period: Period; status: S }>;
  /** Periods whose status counts as held, oldest first. */
  held: Period[];
  /** Periods whose status does not count as held, oldest first. */
  missing: Period[];
  /** The unbroken run of held periods ending at the window's end. */
  trailing: Period[];
}

/**
 * Checks that each of the `n` periods ending at `end` holds. `status` gives any per-period
 * verdict; `isHeld` says which verdicts count. Used for three-valued streaks (true / false /
 * "council decides") as well as plain ones.
 */
export function checkWindow<S>(
  end: Period,
  n: number,
  status: (p: Period) => S,
  isHeld: (s: S) => boolean,
): WindowCheck<S> {
  const periods: WindowCheck<S>['periods'] = [];
  const held: Period[] = [];
  const missing: Period[] = [];
  let trailingFrom = 0;
  for (const period of periodsEndingAt(end, n)) {
    const s = status(period);
    periods.push({ period, status: s });
    if (isHeld(s)) held.push(period);
    else {
      missing.push(period);
      trailingFrom = periods.length;
    }
  }
  const trailing = periods.slice(trailingFrom).map((x) => x.period);
  return { periods, held, missing, trailing };
}
