// Server-side sessions: the browser holds a random token in an HttpOnly, SameSite=Lax cookie;
// the database holds only its SHA-256 with the user, the CSRF token and the expiry.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { apiTokens, roleGrants, sessions, tenants, users } from '../db/schema.js';
import type { Role } from '../domain/registry/vocab.js';
import type { Actor } from './policy.js';

export const SESSION_COOKIE = 'tdkt_session';
export const CSRF_HEADER = 'x-csrf-token';

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const token = () => randomBytes(32).toString('base64url');

/** The cookie value names the tenant so lookups stay inside one tenant's shard. */
export function encodeCookie(tenantId: string, raw: string) {
  return `${tenantId}.${raw}`;
}
function decodeCookie(value: string): { tenantId: string; raw: string } | null {
  const i = value.indexOf('.');
  if (i <= 0) return null;
  const tenantId = value.slice(0, i);
  if (!/^[0-9a-f-]{36}$/.test(tenantId)) return null;
  return { tenantId, raw: value.slice(i + 1) };
}

export async function createSession(
  db: Db,
  args: { tenantId: string; userId: string; hours: number; ip: string | null; userAgent: string | null; now: Date },
) {
  const raw = token();
  const csrfToken = token();
  await db.insert(sessions).values({
    tenantId: args.tenantId,
    tokenHash: sha256(raw),
    userId: args.userId,
    csrfToken,
    createdAt: args.now,
    lastSeenAt: args.now,
    expiresAt: new Date(args.now.getTime() + args.hours * 3600_000),
    ip: args.ip,
    userAgent: args.userAgent?.slice(0, 300) ?? null,
  });
  return { cookie: encodeCookie(args.tenantId, raw), csrfToken };
}

export async function loadActor(db: Db, tenantId: string, userId: string): Promise<Actor | null> {
  const [u] = await db
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, userId), eq(users.active, true)));
  if (!u) return null;
  const grants = await db
    .select({ role: roleGrants.role, orgId: roleGrants.orgId })
    .from(roleGrants)
    .where(and(eq(roleGrants.tenantId, tenantId), eq(roleGrants.userId, userId)));
  return {
    tenantId,
    userId,
    username: u.username,
    fullName: u.fullName,
    grants: grants.map((g) => ({ role: g.role as Role, orgId: g.orgId })),
  };
}

export async function resolveSession(db: Db, cookieValue: string | undefined, now: Date) {
  if (!cookieValue) return null;
  const decoded = decodeCookie(cookieValue);
  if (!decoded) return null;
  const tokenHash = sha256(decoded.raw);
  const [s] = await db
    .select()
    .from(sessions)
    .where(
      and(eq(sessions.tenantId, decoded.tenantId), eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)),
    );
  if (!s) return null;
  const actor = await loadActor(db, s.tenantId, s.userId);
  if (!actor) return null;
  // Touch at most once a minute to keep writes off the hot path.
  if (now.getTime() - s.lastSeenAt.getTime() > 60_000) {
    await db
      .update(sessions)
      .set({ lastSeenAt: now })
      .where(and(eq(sessions.tenantId, s.tenantId), eq(sessions.tokenHash, tokenHash)));
  }
  return { actor, session: { tokenHash, csrfToken: s.csrfToken } };
}

export async function destroySession(db: Db, tenantId: string, tokenHash: string) {
  await db.delete(sessions).where(and(eq(sessions.tenantId, tenantId), eq(sessions.tokenHash, tokenHash)));
}

export async function destroyUserSessions(db: Db, tenantId: string, userId: string) {
  await db.delete(sessions).where(and(eq(sessions.tenantId, tenantId), eq(sessions.userId, userId)));
}

export async function purgeExpiredSessions(db: Db, now: Date) {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

export async function findTenantByCode(db: Db, code: string) {
  const [t] = await db.select().from(tenants).where(eq(tenants.code, code));
  return t ?? null;
}

/** API tokens look like tdkt_<tenant id>_<random>; the database keeps only their SHA-256. */
export function newApiToken(tenantId: string) {
  const raw = `tdkt_${tenantId}_${token()}`;
  return { raw, hash: sha256(raw) };
}

export async function resolveApiToken(db: Db, authorization: string | undefined, now: Date) {
  const m = /^Bearer\s+(tdkt_([0-9a-f-]{36})_[A-Za-z0-9_-]+)$/.exec(authorization ?? '');
  if (!m) return null;
  const [, raw, tenantId] = m;
  const [t] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tenantId, tenantId), eq(apiTokens.tokenHash, sha256(raw)), isNull(apiTokens.revokedAt)));
  if (!t) return null;
  const actor = await loadActor(db, tenantId, t.userId);
  if (!actor) return null;
  if (!t.lastUsedAt || now.getTime() - t.lastUsedAt.getTime() > 60_000) {
    await db
      .update(apiTokens)
      .set({ lastUsedAt: now })
      .where(and(eq(apiTokens.tenantId, tenantId), eq(apiTokens.id, t.id)));
  }
  return actor;
}
