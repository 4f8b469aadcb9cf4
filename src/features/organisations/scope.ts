// Turning a permission into the set of organisations it reaches, for list queries, and the
// single-organisation check every use case runs before touching an organisation's data.
import { and, eq, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { organisations } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import { type Actor, grantRoots, type Permission, requireAccess } from '../../server/policy.js';
import { orgChain, subtreeIds } from './tree.js';

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
