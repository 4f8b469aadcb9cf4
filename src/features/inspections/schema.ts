// Request and response schemas of inspections of the units' TĐKT work (kiểm tra công tác thi đua,
// khen thưởng): the year's plan, the visit's record, recommendations and their follow-up, the
// conclusion, and the pending matters an inspection opens for named people or units.
import { z } from '@hono/zod-openapi';
import { INSPECTION_STATUSES } from '../../domain/inspections/index.js';
import { IsoDate, NameText, OptionalName, OptionalText, RequiredText, Uuid } from '../../server/schemas.js';

const PageParams = {
  page: z.coerce
    .number({ message: 'Trang phải là một số.' })
    .int('Trang phải là số nguyên.')
    .min(1, 'Trang bắt đầu từ 1.')
    .max(100000, 'Trang quá lớn.')
    .default(1)
    .openapi({ param: { name: 'page', in: 'query' } }),
  pageSize: z.coerce
    .number({ message: 'Số dòng một trang phải là một số.' })
    .int('Số dòng một trang phải là số nguyên.')
    .min(1, 'Số dòng một trang ít nhất là 1.')
    .max(200, 'Số dòng một trang tối đa 200.')
    .default(50)
    .openapi({ param: { name: 'pageSize', in: 'query' } }),
};
export { PageParams };

export const YearParam = z.coerce
  .number({ message: 'Năm phải là một số.' })
  .int('Năm phải là số nguyên.')
  .min(2000, 'Năm không được trước năm 2000.')
  .max(2100, 'Năm không được sau năm 2100.');

export const InspectionQuery = z.object({
  year: YearParam.optional().openapi({ param: { name: 'year', in: 'query' }, example: 2026 }),
  orgId: Uuid.optional().openapi({
    param: { name: 'orgId', in: 'query' },
    description: 'Đơn vị kiểm tra hoặc được kiểm tra (gồm các đơn vị trực thuộc)',
  }),
  status: z
    .enum(INSPECTION_STATUSES, { message: 'Trạng thái không hợp lệ.' })
    .optional()
    .openapi({ param: { name: 'status', in: 'query' } }),
  ...PageParams,
});
export type InspectionQuery = z.output<typeof InspectionQuery>;

export const TEAM_ROLES = ['leader', 'member', 'secretary'] as const;
export const TEAM_ROLE_LABELS = { leader: 'Trưởng đoàn', member: 'Thành viên', secretary: 'Thư ký' } as const;

const TeamMember = z
  .object({
    userId: Uuid.nullable().default(null).openapi({ description: 'Tài khoản của thành viên (nếu có)' }),
    name: NameText(200),
    position: OptionalText(300),
    role: z.enum(TEAM_ROLES, { message: 'Vai trò trong đoàn phải là leader, member hoặc secretary.' }),
  })
  .strict();

const Team = z
  .array(TeamMember)
  .max(30, 'Đoàn kiểm tra tối đa 30 người.')
  .superRefine((team, ctx) => {
    if (team.length && team.filter((m) => m.role === 'leader').length !== 1)
      ctx.addIssue({ code: 'custom', message: 'Đoàn kiểm tra phải có đúng một Trưởng đoàn.' });
  });

export const InspectionBody = z
  .object({
    orgId: Uuid.openapi({ description: 'Cơ quan tiến hành kiểm tra' }),
    targetOrgId: Uuid.openapi({ description: 'Đơn vị được kiểm tra' }),
    year: YearParam,
    plannedFrom: IsoDate,
    plannedTo: IsoDate,
    subject: RequiredText(2000),
    team: Team.default([]),
  })
  .strict();
export type InspectionBody = z.output<typeof InspectionBody>;

export const RecordBody = z
  .object({
    heldOn: IsoDate,
    place: OptionalText(300),
    team: Team.refine((t) => t.length > 0, 'Cần ghi thành phần đoàn kiểm tra.'),
    findings: RequiredText(20000),
    unitRepresentative: OptionalName(300),
  })
  .strict();
export type RecordBody = z.output<typeof RecordBody>;

export const RecommendationBody = z.object({ text: RequiredText(2000), dueDate: IsoDate }).strict();
export type RecommendationBody = z.output<typeof RecommendationBody>;

