import { createRoute, z } from '@hono/zod-openapi';
import { ctxOf, ERRORS, json, newRouter } from '../../server/router.js';
import { AuditPageOut, AuditQuery, ChainCheckSchema } from './schema.js';
import { auditWorkbook } from '../../documents/exports.js';
import { sendFile } from '../../server/download.js';
import * as svc from './service.js';

const tags = ['Nhật ký'];

export const auditRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/audit/export',
      tags,
      summary: 'Xuất nhật ký ra Excel',
      request: { query: AuditQuery.omit({ page: true, pageSize: true }) },
      responses: {
        200: {
          description: 'Tệp Excel',
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
              schema: z.string().openapi({ format: 'binary' }),
            },
          },
        },
        ...ERRORS,
      },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const rows = await svc.exportAudit(ctx, { ...c.req.valid('query'), page: 1, pageSize: 1 });
      return sendFile(c, await auditWorkbook(rows, ctx.now), 'Nhật ký thao tác.xlsx');
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/audit',
      tags,
      summary: 'Nhật ký thao tác (chỉ đọc)',
      request: { query: AuditQuery },
      responses: { 200: json(AuditPageOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.listAudit(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/audit/verify',
      tags,
      summary: 'Kiểm tra tính toàn vẹn của chuỗi nhật ký',
      responses: { 200: json(ChainCheckSchema), ...ERRORS },
    }),
    async (c) => c.json(await svc.verifyAudit(ctxOf(c)), 200),
  );
