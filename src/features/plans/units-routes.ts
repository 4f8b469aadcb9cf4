// HTTP doors of units' own plans under a plan: thin handlers (validate → use case → present).
import { createRoute, z } from '@hono/zod-openapi';
import { EVIDENCE_MIME_TYPES } from '../../domain/rounds/dossier.js';
import { fileResponse, sendFile } from '../../server/download.js';
import { ctxOf, ERRORS, IdParam, json, newRouter } from '../../server/router.js';
import { uploadedFile } from '../../server/upload.js';
import { StoredFileOut } from '../files/schema.js';
import * as svc from './units.js';
import {
  MyUnitRequestsOut,
  PlanFileParam,
  UnitPlansOut,
  UnitRequestBody,
  UnitTasksOut,
  UnitTasksQuery,
} from './units-schema.js';

const tags = ['Kế hoạch thi đua, khen thưởng'];
const FileForm = {
  body: {
    content: {
      'multipart/form-data': { schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) }) },
    },
  },
};

export const unitPlanRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/plans/unit-requests',
      tags,
      summary: 'Yêu cầu gửi kế hoạch gửi tới các đơn vị mà người dùng lập kế hoạch (năm nay và năm trước)',
      responses: { 200: json(MyUnitRequestsOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.listMyUnitRequests(ctxOf(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/plans/{id}/units',
      tags,
      summary: 'Kế hoạch của các đơn vị cấp dưới: đơn vị được yêu cầu, đã gửi, chậm, chưa đến hạn',
      request: { params: IdParam },
      responses: { 200: json(UnitPlansOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.getUnitPlans(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/plans/{id}/units',
      tags,
      summary: 'Yêu cầu các đơn vị cấp dưới gửi kế hoạch trước một ngày (mặc định: các đơn vị trực thuộc trực tiếp)',
      request: {
        params: IdParam,
        body: { content: { 'application/json': { schema: UnitRequestBody } }, required: true },
      },
      responses: { 200: json(UnitPlansOut.extend({ linked: z.number().int() })), ...ERRORS },
    }),
    async (c) => c.json(await svc.requestUnitPlans(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/plans/{id}/unit-tasks',
      tags,
      summary: 'Nhiệm vụ của đơn vị cấp dưới (theo đơn vị, phân trang)',
      request: { params: IdParam, query: UnitTasksQuery },
      responses: { 200: json(UnitTasksOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.listUnitTasks(ctxOf(c), c.req.valid('param').id, c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/plans/{id}/send',
      tags,
      summary: 'Gửi kế hoạch của đơn vị lên kế hoạch cấp trên đã yêu cầu',
      request: { params: IdParam },
      responses: { 200: json(UnitPlansOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.sendUnitPlan(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/plans/{id}/signed-files',
      tags,
      summary: 'Tải lên bản kế hoạch đã ký của đơn vị (PDF, DOCX, ảnh; tối đa 10 MB)',
      request: { params: IdParam, ...FileForm },
      responses: { 201: json(StoredFileOut), ...ERRORS },
    }),
    async (c) => {
      const f = await uploadedFile(c);
      return c.json(await svc.uploadSignedPlan(ctxOf(c), c.req.valid('param').id, f.name, f.bytes), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/plans/{id}/signed-files/{fileId}',
      tags,
      summary: 'Tải về bản kế hoạch đã ký',
      request: { params: PlanFileParam },
      responses: { 200: fileResponse('Bản kế hoạch đã ký', ...EVIDENCE_MIME_TYPES), ...ERRORS },
    }),
    async (c) => {
      const p = c.req.valid('param');
      const f = await svc.readSignedPlan(ctxOf(c), p.id, p.fileId);
      return sendFile(c, Buffer.from(f.content), f.fileName, f.mime);
    },
  );
