// HTTP doors of the year's conferences and ceremonies: thin handlers over ./service.ts.
import { createRoute, z } from '@hono/zod-openapi';
import { EVIDENCE_MIME_TYPES } from '../../domain/rounds/dossier.js';
import { fileResponse, sendFile } from '../../server/download.js';
import { ctxOf, ERRORS, IdParam, json, newRouter } from '../../server/router.js';
import { Uuid } from '../../server/schemas.js';
import { uploadedFile } from '../../server/upload.js';
import { StoredFileOut } from '../files/schema.js';
import {
  AwardsBody,
  ConferenceAttendanceBody,
  ConferenceBody,
  ConferenceDetail,
  ConferencePage,
  ConferenceQuery,
  InviteesBody,
} from './schema.js';
import * as svc from './service.js';

const tags = ['Hội nghị sơ kết, tổng kết'];
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
const FileParam = z.object({
  id: Uuid.openapi({ param: { name: 'id', in: 'path' } }),
  fileId: Uuid.openapi({ param: { name: 'fileId', in: 'path' } }),
});

export const conferenceRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/conferences',
      tags,
      summary: 'Hội nghị sơ kết, tổng kết, hội nghị Cụm, Khối và lễ trao thưởng (lọc, phân trang)',
      request: { query: ConferenceQuery },
      responses: { 200: json(ConferencePage), ...ERRORS },
    }),
    async (c) => c.json(await svc.listConferences(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/conferences',
      tags,
      summary: 'Lập kế hoạch một hội nghị',
      request: body(ConferenceBody),
      responses: { 201: json(ConferenceDetail), ...ERRORS },
    }),
    async (c) => c.json(await svc.createConference(ctxOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/conferences/{id}',
      tags,
      summary: 'Một hội nghị: đại biểu, điểm danh, tài liệu, khen thưởng được trao',
      request: { params: IdParam },
      responses: { 200: json(ConferenceDetail), ...ERRORS },
    }),
    async (c) => c.json(await svc.getConference(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/conferences/{id}/invitees',
      tags,
      summary: 'Mời đại biểu: đơn vị, cá nhân hoặc khách mời',
      request: { params: IdParam, ...body(InviteesBody) },
      responses: { 200: json(ConferenceDetail), ...ERRORS },
    }),
    async (c) => c.json(await svc.invite(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/conferences/{id}/attendance',
      tags,
      summary: 'Điểm danh đại biểu và ghi kết quả hội nghị',
      request: { params: IdParam, ...body(ConferenceAttendanceBody) },
      responses: { 200: json(ConferenceDetail), ...ERRORS },
    }),
    async (c) => c.json(await svc.recordAttendance(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/conferences/{id}/awards',
      tags,
      summary: 'Ghi các quyết định khen thưởng được trao tại hội nghị',
      request: { params: IdParam, ...body(AwardsBody) },
      responses: { 200: json(ConferenceDetail), ...ERRORS },
    }),
    async (c) =>
      c.json(await svc.presentAwards(ctxOf(c), c.req.valid('param').id, c.req.valid('json').decisionIds), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/conferences/{id}/files',
      tags,
      summary: 'Tải lên tài liệu hội nghị (PDF, DOCX, ảnh; tối đa 10 MB)',
      request: { params: IdParam, ...FileForm },
      responses: { 201: json(StoredFileOut), ...ERRORS },
    }),
    async (c) => {
      const f = await uploadedFile(c);
      return c.json(await svc.attachDocument(ctxOf(c), c.req.valid('param').id, f.name, f.bytes), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/conferences/{id}/files/{fileId}',
      tags,
      summary: 'Tải về tài liệu hội nghị',
      request: { params: FileParam },
      responses: { 200: fileResponse('Tài liệu', ...EVIDENCE_MIME_TYPES), ...ERRORS },
    }),
    async (c) => {
      const p = c.req.valid('param');
      const f = await svc.readDocument(ctxOf(c), p.id, p.fileId);
      return sendFile(c, Buffer.from(f.content), f.fileName, f.mime);
    },
  );
