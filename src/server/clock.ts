// The server's clock. Use cases get "now" from here (through the context), so journeys that span
// days — a public notice that must run ten days before a decision — can be exercised by starting
// the server with TDKT_CLOCK_OFFSET_DAYS (the server warns loudly when it is set). Never set it in
// production.
const raw = Number(process.env.TDKT_CLOCK_OFFSET_DAYS ?? 0);

/** Days the clock is moved forward (0 in normal operation). */
export const CLOCK_OFFSET_DAYS = Number.isFinite(raw) ? raw : 0;

export function now(): Date {
  return new Date(Date.now() + CLOCK_OFFSET_DAYS * 86_400_000);
}
