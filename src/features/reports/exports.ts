// The statistical forms as files in the form's layout (TT 02/2023/TT-BNV, Phụ lục): form number,
// issuing circular and receipt date at the top left; reporting and receiving units at the top
// right; the title and period; the table with columns A, B, (C) and the numbered columns; the
// signature blocks of the preparer (Người lập biểu) and the head of the unit (Thủ trưởng đơn vị).
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
import { FONT, mm, PAGE } from '../../documents/nd30/layout.js';
import type { StatisticalForm } from './schema.js';

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const prefix = (depth: number, code: string | null, label: string) =>
  code === null || depth === 0 || label.startsWith('Trong đó') ? '' : depth === 1 ? '- ' : '+ ';

/** Lines of text around the table, shared by both formats. */
export function formTexts(f: StatisticalForm) {
  return {
    left: [`Biểu số: ${f.form}`, f.circular, `Ngày nhận báo cáo: ngày ${dmy(f.receiptDate)}`],
    right: [`Đơn vị báo cáo: ${f.reportingUnit.name}`, `Đơn vị nhận báo cáo: ${f.receivingUnit}`],
    title: f.title,
    period: `Năm ${f.period.year} (kỳ báo cáo từ ngày ${dmy(f.period.from)} đến ngày ${dmy(f.period.to)})`,
    placeDate: '……, ngày …… tháng …… năm ……',
    signatures: [
      { title: 'NGƯỜI LẬP BIỂU', note: '(Ký, họ tên)' },
      { title: 'THỦ TRƯỞNG ĐƠN VỊ', note: '(Ký, họ tên, đóng dấu)' },
    ],
  };
}

/** The cells of a body line: label, mã số, (unit), one value per numbered column (blank on headings). */
function bodyCells(f: StatisticalForm, line: StatisticalForm['lines'][number]): (string | number)[] {
  const row = line.code ? f.rows.find((r) => r.code === line.code) : undefined;
  const cells: (string | number)[] = [`${prefix(line.depth, line.code, line.label)}${line.label}`, line.code ?? ''];
  if (f.hasUnitColumn) cells.push(line.unit ?? '');
  for (let i = 0; i < f.columns.length; i++) cells.push(row ? row.values[i] : '');
  return cells;
}

const lettersRow = (f: StatisticalForm) => [
  ...(f.hasUnitColumn ? ['A', 'B', 'C'] : ['A', 'B']),
  ...f.columns.map((c) => c.numbering),
];

// ---------------------------------------------------------------------------------------------
// Excel

