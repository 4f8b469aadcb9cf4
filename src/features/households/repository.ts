// SQL of the households table for other features: one household with its village, and the
// households of some villages for a picker (a unit choosing the households it proposes).
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { households, organisations } from '../../db/schema.js';
import { searchCondition } from '../../server/paging.js';

type Q = Db | Tx;

/** At most `limit` households of these villages matching the search (diacritics ignored), by name. */
export async function householdsToPick(
  q: Q,
  tenantId: string,
  villageOrgIds: readonly string[],
  search: string | undefined,
  limit: number,
) {
  if (!villageOrgIds.length) return [];
  return q
    .select({ id: households.id, name: households.headName, address: households.address, village: organisations.name })
    .from(households)
    .innerJoin(
      organisations,
      and(eq(organisations.tenantId, households.tenantId), eq(organisations.id, households.villageOrgId)),
    )
    .where(
      and(
        eq(households.tenantId, tenantId),
        inArray(households.villageOrgId, [...villageOrgIds]),
        ...searchCondition(households.searchKey, search),
      ),
    )
    .orderBy(sql`${households.sortKey} COLLATE "C"`)
    .limit(limit);
}

/** One household with the name of its village, or null. */
export async function householdWithVillage(q: Q, tenantId: string, id: string) {
  const [row] = await q
    .select({ h: households, village: organisations.name })
    .from(households)
    .innerJoin(
      organisations,
      and(eq(organisations.tenantId, households.tenantId), eq(organisations.id, households.villageOrgId)),
    )
    .where(and(eq(households.tenantId, tenantId), eq(households.id, id)));
  return row ?? null;
}
