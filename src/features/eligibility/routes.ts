import { createRoute, z } from '@hono/zod-openapi';
import { EligibilityBatchOutputSchema, EligibilityOutputSchema } from '../../domain/eligibility/contract.js';
import { ctxOf, ERRORS, GONE, IdParam, json, newRouter } from '../../server/router.js';
import { RequiredText } from '../../server/schemas.js';
import {
  BulkCheckOut,
  BulkJobBody,
  BulkJobOut,
  BulkJobStartOut,
  BulkQuery,
  BulkRowsOut,
  BulkRowsQuery,
  JobParam,
  CatalogueOut,
  CreatedOut,
  OrganisationVerdictsOut,
  PeriodQuery,
  PersonVerdictsOut,
  RuleOverrideBody,
  TenantProvinceOut,
  VerdictOverrideBody,
} from './schema.js';
import * as svc from './service.js';
import { eligibilityWorkbook } from './export.js';
import { sendFile } from '../../server/download.js';
import { bulkCheckFile, getBulkCheckJob, listBulkCheckRows, startBulkCheckJob } from './bulk-job.js';

const tags = ['Xét điều kiện khen thưởng'];
const body = <S extends z.ZodType>(schema: S) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
const XL = {
  200: {
    description: 'Tệp Excel',
    content: {
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
        schema: z.string().openapi({ format: 'binary' }),
      },
    },
  },
  ...ERRORS,
};

export const eligibilityRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/eligibility/evaluate',
      tags,
      summary: 'Xét một đối tượng (hoặc {"cases": […]}) theo hợp đồng giao tiếp của bộ máy xét điều kiện',
      description: 'Đầu vào, đầu ra theo shared/contracts/eligibility.md. Dữ liệu sai: 400 với lỗi theo từng trường.',
      request: {
        body: {
          content: {
            'application/json': {
              schema: z.looseObject({}).openapi({ description: 'EligibilityInput hoặc { cases: EligibilityInput[] }' }),
            },
          },
          required: true,
        },
      },
      responses: { 200: json(z.union([EligibilityOutputSchema, EligibilityBatchOutputSchema])), ...ERRORS },
    }),
    async (c) => {
      // The body was read as a loose object; the engine's own contract schema validates it.
      const payload = c.req.valid('json');
      return c.json(await svc.evaluateContract(ctxOf(c), payload), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/people/{id}/eligibility',
      tags,
      summary: 'Những danh hiệu, hình thức có thể đề nghị cho cá nhân trong kỳ',
      request: { params: IdParam, query: PeriodQuery },
      responses: { 200: json(PersonVerdictsOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.personVerdicts(ctxOf(c), c.req.valid('param').id, c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/organisations/{id}/eligibility',
      tags,
      summary: 'Những danh hiệu, hình thức có thể đề nghị cho tập thể trong kỳ',
      request: { params: IdParam, query: PeriodQuery },
      responses: { 200: json(OrganisationVerdictsOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.organisationVerdicts(ctxOf(c), c.req.valid('param').id, c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/eligibility/bulk/export',
      tags,
      summary: 'Xuất kết quả xét hàng loạt ra Excel',
      request: { query: BulkQuery },
      responses: XL,
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const result = await svc.bulkCheck(ctx, c.req.valid('query'));
      return sendFile(c, await eligibilityWorkbook(result, ctx.now), `Xét ${result.awardName} ${result.period}.xlsx`);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/eligibility/bulk',
      tags,
      summary: 'Xét hàng loạt: người đủ điều kiện và người còn thiếu một tiêu chí',
      request: { query: BulkQuery },
      responses: { 200: json(BulkCheckOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.bulkCheck(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/eligibility/bulk-jobs',
      tags,
      summary: 'Xét hàng loạt chạy nền (cả tỉnh): theo dõi tiến độ, xem kết quả từng trang, tải tệp Excel',
      request: body(BulkJobBody),
      responses: { 202: json(BulkJobStartOut), ...ERRORS },
    }),
    async (c) => c.json(await startBulkCheckJob(ctxOf(c), c.req.valid('json')), 202),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/eligibility/bulk-jobs/{jobId}',
      tags,
      summary: 'Tiến độ và số liệu của lượt xét hàng loạt',
      request: { params: JobParam },
      responses: { 200: json(BulkJobOut), ...ERRORS },
    }),
    async (c) => c.json(await getBulkCheckJob(ctxOf(c), c.req.valid('param').jobId), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/eligibility/bulk-jobs/{jobId}/rows',
      tags,
      summary: 'Một trang kết quả của lượt xét hàng loạt (đủ điều kiện, chờ Hội đồng, còn thiếu một tiêu chí)',
      request: { params: JobParam, query: BulkRowsQuery },
      responses: { 200: json(BulkRowsOut), ...ERRORS, ...GONE },
    }),
    async (c) => c.json(await listBulkCheckRows(ctxOf(c), c.req.valid('param').jobId, c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/eligibility/bulk-jobs/{jobId}/file',
      tags,
      summary: 'Tải tệp Excel kết quả của lượt xét hàng loạt',
      request: { params: JobParam },
      responses: { ...XL, ...GONE },
    }),
    async (c) => {
      const f = await bulkCheckFile(ctxOf(c), c.req.valid('param').jobId);
      return sendFile(c, f.data, f.fileName, f.mime);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/eligibility/overrides',
      tags,
      summary: 'Điều chỉnh kết quả xét điều kiện (bắt buộc nêu lý do)',
      request: body(VerdictOverrideBody),
      responses: { 201: json(CreatedOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.overrideVerdict(ctxOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/catalogue',
      tags,
      summary: 'Danh mục danh hiệu, hình thức và tham số quy định có hiệu lực',
      request: { query: z.object({ date: PeriodQuery.shape.decisionDate }) },
      responses: { 200: json(CatalogueOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.getCatalogue(ctxOf(c), c.req.valid('query').date), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/catalogue/overrides',
      tags,
      summary: 'Thay đổi một tham số quy định từ một ngày (quản trị)',
      request: body(RuleOverrideBody),
      responses: { 201: json(CreatedOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.addRuleOverride(ctxOf(c), c.req.valid('json') as never), 201),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/catalogue/province',
      tags,
      summary: 'Chọn bộ quy định của tỉnh áp dụng bổ sung (quản trị)',
      request: body(
        z.object({ provinceCode: z.string().trim().min(1).nullable(), reason: RequiredText(1000) }).strict(),
      ),
      responses: { 200: json(TenantProvinceOut), ...ERRORS },
    }),
    async (c) => {
      const b = c.req.valid('json');
      return c.json(await svc.setTenantProvince(ctxOf(c), b.provinceCode, b.reason), 200);
    },
  );
