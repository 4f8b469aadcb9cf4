// HTTP doors of initiatives and the initiative council: thin handlers over ./service.ts.
import { createRoute, z } from '@hono/zod-openapi';
import { fileResponse, sendFile } from '../../server/download.js';
import { EVIDENCE_MIME_TYPES } from '../../domain/rounds/dossier.js';
import { StoredFileOut } from '../files/schema.js';
import { uploadedFile } from '../../server/upload.js';
import { ctxOf, ERRORS, IdParam, json, newRouter } from '../../server/router.js';
import {
  ApplicationBody,
  ApplicationListOut,
  ApplicationOut,
  AssessBody,
  CloseBody,
  CouncilBody,
  CreatedOut,
  InitiativeCouncilListOut,
  InitiativeCouncilListQuery,
  ApplicationListQuery,
} from './schema.js';
import * as svc from './service.js';

const tags = ['Sáng kiến'];
const body = <S extends z.ZodType>(schema: S) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const FileForm = {
  body: {
    content: {
      'multipart/form-data': { schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) }) },
    },
  },
};
const FileParam = z.object({
  id: IdParam.shape.id,
  fileId: IdParam.shape.id.openapi({ param: { name: 'fileId', in: 'path' } }),
});

export const initiativeRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/initiative-councils',
      tags,
      summary: 'Hội đồng sáng kiến',
      request: { query: InitiativeCouncilListQuery },
      responses: { 200: json(InitiativeCouncilListOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.listCouncils(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/initiative-councils',
      tags,
      summary: 'Thành lập Hội đồng sáng kiến của đơn vị trong năm',
      request: body(CouncilBody),
      responses: { 201: json(CreatedOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.createCouncil(ctxOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/initiative-applications',
      tags,
      summary: 'Sáng kiến đăng ký xét công nhận',
      request: { query: ApplicationListQuery },
      responses: { 200: json(ApplicationListOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.listApplications(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/initiative-applications',
      tags,
      summary: 'Đăng ký xét công nhận sáng kiến',
      request: body(ApplicationBody),
      responses: { 201: json(ApplicationOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.registerInitiative(ctxOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/initiative-applications/{id}',
      tags,
      summary: 'Sáng kiến và kết quả xét',
      request: { params: IdParam },
      responses: { 200: json(ApplicationOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.getApplication(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/initiative-applications/{id}/files',
      tags,
      summary: 'Tải lên minh chứng của sáng kiến (PDF, DOCX, ảnh; tối đa 10 MB)',
      request: { params: IdParam, ...FileForm },
      responses: { 201: json(StoredFileOut), ...ERRORS },
    }),
    async (c) => {
      const f = await uploadedFile(c);
      return c.json(await svc.attachEvidence(ctxOf(c), c.req.valid('param').id, f.name, f.bytes), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/initiative-applications/{id}/files/{fileId}',
      tags,
      summary: 'Tải về minh chứng của sáng kiến',
      request: { params: FileParam },
      responses: { 200: fileResponse('Tệp minh chứng', ...EVIDENCE_MIME_TYPES), ...ERRORS },
    }),
    async (c) => {
      const p = c.req.valid('param');
      const f = await svc.readEvidence(ctxOf(c), p.id, p.fileId);
      return sendFile(c, f.content, f.fileName, f.mime);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/initiative-applications/{id}/review',
      tags,
      summary: 'Đưa ra Hội đồng xét',
      request: { params: IdParam },
      responses: { 200: json(ApplicationOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.startReview(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/initiative-applications/{id}/assess',
      tags,
      summary: 'Thành viên chấm điểm và biểu quyết, hoặc không tham gia vì xung đột lợi ích',
      request: { params: IdParam, ...body(AssessBody) },
      responses: { 200: json(ApplicationOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.assess(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/initiative-applications/{id}/close',
      tags,
      summary: 'Kết thúc xét: công nhận hoặc không công nhận',
      request: { params: IdParam, ...body(CloseBody) },
      responses: { 200: json(ApplicationOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.closeReview(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/initiative-applications/{id}/certificate',
      tags,
      summary: 'Giấy chứng nhận sáng kiến (DOCX)',
      request: { params: IdParam },
      responses: { 200: fileResponse('Tệp Word', DOCX), ...ERRORS },
    }),
    async (c) => {
      const f = await svc.initiativeCertificate(ctxOf(c), c.req.valid('param').id);
      return sendFile(c, f.data, f.name, DOCX);
    },
  );
