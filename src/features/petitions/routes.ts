// HTTP doors of the petition register: the office's (behind sign-in) and the public form and
// status look-up (mounted before the session gate: no sign-in, size-limited, throttled per address).
import { getConnInfo } from '@hono/node-server/conninfo';
import { createRoute, type z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { now } from '../../server/clock.js';
import type { AppEnv } from '../../server/context.js';
import { fileResponse, sendFile, XLSX_TYPE } from '../../server/download.js';
import { AppError } from '../../server/errors.js';
import { ctxOf, ERRORS, IdParam, json } from '../../server/router.js';
import { labelledRouter } from '../councils/router.js';
import { createThrottle } from '../notices/throttle.js';
import {
  AcceptPetitionBody,
  AnswerPetitionBody,
  ClassifyPetitionBody,
  CodeQuery,
  CreatePetitionBody,
  ExtendPetitionBody,
  PETITION_FIELD_LABELS,
  PetitionDetail,
  PetitionExportQuery,
  PetitionListQuery,
  PetitionPage,
  PetitionSubjectList,
  PetitionSubjectQuery,
  PublicPetitionBody,
  PublicPetitionReceipt,
  PublicPetitionStatus,
  PublicRecipients,
  RejectPetitionBody,
} from './schema.js';
import * as svc from './service.js';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const tags = ['Đơn thư'];
const body = <S extends z.ZodType>(schema: S) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

export const petitionRoutes = labelledRouter(PETITION_FIELD_LABELS)
  .openapi(
    createRoute({
      method: 'get',
      path: '/petitions',
      tags,
      summary: 'Sổ đơn thư: khiếu nại, tố cáo, kiến nghị, phản ánh, kèm hạn giải quyết theo luật',
      request: { query: PetitionListQuery },
      responses: { 200: json(PetitionPage), ...ERRORS },
    }),
    async (c) => c.json(await svc.listPetitions(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/petitions/subjects',
      tags,
      summary: 'Tìm người, tập thể đang được xét khen thưởng để gắn với đơn thư',
      request: { query: PetitionSubjectQuery },
      responses: { 200: json(PetitionSubjectList), ...ERRORS },
    }),
    async (c) => c.json(await svc.searchPetitionSubjects(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/petitions/export',
      tags,
      summary: 'Tải sổ theo dõi đơn thư (Excel) với cùng bộ lọc',
      request: { query: PetitionExportQuery },
      responses: { 200: fileResponse('Tệp Excel', XLSX_TYPE), ...ERRORS },
    }),
    async (c) => {
      const f = await svc.exportPetitions(ctxOf(c), c.req.valid('query'));
      return sendFile(c, f.data, f.name, XLSX_TYPE);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/petitions',
      tags,
      summary: 'Vào sổ đơn nhận trực tiếp, qua bưu điện hoặc nộp tại cơ quan',
      request: body(CreatePetitionBody),
      responses: { 201: json(PetitionDetail), ...ERRORS },
    }),
    async (c) => c.json(await svc.createPetition(ctxOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/petitions/{id}',
      tags,
      summary: 'Chi tiết đơn thư và căn cứ tính hạn',
      request: { params: IdParam },
      responses: { 200: json(PetitionDetail), ...ERRORS },
    }),
    async (c) => c.json(await svc.getPetition(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/petitions/{id}/classify',
      tags,
      summary: 'Phân loại, giao người xử lý, gắn đối tượng bị phản ánh',
      request: { params: IdParam, ...body(ClassifyPetitionBody) },
      responses: { 200: json(PetitionDetail), ...ERRORS },
    }),
    async (c) => c.json(await svc.classifyPetition(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/petitions/{id}/accept',
      tags,
      summary: 'Thụ lý đơn',
      request: { params: IdParam, ...body(AcceptPetitionBody) },
      responses: { 200: json(PetitionDetail), ...ERRORS },
    }),
    async (c) => c.json(await svc.acceptPetition(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/petitions/{id}/reject',
      tags,
      summary: 'Không thụ lý đơn (đơn trùng, nặc danh, không thuộc thẩm quyền…)',
      request: { params: IdParam, ...body(RejectPetitionBody) },
      responses: { 200: json(PetitionDetail), ...ERRORS },
    }),
    async (c) => c.json(await svc.rejectPetition(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/petitions/{id}/extend',
      tags,
      summary: 'Gia hạn giải quyết tố cáo (Luật Tố cáo 2018, Điều 30)',
      request: { params: IdParam, ...body(ExtendPetitionBody) },
      responses: { 200: json(PetitionDetail), ...ERRORS },
    }),
    async (c) => c.json(await svc.extendPetition(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/petitions/{id}/answer',
      tags,
      summary: 'Trả lời, kết luận đơn (kết thúc; tiếp tục xét khen thưởng đối tượng nếu không còn vướng mắc)',
      request: { params: IdParam, ...body(AnswerPetitionBody) },
      responses: { 200: json(PetitionDetail), ...ERRORS },
    }),
    async (c) => c.json(await svc.answerPetition(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/petitions/{id}/answer.docx',
      tags,
      summary: 'Văn bản trả lời đơn (DOCX theo Nghị định 30/2020/NĐ-CP)',
      request: { params: IdParam },
      responses: { 200: fileResponse('Tệp Word', DOCX_TYPE), ...ERRORS },
    }),
    async (c) => {
      const f = await svc.petitionAnswerDocument(ctxOf(c), c.req.valid('param').id);
      return sendFile(c, f.data, f.name, DOCX_TYPE);
    },
  );

