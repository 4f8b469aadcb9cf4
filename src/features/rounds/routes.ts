// HTTP doors of rounds, proposals and appraisal: thin handlers over rounds.ts, proposals.ts and
// appraisal.ts (and evidence.ts, report.ts, procedure.ts).
import { createRoute, z } from '@hono/zod-openapi';
import { sendFile } from '../../server/download.js';
import { uploadedFile } from '../../server/upload.js';
import { ctxOf, ERRORS, IdParam, json, newRouter } from '../../server/router.js';
import { uploadEvidence, readEvidence, deleteEvidence } from './evidence.js';
import { nomineeReport } from './report.js';
import {
  AcceptBody,
  AcceptEligibleOut,
  AppraisalOut,
  CandidateQuery,
  CandidatesOut,
  NomineeBody,
  NomineeUpdateBody,
  OkOut,
  ProcedureConfirmationBody,
  ProcedureConfirmationOut,
  ProcedurePendingOut,
  ProposalOpenBody,
  ProposalOpenOut,
  ProposalOut,
  ProposalUpdateBody,
  ReasonBody,
  ROUND_ACTIONS,
  RoundBody,
  RoundListOut,
  RoundListQuery,
  RoundOut,
  StoredFileOut,
} from './schema.js';
import { confirmProcedureParam, pendingProcedureParams } from './procedure.js';
import { acceptEligibleNominees, acceptNominee, getAppraisal, rejectNominee, returnNominee } from './appraisal.js';
import {
  addNominee,
  candidatesFor,
  getProposal,
  openProposal,
  removeNominee,
  returnProposal,
  submitProposal,
  updateNominee,
  updateProposal,
} from './proposals.js';
import { changeRoundStatus, createRound, getRound, listRounds } from './rounds.js';

const tags = ['Đợt xét khen thưởng'];
const body = <S extends z.ZodType>(schema: S) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
const RoundAction = z.object({
  id: IdParam.shape.id,
  action: z.enum(ROUND_ACTIONS).openapi({ param: { name: 'action', in: 'path' } }),
});
const FileForm = {
  body: {
    content: {
      'multipart/form-data': { schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) }) },
    },
  },
};
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const Binary = { schema: z.string().openapi({ format: 'binary' }) };

