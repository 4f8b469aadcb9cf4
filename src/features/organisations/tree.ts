// Organisation tree queries used by the policy checks: an organisation's chain of ancestors and
// the subtree under a set of roots. Recursive CTEs filtered by tenant stay on one shard.
import { type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';

type Q = Db | Tx;

function rowsOf<T>(r: unknown): T[] {
  return ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];
}

/** The organisation itself first, then its parent, up to the root; [] when it does not exist. */
export async function orgChain(db: Q, tenantId: string, orgId: string): Promise<string[]> {
  const r = await db.execute(sql`
    WITH RECURSIVE up(id, parent_id, depth) AS (
      SELECT id, parent_id, 0 FROM organisations WHERE tenant_id = ${tenantId} AND id = ${orgId}
      UNION ALL
      SELECT o.id, o.parent_id, up.depth + 1 FROM organisations o
        JOIN up ON o.tenant_id = ${tenantId} AND o.id = up.parent_id
      WHERE up.depth < 50
    )
    SELECT id FROM up ORDER BY depth`);
  return rowsOf<{ id: string }>(r).map((x) => x.id);
}

/** Every organisation in the subtrees rooted at the given organisations (roots included). */
export async function subtreeIds(db: Q, tenantId: string, roots: string[]): Promise<string[]> {
  if (roots.length === 0) return [];
  const r = await db.execute(sql`
    WITH RECURSIVE down(id, depth) AS (
      SELECT id, 0 FROM organisations WHERE tenant_id = ${tenantId}
        AND id IN (${sql.join(
          roots.map((x) => sql`${x}`),
          sql`, `,
        )})
      UNION ALL
      SELECT o.id, down.depth + 1 FROM organisations o
        JOIN down ON o.tenant_id = ${tenantId} AND o.parent_id = down.id
      WHERE down.depth < 50
    )
    SELECT DISTINCT id FROM down`);
  return rowsOf<{ id: string }>(r).map((x) => x.id);
}

/**
 * The subtree under the given organisations (roots included) as a subquery of ids, for
 * `column IN (…)` conditions: the scope stays in SQL, whatever the size of the tree.
 */
export function subtreeSql(tenantId: string, roots: readonly string[]): SQL {
  if (roots.length === 0) return sql`SELECT NULL::uuid WHERE false`;
  return sql`WITH RECURSIVE down(id, depth) AS (
      SELECT id, 0 FROM organisations WHERE tenant_id = ${tenantId}
        AND id IN (${sql.join(
          roots.map((x) => sql`${x}`),
          sql`, `,
        )})
      UNION ALL
      SELECT o.id, down.depth + 1 FROM organisations o
        JOIN down ON o.tenant_id = ${tenantId} AND o.parent_id = down.id
      WHERE down.depth < 50
    )
    SELECT id FROM down`;
}

/** The given organisations and all their ancestors, as a subquery of ids (see subtreeSql). */
export function ancestorsSql(tenantId: string, orgIds: readonly string[]): SQL {
  if (orgIds.length === 0) return sql`SELECT NULL::uuid WHERE false`;
  return sql`WITH RECURSIVE up(id, parent_id, depth) AS (
      SELECT id, parent_id, 0 FROM organisations WHERE tenant_id = ${tenantId}
        AND id IN (${sql.join(
          orgIds.map((x) => sql`${x}`),
          sql`, `,
        )})
      UNION ALL
      SELECT o.id, o.parent_id, up.depth + 1 FROM organisations o
        JOIN up ON o.tenant_id = ${tenantId} AND o.id = up.parent_id
      WHERE up.depth < 50
    )
    SELECT id FROM up`;
}
