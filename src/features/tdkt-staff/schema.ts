// Request and response schemas of the TĐKT staff list: who works on emulation and commendation
// (memberships.tdkt_work, counted by biểu 0605.N/BNV-TĐKT) in each unit, paged, and the switch
// that marks a post as TĐKT work.
import { z } from '@hono/zod-openapi';
import { EDUCATION_LEVELS, GENDERS } from '../../domain/registry/vocab.js';
import { ListPage, PageFields, SearchText } from '../../server/paging.js';

export const TDKT_STAFF_FILTERS = ['yes', 'no', 'all'] as const;

export const TdktStaffQuery = ListPage.extend({
  q: SearchText,
  orgId: z
    .string()
    .uuid('Mã cơ quan, đơn vị không hợp lệ.')
    .optional()
    .openapi({ param: { name: 'orgId', in: 'query' }, description: 'Đơn vị (gồm các đơn vị trực thuộc)' }),
  tdkt: z
    .enum(TDKT_STAFF_FILTERS, { message: 'Bộ lọc làm công tác thi đua, khen thưởng phải là yes, no hoặc all.' })
    .default('yes')
    .openapi({
      param: { name: 'tdkt', in: 'query' },
      description: 'yes: chỉ người làm công tác TĐKT; no: người chưa được đánh dấu; all: mọi người',
    }),
});
export type TdktStaffQuery = z.output<typeof TdktStaffQuery>;

export const TdktStaffItem = z
  .object({
    membershipId: z.string(),
    personId: z.string(),
    fullName: z.string(),
    gender: z.enum(GENDERS),
    birthDate: z.string().nullable(),
    educationLevel: z.enum(EDUCATION_LEVELS).nullable(),
    educationLabel: z.string().nullable(),
    unitId: z.string(),
    unitName: z.string(),
    position: z.string().nullable(),
    fromDate: z.string().openapi({ description: 'Ngày bắt đầu giữ vị trí (ISO)' }),
    toDate: z.string().nullable(),
    tdktWork: z.boolean(),
  })
  .openapi('TdktStaffItem');
export type TdktStaffItem = z.infer<typeof TdktStaffItem>;

export const TdktStaffPage = z.object({ items: z.array(TdktStaffItem), ...PageFields }).openapi('TdktStaffPage');
export type TdktStaffPage = z.infer<typeof TdktStaffPage>;

export const TdktWorkBody = z
  .object({
    tdktWork: z.boolean({ message: 'Hãy cho biết vị trí này có làm công tác thi đua, khen thưởng hay không.' }),
  })
  .strict()
  .openapi('TdktWorkBody');
export type TdktWorkBody = z.infer<typeof TdktWorkBody>;
