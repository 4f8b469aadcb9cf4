// Use cases of the exemplary-models register (issue 12): suggest from the records, create, edit,
// record and withdraw consent, publish, photos, ceremonies. Every write is audited.
import { randomInt } from 'node:crypto';
import type { z } from '@hono/zod-openapi';
import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import {
  awardRecords,
  exemplaryModels,
  households,
  modelCeremonies,
  modelConsents,
  modelPhotos,
  organisations,
  people,
} from '../../db/schema.js';
import {
  findPersonalData,
  modelIsPublic,
  publicSlug,
  SLUG_SUFFIX_ALPHABET,
  stripImageMetadata,
} from '../../domain/models/index.js';
import { awardName } from '../../domain/registry/vocab.js';
import { formatDateVN, isoDateInVietnam, searchKey } from '../../domain/vi-text/index.js';
import type { Ctx } from '../../server/context.js';
import { conflict, invalid, notFound } from '../../server/errors.js';
import { recordAudit } from '../audit/append.js';
import { loadFile, storeFile } from '../files/store.js';
import { readableOrgCondition, requireOrgAccess } from '../organisations/scope.js';
import * as repo from './repository.js';
import type {
  CeremonyBody,
  ConsentBody,
  Fostering,
  ModelCreateBody,
  ModelsQuery,
  ModelUpdateBody,
  SuggestQuery,
  WithdrawBody,
} from './schema.js';

const newSuffix = () =>
  Array.from({ length: 5 }, () => SLUG_SUFFIX_ALPHABET[randomInt(SLUG_SUFFIX_ALPHABET.length)]).join('');

export const publicPath = (slug: string) => `/cong-khai/guong-dien-hinh/${slug}`;

type Summary = NonNullable<Awaited<ReturnType<typeof repo.modelById>>>;
const presentSummary = ({ m, areaName, isPublic }: Summary) => ({
  id: m.id,
  slug: m.slug,
  kind: m.kind,
  name: m.name,
  unitName: m.unitName,
  areaOrgId: m.areaOrgId,
  areaName,
  field: m.field,
  fieldLabel: repo.fieldLabel(m.field),
  headline: m.headline,
  status: m.status,
  isPublic: Boolean(isPublic),
});

function refusePersonalData(texts: Record<string, { label: string; value: string | undefined | null }>) {
  const errors = Object.entries(texts).flatMap(([field, { label, value }]) => {
    const found = value ? findPersonalData(value) : null;
    return found
      ? [
          {
            field,
            label,
            message: `Có ${found}: không đưa dữ liệu cá nhân lên trang công khai (Nghị định 13/2023/NĐ-CP).`,
          },
        ]
      : [];
  });
  if (errors.length) throw invalid(errors);
}

export async function listModels(ctx: Ctx, q: z.output<typeof ModelsQuery>) {
  const scope = await readableOrgCondition(ctx.db, ctx.actor, exemplaryModels.areaOrgId);
  const where = and(
    eq(exemplaryModels.tenantId, ctx.actor.tenantId),
    scope,
    q.status ? eq(exemplaryModels.status, q.status) : undefined,
    ...repo.modelSearch(q.q),
  );
  const { total, rows } = await repo.findModels(ctx.db, where, q.page, q.pageSize);
  return { items: rows.map(presentSummary), total, page: q.page, pageSize: q.pageSize };
}

async function load(ctx: Ctx, id: string, permission: 'registry.read' | 'portal.manage') {
  const row = await repo.modelById(ctx.db, ctx.actor.tenantId, id);
  if (!row) throw notFound('gương điển hình');
  await requireOrgAccess(ctx.db, ctx.actor, permission, row.m.areaOrgId);
  return row;
}

