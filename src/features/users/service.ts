// Account management. An admin may grant roles only inside the subtrees they administer.
import { and, asc, count, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { z } from '@hono/zod-openapi';
import { organisations, roleGrants, users } from '../../db/schema.js';
import type { Role } from '../../domain/registry/vocab.js';
import type { Db, Tx } from '../../db/client.js';
import type { Ctx } from '../../server/context.js';
import { isUniqueViolation } from '../../server/db-errors.js';
import { AppError, forbidden, invalid, notFound, refuse } from '../../server/errors.js';
import { hashPassword, passwordAcceptable, PASSWORD_RULE_MESSAGE } from '../../server/passwords.js';
import { requireAnywhere } from '../../server/policy.js';
import { destroyUserSessions } from '../../server/session.js';
import { endCredentials } from '../auth/credentials.js';
import { clearUserThrottle, throttleByUsername } from '../auth/throttle.js';
import { recordAudit } from '../audit/append.js';
import { inScope, scopeFor, scopeSql } from '../organisations/scope.js';
import { likePattern, offsetOf, searchWords } from '../../server/paging.js';
import type { ResetPasswordBody, UserCreateBody, UserListQuery, UserUpdateBody } from './schema.js';

/** Most accounts one Excel export holds. */
const USER_EXPORT_MAX = 20_000;

type Grant = { role: Role; orgId: string };

async function grantsOf(ctx: Ctx, userIds: string[]) {
  if (!userIds.length) return [];
  return ctx.db
    .select({ userId: roleGrants.userId, role: roleGrants.role, orgId: roleGrants.orgId, orgName: organisations.name })
    .from(roleGrants)
    .innerJoin(
      organisations,
      and(eq(organisations.tenantId, roleGrants.tenantId), eq(organisations.id, roleGrants.orgId)),
    )
    .where(and(eq(roleGrants.tenantId, ctx.actor.tenantId), inArray(roleGrants.userId, userIds)));
}

const USER_ORDER = {
  username: [asc(users.username)],
  name: [asc(users.fullName), asc(users.username)],
  recent: [sql`${users.lastSignInAt} DESC NULLS LAST`, asc(users.username)],
} as const;

/**
 * The accounts the actor manages, as a condition in SQL: every account to an administrator of the
 * whole tenant; else the accounts all of whose roles lie inside the subtrees the actor administers
 * (the accounts `loadManaged` lets them change). An account with a role outside, or with none, is
 * not theirs to see.
 */
async function managedCondition(ctx: Ctx): Promise<SQL | undefined> {
  const t = ctx.actor.tenantId;
  const grantOrgInScope = await scopeSql(ctx.db, ctx.actor, 'users.manage', sql`g.org_id`);
  if (grantOrgInScope === undefined) return undefined;
  const ofUser = sql`g.tenant_id = ${t} AND g.user_id = ${users.id}`;
  return sql`(EXISTS (SELECT 1 FROM role_grants g WHERE ${ofUser})
    AND NOT EXISTS (SELECT 1 FROM role_grants g WHERE ${ofUser} AND NOT (${grantOrgInScope})))`;
}

async function selectUsers(ctx: Ctx, where: SQL[], order: readonly SQL[], limit: number, offset: number) {
  const rows = await ctx.db
    .select()
    .from(users)
    .where(and(...where))
    .orderBy(...order, asc(users.id))
    .limit(limit)
    .offset(offset);
  const grants = await grantsOf(
    ctx,
    rows.map((u) => u.id),
  );
  const throttle = await throttleByUsername(
    ctx.db,
    ctx.actor.tenantId,
    ctx.now,
    rows.map((u) => u.username),
  );
  return rows.map((u) => ({
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    active: u.active,
    personId: u.personId,
    grants: grants.filter((g) => g.userId === u.id).map(({ userId: _u, ...g }) => g),
    lastSignInAt: u.lastSignInAt?.toISOString() ?? null,
    /** Sign-in attempts counted since the last success (every address), and until when some address must wait. */
    signInFailures: throttle.get(u.username)?.failures ?? 0,
    signInBlockedUntil: throttle.get(u.username)?.blockedUntil?.toISOString() ?? null,
  }));
}

async function userWhere(ctx: Ctx, q: Pick<UserListQuery, 'q' | 'active'>): Promise<SQL[]> {
  requireAnywhere(ctx.actor, 'users.manage');
  const where: SQL[] = [eq(users.tenantId, ctx.actor.tenantId)];
  const managed = await managedCondition(ctx);
  if (managed) where.push(managed);
  if (q.active !== undefined) where.push(eq(users.active, q.active === 'true'));
  for (const word of searchWords(q.q)) {
    // The stored key (user name and full name) or a unit of the account's roles, without
    // diacritics or case; the units matching the word are found once, not once an account.
    const pattern = likePattern(word);
    where.push(sql`(${users.searchKey} LIKE ${pattern} OR ${users.id} IN (
      SELECT g.user_id FROM role_grants g JOIN organisations o ON o.tenant_id = g.tenant_id AND o.id = g.org_id
        WHERE g.tenant_id = ${ctx.actor.tenantId} AND o.search_key LIKE ${pattern}))`);
  }
  return where;
}

/** One page of the accounts the actor manages, searched, filtered and ordered in SQL. */
export async function listUsers(ctx: Ctx, q: UserListQuery) {
  const where = await userWhere(ctx, q);
  const [[counted], items] = await Promise.all([
    ctx.db
      .select({ total: count() })
      .from(users)
      .where(and(...where)),
    selectUsers(ctx, where, USER_ORDER[q.sort], q.pageSize, offsetOf(q)),
  ]);
  return { items, total: counted?.total ?? 0, page: q.page, pageSize: q.pageSize };
}

/** Every account the actor manages (the Excel export), in username order. */
export async function exportUsers(ctx: Ctx, q: Pick<UserListQuery, 'q' | 'active'> = {}) {
  const where = await userWhere(ctx, q);
  return selectUsers(ctx, where, USER_ORDER.username, USER_EXPORT_MAX, 0);
}

async function userById(ctx: Ctx, id: string) {
  const where = await userWhere(ctx, {});
  const [u] = await selectUsers(ctx, [...where, eq(users.id, id)], USER_ORDER.username, 1, 0);
  if (!u) throw notFound('tài khoản');
  return u;
}

async function checkGrants(ctx: Ctx, grants: Grant[]) {
  const scope = await scopeFor(ctx.db, ctx.actor, 'users.manage');
  const ids = [...new Set(grants.map((g) => g.orgId))];
  const found = await ctx.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.tenantId, ctx.actor.tenantId), inArray(organisations.id, ids)));
  if (found.length !== ids.length)
    throw invalid([{ field: 'grants', label: 'Phân quyền', message: 'Có đơn vị được phân quyền không tồn tại.' }]);
  if (grants.some((g) => !inScope(scope, g.orgId)))
    throw forbidden('Bạn chỉ được phân quyền trong phạm vi đơn vị mình quản trị.');
  const seen = new Set<string>();
  return grants.filter((g) => {
    const k = `${g.role}|${g.orgId}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export async function createUser(ctx: Ctx, input: z.output<typeof UserCreateBody>) {
  requireAnywhere(ctx.actor, 'users.manage');
  if (!passwordAcceptable(input.password))
    throw invalid([{ field: 'password', label: 'Mật khẩu', message: PASSWORD_RULE_MESSAGE }]);
  const grants = await checkGrants(ctx, input.grants);
  const t = ctx.actor.tenantId;
  const row = {
    tenantId: t,
    id: crypto.randomUUID(),
    username: input.username,
    fullName: input.fullName,
    personId: input.personId ?? null,
    passwordHash: await hashPassword(input.password),
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  const taken = () =>
    refuse('USERNAME_TAKEN', `Tên đăng nhập "${input.username}" đã được dùng.`, [
      { field: 'username', label: 'Tên đăng nhập', message: 'Tên đăng nhập đã được dùng.' },
    ]);
  try {
    await ctx.db.transaction(async (tx) => {
      const [dup] = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.tenantId, t), eq(users.username, input.username)));
      if (dup) throw taken();
      await tx.insert(users).values(row);
      await tx.insert(roleGrants).values(grants.map((g) => ({ tenantId: t, userId: row.id, ...g })));
      await recordAudit(tx, ctx, {
        action: 'user.create',
        entityType: 'user',
        entityId: row.id,
        summary: `Tạo tài khoản "${row.username}" (${row.fullName})`,
        after: { username: row.username, fullName: row.fullName, grants },
      });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw taken();
    throw e;
  }
  return userById(ctx, row.id);
}

async function loadManaged(ctx: Ctx, id: string) {
  requireAnywhere(ctx.actor, 'users.manage');
  const [u] = await ctx.db
    .select()
    .from(users)
    .where(and(eq(users.tenantId, ctx.actor.tenantId), eq(users.id, id)));
  if (!u) throw notFound('tài khoản');
  const current = await grantsOf(ctx, [id]);
  const scope = await scopeFor(ctx.db, ctx.actor, 'users.manage');
  if (scope !== null && current.some((g) => !inScope(scope, g.orgId))) {
    throw forbidden('Tài khoản này có quyền ngoài phạm vi bạn quản trị.');
  }
  return { u, current };
}

/** Active users holding the administrator role on a root organisation of the tenant. */
export async function activeRootAdmins(db: Db | Tx, tenantId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: users.id })
    .from(users)
    .innerJoin(
      roleGrants,
      and(eq(roleGrants.tenantId, users.tenantId), eq(roleGrants.userId, users.id), eq(roleGrants.role, 'admin')),
    )
    .innerJoin(
      organisations,
      and(
        eq(organisations.tenantId, roleGrants.tenantId),
        eq(organisations.id, roleGrants.orgId),
        isNull(organisations.parentId),
      ),
    )
    .where(and(eq(users.tenantId, tenantId), eq(users.active, true)));
  return rows.map((r) => r.id);
}

const LAST_ADMIN_MESSAGE =
  'Đây là tài khoản quản trị hệ thống cuối cùng của toàn đơn vị; không thể khóa hoặc bỏ quyền quản trị của tài khoản này. Hãy cấp quyền quản trị cho một tài khoản khác trước.';

/**
 * Refuses a change that would leave the tenant with no active administrator of a root
 * organisation (nobody could then manage accounts). Runs inside the change's transaction, after
 * locking the current root administrators' rows, so two administrators demoting each other at
 * once cannot both pass.
 */
async function keepOneRootAdmin(
  tx: Tx,
  tenantId: string,
  userId: string,
  after: { active: boolean; grants: Grant[] },
  field: 'active' | 'grants',
) {
  const before = await activeRootAdmins(tx, tenantId);
  if (!before.includes(userId)) return;
  const roots = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.tenantId, tenantId), isNull(organisations.parentId)));
  const staysRootAdmin =
    after.active && after.grants.some((g) => g.role === 'admin' && roots.some((r) => r.id === g.orgId));
  if (staysRootAdmin) return;
  await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), inArray(users.id, before)))
    .orderBy(asc(users.id))
    .for('update');
  const others = (await activeRootAdmins(tx, tenantId)).filter((id) => id !== userId);
  if (others.length === 0) {
    throw new AppError('LAST_ADMIN', LAST_ADMIN_MESSAGE, [
      {
        field,
        label: field === 'active' ? 'Trạng thái' : 'Phân quyền',
        message: 'Phải còn ít nhất một quản trị hệ thống đang hoạt động.',
      },
    ]);
  }
}

export async function updateUser(ctx: Ctx, id: string, input: z.output<typeof UserUpdateBody>) {
  const { u, current } = await loadManaged(ctx, id);
  if (id === ctx.actor.userId && input.active === false) {
    throw invalid([{ field: 'active', label: 'Trạng thái', message: 'Không thể tự khóa tài khoản của mình.' }]);
  }
  const grants = input.grants ? await checkGrants(ctx, input.grants) : null;
  const t = ctx.actor.tenantId;
  await ctx.db.transaction(async (tx) => {
    await keepOneRootAdmin(
      tx,
      t,
      id,
      {
        active: input.active ?? u.active,
        grants: grants ?? current.map((g) => ({ role: g.role as Role, orgId: g.orgId })),
      },
      input.active === false ? 'active' : 'grants',
    );
    await tx
      .update(users)
      .set({ fullName: input.fullName ?? u.fullName, active: input.active ?? u.active, updatedAt: ctx.now })
      .where(and(eq(users.tenantId, t), eq(users.id, id)));
    if (grants) {
      await tx.delete(roleGrants).where(and(eq(roleGrants.tenantId, t), eq(roleGrants.userId, id)));
      await tx.insert(roleGrants).values(grants.map((g) => ({ tenantId: t, userId: id, ...g })));
    }
    await recordAudit(tx, ctx, {
      action: 'user.update',
      entityType: 'user',
      entityId: id,
      summary: `Sửa tài khoản "${u.username}"`,
      before: {
        fullName: u.fullName,
        active: u.active,
        grants: current.map((g) => ({ role: g.role, orgId: g.orgId })),
      },
      after: {
        fullName: input.fullName ?? u.fullName,
        active: input.active ?? u.active,
        grants: grants ?? current.map((g) => ({ role: g.role, orgId: g.orgId })),
      },
      reason: input.reason,
    });
  });
  if (input.active === false || grants) await destroyUserSessions(ctx.db, t, id);
  return userById(ctx, id);
}

export async function resetPassword(ctx: Ctx, id: string, input: z.output<typeof ResetPasswordBody>) {
  const { u } = await loadManaged(ctx, id);
  if (!passwordAcceptable(input.password))
    throw invalid([{ field: 'password', label: 'Mật khẩu', message: PASSWORD_RULE_MESSAGE }]);
  const passwordHash = await hashPassword(input.password);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, updatedAt: ctx.now })
      .where(and(eq(users.tenantId, ctx.actor.tenantId), eq(users.id, id)));
    const ended = await endCredentials(tx, {
      tenantId: ctx.actor.tenantId,
      userId: id,
      username: u.username,
      now: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'user.reset_password',
      entityType: 'user',
      entityId: id,
      summary: `Đặt lại mật khẩu tài khoản "${u.username}"${ended.tokens ? `; thu hồi ${ended.tokens} mã truy cập API` : ''}`,
    });
  });
}

/** The administrator lets a user whose sign-in is backed off try again at once, from every address. */
export async function unlockSignIn(ctx: Ctx, id: string) {
  const { u } = await loadManaged(ctx, id);
  await ctx.db.transaction(async (tx) => {
    const cleared = await clearUserThrottle(tx, ctx.actor.tenantId, u.username);
    await recordAudit(tx, ctx, {
      action: 'user.unlock_sign_in',
      entityType: 'user',
      entityId: id,
      summary: `Gỡ chặn đăng nhập cho tài khoản "${u.username}"${cleared ? ` (${cleared} địa chỉ)` : ''}`,
    });
  });
}
