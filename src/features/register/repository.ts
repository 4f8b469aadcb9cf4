// SQL of the commendation register (sổ theo dõi khen thưởng): award records with their decision,
// recipient and unit at award time, filtered, sorted and paged in one statement, with its count.
// The organisation scope arrives as a condition on award_records.subject_org_id (the unit the
// subject belonged to when awarded, drizzle/0016), built by the organisations scope helpers.
import { and, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { awardRecords } from '../../db/schema.js';
import { PROVINCE_LEVEL_CODES, STATE_LEVEL_CODES, type AwardLevel } from '../../domain/register/levels.js';
import type { PersonCategory, SubjectKind } from '../../domain/registry/vocab.js';
import type { AwardState } from '../../domain/register/award-state.js';
import { searchKey } from '../../domain/vi-text/index.js';

type Q = Db | Tx;

function rowsOf<T>(r: unknown): T[] {
  return ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];
}

/**
 * Whether an award counts: it is in force unless revoked (Law Art. 93; revoking a decision marks its
 * award records, features/decisions/revoke.ts). The one rule of every count of awards: the
 * dashboard's and the register's "in force" filter use it, so a chart's bar and the register it
 * opens agree. `table` is the name or alias of award_records in the statement.
 */
export const awardInForce = (table = 'award_records') => sql`${sql.identifier(table)}.revoked_on IS NULL`;

/** The year an award counts in: its decision's, or (imported history without a date) its period. */
export const awardYearSql = (table = 'award_records') => {
  const t = sql.identifier(table);
  return sql`coalesce(extract(year from ${t}.decision_date)::int, CASE WHEN ${t}.period ~ '^[0-9]{4}$' THEN ${t}.period::int END)`;
};

/** The level of the award (Nhà nước, tỉnh, cơ sở) from its code. */
export const awardLevelSql = (table = 'award_records') => {
  const t = sql.identifier(table);
  return sql`CASE WHEN ${t}.award_code IN (${list(STATE_LEVEL_CODES)}) THEN 'nha_nuoc'
  WHEN ${t}.award_code IN (${list(PROVINCE_LEVEL_CODES)}) THEN 'tinh' ELSE 'co_so' END`;
};

export interface RegisterWhere {
  tenantId: string;
  /** Condition on award_records.subject_org_id; undefined: the whole tenant. */
  scope?: SQL;
  q?: string;
  year?: number;
  awardCode?: string;
  level?: AwardLevel;
  /** Individuals of this category at award time (award_records.subject_category; none recorded: 'other'). */
  category?: PersonCategory;
  /** Only the awards in force, or only the revoked ones; undefined: both (the register keeps every record). */
  state?: AwardState;
}

export type RegisterSort = 'newest' | 'oldest' | 'name';

export interface RegisterRow {
  id: string;
  subjectKind: SubjectKind;
  recipientId: string | null;
  recipientName: string;
  unitId: string | null;
  unitName: string | null;
  awardCode: string;
  period: string;
  decisionId: string | null;
  decisionNo: string | null;
  decisionDate: string | null;
  issuer: string | null;
  revokedOn: string | null;
}

const list = (xs: readonly string[]) =>
  sql.join(
    xs.map((x) => sql`${x}`),
    sql`, `,
  );

// The recipient: a person, a collective (or village, commune) or a household.
const JOINS = sql`
  LEFT JOIN people pe ON pe.tenant_id = award_records.tenant_id AND pe.id = award_records.person_id
  LEFT JOIN organisations og ON og.tenant_id = award_records.tenant_id AND og.id = award_records.org_id
  LEFT JOIN households h ON h.tenant_id = award_records.tenant_id AND h.id = award_records.household_id`;

