// Turning a permission into the set of organisations it reaches, for list queries, and the
// single-organisation check every use case runs before touching an organisation's data.
import { type AnyColumn, and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { organisations } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { type Actor, grantRoots, type Permission, requireAccess } from '../../server/policy.js';
import { ancestorsSql, orgChain, subtreeIds, subtreeSql } from './tree.js';

/** null means "every organisation of the tenant" (a grant on the root). */
export type OrgScope = Set<string> | null;

export async function scopeFor(db: Db | Tx, actor: Actor, permission: Permission): Promise<OrgScope> {
  const roots = grantRoots(actor, permission);
  if (roots.length === 0) return new Set();
  const rootRows = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.tenantId, actor.tenantId), isNull(organisations.parentId)));
  if (rootRows.some((r) => roots.includes(r.id))) return null;
  return new Set(await subtreeIds(db, actor.tenantId, roots));
}

/**
 * The actor's reach for a permission as a condition on an organisation column, computed in SQL
 * (no ids loaded): undefined when a grant covers the whole tenant (a grant on a root), false when
 * the actor holds the permission nowhere, else `column IN (the grants' subtrees)`.
 */
export async function scopeSql(
  db: Db | Tx,
  actor: Actor,
  permission: Permission,
  column: AnyColumn | SQL,
): Promise<SQL | undefined> {
  const roots = grantRoots(actor, permission);
  if (roots.length === 0) return sql`false`;
  if (await holdsRoot(db, actor.tenantId, roots)) return undefined;
  return sql`${column} IN (${subtreeSql(actor.tenantId, roots)})`;
}

/**
 * Organisations whose subtree meets the actor's reach (inside it, or above a place the actor holds
 * the permission on), as a condition in SQL: undefined for the whole tenant.
 */
export async function overlapSql(
  db: Db | Tx,
  actor: Actor,
  permission: Permission,
  column: AnyColumn | SQL,
): Promise<SQL | undefined> {
  const roots = grantRoots(actor, permission);
  if (roots.length === 0) return sql`false`;
  if (await holdsRoot(db, actor.tenantId, roots)) return undefined;
  return sql`(${column} IN (${subtreeSql(actor.tenantId, roots)}) OR ${column} IN (${ancestorsSql(actor.tenantId, roots)}))`;
}

/** Whether one of the organisations is a root of the tenant (a grant there reaches everything). */
export async function holdsRoot(db: Db | Tx, tenantId: string, orgIds: readonly string[]): Promise<boolean> {
  if (orgIds.length === 0) return false;
  const rows = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(
      and(eq(organisations.tenantId, tenantId), isNull(organisations.parentId), inArray(organisations.id, [...orgIds])),
    );
  return rows.length > 0;
}

export function inScope(scope: OrgScope, orgId: string | null): boolean {
  if (scope === null) return true;
  return orgId !== null && scope.has(orgId);
}

/** Loads the organisation's chain and applies the policy; 404 when it does not exist. */
export async function requireOrgAccess(db: Db | Tx, actor: Actor, permission: Permission, orgId: string) {
  const chain = await orgChain(db, actor.tenantId, orgId);
  if (chain.length === 0) throw new AppError('NOT_FOUND', 'Không tìm thấy cơ quan, đơn vị.');
  requireAccess(actor, permission, chain);
  return chain;
}

/**
 * The condition that keeps a list inside what the actor may read: the subtree of the requested
 * organisation (after checking access to it), or every organisation the actor's grants reach.
 */
export async function readableOrgCondition(
  db: Db | Tx,
  actor: Actor,
  column: AnyColumn,
  orgId?: string,
): Promise<SQL | undefined> {
  let orgs: string[] | null;
  if (orgId) {
    await requireOrgAccess(db, actor, 'registry.read', orgId);
    orgs = await subtreeIds(db, actor.tenantId, [orgId]);
  } else {
    const scope = await scopeFor(db, actor, 'registry.read');
    orgs = scope ? [...scope] : null;
  }
  if (!orgs) return undefined;
  return orgs.length ? inArray(column, orgs) : sql`false`;
}

/** The one "matches the search" helper lives with the paging helpers; re-exported for the features that import it here. */
export { searchCondition } from '../../server/paging.js';
