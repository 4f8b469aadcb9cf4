// HTTP doors of initiatives and the initiative council: thin handlers over ./service.ts.
import { createRoute, z } from '@hono/zod-openapi';
import { sendFile } from '../../server/download.js';
import { ctxOf, ERRORS, IdParam, json, newRouter } from '../../server/router.js';
import { ApplicationBody, AssessBody, CloseBody, CouncilBody } from './schema.js';
import * as svc from './service.js';

const tags = ['Sáng kiến'];
const Any = z.looseObject({});
const body = <S extends z.ZodType>(schema: S) => ({ body: { content: { 'application/json': { schema } }, required: true } });
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const initiativeRoutes = newRouter()
  .openapi(createRoute({ method: 'get', path: '/initiative-councils', tags, summary: 'Hội đồng sáng kiến', responses: { 200: json(Any), ...ERRORS } }), async (c) => c.json(await svc.listCouncils(ctxOf(c)), 200))
  .openapi(createRoute({ method: 'post', path: '/initiative-councils', tags, summary: 'Thành lập Hội đồng sáng kiến của đơn vị trong năm', request: body(CouncilBody), responses: { 201: json(Any), ...ERRORS } }), async (c) =>
    c.json(await svc.createCouncil(ctxOf(c), c.req.valid('json')), 201),
  )
  .openapi(createRoute({ method: 'get', path: '/initiative-applications', tags, summary: 'Sáng kiến đăng ký xét công nhận', responses: { 200: json(Any), ...ERRORS } }), async (c) => c.json(await svc.listApplications(ctxOf(c)), 200))
  .openapi(createRoute({ method: 'post', path: '/initiative-applications', tags, summary: 'Đăng ký xét công nhận sáng kiến', request: body(ApplicationBody), responses: { 201: json(Any), ...ERRORS } }), async (c) =>
    c.json(await svc.registerInitiative(ctxOf(c), c.req.valid('json')), 201),
  )
  .openapi(createRoute({ method: 'get', path: '/initiative-applications/{id}', tags, summary: 'Sáng kiến và kết quả xét', request: { params: IdParam }, responses: { 200: json(Any), ...ERRORS } }), async (c) =>
    c.json(await svc.getApplication(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(createRoute({ method: 'post', path: '/initiative-applications/{id}/review', tags, summary: 'Đưa ra Hội đồng xét', request: { params: IdParam }, responses: { 200: json(Any), ...ERRORS } }), async (c) =>
    c.json(await svc.startReview(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(createRoute({ method: 'post', path: '/initiative-applications/{id}/assess', tags, summary: 'Thành viên chấm điểm và biểu quyết, hoặc không tham gia vì xung đột lợi ích', request: { params: IdParam, ...body(AssessBody) }, responses: { 200: json(Any), ...ERRORS } }), async (c) =>
    c.json(await svc.assess(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(createRoute({ method: 'post', path: '/initiative-applications/{id}/close', tags, summary: 'Kết thúc xét: công nhận hoặc không công nhận', request: { params: IdParam, ...body(CloseBody) }, responses: { 200: json(Any), ...ERRORS } }), async (c) =>
    c.json(await svc.closeReview(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(createRoute({ method: 'get', path: '/initiative-applications/{id}/certificate', tags, summary: 'Giấy chứng nhận sáng kiến (DOCX)', request: { params: IdParam }, responses: { 200: { description: 'Tệp Word' }, ...ERRORS } }), async (c) => {
    const f = await svc.initiativeCertificate(ctxOf(c), c.req.valid('param').id);
    return sendFile(c, f.data, f.name, DOCX);
  });
