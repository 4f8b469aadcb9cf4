// Spreadsheet helpers over exceljs: one styled sheet from columns and rows (every list's export),
// and reading a sheet back as text cells keyed by header (imports).
import ExcelJS from 'exceljs';
import { searchKey } from '../domain/vi-text/index.js';

export interface SheetColumn<T> {
  header: string;
  width?: number;
  value: (row: T) => string | number | boolean | null | undefined;
}

export async function buildWorkbook<T>(title: string, columns: SheetColumn<T>[], rows: Iterable<T>, note?: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Nền tảng thi đua, khen thưởng';
  const ws = wb.addWorksheet(title.slice(0, 31));
  let r = 1;
  ws.getCell(r, 1).value = title.toUpperCase();
  ws.getCell(r, 1).font = { bold: true, size: 13, name: 'Times New Roman' };
  r++;
  if (note) {
    ws.getCell(r, 1).value = note;
    ws.getCell(r, 1).font = { italic: true, name: 'Times New Roman' };
    r++;
  }
  r++;
  const headerRow = ws.getRow(r);
  headerRow.values = ['STT', ...columns.map((c) => c.header)];
  headerRow.font = { bold: true, name: 'Times New Roman' };
  headerRow.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  headerRow.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  });
  ws.getColumn(1).width = 6;
  columns.forEach((c, i) => (ws.getColumn(i + 2).width = c.width ?? 20));
  let n = 0;
  for (const row of rows) {
    n++;
    const excelRow = ws.addRow([n, ...columns.map((c) => c.value(row) ?? '')]);
    excelRow.font = { name: 'Times New Roman' };
  }
  ws.views = [{ state: 'frozen', ySplit: r }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface ReadRow {
  /** Spreadsheet row number (1-based), as the user sees it. */
  row: number;
  cells: Record<string, string>;
}

export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

/**
 * Reads the first sheet: finds the header row (the first row containing every required header,
 * compared without diacritics or case), then returns data rows keyed by column key.
 */
export async function readSheet(
  buffer: Buffer | ArrayBuffer,
  headers: { key: string; header: string; required: boolean }[],
): Promise<{ rows: ReadRow[]; missing: string[]; columnLetter: Record<string, string> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) return { rows: [], missing: headers.filter((h) => h.required).map((h) => h.header), columnLetter: {} };
  const want = new Map(headers.map((h) => [searchKey(h.header.replace(/\*$/, '')), h.key]));
  let headerRowNo = 0;
  let colOf: Record<string, number> = {};
  for (let r = 1; r <= Math.min(ws.rowCount, 20) && !headerRowNo; r++) {
    const found: Record<string, number> = {};
    ws.getRow(r).eachCell((cell, col) => {
      const key = want.get(searchKey(cellText(cell.value).replace(/\*$/, '')));
      if (key) found[key] = col;
    });
    if (headers.filter((h) => h.required).every((h) => found[h.key])) {
      headerRowNo = r;
      colOf = found;
    }
  }
  if (!headerRowNo) return { rows: [], missing: headers.filter((h) => h.required).map((h) => h.header), columnLetter: {} };
  const columnLetter = Object.fromEntries(Object.entries(colOf).map(([k, c]) => [k, ws.getColumn(c).letter]));
  const rows: ReadRow[] = [];
  for (let r = headerRowNo + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: Record<string, string> = {};
    let any = false;
    for (const [key, col] of Object.entries(colOf)) {
      const v = cellText(row.getCell(col).value).normalize('NFC').trim();
      cells[key] = v;
      if (v) any = true;
    }
    if (any) rows.push({ row: r, cells });
  }
  return { rows, missing: [], columnLetter };
}
