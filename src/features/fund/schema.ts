// Request and response schemas of the emulation and commendation fund (quỹ thi đua, khen thưởng).
import { z } from '@hono/zod-openapi';
import { FUND_ENTRY_KINDS, MANUAL_KINDS } from '../../domain/fund/index.js';
import { IsoDate, OptionalName, OptionalText, RequiredText } from '../../server/schemas.js';

/** The largest amount one entry may carry (10.000 tỷ đồng): beyond any body's fund. */
export const MAX_AMOUNT = 10_000_000_000_000;

const Year = z.coerce
  .number({ message: 'Năm phải là một số.' })
  .int('Năm phải là số nguyên.')
  .min(2000, 'Năm không được trước năm 2000.')
  .max(2100, 'Năm không được sau năm 2100.');

export const FundQuery = z.object({
  orgId: z
    .string()
    .uuid('Mã cơ quan, đơn vị không hợp lệ.')
    .optional()
    .openapi({ param: { name: 'orgId', in: 'query' }, description: 'Cơ quan có quỹ; mặc định: đơn vị của người dùng' }),
  year: Year.optional().openapi({ param: { name: 'year', in: 'query' }, example: 2026 }),
});
export type FundQuery = z.output<typeof FundQuery>;

export const FundExportQuery = FundQuery.extend({
  format: z
    .enum(['xlsx', 'docx'], { message: 'Định dạng tệp phải là xlsx hoặc docx.' })
    .default('xlsx')
    .openapi({ param: { name: 'format', in: 'query' } }),
});

const Amount = z
  .number({ message: 'Số tiền phải là một số.' })
  .int('Số tiền phải là số nguyên (đồng).')
  .positive('Số tiền phải lớn hơn 0.')
  .max(MAX_AMOUNT, 'Số tiền quá lớn.');

export const PostEntryBody = z.object({
  orgId: z.string().uuid('Mã cơ quan, đơn vị không hợp lệ.'),
  entryDate: IsoDate,
  kind: z.enum(MANUAL_KINDS as [string, ...string[]], {
    message:
      'Loại bút toán phải là số dư chuyển sang, ngân sách cấp, đóng góp, thu khác, chi tổ chức, chi in ấn hoặc chi khác.',
  }),
  amount: Amount,
  description: RequiredText(500),
  sourceDocument: OptionalText(300),
});

export const ReverseBody = z.object({
  reason: RequiredText(1000).pipe(z.string().min(5, 'Lý do cần ít nhất 5 ký tự.')),
});

export const PayDecisionBody = z.object({
  paidOn: IsoDate,
  handledBy: OptionalName(200),
  /** The payment list exceeds the balance: pay it anyway (the warning was read). */
  acceptShortfall: z.boolean({ message: 'Phải là đúng hoặc sai (true/false).' }).default(false),
});

export const FundEntryOut = z.object({
  id: z.string(),
  orgId: z.string(),
  entryDate: z.string(),
  kind: z.enum(FUND_ENTRY_KINDS),
  kindLabel: z.string(),
  direction: z.enum(['opening', 'thu', 'chi']),
  amount: z.number(),
  description: z.string(),
  sourceDocument: z.string().nullable(),
  decisionId: z.string().nullable(),
  handledBy: z.string().nullable(),
  reversesId: z.string().nullable(),
  reversedById: z.string().nullable(),
  reason: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type FundEntryOut = z.infer<typeof FundEntryOut>;

export const FundLedgerOut = z.object({
  org: z.object({ id: z.string(), name: z.string() }),
  year: z.number(),
  opening: z.number(),
  lines: z.array(FundEntryOut.extend({ thu: z.number(), chi: z.number(), balance: z.number() })),
  totalThu: z.number(),
  totalChi: z.number(),
  closing: z.number(),
  /** The balance over every entry, whatever its date. */
  balanceNow: z.number(),
  organising: z.object({
    spent: z.number(),
    fundOfYear: z.number(),
    cap: z.number().nullable(),
    over: z.boolean(),
    citation: z.string().nullable(),
  }),
  canManage: z.boolean(),
});
export type FundLedgerOut = z.infer<typeof FundLedgerOut>;

export const FundBodiesOut = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), balance: z.number() })),
});

export const DecisionPaymentOut = z.object({
  decisionId: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  numberText: z.string().nullable(),
  decisionDate: z.string().nullable(),
  status: z.string(),
  /** Sum of the payment list (tiền thưởng phải chi). */
  total: z.number(),
  balance: z.number(),
  shortfall: z.number(),
  /** Why the list cannot be paid here (external, not signed, revoked), or null. */
  blocked: z.string().nullable(),
  payment: FundEntryOut.nullable(),
  recovery: FundEntryOut.nullable(),
});
export type DecisionPaymentOut = z.infer<typeof DecisionPaymentOut>;