export async function getModel(ctx: Ctx, id: string) {
  const row = await load(ctx, id, 'registry.read');
  const t = ctx.actor.tenantId;
  const [consents, achievements, photos, ceremonies] = await Promise.all([
    repo.consentsOf(ctx.db, t, id),
    repo.achievementsOf(ctx.db, t, id),
    repo.photosOf(ctx.db, t, id),
    repo.ceremoniesOf(ctx.db, t, id),
  ]);
  const m = row.m;
  return {
    ...presentSummary(row),
    personId: m.personId,
    orgId: m.orgId,
    householdId: m.householdId,
    origin: m.origin,
    story: m.story,
    publicPath: publicPath(m.slug),
    publishedAt: m.publishedAt?.toISOString() ?? null,
    fostering: (m.fostering as z.output<typeof Fostering> | null) ?? null,
    consents: consents.map((c) => ({
      id: c.id,
      givenBy: c.givenBy,
      capacity: c.capacity,
      givenOn: c.givenOn,
      purposes: c.purposes,
      recordedAt: c.recordedAt.toISOString(),
      withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
      withdrawNote: c.withdrawNote,
    })),
    achievements,
    photos,
    ceremonies: ceremonies.map((c) => ({ ...c, photoFileIds: c.photoFileIds as string[] })),
  };
}

/** The subject of a model: its display name, the unit shown beside it, the org that scopes it. */
async function subjectOf(ctx: Ctx, input: { kind: string; personId?: string; orgId?: string; householdId?: string }) {
  const t = ctx.actor.tenantId;
  const orgName = async (id: string | null) => {
    if (!id) return null;
    const [o] = await ctx.db
      .select({ name: organisations.name })
      .from(organisations)
      .where(and(eq(organisations.tenantId, t), eq(organisations.id, id)));
    return o?.name ?? null;
  };
  if (input.kind === 'individual') {
    if (!input.personId) throw invalid([{ field: 'personId', label: 'Cá nhân', message: 'Chưa chọn cá nhân.' }]);
    const [p] = await ctx.db
      .select({ name: people.fullName, orgId: people.orgId })
      .from(people)
      .where(and(eq(people.tenantId, t), eq(people.id, input.personId)));
    if (!p) throw notFound('cá nhân');
    return { cols: { personId: input.personId }, name: p.name, unitName: await orgName(p.orgId), orgId: p.orgId };
  }
  if (input.kind === 'household') {
    if (!input.householdId)
      throw invalid([{ field: 'householdId', label: 'Hộ gia đình', message: 'Chưa chọn hộ gia đình.' }]);
    const [h] = await ctx.db
      .select({ name: households.headName, orgId: households.villageOrgId })
      .from(households)
      .where(and(eq(households.tenantId, t), eq(households.id, input.householdId)));
    if (!h) throw notFound('hộ gia đình');
    return {
      cols: { householdId: input.householdId },
      name: `Hộ ông (bà) ${h.name}`,
      unitName: await orgName(h.orgId),
      orgId: h.orgId,
    };
  }
  if (!input.orgId) throw invalid([{ field: 'orgId', label: 'Tập thể', message: 'Chưa chọn tập thể.' }]);
  const [o] = await ctx.db
    .select({ name: organisations.name, parentId: organisations.parentId })
    .from(organisations)
    .where(and(eq(organisations.tenantId, t), eq(organisations.id, input.orgId)));
  if (!o) throw notFound('tập thể');
  return { cols: { orgId: input.orgId }, name: o.name, unitName: await orgName(o.parentId), orgId: input.orgId };
}

/** The subject's award records (not revoked), or the chosen ones after checking they are the subject's. */
type SubjectCols = { personId?: string | null; orgId?: string | null; householdId?: string | null };
async function subjectAwards(ctx: Ctx, cols: SubjectCols, chosen?: string[]) {
  const [column, value] = cols.personId
    ? [awardRecords.personId, cols.personId]
    : cols.orgId
      ? [awardRecords.orgId, cols.orgId]
      : [awardRecords.householdId, cols.householdId ?? ''];
  const rows = await ctx.db
    .select({ id: awardRecords.id })
    .from(awardRecords)
    .where(and(eq(awardRecords.tenantId, ctx.actor.tenantId), eq(column, value), isNull(awardRecords.revokedOn)));
  const own = new Set(rows.map((r) => r.id));
  if (!chosen) return [...own];
  const foreign = chosen.filter((id) => !own.has(id));
  if (foreign.length)
    throw invalid([
      { field: 'awardRecordIds', label: 'Thành tích', message: 'Có khen thưởng không thuộc về đối tượng này.' },
    ]);
  return chosen;
}

