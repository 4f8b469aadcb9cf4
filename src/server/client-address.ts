// The client's address, for sign-in back-off, sessions and the audit log.
//
// By default it is the address of the TCP peer. X-Forwarded-For is read only when TRUST_PROXY says
// how many reverse proxies of our own stand in front of the server: each appends the address it saw
// to the header, so with N trusted proxies the client is the N-th entry from the right. Entries to
// the left of it were written by the client and are never believed (anyone can send the header).
import { isIP } from 'node:net';
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/** Reads TRUST_PROXY: empty, "false" or "0" → 0; "true" → 1; a whole number of proxy hops. */
export function parseTrustProxy(raw: string | undefined): number {
  const s = (raw ?? '').trim().toLowerCase();
  if (s === '' || s === 'false') return 0;
  if (s === 'true') return 1;
  if (/^\d{1,2}$/.test(s)) return Number(s);
  throw new Error(`TRUST_PROXY không hợp lệ: "${raw}" (dùng false, true hoặc số máy chủ trung gian, ví dụ 1).`);
}

/** "::ffff:10.0.0.5" → "10.0.0.5"; brackets and zone ids dropped; anything else unchanged. */
export function normaliseAddress(a: string): string {
  let s = a.trim();
  if (s.startsWith('[') && s.includes(']')) s = s.slice(1, s.indexOf(']'));
  const zone = s.indexOf('%');
  if (zone > 0) s = s.slice(0, zone);
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(s);
  return (mapped ? mapped[1] : s).toLowerCase();
}

/** The client address given the peer's address and the X-Forwarded-For header. */
export function pickClientAddress(
  peer: string | undefined,
  forwardedFor: string | undefined,
  trustProxy: number,
): string {
  const direct = peer ? normaliseAddress(peer) : 'unknown';
  if (trustProxy <= 0 || !forwardedFor) return direct;
  const hops = forwardedFor
    .split(',')
    .map((x) => normaliseAddress(x))
    .filter(Boolean);
  if (hops.length === 0) return direct;
  const candidate = hops[Math.max(0, hops.length - trustProxy)];
  return isIP(candidate) ? candidate : direct;
}

export function clientAddress(c: Context, trustProxy: number): string {
  let peer: string | undefined;
  try {
    peer = getConnInfo(c).remote.address;
  } catch {
    peer = undefined; // app.request in tests has no socket
  }
  return pickClientAddress(peer, c.req.header('x-forwarded-for'), trustProxy);
}

/**
 * The key sign-in back-off counts under: an IPv4 address as is, an IPv6 address by its /64 (one
 * subscriber usually holds a whole /64, so single addresses would cost an attacker nothing).
 */
export function throttleKeyOf(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head, tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
