// HTTP doors of movements: thin handlers over ./service.ts.
import { createRoute, z } from '@hono/zod-openapi';
import { fileResponse, sendFile } from '../../server/download.js';
import { uploadedFile } from '../../server/upload.js';
import { ctxOf, ERRORS, IdParam, json, newRouter } from '../../server/router.js';
import { EVIDENCE_MIME_TYPES } from '../../domain/rounds/dossier.js';
import { StoredFileOut } from '../files/schema.js';
import {
  FinalReviewBody,
  MovementBody,
  MovementListOut,
  MovementListQuery,
  MovementOut,
  ReportBody,
  ReviewBody,
} from './schema.js';
import * as svc from './service.js';

const tags = ['Phong trào thi đua'];
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
const ReportParam = z.object({
  id: IdParam.shape.id,
  reportId: IdParam.shape.id.openapi({ param: { name: 'reportId', in: 'path' } }),
});
const FileParam = z.object({
  id: IdParam.shape.id,
  fileId: IdParam.shape.id.openapi({ param: { name: 'fileId', in: 'path' } }),
});

export const movementRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/movements',
      tags,
      summary: 'Các phong trào thi đua',
      request: { query: MovementListQuery },
      responses: { 200: json(MovementListOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.listMovements(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/movements',
      tags,
      summary: 'Soạn phong trào thi đua',
      request: body(MovementBody),
      responses: { 201: json(MovementOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.createMovement(ctxOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/movements/{id}',
      tags,
      summary: 'Phong trào, đơn vị tham gia, báo cáo',
      request: { params: IdParam },
      responses: { 200: json(MovementOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.getMovement(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/movements/{id}/launch',
      tags,
      summary: 'Phát động',
      request: { params: IdParam },
      responses: { 200: json(MovementOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.launchMovement(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/movements/{id}/reports',
      tags,
      summary: 'Đơn vị báo cáo kết quả thực hiện',
      request: { params: IdParam, ...body(ReportBody) },
      responses: { 200: json(MovementOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.reportProgress(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/movements/{id}/reports/{reportId}/files',
      tags,
      summary: 'Tải lên minh chứng của báo cáo (PDF, DOCX, ảnh; tối đa 10 MB)',
      request: { params: ReportParam, ...FileForm },
      responses: { 201: json(StoredFileOut), ...ERRORS },
    }),
    async (c) => {
      const p = c.req.valid('param');
      const f = await uploadedFile(c);
      return c.json(await svc.attachReportEvidence(ctxOf(c), p.id, p.reportId, f.name, f.bytes), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/movements/{id}/files/{fileId}',
      tags,
      summary: 'Tải về minh chứng của báo cáo',
      request: { params: FileParam },
      responses: { 200: fileResponse('Tệp minh chứng', ...EVIDENCE_MIME_TYPES), ...ERRORS },
    }),
    async (c) => {
      const p = c.req.valid('param');
      const f = await svc.readReportEvidence(ctxOf(c), p.id, p.fileId);
      return sendFile(c, f.content, f.fileName, f.mime);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/movements/{id}/mid-review',
      tags,
      summary: 'Sơ kết',
      request: { params: IdParam, ...body(ReviewBody) },
      responses: { 200: json(MovementOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.midReview(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/movements/{id}/final-review',
      tags,
      summary: 'Tổng kết, mở đợt khen thưởng chuyên đề',
      request: { params: IdParam, ...body(FinalReviewBody) },
      responses: { 200: json(MovementOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.finalReview(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/movements/{id}/document',
      tags,
      summary: 'Kế hoạch phát động (DOCX hoặc PDF)',
      request: { params: IdParam, query: z.object({ format: z.enum(['docx', 'pdf']).default('docx') }) },
      responses: {
        200: fileResponse(
          'Tệp',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'application/pdf',
        ),
        ...ERRORS,
      },
    }),
    async (c) => {
      const fmt = c.req.valid('query').format;
      const f = await svc.movementDocument(ctxOf(c), c.req.valid('param').id, fmt);
      return sendFile(
        c,
        f.data,
        f.name,
        fmt === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
    },
  );
