// HTTP doors of a cluster's covenant and scoring: thin handlers over ./service.ts.
import { createRoute, z } from '@hono/zod-openapi';
import { fileResponse, sendFile } from '../../server/download.js';
import { ctxOf, ERRORS, json, newRouter } from '../../server/router.js';
import { Uuid } from '../../server/schemas.js';
import { ProposalOut } from '../rounds/schema.js';
import {
  ClusterYearOut,
  CovenantBody,
  HandOverBody,
  PublicationPreviewOut,
  PublishBody,
  ReviewBody,
  SheetBody,
  SignBody,
  TableBody,
  YearParam,
} from './schema.js';
import * as svc from './service.js';

const tags = ['Cụm, khối thi đua'];
const body = <S extends z.ZodType>(schema: S) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
const base = '/clusters/{id}/years/{year}';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ProposeBody = z
  .object({
    roundId: Uuid,
    awardCode: z.string().regex(/^[A-Z0-9_]{2,20}$/, 'Mã danh hiệu, hình thức không hợp lệ.'),
    orgIds: z.array(Uuid).min(1, 'Chọn ít nhất một đơn vị.'),
    achievement: z.string().max(5000).default(''),
  })
  .strict();

export const clusterScoringRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: base,
      tags,
      summary: 'Giao ước, thang điểm, điểm và xếp hạng của cụm trong năm',
      request: { params: YearParam },
      responses: { 200: json(ClusterYearOut), ...ERRORS },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await svc.getClusterYear(ctxOf(c), p.id, p.year), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: `${base}/covenant`,
      tags,
      summary: 'Lập, sửa giao ước thi đua (trước khi có đơn vị ký)',
      request: { params: YearParam, ...body(CovenantBody) },
      responses: { 200: json(ClusterYearOut), ...ERRORS },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await svc.saveCovenant(ctxOf(c), p.id, p.year, c.req.valid('json')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: `${base}/covenant/sign`,
      tags,
      summary: 'Ghi nhận đơn vị ký giao ước',
      request: { params: YearParam, ...body(SignBody) },
      responses: { 200: json(ClusterYearOut), ...ERRORS },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await svc.signCovenant(ctxOf(c), p.id, p.year, c.req.valid('json')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: `${base}/covenant.docx`,
      tags,
      summary: 'Văn bản giao ước thi đua (DOCX)',
      request: { params: YearParam },
      responses: { 200: fileResponse('Tệp Word', DOCX), ...ERRORS },
    }),
    async (c) => {
      const p = c.req.valid('param');
      const f = await svc.covenantDocx(ctxOf(c), p.id, p.year);
      return sendFile(c, f.data, f.name, DOCX);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: `${base}/score-table`,
      tags,
      summary: 'Xây dựng thang điểm (tiêu chí, điểm tối đa, điểm thưởng, điểm trừ, tiêu chí phụ xếp hạng)',
      request: { params: YearParam, ...body(TableBody) },
      responses: { 200: json(ClusterYearOut), ...ERRORS },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await svc.saveScoreTable(ctxOf(c), p.id, p.year, c.req.valid('json')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: `${base}/score-table/{step}`,
      tags,
      summary: 'Mở tự chấm điểm, bắt đầu thẩm định',
      request: {
        params: YearParam.extend({ step: z.enum(['open', 'review']).openapi({ param: { name: 'step', in: 'path' } }) }),
      },
      responses: { 200: json(ClusterYearOut), ...ERRORS },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await svc.advanceScoring(ctxOf(c), p.id, p.year, p.step), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: `${base}/sheets`,
      tags,
      summary: 'Lưu bảng tự chấm điểm của đơn vị (kèm minh chứng)',
      request: { params: YearParam, ...body(SheetBody) },
      responses: { 200: json(ClusterYearOut), ...ERRORS },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await svc.saveSelfScore(ctxOf(c), p.id, p.year, c.req.valid('json')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: `${base}/sheets/submit`,
      tags,
      summary: 'Gửi bảng tự chấm điểm',
      request: { params: YearParam, ...body(SheetBody) },
      responses: { 200: json(ClusterYearOut), ...ERRORS },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await svc.saveSelfScore(ctxOf(c), p.id, p.year, c.req.valid('json'), true), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: `${base}/review`,
      tags,
      summary: 'Thẩm định: sửa điểm một tiêu chí (bắt buộc lý do)',
      request: { params: YearParam, ...body(ReviewBody) },
      responses: { 200: json(ClusterYearOut), ...ERRORS },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await svc.reviewScore(ctxOf(c), p.id, p.year, c.req.valid('json')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: `${base}/publish`,
      tags,
      summary: 'Xem trước bảng xếp hạng sẽ công bố',
      request: { params: YearParam },
      responses: { 200: json(PublicationPreviewOut), ...ERRORS },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await svc.previewPublication(ctxOf(c), p.id, p.year), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: `${base}/publish`,
      tags,
      summary: 'Công bố kết quả (không thể hoàn tác; xác nhận đúng bản đã xem trước)',
      request: { params: YearParam, ...body(PublishBody) },
      responses: { 200: json(ClusterYearOut), ...ERRORS },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await svc.publishResults(ctxOf(c), p.id, p.year, c.req.valid('json').previewHash), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: `${base}/hand-over`,
      tags,
      summary: 'Bàn giao: Cụm trưởng, Cụm phó năm sau',
      request: { params: YearParam, ...body(HandOverBody) },
      responses: { 200: json(ClusterYearOut), ...ERRORS },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await svc.handOver(ctxOf(c), p.id, p.year, c.req.valid('json')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: `${base}/propose`,
      tags,
      summary: 'Đề nghị khen thưởng các đơn vị dẫn đầu vào một đợt xét',
      request: { params: YearParam, ...body(ProposeBody) },
      responses: { 200: json(ProposalOut), ...ERRORS },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await svc.proposeLeaders(ctxOf(c), p.id, p.year, c.req.valid('json')), 200);
    },
  );
