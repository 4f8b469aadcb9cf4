// HTTP doors of the exemplary-models register: thin handlers over ./service.ts.
import { createRoute, z } from '@hono/zod-openapi';
import { fileResponse } from '../../server/download.js';
import { ctxOf, ERRORS, IdParam, json } from '../../server/router.js';
import { uploadedFile } from '../../server/upload.js';
import { labelledRouter } from '../councils/router.js';
import {
  CeremonyBody,
  ConsentBody,
  MODEL_FIELD_LABELS_VI,
  ModelCreateBody,
  ModelListOut,
  ModelOut,
  ModelsQuery,
  ModelUpdateBody,
  SuggestionListOut,
  SuggestQuery,
  WithdrawBody,
} from './schema.js';
import * as svc from './service.js';

const tags = ['Gương điển hình tiên tiến'];
const body = <S extends z.ZodType>(schema: S) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
const PhotoForm = {
  body: {
    content: {
      'multipart/form-data': {
        schema: z.object({
          file: z.any().openapi({ type: 'string', format: 'binary' }),
          alt: z.string().openapi({ description: 'Mô tả ảnh (cho người khiếm thị)' }),
        }),
      },
    },
  },
};

const pathId = (name: string) =>
  z
    .string()
    .uuid('Mã định danh không hợp lệ.')
    .openapi({ param: { name, in: 'path' } });
const PhotoParam = z.object({ id: pathId('id'), fileId: pathId('fileId') });
const CeremonyParam = z.object({ id: pathId('id'), ceremonyId: pathId('ceremonyId') });
const ImageForm = {
  body: {
    content: {
      'multipart/form-data': { schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) }) },
    },
  },
};

export const modelRoutes = labelledRouter(MODEL_FIELD_LABELS_VI)
  .openapi(
    createRoute({
      method: 'get',
      path: '/models',
      tags,
      summary: 'Sổ gương điển hình (tìm không dấu, lọc theo trạng thái)',
      request: { query: ModelsQuery },
      responses: { 200: json(ModelListOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.listModels(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/models/suggestions',
      tags,
      summary: 'Gợi ý điển hình từ hồ sơ khen thưởng (chưa có trong sổ)',
      request: { query: SuggestQuery },
      responses: { 200: json(SuggestionListOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.suggestModels(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/models',
      tags,
      summary: 'Đưa một cá nhân, tập thể hoặc hộ gia đình vào sổ gương điển hình',
      request: body(ModelCreateBody),
      responses: { 201: json(ModelOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.createModel(ctxOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/models/{id}',
      tags,
      summary: 'Hồ sơ gương điển hình: thành tích, đồng ý công khai, bồi dưỡng, buổi lễ',
      request: { params: IdParam },
      responses: { 200: json(ModelOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.getModel(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/models/{id}',
      tags,
      summary: 'Sửa hồ sơ, thành tích, kế hoạch bồi dưỡng',
      request: { params: IdParam, ...body(ModelUpdateBody) },
      responses: { 200: json(ModelOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.updateModel(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/models/{id}/consents',
      tags,
      summary: 'Ghi nhận sự đồng ý công khai thông tin (Nghị định 13/2023/NĐ-CP)',
      request: { params: IdParam, ...body(ConsentBody) },
      responses: { 201: json(ModelOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.recordConsent(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/models/{id}/consents/withdraw',
      tags,
      summary: 'Rút lại sự đồng ý: gỡ ngay khỏi trang công khai',
      request: { params: IdParam, ...body(WithdrawBody) },
      responses: { 200: json(ModelOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.withdrawConsent(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/models/{id}/publish',
      tags,
      summary: 'Công khai trên trang /cong-khai/guong-dien-hinh (cần sự đồng ý còn hiệu lực)',
      request: { params: IdParam },
      responses: { 200: json(ModelOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.publishModel(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/models/{id}/unpublish',
      tags,
      summary: 'Gỡ khỏi trang công khai',
      request: { params: IdParam },
      responses: { 200: json(ModelOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.unpublishModel(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/models/{id}/photos',
      tags,
      summary: 'Thêm ảnh (JPEG, PNG; thông tin vị trí và EXIF được bỏ trước khi lưu)',
      request: { params: IdParam, ...PhotoForm },
      responses: { 201: json(ModelOut), ...ERRORS },
    }),
    async (c) => {
      const f = await uploadedFile(c);
      const form = await c.req.parseBody();
      const alt = typeof form.alt === 'string' ? form.alt : '';
      return c.json(await svc.addPhoto(ctxOf(c), c.req.valid('param').id, f.name, f.bytes, alt), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/models/{id}/ceremonies',
      tags,
      summary: 'Ghi nhận lễ trao tặng, đón nhận',
      request: { params: IdParam, ...body(CeremonyBody) },
      responses: { 201: json(ModelOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.addCeremony(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/models/{id}/ceremonies/{ceremonyId}/photos',
      tags,
      summary: 'Thêm ảnh buổi lễ (JPEG, PNG; thông tin vị trí và EXIF được bỏ trước khi lưu; chỉ cán bộ xem)',
      request: { params: CeremonyParam, ...ImageForm },
      responses: { 201: json(ModelOut), ...ERRORS },
    }),
    async (c) => {
      const f = await uploadedFile(c);
      const p = c.req.valid('param');
      return c.json(await svc.addCeremonyPhoto(ctxOf(c), p.id, p.ceremonyId, f.name, f.bytes), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/models/{id}/photos/{fileId}',
      tags,
      summary: 'Một ảnh của gương điển hình hoặc của buổi lễ (bản đã bỏ thông tin vị trí)',
      request: { params: PhotoParam },
      responses: { 200: fileResponse('Ảnh', 'image/jpeg', 'image/png'), ...ERRORS },
    }),
    async (c) => {
      const p = c.req.valid('param');
      const f = await svc.readModelPhoto(ctxOf(c), p.id, p.fileId);
      return c.body(new Uint8Array(f.content), 200, {
        'content-type': f.mime,
        'cache-control': 'private, max-age=3600',
        'x-content-type-options': 'nosniff',
      });
    },
  );
