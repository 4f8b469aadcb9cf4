// SQL of the year's conferences and ceremonies: conferences, invitees with attendance, and the
// decisions whose awards were presented. Other features ask through isConferenceDone (plan tasks)
// and countConferencesByYear (the annual report).
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { conferenceAwards, conferenceInvitees, conferences } from '../../db/schema.js';
import { type ConferenceKind, type ConferenceStatus, conferenceFulfils } from '../../domain/conferences/index.js';
import { subtreeSql } from '../organisations/tree.js';

type Q = Db | Tx;
export type ConferenceRow = typeof conferences.$inferSelect;

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

export interface ConferenceWhere {
  tenantId: string;
  /** Organisations the reader reaches (null: all); a conference shows when its organiser or an invited unit is inside. */
  readable: string[] | null;
  subtree?: string[];
  year?: number;
  kind?: ConferenceKind;
}

function where(w: ConferenceWhere): SQL {
  const invited = (orgs: readonly string[]) =>
    sql`EXISTS (SELECT 1 FROM conference_invitees v WHERE v.tenant_id = c.tenant_id AND v.conference_id = c.id AND v.org_id IN (${ids(orgs)}))`;
  const out: SQL[] = [sql`c.tenant_id = ${w.tenantId}`];
  if (w.readable) out.push(sql`(c.org_id IN (${ids(w.readable)}) OR ${invited(w.readable)})`);
  if (w.subtree) out.push(sql`c.org_id IN (${ids(w.subtree)})`);
  if (w.year !== undefined) out.push(sql`c.held_on BETWEEN ${`${w.year}-01-01`} AND ${`${w.year}-12-31`}`);
  if (w.kind) out.push(sql`c.kind = ${w.kind}`);
  return sql.join(out, sql` AND `);
}

export interface ConferenceListRow {
  id: string;
  orgId: string;
  orgName: string;
  kind: ConferenceKind;
  title: string;
  heldOn: string;
  place: string | null;
  status: ConferenceStatus;
  invitees: number;
  attended: number;
}

export async function countConferences(db: Q, w: ConferenceWhere): Promise<number> {
  const r = await db.execute(sql`SELECT count(*)::int AS n FROM conferences c WHERE ${where(w)}`);
  return Number(rowsOf<{ n: number }>(r)[0]?.n ?? 0);
}

export async function listConferences(db: Q, w: ConferenceWhere, limit: number, offset: number) {
  const r = await db.execute(sql`
    SELECT c.id, c.org_id AS "orgId", o.name AS "orgName", c.kind, c.title, c.held_on::text AS "heldOn",
           c.place, c.status,
           (SELECT count(*)::int FROM conference_invitees v WHERE v.tenant_id = c.tenant_id AND v.conference_id = c.id) AS invitees,
           (SELECT count(*)::int FROM conference_invitees v WHERE v.tenant_id = c.tenant_id AND v.conference_id = c.id AND v.attended) AS attended
    FROM conferences c JOIN organisations o ON o.tenant_id = c.tenant_id AND o.id = c.org_id
    WHERE ${where(w)}
    ORDER BY c.held_on DESC, c.title, c.id
    LIMIT ${limit} OFFSET ${offset}`);
  return rowsOf<ConferenceListRow>(r).map((x) => ({
    ...x,
    invitees: Number(x.invitees),
    attended: Number(x.attended),
  }));
}

export async function findConference(db: Q, tenantId: string, id: string): Promise<ConferenceRow | undefined> {
  const [row] = await db
    .select()
    .from(conferences)
    .where(and(eq(conferences.tenantId, tenantId), eq(conferences.id, id)));
  return row;
}

export async function insertConference(db: Q, row: typeof conferences.$inferInsert) {
  await db.insert(conferences).values(row);
}

export async function updateConference(
  db: Q,
  tenantId: string,
  id: string,
  patch: Partial<typeof conferences.$inferInsert>,
) {
  await db
    .update(conferences)
    .set(patch)
    .where(and(eq(conferences.tenantId, tenantId), eq(conferences.id, id)));
}

export async function inviteesOf(db: Q, tenantId: string, id: string) {
  return db
    .select({
      id: conferenceInvitees.id,
      orgId: conferenceInvitees.orgId,
      personId: conferenceInvitees.personId,
      name: conferenceInvitees.name,
      attended: conferenceInvitees.attended,
    })
    .from(conferenceInvitees)
    .where(and(eq(conferenceInvitees.tenantId, tenantId), eq(conferenceInvitees.conferenceId, id)))
    .orderBy(conferenceInvitees.name, conferenceInvitees.id);
}

export async function addInvitees(db: Q, rows: (typeof conferenceInvitees.$inferInsert)[]) {
  if (rows.length) await db.insert(conferenceInvitees).values(rows);
}

