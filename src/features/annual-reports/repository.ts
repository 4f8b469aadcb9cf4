// SQL of the six-month and annual reports: the facts the report's figures are computed from (one
// statement each, the organisation subtree walked inside the statement), and the period_reports
// rows (narrative, versions, submission) this feature owns.
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { organisations, periodReports, periodReportVersions } from '../../db/schema.js';
import type {
  AnnualAwardFact,
  AnnualClusterFact,
  AnnualFacts,
  AnnualMovementFact,
  PeriodReportKind,
  ReportPeriod,
} from '../../domain/reports/annual.js';

type Q = Db | Tx;

function rowsOf<T>(r: unknown): T[] {
  return ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];
}

function subtree(tenantId: string, rootId: string): SQL {
  return sql`sub(id, depth) AS (
      SELECT id, 0 FROM organisations WHERE tenant_id = ${tenantId} AND id = ${rootId}
      UNION ALL
      SELECT o.id, sub.depth + 1 FROM organisations o JOIN sub ON o.tenant_id = ${tenantId} AND o.parent_id = sub.id
      WHERE sub.depth < 50
    )`;
}

async function awardFacts(db: Q, tenantId: string, rootId: string, p: ReportPeriod): Promise<AnnualAwardFact[]> {
  const r = await db.execute(sql`
    WITH RECURSIVE ${subtree(tenantId, rootId)}
    SELECT ar.award_code AS "awardCode", ar.subject_kind AS "subjectKind", ar.subject_category AS category,
           ar.subject_is_manager AS "isManager"
    FROM award_records ar JOIN sub ON sub.id = ar.subject_org_id
    WHERE ar.tenant_id = ${tenantId} AND ar.revoked_on IS NULL AND ar.decision_date BETWEEN ${p.from} AND ${p.to}`);
  return rowsOf<AnnualAwardFact>(r);
}

/** Everything the report's figures are computed from, for the subtree of `rootId`. */
export async function annualFacts(
  db: Q,
  tenantId: string,
  rootId: string,
  p: ReportPeriod,
  previous: ReportPeriod,
): Promise<AnnualFacts> {
  const movements = rowsOf<AnnualMovementFact>(
    await db.execute(sql`
      WITH RECURSIVE ${subtree(tenantId, rootId)}
      SELECT m.kind, m.status, (m.from_date BETWEEN ${p.from} AND ${p.to}) AS launched,
             coalesce((m.mid_review->>'heldOn') BETWEEN ${p.from} AND ${p.to}, false) AS "midReviewed",
             coalesce((m.final_review->>'heldOn') BETWEEN ${p.from} AND ${p.to}, false) AS "finalReviewed"
      FROM movements m JOIN sub ON sub.id = m.org_id
      WHERE m.tenant_id = ${tenantId} AND m.status <> 'draft' AND m.from_date <= ${p.to} AND m.to_date >= ${p.from}`),
  );
  const registrations = rowsOf<{ subjectKind: string; unitOrgId: string }>(
    await db.execute(sql`
      WITH RECURSIVE ${subtree(tenantId, rootId)}
      SELECT r.subject_kind AS "subjectKind", r.unit_org_id AS "unitOrgId"
      FROM registrations r JOIN sub ON sub.id = r.unit_org_id
        JOIN registration_calls c ON c.tenant_id = r.tenant_id AND c.id = r.call_id
      WHERE r.tenant_id = ${tenantId} AND c.period IN (${String(p.year)}, ${`${p.year - 1}-${p.year}`})`),
  );
  const initiatives = rowsOf<{ scope: 'co_so' | 'tinh' | 'toan_quoc' }>(
    await db.execute(sql`
      WITH RECURSIVE ${subtree(tenantId, rootId)}
      SELECT i.scope FROM initiatives i
        JOIN people pe ON pe.tenant_id = i.tenant_id AND pe.id = i.person_id
        JOIN sub ON sub.id = pe.org_id
      WHERE i.tenant_id = ${tenantId} AND i.recognized_on BETWEEN ${p.from} AND ${p.to}`),
  );
  // Clusters of the year whose ranking is published, organised by or holding a member of the subtree.
  const clusterRows = rowsOf<{ name: string; result: { memberId: string; name: string; rank: number }[] }>(
    await db.execute(sql`
      WITH RECURSIVE ${subtree(tenantId, rootId)}
      SELECT c.name, st.result FROM score_tables st
        JOIN clusters c ON c.tenant_id = st.tenant_id AND c.id = st.cluster_id
      WHERE st.tenant_id = ${tenantId} AND st.year = ${p.year} AND st.status = 'published' AND st.result IS NOT NULL
        AND (c.organiser_org_id IN (SELECT id FROM sub)
          OR EXISTS (SELECT 1 FROM cluster_members cm JOIN sub ON sub.id = cm.org_id
                     WHERE cm.tenant_id = st.tenant_id AND cm.cluster_id = st.cluster_id AND cm.year = st.year))
      ORDER BY c.name`),
  );
  const clusters: AnnualClusterFact[] = clusterRows.map((c) => {
    const rows = Array.isArray(c.result) ? c.result : [];
    const own = rows.find((r) => r.memberId === rootId);
    return {
      name: c.name,
      members: rows.length,
      leaders: rows.filter((r) => r.rank === 1).map((r) => r.name),
      ownRank: own ? own.rank : null,
    };
  });
  // Khen cao: nominees of the subtree's rounds of the year that were sent up, and whether the
  // higher body's decision is recorded (an external decision awarded them).
  const sentUp = rowsOf<{ awardCode: string; awarded: boolean }>(
    await db.execute(sql`
      WITH RECURSIVE ${subtree(tenantId, rootId)}
      SELECT n.award_code AS "awardCode",
             EXISTS (SELECT 1 FROM decision_items di JOIN decisions d ON d.tenant_id = di.tenant_id AND d.id = di.decision_id
                     WHERE di.tenant_id = n.tenant_id AND di.nominee_id = n.id AND d.external) AS awarded
      FROM nominees n JOIN rounds r ON r.tenant_id = n.tenant_id AND r.id = n.round_id
        JOIN sub ON sub.id = r.org_id
      WHERE n.tenant_id = ${tenantId} AND r.period IN (${String(p.year)}, ${`${p.year - 1}-${p.year}`})
        AND (n.status = 'sent_up' OR EXISTS (
          SELECT 1 FROM decision_items di JOIN decisions d ON d.tenant_id = di.tenant_id AND d.id = di.decision_id
          WHERE di.tenant_id = n.tenant_id AND di.nominee_id = n.id AND d.external))`),
  );
  return {
    movements,
    registrations,
    awards: await awardFacts(db, tenantId, rootId, p),
    previousAwards: await awardFacts(db, tenantId, rootId, previous),
    initiatives,
    clusters,
    sentUp,
  };
}

