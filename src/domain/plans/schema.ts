// The shape of an imported plan task: the contract of `plan import` and of whatever stores tasks.
import { z } from 'zod';

export const TASK_QUARTERS = ['I', 'II', 'III', 'IV', 'regular'] as const;

const nfcText = z.string().refine((s) => s === s.normalize('NFC') && s === s.replace(/\s+/gu, ' ').trim(), {
  message: 'Văn bản phải ở dạng NFC, không có khoảng trắng thừa',
});

export const PlanTaskSchema = z.object({
  /** Quarter of the year, or 'regular' for work done throughout the year ("thường xuyên", "cả năm"). */
  quarter: z.enum(TASK_QUARTERS),
  /** The task as the plan words it (NFC, single spaces). */
  title: nfcText.pipe(z.string().min(1, 'Thiếu nội dung nhiệm vụ')),
  /** The lead unit ("đơn vị chủ trì"); empty when the plan leaves the cell blank. */
  lead: nfcText,
  /** Coordinating units ("đơn vị phối hợp"), one entry each, in the plan's order. */
  partners: z.array(nfcText.pipe(z.string().min(1))),
  /** Deadline when the plan gives a date or a month (end of that month); null for a quarter alone. */
  due: z.iso.date().nullable(),
});

export type PlanTask = z.infer<typeof PlanTaskSchema>;

export const PlanImportSchema = z.object({ tasks: z.array(PlanTaskSchema) });

export type PlanImport = z.infer<typeof PlanImportSchema>;
