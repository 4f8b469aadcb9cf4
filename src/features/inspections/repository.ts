// SQL of inspections (kiểm tra công tác thi đua, khen thưởng): the inspections, their
// recommendations and the pending matters they opened. Other features ask through the exported
// functions (isInspectionDone for plan tasks, countInspectionsByYear for the annual report).
import { and, asc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import {
  inspectionMatters,
  inspectionRecommendations,
  inspections,
  organisations,
  pendingMatters,
  people,
} from '../../db/schema.js';
import { type InspectionStatus, inspectionFulfils } from '../../domain/inspections/index.js';
import { subtreeSql } from '../organisations/tree.js';

type Q = Db | Tx;
export type InspectionRow = typeof inspections.$inferSelect;
export type RecommendationRow = typeof inspectionRecommendations.$inferSelect;

function rowsOf<T>(r: unknown): T[] {
  return ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];
}

export interface InspectionWhere {
  tenantId: string;
  /** Organisations the reader reaches (null: the whole tenant); an inspection shows when its body or its unit is inside. */
  readable: string[] | null;
  /** The subtree asked for (inspecting body or inspected unit inside it). */
  subtree?: string[];
  year?: number;
  status?: InspectionStatus;
}

const ids = (xs: readonly string[]) =>
  xs.length
    ? sql.join(
        xs.map((x) => sql`${x}`),
        sql`, `,
      )
    : sql`NULL`;

function where(w: InspectionWhere): SQL {
  const c: SQL[] = [sql`i.tenant_id = ${w.tenantId}`];
  if (w.readable) c.push(sql`(i.org_id IN (${ids(w.readable)}) OR i.target_org_id IN (${ids(w.readable)}))`);
  if (w.subtree) c.push(sql`(i.org_id IN (${ids(w.subtree)}) OR i.target_org_id IN (${ids(w.subtree)}))`);
  if (w.year !== undefined) c.push(sql`i.year = ${w.year}`);
  if (w.status) c.push(sql`i.status = ${w.status}`);
  return sql.join(c, sql` AND `);
}

export interface InspectionListRow {
  id: string;
  orgId: string;
  orgName: string;
  targetOrgId: string;
  targetOrgName: string;
  year: number;
  plannedFrom: string;
  plannedTo: string;
  subject: string;
  status: InspectionStatus;
  heldOn: string | null;
  openRecommendations: number;
  overdueRecommendations: number;
}

export async function countInspections(db: Q, w: InspectionWhere): Promise<number> {
  const r = await db.execute(sql`SELECT count(*)::int AS n FROM inspections i WHERE ${where(w)}`);
  return Number(rowsOf<{ n: number }>(r)[0]?.n ?? 0);
}

/** A page of inspections in plan order (planned start, then unit name), with recommendation counts. */
export async function listInspections(
  db: Q,
  w: InspectionWhere,
  today: string,
  limit: number,
  offset: number,
): Promise<InspectionListRow[]> {
  const r = await db.execute(sql`
    SELECT i.id, i.org_id AS "orgId", o.name AS "orgName", i.target_org_id AS "targetOrgId",
           t.name AS "targetOrgName", i.year, i.planned_from::text AS "plannedFrom",
           i.planned_to::text AS "plannedTo", i.subject, i.status, i.held_on::text AS "heldOn",
           (SELECT count(*)::int FROM inspection_recommendations r
             WHERE r.tenant_id = i.tenant_id AND r.inspection_id = i.id AND r.done_on IS NULL) AS "openRecommendations",
           (SELECT count(*)::int FROM inspection_recommendations r
             WHERE r.tenant_id = i.tenant_id AND r.inspection_id = i.id AND r.done_on IS NULL
               AND r.due_date < ${today}) AS "overdueRecommendations"
    FROM inspections i
      JOIN organisations o ON o.tenant_id = i.tenant_id AND o.id = i.org_id
      JOIN organisations t ON t.tenant_id = i.tenant_id AND t.id = i.target_org_id
    WHERE ${where(w)}
    ORDER BY i.planned_from DESC, t.sort_key COLLATE "C", i.id
    LIMIT ${limit} OFFSET ${offset}`);
  return rowsOf<InspectionListRow>(r);
}

export async function findInspection(db: Q, tenantId: string, id: string): Promise<InspectionRow | undefined> {
  const [row] = await db
    .select()
    .from(inspections)
    .where(and(eq(inspections.tenantId, tenantId), eq(inspections.id, id)));
  return row;
}