export async function createModel(ctx: Ctx, input: z.output<typeof ModelCreateBody>) {
  await requireOrgAccess(ctx.db, ctx.actor, 'portal.manage', input.areaOrgId);
  refusePersonalData({
    headline: { label: 'Tóm tắt', value: input.headline },
    story: { label: 'Câu chuyện điển hình', value: input.story },
  });
  const subject = await subjectOf(ctx, input);
  const awardIds = await subjectAwards(ctx, subject.cols, input.awardRecordIds);
  const t = ctx.actor.tenantId;
  const id = crypto.randomUUID();
  const slug = publicSlug(subject.name, newSuffix());
  await ctx.db.transaction(async (tx) => {
    const [dup] = await tx
      .select({ id: exemplaryModels.id })
      .from(exemplaryModels)
      .where(
        and(
          eq(exemplaryModels.tenantId, t),
          subject.cols.personId ? eq(exemplaryModels.personId, subject.cols.personId) : undefined,
          subject.cols.orgId ? eq(exemplaryModels.orgId, subject.cols.orgId) : undefined,
          subject.cols.householdId ? eq(exemplaryModels.householdId, subject.cols.householdId) : undefined,
        ),
      )
      .limit(1);
    if (dup) throw conflict(`${subject.name} đã có trong sổ gương điển hình.`);
    await tx.insert(exemplaryModels).values({
      tenantId: t,
      id,
      slug,
      kind: input.kind,
      ...subject.cols,
      name: subject.name,
      unitName: subject.unitName,
      areaOrgId: input.areaOrgId,
      field: input.field,
      headline: input.headline,
      story: input.story,
      origin: input.origin,
      proposedByOrgId: input.origin === 'proposed' ? subject.orgId : null,
      status: 'draft',
      searchKey: searchKey(`${subject.name} ${subject.unitName ?? ''} ${input.headline}`),
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await repo.setAchievements(tx, t, id, awardIds);
    await recordAudit(tx, ctx, {
      action: 'model.create',
      entityType: 'exemplary_model',
      entityId: id,
      orgId: input.areaOrgId,
      summary: `Đưa ${subject.name} vào sổ gương điển hình (${awardIds.length} thành tích)`,
      after: { name: subject.name, field: input.field, headline: input.headline, awardRecordIds: awardIds },
    });
  });
  return getModel(ctx, id);
}

export async function updateModel(ctx: Ctx, id: string, input: z.output<typeof ModelUpdateBody>) {
  const { m } = await load(ctx, id, 'portal.manage');
  if (input.areaOrgId) await requireOrgAccess(ctx.db, ctx.actor, 'portal.manage', input.areaOrgId);
  refusePersonalData({
    headline: { label: 'Tóm tắt', value: input.headline },
    story: { label: 'Câu chuyện điển hình', value: input.story },
  });
  const subjectCols = { personId: m.personId, orgId: m.orgId, householdId: m.householdId };
  const awardIds = input.awardRecordIds ? await subjectAwards(ctx, subjectCols, input.awardRecordIds) : undefined;
  const t = ctx.actor.tenantId;
  const headline = input.headline ?? m.headline;
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(exemplaryModels)
      .set({
        areaOrgId: input.areaOrgId ?? m.areaOrgId,
        field: input.field ?? m.field,
        headline,
        story: input.story ?? m.story,
        fostering: input.fostering === undefined ? m.fostering : input.fostering,
        searchKey: searchKey(`${m.name} ${m.unitName ?? ''} ${headline}`),
        updatedAt: ctx.now,
      })
      .where(and(eq(exemplaryModels.tenantId, t), eq(exemplaryModels.id, id)));
    if (awardIds) await repo.setAchievements(tx, t, id, awardIds);
    await recordAudit(tx, ctx, {
      action: 'model.update',
      entityType: 'exemplary_model',
      entityId: id,
      orgId: m.areaOrgId,
      summary: `Sửa hồ sơ gương điển hình ${m.name}`,
      before: { field: m.field, headline: m.headline, areaOrgId: m.areaOrgId, fostering: m.fostering },
      after: input,
    });
  });
  return getModel(ctx, id);
}

