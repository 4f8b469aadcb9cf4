// HTTP doors of the yearly TĐKT plan: thin handlers (validate → use case → present).
import { createRoute, z } from '@hono/zod-openapi';
import { buildPlanDocx, buildPlanPdf } from '../../documents/plan/index.js';
import { sendFile } from '../../server/download.js';
import { invalid } from '../../server/errors.js';
import { ctxOf, ERRORS, IdParam, json, newRouter } from '../../server/router.js';
import { Uuid } from '../../server/schemas.js';
import {
  AssignableUserOut,
  OverdueTasksOut,
  PlanCreateBody,
  PlanDetailOut,
  PlanImportPreviewOut,
  PlanListOut,
  PlanOut,
  PlansQuery,
  PlanTaskBody,
  PlanTaskParams,
  PlanTaskUpdateBody,
  PlanUpdateBody,
  PlanTaskLinkOut,
  ReorderBody,
  TaskLinkBody,
  TaskLinkParams,
  TaskStatusBody,
  TaskStatusOut,
} from './schema.js';
import * as svc from './service.js';

const tags = ['Kế hoạch thi đua, khen thưởng'];
const body = <S extends z.ZodType>(schema: S) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
const Ok = z.object({ ok: z.boolean() });
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const file = (description: string, type: string) => ({
  description,
  content: { [type]: { schema: z.string().openapi({ format: 'binary' }) } },
});