export const roundRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/procedure-rules/pending',
      tags,
      summary: 'Tham số thủ tục còn chờ quản trị viên xác nhận theo quy định của tỉnh',
      responses: { 200: json(ProcedurePendingOut), ...ERRORS },
    }),
    async (c) => c.json(await pendingProcedureParams(ctxOf(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/procedure-rules/confirmations',
      tags,
      summary: 'Quản trị viên xác nhận một tham số thủ tục, dẫn quyết định của tỉnh',
      request: body(ProcedureConfirmationBody),
      responses: { 201: json(ProcedureConfirmationOut), ...ERRORS },
    }),
    async (c) => c.json(await confirmProcedureParam(ctxOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds',
      tags,
      summary: 'Các đợt xét khen thưởng (của cơ quan thường trực, hoặc đơn vị được mời)',
      request: { query: RoundListQuery },
      responses: { 200: json(RoundListOut), ...ERRORS },
    }),
    async (c) => c.json(await listRounds(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds',
      tags,
      summary: 'Lập đợt xét khen thưởng',
      request: body(RoundBody),
      responses: { 201: json(RoundOut), ...ERRORS },
    }),
    async (c) => c.json(await createRound(ctxOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{id}',
      tags,
      summary: 'Đợt xét: đơn vị được mời, hồ sơ, hạn',
      request: { params: IdParam },
      responses: { 200: json(RoundOut), ...ERRORS },
    }),
    async (c) => c.json(await getRound(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{id}/status/{action}',
      tags,
      summary: 'Mở đợt, khóa nhận hồ sơ, mở lại, kết thúc',
      request: { params: RoundAction },
      responses: { 200: json(RoundOut), ...ERRORS },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await changeRoundStatus(ctxOf(c), p.id, p.action), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{id}/appraisal',
      tags,
      summary: 'Thẩm định: hồ sơ đã gửi, kết quả xét điều kiện, trùng lặp, thời hạn',
      request: { params: IdParam },
      responses: { 200: json(AppraisalOut), ...ERRORS },
    }),
    async (c) => c.json(await getAppraisal(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{id}/proposals',
      tags,
      summary: 'Lập (hoặc mở) hồ sơ đề nghị của đơn vị',
      request: { params: IdParam, ...body(ProposalOpenBody) },
      responses: { 200: json(ProposalOpenOut), ...ERRORS },
    }),
    async (c) => c.json(await openProposal(ctxOf(c), c.req.valid('param').id, c.req.valid('json').orgId), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/proposals/{id}',
      tags,
      summary: 'Hồ sơ đề nghị',
      request: { params: IdParam },
      responses: { 200: json(ProposalOut), ...ERRORS },
    }),
    async (c) => c.json(await getProposal(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/proposals/{id}',
      tags,
      summary: 'Sửa nội dung tờ trình',
      request: { params: IdParam, ...body(ProposalUpdateBody) },
      responses: { 200: json(ProposalOut), ...ERRORS },
    }),
    async (c) => c.json(await updateProposal(ctxOf(c), c.req.valid('param').id, c.req.valid('json').summary), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/proposals/{id}/candidates',
      tags,
      summary: 'Cá nhân, tập thể, hộ của đơn vị để chọn đề nghị',
      request: { params: IdParam, query: CandidateQuery },
      responses: { 200: json(CandidatesOut), ...ERRORS },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await candidatesFor(ctxOf(c), c.req.valid('param').id, { kind: q.kind, search: q.q }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/proposals/{id}/nominees',
      tags,
      summary: 'Thêm người (tập thể, hộ) được đề nghị',
      request: { params: IdParam, ...body(NomineeBody) },
      responses: { 200: json(ProposalOut), ...ERRORS },
    }),
    async (c) => c.json(await addNominee(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/proposals/{id}/submit',
      tags,
      summary: 'Gửi hồ sơ (hồ sơ bị khóa cho đến khi bị trả lại)',
      request: { params: IdParam },
      responses: { 200: json(ProposalOut), ...ERRORS },
    }),
    async (c) => c.json(await submitProposal(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/proposals/{id}/return',
      tags,
      summary: 'Trả lại cả hồ sơ để bổ sung (có lý do)',
      request: { params: IdParam, ...body(ReasonBody) },
      responses: { 200: json(OkOut), ...ERRORS },
    }),
    async (c) => c.json(await returnProposal(ctxOf(c), c.req.valid('param').id, c.req.valid('json').reason), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/proposals/{id}/files',
      tags,
      summary: 'Tải lên tệp minh chứng của hồ sơ (PDF, DOCX, ảnh; tối đa 10 MB)',
      request: { params: IdParam, ...FileForm },
      responses: { 201: json(StoredFileOut), ...ERRORS },
    }),
    async (c) => {
      const f = await uploadedFile(c);
      return c.json(await uploadEvidence(ctxOf(c), 'proposal', c.req.valid('param').id, f.name, f.bytes), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/nominees/{id}',
      tags,
      summary: 'Sửa đề nghị (danh hiệu, thành tích)',
      request: { params: IdParam, ...body(NomineeUpdateBody) },
      responses: { 200: json(ProposalOut), ...ERRORS },
    }),
    async (c) => c.json(await updateNominee(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/nominees/{id}',
      tags,
      summary: 'Bỏ người (tập thể) khỏi hồ sơ chưa gửi',
      request: { params: IdParam },
      responses: { 200: json(ProposalOut), ...ERRORS },
    }),
    async (c) => c.json(await removeNominee(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/nominees/{id}/files',
      tags,
      summary: 'Tải lên tệp minh chứng, báo cáo thành tích của một đề nghị',
      request: { params: IdParam, ...FileForm },
      responses: { 201: json(StoredFileOut), ...ERRORS },
    }),
    async (c) => {
      const f = await uploadedFile(c);
      return c.json(await uploadEvidence(ctxOf(c), 'nominee', c.req.valid('param').id, f.name, f.bytes), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/nominees/{id}/report',
      tags,
      summary: 'Báo cáo thành tích (mẫu, điền sẵn từ cơ sở dữ liệu)',
      request: { params: IdParam, query: z.object({ format: z.enum(['docx', 'pdf']).default('docx') }) },
      responses: {
        200: { description: 'Tệp DOCX hoặc PDF', content: { [DOCX]: Binary, 'application/pdf': Binary } },
        ...ERRORS,
      },
    }),
    async (c) => {
      const fmt = c.req.valid('query').format;
      const r = await nomineeReport(ctxOf(c), c.req.valid('param').id, fmt);
      return sendFile(c, r.data, r.name, fmt === 'pdf' ? 'application/pdf' : DOCX);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/nominees/{id}/accept',
      tags,
      summary: 'Thẩm định: chấp nhận (khác kết quả xét điều kiện thì phải có lý do)',
      request: { params: IdParam, ...body(AcceptBody) },
      responses: { 200: json(OkOut), ...ERRORS },
    }),
    async (c) => c.json(await acceptNominee(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{id}/appraisal/accept-eligible',
      tags,
      summary:
        'Thẩm định: chấp nhận cùng lúc mọi đề nghị đủ điều kiện (mọi tiêu chuẩn kiểm tra được bằng dữ liệu đều đạt); các đề nghị khác để xét từng người',
      request: { params: IdParam },
      responses: {
        200: json(AcceptEligibleOut),
        ...ERRORS,
      },
    }),
    async (c) => c.json(await acceptEligibleNominees(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/nominees/{id}/return',
      tags,
      summary: 'Thẩm định: trả lại để bổ sung (có lý do)',
      request: { params: IdParam, ...body(ReasonBody) },
      responses: { 200: json(OkOut), ...ERRORS },
    }),
    async (c) => c.json(await returnNominee(ctxOf(c), c.req.valid('param').id, c.req.valid('json').reason), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/nominees/{id}/reject',
      tags,
      summary: 'Thẩm định: không chấp nhận (có lý do)',
      request: { params: IdParam, ...body(ReasonBody) },
      responses: { 200: json(OkOut), ...ERRORS },
    }),
    async (c) => c.json(await rejectNominee(ctxOf(c), c.req.valid('param').id, c.req.valid('json').reason), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/files/{id}',
      tags,
      summary: 'Tải về tệp minh chứng',
      request: { params: IdParam },
      responses: {
        200: { description: 'Tệp (PDF, DOCX hoặc ảnh)', content: { 'application/octet-stream': Binary } },
        ...ERRORS,
      },
    }),
    async (c) => {
      const f = await readEvidence(ctxOf(c), c.req.valid('param').id);
      return sendFile(c, f.content, f.fileName, f.mime);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/files/{id}',
      tags,
      summary: 'Bỏ tệp minh chứng (hồ sơ chưa gửi)',
      request: { params: IdParam },
      responses: { 200: json(OkOut), ...ERRORS },
    }),
    async (c) => c.json(await deleteEvidence(ctxOf(c), c.req.valid('param').id), 200),
  );
