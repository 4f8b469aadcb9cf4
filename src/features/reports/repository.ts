// SQL of the statistical reports: the few columns each form counts, for one organisation subtree
// and one reporting period, read in one statement per form. The subtree is walked inside the
// statement (recursive CTE filtered by tenant), so a province's forms need no list of ids.
import { sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import {
  PROVINCE_AWARD_COLUMN,
  STATE_AWARD_COLUMN,
  type AwardFact,
  type EducationLevel,
  type MovementFact,
  type StatPeriod,
  type TdktOfficeFact,
  type TdktOfficeKind,
  type TdktStaffFact,
} from '../../domain/reports/index.js';
import {
  awardName,
  type AwardTrack,
  type Gender,
  type OrgType,
  type PersonCategory,
  type SubjectKind,
} from '../../domain/registry/vocab.js';

type Q = Db | Tx;

function rowsOf<T>(r: unknown): T[] {
  return ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];
}

/** `sub(id)`: the organisation and everything under it. */
function subtree(tenantId: string, rootId: string): SQL {
  return sql`sub(id, depth) AS (
      SELECT id, 0 FROM organisations WHERE tenant_id = ${tenantId} AND id = ${rootId}
      UNION ALL
      SELECT o.id, sub.depth + 1 FROM organisations o JOIN sub ON o.tenant_id = ${tenantId} AND o.parent_id = sub.id
      WHERE sub.depth < 50
    )`;
}

const list = (codes: string[]) =>
  sql.join(
    codes.map((c) => sql`${c}`),
    sql`, `,
  );

export interface OrgRow {
  id: string;
  code: string;
  name: string;
  parentName: string | null;
}

export async function findOrganisation(
  db: Q,
  tenantId: string,
  where: { id?: string; code?: string; root?: true },
): Promise<OrgRow | undefined> {
  const cond = where.id ? sql`o.id = ${where.id}` : where.code ? sql`o.code = ${where.code}` : sql`o.parent_id IS NULL`;
  const r = await db.execute(sql`
    SELECT o.id, o.code, o.name, p.name AS "parentName"
    FROM organisations o LEFT JOIN organisations p ON p.tenant_id = o.tenant_id AND p.id = o.parent_id
    WHERE o.tenant_id = ${tenantId} AND ${cond}
    ORDER BY o.sort_key LIMIT 1`);
  return rowsOf<OrgRow>(r)[0];
}

/** Movements launched (not drafts) by the subtree's bodies in the period (biểu 0601). */
export async function movementFacts(db: Q, tenantId: string, rootId: string, p: StatPeriod): Promise<MovementFact[]> {
  const r = await db.execute(sql`
    WITH RECURSIVE ${subtree(tenantId, rootId)}
    SELECT m.id, m.level, m.kind, m.from_date::text AS "fromDate", m.to_date::text AS "toDate"
    FROM movements m JOIN sub ON sub.id = m.org_id
    WHERE m.tenant_id = ${tenantId} AND m.status <> 'draft' AND m.from_date BETWEEN ${p.from} AND ${p.to}`);
  return rowsOf<MovementFact>(r);
}

/**
 * The same movements as `movementFacts`, grouped by what biểu 0601 classifies them by (level,
 * kind, dates), each group with its count: the form's figures without shipping every movement.
 */
export async function movementGroups(db: Q, tenantId: string, rootId: string, p: StatPeriod): Promise<MovementFact[]> {
  const r = await db.execute(sql`
    WITH RECURSIVE ${subtree(tenantId, rootId)}
    SELECT min(m.id::text) AS id, m.level, m.kind, m.from_date::text AS "fromDate", m.to_date::text AS "toDate",
           count(*)::int AS count
    FROM movements m JOIN sub ON sub.id = m.org_id
    WHERE m.tenant_id = ${tenantId} AND m.status <> 'draft' AND m.from_date BETWEEN ${p.from} AND ${p.to}
    GROUP BY m.level, m.kind, m.from_date, m.to_date`);
  return rowsOf<MovementFact>(r);
}

/**
 * Award records of the subtree decided in the period with one of the given codes, not revoked,
 * with the subject as it was at award time (award_records.subject_*; drizzle/0016).
 */
export async function awardFacts(
  db: Q,
  tenantId: string,
  rootId: string,
  p: StatPeriod,
  codes: string[],
): Promise<AwardFact[]> {
  const r = await db.execute(sql`
    WITH RECURSIVE ${subtree(tenantId, rootId)}
    SELECT ar.id, ar.award_code AS "awardCode", ar.subject_kind AS "subjectKind", ar.track,
           ar.decision_date::text AS "decisionDate", ar.subject_is_manager AS "isManager",
           ar.subject_category AS category, u.type AS "unitType"
    FROM award_records ar
      JOIN sub ON sub.id = ar.subject_org_id
      JOIN organisations u ON u.tenant_id = ar.tenant_id AND u.id = ar.subject_org_id
    WHERE ar.tenant_id = ${tenantId} AND ar.revoked_on IS NULL
      AND ar.decision_date BETWEEN ${p.from} AND ${p.to}
      AND ar.award_code IN (${list(codes)})`);
  return rowsOf<{
    id: string;
    awardCode: string;
    subjectKind: SubjectKind;
    track: AwardTrack;
    decisionDate: string;
    isManager: boolean | null;
    category: PersonCategory | null;
    unitType: OrgType;
  }>(r);
}