export async function recordConsent(ctx: Ctx, id: string, input: z.output<typeof ConsentBody>) {
  const { m } = await load(ctx, id, 'portal.manage');
  if (input.givenOn > isoDateInVietnam(ctx.now))
    throw invalid([{ field: 'givenOn', label: 'Ngày đồng ý', message: 'Ngày đồng ý không được sau hôm nay.' }]);
  const t = ctx.actor.tenantId;
  const consentId = crypto.randomUUID();
  await ctx.db.transaction(async (tx) => {
    await tx.insert(modelConsents).values({
      tenantId: t,
      id: consentId,
      modelId: id,
      givenBy: input.givenBy,
      capacity: input.capacity,
      givenOn: input.givenOn,
      purposes: input.purposes,
      recordedBy: ctx.actor.userId,
      recordedAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'model.consent',
      entityType: 'exemplary_model',
      entityId: id,
      orgId: m.areaOrgId,
      summary: `Ghi nhận sự đồng ý công khai thông tin của ${m.name} (${input.givenBy}, ngày ${formatDateVN(input.givenOn)})`,
      after: { consentId, ...input },
    });
  });
  return getModel(ctx, id);
}

/** Withdrawing consent takes the public page down at once: every live consent ends and the model goes back to draft. */
export async function withdrawConsent(ctx: Ctx, id: string, input: z.output<typeof WithdrawBody>) {
  const { m } = await load(ctx, id, 'portal.manage');
  const t = ctx.actor.tenantId;
  await ctx.db.transaction(async (tx) => {
    const ended = await tx
      .update(modelConsents)
      .set({ withdrawnAt: ctx.now, withdrawnBy: ctx.actor.userId, withdrawNote: input.note })
      .where(and(eq(modelConsents.tenantId, t), eq(modelConsents.modelId, id), isNull(modelConsents.withdrawnAt)))
      .returning({ id: modelConsents.id });
    if (!ended.length) throw conflict(`${m.name} không có sự đồng ý nào đang có hiệu lực.`);
    await tx
      .update(exemplaryModels)
      .set({ status: 'draft', publishedAt: null, updatedAt: ctx.now })
      .where(and(eq(exemplaryModels.tenantId, t), eq(exemplaryModels.id, id)));
    await recordAudit(tx, ctx, {
      action: 'model.consent_withdraw',
      entityType: 'exemplary_model',
      entityId: id,
      orgId: m.areaOrgId,
      summary: `Rút lại sự đồng ý của ${m.name}: gỡ khỏi trang công khai`,
      before: { status: m.status },
      after: { status: 'draft', consentIds: ended.map((e) => e.id), note: input.note },
    });
  });
  return getModel(ctx, id);
}

export async function publishModel(ctx: Ctx, id: string) {
  const { m } = await load(ctx, id, 'portal.manage');
  const t = ctx.actor.tenantId;
  const consents = await repo.consentsOf(ctx.db, t, id);
  if (!modelIsPublic('published', consents))
    throw conflict(
      `Chưa có sự đồng ý công khai thông tin của ${m.name} (Nghị định 13/2023/NĐ-CP): ghi nhận sự đồng ý trước khi công khai.`,
    );
  refusePersonalData({
    headline: { label: 'Tóm tắt', value: m.headline },
    story: { label: 'Câu chuyện điển hình', value: m.story },
  });
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(exemplaryModels)
      .set({ status: 'published', publishedAt: m.publishedAt ?? ctx.now, updatedAt: ctx.now })
      .where(and(eq(exemplaryModels.tenantId, t), eq(exemplaryModels.id, id)));
    await recordAudit(tx, ctx, {
      action: 'model.publish',
      entityType: 'exemplary_model',
      entityId: id,
      orgId: m.areaOrgId,
      summary: `Công khai gương điển hình ${m.name} tại ${publicPath(m.slug)}`,
      before: { status: m.status },
      after: { status: 'published' },
    });
  });
  return getModel(ctx, id);
}