export async function buildStatisticsXlsx(f: StatisticalForm): Promise<Buffer> {
  const t = formTexts(f);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Nền tảng thi đua, khen thưởng';
  const ws = wb.addWorksheet(`Biểu ${f.code}`, {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const fixed = f.hasUnitColumn ? 3 : 2;
  const width = fixed + f.columns.length;
  const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: FONT, size: 12, ...extra });
  const half = Math.max(fixed, Math.floor(width / 2));
  let r = 1;
  const put = (
    row: number,
    c1: number,
    c2: number,
    text: string,
    f2: Partial<ExcelJS.Font>,
    horizontal: 'left' | 'center' | 'right' = 'left',
  ) => {
    if (c2 > c1) ws.mergeCells(row, c1, row, c2);
    const cell = ws.getCell(row, c1);
    cell.value = text;
    cell.font = f2;
    cell.alignment = { horizontal, vertical: 'middle', wrapText: true };
  };
  for (let i = 0; i < Math.max(t.left.length, t.right.length); i++, r++) {
    if (t.left[i]) put(r, 1, half, t.left[i], font(i === 0 ? { bold: true } : { italic: i === 1 }));
    if (t.right[i]) put(r, half + 1, width, t.right[i], font(), 'left');
  }
  r++;
  put(r++, 1, width, t.title, font({ bold: true, size: 14 }), 'center');
  put(r++, 1, width, t.period, font({ italic: true }), 'center');
  if (f.unitNote) put(r++, 1, width, f.unitNote, font({ italic: true }), 'right');
  r++;

  // Header: a column without a group spans both header rows; a group spans its columns.
  const h1 = r;
  const h2 = r + 1;
  const border: Partial<ExcelJS.Borders> = {
    top: { style: 'thin' },
    bottom: { style: 'thin' },
    left: { style: 'thin' },
    right: { style: 'thin' },
  };
  const head = (r1: number, c1: number, r2: number, c2: number, text: string) => {
    if (r2 > r1 || c2 > c1) ws.mergeCells(r1, c1, r2, c2);
    const cell = ws.getCell(r1, c1);
    cell.value = text;
    cell.font = font({ bold: true, size: 11 });
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    for (let rr = r1; rr <= r2; rr++) for (let cc = c1; cc <= c2; cc++) ws.getCell(rr, cc).border = border;
  };
  head(h1, 1, h2, 1, '');
  head(h1, 2, h2, 2, 'Mã số');
  if (f.hasUnitColumn) head(h1, 3, h2, 3, 'Đơn vị tính');
  for (let i = 0; i < f.columns.length; ) {
    const c = f.columns[i];
    const col = fixed + 1 + i;
    if (!c.group) {
      head(h1, col, h2, col, c.label);
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < f.columns.length && f.columns[j + 1].group === c.group) j++;
    head(h1, col, h1, fixed + 1 + j, c.group);
    for (let k = i; k <= j; k++) head(h2, fixed + 1 + k, h2, fixed + 1 + k, f.columns[k].label);
    i = j + 1;
  }
  r = h2 + 1;
  lettersRow(f).forEach((text, i) => head(r, i + 1, r, i + 1, text));
  r++;
  for (const line of f.lines) {
    const cells = bodyCells(f, line);
    cells.forEach((v, i) => {
      const cell = ws.getCell(r, i + 1);
      cell.value = v === '' ? null : v;
      cell.border = border;
      cell.font = font({ bold: line.depth === 0 || line.code === null, size: 11 });
      cell.alignment = {
        horizontal: i === 0 ? 'left' : 'center',
        vertical: 'middle',
        wrapText: true,
        indent: i === 0 ? line.depth : 0,
      };
    });
    r++;
  }
  r++;
  put(r++, half + 1, width, t.placeDate, font({ italic: true }), 'center');
  put(r, 1, half, t.signatures[0].title, font({ bold: true }), 'center');
  put(r++, half + 1, width, t.signatures[1].title, font({ bold: true }), 'center');
  put(r, 1, half, t.signatures[0].note, font({ italic: true }), 'center');
  put(r++, half + 1, width, t.signatures[1].note, font({ italic: true }), 'center');

  ws.getColumn(1).width = 48;
  ws.getColumn(2).width = 8;
  if (f.hasUnitColumn) ws.getColumn(3).width = 11;
  for (let i = 0; i < f.columns.length; i++) ws.getColumn(fixed + 1 + i).width = f.columns.length > 5 ? 13 : 20;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// ---------------------------------------------------------------------------------------------
// Word

const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text, font: FONT, size: (o.size ?? 12) * 2, bold: o.bold, italics: o.italics });
const para = (
  text: string,
  o: {
    bold?: boolean;
    italics?: boolean;
    size?: number;
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    indent?: number;
  } = {},
) =>
  new Paragraph({
    alignment: o.align ?? AlignmentType.LEFT,
    spacing: { before: 0, after: 0 },
    indent: o.indent ? { left: o.indent } : undefined,
    children: [run(text, o)],
  });

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE };

/** Landscape A4 text width (margins 20/15/20/20 mm). */
const TEXT_WIDTH = PAGE.height - mm(20) - mm(15);