export async function lockInspection(tx: Tx, tenantId: string, id: string): Promise<InspectionRow | undefined> {
  const [row] = await tx
    .select()
    .from(inspections)
    .where(and(eq(inspections.tenantId, tenantId), eq(inspections.id, id)))
    .for('update');
  return row;
}

export async function insertInspection(db: Q, row: typeof inspections.$inferInsert): Promise<void> {
  await db.insert(inspections).values(row);
}

export async function updateInspection(
  db: Q,
  tenantId: string,
  id: string,
  patch: Partial<typeof inspections.$inferInsert>,
): Promise<void> {
  await db
    .update(inspections)
    .set(patch)
    .where(and(eq(inspections.tenantId, tenantId), eq(inspections.id, id)));
}

export async function orgNames(db: Q, tenantId: string, orgIds: string[]): Promise<Map<string, string>> {
  if (!orgIds.length) return new Map();
  const rows = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.tenantId, tenantId), inArray(organisations.id, orgIds)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function orgOf(db: Q, tenantId: string, id: string) {
  const [o] = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      type: organisations.type,
      parentId: organisations.parentId,
    })
    .from(organisations)
    .where(and(eq(organisations.tenantId, tenantId), eq(organisations.id, id)));
  return o;
}

export async function recommendationsOf(db: Q, tenantId: string, inspectionId: string): Promise<RecommendationRow[]> {
  return db
    .select()
    .from(inspectionRecommendations)
    .where(
      and(eq(inspectionRecommendations.tenantId, tenantId), eq(inspectionRecommendations.inspectionId, inspectionId)),
    )
    .orderBy(asc(inspectionRecommendations.dueDate), asc(inspectionRecommendations.createdAt));
}

export async function insertRecommendation(db: Q, row: typeof inspectionRecommendations.$inferInsert) {
  await db.insert(inspectionRecommendations).values(row);
}

export async function updateRecommendation(
  db: Q,
  tenantId: string,
  id: string,
  patch: Partial<typeof inspectionRecommendations.$inferInsert>,
) {
  await db
    .update(inspectionRecommendations)
    .set(patch)
    .where(and(eq(inspectionRecommendations.tenantId, tenantId), eq(inspectionRecommendations.id, id)));
}

export interface MatterRow {
  id: string;
  subjectKind: string;
  personId: string | null;
  orgId: string | null;
  name: string;
  since: string;
  resolvedOn: string | null;
  note: string | null;
}

/** The pending matters an inspection opened, with the person's or unit's name. */
export async function mattersOf(db: Q, tenantId: string, inspectionId: string): Promise<MatterRow[]> {
  const r = await db.execute(sql`
    SELECT pm.id, pm.subject_kind AS "subjectKind", pm.person_id AS "personId", pm.org_id AS "orgId",
           coalesce(pe.full_name, og.name, '') AS name, pm.since::text AS since,
           pm.resolved_on::text AS "resolvedOn", pm.note
    FROM inspection_matters im
      JOIN pending_matters pm ON pm.tenant_id = im.tenant_id AND pm.id = im.pending_matter_id
      LEFT JOIN people pe ON pe.tenant_id = pm.tenant_id AND pe.id = pm.person_id
      LEFT JOIN organisations og ON og.tenant_id = pm.tenant_id AND og.id = pm.org_id
    WHERE im.tenant_id = ${tenantId} AND im.inspection_id = ${inspectionId}
    ORDER BY pm.since, name, pm.id`);
  return rowsOf<MatterRow>(r);
}

/** People of the tenant by id, with the unit they belong to. */
export async function peopleByIds(db: Q, tenantId: string, personIds: string[]) {
  if (!personIds.length) return [];
  return db
    .select({ id: people.id, name: people.fullName, orgId: people.orgId })
    .from(people)
    .where(and(eq(people.tenantId, tenantId), inArray(people.id, personIds)));
}

/** Opens a pending matter of kind 'inspection' for a person or a unit and links it to the inspection. */
export async function openMatter(
  tx: Tx,
  m: { tenantId: string; inspectionId: string; personId?: string; orgId?: string; since: string; note: string },
): Promise<string> {
  const id = crypto.randomUUID();
  await tx.insert(pendingMatters).values({
    tenantId: m.tenantId,
    id,
    subjectKind: m.personId ? 'individual' : 'collective',
    personId: m.personId ?? null,
    orgId: m.personId ? null : (m.orgId ?? null),
    householdId: null,
    kind: 'inspection',
    since: m.since,
    resolvedOn: null,
    note: m.note,
  });
  await tx
    .insert(inspectionMatters)
    .values({ tenantId: m.tenantId, inspectionId: m.inspectionId, pendingMatterId: id });
  return id;
}

