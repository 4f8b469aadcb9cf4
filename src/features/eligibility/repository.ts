// SQL of the tenant's rule overrides for other features: the provincial decisions that confirmed
// the procedure parameters (cited as bases of an award decision).
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { ruleOverrides } from '../../db/schema.js';

type Q = Db | Tx;

/** The distinct citations of the procedure overrides in force on `date`, sorted. */
export async function procedureCitationsOn(q: Q, tenantId: string, date: string): Promise<string[]> {
  const rows = await q
    .selectDistinct({ citation: ruleOverrides.citation })
    .from(ruleOverrides)
    .where(
      and(
        eq(ruleOverrides.tenantId, tenantId),
        sql`${ruleOverrides.key} like 'procedure.%'`,
        sql`${ruleOverrides.citation} is not null and ${ruleOverrides.citation} <> ''`,
        sql`${ruleOverrides.effectiveFrom} <= ${date}`,
        sql`(${ruleOverrides.effectiveTo} is null or ${ruleOverrides.effectiveTo} >= ${date})`,
      ),
    );
  return rows.map((c) => c.citation!).sort();
}
