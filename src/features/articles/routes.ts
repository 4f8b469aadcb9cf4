// HTTP doors of news articles: thin handlers over ./service.ts.
import { createRoute, z } from '@hono/zod-openapi';
import { fileResponse } from '../../server/download.js';
import { ctxOf, ERRORS, IdParam, json } from '../../server/router.js';
import { uploadedFile } from '../../server/upload.js';
import { labelledRouter } from '../councils/router.js';
import {
  ARTICLE_FIELD_LABELS,
  ArticleBody,
  ArticleListOut,
  ArticleMoveBody,
  ArticleOut,
  ArticlesQuery,
  ArticleUpdateBody,
} from './schema.js';
import * as svc from './service.js';

const tags = ['Tin bài tuyên truyền'];
const body = <S extends z.ZodType>(schema: S) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
const FileForm = {
  body: {
    content: {
      'multipart/form-data': { schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) }) },
    },
  },
};

const pathId = (name: string) =>
  z
    .string()
    .uuid('Mã định danh không hợp lệ.')
    .openapi({ param: { name, in: 'path' } });
const ImageParam = z.object({ id: pathId('id'), fileId: pathId('fileId') });

export const articleRoutes = labelledRouter(ARTICLE_FIELD_LABELS)
  .openapi(
    createRoute({
      method: 'get',
      path: '/articles',
      tags,
      summary: 'Tin bài',
      request: { query: ArticlesQuery },
      responses: { 200: json(ArticleListOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.listArticles(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/articles',
      tags,
      summary: 'Viết tin bài (bản nháp)',
      request: body(ArticleBody),
      responses: { 201: json(ArticleOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.createArticle(ctxOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/articles/{id}',
      tags,
      summary: 'Một tin bài',
      request: { params: IdParam },
      responses: { 200: json(ArticleOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.getArticle(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/articles/{id}',
      tags,
      summary: 'Sửa tin bài chưa đăng',
      request: { params: IdParam, ...body(ArticleUpdateBody) },
      responses: { 200: json(ArticleOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.updateArticle(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/articles/{id}/move',
      tags,
      summary: 'Chuyển bước: gửi duyệt, trả lại, đăng, gỡ',
      request: { params: IdParam, ...body(ArticleMoveBody) },
      responses: { 200: json(ArticleOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.moveArticle(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/articles/{id}/images',
      tags,
      summary: 'Thêm ảnh cho tin bài (JPEG, PNG; bỏ EXIF và vị trí)',
      request: { params: IdParam, ...FileForm },
      responses: { 201: json(ArticleOut), ...ERRORS },
    }),
    async (c) => {
      const f = await uploadedFile(c);
      return c.json(await svc.addArticleImage(ctxOf(c), c.req.valid('param').id, f.name, f.bytes), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/articles/{id}/images/{fileId}',
      tags,
      summary: 'Một ảnh của tin bài, cho cán bộ xem trước khi đăng (bản đã bỏ thông tin vị trí)',
      request: { params: ImageParam },
      responses: { 200: fileResponse('Ảnh', 'image/jpeg', 'image/png'), ...ERRORS },
    }),
    async (c) => {
      const p = c.req.valid('param');
      const f = await svc.readArticleImage(ctxOf(c), p.id, p.fileId);
      return c.body(new Uint8Array(f.content), 200, {
        'content-type': f.mime,
        'cache-control': 'private, max-age=3600',
        'x-content-type-options': 'nosniff',
      });
    },
  );
