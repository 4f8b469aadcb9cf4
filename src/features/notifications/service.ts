// In-app notifications: each step of a round that waits on someone tells them so. Written in the
// same transaction as the step itself; e-mailed afterwards by the outbox (./mailer.ts) when SMTP
// is configured.
import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { notifications, roleGrants } from '../../db/schema.js';
import type { Ctx } from '../../server/context.js';
import { notFound } from '../../server/errors.js';
import { type Permission, roleAllows } from '../../server/policy.js';
import { ROLES } from '../../domain/registry/vocab.js';
import { now as clockNow } from '../../server/clock.js';

export interface NotificationInput {
  /** Machine code of the step: 'round.opened', 'proposal.returned', 'ballot.open'… */
  kind: string;
  title: string;
  body?: string;
  /** Path in the web app that shows what waits ('/dot-xet/…'). */
  link?: string;
}

/** Adds one notification per distinct user. */
export async function notify(
  tx: Tx | Db,
  tenantId: string,
  userIds: readonly string[],
  n: NotificationInput,
  now = clockNow(),
): Promise<void> {
  const unique = [...new Set(userIds)];
  if (!unique.length) return;
  await tx.insert(notifications).values(
    unique.map((userId) => ({
      tenantId,
      id: crypto.randomUUID(),
      userId,
      kind: n.kind,
      title: n.title,
      body: n.body ?? '',
      link: n.link ?? null,
      createdAt: now,
    })),
  );
}

/**
 * Users holding `permission` through a grant on one of `orgIds` (typically an organisation's
 * chain of ancestors, so a grant higher up counts): who must act on that organisation.
 */
export async function usersWithPermission(
  tx: Tx | Db,
  tenantId: string,
  permission: Permission,
  orgIds: readonly string[],
): Promise<string[]> {
  if (!orgIds.length) return [];
  const roles = ROLES.filter((r) => roleAllows(r, permission));
  const rows = await tx
    .selectDistinct({ userId: roleGrants.userId })
    .from(roleGrants)
    .where(
      and(eq(roleGrants.tenantId, tenantId), inArray(roleGrants.role, roles), inArray(roleGrants.orgId, [...orgIds])),
    );
  return rows.map((r) => r.userId);
}

export async function listMyNotifications(ctx: Ctx, limit = 30) {
  const mine = and(eq(notifications.tenantId, ctx.actor.tenantId), eq(notifications.userId, ctx.actor.userId));
  const [items, [unread]] = await Promise.all([
    ctx.db.select().from(notifications).where(mine).orderBy(desc(notifications.createdAt)).limit(limit),
    ctx.db
      .select({ n: count() })
      .from(notifications)
      .where(and(mine, isNull(notifications.readAt))),
  ]);
  return {
    unread: Number(unread?.n ?? 0),
    items: items.map((n) => ({
      id: n.id,
      kind: n.kind,
      title: n.title,
      body: n.body,
      link: n.link,
      createdAt: n.createdAt.toISOString(),
      read: n.readAt != null,
    })),
  };
}

/** Marks one of the actor's notifications read (reading is not a business write: not audited). */
export async function markNotificationRead(ctx: Ctx, id: string) {
  const done = await ctx.db
    .update(notifications)
    .set({ readAt: ctx.now })
    .where(
      and(
        eq(notifications.tenantId, ctx.actor.tenantId),
        eq(notifications.userId, ctx.actor.userId),
        eq(notifications.id, id),
      ),
    )
    .returning({ id: notifications.id });
  if (!done.length) throw notFound('thông báo');
  return { ok: true };
}

export async function markAllNotificationsRead(ctx: Ctx) {
  await ctx.db
    .update(notifications)
    .set({ readAt: ctx.now })
    .where(
      and(
        eq(notifications.tenantId, ctx.actor.tenantId),
        eq(notifications.userId, ctx.actor.userId),
        isNull(notifications.readAt),
      ),
    );
  return { ok: true };
}
