// Sign-in back-off, counted atomically in the database (threat model: README.md beside this file).
//
// Two keys are counted for every attempt, before its password is tried:
//   - ('user', typed username, client address): the strict one. A few free attempts, then an
//     exponential delay with a cap. An attacker's address never slows the same user elsewhere.
//   - ('address', '', client address): a generous limit on one address spraying many usernames.
//     It is not applied at the user's usual address (that of their last successful sign-in).
// Each key is checked and counted in one INSERT … ON CONFLICT DO UPDATE … WHERE not blocked
// RETURNING: the row lock serialises parallel attempts, so no two attempts can read the same count.
// Both keys are taken in one transaction (user key first, always), so an attempt refused on one key
// is not counted on the other.
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { loginThrottle } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { now as clockNow } from '../../server/clock.js';

export interface BackoffPolicy {
  /** Attempts that may be tried without delay (counting from the last success). */
  free: number;
  /** Delay after the `free`-th attempt; doubles with each further attempt. */
  baseSeconds: number;
  /** The longest delay. */
  capSeconds: number;
  /** A key that has been quiet this long starts again from zero. */
  forgetAfterHours: number;
}

/** Per (username, address): five tries, then 30 s, 1, 2, 4, 8 min, then one try every 15 min. */
export const USER_BACKOFF: BackoffPolicy = { free: 5, baseSeconds: 30, capSeconds: 15 * 60, forgetAfterHours: 24 };
/** Per address, whatever the username: an office behind one NAT address signs in many people. */
export const ADDRESS_BACKOFF: BackoffPolicy = { free: 50, baseSeconds: 30, capSeconds: 15 * 60, forgetAfterHours: 24 };

/** Beyond this the delay is long at the cap anyway; it keeps 2^k inside a double. */
const MAX_DOUBLINGS = 30;

/**
 * Seconds to wait after the n-th counted attempt (n ≥ 1) before the next one may be tried.
 * The SQL in `countAttempt` computes the same; the unit test holds them to this definition.
 */
export function backoffSeconds(n: number, p: BackoffPolicy): number {
  if (n < p.free) return 0;
  return Math.min(p.capSeconds, p.baseSeconds * 2 ** Math.min(n - p.free, MAX_DOUBLINGS));
}

export type ThrottleScope = 'user' | 'address';

interface Key {
  tenantId: string;
  scope: ThrottleScope;
  username: string;
  ip: string;
}

class Refused extends Error {
  constructor(readonly until: Date) {
    super('refused');
  }
}

/**
 * Counts one attempt on the key unless it is blocked; returns null when it was counted, or the
 * instant until which the key is blocked.
 */
async function countAttempt(tx: Tx | Db, k: Key, p: BackoffPolicy, now: Date): Promise<Date | null> {
  const t = loginThrottle;
  const nowIso = now.toISOString();
  const forgetBefore = new Date(now.getTime() - p.forgetAfterHours * 3600_000).toISOString();
  const n = sql`(CASE WHEN ${t.updatedAt} < ${forgetBefore}::timestamptz THEN 1 ELSE ${t.failures} + 1 END)`;
  const firstDelay = backoffSeconds(1, p);
  const rows = await tx
    .insert(t)
    .values({
      ...k,
      failures: 1,
      blockedUntil: firstDelay ? new Date(now.getTime() + firstDelay * 1000) : null,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: [t.tenantId, t.scope, t.username, t.ip],
      set: {
        failures: n,
        blockedUntil: sql`(CASE WHEN ${n} < ${p.free}::int THEN NULL ELSE ${nowIso}::timestamptz + make_interval(secs => least(${p.capSeconds}::float8, ${p.baseSeconds}::float8 * power(2::float8, least(${n} - ${p.free}::int, ${MAX_DOUBLINGS}::int)))) END)`,
        updatedAt: now,
      },
      setWhere: sql`${t.blockedUntil} IS NULL OR ${t.blockedUntil} <= ${nowIso}::timestamptz`,
    })
    .returning({ failures: t.failures });
  if (rows.length) return null;
  const [row] = await tx
    .select({ blockedUntil: t.blockedUntil })
    .from(t)
    .where(and(eq(t.tenantId, k.tenantId), eq(t.scope, k.scope), eq(t.username, k.username), eq(t.ip, k.ip)));
  return row?.blockedUntil ?? now;
}

/** A refused attempt; the sign-in route turns `retryAfterSeconds` into a Retry-After header. */
export class SignInThrottled extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    const wait = retryAfterSeconds < 60 ? `${retryAfterSeconds} giây` : `${Math.ceil(retryAfterSeconds / 60)} phút`;
    super(
      'THROTTLED',
      `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${wait}, hoặc nhờ quản trị viên gỡ chặn đăng nhập cho tài khoản.`,
    );
  }
}

