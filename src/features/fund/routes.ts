// HTTP doors of the emulation and commendation fund (quỹ thi đua, khen thưởng): thin handlers
// over ./service.ts.
import { createRoute, type z } from '@hono/zod-openapi';
import { fileResponse, sendFile, XLSX_TYPE } from '../../server/download.js';
import { ctxOf, ERRORS, IdParam, json, newRouter } from '../../server/router.js';
import {
  DecisionPaymentOut,
  FundBodiesOut,
  FundEntryOut,
  FundExportQuery,
  FundLedgerOut,
  FundQuery,
  PayDecisionBody,
  PostEntryBody,
  ReverseBody,
} from './schema.js';
import * as svc from './service.js';

const tags = ['Quỹ thi đua, khen thưởng'];
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const body = <S extends z.ZodType>(schema: S) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

export const fundRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/fund/bodies',
      tags,
      summary: 'Các cơ quan có quỹ thi đua, khen thưởng mà người dùng được xem, với số dư',
      responses: { 200: json(FundBodiesOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.listFundBodies(ctxOf(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/fund',
      tags,
      summary: 'Sổ quỹ thi đua, khen thưởng của một cơ quan trong một năm: số dư đầu kỳ, thu, chi, tồn',
      request: { query: FundQuery },
      responses: { 200: json(FundLedgerOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.getFundLedger(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/fund/export',
      tags,
      summary: 'Tải sổ quỹ thi đua, khen thưởng của năm (Excel hoặc DOCX)',
      request: { query: FundExportQuery },
      responses: { 200: fileResponse('Sổ quỹ', XLSX_TYPE, DOCX_TYPE), ...ERRORS },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const f = await svc.exportFundLedger(ctxOf(c), q);
      return sendFile(c, f.data, f.name, q.format === 'docx' ? DOCX_TYPE : XLSX_TYPE);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/fund/entries',
      tags,
      summary: 'Ghi một khoản thu (ngân sách, đóng góp…), chi (tổ chức, in ấn…) hoặc số dư chuyển sang',
      request: body(PostEntryBody),
      responses: { 201: json(FundEntryOut, 'Đã ghi sổ'), ...ERRORS },
    }),
    async (c) => c.json(await svc.postFundEntry(ctxOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/fund/entries/{id}/reverse',
      tags,
      summary: 'Đảo một bút toán (điều chỉnh sai sót) với lý do; không xóa, không sửa bút toán cũ',
      request: { params: IdParam, ...body(ReverseBody) },
      responses: { 201: json(FundEntryOut, 'Bút toán đảo'), ...ERRORS },
    }),
    async (c) => c.json(await svc.reverseFundEntry(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/fund/decisions/{id}/payment',
      tags,
      summary: 'Danh sách chi tiền thưởng của một quyết định so với số dư quỹ; đã chi, đã thu hồi hay chưa',
      request: { params: IdParam },
      responses: { 200: json(DecisionPaymentOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.getDecisionPayment(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/fund/decisions/{id}/payment',
      tags,
      summary: 'Xác nhận đã chi danh sách tiền thưởng của quyết định: ghi chi vào quỹ (ngày chi, người chi)',
      request: { params: IdParam, ...body(PayDecisionBody) },
      responses: { 200: json(DecisionPaymentOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.payDecision(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
