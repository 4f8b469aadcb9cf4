// HTTP doors of registrations: thin handlers over ./service.ts.
import { createRoute, z } from '@hono/zod-openapi';
import { ctxOf, ERRORS, IdParam, json, newRouter } from '../../server/router.js';
import { Uuid } from '../../server/schemas.js';
import {
  CallBody,
  CallListOut,
  CallListQuery,
  CallOut,
  OkOut,
  RegisterBody,
  RegisteredOut,
  RegistrationReportOut,
} from './schema.js';
import * as svc from './service.js';

const tags = ['Đăng ký thi đua'];
const body = <S extends z.ZodType>(schema: S) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
const UnitQuery = z.object({ unitOrgId: Uuid.optional() });

export const registrationRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/registration-calls',
      tags,
      summary: 'Các đợt đăng ký thi đua',
      request: { query: CallListQuery },
      responses: { 200: json(CallListOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.listCalls(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/registration-calls',
      tags,
      summary: 'Mở đăng ký thi đua của năm',
      request: body(CallBody),
      responses: { 201: json(CallOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.openCall(ctxOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/registration-calls/{id}',
      tags,
      summary: 'Đăng ký của các đơn vị',
      request: { params: IdParam, query: UnitQuery },
      responses: { 200: json(CallOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.getCall(ctxOf(c), c.req.valid('param').id, c.req.valid('query').unitOrgId), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/registration-calls/{id}/registrations',
      tags,
      summary: 'Đơn vị đăng ký (nhiều dòng, tất cả hoặc không)',
      request: { params: IdParam, ...body(RegisterBody) },
      responses: { 200: json(RegisteredOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.register(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/registrations/{id}',
      tags,
      summary: 'Bỏ một đăng ký (trước hạn)',
      request: { params: IdParam },
      responses: { 200: json(OkOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.unregister(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/registration-calls/{id}/report',
      tags,
      summary: 'Cuối năm: đăng ký so với kết quả đạt được và kết quả xét điều kiện',
      request: { params: IdParam, query: UnitQuery },
      responses: { 200: json(RegistrationReportOut), ...ERRORS },
    }),
    async (c) =>
      c.json(await svc.registrationReport(ctxOf(c), c.req.valid('param').id, c.req.valid('query').unitOrgId), 200),
  );
