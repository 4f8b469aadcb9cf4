import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkWindow,
  formatPeriod,
  parsePeriod,
  periodBounds,
  periodOfDate,
  periodsBetween,
  periodsEndingAt,
  previousPeriod,
  streakEndingAt,
} from './streaks.js';

const p = (s: string) => {
  const x = parsePeriod(s);
  if (!x) throw new Error(s);
  return x;
};

describe('periods', () => {
  it('parses calendar and school years, rejects the rest', () => {
    expect(parsePeriod('2026')).toEqual({ kind: 'calendar', year: 2026 });
    expect(parsePeriod('2025-2026')).toEqual({ kind: 'school', year: 2025 });
    for (const bad of ['26', '2025-2027', '2026-2025', '2025/2026', ' 2026', '20260', ''])
      expect(parsePeriod(bad)).toBeNull();
  });

  it('steps back one period in its own kind', () => {
    expect(formatPeriod(previousPeriod(p('2026')))).toBe('2025');
    expect(formatPeriod(previousPeriod(p('2025-2026')))).toBe('2024-2025');
    expect(periodsEndingAt(p('2025-2026'), 3).map(formatPeriod)).toEqual(['2023-2024', '2024-2025', '2025-2026']);
    expect(periodsBetween(p('2021'), p('2023')).map(formatPeriod)).toEqual(['2021', '2022', '2023']);
  });

  it('knows the days of a period and the period of a day', () => {
    expect(periodBounds(p('2026'))).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(periodBounds(p('2025-2026'))).toEqual({ start: '2025-09-01', end: '2026-08-31' });
    expect(periodBounds(p('2023-2024'), '09-05')).toEqual({ start: '2023-09-05', end: '2024-09-04' });
    expect(formatPeriod(periodOfDate('2026-08-31', 'school'))).toBe('2025-2026');
    expect(formatPeriod(periodOfDate('2026-09-01', 'school'))).toBe('2026-2027');
    expect(formatPeriod(periodOfDate('2026-09-01', 'calendar'))).toBe('2026');
  });
});

describe('streaks', () => {
  it('stops at the first gap counting back', () => {
    const held = new Set([2022, 2024, 2025, 2026]);
    expect(streakEndingAt((x) => held.has(x.year), p('2026'))).toBe(3);
    expect(streakEndingAt((x) => held.has(x.year), p('2023'))).toBe(0);
    const w = checkWindow(
      p('2026'),
      4,
      (x) => held.has(x.year),
      (s) => s,
    );
    expect(w.missing.map(formatPeriod)).toEqual(['2023']);
    expect(w.trailing.map(formatPeriod)).toEqual(['2024', '2025', '2026']);
  });

  it('agrees with a brute-force count (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 2000, max: 2030 })),
        fc.integer({ min: 2000, max: 2030 }),
        fc.boolean(),
        (years, end, school) => {
          const held = new Set(years);
          const kind = school ? 'school' : 'calendar';
          const fast = streakEndingAt((x) => held.has(x.year), { kind, year: end });
          let brute = 0;
          for (let k = 1; k <= 40; k++) {
            let all = true;
            for (let y = end - k + 1; y <= end; y++) if (!held.has(y)) all = false;
            if (all) brute = k;
          }
          expect(fast).toBe(brute);
        },
      ),
    );
  });

  it('window check partitions the window and its trailing run is the streak (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 2010, max: 2030 })),
        fc.integer({ min: 2015, max: 2030 }),
        fc.integer({ min: 1, max: 8 }),
        (years, end, n) => {
          const held = new Set(years);
          const w = checkWindow(
            { kind: 'calendar', year: end },
            n,
            (x) => held.has(x.year),
            (s) => s,
          );
          expect(w.held.length + w.missing.length).toBe(n);
          expect(w.trailing.length).toBe(
            Math.min(
              n,
              streakEndingAt((x) => held.has(x.year), { kind: 'calendar', year: end }),
            ),
          );
        },
      ),
    );
  });
});

describe('periodForSubject and periodsOverlap (issue 9: calendar year vs school year)', () => {
  it('a school in a calendar-year round is judged on the school year that ends in it', async () => {
    const { periodForSubject, periodsOverlap, parsePeriod } = await import('./streaks.js');
    expect(periodForSubject('2026', 'school')).toBe('2025-2026');
    expect(periodForSubject('2026', 'calendar')).toBe('2026');
    expect(periodForSubject('2025-2026', 'school')).toBe('2025-2026');
    expect(periodForSubject('2025-2026', 'calendar')).toBe('2025-2026');
    const p = (t: string) => parsePeriod(t)!;
    expect(periodsOverlap(p('2026'), p('2025-2026'))).toBe(true);
    expect(periodsOverlap(p('2026'), p('2026-2027'))).toBe(true);
    expect(periodsOverlap(p('2026'), p('2024-2025'))).toBe(false);
    expect(periodsOverlap(p('2025-2026'), p('2026-2027'))).toBe(false);
  });
});

describe('overlappingOtherKind (a second rating of the other kind of period)', () => {
  it('finds the ratings of the other kind that share days with the period, and only those', async () => {
    const { overlappingOtherKind } = await import('./streaks.js');
    const rated = [{ period: '2025-2026' }, { period: '2024-2025' }, { period: '2025' }, { period: '2026-2027' }];
    expect(overlappingOtherKind(rated, '2026').map((r) => r.period)).toEqual(['2025-2026', '2026-2027']);
    expect(overlappingOtherKind(rated, '2024-2025').map((r) => r.period)).toEqual(['2025']);
    expect(overlappingOtherKind(rated, '2027').map((r) => r.period)).toEqual(['2026-2027']);
    expect(overlappingOtherKind(rated, '2028')).toEqual([]);
  });
});
