// Boundary schemas of the yearly TĐKT plan: the plan's document parts, its tasks, status changes.
import { z } from '@hono/zod-openapi';
import { TASK_QUARTERS } from '../../domain/plans/index.js';
import { TASK_STATUSES } from '../../domain/plans/progress.js';
import { IsoDate, OptionalName, OptionalText, RequiredText, Uuid } from '../../server/schemas.js';

const Line = (max: number) => RequiredText(max);
const Lines = (max: number, count = 100) => z.array(Line(max)).max(count, `Không được quá ${count} dòng.`);

export const PlanSectionBody = z.object({
  heading: RequiredText(300),
  paragraphs: z.array(RequiredText(10_000)).max(100).default([]),
  subsections: z
    .array(z.object({ heading: RequiredText(300), paragraphs: z.array(RequiredText(10_000)).max(100).default([]) }))
    .max(50)
    .default([]),
});

const Quarter = z.enum(TASK_QUARTERS, { error: 'Quý phải là I, II, III, IV hoặc thường xuyên.' });
const Partners = z.array(RequiredText(300)).max(50).default([]);

export const PlanTaskBody = z
  .object({
    quarter: Quarter,
    title: RequiredText(2000),
    lead: OptionalText(300).transform((s) => s ?? ''),
    partners: Partners,
    due: IsoDate.nullable().optional(),
    ownerId: Uuid.nullable().optional(),
  })
  .strict()
  .openapi('PlanTaskCreate');

export const PlanTaskUpdateBody = z
  .object({
    quarter: Quarter.optional(),
    title: RequiredText(2000).optional(),
    lead: OptionalText(300).transform((s) => s ?? undefined),
    partners: z.array(RequiredText(300)).max(50).optional(),
    due: IsoDate.nullable().optional(),
    ownerId: Uuid.nullable().optional(),
    reason: OptionalText(500),
  })
  .strict()
  .openapi('PlanTaskUpdate');

const planFields = {
  title: RequiredText(500),
  issuerLines: Lines(200, 4).min(1, 'Cần ít nhất một dòng tên cơ quan ban hành.'),
  number: OptionalText(20),
  symbol: RequiredText(50),
  place: RequiredText(100),
  issuedOn: IsoDate.nullable(),
  pendingMonth: z.number().int().min(1, 'Tháng phải từ 1 đến 12.').max(12, 'Tháng phải từ 1 đến 12.').nullable(),
  bases: Lines(2000, 50),
  intro: OptionalText(5000),
  sections: z.array(PlanSectionBody).max(30),
  closing: OptionalText(2000),
  recipients: Lines(300, 50),
  archive: Lines(50, 10),
  signerLines: Lines(200, 5).min(1, 'Cần chức danh người ký.'),
  signerName: OptionalName(150).transform((s) => s ?? ''),
  taskPlacement: z.enum(['body', 'appendix']),
};

export const PlanCreateBody = z
  .object({
    orgId: Uuid,
    year: z.number({ error: 'Năm không hợp lệ.' }).int().min(2000, 'Năm không hợp lệ.').max(2100, 'Năm không hợp lệ.'),
    title: RequiredText(500).optional(),
    /** Tasks confirmed from an import preview (or none for a blank plan). */
    tasks: z.array(PlanTaskBody.omit({ ownerId: true }).extend({ ownerId: Uuid.nullable().optional() })).max(500).default([]),
    /** The file the tasks came from, for the audit log. */
    sourceFile: OptionalText(300),
  })
  .strict()
  .openapi('PlanCreate');

export const PlanUpdateBody = z
  .object(planFields)
  .partial()
  .extend({ status: z.enum(['draft', 'issued']).optional(), reason: OptionalText(500) })
  .strict()
  .openapi('PlanUpdate');

export const TaskStatusBody = z
  .object({
    status: z.enum(TASK_STATUSES, { error: 'Trạng thái không hợp lệ.' }).optional(),
    note: OptionalText(4000),
  })
  .strict()
  .refine((v) => v.status !== undefined || v.note, { message: 'Cần chọn trạng thái mới hoặc ghi tiến độ.', path: ['note'] })
  .openapi('PlanTaskStatus');

export const ReorderBody = z.object({ taskIds: z.array(Uuid).min(1).max(500) }).strict();

export const PlansQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  orgId: Uuid.optional(),
});

export const PlanTaskParams = z.object({
  id: Uuid.openapi({ param: { name: 'id', in: 'path' } }),
  taskId: Uuid.openapi({ param: { name: 'taskId', in: 'path' } }),
});
