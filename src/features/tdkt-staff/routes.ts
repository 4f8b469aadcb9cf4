// HTTP doors of the TĐKT staff list (người làm công tác thi đua, khen thưởng): thin handlers over ./service.ts.
import { createRoute } from '@hono/zod-openapi';
import { ctxOf, ERRORS, IdParam, json, newRouter } from '../../server/router.js';
import { TdktStaffItem, TdktStaffPage, TdktStaffQuery, TdktWorkBody } from './schema.js';
import * as svc from './service.js';

const tags = ['Người làm công tác thi đua, khen thưởng'];

export const tdktStaffRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/tdkt-staff',
      tags,
      summary:
        'Người đang làm công tác thi đua, khen thưởng ở từng đơn vị (biểu 0605.N/BNV-TĐKT), lọc, tìm không dấu, phân trang',
      request: { query: TdktStaffQuery },
      responses: { 200: json(TdktStaffPage), ...ERRORS },
    }),
    async (c) => c.json(await svc.listTdktStaff(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/tdkt-staff/{id}',
      tags,
      summary: 'Đánh dấu (hoặc bỏ đánh dấu) một vị trí công tác là làm công tác thi đua, khen thưởng',
      request: {
        params: IdParam,
        body: { required: true, content: { 'application/json': { schema: TdktWorkBody } } },
      },
      responses: { 200: json(TdktStaffItem), ...ERRORS },
    }),
    async (c) => c.json(await svc.setTdktWork(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
