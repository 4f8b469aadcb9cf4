// SQL of the exemplary-models tables. The one place that decides what of a model is public:
// published AND a consent not withdrawn (publicModelCondition), and which fields leave the server
// (PublicModel: no identity number, birth date, address or phone — none is even selected).
import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import {
  awardRecords,
  exemplaryModels,
  modelAchievements,
  modelCeremonies,
  modelConsents,
  modelPhotos,
  organisations,
} from '../../db/schema.js';
import { MODEL_FIELD_LABELS, type ModelField } from '../../domain/models/index.js';
import { awardName } from '../../domain/registry/vocab.js';
import { searchCondition } from '../organisations/scope.js';

export type ModelRow = typeof exemplaryModels.$inferSelect;
type DbLike = Db | Tx;

/** A live consent exists for the model row in the outer query. */
const consentInForceSql = sql`exists (select 1 from ${modelConsents} where ${modelConsents.tenantId} = ${exemplaryModels.tenantId} and ${modelConsents.modelId} = ${exemplaryModels.id} and ${modelConsents.withdrawnAt} is null)`;

/** What the public may see: published and with a consent in force. */
export const publicModelCondition = (): SQL => and(eq(exemplaryModels.status, 'published'), consentInForceSql)!;

export const fieldLabel = (f: string) => MODEL_FIELD_LABELS[f as ModelField] ?? f;

const summaryCols = {
  m: exemplaryModels,
  areaName: organisations.name,
  isPublic: sql<boolean>`(${exemplaryModels.status} = 'published' and ${consentInForceSql})`,
};

