// HTTP doors of the statistical reports: thin handlers over ./service.ts.
import { createRoute } from '@hono/zod-openapi';
import { fileResponse, sendFile, XLSX_TYPE } from '../../server/download.js';
import { ctxOf, ERRORS, json, newRouter } from '../../server/router.js';
import {
  StatisticalCell,
  StatisticalForm,
  StatisticsCellQuery,
  StatisticsExportQuery,
  StatisticsQuery,
} from './schema.js';
import * as svc from './service.js';

const tags = ['Báo cáo thống kê'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const reportRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/reports/statistics',
      tags,
      summary:
        'Biểu báo cáo thống kê thi đua, khen thưởng (0601–0605.N/BNV-TĐKT, Thông tư 02/2023/TT-BNV) của một cơ quan, đơn vị trong một năm',
      request: { query: StatisticsQuery },
      responses: { 200: json(StatisticalForm), ...ERRORS },
    }),
    async (c) => c.json(await svc.computeStatisticalForm(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/reports/statistics/cell',
      tags,
      summary: 'Các bản ghi tạo nên một ô của biểu thống kê',
      request: { query: StatisticsCellQuery },
      responses: { 200: json(StatisticalCell), ...ERRORS },
    }),
    async (c) => c.json(await svc.listStatisticalCell(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/reports/statistics/export',
      tags,
      summary: 'Tải biểu thống kê theo mẫu (Excel hoặc Word)',
      request: { query: StatisticsExportQuery },
      responses: { 200: fileResponse('Tệp Excel hoặc Word', XLSX_TYPE, DOCX), ...ERRORS },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const f = await svc.exportStatisticalForm(ctxOf(c), q);
      return sendFile(c, f.data, f.name, q.format === 'xlsx' ? XLSX_TYPE : DOCX);
    },
  );
