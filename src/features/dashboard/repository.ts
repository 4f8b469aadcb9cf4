// Aggregates of the dashboard, each one statement grouped in SQL. `scope` is a condition on the
// organisation column named in each function (built by organisations/scope.ts), or undefined for
// the whole tenant.
import { type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import type { AwardLevel } from '../../domain/register/levels.js';
import { awardInForce, awardLevelSql, awardYearSql } from '../register/repository.js';

type Q = Db | Tx;

function rowsOf<T>(r: unknown): T[] {
  return ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];
}

const and = (scope?: SQL) => (scope ? sql` AND ${scope}` : sql``);

// The year, level and "in force" of an award are the register's own (features/register/repository.ts):
// a bar of the dashboard opens the register (state=in_force) on the same rows.
const AWARD_YEAR = awardYearSql();
const LEVEL = awardLevelSql();
const IN_FORCE = awardInForce();

/** Award records in force, by year (from..to) and level; scope on award_records.subject_org_id. */
export async function awardsByYearLevel(db: Q, tenantId: string, from: number, to: number, scope?: SQL) {
  const r = await db.execute(sql`
    SELECT y AS year, level, count(*)::int AS count FROM (
      SELECT ${AWARD_YEAR} AS y, ${LEVEL} AS level FROM award_records
      WHERE award_records.tenant_id = ${tenantId} AND ${IN_FORCE}${and(scope)}
    ) x WHERE y BETWEEN ${from} AND ${to}
    GROUP BY y, level ORDER BY y, level`);
  return rowsOf<{ year: number; level: AwardLevel; count: number }>(r).map((x) => ({
    ...x,
    year: Number(x.year),
    count: Number(x.count),
  }));
}

/** Individuals' awards by year, category and manager flag at award time (snapshots, drizzle/0016). */
export async function individualShare(db: Q, tenantId: string, from: number, to: number, scope?: SQL) {
  const r = await db.execute(sql`
    SELECT y AS year, category, manager, count(*)::int AS count FROM (
      SELECT ${AWARD_YEAR} AS y, coalesce(award_records.subject_category, 'other') AS category,
             coalesce(award_records.subject_is_manager, false) AS manager
      FROM award_records
      WHERE award_records.tenant_id = ${tenantId} AND ${IN_FORCE}
        AND award_records.subject_kind = 'individual'${and(scope)}
    ) x WHERE y BETWEEN ${from} AND ${to}
    GROUP BY y, category, manager`);
  return rowsOf<{ year: number; category: string; manager: boolean; count: number }>(r).map((x) => ({
    ...x,
    year: Number(x.year),
    count: Number(x.count),
  }));
}

/**
 * Registrations for a period by title, and how many of them were achieved (an award record of the
 * same subject, title and period, not revoked); scope on registrations.unit_org_id.
 */
export async function registrationsAgainstAwards(db: Q, tenantId: string, period: string, scope?: SQL) {
  const r = await db.execute(sql`
    SELECT registrations.award_code AS "awardCode", count(*)::int AS registered,
      count(*) FILTER (WHERE EXISTS (
        SELECT 1 FROM award_records ar
        WHERE ar.tenant_id = registrations.tenant_id AND ar.award_code = registrations.award_code
          AND ar.period = c.period AND ${awardInForce('ar')}
          AND coalesce(ar.person_id, ar.org_id, ar.household_id)
            = coalesce(registrations.person_id, registrations.org_id, registrations.household_id)))::int AS achieved
    FROM registrations
      JOIN registration_calls c ON c.tenant_id = registrations.tenant_id AND c.id = registrations.call_id
    WHERE registrations.tenant_id = ${tenantId} AND c.period = ${period}${and(scope)}
    GROUP BY registrations.award_code ORDER BY registered DESC, registrations.award_code`);
  return rowsOf<{ awardCode: string; registered: number; achieved: number }>(r).map((x) => ({
    ...x,
    registered: Number(x.registered),
    achieved: Number(x.achieved),
  }));
}

/** Movements running in the year (not drafts) with participants and those who reported; scope on movements.org_id. */
export async function movementsOfYear(db: Q, tenantId: string, year: number, scope?: SQL) {
  const r = await db.execute(sql`
    SELECT movements.id, movements.theme, movements.status, movements.from_date::text AS "fromDate",
           movements.to_date::text AS "toDate",
           (SELECT count(*)::int FROM movement_participants p
             WHERE p.tenant_id = movements.tenant_id AND p.movement_id = movements.id) AS participants,
           (SELECT count(DISTINCT r.org_id)::int FROM movement_reports r
             WHERE r.tenant_id = movements.tenant_id AND r.movement_id = movements.id) AS reported
    FROM movements
    WHERE movements.tenant_id = ${tenantId} AND movements.status <> 'draft'
      AND movements.from_date <= ${`${year}-12-31`} AND movements.to_date >= ${`${year}-01-01`}${and(scope)}
    ORDER BY movements.from_date DESC, movements.theme LIMIT 20`);
  return rowsOf<{
    id: string;
    theme: string;
    status: 'launched' | 'mid_reviewed' | 'closed';
    fromDate: string;
    toDate: string;
    participants: number;
    reported: number;
  }>(r).map((x) => ({ ...x, participants: Number(x.participants), reported: Number(x.reported) }));
}

/** Rounds in flight (open or closed, not yet finished) by their decision deadline; scope on rounds.org_id. */
export async function roundsInFlight(db: Q, tenantId: string, scope?: SQL) {
  const r = await db.execute(sql`
    SELECT rounds.id, rounds.name, rounds.status, rounds.submit_by::text AS "submitBy",
           rounds.decision_by::text AS "decisionBy",
           (SELECT count(*)::int FROM nominees n WHERE n.tenant_id = rounds.tenant_id AND n.round_id = rounds.id) AS nominees
    FROM rounds
    WHERE rounds.tenant_id = ${tenantId} AND rounds.status IN ('open', 'closed')${and(scope)}
    ORDER BY rounds.decision_by, rounds.name LIMIT 20`);
  return rowsOf<{
    id: string;
    name: string;
    status: 'open' | 'closed';
    submitBy: string;
    decisionBy: string;
    nominees: number;
  }>(r).map((x) => ({ ...x, nominees: Number(x.nominees) }));
}
