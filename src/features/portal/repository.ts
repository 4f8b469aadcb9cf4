// Public reads the portal owns: published award decisions (from the award records: issued, not
// revoked; only name, unit and award) and the legal documents library.
import { and, asc, count, desc, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { awardRecords, files, households, legalDocuments, organisations, people, tenants } from '../../db/schema.js';
import { awardName } from '../../domain/registry/vocab.js';
import { searchCondition } from '../organisations/scope.js';

type DbLike = Db | Tx;

/** A decision's public key: a hash of tenant, number, date and issuer (no database id exposed). */
const decisionKey = sql<string>`md5(${awardRecords.tenantId}::text || '|' || ${awardRecords.decisionNo} || '|' || coalesce(${awardRecords.decisionDate}::text, '') || '|' || coalesce(${awardRecords.issuer}, ''))`;
const counting = and(isNotNull(awardRecords.decisionNo), isNull(awardRecords.revokedOn));

export async function listPublicDecisions(db: DbLike, f: { year?: string; page: number; pageSize: number }) {
  const where = and(
    counting,
    f.year ? sql`to_char(${awardRecords.decisionDate}, 'YYYY') = ${f.year}` : undefined,
  ) as SQL;
  const grouped = db
    .select({
      key: decisionKey.as('key'),
      tenantId: awardRecords.tenantId,
      decisionNo: awardRecords.decisionNo,
      decisionDate: awardRecords.decisionDate,
      issuer: awardRecords.issuer,
      n: count().as('n'),
    })
    .from(awardRecords)
    .where(where)
    .groupBy(awardRecords.tenantId, awardRecords.decisionNo, awardRecords.decisionDate, awardRecords.issuer)
    .as('d');
  const [{ total }] = await db.select({ total: count() }).from(grouped);
  const rows = await db
    .select()
    .from(grouped)
    .orderBy(sql`${grouped.decisionDate} desc nulls last`, asc(grouped.decisionNo))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return { total, rows };
}

export async function publicDecisionYears(db: DbLike) {
  const rows = await db
    .selectDistinct({ y: sql<string>`to_char(${awardRecords.decisionDate}, 'YYYY')` })
    .from(awardRecords)
    .where(and(counting, isNotNull(awardRecords.decisionDate)))
    .orderBy(sql`1 desc`);
  return rows.map((r) => r.y);
}

/** One decision's list: name, unit, award — nothing else about a person. */
export async function publicDecision(db: DbLike, key: string) {
  const rows = await db
    .select({
      decisionNo: awardRecords.decisionNo,
      decisionDate: awardRecords.decisionDate,
      issuer: awardRecords.issuer,
      tenant: tenants.name,
      kind: awardRecords.subjectKind,
      personName: people.fullName,
      householdName: households.headName,
      orgName: sql<
        string | null
      >`(select o.name from ${organisations} o where o.tenant_id = ${awardRecords.tenantId} and o.id = ${awardRecords.orgId})`,
      unitName: organisations.name,
      awardCode: awardRecords.awardCode,
      period: awardRecords.period,
    })
    .from(awardRecords)
    .innerJoin(tenants, eq(tenants.id, awardRecords.tenantId))
    .leftJoin(people, and(eq(people.tenantId, awardRecords.tenantId), eq(people.id, awardRecords.personId)))
    .leftJoin(
      households,
      and(eq(households.tenantId, awardRecords.tenantId), eq(households.id, awardRecords.householdId)),
    )
    .leftJoin(
      organisations,
      and(eq(organisations.tenantId, awardRecords.tenantId), eq(organisations.id, awardRecords.subjectOrgId)),
    )
    .where(and(counting, sql`${decisionKey} = ${key}`))
    .orderBy(asc(awardRecords.awardCode), asc(people.sortKey))
    .limit(2000);
  if (!rows.length) return undefined;
  const first = rows[0];
  return {
    decisionNo: first.decisionNo!,
    decisionDate: first.decisionDate,
    issuer: first.issuer,
    tenant: first.tenant,
    entries: rows.map((r) => ({
      name:
        r.kind === 'individual'
          ? (r.personName ?? '')
          : r.kind === 'household'
            ? `Hộ ông (bà) ${r.householdName ?? ''}`
            : (r.orgName ?? r.unitName ?? ''),
      unit: r.kind === 'individual' || r.kind === 'household' ? r.unitName : null,
      award: awardName(r.awardCode),
      period: r.period,
    })),
  };
}

export async function listPublicLegalDocs(
  db: DbLike,
  f: { q?: string; kind?: string; page: number; pageSize: number },
) {
  const where = and(
    eq(legalDocuments.published, true),
    f.kind ? eq(legalDocuments.kind, f.kind) : undefined,
    ...searchCondition(legalDocuments.searchKey, f.q),
  );
  const [{ total }] = await db.select({ total: count() }).from(legalDocuments).where(where);
  const rows = await db
    .select({
      id: legalDocuments.id,
      kind: legalDocuments.kind,
      number: legalDocuments.number,
      title: legalDocuments.title,
      issuer: legalDocuments.issuer,
      issuedOn: legalDocuments.issuedOn,
      effectiveOn: legalDocuments.effectiveOn,
      summary: legalDocuments.summary,
      fileId: legalDocuments.fileId,
      fileName: files.fileName,
      fileSize: files.size,
      tenant: tenants.name,
    })
    .from(legalDocuments)
    .innerJoin(tenants, eq(tenants.id, legalDocuments.tenantId))
    .leftJoin(files, and(eq(files.tenantId, legalDocuments.tenantId), eq(files.id, legalDocuments.fileId)))
    .where(where)
    .orderBy(desc(legalDocuments.issuedOn), asc(legalDocuments.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return { total, rows };
}

/** The file of a published legal document, by the document's id. */
export async function publicLegalDocFile(db: DbLike, docId: string) {
  const [r] = await db
    .select({ fileName: files.fileName, mime: files.mime, content: files.content })
    .from(legalDocuments)
    .innerJoin(files, and(eq(files.tenantId, legalDocuments.tenantId), eq(files.id, legalDocuments.fileId)))
    .where(and(eq(legalDocuments.id, docId), eq(legalDocuments.published, true)))
    .limit(1);
  return r;
}

export async function fileContent(db: DbLike, tenantId: string, fileId: string) {
  const [f] = await db
    .select({ mime: files.mime, content: files.content })
    .from(files)
    .where(and(eq(files.tenantId, tenantId), eq(files.id, fileId)));
  return f;
}
