import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { apiTokens, organisations, tenants, users } from '../../db/schema.js';
import { PERMISSIONS_OF } from '../../server/permissions-list.js';
import { AppError, forbidden, invalid } from '../../server/errors.js';
import {
  burnVerify,
  hashPassword,
  passwordAcceptable,
  PASSWORD_RULE_MESSAGE,
  verifyPassword,
} from '../../server/passwords.js';
import type { Actor } from '../../server/policy.js';
import { createSession, destroySession, newApiToken } from '../../server/session.js';
import { throttleKeyOf } from '../../server/client-address.js';
import { appendAudit, recordAudit } from '../audit/append.js';
import type { Ctx } from '../../server/context.js';
import { endCredentials } from './credentials.js';
import { recordSuccess, takeAttempt } from './throttle.js';

export async function listTenants(db: Db) {
  const rows = await db.select({ code: tenants.code, name: tenants.name }).from(tenants).orderBy(tenants.code);
  return rows;
}

async function pickTenant(db: Db, code: string | undefined) {
  const all = await db.select().from(tenants);
  if (code) {
    const t = all.find((x) => x.code.toLowerCase() === code.toLowerCase());
    if (!t)
      throw invalid([
        { field: 'tenant', label: 'Đơn vị triển khai', message: `Không có đơn vị triển khai mã "${code}".` },
      ]);
    return t;
  }
  if (all.length === 1) return all[0];
  throw invalid([{ field: 'tenant', label: 'Đơn vị triển khai', message: 'Chọn đơn vị triển khai.' }]);
}

/**
 * Signs in. The attempt is counted by the back-off before the password is tried (throttle.ts), so
 * parallel guesses cannot get more tries than sequential ones; see README.md beside this file.
 */
export async function signIn(
  db: Db,
  input: { tenant?: string; username: string; password: string },
  meta: { ip: string; userAgent: string | null; now: Date; sessionHours: number },
) {
  const tenant = await pickTenant(db, input.tenant);
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenant.id), eq(users.username, input.username)));
  const key = throttleKeyOf(meta.ip);
  const usualAddress = !!user?.active && !!user.lastSignInIp && throttleKeyOf(user.lastSignInIp) === key;
  await takeAttempt(db, { tenantId: tenant.id, username: input.username, ip: key, usualAddress, now: meta.now });
  let ok = false;
  // No such active user: the same hashing work all the same, so the answer's timing tells nothing.
  if (user?.active) ok = await verifyPassword(user.passwordHash, input.password);
  else await burnVerify(input.password);
  if (!ok) throw new AppError('UNAUTHENTICATED', 'Tên đăng nhập hoặc mật khẩu không đúng.');
  await recordSuccess(db, { tenantId: tenant.id, username: input.username, ip: key, now: meta.now });
  await db
    .update(users)
    .set({ lastSignInAt: meta.now, lastSignInIp: meta.ip })
    .where(and(eq(users.tenantId, tenant.id), eq(users.id, user.id)));
  const session = await createSession(db, {
    tenantId: tenant.id,
    userId: user.id,
    hours: meta.sessionHours,
    ip: meta.ip,
    userAgent: meta.userAgent,
    now: meta.now,
  });
  await db.transaction((tx) =>
    appendAudit(
      tx,
      { tenantId: tenant.id, userId: user.id, name: user.fullName },
      {
        action: 'auth.sign_in',
        entityType: 'user',
        entityId: user.id,
        summary: `Đăng nhập từ địa chỉ ${meta.ip}`,
      },
      meta.now,
    ),
  );
  return session;
}

export async function signOut(ctx: Ctx, tokenHash: string) {
  await destroySession(ctx.db, ctx.actor.tenantId, tokenHash);
  await ctx.db.transaction((tx) =>
    appendAudit(
      tx,
      { tenantId: ctx.actor.tenantId, userId: ctx.actor.userId, name: ctx.actor.fullName },
      {
        action: 'auth.sign_out',
        entityType: 'user',
        entityId: ctx.actor.userId,
        summary: 'Đăng xuất',
      },
      ctx.now,
    ),
  );
}