export async function markInvitee(db: Q, tenantId: string, id: string, attended: boolean) {
  await db
    .update(conferenceInvitees)
    .set({ attended })
    .where(and(eq(conferenceInvitees.tenantId, tenantId), eq(conferenceInvitees.id, id)));
}

/** Names of units and people of the tenant, by id. */
export async function namesOf(db: Q, tenantId: string, orgIds: string[], personIds: string[]) {
  const [o, p] = await Promise.all([
    orgIds.length
      ? db.execute(sql`SELECT id, name FROM organisations WHERE tenant_id = ${tenantId} AND id IN (${ids(orgIds)})`)
      : [],
    personIds.length
      ? db.execute(
          sql`SELECT id, full_name AS name, org_id AS "orgId" FROM people WHERE tenant_id = ${tenantId} AND id IN (${ids(personIds)})`,
        )
      : [],
  ]);
  return {
    orgs: new Map(rowsOf<{ id: string; name: string }>(o).map((x) => [x.id, x.name])),
    people: new Map(rowsOf<{ id: string; name: string; orgId: string | null }>(p).map((x) => [x.id, x])),
  };
}

export async function awardsOf(db: Q, tenantId: string, id: string) {
  const r = await db.execute(sql`
    SELECT d.id AS "decisionId", d.number_text AS "numberText", d.decision_date::text AS "decisionDate",
           coalesce(d.content->>'subject', '') AS subject,
           (SELECT count(*)::int FROM award_records a WHERE a.tenant_id = d.tenant_id AND a.decision_id = d.id) AS recipients
    FROM conference_awards ca JOIN decisions d ON d.tenant_id = ca.tenant_id AND d.id = ca.decision_id
    WHERE ca.tenant_id = ${tenantId} AND ca.conference_id = ${id}
    ORDER BY d.decision_date, d.number_text, d.id`);
  return rowsOf<{
    decisionId: string;
    numberText: string | null;
    decisionDate: string | null;
    subject: string;
    recipients: number;
  }>(r).map((x) => ({ ...x, recipients: Number(x.recipients) }));
}

export async function decisionsByIds(db: Q, tenantId: string, decisionIds: string[]) {
  const r = await db.execute(sql`
    SELECT id, org_id AS "orgId", status FROM decisions WHERE tenant_id = ${tenantId} AND id IN (${ids(decisionIds)})`);
  return rowsOf<{ id: string; orgId: string; status: string }>(r);
}

export async function linkAwards(db: Q, tenantId: string, conferenceId: string, decisionIds: string[]) {
  await db
    .insert(conferenceAwards)
    .values(decisionIds.map((decisionId) => ({ tenantId, conferenceId, decisionId })))
    .onConflictDoNothing();
}

// ── Asked by other features ──

/** Whether a conference fulfils a plan task (it was held); undefined when there is none. */
export async function isConferenceDone(db: Q, tenantId: string, id: string): Promise<boolean | undefined> {
  const row = await findConference(db, tenantId, id);
  return row ? conferenceFulfils(row.status) : undefined;
}

/** What plan tasks linked to these conferences show: the title, its date and the status. */
export async function conferenceStates(db: Q, tenantId: string, conferenceIds: readonly string[]) {
  if (!conferenceIds.length) return [];
  const r = await db.execute(sql`
    SELECT c.id, c.title, c.held_on::text AS "heldOn", c.status
    FROM conferences c WHERE c.tenant_id = ${tenantId} AND c.id IN (${ids(conferenceIds)})`);
  return rowsOf<{ id: string; title: string; heldOn: string; status: ConferenceStatus }>(r);
}

/** The annual report's figures: conferences held in the year (or in `period`) by organisers in the subtree, by kind. */
export async function countConferencesByYear(
  db: Q,
  tenantId: string,
  year: number,
  rootOrgId: string,
  period: { from: string; to: string } = { from: `${year}-01-01`, to: `${year}-12-31` },
) {
  const r = await db.execute(sql`
    WITH sub AS (${subtreeSql(tenantId, [rootOrgId])})
    SELECT c.kind, count(*)::int AS n FROM conferences c
    WHERE c.tenant_id = ${tenantId} AND c.status = 'held' AND c.org_id IN (SELECT id FROM sub)
      AND c.held_on BETWEEN ${period.from} AND ${period.to}
    GROUP BY c.kind`);
  const out: Record<ConferenceKind, number> = { so_ket: 0, tong_ket: 0, cluster: 0, ceremony: 0 };
  for (const x of rowsOf<{ kind: ConferenceKind; n: number }>(r)) out[x.kind] = Number(x.n);
  return { ...out, total: Object.values(out).reduce((a, b) => a + b, 0) };
}
