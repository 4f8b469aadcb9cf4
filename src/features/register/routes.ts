// HTTP doors of the commendation register (sổ theo dõi khen thưởng): thin handlers over ./service.ts.
import { createRoute } from '@hono/zod-openapi';
import { fileResponse, sendFile, XLSX_TYPE } from '../../server/download.js';
import { ctxOf, ERRORS, json, newRouter } from '../../server/router.js';
import { RegisterExportQuery, RegisterPage, RegisterQuery } from './schema.js';
import * as svc from './service.js';

const tags = ['Sổ theo dõi khen thưởng'];

export const registerRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/register',
      tags,
      summary:
        'Sổ theo dõi khen thưởng: mọi quyết định và người, tập thể được khen, tìm không dấu, lọc theo năm, cấp, hình thức và đơn vị',
      request: { query: RegisterQuery },
      responses: { 200: json(RegisterPage), ...ERRORS },
    }),
    async (c) => c.json(await svc.listRegisterEntries(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/register/export',
      tags,
      summary: 'Tải sổ theo dõi khen thưởng (Excel) với cùng bộ lọc',
      request: { query: RegisterExportQuery },
      responses: { 200: fileResponse('Tệp Excel', XLSX_TYPE), ...ERRORS },
    }),
    async (c) => {
      const f = await svc.exportRegister(ctxOf(c), c.req.valid('query'));
      return sendFile(c, f.data, f.name, XLSX_TYPE);
    },
  );
