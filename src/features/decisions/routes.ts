// HTTP routes of award decisions: thin handlers (validate → use case → present).
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { sendFile } from '../../server/download.js';
import { ctxOf, ERRORS, IdParam, json, newRouter } from '../../server/router.js';
import {
  certificateBatchFile,
  getCertificateBatch,
  listCertificateBatches,
  startCertificateBatch,
} from './certificates.js';
import {
  certificateDocument,
  decisionDocument,
  MIME,
  minutesDocument,
  paymentListDocument,
  sendUpPackage,
} from './documents.js';
import {
  CertificateBatchBody,
  CertificateBatchListOut,
  CertificateBatchOut,
  CertificateBatchStartOut,
  CertificateQuery,
  DecisionDetailOut,
  DecisionRoundsOut,
  DecisionRoundsQuery,
  DraftBody,
  ExternalBody,
  FormatQuery,
  IdOut,
  JobParam,
  MeetingParam,
  NomineeParam,
  RegisterNextBody,
  RegisterPositionOut,
  RevokeBody,
  RevokeOut,
  RoundDecisionViewOut,
  RoundParam,
  SendUpBody,
  SendUpOut,
  SignBody,
  SignerInboxOut,
  SignerInboxQuery,
  SignOut,
  SubmitOut,
  UpdateBody,
} from './schema.js';
import { invalid } from '../../server/errors.js';
import * as lists from './lists.js';
import { draftDecision, submitDecision, updateDecision } from './draft.js';
import { nextNumberOf, setRegisterNext } from './numbering.js';
import { getDecision, roundDecisionView } from './queries.js';
import { revokeDecision } from './revoke.js';
import { markSentUp, recordExternalDecision } from './send-up.js';
import { signDecision } from './sign.js';

const tags = ['Quyết định khen thưởng'];
const body = <S extends z.ZodType>(schema: S) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
const file = (description: string) => ({
  200: { description, content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } } },
  ...ERRORS,
});
const send = (c: Context, f: { data: Buffer; fileName: string }, format: 'docx' | 'pdf' | 'zip') =>
  sendFile(c, f.data, f.fileName, MIME[format]);

