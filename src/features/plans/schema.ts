// Boundary schemas of the yearly TĐKT plan: the plan's document parts, its tasks, status changes.
import { z } from '@hono/zod-openapi';
import { LINKABLE_KINDS, PLAN_LINK_KINDS, TASK_QUARTERS } from '../../domain/plans/index.js';
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

/** The parts read from an imported plan file (the preview's `document`), kept when the plan is saved. */
export const PlanImportedDocumentBody = z
  .object({
    title: RequiredText(500).nullable(),
    number: OptionalText(20).nullable(),
    symbol: OptionalText(50).nullable(),
    place: OptionalText(100).nullable(),
    issuedOn: IsoDate.nullable(),
    pendingMonth: z.number().int().min(1, 'Tháng phải từ 1 đến 12.').max(12, 'Tháng phải từ 1 đến 12.').nullable(),
    bases: Lines(2000, 50),
    intro: OptionalText(5000).nullable(),
    sections: z.array(PlanSectionBody).max(30),
    closing: OptionalText(2000).nullable(),
    recipients: Lines(300, 50),
    archive: Lines(50, 10),
    signerLines: Lines(200, 5),
    signerName: OptionalName(150).nullable(),
  })
  .partial()
  .strict()
  .openapi('PlanImportedDocument');

export const PlanCreateBody = z
  .object({
    orgId: Uuid,
    year: z.number({ error: 'Năm không hợp lệ.' }).int().min(2000, 'Năm không hợp lệ.').max(2100, 'Năm không hợp lệ.'),
    title: RequiredText(500).optional(),
    /** Tasks confirmed from an import preview (or none for a blank plan). */
    tasks: z
      .array(PlanTaskBody.omit({ ownerId: true }).extend({ ownerId: Uuid.nullable().optional() }))
      .max(500)
      .default([]),
    /** The file the tasks came from, for the audit log. */
    sourceFile: OptionalText(300),
    /** The header, bases, sections, closing and signature read from that file; defaults where absent. */
    document: PlanImportedDocumentBody.optional(),
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
  .refine((v) => v.status !== undefined || v.note, {
    message: 'Cần chọn trạng thái mới hoặc ghi tiến độ.',
    path: ['note'],
  })
  .openapi('PlanTaskStatus');

export const TaskLinkBody = z
  .object({
    kind: z.enum(LINKABLE_KINDS, {
      error:
        'Chỉ liên kết được với phong trào thi đua, đợt xét khen thưởng, báo cáo, cuộc kiểm tra, lớp tập huấn, hội nghị hoặc tin bài.',
    }),
    targetId: Uuid,
  })
  .strict()
  .openapi('PlanTaskLinkCreate');

export const TaskLinkParams = z.object({
  id: Uuid.openapi({ param: { name: 'id', in: 'path' } }),
  taskId: Uuid.openapi({ param: { name: 'taskId', in: 'path' } }),
  linkId: Uuid.openapi({ param: { name: 'linkId', in: 'path' } }),
});

export const ReorderBody = z.object({ taskIds: z.array(Uuid).min(1).max(500) }).strict();

export const PlansQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  orgId: Uuid.optional(),
  /** Newest year first, then by organisation (default), or by organisation first. */
  sort: z.enum(['year', 'org']).default('year'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const PlanTaskParams = z.object({
  id: Uuid.openapi({ param: { name: 'id', in: 'path' } }),
  taskId: Uuid.openapi({ param: { name: 'taskId', in: 'path' } }),
});

// ── Responses ──────────────────────────────────────────────────────────────────────────────

const CountsByQuarter = z.object({
  I: z.number().int(),
  II: z.number().int(),
  III: z.number().int(),
  IV: z.number().int(),
  regular: z.number().int(),
});

/** A plan's document parts and state (its tasks come separately). */
export const PlanOut = z
  .object({
    id: Uuid,
    orgId: Uuid,
    orgName: z.string().nullable(),
    year: z.number().int(),
    title: z.string(),
    issuerLines: z.array(z.string()),
    number: z.string().nullable(),
    symbol: z.string(),
    place: z.string(),
    issuedOn: z.string().nullable(),
    pendingMonth: z.number().int().nullable(),
    bases: z.array(z.string()),
    intro: z.string().nullable(),
    sections: z.array(
      z.object({
        heading: z.string(),
        paragraphs: z.array(z.string()),
        subsections: z.array(z.object({ heading: z.string(), paragraphs: z.array(z.string()) })),
      }),
    ),
    closing: z.string().nullable(),
    recipients: z.array(z.string()),
    archive: z.array(z.string()),
    signerLines: z.array(z.string()),
    signerName: z.string(),
    taskPlacement: z.enum(['body', 'appendix']),
    status: z.enum(['draft', 'issued']),
    createdAt: z.string().openapi({ format: 'date-time' }),
    updatedAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('Plan');

export const PlanListOut = z.object({
  items: z.array(
    PlanOut.extend({ taskCount: z.number().int(), doneCount: z.number().int(), overdueCount: z.number().int() }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const PlanTaskLinkOut = z
  .object({
    id: Uuid,
    kind: z.enum(PLAN_LINK_KINDS),
    kindLabel: z.string(),
    targetId: Uuid,
    label: z.string(),
    progress: z.enum(['not_started', 'in_progress', 'done']).nullable(),
    progressLabel: z.string().nullable(),
    /** The work's own state in its feature's words ('Đã có kết luận, theo dõi kiến nghị'), when it has one. */
    stateLabel: z.string().nullable(),
    /** The web app's page of the work ('/kiem-tra/…'); null when the work is gone. */
    page: z.string().nullable(),
  })
  .openapi('PlanTaskLink');

export const PlanTaskOut = z
  .object({
    id: Uuid,
    position: z.number().int(),
    quarter: z.enum(TASK_QUARTERS),
    title: z.string(),
    lead: z.string(),
    leadOrgId: Uuid.nullable(),
    leadOrgName: z.string().nullable(),
    partners: z.array(z.string()),
    due: z.string().nullable(),
    deadline: z.string().nullable(),
    ownerId: Uuid.nullable(),
    ownerName: z.string().nullable(),
    status: z.enum(TASK_STATUSES),
    /** Set by hand with a note: no longer follows the linked work. */
    statusSetByHand: z.boolean(),
    links: z.array(PlanTaskLinkOut),
    overdue: z.boolean(),
  })
  .openapi('PlanTask');

export const OverdueTasksOut = z.object({
  items: z.array(PlanTaskOut.extend({ planId: Uuid, planYear: z.number().int(), orgId: Uuid, orgName: z.string() })),
  total: z.number().int(),
});

/** What a plan file would import (nothing is written). */
const SectionOut = z.object({
  heading: z.string(),
  paragraphs: z.array(z.string()),
  subsections: z.array(z.object({ heading: z.string(), paragraphs: z.array(z.string()) })),
});

export const PlanImportPreviewOut = z.object({
  fileName: z.string(),
  year: z.number().int().nullable(),
  /** True when the tasks were read from the plan's prose ("Tổ chức thực hiện"): the officer reviews them. */
  fromProse: z.boolean(),
  tasks: z.array(
    z.object({
      quarter: z.enum(TASK_QUARTERS),
      title: z.string(),
      lead: z.string(),
      partners: z.array(z.string()),
      due: z.string().nullable(),
      fromProse: z.boolean(),
      leadOrgId: Uuid.nullable(),
      leadOrgName: z.string().nullable(),
    }),
  ),
  document: z.object({
    title: z.string().nullable(),
    number: z.string().nullable(),
    symbol: z.string().nullable(),
    place: z.string().nullable(),
    issuedOn: z.string().nullable(),
    pendingMonth: z.number().int().nullable(),
    bases: z.array(z.string()),
    intro: z.string().nullable(),
    sections: z.array(SectionOut),
    closing: z.string().nullable(),
    recipients: z.array(z.string()),
    archive: z.array(z.string()),
    signerLines: z.array(z.string()),
    signerName: z.string().nullable(),
  }),
  counts: CountsByQuarter,
  total: z.number().int(),
  unknownLeads: z.array(z.string()).openapi({ description: 'Đơn vị chủ trì không tìm thấy trong danh mục' }),
});

const NoteOut = z.object({
  id: Uuid,
  note: z.string(),
  authorName: z.string(),
  createdAt: z.string().openapi({ format: 'date-time' }),
});

export const PlanDetailOut = z.object({
  plan: PlanOut,
  tasks: z.array(PlanTaskOut),
  notes: z.array(
    NoteOut.extend({
      taskId: Uuid,
      fromStatus: z.enum(TASK_STATUSES).nullable(),
      toStatus: z.enum(TASK_STATUSES).nullable(),
    }),
  ),
  counts: CountsByQuarter,
  overdueCount: z.number().int(),
  canManage: z.boolean(),
});

export const AssignableUserOut = z.object({ id: Uuid, fullName: z.string(), username: z.string() });

export const TaskStatusOut = z.object({ ok: z.boolean(), status: z.enum(TASK_STATUSES), note: NoteOut });