export interface UnitRow {
  id: string;
  code: string;
  name: string;
  type: string;
  parentId: string | null;
  parentName: string | null;
  parentType: string | null;
}

export async function findUnit(db: Q, tenantId: string, where: { id?: string; code?: string; root?: true }) {
  const cond = where.id ? sql`o.id = ${where.id}` : where.code ? sql`o.code = ${where.code}` : sql`o.parent_id IS NULL`;
  const r = await db.execute(sql`
    SELECT o.id, o.code, o.name, o.type, o.parent_id AS "parentId", p.name AS "parentName", p.type AS "parentType"
    FROM organisations o LEFT JOIN organisations p ON p.tenant_id = o.tenant_id AND p.id = o.parent_id
    WHERE o.tenant_id = ${tenantId} AND ${cond}
    ORDER BY o.sort_key LIMIT 1`);
  return rowsOf<UnitRow>(r)[0];
}

/** The direct children of an organisation that are still in force (the units that report to it). */
export async function childUnits(db: Q, tenantId: string, parentId: string) {
  return db
    .select({ id: organisations.id, code: organisations.code, name: organisations.name })
    .from(organisations)
    .where(
      and(
        eq(organisations.tenantId, tenantId),
        eq(organisations.parentId, parentId),
        sql`${organisations.effectiveTo} IS NULL`,
      ),
    )
    .orderBy(asc(organisations.sortKey));
}

export type PeriodReportRow = typeof periodReports.$inferSelect;

export async function findReport(db: Q, tenantId: string, orgId: string, year: number, kind: PeriodReportKind) {
  const [row] = await db
    .select()
    .from(periodReports)
    .where(
      and(
        eq(periodReports.tenantId, tenantId),
        eq(periodReports.orgId, orgId),
        eq(periodReports.year, year),
        eq(periodReports.kind, kind),
      ),
    );
  return row;
}

export async function reportsOf(db: Q, tenantId: string, orgIds: string[], year: number, kind: PeriodReportKind) {
  if (orgIds.length === 0) return [];
  return db
    .select()
    .from(periodReports)
    .where(
      and(
        eq(periodReports.tenantId, tenantId),
        inArray(periodReports.orgId, orgIds),
        eq(periodReports.year, year),
        eq(periodReports.kind, kind),
      ),
    );
}

export async function insertReport(tx: Tx, row: typeof periodReports.$inferInsert) {
  await tx.insert(periodReports).values(row);
}