export async function describeMe(db: Db, actor: Actor, csrfToken: string) {
  const [tenant] = await db.select().from(tenants).where(eq(tenants.id, actor.tenantId));
  const orgIds = [...new Set(actor.grants.map((g) => g.orgId))];
  const orgs = orgIds.length
    ? await db
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(and(eq(organisations.tenantId, actor.tenantId), inArray(organisations.id, orgIds)))
    : [];
  const names = new Map(orgs.map((o) => [o.id, o.name]));
  return {
    userId: actor.userId,
    username: actor.username,
    fullName: actor.fullName,
    tenant: { id: tenant.id, code: tenant.code, name: tenant.name },
    grants: actor.grants.map((g) => ({ ...g, orgName: names.get(g.orgId) ?? '' })),
    permissions: PERMISSIONS_OF(actor),
    csrfToken,
  };
}

export async function changeOwnPassword(ctx: Ctx, input: { currentPassword: string; newPassword: string }) {
  const [user] = await ctx.db
    .select()
    .from(users)
    .where(and(eq(users.tenantId, ctx.actor.tenantId), eq(users.id, ctx.actor.userId)));
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw invalid([{ field: 'currentPassword', label: 'Mật khẩu hiện tại', message: 'Mật khẩu hiện tại không đúng.' }]);
  }
  if (!passwordAcceptable(input.newPassword)) {
    throw invalid([{ field: 'newPassword', label: 'Mật khẩu mới', message: PASSWORD_RULE_MESSAGE }]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, updatedAt: ctx.now })
      .where(and(eq(users.tenantId, ctx.actor.tenantId), eq(users.id, ctx.actor.userId)));
    const ended = await endCredentials(tx, {
      tenantId: ctx.actor.tenantId,
      userId: ctx.actor.userId,
      username: user.username,
      now: ctx.now,
    });
    await appendAudit(
      tx,
      { tenantId: ctx.actor.tenantId, userId: ctx.actor.userId, name: ctx.actor.fullName },
      {
        action: 'user.change_password',
        entityType: 'user',
        entityId: ctx.actor.userId,
        summary: ended.tokens ? `Đổi mật khẩu; thu hồi ${ended.tokens} mã truy cập API` : 'Đổi mật khẩu',
      },
      ctx.now,
    );
  });
}

export async function listApiTokens(ctx: Ctx) {
  const rows = await ctx.db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tenantId, ctx.actor.tenantId), eq(apiTokens.userId, ctx.actor.userId)));
  return rows
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .map((t) => ({
      id: t.id,
      name: t.name,
      createdAt: t.createdAt.toISOString(),
      lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
      revokedAt: t.revokedAt?.toISOString() ?? null,
    }));
}

/** Issues a token acting as the current user; the raw token is shown once and never stored. */
export async function createApiToken(ctx: Ctx, name: string, via: { bearer: boolean }) {
  // A token is for another system acting as the user; it must not be able to multiply itself (a
  // leaked token revoked by its owner would otherwise live on in the tokens it minted).
  if (via.bearer)
    throw forbidden(
      'Mã truy cập API không được dùng để tạo mã truy cập khác. Hãy đăng nhập vào hệ thống để tạo mã mới.',
    );
  const { raw, hash } = newApiToken(ctx.actor.tenantId);
  const id = crypto.randomUUID();
  await ctx.db.transaction(async (tx) => {
    await tx.insert(apiTokens).values({
      tenantId: ctx.actor.tenantId,
      id,
      userId: ctx.actor.userId,
      name,
      tokenHash: hash,
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'api_token.create',
      entityType: 'api_token',
      entityId: id,
      summary: `Tạo mã truy cập API "${name}"`,
    });
  });
  return { id, name, token: raw };
}

export async function revokeApiToken(ctx: Ctx, id: string) {
  const [t] = await ctx.db
    .select()
    .from(apiTokens)
    .where(
      and(eq(apiTokens.tenantId, ctx.actor.tenantId), eq(apiTokens.id, id), eq(apiTokens.userId, ctx.actor.userId)),
    );
  if (!t) throw new AppError('NOT_FOUND', 'Không tìm thấy mã truy cập.');
  if (t.revokedAt) return;
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(apiTokens)
      .set({ revokedAt: ctx.now })
      .where(and(eq(apiTokens.tenantId, ctx.actor.tenantId), eq(apiTokens.id, id)));
    await recordAudit(tx, ctx, {
      action: 'api_token.revoke',
      entityType: 'api_token',
      entityId: id,
      summary: `Thu hồi mã truy cập API "${t.name}"`,
    });
  });
}
