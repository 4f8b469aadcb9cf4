// SQL of the articles table; the public reads (published only) live here too.
import { and, asc, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { articles, files, organisations } from '../../db/schema.js';
import { searchCondition } from '../organisations/scope.js';

type DbLike = Db | Tx;
export type ArticleRow = typeof articles.$inferSelect;

export async function findArticles(db: DbLike, where: SQL | undefined, page: number, pageSize: number) {
  const [{ total }] = await db.select({ total: count() }).from(articles).where(where);
  const rows = await db
    .select()
    .from(articles)
    .where(where)
    .orderBy(desc(articles.updatedAt), asc(articles.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { total, rows };
}

export const articleSearch = (q: string | undefined) => searchCondition(articles.searchKey, q);

export async function articleById(db: DbLike, tenantId: string, id: string) {
  const [a] = await db
    .select()
    .from(articles)
    .where(and(eq(articles.tenantId, tenantId), eq(articles.id, id)));
  return a;
}

export async function imagesOfArticle(db: DbLike, tenantId: string, id: string) {
  return db
    .select({ fileId: files.id, fileName: files.fileName })
    .from(files)
    .where(and(eq(files.tenantId, tenantId), eq(files.ownerType, 'article_image'), eq(files.ownerId, id)))
    .orderBy(asc(files.createdAt));
}

const published = eq(articles.status, 'published');

const publicCols = {
  tenantId: articles.tenantId,
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  summary: articles.summary,
  publishedAt: articles.publishedAt,
  orgName: organisations.name,
};

export async function listPublicArticles(db: DbLike, f: { q?: string; page: number; pageSize: number }) {
  const where = and(published, ...articleSearch(f.q));
  const [{ total }] = await db.select({ total: count() }).from(articles).where(where);
  const rows = await db
    .select(publicCols)
    .from(articles)
    .leftJoin(organisations, and(eq(organisations.tenantId, articles.tenantId), eq(organisations.id, articles.orgId)))
    .where(where)
    .orderBy(desc(articles.publishedAt), asc(articles.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return { total, rows };
}

export async function publicArticleBySlug(db: DbLike, slug: string) {
  const [a] = await db
    .select({ ...publicCols, body: articles.bodyHtml, modelId: articles.modelId, decisionNo: articles.decisionNo })
    .from(articles)
    .leftJoin(organisations, and(eq(organisations.tenantId, articles.tenantId), eq(organisations.id, articles.orgId)))
    .where(and(eq(articles.slug, slug), published))
    .limit(1);
  return a;
}

/** Whether a file is an image of a published article. */
export async function isPublicArticleImage(db: DbLike, fileId: string) {
  const [r] = await db
    .select({ tenantId: files.tenantId })
    .from(files)
    .innerJoin(articles, and(eq(articles.tenantId, files.tenantId), eq(articles.id, files.ownerId)))
    .where(and(eq(files.id, fileId), eq(files.ownerType, 'article_image'), published))
    .limit(1);
  return r?.tenantId ?? null;
}

/** Titles and workflow steps of some articles (plan tasks linked to them follow the step). */
export async function articleStates(db: DbLike, tenantId: string, ids: readonly string[]) {
  if (!ids.length) return [];
  return db
    .select({ id: articles.id, title: articles.title, status: articles.status })
    .from(articles)
    .where(and(eq(articles.tenantId, tenantId), inArray(articles.id, [...ids])));
}

export async function setEditors(db: DbLike, tenantId: string, id: string, editorIds: string[]) {
  await db
    .update(articles)
    .set({ editorIds })
    .where(and(eq(articles.tenantId, tenantId), eq(articles.id, id)));
}
