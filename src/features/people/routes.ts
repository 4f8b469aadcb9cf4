import { createRoute, z } from '@hono/zod-openapi';
import { ctxOf, ERRORS, IdParam, json, newRouter } from '../../server/router.js';
import {
  AwardRecordBody,
  DisciplineBody,
  InitiativeBody,
  PeopleQuery,
  PersonCreateBody,
  PersonMoveBody,
  PersonDetailOut,
  PersonOut,
  PersonUpdateBody,
  RatingBody,
} from './schema.js';
import { peopleWorkbook } from '../../documents/exports.js';
import { sendFile } from '../../server/download.js';
import * as svc from './service.js';

const tags = ['Cá nhân'];
const body = <S extends z.ZodType>(schema: S) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
const Page = z.object({ items: z.array(PersonOut), total: z.number(), page: z.number(), pageSize: z.number() });

const history = (path: string, schema: z.ZodType, summary: string) =>
  createRoute({
    method: 'post',
    path: `/people/{id}/${path}`,
    tags,
    summary,
    request: { params: IdParam, ...body(schema) },
    responses: { 201: json(PersonDetailOut), ...ERRORS },
  });

export const peopleRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/people/export',
      tags,
      summary: 'Xuất danh sách cá nhân ra Excel',
      request: { query: PeopleQuery.omit({ page: true, pageSize: true }) },
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
      const rows = await svc.exportPeople(ctx, { ...c.req.valid('query'), page: 1, pageSize: 1 });
      return sendFile(c, await peopleWorkbook(rows, ctx.now), 'Danh sách cá nhân.xlsx');
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/people',
      tags,
      summary: 'Tìm kiếm, lọc danh sách cá nhân',
      request: { query: PeopleQuery },
      responses: { 200: json(Page), ...ERRORS },
    }),
    async (c) => c.json(await svc.listPeople(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/people/{id}',
      tags,
      summary: 'Hồ sơ cá nhân và quá trình khen thưởng',
      request: { params: IdParam },
      responses: { 200: json(PersonDetailOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.getPerson(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/people',
      tags,
      summary: 'Thêm cá nhân',
      request: body(PersonCreateBody),
      responses: { 201: json(PersonOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.createPerson(ctxOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/people/{id}',
      tags,
      summary: 'Sửa thông tin cá nhân',
      request: { params: IdParam, ...body(PersonUpdateBody) },
      responses: { 200: json(PersonOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.updatePerson(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/people/{id}/move',
      tags,
      summary: 'Chuyển công tác',
      request: { params: IdParam, ...body(PersonMoveBody) },
      responses: { 200: json(PersonDetailOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.movePerson(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(history('awards', AwardRecordBody, 'Ghi nhận danh hiệu, hình thức khen thưởng đã có'), async (c) =>
    c.json(await svc.addPersonHistory(ctxOf(c), c.req.valid('param').id, 'award', c.req.valid('json') as never), 201),
  )
  .openapi(history('ratings', RatingBody, 'Ghi nhận xếp loại hằng năm'), async (c) =>
    c.json(await svc.addPersonHistory(ctxOf(c), c.req.valid('param').id, 'rating', c.req.valid('json') as never), 201),
  )
  .openapi(history('initiatives', InitiativeBody, 'Ghi nhận sáng kiến'), async (c) =>
    c.json(
      await svc.addPersonHistory(ctxOf(c), c.req.valid('param').id, 'initiative', c.req.valid('json') as never),
      201,
    ),
  )
  .openapi(history('disciplines', DisciplineBody, 'Ghi nhận kỷ luật'), async (c) =>
    c.json(
      await svc.addPersonHistory(ctxOf(c), c.req.valid('param').id, 'discipline', c.req.valid('json') as never),
      201,
    ),
  );