export const decisionRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/decisions/rounds',
      tags,
      summary: 'Các đợt xét có quyết định do mình lập hoặc ký',
      request: { query: DecisionRoundsQuery },
      responses: { 200: json(DecisionRoundsOut), ...ERRORS },
    }),
    async (c) => c.json(await lists.listDecisionRounds(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/decisions/inbox',
      tags,
      summary: 'Quyết định chờ ký',
      request: { query: SignerInboxQuery },
      responses: { 200: json(SignerInboxOut), ...ERRORS },
    }),
    async (c) => c.json(await lists.signerInbox(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/decisions/rounds/{roundId}',
      tags,
      summary: 'Kết quả đợt xét, các quyết định, người ký',
      request: { params: RoundParam },
      responses: { 200: json(RoundDecisionViewOut), ...ERRORS },
    }),
    async (c) => c.json(await roundDecisionView(ctxOf(c), c.req.valid('param').roundId), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/decisions/rounds/{roundId}/drafts',
      tags,
      summary: 'Lập dự thảo quyết định từ kết quả đợt xét',
      request: { params: RoundParam, ...body(DraftBody) },
      responses: { 201: json(IdOut), ...ERRORS },
    }),
    async (c) => c.json(await draftDecision(ctxOf(c), c.req.valid('param').roundId, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/decisions/rounds/{roundId}/send-up',
      tags,
      summary: 'Trình cấp trên khen thưởng (khen cao)',
      request: { params: RoundParam, ...body(SendUpBody) },
      responses: { 200: json(SendUpOut), ...ERRORS },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const { roundId } = c.req.valid('param');
      const { nomineeIds } = c.req.valid('json');
      // The package must build before anyone is marked as sent up.
      await sendUpPackage(ctx, roundId, nomineeIds);
      return c.json(await markSentUp(ctx, roundId, nomineeIds), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/decisions/rounds/{roundId}/send-up/package',
      tags,
      summary: 'Tải hồ sơ trình khen cao (ZIP: Word, PDF, manifest.json)',
      request: { params: RoundParam },
      responses: file('Tệp ZIP'),
    }),
    async (c) => send(c, await sendUpPackage(ctxOf(c), c.req.valid('param').roundId), 'zip'),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/decisions/rounds/{roundId}/external',
      tags,
      summary: 'Ghi nhận quyết định khen thưởng của cấp trên',
      request: { params: RoundParam, ...body(ExternalBody) },
      responses: { 201: json(IdOut), ...ERRORS },
    }),
    async (c) => c.json(await recordExternalDecision(ctxOf(c), c.req.valid('param').roundId, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/decisions/meetings/{meetingId}/minutes',
      tags,
      summary: 'Biên bản họp Hội đồng TĐKT (DOCX hoặc PDF)',
      request: { params: MeetingParam, query: FormatQuery },
      responses: file('Biên bản'),
    }),
    async (c) => {
      const { format } = c.req.valid('query');
      return send(c, await minutesDocument(ctxOf(c), c.req.valid('param').meetingId, format), format);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/decisions/certificate-batches/{jobId}',
      tags,
      summary: 'Tiến độ lượt in giấy khen',
      request: { params: JobParam },
      responses: { 200: json(CertificateBatchOut), ...ERRORS },
    }),
    async (c) => c.json(await getCertificateBatch(ctxOf(c), c.req.valid('param').jobId), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/decisions/certificate-batches/{jobId}/file',
      tags,
      summary: 'Tải tệp giấy khen của lượt in',
      request: { params: JobParam },
      responses: file('Giấy khen'),
    }),
    async (c) => {
      const f = await certificateBatchFile(ctxOf(c), c.req.valid('param').jobId);
      return sendFile(c, f.data, f.fileName, f.mime);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/decisions/{id}',
      tags,
      summary: 'Chi tiết quyết định',
      request: { params: IdParam },
      responses: { 200: json(DecisionDetailOut), ...ERRORS },
    }),
    async (c) => c.json(await getDecision(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/decisions/{id}',
      tags,
      summary: 'Sửa dự thảo quyết định',
      request: { params: IdParam, ...body(UpdateBody) },
      responses: { 200: json(IdOut), ...ERRORS },
    }),
    async (c) => c.json(await updateDecision(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/decisions/{id}/submit',
      tags,
      summary: 'Trình ký',
      request: { params: IdParam },
      responses: { 200: json(SubmitOut), ...ERRORS },
    }),
    async (c) => c.json(await submitDecision(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/decisions/{id}/next-number',
      tags,
      summary: 'Số tiếp theo trong sổ quyết định của cơ quan',
      request: { params: IdParam },
      responses: { 200: json(RegisterPositionOut), ...ERRORS },
    }),
    async (c) => c.json(await nextNumberOf(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/decisions/{id}/sign',
      tags,
      summary: 'Ký ban hành (cấp số theo sổ, hoặc số văn thư nhập; ghi khen thưởng)',
      request: { params: IdParam, body: { content: { 'application/json': { schema: SignBody } }, required: false } },
      responses: { 200: json(SignOut), ...ERRORS },
    }),
    async (c) => {
      // The body is optional: no body signs with the register's next number.
      const raw = await c.req.text();
      let json: unknown = {};
      if (raw.trim()) {
        try {
          json = JSON.parse(raw);
        } catch {
          throw invalid([
            { field: 'number', label: 'Số quyết định', message: 'Nội dung gửi lên không phải JSON hợp lệ.' },
          ]);
        }
      }
      const parsed = SignBody.safeParse(json);
      if (!parsed.success)
        throw invalid(
          parsed.error.issues.map((i) => ({
            field: i.path.join('.') || 'number',
            label: 'Số quyết định',
            message: i.message,
          })),
        );
      return c.json(await signDecision(ctxOf(c), c.req.valid('param').id, parsed.data), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/decisions/registers',
      tags,
      summary: 'Đặt số tiếp theo của sổ quyết định (cơ quan, ký hiệu, năm)',
      request: { ...body(RegisterNextBody) },
      responses: { 200: json(RegisterPositionOut), ...ERRORS },
    }),
    async (c) => c.json(await setRegisterNext(ctxOf(c), c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/decisions/{id}/revoke',
      tags,
      summary: 'Hủy bỏ quyết định (Điều 93 Luật TĐKT)',
      request: { params: IdParam, ...body(RevokeBody) },
      responses: { 200: json(RevokeOut), ...ERRORS },
    }),
    async (c) => c.json(await revokeDecision(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/decisions/{id}/document',
      tags,
      summary: 'Quyết định kèm danh sách (DOCX hoặc PDF)',
      request: { params: IdParam, query: FormatQuery },
      responses: file('Quyết định'),
    }),
    async (c) => {
      const { format } = c.req.valid('query');
      return send(c, await decisionDocument(ctxOf(c), c.req.valid('param').id, format), format);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/decisions/{id}/payment-list',
      tags,
      summary: 'Danh sách chi tiền thưởng (DOCX hoặc PDF)',
      request: { params: IdParam, query: FormatQuery },
      responses: file('Danh sách chi'),
    }),
    async (c) => {
      const { format } = c.req.valid('query');
      return send(c, await paymentListDocument(ctxOf(c), c.req.valid('param').id, format), format);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/decisions/{id}/certificates/{nomineeId}',
      tags,
      summary: 'Giấy khen, giấy chứng nhận của một người (A4 hoặc in phôi)',
      request: { params: NomineeParam, query: CertificateQuery },
      responses: file('Giấy khen'),
    }),
    async (c) => {
      const { id, nomineeId } = c.req.valid('param');
      const { format, mode } = c.req.valid('query');
      return send(c, await certificateDocument(ctxOf(c), id, nomineeId, format, mode), format);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/decisions/{id}/certificate-batches',
      tags,
      summary: 'Các lượt in giấy khen của quyết định',
      request: { params: IdParam },
      responses: { 200: json(CertificateBatchListOut), ...ERRORS },
    }),
    async (c) => c.json(await listCertificateBatches(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/decisions/{id}/certificate-batches',
      tags,
      summary: 'In giấy khen hàng loạt (chạy nền, theo dõi tiến độ)',
      request: { params: IdParam, ...body(CertificateBatchBody) },
      responses: { 202: json(CertificateBatchStartOut), ...ERRORS },
    }),
    async (c) => {
      const { format, mode } = c.req.valid('json');
      return c.json(await startCertificateBatch(ctxOf(c), c.req.valid('param').id, format, mode), 202);
    },
  );
