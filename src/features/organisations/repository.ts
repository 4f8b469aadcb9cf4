// SQL of the organisations table for other features: one organisation by id, the office under a
// body, the units a picker offers. The tree (ancestors, subtree) is in tree.ts, the access scopes in scope.ts.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { organisations } from '../../db/schema.js';
import { searchCondition } from '../../server/paging.js';

type Q = Db | Tx;

export type OrganisationRow = typeof organisations.$inferSelect;

/** One organisation of the tenant, or null. */
export async function findOrganisation(q: Q, tenantId: string, id: string): Promise<OrganisationRow | null> {
  const [row] = await q
    .select()
    .from(organisations)
    .where(and(eq(organisations.tenantId, tenantId), eq(organisations.id, id)));
  return row ?? null;
}

/** The name of a unit directly under `parentId` whose name starts with `prefix` (e.g. "Phòng Văn hóa"), or null. */
export async function childNameStartingWith(q: Q, tenantId: string, parentId: string, prefix: string) {
  const [row] = await q
    .select({ name: organisations.name })
    .from(organisations)
    .where(
      and(
        eq(organisations.tenantId, tenantId),
        eq(organisations.parentId, parentId),
        sql`${organisations.name} like ${`${prefix.replace(/[\\%_]/g, '\\$&')}%`}`,
      ),
    )
    .limit(1);
  return row?.name ?? null;
}

/** At most `limit` of these organisations matching the search (diacritics ignored), in tree order. */
export async function organisationsToPick(
  q: Q,
  tenantId: string,
  ids: readonly string[],
  search: string | undefined,
  limit: number,
) {
  if (!ids.length) return [];
  return q
    .select({ id: organisations.id, name: organisations.name, type: organisations.type })
    .from(organisations)
    .where(
      and(
        eq(organisations.tenantId, tenantId),
        inArray(organisations.id, [...ids]),
        ...searchCondition(organisations.searchKey, search),
      ),
    )
    .orderBy(sql`${organisations.sortKey} COLLATE "C"`)
    .limit(limit);
}