export async function findModels(db: DbLike, where: SQL | undefined, page: number, pageSize: number) {
  const [{ total }] = await db.select({ total: count() }).from(exemplaryModels).where(where);
  const rows = await db
    .select(summaryCols)
    .from(exemplaryModels)
    .leftJoin(
      organisations,
      and(eq(organisations.tenantId, exemplaryModels.tenantId), eq(organisations.id, exemplaryModels.areaOrgId)),
    )
    .where(where)
    .orderBy(desc(exemplaryModels.updatedAt), asc(exemplaryModels.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { total, rows };
}

export const modelSearch = (q: string | undefined) => searchCondition(exemplaryModels.searchKey, q);

export async function modelById(db: DbLike, tenantId: string, id: string) {
  const [row] = await db
    .select(summaryCols)
    .from(exemplaryModels)
    .leftJoin(
      organisations,
      and(eq(organisations.tenantId, exemplaryModels.tenantId), eq(organisations.id, exemplaryModels.areaOrgId)),
    )
    .where(and(eq(exemplaryModels.tenantId, tenantId), eq(exemplaryModels.id, id)));
  return row;
}

export async function consentsOf(db: DbLike, tenantId: string, modelId: string) {
  return db
    .select()
    .from(modelConsents)
    .where(and(eq(modelConsents.tenantId, tenantId), eq(modelConsents.modelId, modelId)))
    .orderBy(asc(modelConsents.recordedAt));
}

export async function achievementsOf(db: DbLike, tenantId: string, modelId: string, onlyCounting = false) {
  const rows = await db
    .select({ a: awardRecords })
    .from(modelAchievements)
    .innerJoin(
      awardRecords,
      and(eq(awardRecords.tenantId, modelAchievements.tenantId), eq(awardRecords.id, modelAchievements.awardRecordId)),
    )
    .where(
      and(
        eq(modelAchievements.tenantId, tenantId),
        eq(modelAchievements.modelId, modelId),
        onlyCounting ? isNull(awardRecords.revokedOn) : undefined,
      ),
    )
    .orderBy(desc(awardRecords.period), asc(awardRecords.awardCode));
  return rows.map(({ a }) => ({
    awardRecordId: a.id,
    awardName: awardName(a.awardCode),
    period: a.period,
    decisionNo: a.decisionNo,
    decisionDate: a.decisionDate,
    issuer: a.issuer,
  }));
}

export async function photosOf(db: DbLike, tenantId: string, modelId: string) {
  return db
    .select({ id: modelPhotos.id, fileId: modelPhotos.fileId, alt: modelPhotos.alt })
    .from(modelPhotos)
    .where(and(eq(modelPhotos.tenantId, tenantId), eq(modelPhotos.modelId, modelId)))
    .orderBy(asc(modelPhotos.ordinal), asc(modelPhotos.createdAt));
}

export async function ceremoniesOf(db: DbLike, tenantId: string, modelId: string) {
  return db
    .select({
      id: modelCeremonies.id,
      kind: modelCeremonies.kind,
      heldOn: modelCeremonies.heldOn,
      place: modelCeremonies.place,
      presentedBy: modelCeremonies.presentedBy,
      note: modelCeremonies.note,
      photoFileIds: modelCeremonies.photoFileIds,
    })
    .from(modelCeremonies)
    .where(and(eq(modelCeremonies.tenantId, tenantId), eq(modelCeremonies.modelId, modelId)))
    .orderBy(desc(modelCeremonies.heldOn));
}

export async function setAchievements(tx: Tx, tenantId: string, modelId: string, awardRecordIds: readonly string[]) {
  await tx
    .delete(modelAchievements)
    .where(and(eq(modelAchievements.tenantId, tenantId), eq(modelAchievements.modelId, modelId)));
  if (awardRecordIds.length)
    await tx
      .insert(modelAchievements)
      .values([...new Set(awardRecordIds)].map((awardRecordId) => ({ tenantId, modelId, awardRecordId })));
}

// ─── Public reads (the portal): every tenant's public models, as the public notices do ───

export interface PublicModelFilter {
  q?: string;
  field?: string;
  areaOrgId?: string;
  page: number;
  pageSize: number;
}

const publicCols = {
  tenantId: exemplaryModels.tenantId,
  id: exemplaryModels.id,
  slug: exemplaryModels.slug,
  kind: exemplaryModels.kind,
  name: exemplaryModels.name,
  unitName: exemplaryModels.unitName,
  field: exemplaryModels.field,
  headline: exemplaryModels.headline,
  areaOrgId: exemplaryModels.areaOrgId,
  areaName: organisations.name,
  publishedAt: exemplaryModels.publishedAt,
};

export async function listPublicModels(db: DbLike, f: PublicModelFilter) {
  const where = and(
    publicModelCondition(),
    ...modelSearch(f.q),
    f.field ? eq(exemplaryModels.field, f.field) : undefined,
    f.areaOrgId ? eq(exemplaryModels.areaOrgId, f.areaOrgId) : undefined,
  );
  const [{ total }] = await db.select({ total: count() }).from(exemplaryModels).where(where);
  const rows = await db
    .select(publicCols)
    .from(exemplaryModels)
    .leftJoin(
      organisations,
      and(eq(organisations.tenantId, exemplaryModels.tenantId), eq(organisations.id, exemplaryModels.areaOrgId)),
    )
    .where(where)
    .orderBy(desc(exemplaryModels.publishedAt), asc(exemplaryModels.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return { total, rows };
}

/** The areas and fields that have public models, for the portal's filters. */
export async function publicModelFacets(db: DbLike) {
  const areas = await db
    .selectDistinct({ id: exemplaryModels.areaOrgId, name: organisations.name })
    .from(exemplaryModels)
    .innerJoin(
      organisations,
      and(eq(organisations.tenantId, exemplaryModels.tenantId), eq(organisations.id, exemplaryModels.areaOrgId)),
    )
    .where(publicModelCondition())
    .orderBy(organisations.name);
  const fields = await db
    .selectDistinct({ field: exemplaryModels.field })
    .from(exemplaryModels)
    .where(publicModelCondition());
  return { areas, fields: fields.map((r) => r.field) };
}

/** One public model with what the public may see of it, or undefined (withdrawn, unpublished, unknown). */
export async function publicModelBySlug(db: DbLike, slug: string) {
  const [m] = await db
    .select({ ...publicCols, story: exemplaryModels.story })
    .from(exemplaryModels)
    .leftJoin(
      organisations,
      and(eq(organisations.tenantId, exemplaryModels.tenantId), eq(organisations.id, exemplaryModels.areaOrgId)),
    )
    .where(and(eq(exemplaryModels.slug, slug), publicModelCondition()))
    .limit(1);
  if (!m) return undefined;
  const [achievements, photos, ceremonies] = await Promise.all([
    achievementsOf(db, m.tenantId, m.id, true),
    photosOf(db, m.tenantId, m.id),
    ceremoniesOf(db, m.tenantId, m.id),
  ]);
  return {
    ...m,
    achievements: achievements.map(({ awardRecordId: _id, ...a }) => a),
    photos: photos.map((p) => ({ fileId: p.fileId, alt: p.alt })),
    // Ceremony photos stay with the officers: they show other people, whose consent is not recorded.
    ceremonies: ceremonies.map(({ id: _id, photoFileIds: _p, ...c }) => c),
  };
}

/** Whether a file is a photo of a public model (only then may the portal serve it). */
export async function isPublicModelPhoto(db: DbLike, fileId: string) {
  const rows = await db
    .select({ tenantId: modelPhotos.tenantId })
    .from(modelPhotos)
    .innerJoin(
      exemplaryModels,
      and(eq(exemplaryModels.tenantId, modelPhotos.tenantId), eq(exemplaryModels.id, modelPhotos.modelId)),
    )
    .where(and(eq(modelPhotos.fileId, fileId), publicModelCondition()))
    .limit(1);
  return rows[0]?.tenantId ?? null;
}

/** Slugs of public models, for the sitemap. */
export async function publicModelSlugs(db: DbLike) {
  return db
    .select({ slug: exemplaryModels.slug, publishedAt: exemplaryModels.publishedAt })
    .from(exemplaryModels)
    .where(publicModelCondition())
    .orderBy(desc(exemplaryModels.publishedAt))
    .limit(5000);
}

export async function modelsByIds(db: DbLike, tenantId: string, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({ id: exemplaryModels.id, slug: exemplaryModels.slug, name: exemplaryModels.name })
    .from(exemplaryModels)
    .where(and(eq(exemplaryModels.tenantId, tenantId), inArray(exemplaryModels.id, ids), publicModelCondition()));
}

/** A ceremony of a model (for adding its photos). */
export async function ceremonyOf(db: DbLike, tenantId: string, modelId: string, ceremonyId: string) {
  const [c] = await db
    .select({ id: modelCeremonies.id, heldOn: modelCeremonies.heldOn, photoFileIds: modelCeremonies.photoFileIds })
    .from(modelCeremonies)
    .where(
      and(
        eq(modelCeremonies.tenantId, tenantId),
        eq(modelCeremonies.modelId, modelId),
        eq(modelCeremonies.id, ceremonyId),
      ),
    );
  return c ? { ...c, photoFileIds: c.photoFileIds as string[] } : undefined;
}

export async function setCeremonyPhotos(db: DbLike, tenantId: string, ceremonyId: string, photoFileIds: string[]) {
  await db
    .update(modelCeremonies)
    .set({ photoFileIds })
    .where(and(eq(modelCeremonies.tenantId, tenantId), eq(modelCeremonies.id, ceremonyId)));
}