export const FollowUpBody = z
  .object({ followUp: RequiredText(2000), doneOn: IsoDate.nullable().default(null) })
  .strict();
export type FollowUpBody = z.output<typeof FollowUpBody>;

export const ConclusionBody = z
  .object({ conclusion: RequiredText(20000), concludedOn: IsoDate.nullable().default(null) })
  .strict();
export type ConclusionBody = z.output<typeof ConclusionBody>;

export const MatterBody = z
  .object({
    personIds: z.array(Uuid).max(100, 'Tối đa 100 người một lần.').default([]),
    orgIds: z.array(Uuid).max(100, 'Tối đa 100 tập thể một lần.').default([]),
    note: RequiredText(2000),
  })
  .strict()
  .refine((v) => v.personIds.length + v.orgIds.length > 0, {
    message: 'Chọn ít nhất một cá nhân hoặc tập thể.',
    path: ['personIds'],
  });
export type MatterBody = z.output<typeof MatterBody>;

export const ResolveBody = z.object({ note: RequiredText(2000) }).strict();
export type ResolveBody = z.output<typeof ResolveBody>;

export const CancelBody = z.object({ reason: RequiredText(1000) }).strict();

export const InspectionDocParam = z.object({
  id: Uuid.openapi({ param: { name: 'id', in: 'path' } }),
  kind: z
    .enum(['bien-ban', 'ket-luan'], { message: 'Văn bản phải là bien-ban hoặc ket-luan.' })
    .openapi({ param: { name: 'kind', in: 'path' } }),
});
export const DocFormatQuery = z.object({
  format: z
    .enum(['docx', 'pdf'], { message: 'Định dạng phải là docx hoặc pdf.' })
    .default('docx')
    .openapi({ param: { name: 'format', in: 'query' } }),
});

export const RecParam = z.object({
  id: Uuid.openapi({ param: { name: 'id', in: 'path' } }),
  recId: Uuid.openapi({ param: { name: 'recId', in: 'path' } }),
});
export const MatterParam = z.object({
  id: Uuid.openapi({ param: { name: 'id', in: 'path' } }),
  matterId: Uuid.openapi({ param: { name: 'matterId', in: 'path' } }),
});

export const InspectionSummary = z
  .object({
    id: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    targetOrgId: z.string(),
    targetOrgName: z.string(),
    year: z.number().int(),
    plannedFrom: z.string(),
    plannedTo: z.string(),
    subject: z.string(),
    status: z.enum(INSPECTION_STATUSES),
    statusLabel: z.string(),
    heldOn: z.string().nullable(),
    openRecommendations: z.number().int(),
    overdueRecommendations: z.number().int(),
  })
  .openapi('InspectionSummary');
export type InspectionSummary = z.infer<typeof InspectionSummary>;

export const InspectionPage = z
  .object({
    items: z.array(InspectionSummary),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi('InspectionPage');
export type InspectionPage = z.infer<typeof InspectionPage>;

export const InspectionDetail = InspectionSummary.extend({
  team: z.array(
    z.object({
      userId: z.string().nullable(),
      name: z.string(),
      position: z.string().nullable(),
      role: z.enum(TEAM_ROLES),
      roleLabel: z.string(),
    }),
  ),
  place: z.string().nullable(),
  findings: z.string().nullable(),
  unitRepresentative: z.string().nullable(),
  conclusion: z.string().nullable(),
  concludedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  recommendations: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      dueDate: z.string(),
      doneOn: z.string().nullable(),
      followUp: z.string().nullable(),
      state: z.enum(['done', 'overdue', 'due_soon', 'open']),
      stateLabel: z.string(),
      daysLeft: z.number().int().nullable(),
    }),
  ),
  matters: z.array(
    z.object({
      id: z.string(),
      subjectKind: z.string(),
      personId: z.string().nullable(),
      orgId: z.string().nullable(),
      name: z.string(),
      since: z.string(),
      resolvedOn: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  closeBlockers: z.array(z.string()),
  canManage: z.boolean(),
}).openapi('InspectionDetail');
export type InspectionDetail = z.infer<typeof InspectionDetail>;
