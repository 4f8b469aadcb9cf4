// The fund ledger (sổ quỹ thi đua, khen thưởng) of a year as Excel and DOCX: the body, the year,
// the balance brought forward, one line per entry (date, document, content, thu, chi, tồn), the
// totals, the balance carried forward, and the signature blocks of the preparer and the head.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import { formatDateVN, formatNumberVN } from '../../domain/vi-text/index.js';
import { FONT, mm, PAGE } from '../../documents/nd30/layout.js';
import type { FundLedgerOut } from './schema.js';

const HEADERS = ['STT', 'Ngày ghi sổ', 'Chứng từ, văn bản', 'Nội dung', 'Thu (đ)', 'Chi (đ)', 'Tồn (đ)'];

/** The ledger as rows of cells, shared by both formats. */
export function ledgerTable(l: FundLedgerOut): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [[null, null, null, 'Số dư đầu kỳ (01/01)', null, null, l.opening]];
  l.lines.forEach((x, i) => {
    const text = x.reversesId ? `${x.description}. Lý do: ${x.reason ?? ''}` : x.description;
    rows.push([
      i + 1,
      formatDateVN(x.entryDate),
      x.sourceDocument ?? '',
      x.direction === 'opening' ? `${text} (số dư chuyển sang)` : text,
      x.thu || null,
      x.chi || null,
      x.balance,
    ]);
  });
  rows.push([null, null, null, 'Cộng phát sinh trong năm', l.totalThu, l.totalChi, null]);
  rows.push([null, null, null, 'Số dư cuối kỳ (31/12)', null, null, l.closing]);
  return rows;
}

export const ledgerTitle = (l: FundLedgerOut) => `SỔ QUỸ THI ĐUA, KHEN THƯỞNG NĂM ${l.year}`;

const money = (v: string | number | null) => (typeof v === 'number' ? formatNumberVN(v) : (v ?? ''));

export async function buildLedgerXlsx(l: FundLedgerOut): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Nền tảng thi đua, khen thưởng';
  const ws = wb.addWorksheet(`Sổ quỹ ${l.year}`, {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: FONT, size: 12, ...extra });
  ws.columns = [6, 13, 26, 60, 16, 16, 16].map((width) => ({ width }));
  const line = (r: number, text: string, f: Partial<ExcelJS.Font>, horizontal: 'left' | 'center' = 'center') => {
    ws.mergeCells(r, 1, r, 7);
    const c = ws.getCell(r, 1);
    c.value = text;
    c.font = f;
    c.alignment = { horizontal, vertical: 'middle', wrapText: true };
  };
  line(1, l.org.name.toUpperCase(), font({ bold: true }), 'left');
  line(3, ledgerTitle(l), font({ bold: true, size: 14 }));
  line(4, '(Đơn vị tính: đồng)', font({ italic: true }));
  const border: Partial<ExcelJS.Borders> = {
    top: { style: 'thin' },
    bottom: { style: 'thin' },
    left: { style: 'thin' },
    right: { style: 'thin' },
  };
  let r = 6;
  HEADERS.forEach((h, i) => {
    const c = ws.getCell(r, i + 1);
    c.value = h;
    c.font = font({ bold: true, size: 11 });
    c.border = border;
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  r++;
  const rows = ledgerTable(l);
  rows.forEach((cells, k) => {
    const summary = cells[0] === null;
    cells.forEach((v, i) => {
      const c = ws.getCell(r, i + 1);
      c.value = v;
      c.border = border;
      c.font = font({ size: 11, bold: summary && k > 0 });
      if (i >= 4) c.numFmt = '#,##0;-#,##0';
      c.alignment = { horizontal: i >= 4 ? 'right' : i === 3 ? 'left' : 'center', vertical: 'middle', wrapText: true };
    });
    r++;
  });
  r += 1;
  ws.mergeCells(r, 1, r, 3);
  ws.getCell(r, 1).value = 'NGƯỜI LẬP SỔ';
  ws.getCell(r, 1).font = font({ bold: true });
  ws.getCell(r, 1).alignment = { horizontal: 'center' };
  ws.mergeCells(r, 5, r, 7);
  ws.getCell(r, 5).value = 'THỦ TRƯỞNG ĐƠN VỊ';
  ws.getCell(r, 5).font = font({ bold: true });
  ws.getCell(r, 5).alignment = { horizontal: 'center' };
  r++;
  ws.mergeCells(r, 1, r, 3);
  ws.getCell(r, 1).value = '(Ký, họ tên)';
  ws.getCell(r, 1).font = font({ italic: true });
  ws.getCell(r, 1).alignment = { horizontal: 'center' };
  ws.mergeCells(r, 5, r, 7);
  ws.getCell(r, 5).value = '(Ký, họ tên, đóng dấu)';
  ws.getCell(r, 5).font = font({ italic: true });
  ws.getCell(r, 5).alignment = { horizontal: 'center' };
  // Excel's number format shows thousands with the workbook's locale; Vietnamese Excel prints dots.
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text, font: FONT, size: (o.size ?? 12) * 2, bold: o.bold, italics: o.italics });

const para = (
  text: string,
  o: { bold?: boolean; italics?: boolean; size?: number; align?: 'left' | 'center' | 'right' } = {},
) =>
  new Paragraph({
    alignment:
      o.align === 'center' ? AlignmentType.CENTER : o.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    children: [run(text, o)],
  });

export async function buildLedgerDocx(l: FundLedgerOut): Promise<Buffer> {
  const widths = [mm(10), mm(22), mm(38), mm(95), mm(28), mm(28), mm(30)];
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const cell = (text: string, i: number, o: { bold?: boolean } = {}) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      borders,
      verticalAlign: VerticalAlign.CENTER,
      children: [para(text, { size: 11, bold: o.bold, align: i >= 4 ? 'right' : i === 3 ? 'left' : 'center' })],
    });
  const header = new TableRow({
    tableHeader: true,
    children: HEADERS.map(
      (h, i) =>
        new TableCell({
          width: { size: widths[i], type: WidthType.DXA },
          borders,
          verticalAlign: VerticalAlign.CENTER,
          children: [para(h, { size: 11, bold: true, align: 'center' })],
        }),
    ),
  });
  const body = ledgerTable(l).map(
    (cells, k) =>
      new TableRow({ children: cells.map((v, i) => cell(String(money(v)), i, { bold: cells[0] === null && k > 0 })) }),
  );
  const table = new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [header, ...body],
  });
  const noBorder = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const none = { top: noBorder, bottom: noBorder, left: noBorder, right: noBorder };
  const sign = new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    rows: [
      new TableRow({
        children: [
          ['NGƯỜI LẬP SỔ', '(Ký, họ tên)'],
          ['THỦ TRƯỞNG ĐƠN VỊ', '(Ký, họ tên, đóng dấu)'],
        ].map(
          ([t, n]) =>
            new TableCell({
              borders: none,
              children: [para(t, { bold: true, align: 'center' }), para(n, { italics: true, align: 'center' })],
            }),
        ),
      }),
    ],
  });
  const doc = new Document({
    creator: 'Nền tảng thi đua, khen thưởng',
    title: ledgerTitle(l),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
            margin: { top: mm(20), bottom: mm(20), left: mm(25), right: mm(15) },
          },
        },
        children: [
          para(l.org.name.toUpperCase(), { bold: true }),
          para(''),
          para(ledgerTitle(l), { bold: true, size: 14, align: 'center' }),
          para('(Đơn vị tính: đồng)', { italics: true, align: 'center' }),
          para(''),
          table,
          para(''),
          sign,
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
