// HTTP routes of councils, meetings and the secret ballot: thin handlers over the use cases.
// Nothing here logs a request body: a ballot's choices exist only in the sealed box, then the
// ballots table after the tally.
import { createRoute, z } from '@hono/zod-openapi';
import { ctxOf, ERRORS, IdParam, json } from '../../server/router.js';
import * as ballotsSvc from './ballots.js';
import * as meetingsSvc from './meetings.js';
import { labelledRouter } from './router.js';
import {
  AttendanceBody,
  CastBody,
  CastOut,
  COUNCIL_FIELD_LABELS,
  CouncilCandidateQuery,
  CouncilCandidatesOut,
  CouncilCreateBody,
  CouncilListOut,
  CouncilListQuery,
  CouncilOut,
  CouncilUpdateBody,
  MeetingCreateBody,
  MeetingListOut,
  MeetingListQuery,
  MeetingOut,
  MeetingRoundsOut,
  MeetingRoundsQuery,
  MyMeetingsOut,
  MyMeetingsQuery,
  ReceiptBody,
  ReceiptOut,
  RecusalBody,
} from './schema.js';
import * as svc from './service.js';

const tags = ['Hội đồng Thi đua - Khen thưởng'];
const body = <S extends z.ZodType>(schema: S) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
const Ok = z.object({ ok: z.boolean() });

export const councilRoutes = labelledRouter(COUNCIL_FIELD_LABELS)
  .openapi(
    createRoute({
      method: 'get',
      path: '/councils',
      tags,
      summary: 'Danh sách Hội đồng',
      request: { query: CouncilListQuery },
      responses: { 200: json(CouncilListOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.listCouncils(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/councils/candidates',
      tags,
      summary: 'Tài khoản có thể làm thành viên Hội đồng của một đơn vị',
      request: { query: CouncilCandidateQuery },
      responses: { 200: json(CouncilCandidatesOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.councilCandidates(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/councils/{id}',
      tags,
      summary: 'Một Hội đồng và thành viên',
      request: { params: IdParam },
      responses: { 200: json(CouncilOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.getCouncil(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/councils',
      tags,
      summary: 'Thành lập Hội đồng',
      request: body(CouncilCreateBody),
      responses: { 201: json(CouncilOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.createCouncil(ctxOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/councils/{id}',
      tags,
      summary: 'Sửa Hội đồng, thành viên',
      request: { params: IdParam, ...body(CouncilUpdateBody) },
      responses: { 200: json(CouncilOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.updateCouncil(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/councils/{id}',
      tags,
      summary: 'Xóa Hội đồng chưa có phiên họp',
      request: { params: IdParam },
      responses: { 200: json(Ok), ...ERRORS },
    }),
    async (c) => c.json(await svc.deleteCouncil(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/meetings',
      tags,
      summary: 'Phiên họp Hội đồng',
      request: { query: MeetingListQuery },
      responses: { 200: json(MeetingListOut), ...ERRORS },
    }),
    async (c) => c.json(await meetingsSvc.listMeetings(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/meetings/rounds',
      tags,
      summary: 'Đợt xét có thể đưa ra Hội đồng',
      request: { query: MeetingRoundsQuery },
      responses: { 200: json(MeetingRoundsOut), ...ERRORS },
    }),
    async (c) => c.json(await meetingsSvc.roundsForMeetings(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/meetings/mine',
      tags,
      summary: 'Phiên họp của các Hội đồng tôi là thành viên',
      request: { query: MyMeetingsQuery },
      responses: { 200: json(MyMeetingsOut), ...ERRORS },
    }),
    async (c) => c.json(await ballotsSvc.myMeetings(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/meetings',
      tags,
      summary: 'Tạo phiên họp xét một đợt',
      request: body(MeetingCreateBody),
      responses: { 201: json(MeetingOut), ...ERRORS },
    }),
    async (c) => c.json(await meetingsSvc.createMeeting(ctxOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/meetings/{id}',
      tags,
      summary: 'Phiên họp: danh sách, điểm danh, số phiếu đã bỏ, kết quả',
      request: { params: IdParam },
      responses: { 200: json(MeetingOut), ...ERRORS },
    }),
    async (c) => c.json(await meetingsSvc.getMeeting(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/meetings/{id}/agenda',
      tags,
      summary: 'Cập nhật danh sách trình Hội đồng',
      request: { params: IdParam },
      responses: { 200: json(MeetingOut), ...ERRORS },
    }),
    async (c) => c.json(await meetingsSvc.refreshAgenda(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/meetings/{id}/attendance',
      tags,
      summary: 'Điểm danh',
      request: { params: IdParam, ...body(AttendanceBody) },
      responses: { 200: json(MeetingOut), ...ERRORS },
    }),
    async (c) =>
      c.json(await meetingsSvc.recordAttendance(ctxOf(c), c.req.valid('param').id, c.req.valid('json').present), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/meetings/{id}/open',
      tags,
      summary: 'Mở bỏ phiếu kín (kiểm tra số thành viên có mặt)',
      request: { params: IdParam },
      responses: { 200: json(MeetingOut), ...ERRORS },
    }),
    async (c) => c.json(await meetingsSvc.openVoting(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/meetings/{id}/close',
      tags,
      summary: 'Kết thúc bỏ phiếu và kiểm phiếu (không thể mở lại)',
      request: { params: IdParam },
      responses: { 200: json(MeetingOut), ...ERRORS },
    }),
    async (c) => c.json(await meetingsSvc.closeMeeting(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/meetings/{id}/revote',
      tags,
      summary: 'Bỏ phiếu lại khi hòm phiếu niêm phong không mở được (mất khóa)',
      request: { params: IdParam },
      responses: { 200: json(MeetingOut), ...ERRORS },
    }),
    async (c) => c.json(await meetingsSvc.revote(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/meetings/{id}/recusals',
      tags,
      summary: 'Xin không tham gia biểu quyết một nội dung',
      request: { params: IdParam, ...body(RecusalBody) },
      responses: { 200: json(MeetingOut), ...ERRORS },
    }),
    async (c) => c.json(await ballotsSvc.recuse(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/meetings/{id}/ballot',
      tags,
      summary: 'Bỏ phiếu kín (một lần); trả về mã xác nhận phiếu, chỉ hiện một lần',
      request: { params: IdParam, ...body(CastBody) },
      responses: { 201: json(CastOut), ...ERRORS },
    }),
    async (c) => c.json(await ballotsSvc.castBallot(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/meetings/{id}/receipt',
      tags,
      summary: 'Kiểm tra phiếu của tôi bằng mã xác nhận',
      request: { params: IdParam, ...body(ReceiptBody) },
      responses: { 200: json(ReceiptOut), ...ERRORS },
    }),
    async (c) =>
      c.json(await ballotsSvc.checkReceipt(ctxOf(c), c.req.valid('param').id, c.req.valid('json').code), 200),
  );
