// SQL of training courses (tập huấn, bồi dưỡng nghiệp vụ TĐKT): courses, invited units,
// participants and attendance, and "who in each unit has never been trained". Other features ask
// through isTrainingDone (plan tasks) and countTrainingsByYear (the annual report).
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { trainingParticipants, trainingUnits, trainings } from '../../db/schema.js';
import { type TrainingStatus, trainingFulfils } from '../../domain/trainings/index.js';
import { subtreeSql } from '../organisations/tree.js';

type Q = Db | Tx;
export type TrainingRow = typeof trainings.$inferSelect;

function rowsOf<T>(r: unknown): T[] {
  return ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];
}
const ids = (xs: readonly string[]) =>
  xs.length
    ? sql.join(
        xs.map((x) => sql`${x}`),
        sql`, `,
      )
    : sql`NULL`;

export interface TrainingWhere {
  tenantId: string;
  /** Organisations the reader reaches (null: all); a course shows when its organiser or an invited unit is inside. */
  readable: string[] | null;
  subtree?: string[];
  year?: number;
  status?: TrainingStatus;
}

const invitedIn = (orgs: readonly string[]) =>
  sql`EXISTS (SELECT 1 FROM training_units u WHERE u.tenant_id = tr.tenant_id AND u.training_id = tr.id AND u.org_id IN (${ids(orgs)}))`;

function where(w: TrainingWhere): SQL {
  const c: SQL[] = [sql`tr.tenant_id = ${w.tenantId}`];
  if (w.readable) c.push(sql`(tr.org_id IN (${ids(w.readable)}) OR ${invitedIn(w.readable)})`);
  if (w.subtree) c.push(sql`(tr.org_id IN (${ids(w.subtree)}) OR ${invitedIn(w.subtree)})`);
  if (w.year !== undefined) c.push(sql`tr.from_date BETWEEN ${`${w.year}-01-01`} AND ${`${w.year}-12-31`}`);
  if (w.status) c.push(sql`tr.status = ${w.status}`);
  return sql.join(c, sql` AND `);
}

export interface TrainingListRow {
  id: string;
  orgId: string;
  orgName: string;
  title: string;
  fromDate: string;
  toDate: string;
  place: string | null;
  status: TrainingStatus;
  participants: number;
  attended: number;
}

export async function countTrainings(db: Q, w: TrainingWhere): Promise<number> {
  const r = await db.execute(sql`SELECT count(*)::int AS n FROM trainings tr WHERE ${where(w)}`);
  return Number(rowsOf<{ n: number }>(r)[0]?.n ?? 0);
}

export async function listTrainings(db: Q, w: TrainingWhere, limit: number, offset: number) {
  const r = await db.execute(sql`
    SELECT tr.id, tr.org_id AS "orgId", o.name AS "orgName", tr.title, tr.from_date::text AS "fromDate",
           tr.to_date::text AS "toDate", tr.place, tr.status,
           (SELECT count(*)::int FROM training_participants p WHERE p.tenant_id = tr.tenant_id AND p.training_id = tr.id) AS participants,
           (SELECT count(*)::int FROM training_participants p WHERE p.tenant_id = tr.tenant_id AND p.training_id = tr.id AND p.attended) AS attended
    FROM trainings tr JOIN organisations o ON o.tenant_id = tr.tenant_id AND o.id = tr.org_id
    WHERE ${where(w)}
    ORDER BY tr.from_date DESC, tr.title, tr.id
    LIMIT ${limit} OFFSET ${offset}`);
  return rowsOf<TrainingListRow>(r);
}

export async function findTraining(db: Q, tenantId: string, id: string): Promise<TrainingRow | undefined> {
  const [row] = await db
    .select()
    .from(trainings)
    .where(and(eq(trainings.tenantId, tenantId), eq(trainings.id, id)));
  return row;
}

export async function lockTraining(tx: Tx, tenantId: string, id: string) {
  const [row] = await tx
    .select()
    .from(trainings)
    .where(and(eq(trainings.tenantId, tenantId), eq(trainings.id, id)))
    .for('update');
  return row;
}

