import { createRoute, z } from '@hono/zod-openapi';
import { ctxOf, ERRORS, IdParam, json, newRouter } from '../../server/router.js';
import { HouseholdBody, HouseholdDetailOut, HouseholdOut, HouseholdsQuery, HouseholdUpdateBody } from './schema.js';
import { householdsWorkbook } from '../../documents/exports.js';
import { sendFile } from '../../server/download.js';
import * as svc from './service.js';

const tags = ['Hộ gia đình'];
const body = <S extends z.ZodType>(schema: S) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

export const householdRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/households/export',
      tags,
      summary: 'Xuất danh sách hộ gia đình ra Excel',
      request: { query: HouseholdsQuery.omit({ page: true, pageSize: true }) },
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
      const rows = await svc.exportHouseholds(ctx, { ...c.req.valid('query'), page: 1, pageSize: 1 });
      return sendFile(c, await householdsWorkbook(rows, ctx.now), 'Danh sách hộ gia đình.xlsx');
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/households',
      tags,
      summary: 'Danh sách hộ gia đình',
      request: { query: HouseholdsQuery },
      responses: {
        200: json(
          z.object({ items: z.array(HouseholdOut), total: z.number(), page: z.number(), pageSize: z.number() }),
        ),
        ...ERRORS,
      },
    }),
    async (c) => c.json(await svc.listHouseholds(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/households/{id}',
      tags,
      summary: 'Chi tiết hộ gia đình',
      request: { params: IdParam },
      responses: { 200: json(HouseholdDetailOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.getHousehold(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/households',
      tags,
      summary: 'Thêm hộ gia đình',
      request: body(HouseholdBody),
      responses: { 201: json(HouseholdOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.createHousehold(ctxOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/households/{id}',
      tags,
      summary: 'Sửa hộ gia đình',
      request: { params: IdParam, ...body(HouseholdUpdateBody) },
      responses: { 200: json(HouseholdOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.updateHousehold(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
