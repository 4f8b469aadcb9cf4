import { afterEach, describe, expect, it, vi } from 'vitest';
import { isoDateInVietnam } from '../domain/vi-text/dates.js';
import { parseTestInstant } from './clock.js';

async function freshClock(env: { TDKT_TEST_NOW?: string; TDKT_CLOCK_OFFSET_DAYS?: string }) {
  vi.resetModules();
  vi.stubEnv('TDKT_TEST_NOW', env.TDKT_TEST_NOW ?? '');
  vi.stubEnv('TDKT_CLOCK_OFFSET_DAYS', env.TDKT_CLOCK_OFFSET_DAYS ?? '0');
  return import('./clock.js');
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('server clock', () => {
  it('reads an ISO instant with its offset, and refuses one without a zone or unreadable', () => {
    expect(parseTestInstant('2026-12-31T23:59:00+07:00')).toBe(Date.parse('2026-12-31T16:59:00Z'));
    expect(parseTestInstant('2027-01-01T00:00Z')).toBe(Date.parse('2027-01-01T00:00:00Z'));
    expect(parseTestInstant(undefined)).toBeUndefined();
    expect(parseTestInstant(' ')).toBeUndefined();
    expect(() => parseTestInstant('2026-12-31 23:59')).toThrow(/TDKT_TEST_NOW/);
    expect(() => parseTestInstant('2026-13-45T25:00:00+07:00')).toThrow(/TDKT_TEST_NOW/);
  });

  it('starts at TDKT_TEST_NOW and runs on from it; Vietnam is already in the new year at 00:00 +07', async () => {
    const clock = await freshClock({ TDKT_TEST_NOW: '2027-01-01T00:00:00+07:00' });
    const t = clock.now().getTime();
    expect(t - Date.parse('2026-12-31T17:00:00Z')).toBeGreaterThanOrEqual(0);
    expect(t - Date.parse('2026-12-31T17:00:00Z')).toBeLessThan(60_000);
    expect(isoDateInVietnam(clock.now())).toBe('2027-01-01');
    expect(clock.CLOCK_IS_MOVED).toBe(true);
  });

  it('adds the day offset on top of the test instant', async () => {
    const clock = await freshClock({ TDKT_TEST_NOW: '2026-06-30T23:59:00+07:00', TDKT_CLOCK_OFFSET_DAYS: '1' });
    expect(isoDateInVietnam(clock.now())).toBe('2026-07-01');
  });

  it('follows the real time when neither switch is set', async () => {
    const clock = await freshClock({});
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1_000);
    expect(clock.CLOCK_IS_MOVED).toBe(false);
  });
});
