// The server's clock. Use cases get "now" from here (through the context), never from `new Date()`.
// Two test-only switches move it, and the server warns loudly when either is set (never in production):
//   TDKT_TEST_NOW=2026-12-31T23:59:00+07:00  the clock starts at this instant when the process starts and
//                                            then runs at the normal pace (tests are exact and repeatable);
//   TDKT_CLOCK_OFFSET_DAYS=11                moves the clock that many days forward, so journeys that span
//                                            days (a public notice that must run ten days) can restart the
//                                            server "later" on the same data.

/** Parses an ISO 8601 instant with a zone or offset; undefined when empty, an error when unreadable. */
export function parseTestInstant(raw: string | undefined): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const s = raw.trim();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s)) {
    throw new Error(
      `TDKT_TEST_NOW phải là một thời điểm ISO 8601 có múi giờ, ví dụ 2026-12-31T23:59:00+07:00 (nhận được "${raw}")`,
    );
  }
  const t = Date.parse(s);
  if (!Number.isFinite(t)) throw new Error(`TDKT_TEST_NOW không phải là thời điểm hợp lệ: "${raw}"`);
  return t;
}

const rawOffset = Number(process.env.TDKT_CLOCK_OFFSET_DAYS ?? 0);

/** Days the clock is moved forward (0 in normal operation). */
export const CLOCK_OFFSET_DAYS = Number.isFinite(rawOffset) ? rawOffset : 0;

/** The instant the clock started from (TDKT_TEST_NOW), or undefined when it follows the real time. */
export const TEST_START = parseTestInstant(process.env.TDKT_TEST_NOW);

const realStart = Date.now();

/** True when a test switch moves the clock (the server prints a warning). */
export const CLOCK_IS_MOVED = TEST_START !== undefined || CLOCK_OFFSET_DAYS !== 0;

export function now(): Date {
  const real = Date.now();
  const base = TEST_START === undefined ? real : TEST_START + (real - realStart);
  return new Date(base + CLOCK_OFFSET_DAYS * 86_400_000);
}
