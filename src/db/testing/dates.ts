// Dates for tests, from the server's clock (TDKT_TEST_NOW when the suite runs at an awkward instant),
// so that a test that needs "a deadline still ahead" or "a day already past" holds on any day.
import { isoDateInVietnam } from '../../domain/vi-text/dates.js';
import { now } from '../../server/clock.js';

/** Today in Vietnam on the server's clock (YYYY-MM-DD). */
export function testToday(): string {
  return isoDateInVietnam(now());
}

/** The ISO date `days` after (negative: before) today on the server's clock. */
export function testDay(days: number): string {
  const d = new Date(`${testToday()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
