// SQL of the users table for other features: active accounts with the position of their person
// record (a signer's lines on a decision), the accounts that may sit on a council.
import { and, asc, countDistinct, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { people, roleGrants, users } from '../../db/schema.js';
import { searchCondition } from '../../server/paging.js';
import { subtreeSql } from '../organisations/tree.js';

type Q = Db | Tx;

/** The active users among `ids`, with their full name, username and the position on their person record. */
export async function activeUsersWithPosition(q: Q, tenantId: string, ids: readonly string[]) {
  if (!ids.length) return [];
  return q
    .select({ id: users.id, fullName: users.fullName, username: users.username, position: people.position })
    .from(users)
    .leftJoin(people, and(eq(people.tenantId, users.tenantId), eq(people.id, users.personId)))
    .where(and(eq(users.tenantId, tenantId), inArray(users.id, [...ids]), eq(users.active, true)));
}

/**
 * One page of the active accounts holding a role on `orgId` or inside it (the search matches the
 * username or the full name, diacritics ignored), each with its roles there and the position on
 * its person record; by full name, then username. `total` counts every matching account.
 */
export async function grantHoldersUnder(
  q: Q,
  tenantId: string,
  orgId: string,
  o: { search?: string; limit: number; offset: number },
) {
  const where = and(
    eq(roleGrants.tenantId, tenantId),
    sql`${roleGrants.orgId} IN (${subtreeSql(tenantId, [orgId])})`,
    eq(users.active, true),
    ...searchCondition(users.searchKey, o.search),
  );
  const holders = and(eq(users.tenantId, roleGrants.tenantId), eq(users.id, roleGrants.userId));
  const [[counted], rows] = await Promise.all([
    q
      .select({ total: countDistinct(users.id) })
      .from(roleGrants)
      .innerJoin(users, holders)
      .where(where),
    q
      .select({
        id: users.id,
        username: users.username,
        fullName: users.fullName,
        position: people.position,
        roles: sql<string>`string_agg(DISTINCT ${roleGrants.role}, ',' ORDER BY ${roleGrants.role})`,
      })
      .from(roleGrants)
      .innerJoin(users, holders)
      .leftJoin(people, and(eq(people.tenantId, users.tenantId), eq(people.id, users.personId)))
      .where(where)
      .groupBy(users.id, users.username, users.fullName, people.position)
      .orderBy(asc(users.fullName), asc(users.username))
      .limit(o.limit)
      .offset(o.offset),
  ]);
  return {
    total: Number(counted?.total ?? 0),
    rows: rows.map((r) => ({ ...r, roles: r.roles.split(',') })),
  };
}

/** A user's full name, or null when there is no such user. */
export async function userFullName(q: Q, tenantId: string, id: string): Promise<string | null> {
  const [row] = await q
    .select({ fullName: users.fullName })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, id)));
  return row?.fullName ?? null;
}