export async function insertTraining(db: Q, row: typeof trainings.$inferInsert, invited: string[]) {
  await db.insert(trainings).values(row);
  if (invited.length)
    await db
      .insert(trainingUnits)
      .values(invited.map((orgId) => ({ tenantId: row.tenantId, trainingId: row.id, orgId })));
}

export async function setStatus(db: Q, tenantId: string, id: string, status: TrainingStatus, at: Date) {
  await db
    .update(trainings)
    .set({ status, updatedAt: at })
    .where(and(eq(trainings.tenantId, tenantId), eq(trainings.id, id)));
}

export async function invitedUnits(db: Q, tenantId: string, trainingId: string) {
  const r = await db.execute(sql`
    SELECT u.org_id AS "orgId", o.name FROM training_units u
      JOIN organisations o ON o.tenant_id = u.tenant_id AND o.id = u.org_id
    WHERE u.tenant_id = ${tenantId} AND u.training_id = ${trainingId}
    ORDER BY o.sort_key COLLATE "C", o.id`);
  return rowsOf<{ orgId: string; name: string }>(r);
}

export interface ParticipantRow {
  personId: string;
  fullName: string;
  gender: string;
  unitId: string | null;
  unitName: string | null;
  position: string | null;
  attended: boolean | null;
  certificateNo: number | null;
}

/** Participants in list order: unit, then name. */
export async function participantsOf(db: Q, tenantId: string, trainingId: string): Promise<ParticipantRow[]> {
  const r = await db.execute(sql`
    SELECT p.person_id AS "personId", pe.full_name AS "fullName", pe.gender, pe.org_id AS "unitId",
           o.name AS "unitName", pe.position, p.attended, p.certificate_no AS "certificateNo"
    FROM training_participants p
      JOIN people pe ON pe.tenant_id = p.tenant_id AND pe.id = p.person_id
      LEFT JOIN organisations o ON o.tenant_id = pe.tenant_id AND o.id = pe.org_id
    WHERE p.tenant_id = ${tenantId} AND p.training_id = ${trainingId}
    ORDER BY o.sort_key COLLATE "C" NULLS LAST, pe.sort_key COLLATE "C", p.person_id`);
  return rowsOf<ParticipantRow>(r);
}

export async function addParticipants(db: Q, tenantId: string, trainingId: string, personIds: string[]) {
  if (!personIds.length) return;
  await db
    .insert(trainingParticipants)
    .values(personIds.map((personId) => ({ tenantId, trainingId, personId, attended: null, certificateNo: null })))
    .onConflictDoNothing();
}

export async function setMark(
  db: Q,
  tenantId: string,
  trainingId: string,
  personId: string,
  attended: boolean | null,
  certificateNo: number | null,
) {
  await db
    .update(trainingParticipants)
    .set({ attended, certificateNo })
    .where(
      and(
        eq(trainingParticipants.tenantId, tenantId),
        eq(trainingParticipants.trainingId, trainingId),
        eq(trainingParticipants.personId, personId),
      ),
    );
}

/** People of the tenant by id with their unit (to check they belong where they are invited from). */
export async function peopleUnits(db: Q, tenantId: string, personIds: string[]) {
  if (!personIds.length) return [];
  const r = await db.execute(sql`
    SELECT id, org_id AS "orgId" FROM people WHERE tenant_id = ${tenantId} AND id IN (${ids(personIds)})`);
  return rowsOf<{ id: string; orgId: string | null }>(r);
}

/**
 * Who in each unit has never attended a training course (attended = true in any course of the
 * tenant), among the people of the given units: a page of names in unit order, and every unit's
 * head count and untrained count.
 */