const NAME_KEY = sql`coalesce(pe.search_key, og.search_key, h.search_key, '')`;
const SORT_KEY = sql`coalesce(pe.sort_key, og.sort_key, h.sort_key, '') COLLATE "C"`;
// The decision number as a search key: lower case, Đ as d ("12/QĐ-UBND" → "12/qd-ubnd").
const NUMBER_KEY = sql`lower(translate(coalesce(award_records.decision_no, ''), 'Đđ', 'dd'))`;
// Filters and order read the award record's own copy of the decision's number and date (written
// when the decision is signed, or imported with the history), so the (tenant, unit, date) index
// serves them; the decision itself is joined only for the page's rows.
const DATE = sql`award_records.decision_date`;

function where(w: RegisterWhere): SQL {
  const conds: SQL[] = [sql`award_records.tenant_id = ${w.tenantId}`];
  if (w.scope) conds.push(w.scope);
  for (const word of searchKey(w.q ?? '')
    .split(' ')
    .filter(Boolean)) {
    const pattern = `%${word.replace(/[\\%_]/g, '\\$&')}%`;
    conds.push(sql`(${NAME_KEY} LIKE ${pattern} OR ${NUMBER_KEY} LIKE ${pattern})`);
  }
  if (w.year !== undefined) {
    // The year of the decision; imported history without a date counts by its period.
    conds.push(
      sql`(${DATE} BETWEEN ${`${w.year}-01-01`} AND ${`${w.year}-12-31`} OR (${DATE} IS NULL AND award_records.period = ${String(w.year)}))`,
    );
  }
  if (w.category) {
    conds.push(
      sql`award_records.subject_kind = 'individual' AND coalesce(award_records.subject_category, 'other') = ${w.category}`,
    );
  }
  if (w.state === 'in_force') conds.push(awardInForce());
  if (w.state === 'revoked') conds.push(sql`NOT (${awardInForce()})`);
  if (w.awardCode) conds.push(sql`award_records.award_code = ${w.awardCode}`);
  if (w.level === 'nha_nuoc') conds.push(sql`award_records.award_code IN (${list(STATE_LEVEL_CODES)})`);
  if (w.level === 'tinh') conds.push(sql`award_records.award_code IN (${list(PROVINCE_LEVEL_CODES)})`);
  if (w.level === 'co_so')
    conds.push(sql`award_records.award_code NOT IN (${list([...STATE_LEVEL_CODES, ...PROVINCE_LEVEL_CODES])})`);
  return sql.join(conds, sql` AND `);
}

const ORDER: Record<RegisterSort, SQL> = {
  newest: sql`${DATE} DESC NULLS LAST, award_records.decision_no, ${SORT_KEY}, award_records.id`,
  oldest: sql`${DATE} ASC NULLS LAST, award_records.decision_no, ${SORT_KEY}, award_records.id`,
  name: sql`${SORT_KEY}, ${DATE} DESC NULLS LAST, award_records.id`,
};

/** How many records the filter selects. */
export async function countRegister(db: Q, w: RegisterWhere): Promise<number> {
  // The recipient's tables are needed only to search their names.
  const joins = w.q?.trim() ? JOINS : sql``;
  const r = await db.execute(sql`SELECT count(*)::int AS n FROM award_records ${joins} WHERE ${where(w)}`);
  return Number(rowsOf<{ n: number }>(r)[0]?.n ?? 0);
}

/** One page of the register, `limit` rows from `offset`, in the given order. */
export async function listRegister(
  db: Q,
  w: RegisterWhere,
  sort: RegisterSort,
  limit: number,
  offset: number,
): Promise<RegisterRow[]> {
  const r = await db.execute(sql`
    SELECT award_records.id, award_records.subject_kind AS "subjectKind",
           coalesce(award_records.person_id, award_records.org_id, award_records.household_id) AS "recipientId",
           coalesce(pe.full_name, og.name, h.head_name, '') AS "recipientName",
           award_records.subject_org_id AS "unitId", u.name AS "unitName",
           award_records.award_code AS "awardCode", award_records.period,
           award_records.decision_id AS "decisionId",
           coalesce(award_records.decision_no, d.number_text) AS "decisionNo",
           coalesce(award_records.decision_date, d.decision_date)::text AS "decisionDate",
           coalesce(award_records.issuer, d.issuer) AS issuer,
           award_records.revoked_on::text AS "revokedOn"
    FROM award_records ${JOINS}
      LEFT JOIN decisions d ON d.tenant_id = award_records.tenant_id AND d.id = award_records.decision_id
      LEFT JOIN organisations u ON u.tenant_id = award_records.tenant_id AND u.id = award_records.subject_org_id
    WHERE ${where(w)}
    ORDER BY ${ORDER[sort]}
    LIMIT ${limit} OFFSET ${offset}`);
  return rowsOf<RegisterRow>(r);
}

