import { createRoute, z } from '@hono/zod-openapi';
import { ctxOf, ERRORS, IdParam, json, newRouter } from '../../server/router.js';
import { Uuid } from '../../server/schemas.js';
import {
  ClusterBody,
  ClusterCreatedOut,
  ClusterOut,
  ClusterYearBody,
  OrgCreateBody,
  OrgDetailOut,
  OrgMergeBody,
  OrgOut,
  OrgUpdateBody,
} from './schema.js';
import { organisationsWorkbook } from '../../documents/exports.js';
import { sendFile } from '../../server/download.js';
import * as svc from './service.js';

const tags = ['Cơ quan, đơn vị'];
const body = <S extends z.ZodType>(schema: S) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

export const organisationRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/organisations/export',
      tags,
      summary: 'Xuất danh sách cơ quan, đơn vị ra Excel',
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
      const orgs = await svc.listOrganisations(ctx);
      const names = new Map(orgs.map((o) => [o.id, o.name]));
      const rows = orgs.map((o) => ({ ...o, parentName: o.parentId ? (names.get(o.parentId) ?? null) : null }));
      return sendFile(c, await organisationsWorkbook(rows, ctx.now), 'Danh sách cơ quan, đơn vị.xlsx');
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/organisations',
      tags,
      summary: 'Danh sách cơ quan, đơn vị được xem',
      responses: { 200: json(z.object({ items: z.array(OrgOut) })), ...ERRORS },
    }),
    async (c) => c.json({ items: await svc.listOrganisations(ctxOf(c)) }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/organisations/{id}',
      tags,
      summary: 'Chi tiết một cơ quan, đơn vị',
      request: { params: IdParam },
      responses: { 200: json(OrgDetailOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.getOrganisation(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/organisations',
      tags,
      summary: 'Thêm cơ quan, đơn vị',
      request: body(OrgCreateBody),
      responses: { 201: json(OrgOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.createOrganisation(ctxOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/organisations/{id}',
      tags,
      summary: 'Sửa cơ quan, đơn vị',
      request: { params: IdParam, ...body(OrgUpdateBody) },
      responses: { 200: json(OrgOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.updateOrganisation(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/organisation-links',
      tags,
      summary: 'Ghi nhận sáp nhập, chia tách, đổi tên',
      request: body(OrgMergeBody),
      responses: { 200: json(OrgDetailOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.linkOrganisations(ctxOf(c), c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/clusters',
      tags,
      summary: 'Cụm, khối thi đua',
      responses: { 200: json(z.object({ items: z.array(ClusterOut) })), ...ERRORS },
    }),
    async (c) => c.json({ items: await svc.listClusters(ctxOf(c)) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/clusters',
      tags,
      summary: 'Thành lập cụm, khối thi đua',
      request: body(ClusterBody),
      responses: { 201: json(ClusterCreatedOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.createCluster(ctxOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/clusters/{id}/years',
      tags,
      summary: 'Thành viên, cụm trưởng, cụm phó của một năm',
      request: {
        params: z.object({ id: Uuid.openapi({ param: { name: 'id', in: 'path' } }) }),
        ...body(ClusterYearBody),
      },
      responses: { 200: json(ClusterOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.setClusterYear(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