export async function untrained(db: Q, tenantId: string, units: string[] | null, limit: number, offset: number) {
  const inUnits = units ? sql`AND pe.org_id IN (${ids(units)})` : sql``;
  const never = sql`NOT EXISTS (SELECT 1 FROM training_participants tp
      WHERE tp.tenant_id = pe.tenant_id AND tp.person_id = pe.id AND tp.attended)`;
  const [page, perUnit] = await Promise.all([
    db.execute(sql`
      SELECT pe.id AS "personId", pe.full_name AS "fullName", o.id AS "unitId", o.name AS "unitName"
      FROM people pe JOIN organisations o ON o.tenant_id = pe.tenant_id AND o.id = pe.org_id
      WHERE pe.tenant_id = ${tenantId} ${inUnits} AND ${never}
      ORDER BY o.sort_key COLLATE "C", pe.sort_key COLLATE "C", pe.id
      LIMIT ${limit} OFFSET ${offset}`),
    db.execute(sql`
      SELECT o.id AS "unitId", o.name AS "unitName", count(*)::int AS people,
             count(*) FILTER (WHERE ${never})::int AS untrained
      FROM people pe JOIN organisations o ON o.tenant_id = pe.tenant_id AND o.id = pe.org_id
      WHERE pe.tenant_id = ${tenantId} ${inUnits}
      GROUP BY o.id, o.name, o.sort_key
      ORDER BY o.sort_key COLLATE "C", o.id`),
  ]);
  const unitRows = rowsOf<{ unitId: string; unitName: string; people: number; untrained: number }>(perUnit).map(
    (u) => ({ ...u, people: Number(u.people), untrained: Number(u.untrained) }),
  );
  return {
    items: rowsOf<{ personId: string; fullName: string; unitId: string; unitName: string }>(page),
    units: unitRows,
    total: unitRows.reduce((s, u) => s + u.untrained, 0),
  };
}

// ── Asked by other features ──

/** Whether a course fulfils a plan task (held, with attendees); undefined when there is no such course. */
export async function isTrainingDone(db: Q, tenantId: string, trainingId: string): Promise<boolean | undefined> {
  const row = await findTraining(db, tenantId, trainingId);
  if (!row) return undefined;
  const r = await db.execute(sql`SELECT count(*)::int AS n FROM training_participants
    WHERE tenant_id = ${tenantId} AND training_id = ${trainingId} AND attended`);
  return trainingFulfils(row.status, Number(rowsOf<{ n: number }>(r)[0]?.n ?? 0));
}

/** What plan tasks linked to these courses show: the title, the status and how many attended. */
export async function trainingStates(db: Q, tenantId: string, trainingIds: readonly string[]) {
  if (!trainingIds.length) return [];
  const r = await db.execute(sql`
    SELECT tr.id, tr.title, tr.status,
           (SELECT count(*)::int FROM training_participants p
             WHERE p.tenant_id = tr.tenant_id AND p.training_id = tr.id AND p.attended) AS attended
    FROM trainings tr WHERE tr.tenant_id = ${tenantId} AND tr.id IN (${ids(trainingIds)})`);
  return rowsOf<{ id: string; title: string; status: TrainingStatus; attended: number }>(r).map((x) => ({
    ...x,
    attended: Number(x.attended),
  }));
}

/**
 * The annual report's figures: courses starting in the year (or in `period`, the report's period)
 * by organisers in the subtree, those held, and their attendees.
 */
export async function countTrainingsByYear(
  db: Q,
  tenantId: string,
  year: number,
  rootOrgId: string,
  period: { from: string; to: string } = { from: `${year}-01-01`, to: `${year}-12-31` },
) {
  const r = await db.execute(sql`
    WITH sub AS (${subtreeSql(tenantId, [rootOrgId])})
    SELECT count(*) FILTER (WHERE tr.status <> 'cancelled')::int AS planned,
           count(*) FILTER (WHERE tr.status = 'held')::int AS held,
           coalesce(sum((SELECT count(*) FROM training_participants p
                  WHERE p.tenant_id = tr.tenant_id AND p.training_id = tr.id AND p.attended)), 0)::int AS attendees
    FROM trainings tr
    WHERE tr.tenant_id = ${tenantId} AND tr.org_id IN (SELECT id FROM sub)
      AND tr.from_date BETWEEN ${period.from} AND ${period.to}`);
  const row = rowsOf<{ planned: number; held: number; attendees: number }>(r)[0];
  return { planned: Number(row?.planned ?? 0), held: Number(row?.held ?? 0), attendees: Number(row?.attendees ?? 0) };
}
