// The public portal (no sign-in), server-rendered: /cong-khai and its pages, the news RSS feed, the
// sitemap and robots.txt, public photos and legal-document files. Any other /cong-khai/* address
// (a notice's own page, /cong-khai/tra-cuu, the petitions pages) falls through to the web app.
import { getConnInfo } from '@hono/node-server/conninfo';
import { type Context, Hono } from 'hono';
import { compress } from 'hono/compress';
import { etag } from 'hono/etag';
import { isSlug } from '../../domain/models/index.js';
import { now } from '../../server/clock.js';
import type { AppEnv } from '../../server/context.js';
import * as articlesRepo from '../articles/repository.js';
import * as modelsRepo from '../models/repository.js';
import { publicNoticeIndex } from '../notices/service.js';
import { createThrottle } from '../notices/throttle.js';
import { escapeHtml } from '../../domain/models/index.js';
import * as pages from './pages.js';
import * as repo from './repository.js';

const PAGE_SIZE = 12;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HEX32 = /^[0-9a-f]{32}$/;

const origin = (c: Context<AppEnv>) => (process.env.APP_URL || new URL(c.req.url).origin).replace(/\/+$/, '');
const db = (c: Context<AppEnv>) => c.get('database').db;
/** A short query parameter: trimmed, at most 100 characters, no control characters. */
const param = (c: Context<AppEnv>, name: string) =>
  (c.req.query(name) ?? '')
    .normalize('NFC')
    .replace(/\p{Cc}/gu, '')
    .trim()
    .slice(0, 100);
const pageNo = (c: Context<AppEnv>) => {
  const n = Number.parseInt(param(c, 'trang'), 10);
  return Number.isFinite(n) && n >= 1 && n <= 10_000 ? n : 1;
};

