// HTTP door of the dashboard (tổng quan): one typed document of aggregates.
import { createRoute } from '@hono/zod-openapi';
import { ctxOf, ERRORS, json, newRouter } from '../../server/router.js';
import { DashboardOut, DashboardQuery } from './schema.js';
import * as svc from './service.js';

export const dashboardRoutes = newRouter().openapi(
  createRoute({
    method: 'get',
    path: '/dashboard',
    tags: ['Tổng quan'],
    summary:
      'Số liệu tổng quan: khen thưởng theo năm và cấp, tỷ lệ theo đối tượng, đăng ký và kết quả, phong trào, đợt xét, quỹ, văn bản chờ ký',
    request: { query: DashboardQuery },
    responses: { 200: json(DashboardOut), ...ERRORS },
  }),
  async (c) => c.json(await svc.getDashboard(ctxOf(c), c.req.valid('query')), 200),
);
