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
  /** True when the task was read from the plan's prose ("Tổ chức thực hiện"), to be reviewed before saving. */
  fromProse: z.boolean(),
});

export type PlanTask = z.infer<typeof PlanTaskSchema>;

/** One section of the plan: its title without the numeral, and its text (lines joined by "\n"). */
export const PlanSectionTextSchema = z.object({ heading: z.string().min(1), text: z.string() });

/** The output of `plan import`. */
export const PlanImportSchema = z.object({
  year: z.number().int().nullable(),
  sections: z.array(PlanSectionTextSchema),
  tasks: z.array(PlanTaskSchema),
});

export type PlanImport = z.infer<typeof PlanImportSchema>;