/** Saves a new version when the stored one is still `expectedVersion` (else returns false). */
export async function saveNarrative(
  tx: Tx,
  tenantId: string,
  id: string,
  expectedVersion: number,
  narrative: Record<string, string>,
  userId: string,
  at: Date,
): Promise<boolean> {
  const done = await tx
    .update(periodReports)
    .set({ narrative, version: expectedVersion + 1, updatedBy: userId, updatedAt: at })
    .where(
      and(eq(periodReports.tenantId, tenantId), eq(periodReports.id, id), eq(periodReports.version, expectedVersion)),
    )
    .returning({ id: periodReports.id });
  if (done.length === 0) return false;
  await tx
    .insert(periodReportVersions)
    .values({ tenantId, reportId: id, version: expectedVersion + 1, narrative, editedBy: userId, editedAt: at });
  return true;
}

export async function insertVersion(tx: Tx, row: typeof periodReportVersions.$inferInsert) {
  await tx.insert(periodReportVersions).values(row);
}

export async function markSubmitted(
  tx: Tx,
  tenantId: string,
  id: string,
  figures: unknown,
  userId: string,
  at: Date,
): Promise<boolean> {
  const done = await tx
    .update(periodReports)
    .set({ status: 'submitted', submittedFigures: figures, submittedAt: at, submittedBy: userId, updatedAt: at })
    .where(and(eq(periodReports.tenantId, tenantId), eq(periodReports.id, id), eq(periodReports.status, 'draft')))
    .returning({ id: periodReports.id });
  return done.length > 0;
}

export async function versionsOf(db: Q, tenantId: string, reportId: string) {
  return db
    .select({
      version: periodReportVersions.version,
      editedBy: periodReportVersions.editedBy,
      editedAt: periodReportVersions.editedAt,
      editorName: sql<
        string | null
      >`(SELECT u.full_name FROM users u WHERE u.tenant_id = ${periodReportVersions.tenantId} AND u.id = ${periodReportVersions.editedBy})`,
    })
    .from(periodReportVersions)
    .where(and(eq(periodReportVersions.tenantId, tenantId), eq(periodReportVersions.reportId, reportId)))
    .orderBy(asc(periodReportVersions.version));
}

// ── Asked by other features (plan tasks linked to a report) ──

export interface StoredReportRow {
  id: string;
  orgId: string;
  orgName: string;
  year: number;
  kind: PeriodReportKind;
  status: 'draft' | 'submitted';
  submittedAt: string | null;
}

const STORED = sql`SELECT r.id, r.org_id AS "orgId", o.name AS "orgName", r.year, r.kind, r.status,
         to_char(r.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "submittedAt"
  FROM period_reports r JOIN organisations o ON o.tenant_id = r.tenant_id AND o.id = r.org_id`;

const idList = (xs: readonly string[]) =>
  sql.join(
    xs.map((x) => sql`${x}`),
    sql`, `,
  );

/** The stored reports with these ids (unit, year, kind, whether sent up). */
export async function reportStates(db: Q, tenantId: string, ids: readonly string[]): Promise<StoredReportRow[]> {
  if (!ids.length) return [];
  const r = await db.execute(sql`${STORED} WHERE r.tenant_id = ${tenantId} AND r.id IN (${idList(ids)})`);
  return rowsOf<StoredReportRow>(r).map((x) => ({ ...x, year: Number(x.year) }));
}

/**
 * A page of stored reports (a draft saved at least once, or submitted) of the units in `orgIds`
 * (null: every unit), newest year first, then unit order.
 */
export async function listStoredReports(
  db: Q,
  w: { tenantId: string; orgIds: readonly string[] | null; year?: number },
  limit: number,
  offset: number,
): Promise<{ total: number; items: StoredReportRow[] }> {
  const c: SQL[] = [sql`r.tenant_id = ${w.tenantId}`];
  if (w.orgIds) c.push(w.orgIds.length ? sql`r.org_id IN (${idList(w.orgIds)})` : sql`FALSE`);
  if (w.year !== undefined) c.push(sql`r.year = ${w.year}`);
  const where = sql.join(c, sql` AND `);
  const [count, page] = await Promise.all([
    db.execute(sql`SELECT count(*)::int AS n FROM period_reports r WHERE ${where}`),
    db.execute(sql`${STORED} WHERE ${where}
      ORDER BY r.year DESC, o.sort_key COLLATE "C", r.kind DESC, r.id LIMIT ${limit} OFFSET ${offset}`),
  ]);
  return {
    total: Number(rowsOf<{ n: number }>(count)[0]?.n ?? 0),
    items: rowsOf<StoredReportRow>(page).map((x) => ({ ...x, year: Number(x.year) })),
  };
}