export const planRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/plans',
      tags,
      summary: 'Danh sách kế hoạch thi đua, khen thưởng',
      request: { query: PlansQuery },
      responses: { 200: json(PlanListOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.listPlans(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/plans/overdue-tasks',
      tags,
      summary: 'Nhiệm vụ quá hạn trong các kế hoạch được xem',
      responses: { 200: json(OverdueTasksOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.listOverdueTasks(ctxOf(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/plans/import-preview',
      tags,
      summary:
        'Đọc bảng nhiệm vụ từ tệp kế hoạch (.txt, .docx) để xem trước; không ghi dữ liệu (multipart: "file", "orgId")',
      request: {
        body: {
          content: {
            'multipart/form-data': {
              schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }), orgId: Uuid }),
            },
          },
        },
      },
      responses: { 200: json(PlanImportPreviewOut, 'Bản xem trước'), ...ERRORS },
    }),
    async (c) => {
      const form = await c.req.parseBody();
      const f = form.file;
      if (!(f instanceof File))
        throw invalid([{ field: 'file', label: 'Tệp kế hoạch', message: 'Chưa chọn tệp kế hoạch (.txt hoặc .docx).' }]);
      const orgId = Uuid.safeParse(form.orgId);
      if (!orgId.success)
        throw invalid([{ field: 'orgId', label: 'Cơ quan, đơn vị', message: 'Chưa chọn đơn vị lập kế hoạch.' }]);
      return c.json(
        await svc.previewPlanImport(ctxOf(c), orgId.data, f.name, new Uint8Array(await f.arrayBuffer())),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/plans',
      tags,
      summary: 'Lập kế hoạch (trống, hoặc với các nhiệm vụ đã xem trước khi nhập)',
      request: body(PlanCreateBody),
      responses: { 201: json(PlanOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.createPlan(ctxOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/plans/{id}',
      tags,
      summary: 'Kế hoạch, nhiệm vụ và ghi chú tiến độ',
      request: { params: IdParam },
      responses: { 200: json(PlanDetailOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.getPlan(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/plans/{id}',
      tags,
      summary: 'Sửa nội dung kế hoạch, ban hành',
      request: { params: IdParam, ...body(PlanUpdateBody) },
      responses: { 200: json(PlanOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.updatePlan(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/plans/{id}/copy-next-year',
      tags,
      summary:
        'Sao chép kế hoạch sang năm sau (dự thảo: giữ các phần và nhiệm vụ, lùi hạn một năm; không chép liên kết, trạng thái)',
      request: { params: IdParam },
      responses: { 201: json(PlanOut, 'Kế hoạch năm sau (dự thảo)'), ...ERRORS },
    }),
    async (c) => c.json(await svc.copyPlanToNextYear(ctxOf(c), c.req.valid('param').id), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/plans/{id}/assignable-users',
      tags,
      summary: 'Tài khoản có thể phụ trách nhiệm vụ',
      request: { params: IdParam },
      responses: { 200: json(z.object({ items: z.array(AssignableUserOut) })), ...ERRORS },
    }),
    async (c) => c.json({ items: await svc.assignableUsers(ctxOf(c), c.req.valid('param').id) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/plans/{id}/tasks',
      tags,
      summary: 'Thêm nhiệm vụ',
      request: { params: IdParam, ...body(PlanTaskBody) },
      responses: { 201: json(z.object({ id: Uuid })), ...ERRORS },
    }),
    async (c) => c.json(await svc.addTask(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/plans/{id}/tasks/reorder',
      tags,
      summary: 'Sắp xếp thứ tự nhiệm vụ',
      request: { params: IdParam, ...body(ReorderBody) },
      responses: { 200: json(Ok), ...ERRORS },
    }),
    async (c) => c.json(await svc.reorderTasks(ctxOf(c), c.req.valid('param').id, c.req.valid('json').taskIds), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/plans/{id}/tasks/{taskId}',
      tags,
      summary: 'Sửa nhiệm vụ',
      request: { params: PlanTaskParams, ...body(PlanTaskUpdateBody) },
      responses: { 200: json(Ok), ...ERRORS },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await svc.updateTask(ctxOf(c), p.id, p.taskId, c.req.valid('json')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/plans/{id}/tasks/{taskId}/status',
      tags,
      summary: 'Cập nhật trạng thái, ghi tiến độ nhiệm vụ',
      request: { params: PlanTaskParams, ...body(TaskStatusBody) },
      responses: { 200: json(TaskStatusOut), ...ERRORS },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await svc.setTaskStatus(ctxOf(c), p.id, p.taskId, c.req.valid('json')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/plans/{id}/tasks/{taskId}/links',
      tags,
      summary: 'Liên kết nhiệm vụ với phong trào thi đua hoặc đợt xét khen thưởng (trạng thái theo công việc đó)',
      request: { params: PlanTaskParams, ...body(TaskLinkBody) },
      responses: { 201: json(PlanTaskLinkOut), ...ERRORS },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await svc.linkPlanTask(ctxOf(c), p.id, p.taskId, c.req.valid('json')), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/plans/{id}/tasks/{taskId}/links/{linkId}',
      tags,
      summary: 'Bỏ liên kết nhiệm vụ với công việc',
      request: { params: TaskLinkParams },
      responses: { 200: json(Ok), ...ERRORS },
    }),
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await svc.unlinkPlanTask(ctxOf(c), p.id, p.taskId, p.linkId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/plans/{id}/docx',
      tags,
      summary: 'Tải kế hoạch (DOCX, thể thức Nghị định 30)',
      request: { params: IdParam },
      responses: { 200: file('Tệp .docx', DOCX), ...ERRORS },
    }),
    async (c) => {
      const { plan, input } = await svc.planDocumentInput(ctxOf(c), c.req.valid('param').id);
      return sendFile(c, await buildPlanDocx(input), svc.planFileName(plan, 'docx'), DOCX);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/plans/{id}/pdf',
      tags,
      summary: 'Tải kế hoạch (PDF)',
      request: { params: IdParam },
      responses: { 200: file('Tệp .pdf', 'application/pdf'), ...ERRORS },
    }),
    async (c) => {
      const { plan, input } = await svc.planDocumentInput(ctxOf(c), c.req.valid('param').id);
      return sendFile(c, Buffer.from(await buildPlanPdf(input)), svc.planFileName(plan, 'pdf'), 'application/pdf');
    },
  );
