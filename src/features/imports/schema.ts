// Response schemas of Excel imports (the requests are a path kind and a multipart file).
import { z } from '@hono/zod-openapi';
import { JsonValue, Uuid } from '../../server/schemas.js';
import { ListPage, PageFields } from '../../server/paging.js';
import { IMPORT_KINDS } from './kinds.js';

/** Where an import stands ('committing' also while the rows are being written in chunks). */
export const IMPORT_STATUSES = ['validating', 'rejected', 'validated', 'committing', 'committed', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const ImportListQuery = ListPage.extend({
  kind: z
    .enum(IMPORT_KINDS, { message: 'Loại dữ liệu nhập không hợp lệ.' })
    .optional()
    .openapi({ param: { name: 'kind', in: 'query' } }),
});
export type ImportListQuery = z.output<typeof ImportListQuery>;

export const ImportListOut = z.object({
  ...PageFields,
  items: z.array(
    z.object({
      id: Uuid,
      kind: z.enum(IMPORT_KINDS),
      status: z.enum(IMPORT_STATUSES),
      fileName: z.string().nullable(),
      total: z.number().int(),
      createdAt: z.string().openapi({ format: 'date-time' }),
    }),
  ),
});

/** An import as its page polls it: progress, the row errors, and the first validated rows. */
export const ImportJobOut = z
  .object({
    id: Uuid,
    kind: z.enum(IMPORT_KINDS),
    status: z.enum(IMPORT_STATUSES),
    fileName: z.string().nullable(),
    processed: z.number().int(),
    total: z.number().int(),
    errors: z.array(z.object({ row: z.number().int(), column: z.string(), header: z.string(), message: z.string() })),
    fatal: z.string().nullable().openapi({ description: 'Lỗi của cả tệp (không đọc được dòng nào)' }),
    commitError: z.string().nullable().openapi({ description: 'Lý do lần ghi gần nhất không thành' }),
    hasReport: z.boolean().openapi({ description: 'Có báo cáo kiểm tra để tải về' }),
    valid: z.number().int(),
    created: z.number().int().nullable(),
    preview: z
      .array(z.record(z.string(), JsonValue))
      .openapi({ description: 'Tối đa 20 dòng hợp lệ đầu tiên, các trường theo loại dữ liệu nhập' }),
    createdAt: z.string().openapi({ format: 'date-time' }),
    finishedAt: z.string().nullable().openapi({ format: 'date-time' }),
  })
  .openapi('ImportJob');
