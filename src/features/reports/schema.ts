// Request and response schemas of the statistical reports (biểu 0601–0605.N/BNV-TĐKT, TT 02/2023/TT-BNV).
import { z } from '@hono/zod-openapi';
import { STAT_FORM_CODES } from '../../domain/reports/index.js';

const FORM_MESSAGE = `Biểu báo cáo phải là một trong: ${STAT_FORM_CODES.join(', ')}.`;

export const StatisticsQuery = z.object({
  form: z
    .enum(STAT_FORM_CODES, { message: FORM_MESSAGE })
    .openapi({ param: { name: 'form', in: 'query' }, example: '0603' }),
  year: z.coerce
    .number({ message: 'Năm báo cáo phải là một số.' })
    .int('Năm báo cáo phải là số nguyên.')
    .min(2000, 'Năm báo cáo không được trước năm 2000.')
    .max(2100, 'Năm báo cáo không được sau năm 2100.')
    .openapi({ param: { name: 'year', in: 'query' }, example: 2025 }),
  orgId: z
    .string()
    .uuid('Mã cơ quan, đơn vị không hợp lệ.')
    .optional()
    .openapi({ param: { name: 'orgId', in: 'query' } }),
});
export type StatisticsQuery = z.infer<typeof StatisticsQuery>;

export const StatisticsExportQuery = StatisticsQuery.extend({
  format: z
    .enum(['xlsx', 'docx'], { message: 'Định dạng tải về phải là xlsx hoặc docx.' })
    .openapi({ param: { name: 'format', in: 'query' } }),
});

export const StatisticsCellQuery = StatisticsQuery.extend({
  row: z
    .string()
    .regex(/^\d{2}$/u, 'Mã số dòng phải gồm hai chữ số.')
    .openapi({ param: { name: 'row', in: 'query' }, example: '01' }),
  col: z.coerce
    .number({ message: 'Cột phải là một số.' })
    .int('Cột phải là số nguyên.')
    .min(1, 'Cột bắt đầu từ 1.')
    .max(30, 'Biểu không có cột này.')
    .openapi({ param: { name: 'col', in: 'query' } }),
});

const Period = z.object({ year: z.number().int(), from: z.string(), to: z.string() });

export const StatisticalForm = z
  .object({
    form: z.string().openapi({ example: '0603.N/BNV-TĐKT' }),
    code: z.enum(STAT_FORM_CODES),
    title: z.string(),
    circular: z.string(),
    period: Period,
    reportingUnit: z.object({ id: z.string(), code: z.string(), name: z.string() }),
    receivingUnit: z.string(),
    receiptDate: z.string().openapi({ description: 'Ngày nhận báo cáo (ISO)' }),
    unitNote: z.string().nullable(),
    columns: z.array(
      z.object({ no: z.number().int(), label: z.string(), group: z.string().nullable(), numbering: z.string() }),
    ),
    lines: z.array(
      z.object({
        code: z.string().nullable(),
        label: z.string(),
        depth: z.number().int(),
        unit: z.string().nullable(),
      }),
    ),
    hasUnitColumn: z.boolean(),
    rows: z.array(z.object({ code: z.string(), label: z.string(), values: z.array(z.number().int()) })),
  })
  .openapi('StatisticalForm');
export type StatisticalForm = z.infer<typeof StatisticalForm>;

export const StatisticalCell = z
  .object({
    row: z.string(),
    col: z.number().int(),
    items: z.array(z.object({ id: z.string(), name: z.string(), detail: z.string() })),
  })
  .openapi('StatisticalCell');
export type StatisticalCell = z.infer<typeof StatisticalCell>;
