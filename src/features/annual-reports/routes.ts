// HTTP doors of the six-month and annual reports: thin handlers over ./service.ts.
import { createRoute, type z } from '@hono/zod-openapi';
import { fileResponse, sendFile } from '../../server/download.js';
import { ctxOf, ERRORS, json, newRouter } from '../../server/router.js';
import {
  PeriodReport,
  PeriodReportExportQuery,
  PeriodReportQuery,
  SaveNarrativeBody,
  StoredReportsPage,
  StoredReportsQuery,
  SubmitBody,
} from './schema.js';
import * as svc from './service.js';

const tags = ['Báo cáo sơ kết, tổng kết'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PDF = 'application/pdf';
const jsonBody = <S extends z.ZodType>(schema: S) => ({ content: { 'application/json': { schema } }, required: true });

export const periodReportRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/reports/period',
      tags,
      summary:
        'Báo cáo sơ kết 6 tháng hoặc tổng kết năm công tác thi đua, khen thưởng của một cơ quan, đơn vị: số liệu, phần nhận xét, tình hình báo cáo của đơn vị trực thuộc',
      request: { query: PeriodReportQuery },
      responses: { 200: json(PeriodReport), ...ERRORS },
    }),
    async (c) => c.json(await svc.getPeriodReport(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/reports/period/list',
      tags,
      summary:
        'Các báo cáo sơ kết, tổng kết đã lưu hoặc đã gửi của các cơ quan, đơn vị người dùng được xem (để liên kết nhiệm vụ kế hoạch)',
      request: { query: StoredReportsQuery },
      responses: { 200: json(StoredReportsPage), ...ERRORS },
    }),
    async (c) => c.json(await svc.listStoredPeriodReports(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/reports/period/narrative',
      tags,
      summary: 'Lưu phần nhận xét, đánh giá của báo cáo (mỗi lần lưu là một phiên bản)',
      request: { body: jsonBody(SaveNarrativeBody) },
      responses: { 200: json(PeriodReport), ...ERRORS },
    }),
    async (c) => c.json(await svc.savePeriodReportNarrative(ctxOf(c), c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/reports/period/submit',
      tags,
      summary: 'Gửi báo cáo lên cơ quan cấp trên (số liệu được chốt tại thời điểm gửi)',
      request: { body: jsonBody(SubmitBody) },
      responses: { 200: json(PeriodReport), ...ERRORS },
    }),
    async (c) => c.json(await svc.submitPeriodReport(ctxOf(c), c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/reports/period/export',
      tags,
      summary: 'Tải báo cáo theo thể thức Nghị định 30/2020/NĐ-CP (Word hoặc PDF)',
      request: { query: PeriodReportExportQuery },
      responses: { 200: fileResponse('Tệp Word hoặc PDF', DOCX, PDF), ...ERRORS },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const f = await svc.exportPeriodReport(ctxOf(c), q);
      return sendFile(c, f.data, f.name, q.format === 'docx' ? DOCX : PDF);
    },
  );
