// Who may be chosen for an organisation's body (a council's members): accounts that belong to
// that organisation — a grant on it, on a unit inside it, or on a level above it (the district
// or province office, the chairman). Accounts of a sibling unit, another ward, are outside its
// reach: choosing them by id would give a stranger a ballot and show their name in our papers.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { roleGrants, users } from '../../db/schema.js';
import { orgChain, subtreeIds } from './tree.js';

/**
 * The ids among `userIds` that are not active accounts of the tenant holding a grant on `orgId`,
 * inside it or above it. Empty when every one is within reach.
 */
export async function accountsOutsideReach(
  db: Db | Tx,
  tenantId: string,
  orgId: string,
  userIds: string[],
): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const [chain, subtree] = await Promise.all([orgChain(db, tenantId, orgId), subtreeIds(db, tenantId, [orgId])]);
  const reach = [...new Set([...chain, ...subtree])];
  const rows = await db
    .selectDistinct({ id: users.id })
    .from(users)
    .innerJoin(roleGrants, and(eq(roleGrants.tenantId, users.tenantId), eq(roleGrants.userId, users.id)))
    .where(
      and(
        eq(users.tenantId, tenantId),
        eq(users.active, true),
        inArray(users.id, userIds),
        inArray(roleGrants.orgId, reach),
      ),
    );
  const ok = new Set(rows.map((r) => r.id));
  return new Set(userIds.filter((id) => !ok.has(id)));
}
