// Request and response schemas of the commendation register (sổ theo dõi khen thưởng): every
// award record with its decision, searched and filtered on the server.
import { z } from '@hono/zod-openapi';
import { AWARD_STATES } from '../../domain/register/award-state.js';
import { AWARD_LEVELS } from '../../domain/register/levels.js';
import { PERSON_CATEGORIES, SUBJECT_KINDS } from '../../domain/registry/vocab.js';

const NO_CONTROL = /^\P{Cc}*$/u;

export const REGISTER_SORTS = ['newest', 'oldest', 'name'] as const;

export const RegisterFilter = z.object({
  q: z
    .string()
    .max(200, 'Từ khóa tìm kiếm tối đa 200 ký tự.')
    .regex(NO_CONTROL, 'Từ khóa tìm kiếm có ký tự điều khiển không hợp lệ.')
    .optional()
    .openapi({
      param: { name: 'q', in: 'query' },
      description: 'Họ tên, tên tập thể hoặc số quyết định (không cần dấu)',
    }),
  year: z.coerce
    .number({ message: 'Năm phải là một số.' })
    .int('Năm phải là số nguyên.')
    .min(1945, 'Năm không được trước năm 1945.')
    .max(2100, 'Năm không được sau năm 2100.')
    .optional()
    .openapi({ param: { name: 'year', in: 'query' }, example: 2025 }),
  awardCode: z
    .string()
    .regex(/^[A-Z0-9_]{1,40}$/u, 'Mã danh hiệu, hình thức khen thưởng không hợp lệ.')
    .optional()
    .openapi({ param: { name: 'awardCode', in: 'query' }, example: 'BK_TINH' }),
  level: z
    .enum(AWARD_LEVELS, { message: 'Cấp quyết định phải là nha_nuoc, tinh hoặc co_so.' })
    .optional()
    .openapi({ param: { name: 'level', in: 'query' } }),
  category: z
    .enum(PERSON_CATEGORIES, { message: 'Đối tượng được khen không hợp lệ.' })
    .optional()
    .openapi({
      param: { name: 'category', in: 'query' },
      description: 'Đối tượng của cá nhân được khen tại thời điểm khen (chỉ lọc khen thưởng cá nhân)',
    }),
  state: z
    .enum(AWARD_STATES, { message: 'Hiệu lực phải là in_force hoặc revoked.' })
    .optional()
    .openapi({
      param: { name: 'state', in: 'query' },
      description:
        'in_force: chỉ khen thưởng còn hiệu lực (như các số liệu thống kê); revoked: chỉ khen thưởng đã thu hồi',
    }),
  orgId: z
    .string()
    .uuid('Mã cơ quan, đơn vị không hợp lệ.')
    .optional()
    .openapi({ param: { name: 'orgId', in: 'query' } }),
  sort: z
    .enum(REGISTER_SORTS, { message: 'Thứ tự phải là newest, oldest hoặc name.' })
    .default('newest')
    .openapi({ param: { name: 'sort', in: 'query' } }),
});
export type RegisterFilter = z.output<typeof RegisterFilter>;

export const RegisterQuery = RegisterFilter.extend({
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
});
export type RegisterQuery = z.output<typeof RegisterQuery>;

export const RegisterExportQuery = RegisterFilter.extend({
  format: z
    .enum(['xlsx'], { message: 'Định dạng tải về phải là xlsx.' })
    .default('xlsx')
    .openapi({ param: { name: 'format', in: 'query' } }),
});
export type RegisterExportQuery = z.output<typeof RegisterExportQuery>;

export const RegisterEntry = z
  .object({
    id: z.string(),
    subjectKind: z.enum(SUBJECT_KINDS),
    recipientId: z.string().nullable(),
    recipientName: z.string(),
    unitId: z.string().nullable(),
    unitName: z.string().nullable(),
    awardCode: z.string(),
    awardName: z.string(),
    period: z.string(),
    decisionId: z.string().nullable(),
    decisionNo: z.string().nullable(),
    decisionDate: z.string().nullable().openapi({ description: 'Ngày quyết định (ISO)' }),
    issuer: z.string().nullable(),
    level: z.enum(AWARD_LEVELS),
    levelName: z.string(),
    revokedOn: z.string().nullable(),
  })
  .openapi('RegisterEntry');
export type RegisterEntry = z.infer<typeof RegisterEntry>;

export const RegisterPage = z
  .object({
    items: z.array(RegisterEntry),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi('RegisterPage');
export type RegisterPage = z.infer<typeof RegisterPage>;
