import { describe, expect, it } from 'vitest';
import { ADDRESS_BACKOFF, backoffSeconds, USER_BACKOFF, type BackoffPolicy } from './throttle.js';

describe('sign-in back-off', () => {
  const p: BackoffPolicy = { free: 5, baseSeconds: 30, capSeconds: 900, forgetAfterHours: 24 };

  it('lets the first attempts through at once, then doubles the wait from the base', () => {
    expect([1, 2, 3, 4].map((n) => backoffSeconds(n, p))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9].map((n) => backoffSeconds(n, p))).toEqual([30, 60, 120, 240, 480]);
  });

  it('never waits longer than the cap, however many attempts (no overflow)', () => {
    expect(backoffSeconds(10, p)).toBe(900);
    expect(backoffSeconds(11, p)).toBe(900);
    expect(backoffSeconds(5000, p)).toBe(900);
    expect(Number.isFinite(backoffSeconds(Number.MAX_SAFE_INTEGER, p))).toBe(true);
  });

  it('blocks after a single attempt when nothing is free', () => {
    expect(backoffSeconds(1, { ...p, free: 1 })).toBe(30);
  });

  it('keeps a named user reachable: after five wrong guesses one more try within a minute, and never more than 15 minutes apart', () => {
    expect(backoffSeconds(USER_BACKOFF.free, USER_BACKOFF)).toBeLessThanOrEqual(60);
    expect(USER_BACKOFF.capSeconds).toBeLessThanOrEqual(15 * 60);
    // The per-address limit is for spraying many usernames from one address, not for one user.
    expect(ADDRESS_BACKOFF.free).toBeGreaterThan(USER_BACKOFF.free * 5);
    expect(ADDRESS_BACKOFF.capSeconds).toBeLessThanOrEqual(15 * 60);
  });
});