export const stateAwardFacts = (db: Q, t: string, root: string, p: StatPeriod) =>
  awardFacts(db, t, root, p, Object.keys(STATE_AWARD_COLUMN));
export const provinceAwardFacts = (db: Q, t: string, root: string, p: StatPeriod) =>
  awardFacts(db, t, root, p, Object.keys(PROVINCE_AWARD_COLUMN));

/** TĐKT organisations of the subtree (biểu 0604). */
export async function officeFacts(db: Q, tenantId: string, rootId: string): Promise<TdktOfficeFact[]> {
  const r = await db.execute(sql`
    WITH RECURSIVE ${subtree(tenantId, rootId)}
    SELECT o.id, o.tdkt_office AS kind, o.effective_from::text AS "effectiveFrom", o.effective_to::text AS "effectiveTo"
    FROM organisations o JOIN sub ON sub.id = o.id
    WHERE o.tenant_id = ${tenantId} AND o.tdkt_office IS NOT NULL`);
  return rowsOf<{ id: string; kind: TdktOfficeKind; effectiveFrom: string; effectiveTo: string | null }>(r);
}

/**
 * People holding a TĐKT post in the subtree at the end of the period, with every TĐKT post they
 * have held anywhere (their years in the field) (biểu 0605).
 */
export async function staffFacts(db: Q, tenantId: string, rootId: string, p: StatPeriod): Promise<TdktStaffFact[]> {
  const r = await db.execute(sql`
    WITH RECURSIVE ${subtree(tenantId, rootId)},
    staff AS (
      SELECT DISTINCT m.person_id FROM memberships m JOIN sub ON sub.id = m.org_id
      WHERE m.tenant_id = ${tenantId} AND m.tdkt_work AND m.from_date <= ${p.to} AND (m.to_date IS NULL OR m.to_date >= ${p.to})
    )
    SELECT pe.id, pe.gender, pe.birth_date::text AS "birthDate", pe.education_level AS "educationLevel",
           m.from_date::text AS "from", m.to_date::text AS "to"
    FROM staff JOIN people pe ON pe.tenant_id = ${tenantId} AND pe.id = staff.person_id
      JOIN memberships m ON m.tenant_id = ${tenantId} AND m.person_id = pe.id AND m.tdkt_work
    ORDER BY pe.id, m.from_date`);
  const byPerson = new Map<string, TdktStaffFact>();
  for (const row of rowsOf<{
    id: string;
    gender: Gender;
    birthDate: string | null;
    educationLevel: EducationLevel | null;
    from: string;
    to: string | null;
  }>(r)) {
    let s = byPerson.get(row.id);
    if (!s)
      byPerson.set(
        row.id,
        (s = {
          id: row.id,
          gender: row.gender,
          birthDate: row.birthDate,
          educationLevel: row.educationLevel,
          posts: [],
        }),
      );
    s.posts.push({ from: row.from, to: row.to });
  }
  return [...byPerson.values()];
}

/** Names of the records behind a cell, for the drill-down list. */
export async function describeRecords(
  db: Q,
  tenantId: string,
  kind: 'movement' | 'award' | 'office' | 'person',
  ids: string[],
): Promise<{ id: string; name: string; detail: string }[]> {
  if (ids.length === 0) return [];
  const idList = sql.join(
    ids.map((x) => sql`${x}`),
    sql`, `,
  );
  const q =
    kind === 'movement'
      ? sql`SELECT m.id, m.theme AS name, o.name || ' · ' || to_char(m.from_date, 'DD/MM/YYYY') || ' – ' || to_char(m.to_date, 'DD/MM/YYYY') AS detail
            FROM movements m JOIN organisations o ON o.tenant_id = m.tenant_id AND o.id = m.org_id WHERE m.tenant_id = ${tenantId} AND m.id IN (${idList}) ORDER BY m.from_date`
      : kind === 'award'
        ? sql`SELECT ar.id, coalesce(pe.full_name, og.name, h.head_name, '') AS name, ar.award_code AS "awardCode",
                 coalesce(ar.decision_no, '') || ' ngày ' || coalesce(to_char(ar.decision_date, 'DD/MM/YYYY'), '') AS detail
              FROM award_records ar
                LEFT JOIN people pe ON pe.tenant_id = ar.tenant_id AND pe.id = ar.person_id
                LEFT JOIN organisations og ON og.tenant_id = ar.tenant_id AND og.id = ar.org_id
                LEFT JOIN households h ON h.tenant_id = ar.tenant_id AND h.id = ar.household_id
              WHERE ar.tenant_id = ${tenantId} AND ar.id IN (${idList}) ORDER BY ar.decision_date, name`
        : kind === 'office'
          ? sql`SELECT o.id, o.name, o.code AS detail FROM organisations o WHERE o.tenant_id = ${tenantId} AND o.id IN (${idList}) ORDER BY o.sort_key`
          : sql`SELECT pe.id, pe.full_name AS name, coalesce(pe.position, '') AS detail FROM people pe WHERE pe.tenant_id = ${tenantId} AND pe.id IN (${idList}) ORDER BY pe.sort_key`;
  const rows = rowsOf<{ id: string; name: string; detail: string; awardCode?: string }>(await db.execute(q));
  return rows.map(({ awardCode, ...r }) =>
    awardCode ? { ...r, detail: `${awardName(awardCode)} · Quyết định số ${r.detail}` } : r,
  );
}
