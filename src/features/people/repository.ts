// SQL of the people table for other features: the citizen identity numbers of some people
// (printed on a decision's list and its certificates), and the people of some units for a picker.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { organisations, people } from '../../db/schema.js';
import { searchCondition } from '../../server/paging.js';

type Q = Db | Tx;

/** The CCCD number of each of the people that has one recorded: cccd by person id. */
export async function cccdsOf(q: Q, tenantId: string, ids: readonly string[]): Promise<Map<string, string | null>> {
  if (!ids.length) return new Map();
  const rows = await q
    .select({ id: people.id, cccd: people.cccd })
    .from(people)
    .where(and(eq(people.tenantId, tenantId), inArray(people.id, [...new Set(ids)])));
  return new Map(rows.map((r) => [r.id, r.cccd]));
}

/** One person's record, or null. */
export async function findPerson(q: Q, tenantId: string, id: string) {
  const [row] = await q
    .select()
    .from(people)
    .where(and(eq(people.tenantId, tenantId), eq(people.id, id)));
  return row ?? null;
}

/** One person with the name of their unit (null when unknown), or null. */
export async function personWithUnit(q: Q, tenantId: string, id: string) {
  const [row] = await q
    .select({
      id: people.id,
      fullName: people.fullName,
      position: people.position,
      orgId: people.orgId,
      sortKey: people.sortKey,
      orgName: organisations.name,
    })
    .from(people)
    .leftJoin(organisations, and(eq(organisations.tenantId, people.tenantId), eq(organisations.id, people.orgId)))
    .where(and(eq(people.tenantId, tenantId), eq(people.id, id)));
  return row ?? null;
}

/** At most `limit` people of these organisations matching the search (diacritics ignored), by name. */
export async function peopleToPick(
  q: Q,
  tenantId: string,
  orgIds: readonly string[],
  search: string | undefined,
  limit: number,
) {
  if (!orgIds.length) return [];
  return q
    .select({ id: people.id, name: people.fullName, position: people.position, orgName: organisations.name })
    .from(people)
    .leftJoin(organisations, and(eq(organisations.tenantId, people.tenantId), eq(organisations.id, people.orgId)))
    .where(
      and(
        eq(people.tenantId, tenantId),
        inArray(people.orgId, [...orgIds]),
        ...searchCondition(people.searchKey, search),
      ),
    )
    .orderBy(sql`${people.sortKey} COLLATE "C"`)
    .limit(limit);
}

/** The gender recorded for each of the people: gender by person id (the certificate's Ông/Bà). */
export async function gendersOf(q: Q, tenantId: string, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await q
    .select({ id: people.id, gender: people.gender })
    .from(people)
    .where(and(eq(people.tenantId, tenantId), inArray(people.id, [...ids])));
  return new Map(rows.map((r) => [r.id, r.gender]));
}
