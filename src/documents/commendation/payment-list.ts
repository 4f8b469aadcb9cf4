// Danh sách chi tiền thưởng (bonus payment list): landscape, a table with TT, Họ và tên, Đơn vị,
// Danh hiệu / hình thức, Số quyết định, Số tiền (đ), Ký nhận and Ghi chú (e.g. 'Chỉ hưởng mức
// thưởng danh hiệu cao nhất'), a total row, the total in words, and three signature blocks:
// Người lập biểu, Kế toán, Thủ trưởng đơn vị. Amounts are those payable, computed by the caller.
import { compareNames, formatNumberVN, moneyInWords } from '../../domain/vi-text/index.js';
import { buildNd30Docx, buildNd30Pdf, type Nd30Document, type Nd30TableRow } from '../nd30/index.js';
import { totalAmount } from './common.js';
import { SIGNATURE_NOTE, SIGNATURE_NOTE_SEAL } from './defaults.js';
import type { PaymentListInput, PaymentRow } from './types.js';

export const PAYMENT_COLUMNS = [
  'TT',
  'Họ và tên',
  'Đơn vị',
  'Danh hiệu / hình thức',
  'Số quyết định',
  'Số tiền (đ)',
  'Ký nhận',
  'Ghi chú',
] as const;

/** Rows in print order (compareNames), numbered from 1, then the total row. */
export function paymentRows(rows: readonly PaymentRow[]): Nd30TableRow[] {
  const sorted = [...rows].sort((a, b) => compareNames(a.name, b.name));
  const total = totalAmount(rows.map((r) => ({ amount: r.payable })));
  return [
    ...sorted.map(
      (r, i): Nd30TableRow => ({
        cells: [String(i + 1), r.name, r.unit, r.award, r.decision, formatNumberVN(r.payable), '', r.note ?? ''],
      }),
    ),
    { cells: ['', 'Tổng cộng', '', '', '', formatNumberVN(total), '', ''], bold: true },
  ];
}

export function paymentListDocument(input: PaymentListInput): Nd30Document {
  if (input.rows.length === 0) throw new RangeError('A payment list needs at least one row');
  const total = totalAmount(input.rows.map((r) => ({ amount: r.payable })));
  const hasNumber = input.number !== undefined || input.symbol !== undefined;
  return {
    issuer: input.issuer,
    number: hasNumber ? { value: input.number ?? null, symbol: input.symbol ?? 'DS-VHXH' } : undefined,
    place: input.place,
    date: input.date,
    type: input.title ?? 'DANH SÁCH CHI TIỀN THƯỞNG',
    subject: input.subject,
    orientation: 'landscape',
    fontSize: 13,
    body: [
      ...(input.fund
        ? [{ kind: 'paragraph' as const, text: input.fund, align: 'center' as const, indent: false, italic: true }]
        : []),
      {
        kind: 'table',
        columns: PAYMENT_COLUMNS.map((header, i) => ({
          header,
          width: [1.2, 5, 6, 5, 4.6, 3.2, 3, 4.4][i],
          align: (['center', 'left', 'left', 'left', 'left', 'right', 'left', 'left'] as const)[i],
        })),
        rows: paymentRows(input.rows),
        fontSize: 12,
      },
      {
        kind: 'paragraph',
        text: [
          { text: 'Tổng số tiền (bằng chữ): ', bold: true },
          { text: `${moneyInWords(total)}.`, italic: true },
        ],
        indent: false,
      },
    ],
    recipients: [],
    signatures: [
      { lines: [input.preparer.title ?? 'NGƯỜI LẬP BIỂU'], note: SIGNATURE_NOTE, name: input.preparer.name },
      { lines: [input.accountant.title ?? 'KẾ TOÁN'], note: SIGNATURE_NOTE, name: input.accountant.name },
      { lines: input.head.lines ?? ['THỦ TRƯỞNG ĐƠN VỊ'], note: SIGNATURE_NOTE_SEAL, name: input.head.name },
    ],
    meta: { title: `${input.title ?? 'Danh sách chi tiền thưởng'} ${input.subject}` },
  };
}

export const buildPaymentListDocx = async (input: PaymentListInput): Promise<Buffer> =>
  buildNd30Docx(paymentListDocument(input));
export const buildPaymentListPdf = async (input: PaymentListInput): Promise<Uint8Array> =>
  buildNd30Pdf(paymentListDocument(input));