function clientIp(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

const throttled = (what: string) =>
  new AppError('THROTTLED', `Bạn đã ${what} quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau ít phút.`);
const publicErrors = { 400: ERRORS[400], 404: ERRORS[404], 409: ERRORS[409], 429: ERRORS[400] };

/** The public routes, with their own throttles per address: 5 petitions in 10 minutes, 60 look-ups a minute. */
export function publicPetitionRoutes() {
  const sendThrottle = createThrottle(5, 10 * 60_000);
  const readThrottle = createThrottle(60, 60_000);
  const r = labelledRouter(PETITION_FIELD_LABELS);
  r.use(
    '/public/petitions/*',
    bodyLimit({
      maxSize: 32 * 1024,
      onError: () => {
        throw new AppError('PAYLOAD_TOO_LARGE', 'Nội dung gửi lên quá dài (tối đa 32 KB).');
      },
    }),
  );
  r.use(
    '/public/petitions',
    bodyLimit({
      maxSize: 32 * 1024,
      onError: () => {
        throw new AppError('PAYLOAD_TOO_LARGE', 'Nội dung gửi lên quá dài (tối đa 32 KB).');
      },
    }),
  );
  r.use('/public/petitions/*', async (c, next) => {
    if (c.req.method === 'GET' && !readThrottle.hit(clientIp(c))) throw throttled('tra cứu');
    await next();
  });
  return r
    .openapi(
      createRoute({
        method: 'get',
        path: '/public/petitions/recipients',
        tags,
        summary: 'Các cơ quan nhận đơn qua trang công khai (không cần đăng nhập)',
        responses: { 200: json(PublicRecipients), ...publicErrors },
      }),
      async (c) => c.json(await svc.publicRecipients(c.get('database').db), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/public/petitions',
        tags,
        summary: 'Gửi đơn khiếu nại, tố cáo, kiến nghị, phản ánh (không cần đăng nhập); trả về mã tra cứu',
        request: body(PublicPetitionBody),
        responses: { 201: json(PublicPetitionReceipt), ...publicErrors },
      }),
      async (c) => {
        if (!sendThrottle.hit(clientIp(c))) throw throttled('gửi đơn');
        return c.json(await svc.submitPublicPetition(c.get('database').db, c.req.valid('json'), now()), 201);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/public/petitions/status',
        tags,
        summary: 'Tra cứu tình trạng giải quyết đơn theo mã (không cần đăng nhập)',
        request: { query: CodeQuery },
        responses: { 200: json(PublicPetitionStatus), ...publicErrors },
      }),
      async (c) => c.json(await svc.trackPetition(c.get('database').db, c.req.valid('query').ma), 200),
    );
}