function throttled(until: Date, now: Date) {
  // Counted from now, not from when this request began: a request that started just before another
  // one set the back-off would otherwise be told a second more than the back-off itself.
  const at = Math.max(now.getTime(), clockNow().getTime());
  return new SignInThrottled(Math.max(1, Math.ceil((until.getTime() - at) / 1000)));
}

/**
 * Takes one attempt for (username, ip) before the password is tried; throws THROTTLED when the
 * back-off does not allow it yet. `usualAddress` skips the per-address limit.
 */
export async function takeAttempt(
  db: Db,
  a: { tenantId: string; username: string; ip: string; usualAddress: boolean; now: Date },
) {
  try {
    await db.transaction(async (tx) => {
      const userBlocked = await countAttempt(
        tx,
        { tenantId: a.tenantId, scope: 'user', username: a.username, ip: a.ip },
        USER_BACKOFF,
        a.now,
      );
      if (userBlocked) throw new Refused(userBlocked);
      if (a.usualAddress) return;
      const addressBlocked = await countAttempt(
        tx,
        { tenantId: a.tenantId, scope: 'address', username: '', ip: a.ip },
        ADDRESS_BACKOFF,
        a.now,
      );
      if (addressBlocked) throw new Refused(addressBlocked);
    });
  } catch (e) {
    if (e instanceof Refused) throw throttled(e.until, a.now);
    throw e;
  }
}

/**
 * After a successful sign-in: the (username, address) key starts again; the attempt is taken back
 * from the address's count (it was not a failure); keys quiet for longer than they are remembered
 * are swept.
 */
export async function recordSuccess(db: Db, a: { tenantId: string; username: string; ip: string; now: Date }) {
  const t = loginThrottle;
  await db
    .delete(t)
    .where(and(eq(t.tenantId, a.tenantId), eq(t.scope, 'user'), eq(t.username, a.username), eq(t.ip, a.ip)));
  await db
    .update(t)
    .set({ failures: sql`greatest(${t.failures} - 1, 0)` })
    .where(and(eq(t.tenantId, a.tenantId), eq(t.scope, 'address'), eq(t.username, ''), eq(t.ip, a.ip)));
  const forgetHours = Math.max(USER_BACKOFF.forgetAfterHours, ADDRESS_BACKOFF.forgetAfterHours);
  await db
    .delete(t)
    .where(and(eq(t.tenantId, a.tenantId), lt(t.updatedAt, new Date(a.now.getTime() - forgetHours * 3600_000))));
}

export interface UserThrottleState {
  /** Attempts counted since the last success, over every address. */
  failures: number;
  /** The latest instant until which some address may not try; null when none is blocked now. */
  blockedUntil: Date | null;
}

/** The back-off state of each username of the tenant that has counted attempts. */
export async function throttleByUsername(
  db: Db,
  tenantId: string,
  now: Date,
  /** Only these usernames (a page of the accounts list); all when omitted. */
  usernames?: readonly string[],
): Promise<Map<string, UserThrottleState>> {
  const t = loginThrottle;
  if (usernames?.length === 0) return new Map();
  const rows = await db
    .select({ username: t.username, failures: t.failures, blockedUntil: t.blockedUntil, updatedAt: t.updatedAt })
    .from(t)
    .where(
      and(eq(t.tenantId, tenantId), eq(t.scope, 'user'), usernames ? inArray(t.username, [...usernames]) : undefined),
    );
  const out = new Map<string, UserThrottleState>();
  const forgetBefore = now.getTime() - USER_BACKOFF.forgetAfterHours * 3600_000;
  for (const r of rows) {
    if (r.updatedAt.getTime() < forgetBefore) continue;
    const s = out.get(r.username) ?? { failures: 0, blockedUntil: null };
    s.failures += r.failures;
    if (r.blockedUntil && r.blockedUntil > now && (!s.blockedUntil || r.blockedUntil > s.blockedUntil))
      s.blockedUntil = r.blockedUntil;
    out.set(r.username, s);
  }
  return out;
}

/** The administrator's unlock: every address's count for the username starts again. */
export async function clearUserThrottle(db: Db | Tx, tenantId: string, username: string) {
  const t = loginThrottle;
  const removed = await db
    .delete(t)
    .where(and(eq(t.tenantId, tenantId), eq(t.scope, 'user'), eq(t.username, username)))
    .returning({ ip: t.ip });
  return removed.length;
}