export async function unpublishModel(ctx: Ctx, id: string) {
  const { m } = await load(ctx, id, 'portal.manage');
  const t = ctx.actor.tenantId;
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(exemplaryModels)
      .set({ status: 'draft', updatedAt: ctx.now })
      .where(and(eq(exemplaryModels.tenantId, t), eq(exemplaryModels.id, id)));
    await recordAudit(tx, ctx, {
      action: 'model.unpublish',
      entityType: 'exemplary_model',
      entityId: id,
      orgId: m.areaOrgId,
      summary: `Gỡ gương điển hình ${m.name} khỏi trang công khai`,
      before: { status: m.status },
      after: { status: 'draft' },
    });
  });
  return getModel(ctx, id);
}

export async function addPhoto(ctx: Ctx, id: string, fileName: string, bytes: Uint8Array, alt: string) {
  const { m } = await load(ctx, id, 'portal.manage');
  const cleanAlt = alt.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, 300);
  if (!cleanAlt) throw invalid([{ field: 'alt', label: 'Mô tả ảnh', message: 'Nhập mô tả ảnh cho người khiếm thị.' }]);
  const stripped = stripImageMetadata(bytes);
  if (!stripped) throw invalid([{ field: 'file', label: 'Tệp', message: 'Ảnh phải là tệp JPEG hoặc PNG hợp lệ.' }]);
  const stored = await storeFile(ctx, {
    ownerType: 'model_photo',
    ownerId: id,
    fileName,
    bytes: stripped.bytes,
    orgId: m.areaOrgId,
    label: `ảnh gương điển hình ${m.name}, đã bỏ thông tin vị trí`,
  });
  const t = ctx.actor.tenantId;
  await ctx.db.transaction(async (tx) => {
    const [{ n }] = await tx
      .select({ n: count() })
      .from(modelPhotos)
      .where(and(eq(modelPhotos.tenantId, t), eq(modelPhotos.modelId, id)));
    await tx.insert(modelPhotos).values({
      tenantId: t,
      id: crypto.randomUUID(),
      modelId: id,
      fileId: stored.id,
      alt: cleanAlt,
      ordinal: n,
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'model.photo',
      entityType: 'exemplary_model',
      entityId: id,
      orgId: m.areaOrgId,
      summary: `Thêm ảnh cho gương điển hình ${m.name}`,
      after: { fileId: stored.id, alt: cleanAlt },
    });
  });
  return getModel(ctx, id);
}

export async function addCeremony(ctx: Ctx, id: string, input: z.output<typeof CeremonyBody>) {
  const { m } = await load(ctx, id, 'portal.manage');
  const t = ctx.actor.tenantId;
  const ceremonyId = crypto.randomUUID();
  await ctx.db.transaction(async (tx) => {
    await tx.insert(modelCeremonies).values({
      tenantId: t,
      id: ceremonyId,
      modelId: id,
      ...input,
      photoFileIds: [],
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'model.ceremony',
      entityType: 'exemplary_model',
      entityId: id,
      orgId: m.areaOrgId,
      summary: `Ghi nhận buổi lễ ngày ${formatDateVN(input.heldOn)} tôn vinh ${m.name}`,
      after: input,
    });
  });
  return getModel(ctx, id);
}

/**
 * Suggestions from the records: people, collectives and households with at least `minAwards`
 * awards (not revoked) in the actor's reach, that are not in the register yet.
 */
