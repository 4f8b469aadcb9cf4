// Use cases of news articles: write, send for review, publish, withdraw; images without metadata.
import { randomInt } from 'node:crypto';
import type { z } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import { articles } from '../../db/schema.js';
import {
  ARTICLE_STATUS_LABELS,
  ARTICLE_STEP_PERMISSIONS,
  canMoveArticle,
  findPersonalData,
  imagesOf,
  mayApproveArticle,
  publicSlug,
  SLUG_SUFFIX_ALPHABET,
  stripImageMetadata,
  withEditor,
} from '../../domain/models/index.js';
import { searchKey } from '../../domain/vi-text/index.js';
import type { Ctx } from '../../server/context.js';
import { conflict, forbidden, invalid, notFound, refuse } from '../../server/errors.js';
import { can } from '../../server/policy.js';
import { PERMISSIONS } from '../../domain/access/permissions.js';
import { recordAudit } from '../audit/append.js';
import { loadFile, storeFile } from '../files/store.js';
import { followWork } from '../plans/links.js';
import { readableOrgCondition, requireOrgAccess } from '../organisations/scope.js';
import * as repo from './repository.js';
import type { ArticleBody, ArticleMoveBody, ArticlesQuery, ArticleUpdateBody } from './schema.js';

const newSuffix = () =>
  Array.from({ length: 5 }, () => SLUG_SUFFIX_ALPHABET[randomInt(SLUG_SUFFIX_ALPHABET.length)]).join('');
export const articlePath = (slug: string) => `/cong-khai/tin-tuc/${slug}`;

const present = (a: repo.ArticleRow) => ({
  id: a.id,
  slug: a.slug,
  orgId: a.orgId,
  title: a.title,
  summary: a.summary,
  status: a.status,
  statusLabel: ARTICLE_STATUS_LABELS[a.status],
  movementId: a.movementId,
  modelId: a.modelId,
  decisionNo: a.decisionNo,
  publishedAt: a.publishedAt?.toISOString() ?? null,
  publicPath: articlePath(a.slug),
});

function refusePersonalData(a: { title?: string; summary?: string; body?: string }) {
  const labels = { title: 'Tiêu đề', summary: 'Sa-pô (tóm tắt)', body: 'Nội dung' } as const;
  const errors = (Object.keys(labels) as (keyof typeof labels)[]).flatMap((k) => {
    const found = a[k] ? findPersonalData(a[k]!) : null;
    return found
      ? [{ field: k, label: labels[k], message: `Có ${found}: không đưa dữ liệu cá nhân lên trang công khai.` }]
      : [];
  });
  if (errors.length) throw invalid(errors);
}

export async function listArticles(ctx: Ctx, q: z.output<typeof ArticlesQuery>) {
  const scope = await readableOrgCondition(ctx.db, ctx.actor, articles.orgId);
  const where = and(
    eq(articles.tenantId, ctx.actor.tenantId),
    scope,
    q.status ? eq(articles.status, q.status) : undefined,
    ...repo.articleSearch(q.q),
  );
  const { total, rows } = await repo.findArticles(ctx.db, where, q.page, q.pageSize);
  return { items: rows.map(present), total, page: q.page, pageSize: q.pageSize };
}

async function load(ctx: Ctx, id: string, permission: 'registry.read' | 'portal.manage') {
  const a = await repo.articleById(ctx.db, ctx.actor.tenantId, id);
  if (!a) throw notFound('tin bài');
  const chain = await requireOrgAccess(ctx.db, ctx.actor, permission, a.orgId);
  return { ...a, chain };
}

/** The text may change only in a draft (or a withdrawn article): not while a reviewer reads it, nor once public. */
function requireEditable(a: repo.ArticleRow) {
  if (a.status === 'published')
    throw refuse('ARTICLE_PUBLISHED', 'Tin bài đã đăng: gỡ tin bài (đưa về bản nháp) trước khi sửa nội dung.');
  if (a.status === 'review')
    throw refuse(
      'ARTICLE_IN_REVIEW',
      'Tin bài đang chờ duyệt: trả lại bản nháp trước khi sửa, để người duyệt đọc đúng bản sẽ đăng.',
    );
}

export async function getArticle(ctx: Ctx, id: string) {
  const a = await load(ctx, id, 'registry.read');
  const you = ctx.actor.userId;
  return {
    ...present(a),
    body: a.bodyHtml,
    images: await repo.imagesOfArticle(ctx.db, ctx.actor.tenantId, id),
    youEdited: a.editorIds.includes(you),
    mayApprove:
      a.status === 'review' && can(ctx.actor, 'portal.review', a.chain) && mayApproveArticle(a.editorIds, you),
  };
}

export async function createArticle(ctx: Ctx, input: z.output<typeof ArticleBody>) {
  await requireOrgAccess(ctx.db, ctx.actor, 'portal.manage', input.orgId);
  refusePersonalData(input);
  const id = crypto.randomUUID();
  const t = ctx.actor.tenantId;
  await ctx.db.transaction(async (tx) => {
    await tx.insert(articles).values({
      tenantId: t,
      id,
      slug: publicSlug(input.title, newSuffix()),
      orgId: input.orgId,
      title: input.title,
      summary: input.summary,
      bodyHtml: input.body,
      status: 'draft',
      movementId: input.movementId ?? null,
      modelId: input.modelId ?? null,
      decisionNo: input.decisionNo ?? null,
      searchKey: searchKey(`${input.title} ${input.summary}`),
      createdBy: ctx.actor.userId,
      editorIds: [ctx.actor.userId],
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'article.create',
      entityType: 'article',
      entityId: id,
      orgId: input.orgId,
      summary: `Viết tin bài "${input.title}"`,
      after: { title: input.title, summary: input.summary },
    });
  });
  return getArticle(ctx, id);
}