// ─── award records for the decisions that grant and revoke them ───

export type AwardRecordRow = typeof awardRecords.$inferSelect;
export type AwardRecordInsert = typeof awardRecords.$inferInsert;

/** Stands in for an empty id list, so `IN (…)` stays valid SQL. */
const NO_ID = '00000000-0000-0000-0000-000000000000';

/**
 * The highest number (symbol, year) the issuer used in the award history (imported or seeded
 * records such as '540/QĐ-UBND'); 0 when none.
 */
export async function maxHistoryNumber(
  q: Q,
  tenantId: string,
  issuer: string,
  symbol: string,
  year: number,
): Promise<number> {
  const suffix = `/${symbol}`;
  const [row] = await q
    .select({ n: sql<number | null>`max(cast(split_part(${awardRecords.decisionNo}, '/', 1) as integer))` })
    .from(awardRecords)
    .where(
      and(
        eq(awardRecords.tenantId, tenantId),
        eq(awardRecords.issuer, issuer),
        sql`${awardRecords.decisionNo} ~ '^[0-9]{1,9}/'`,
        sql`substr(${awardRecords.decisionNo}, length(${awardRecords.decisionNo}) - ${suffix.length - 1}) = ${suffix}`,
        sql`${awardRecords.decisionDate} between ${`${year}-01-01`} and ${`${year}-12-31`}`,
      ),
    );
  return Number(row?.n ?? 0);
}

export async function insertAwardRecords(q: Q, rows: AwardRecordInsert[]) {
  if (rows.length) await q.insert(awardRecords).values(rows);
}

/** Marks records revoked (Law Art. 93): they stay in the history with the date and the reason. */
export async function markAwardRecordsRevoked(
  q: Q,
  tenantId: string,
  ids: readonly string[],
  revokedOn: string,
  revokeReason: string,
) {
  if (!ids.length) return;
  await q
    .update(awardRecords)
    .set({ revokedOn, revokeReason })
    .where(and(eq(awardRecords.tenantId, tenantId), inArray(awardRecords.id, [...ids])));
}

/**
 * The award records held by any of the subjects; `awardCodes` and `periods` narrow to those
 * awards and periods, `activeOnly` leaves out revoked records.
 */
export async function awardRecordsOfSubjects(
  q: Q,
  tenantId: string,
  subjects: { personIds: readonly string[]; orgIds: readonly string[]; householdIds?: readonly string[] },
  o: { awardCodes?: readonly string[]; periods?: readonly string[]; activeOnly?: boolean } = {},
): Promise<AwardRecordRow[]> {
  const who = [
    inArray(awardRecords.personId, [...subjects.personIds, NO_ID]),
    inArray(awardRecords.orgId, [...subjects.orgIds, NO_ID]),
  ];
  if (subjects.householdIds) who.push(inArray(awardRecords.householdId, [...subjects.householdIds, NO_ID]));
  return q
    .select()
    .from(awardRecords)
    .where(
      and(
        eq(awardRecords.tenantId, tenantId),
        o.activeOnly ? isNull(awardRecords.revokedOn) : undefined,
        o.awardCodes ? inArray(awardRecords.awardCode, [...o.awardCodes]) : undefined,
        o.periods ? inArray(awardRecords.period, [...o.periods]) : undefined,
        or(...who),
      ),
    );
}