export async function buildStatisticsDocx(f: StatisticalForm): Promise<Buffer> {
  const t = formTexts(f);
  const half = Math.round(TEXT_WIDTH / 2);
  const top = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, TEXT_WIDTH - half],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: half, type: WidthType.DXA },
            children: t.left.map((s, i) => para(s, { bold: i === 0, italics: i === 1, size: 11 })),
          }),
          new TableCell({
            width: { size: TEXT_WIDTH - half, type: WidthType.DXA },
            children: t.right.map((s) => para(s, { size: 11 })),
          }),
        ],
      }),
    ],
  });

  const fixed = f.hasUnitColumn ? 3 : 2;
  const labelW = mm(f.columns.length > 5 ? 70 : 95);
  const codeW = mm(12);
  const unitW = f.hasUnitColumn ? mm(18) : 0;
  const numW = Math.floor((TEXT_WIDTH - labelW - codeW - unitW) / f.columns.length);
  const widths = [labelW, codeW, ...(f.hasUnitColumn ? [unitW] : []), ...f.columns.map(() => numW)];
  const size = f.columns.length > 5 ? 9 : 11;
  const cell = (
    text: string,
    o: {
      bold?: boolean;
      italics?: boolean;
      span?: number;
      rowSpan?: number;
      width: number;
      align?: 'left' | 'center';
      indent?: number;
    },
  ) =>
    new TableCell({
      width: { size: o.width, type: WidthType.DXA },
      columnSpan: o.span,
      rowSpan: o.rowSpan,
      borders: GRID,
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 60, right: 60, top: 20, bottom: 20 },
      children: [
        para(text, {
          bold: o.bold,
          italics: o.italics,
          size,
          align: o.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
          indent: o.indent,
        }),
      ],
    });

  // Header rows: ungrouped columns span both rows; a group heads its columns.
  const h1: TableCell[] = [
    cell('', { rowSpan: 2, width: labelW }),
    cell('Mã số', { bold: true, rowSpan: 2, width: codeW }),
  ];
  if (f.hasUnitColumn) h1.push(cell('Đơn vị tính', { bold: true, rowSpan: 2, width: unitW }));
  const h2: TableCell[] = [];
  for (let i = 0; i < f.columns.length; ) {
    const c = f.columns[i];
    if (!c.group) {
      h1.push(cell(c.label, { bold: true, rowSpan: 2, width: numW }));
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < f.columns.length && f.columns[j + 1].group === c.group) j++;
    h1.push(cell(c.group, { bold: true, span: j - i + 1, width: numW * (j - i + 1) }));
    for (let k = i; k <= j; k++) h2.push(cell(f.columns[k].label, { bold: true, width: numW }));
    i = j + 1;
  }
  const rows = [new TableRow({ tableHeader: true, children: h1 }), new TableRow({ tableHeader: true, children: h2 })];
  rows.push(
    new TableRow({
      tableHeader: true,
      children: lettersRow(f).map((s, i) => cell(s, { bold: true, width: widths[i] })),
    }),
  );
  for (const line of f.lines) {
    const cells = bodyCells(f, line);
    rows.push(
      new TableRow({
        cantSplit: true,
        children: cells.map((v, i) =>
          cell(String(v), {
            bold: line.depth === 0 || line.code === null,
            width: widths[i],
            align: i === 0 ? 'left' : 'center',
            indent: i === 0 ? line.depth * 140 : undefined,
          }),
        ),
      }),
    );
  }
  const table = new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, rows });
  void fixed;

  const sign = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, TEXT_WIDTH - half],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: half, type: WidthType.DXA },
            children: [
              para(' '),
              para(t.signatures[0].title, { bold: true, align: AlignmentType.CENTER }),
              para(t.signatures[0].note, { italics: true, align: AlignmentType.CENTER }),
            ],
          }),
          new TableCell({
            width: { size: TEXT_WIDTH - half, type: WidthType.DXA },
            children: [
              para(t.placeDate, { italics: true, align: AlignmentType.CENTER }),
              para(t.signatures[1].title, { bold: true, align: AlignmentType.CENTER }),
              para(t.signatures[1].note, { italics: true, align: AlignmentType.CENTER }),
            ],
          }),
        ],
      }),
    ],
  });

  const doc = new Document({
    creator: 'Nền tảng thi đua, khen thưởng',
    title: `Biểu ${f.form}`,
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
            margin: { top: mm(20), bottom: mm(15), left: mm(20), right: mm(15) },
          },
        },
        children: [
          top,
          new Paragraph({
            spacing: { before: 200, after: 0 },
            alignment: AlignmentType.CENTER,
            children: [run(t.title, { bold: true, size: 14 })],
          }),
          para(t.period, { italics: true, align: AlignmentType.CENTER }),
          ...(f.unitNote ? [para(f.unitNote, { italics: true, align: AlignmentType.RIGHT })] : []),
          new Paragraph({ spacing: { before: 80, after: 0 }, children: [] }),
          table,
          new Paragraph({ spacing: { before: 120, after: 0 }, children: [] }),
          sign,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