/** Unresolved inspection matters already open for these subjects (to refuse opening a second). */
export async function openMattersFor(tx: Q, tenantId: string, inspectionId: string) {
  return tx
    .select({ personId: pendingMatters.personId, orgId: pendingMatters.orgId })
    .from(inspectionMatters)
    .innerJoin(
      pendingMatters,
      and(
        eq(pendingMatters.tenantId, inspectionMatters.tenantId),
        eq(pendingMatters.id, inspectionMatters.pendingMatterId),
      ),
    )
    .where(
      and(
        eq(inspectionMatters.tenantId, tenantId),
        eq(inspectionMatters.inspectionId, inspectionId),
        isNull(pendingMatters.resolvedOn),
      ),
    );
}

export async function resolveMatter(tx: Tx, tenantId: string, matterId: string, on: string, note: string) {
  await tx
    .update(pendingMatters)
    .set({ resolvedOn: on, note })
    .where(and(eq(pendingMatters.tenantId, tenantId), eq(pendingMatters.id, matterId)));
}

// ── Asked by other features ──

/**
 * Whether an inspection fulfils a plan task: its conclusion is issued (or it is closed).
 * undefined when there is no such inspection in the tenant.
 */
export async function isInspectionDone(db: Q, tenantId: string, inspectionId: string): Promise<boolean | undefined> {
  const row = await findInspection(db, tenantId, inspectionId);
  return row ? inspectionFulfils(row.status) : undefined;
}

/** What plan tasks linked to these inspections show: the subject, the unit inspected and the status. */
export async function inspectionStates(db: Q, tenantId: string, inspectionIds: readonly string[]) {
  if (!inspectionIds.length) return [];
  const r = await db.execute(sql`
    SELECT i.id, i.subject, t.name AS "targetOrgName", i.status
    FROM inspections i JOIN organisations t ON t.tenant_id = i.tenant_id AND t.id = i.target_org_id
    WHERE i.tenant_id = ${tenantId} AND i.id IN (${ids(inspectionIds)})`);
  return rowsOf<{ id: string; subject: string; targetOrgName: string; status: InspectionStatus }>(r);
}

/**
 * The annual report's figures: inspections of a year whose inspecting body or inspected unit lies
 * in the subtree of `rootOrgId`, by status (planned counts every one not cancelled), with their
 * recommendations and those still open.
 */
export async function countInspectionsByYear(db: Q, tenantId: string, year: number, rootOrgId: string) {
  const r = await db.execute(sql`
    WITH sub AS (${subtreeSql(tenantId, [rootOrgId])})
    SELECT count(*) FILTER (WHERE i.status <> 'cancelled')::int AS planned,
           count(*) FILTER (WHERE i.status IN ('conducted', 'concluded', 'closed'))::int AS conducted,
           count(*) FILTER (WHERE i.status IN ('concluded', 'closed'))::int AS concluded,
           (SELECT count(*)::int FROM inspection_recommendations r
              JOIN inspections j ON j.tenant_id = r.tenant_id AND j.id = r.inspection_id
             WHERE r.tenant_id = ${tenantId} AND j.year = ${year}
               AND (j.org_id IN (SELECT id FROM sub) OR j.target_org_id IN (SELECT id FROM sub))) AS recommendations,
           (SELECT count(*)::int FROM inspection_recommendations r
              JOIN inspections j ON j.tenant_id = r.tenant_id AND j.id = r.inspection_id
             WHERE r.tenant_id = ${tenantId} AND j.year = ${year} AND r.done_on IS NULL AND j.status <> 'cancelled'
               AND (j.org_id IN (SELECT id FROM sub) OR j.target_org_id IN (SELECT id FROM sub))) AS "openRecommendations"
    FROM inspections i
    WHERE i.tenant_id = ${tenantId} AND i.year = ${year}
      AND (i.org_id IN (SELECT id FROM sub) OR i.target_org_id IN (SELECT id FROM sub))`);
  const row = rowsOf<{
    planned: number;
    conducted: number;
    concluded: number;
    recommendations: number;
    openRecommendations: number;
  }>(r)[0];
  return {
    planned: Number(row?.planned ?? 0),
    conducted: Number(row?.conducted ?? 0),
    concluded: Number(row?.concluded ?? 0),
    recommendations: Number(row?.recommendations ?? 0),
    openRecommendations: Number(row?.openRecommendations ?? 0),
  };
}