function clientIp(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Pages and photos are revalidated on every visit (an ETag answers 304 when nothing changed): a
 * withdrawn consent must take a model down at once, not after a browser's or proxy's cache expires.
 */
const REVALIDATE = 'no-cache';
const html = (c: Context<AppEnv>, body: string, status: 200 | 404 = 200) =>
  c.html(body, status, { 'cache-control': REVALIDATE });
const notFound = (c: Context<AppEnv>, what: string) => html(c, pages.notFoundPage(origin(c), c.req.path, what), 404);

export function portalRoutes() {
  const r = new Hono<AppEnv>();
  const throttle = createThrottle(240, 60_000);
  // Published decisions change rarely and cost a grouping over every award record: kept for a minute.
  const decisionsCache = new Map<string, { at: number; value: Promise<unknown> }>();
  const cached = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    const hit = decisionsCache.get(key);
    const t = Date.now();
    if (hit && t - hit.at < 60_000) return hit.value as Promise<T>;
    if (decisionsCache.size > 500) decisionsCache.clear();
    const value = load();
    decisionsCache.set(key, { at: t, value });
    value.catch(() => decisionsCache.delete(key));
    return value;
  };
  r.use('/cong-khai/*', compress(), etag());
  r.use('/cong-khai', compress(), etag());
  r.use('*', async (c, next) => {
    if (!throttle.hit(clientIp(c)))
      return c.text('Bạn đã mở quá nhiều trang trong thời gian ngắn. Vui lòng thử lại sau ít phút.', 429);
    await next();
  });

  r.get('/cong-khai', async (c) => {
    const d = db(c);
    const [notices, models, articles, decisions] = await Promise.all([
      publicNoticeIndex(d, now()),
      modelsRepo.listPublicModels(d, { page: 1, pageSize: 6 }),
      articlesRepo.listPublicArticles(d, { page: 1, pageSize: 3 }),
      cached('home', () => repo.listPublicDecisions(d, { page: 1, pageSize: 5 })),
    ]);
    return html(
      c,
      pages.homePage(origin(c), {
        notices: notices.items,
        models: models.rows,
        articles: articles.rows,
        decisions: decisions.rows,
      }),
    );
  });

  r.get('/cong-khai/guong-dien-hinh', async (c) => {
    const q = param(c, 'q');
    const field = param(c, 'linh-vuc');
    const areaParam = param(c, 'dia-ban');
    const area = UUID.test(areaParam) ? areaParam : '';
    const page = pageNo(c);
    const d = db(c);
    const [list, facets] = await Promise.all([
      modelsRepo.listPublicModels(d, {
        q,
        field: field || undefined,
        areaOrgId: area || undefined,
        page,
        pageSize: PAGE_SIZE,
      }),
      modelsRepo.publicModelFacets(d),
    ]);
    return html(
      c,
      pages.modelsPage(origin(c), {
        q,
        field,
        area,
        page,
        pageSize: PAGE_SIZE,
        total: list.total,
        items: list.rows,
        facets,
      }),
    );
  });

  r.get('/cong-khai/guong-dien-hinh/:slug', async (c) => {
    const slug = c.req.param('slug');
    const m = isSlug(slug) ? await modelsRepo.publicModelBySlug(db(c), slug) : undefined;
    if (!m) return notFound(c, 'gương điển hình này');
    return html(c, pages.modelPage(origin(c), m));
  });

  r.get('/cong-khai/quyet-dinh', async (c) => {
    const yearParam = param(c, 'nam');
    const year = /^\d{4}$/.test(yearParam) ? yearParam : '';
    const page = pageNo(c);
    const d = db(c);
    const [list, years] = await Promise.all([
      cached(`list:${year}:${page}`, () =>
        repo.listPublicDecisions(d, { year: year || undefined, page, pageSize: 20 }),
      ),
      cached('years', () => repo.publicDecisionYears(d)),
    ]);
    return html(
      c,
      pages.decisionsPage(origin(c), { year, years, page, pageSize: 20, total: list.total, rows: list.rows }),
    );
  });

  r.get('/cong-khai/quyet-dinh/:key', async (c) => {
    const key = c.req.param('key');
    const d = HEX32.test(key) ? await repo.publicDecision(db(c), key) : undefined;
    if (!d) return notFound(c, 'quyết định này');
    return html(c, pages.decisionPage(origin(c), key, d));
  });

  r.get('/cong-khai/tin-tuc', async (c) => {
    const q = param(c, 'q');
    const page = pageNo(c);
    const list = await articlesRepo.listPublicArticles(db(c), { q, page, pageSize: PAGE_SIZE });
    return html(
      c,
      pages.articlesPage(origin(c), { q, page, pageSize: PAGE_SIZE, total: list.total, items: list.rows }),
    );
  });

  r.get('/cong-khai/tin-tuc/rss.xml', async (c) => {
    const base = origin(c);
    const list = await articlesRepo.listPublicArticles(db(c), { page: 1, pageSize: 30 });
    const items = list.rows
      .map(
        (a) =>
          `<item><title>${escapeHtml(a.title)}</title><link>${base}/cong-khai/tin-tuc/${a.slug}</link><guid isPermaLink="true">${base}/cong-khai/tin-tuc/${a.slug}</guid><description>${escapeHtml(a.summary)}</description>${a.publishedAt ? `<pubDate>${a.publishedAt.toUTCString()}</pubDate>` : ''}</item>`,
      )
      .join('');
    const xml = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin tức thi đua, khen thưởng</title><link>${base}/cong-khai/tin-tuc</link><description>Tin tức, bài viết về phong trào thi đua, gương điển hình và khen thưởng</description><language>vi</language>${items}</channel></rss>`;
    return c.body(xml, 200, {
      'content-type': 'application/rss+xml; charset=utf-8',
      'cache-control': 'public, max-age=300',
    });
  });

  r.get('/cong-khai/tin-tuc/:slug', async (c) => {
    const slug = c.req.param('slug');
    const d = db(c);
    const a = isSlug(slug) ? await articlesRepo.publicArticleBySlug(d, slug) : undefined;
    if (!a) return notFound(c, 'tin bài này');
    const [model] = a.modelId ? await modelsRepo.modelsByIds(d, a.tenantId, [a.modelId]) : [];
    const images = await articlesRepo.imagesOfArticle(d, a.tenantId, a.id);
    return html(
      c,
      pages.articlePage(origin(c), {
        ...a,
        model: model ? { slug: model.slug, name: model.name } : null,
        firstImage: images[0]?.fileId ?? null,
      }),
    );
  });

  r.get('/cong-khai/van-ban', async (c) => {
    const q = param(c, 'q');
    const kind = param(c, 'loai');
    const page = pageNo(c);
    const list = await repo.listPublicLegalDocs(db(c), { q, kind: kind || undefined, page, pageSize: 20 });
    return html(c, pages.libraryPage(origin(c), { q, kind, page, pageSize: 20, total: list.total, rows: list.rows }));
  });

  r.get('/cong-khai/van-ban/:id/tep', async (c) => {
    const id = c.req.param('id');
    const f = UUID.test(id) ? await repo.publicLegalDocFile(db(c), id) : undefined;
    if (!f) return notFound(c, 'tệp văn bản này');
    const ascii = f.fileName
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^A-Za-z0-9._-]+/g, '-');
    return c.body(new Uint8Array(f.content), 200, {
      'content-type': f.mime,
      'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(f.fileName)}`,
      'x-content-type-options': 'nosniff',
    });
  });

  // Photos of public models and images of published articles (already stripped of metadata).
  r.get('/cong-khai/anh/:fileId', async (c) => {
    const fileId = c.req.param('fileId');
    if (!UUID.test(fileId)) return notFound(c, 'ảnh này');
    const d = db(c);
    const tenantId =
      (await modelsRepo.isPublicModelPhoto(d, fileId)) ?? (await articlesRepo.isPublicArticleImage(d, fileId));
    const f = tenantId ? await repo.fileContent(d, tenantId, fileId) : undefined;
    if (!f || !/^image\/(jpeg|png)$/.test(f.mime)) return notFound(c, 'ảnh này');
    return c.body(new Uint8Array(f.content), 200, {
      'content-type': f.mime,
      'cache-control': REVALIDATE,
      'x-content-type-options': 'nosniff',
    });
  });

  r.get('/sitemap.xml', async (c) => {
    const base = origin(c);
    const d = db(c);
    const [models, articles, notices] = await Promise.all([
      modelsRepo.publicModelSlugs(d),
      articlesRepo.listPublicArticles(d, { page: 1, pageSize: 1000 }),
      publicNoticeIndex(d, now()),
    ]);
    const url = (path: string, lastmod?: Date | null) =>
      `<url><loc>${base}${path}</loc>${lastmod ? `<lastmod>${lastmod.toISOString().slice(0, 10)}</lastmod>` : ''}</url>`;
    const xml = `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${[
      url('/cong-khai'),
      url('/cong-khai/guong-dien-hinh'),
      url('/cong-khai/quyet-dinh'),
      url('/cong-khai/tin-tuc'),
      url('/cong-khai/van-ban'),
      ...notices.items.map((n) => url(`/cong-khai/${n.slug}`)),
      ...models.map((m) => url(`/cong-khai/guong-dien-hinh/${m.slug}`, m.publishedAt)),
      ...articles.rows.map((a) => url(`/cong-khai/tin-tuc/${a.slug}`, a.publishedAt)),
    ].join('')}</urlset>`;
    return c.body(xml, 200, { 'content-type': 'application/xml; charset=utf-8' });
  });

  r.get('/robots.txt', (c) =>
    c.text(`User-agent: *\nAllow: /cong-khai\nDisallow: /api/\nSitemap: ${origin(c)}/sitemap.xml\n`),
  );

  return r;
}