export async function updateArticle(ctx: Ctx, id: string, input: z.output<typeof ArticleUpdateBody>) {
  const a = await load(ctx, id, 'portal.manage');
  requireEditable(a);
  refusePersonalData(input);
  const title = input.title ?? a.title;
  const summary = input.summary ?? a.summary;
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(articles)
      .set({
        title,
        summary,
        bodyHtml: input.body ?? a.bodyHtml,
        movementId: input.movementId === undefined ? a.movementId : input.movementId,
        modelId: input.modelId === undefined ? a.modelId : input.modelId,
        decisionNo: input.decisionNo === undefined ? a.decisionNo : input.decisionNo,
        searchKey: searchKey(`${title} ${summary}`),
        editorIds: withEditor(a.editorIds, ctx.actor.userId),
        updatedAt: ctx.now,
      })
      .where(and(eq(articles.tenantId, a.tenantId), eq(articles.id, id)));
    await recordAudit(tx, ctx, {
      action: 'article.update',
      entityType: 'article',
      entityId: id,
      orgId: a.orgId,
      summary: `Sửa tin bài "${title}"`,
      before: { title: a.title, summary: a.summary, body: a.bodyHtml },
      after: input,
    });
  });
  return getArticle(ctx, id);
}

/**
 * draft → review → published (→ withdrawn → draft). A writer sends it for review; someone holding
 * portal.review who neither wrote nor changed it approves and publishes (checked for personal data
 * and its images); either may send it back or take it down.
 */
export async function moveArticle(ctx: Ctx, id: string, input: z.output<typeof ArticleMoveBody>) {
  const a = await load(ctx, id, 'registry.read');
  const allowed = ARTICLE_STEP_PERMISSIONS[input.to];
  if (!allowed.some((p) => can(ctx.actor, p, a.chain))) throw forbidden(PERMISSIONS[allowed[0]!].denied);
  if (!canMoveArticle(a.status, input.to))
    throw conflict(
      `Không thể chuyển tin bài từ "${ARTICLE_STATUS_LABELS[a.status]}" sang "${ARTICLE_STATUS_LABELS[input.to]}".`,
    );
  if (input.to === 'published' && !mayApproveArticle(a.editorIds, ctx.actor.userId))
    throw refuse(
      'ARTICLE_SELF_REVIEW',
      'Bạn đã viết hoặc sửa tin bài này nên không tự duyệt được: cần một người khác có quyền duyệt và đăng.',
    );
  if (input.to === 'published') {
    refusePersonalData({ title: a.title, summary: a.summary, body: a.bodyHtml });
    const own = new Set((await repo.imagesOfArticle(ctx.db, a.tenantId, id)).map((i) => i.fileId));
    const missing = imagesOf(a.bodyHtml).filter((f) => !own.has(f));
    if (missing.length)
      throw invalid([{ field: 'body', label: 'Nội dung', message: 'Nội dung dẫn tới ảnh không thuộc tin bài này.' }]);
  }
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(articles)
      .set({
        status: input.to,
        publishedAt: input.to === 'published' ? ctx.now : a.publishedAt,
        reviewedBy: input.to === 'published' ? ctx.actor.userId : a.reviewedBy,
        updatedAt: ctx.now,
      })
      .where(and(eq(articles.tenantId, a.tenantId), eq(articles.id, id)));
    await recordAudit(tx, ctx, {
      action: `article.${input.to}`,
      entityType: 'article',
      entityId: id,
      orgId: a.orgId,
      summary: `Tin bài "${a.title}": ${ARTICLE_STATUS_LABELS[a.status]} → ${ARTICLE_STATUS_LABELS[input.to]}`,
      before: { status: a.status },
      after: { status: input.to },
    });
  });
  // A plan task linked to this article ("01 tin, bài mỗi quý") is done once it is published.
  await followWork(ctx, 'article', id);
  return getArticle(ctx, id);
}

export async function addArticleImage(ctx: Ctx, id: string, fileName: string, bytes: Uint8Array) {
  const a = await load(ctx, id, 'portal.manage');
  requireEditable(a);
  const stripped = stripImageMetadata(bytes);
  if (!stripped) throw invalid([{ field: 'file', label: 'Tệp', message: 'Ảnh phải là tệp JPEG hoặc PNG hợp lệ.' }]);
  await storeFile(ctx, {
    ownerType: 'article_image',
    ownerId: id,
    fileName,
    bytes: stripped.bytes,
    orgId: a.orgId,
    label: `ảnh của tin bài "${a.title}", đã bỏ thông tin vị trí`,
  });
  await repo.setEditors(ctx.db, a.tenantId, id, withEditor(a.editorIds, ctx.actor.userId));
  return getArticle(ctx, id);
}

/** An image of an article, for the officers who may read it (the stored copy, without its metadata). */
export async function readArticleImage(ctx: Ctx, id: string, fileId: string) {
  await load(ctx, id, 'registry.read');
  const f = await loadFile(ctx.db, ctx.actor.tenantId, fileId);
  if (f.ownerType !== 'article_image' || f.ownerId !== id || !/^image\/(jpeg|png)$/.test(f.mime)) throw notFound('ảnh');
  return f;
}
