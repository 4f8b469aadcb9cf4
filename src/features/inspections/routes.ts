// HTTP doors of inspections (kiểm tra công tác thi đua, khen thưởng): thin handlers over ./service.ts.
import { createRoute, type z } from '@hono/zod-openapi';
import { fileResponse, sendFile } from '../../server/download.js';
import { ctxOf, ERRORS, IdParam, json, newRouter } from '../../server/router.js';
import {
  CancelBody,
  ConclusionBody,
  DocFormatQuery,
  FollowUpBody,
  InspectionBody,
  InspectionDetail,
  InspectionDocParam,
  InspectionPage,
  InspectionQuery,
  MatterBody,
  MatterParam,
  RecommendationBody,
  RecordBody,
  RecParam,
  ResolveBody,
} from './schema.js';
import * as svc from './service.js';

const tags = ['Kiểm tra công tác thi đua, khen thưởng'];
const body = <S extends z.ZodType>(schema: S) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const inspectionRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/inspections',
      tags,
      summary: 'Kế hoạch và các cuộc kiểm tra (lọc theo năm, đơn vị, trạng thái; phân trang)',
      request: { query: InspectionQuery },
      responses: { 200: json(InspectionPage), ...ERRORS },
    }),
    async (c) => c.json(await svc.listInspections(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/inspections',
      tags,
      summary: 'Đưa một đơn vị vào kế hoạch kiểm tra của năm',
      request: body(InspectionBody),
      responses: { 201: json(InspectionDetail), ...ERRORS },
    }),
    async (c) => c.json(await svc.planInspection(ctxOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/inspections/{id}',
      tags,
      summary: 'Một cuộc kiểm tra: đoàn, kết quả, kiến nghị, vụ việc đang xem xét',
      request: { params: IdParam },
      responses: { 200: json(InspectionDetail), ...ERRORS },
    }),
    async (c) => c.json(await svc.getInspection(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/inspections/{id}/record',
      tags,
      summary: 'Ghi biên bản kiểm tra: ngày, địa điểm, đoàn kiểm tra, kết quả',
      request: { params: IdParam, ...body(RecordBody) },
      responses: { 200: json(InspectionDetail), ...ERRORS },
    }),
    async (c) => c.json(await svc.recordVisit(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/inspections/{id}/recommendations',
      tags,
      summary: 'Thêm kiến nghị với thời hạn thực hiện',
      request: { params: IdParam, ...body(RecommendationBody) },
      responses: { 200: json(InspectionDetail), ...ERRORS },
    }),
    async (c) => c.json(await svc.addRecommendation(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/inspections/{id}/recommendations/{recId}/follow-up',
      tags,
      summary: 'Theo dõi thực hiện kiến nghị (ghi ngày hoàn thành khi xong)',
      request: { params: RecParam, ...body(FollowUpBody) },
      responses: { 200: json(InspectionDetail), ...ERRORS },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await svc.followUpRecommendation(ctxOf(c), p.id, p.recId, c.req.valid('json')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/inspections/{id}/conclusion',
      tags,
      summary: 'Ban hành kết luận kiểm tra',
      request: { params: IdParam, ...body(ConclusionBody) },
      responses: { 200: json(InspectionDetail), ...ERRORS },
    }),
    async (c) => c.json(await svc.issueConclusion(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/inspections/{id}/matters',
      tags,
      summary: 'Xem xét trách nhiệm cá nhân, tập thể: tạm dừng xét khen thưởng cho đến khi kết thúc',
      request: { params: IdParam, ...body(MatterBody) },
      responses: { 200: json(InspectionDetail), ...ERRORS },
    }),
    async (c) => c.json(await svc.openMatters(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/inspections/{id}/matters/{matterId}/resolve',
      tags,
      summary: 'Kết thúc xem xét một trường hợp (bỏ tạm dừng xét khen thưởng)',
      request: { params: MatterParam, ...body(ResolveBody) },
      responses: { 200: json(InspectionDetail), ...ERRORS },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await svc.resolveMatter(ctxOf(c), p.id, p.matterId, c.req.valid('json')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/inspections/{id}/close',
      tags,
      summary: 'Kết thúc theo dõi cuộc kiểm tra (mọi kiến nghị đã thực hiện, mọi vụ việc đã xong)',
      request: { params: IdParam },
      responses: { 200: json(InspectionDetail), ...ERRORS },
    }),
    async (c) => c.json(await svc.closeInspection(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/inspections/{id}/cancel',
      tags,
      summary: 'Hủy cuộc kiểm tra chưa tiến hành',
      request: { params: IdParam, ...body(CancelBody) },
      responses: { 200: json(InspectionDetail), ...ERRORS },
    }),
    async (c) => c.json(await svc.cancelInspection(ctxOf(c), c.req.valid('param').id, c.req.valid('json').reason), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/inspections/{id}/documents/{kind}',
      tags,
      summary: 'Tải biên bản kiểm tra (bien-ban) hoặc kết luận kiểm tra (ket-luan), DOCX hoặc PDF',
      request: { params: InspectionDocParam, query: DocFormatQuery },
      responses: { 200: fileResponse('Văn bản', DOCX, 'application/pdf'), ...ERRORS },
    }),
    async (c) => {
      const p = c.req.valid('param');
      const { format } = c.req.valid('query');
      const f = await svc.inspectionDocument(ctxOf(c), p.id, p.kind, format);
      return sendFile(c, f.data, f.name, format === 'pdf' ? 'application/pdf' : DOCX);
    },
  );