export async function suggestModels(ctx: Ctx, q: z.output<typeof SuggestQuery>) {
  const t = ctx.actor.tenantId;
  const scope = await readableOrgCondition(ctx.db, ctx.actor, awardRecords.subjectOrgId, q.orgId);
  const subjectKey = sql<string>`coalesce(${awardRecords.personId}, ${awardRecords.orgId}, ${awardRecords.householdId})`;
  const rows = await ctx.db
    .select({
      kind: awardRecords.subjectKind,
      personId: awardRecords.personId,
      orgId: awardRecords.orgId,
      householdId: awardRecords.householdId,
      n: count(),
      codes: sql<string[]>`array_agg(${awardRecords.awardCode} order by ${awardRecords.period} desc)`,
    })
    .from(awardRecords)
    .where(
      and(
        eq(awardRecords.tenantId, t),
        isNull(awardRecords.revokedOn),
        inArray(awardRecords.subjectKind, ['individual', 'collective', 'household']),
        scope,
        sql`not exists (select 1 from ${exemplaryModels} where ${exemplaryModels.tenantId} = ${awardRecords.tenantId} and coalesce(${exemplaryModels.personId}, ${exemplaryModels.orgId}, ${exemplaryModels.householdId}) = ${subjectKey})`,
      ),
    )
    .groupBy(awardRecords.subjectKind, awardRecords.personId, awardRecords.orgId, awardRecords.householdId)
    .having(sql`count(*) >= ${q.minAwards}`)
    .orderBy(desc(count()))
    .limit(50);
  const names = new Map<string, string>();
  const ids = (k: 'personId' | 'orgId' | 'householdId') => rows.flatMap((r) => (r[k] ? [r[k] as string] : []));
  if (ids('personId').length)
    for (const p of await ctx.db
      .select({ id: people.id, name: people.fullName })
      .from(people)
      .where(and(eq(people.tenantId, t), inArray(people.id, ids('personId')))))
      names.set(p.id, p.name);
  if (ids('orgId').length)
    for (const o of await ctx.db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(and(eq(organisations.tenantId, t), inArray(organisations.id, ids('orgId')))))
      names.set(o.id, o.name);
  if (ids('householdId').length)
    for (const h of await ctx.db
      .select({ id: households.id, name: households.headName })
      .from(households)
      .where(and(eq(households.tenantId, t), inArray(households.id, ids('householdId')))))
      names.set(h.id, `Hộ ông (bà) ${h.name}`);
  return {
    items: rows.map((r) => ({
      kind: r.kind as 'individual' | 'collective' | 'household',
      personId: r.personId,
      orgId: r.orgId,
      householdId: r.householdId,
      name: names.get((r.personId ?? r.orgId ?? r.householdId)!) ?? '',
      awardCount: Number(r.n),
      awards: [...new Set(r.codes)].map(awardName),
    })),
  };
}

/** At most this many photos a ceremony. */
export const MAX_CEREMONY_PHOTOS = 20;

/** Adds a photo of a ceremony, stored without its metadata (location, camera). */
export async function addCeremonyPhoto(ctx: Ctx, id: string, ceremonyId: string, fileName: string, bytes: Uint8Array) {
  const { m } = await load(ctx, id, 'portal.manage');
  const t = ctx.actor.tenantId;
  const c = await repo.ceremonyOf(ctx.db, t, id, ceremonyId);
  if (!c) throw notFound('buổi lễ');
  if (c.photoFileIds.length >= MAX_CEREMONY_PHOTOS)
    throw invalid([{ field: 'file', label: 'Tệp', message: `Mỗi buổi lễ có tối đa ${MAX_CEREMONY_PHOTOS} ảnh.` }]);
  const stripped = stripImageMetadata(bytes);
  if (!stripped) throw invalid([{ field: 'file', label: 'Tệp', message: 'Ảnh phải là tệp JPEG hoặc PNG hợp lệ.' }]);
  const stored = await storeFile(ctx, {
    ownerType: 'ceremony_photo',
    ownerId: ceremonyId,
    fileName,
    bytes: stripped.bytes,
    orgId: m.areaOrgId,
    label: `ảnh buổi lễ ngày ${formatDateVN(c.heldOn)} của gương điển hình ${m.name}, đã bỏ thông tin vị trí`,
  });
  await repo.setCeremonyPhotos(ctx.db, t, ceremonyId, [...c.photoFileIds, stored.id]);
  return getModel(ctx, id);
}

/**
 * A photo of a model or of one of its ceremonies, for the officers who may read the model (the
 * stored copy, already without its metadata).
 */
export async function readModelPhoto(ctx: Ctx, id: string, fileId: string) {
  await load(ctx, id, 'registry.read');
  const t = ctx.actor.tenantId;
  const f = await loadFile(ctx.db, t, fileId);
  const own =
    (f.ownerType === 'model_photo' && f.ownerId === id) ||
    (f.ownerType === 'ceremony_photo' && (await repo.ceremonyOf(ctx.db, t, id, f.ownerId)) !== undefined);
  if (!own || !/^image\/(jpeg|png)$/.test(f.mime)) throw notFound('ảnh');
  return f;
}
