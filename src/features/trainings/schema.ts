// Request and response schemas of training courses (tập huấn, bồi dưỡng nghiệp vụ thi đua, khen
// thưởng): the course, invited units, participants from the registry, attendance, materials,
// lists and certificates, and who in each unit has never been trained.
import { z } from '@hono/zod-openapi';
import { TRAINING_STATUSES } from '../../domain/trainings/index.js';
import { IsoDate, OptionalText, RequiredText, Uuid } from '../../server/schemas.js';
import { OwnedFileOut } from '../files/schema.js';
import { PageParams, YearParam } from '../inspections/schema.js';

export const TrainingQuery = z.object({
  year: YearParam.optional().openapi({ param: { name: 'year', in: 'query' }, example: 2026 }),
  orgId: Uuid.optional().openapi({
    param: { name: 'orgId', in: 'query' },
    description: 'Đơn vị tổ chức hoặc được mời (gồm các đơn vị trực thuộc)',
  }),
  status: z
    .enum(TRAINING_STATUSES, { message: 'Trạng thái không hợp lệ.' })
    .optional()
    .openapi({ param: { name: 'status', in: 'query' } }),
  ...PageParams,
});
export type TrainingQuery = z.output<typeof TrainingQuery>;

export const TrainingBody = z
  .object({
    orgId: Uuid.openapi({ description: 'Cơ quan tổ chức lớp tập huấn' }),
    title: RequiredText(500),
    content: RequiredText(10000),
    fromDate: IsoDate,
    toDate: IsoDate,
    place: OptionalText(300),
    trainers: z.array(RequiredText(300)).max(20, 'Tối đa 20 báo cáo viên.').default([]),
    invitedOrgIds: z.array(Uuid).max(500, 'Tối đa 500 đơn vị được mời.').default([]),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.toDate < v.fromDate)
      ctx.addIssue({ code: 'custom', path: ['toDate'], message: 'Ngày kết thúc phải từ ngày khai giảng trở đi.' });
  });
export type TrainingBody = z.output<typeof TrainingBody>;

export const ParticipantsBody = z
  .object({ personIds: z.array(Uuid).min(1, 'Chọn ít nhất một người.').max(500, 'Tối đa 500 người một lần.') })
  .strict();

export const AttendanceBody = z
  .object({
    marks: z
      .array(z.object({ personId: Uuid, attended: z.boolean({ message: 'Có mặt phải là true hoặc false.' }) }).strict())
      .min(1, 'Chưa điểm danh ai.')
      .max(2000, 'Tối đa 2.000 người.'),
  })
  .strict();
export type AttendanceBody = z.output<typeof AttendanceBody>;

export const ListFormatQuery = z.object({
  format: z
    .enum(['xlsx', 'docx'], { message: 'Định dạng phải là xlsx hoặc docx.' })
    .default('xlsx')
    .openapi({ param: { name: 'format', in: 'query' } }),
});
export const CertFormatQuery = z.object({
  format: z
    .enum(['docx', 'pdf'], { message: 'Định dạng phải là docx hoặc pdf.' })
    .default('docx')
    .openapi({ param: { name: 'format', in: 'query' } }),
});
export const PersonParam = z.object({
  id: Uuid.openapi({ param: { name: 'id', in: 'path' } }),
  personId: Uuid.openapi({ param: { name: 'personId', in: 'path' } }),
});
export const FileParam = z.object({
  id: Uuid.openapi({ param: { name: 'id', in: 'path' } }),
  fileId: Uuid.openapi({ param: { name: 'fileId', in: 'path' } }),
});

export const UntrainedQuery = z.object({
  orgId: Uuid.optional().openapi({ param: { name: 'orgId', in: 'query' }, description: 'Đơn vị (gồm trực thuộc)' }),
  ...PageParams,
});
export type UntrainedQuery = z.output<typeof UntrainedQuery>;

export const TrainingSummary = z
  .object({
    id: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    title: z.string(),
    fromDate: z.string(),
    toDate: z.string(),
    place: z.string().nullable(),
    status: z.enum(TRAINING_STATUSES),
    statusLabel: z.string(),
    participants: z.number().int(),
    attended: z.number().int(),
  })
  .openapi('TrainingSummary');
export type TrainingSummary = z.infer<typeof TrainingSummary>;

export const TrainingPage = z
  .object({
    items: z.array(TrainingSummary),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi('TrainingPage');
export type TrainingPage = z.infer<typeof TrainingPage>;

export const TrainingDetail = TrainingSummary.extend({
  content: z.string(),
  trainers: z.array(z.string()),
  invitedUnits: z.array(z.object({ orgId: z.string(), name: z.string() })),
  people: z.array(
    z.object({
      personId: z.string(),
      fullName: z.string(),
      unitId: z.string().nullable(),
      unitName: z.string().nullable(),
      attended: z.boolean().nullable(),
      certificateNo: z.string().nullable(),
    }),
  ),
  absent: z.number().int(),
  unmarked: z.number().int(),
  materials: z.array(OwnedFileOut),
  canManage: z.boolean(),
}).openapi('TrainingDetail');
export type TrainingDetail = z.infer<typeof TrainingDetail>;

export const UntrainedPage = z
  .object({
    items: z.array(z.object({ personId: z.string(), fullName: z.string(), unitId: z.string(), unitName: z.string() })),
    units: z.array(
      z.object({ unitId: z.string(), unitName: z.string(), people: z.number().int(), untrained: z.number().int() }),
    ),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi('UntrainedPage');
export type UntrainedPage = z.infer<typeof UntrainedPage>;
