// SQL of the TĐKT staff list: current posts (memberships) in the readable organisations with
// their person and unit, filtered by the TĐKT flag and a search on the person's name, ordered by
// unit and name and paged in one statement, with its count; and the flag's update.
import { type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import type { EducationLevel, Gender } from '../../domain/registry/vocab.js';
import { searchCondition } from '../../server/paging.js';

type Q = Db | Tx;

function rowsOf<T>(r: unknown): T[] {
  return ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];
}

export interface StaffWhere {
  tenantId: string;
  /** Condition on memberships.org_id; undefined: the whole tenant. */
  scope?: SQL;
  /** Posts held on this day (ISO). */
  on: string;
  tdkt: 'yes' | 'no' | 'all';
  q?: string;
}

export interface StaffRow {
  membershipId: string;
  personId: string;
  fullName: string;
  gender: Gender;
  birthDate: string | null;
  educationLevel: EducationLevel | null;
  unitId: string;
  unitName: string;
  position: string | null;
  fromDate: string;
  toDate: string | null;
  tdktWork: boolean;
}

function where(w: StaffWhere): SQL {
  const conds: SQL[] = [
    sql`memberships.tenant_id = ${w.tenantId}`,
    sql`memberships.from_date <= ${w.on}`,
    sql`(memberships.to_date IS NULL OR memberships.to_date >= ${w.on})`,
  ];
  if (w.scope) conds.push(w.scope);
  if (w.tdkt === 'yes') conds.push(sql`memberships.tdkt_work`);
  if (w.tdkt === 'no') conds.push(sql`NOT memberships.tdkt_work`);
  conds.push(...searchCondition(sql`pe.search_key`, w.q));
  return sql.join(conds, sql` AND `);
}

const FROM = sql`memberships
  JOIN people pe ON pe.tenant_id = memberships.tenant_id AND pe.id = memberships.person_id
  JOIN organisations o ON o.tenant_id = memberships.tenant_id AND o.id = memberships.org_id`;

const SELECT = sql`memberships.id AS "membershipId", pe.id AS "personId", pe.full_name AS "fullName", pe.gender,
  pe.birth_date::text AS "birthDate", pe.education_level AS "educationLevel",
  o.id AS "unitId", o.name AS "unitName", coalesce(memberships.position, pe.position) AS position,
  memberships.from_date::text AS "fromDate", memberships.to_date::text AS "toDate", memberships.tdkt_work AS "tdktWork"`;

export async function countStaff(db: Q, w: StaffWhere): Promise<number> {
  const r = await db.execute(sql`SELECT count(*)::int AS n FROM ${FROM} WHERE ${where(w)}`);
  return Number(rowsOf<{ n: number }>(r)[0]?.n ?? 0);
}

export async function listStaff(db: Q, w: StaffWhere, limit: number, offset: number): Promise<StaffRow[]> {
  const r = await db.execute(sql`SELECT ${SELECT} FROM ${FROM} WHERE ${where(w)}
    ORDER BY o.sort_key COLLATE "C", pe.sort_key COLLATE "C", memberships.id
    LIMIT ${limit} OFFSET ${offset}`);
  return rowsOf<StaffRow>(r);
}

export async function findMembership(db: Q, tenantId: string, id: string): Promise<StaffRow | undefined> {
  const r = await db.execute(
    sql`SELECT ${SELECT} FROM ${FROM} WHERE memberships.tenant_id = ${tenantId} AND memberships.id = ${id}`,
  );
  return rowsOf<StaffRow>(r)[0];
}

export async function setTdktWork(db: Q, tenantId: string, id: string, value: boolean): Promise<void> {
  await db.execute(sql`UPDATE memberships SET tdkt_work = ${value} WHERE tenant_id = ${tenantId} AND id = ${id}`);
}
