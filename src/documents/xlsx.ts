// Spreadsheet helpers over exceljs: one styled sheet from columns and rows (every list's export),
// and reading a sheet back as text cells keyed by header (imports), streaming.
import { StringDecoder } from 'node:string_decoder';
import { type Readable, Transform } from 'node:stream';
import ExcelJS from 'exceljs';
import { searchKey } from '../domain/vi-text/index.js';
import { verifiedZipStream, type ZipEntry } from './safe-zip.js';

export interface SheetColumn<T> {
  header: string;
  width?: number;
  value: (row: T) => string | number | boolean | null | undefined;
}

export async function buildWorkbook<T>(
  title: string,
  columns: SheetColumn<T>[],
  rows: Iterable<T>,
  note?: string,
): Promise<Buffer> {
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
    cell.border = {
      top: { style: 'thin' },
      bottom: { style: 'thin' },
      left: { style: 'thin' },
      right: { style: 'thin' },
    };
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
 * The calendar date of an Excel date serial, as ISO 'YYYY-MM-DD', or null when the number is no
 * date. In the 1900 system (the default) day 1 is 01/01/1900 and day 60 is the 29/02/1900 that
 * never was (Lotus 1-2-3's leap-year bug, kept by Excel): it is refused, and days from 61 on are
 * one less than a plain count. In the 1904 system (a workbook property) day 0 is 01/01/1904.
 * A time of day (the fraction) is dropped.
 */
export function excelSerialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial)) return null;
  const day = Math.floor(serial);
  let days: number; // days after 31/12/1899 (1900 system) or 01/01/1904 (1904 system)
  if (date1904) {
    if (day < 0) return null;
    days = day + 1461; // 01/01/1904 is 1461 days after 31/12/1899
  } else {
    if (day < 1 || day === 60) return null;
    days = day < 60 ? day : day - 1;
  }
  const ms = Date.UTC(1899, 11, 31) + days * 86_400_000;
  if (ms > Date.UTC(9999, 11, 31)) return null;
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The text of a cell in a date column: a date cell (exceljs gives a Date) or a number (a date cell
 * stored without a date format) becomes dd/mm/yyyy; text is kept as typed. exceljs converts a
 * serial to a Date by a plain day count, wrong before 01/03/1900 in the 1900 system, so the serial
 * is recovered from the Date exactly as exceljs computed it and converted here.
 */
export function dateCellText(value: ExcelJS.CellValue, date1904 = false): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const serial = value.getTime() / 86_400_000 + 25569 - (date1904 ? 1462 : 0);
    return toDmy(excelSerialToIso(serial, date1904)) ?? '';
  }
  if (typeof value === 'number') {
    // A bare whole number that reads as a year (1988) is far more likely a year typed in the
    // wrong column than a day of 1905: kept as typed, so the row is refused with the number shown.
    if (Number.isInteger(value) && value >= YEAR_LIKE[0] && value <= YEAR_LIKE[1]) return String(value);
    return toDmy(excelSerialToIso(value, date1904)) ?? String(value);
  }
  if (value && typeof value === 'object' && 'result' in value)
    return dateCellText(value.result as ExcelJS.CellValue, date1904);
  return cellText(value).trim();
}

const YEAR_LIKE = [1800, 2200] as const;

const toDmy = (iso: string | null) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : null);

/**
 * Reads the first sheet of a package already checked by `verifyZip` (src/documents/safe-zip.ts),
 * streaming: the sheet is never held whole, only the rows kept. Finds the header row (the first
 * row, among the first 20, containing every required header, compared without diacritics or
 * case), then returns data rows keyed by column key. Stops reading once more than `maxRows` data
 * rows were found and says so (`tooMany`), so a huge sheet costs no more than the limit.
 */
export async function readSheet(
  bytes: Uint8Array,
  entries: ZipEntry[],
  headers: { key: string; header: string; required: boolean; date?: boolean }[],
  maxRows: number,
): Promise<{ rows: ReadRow[]; missing: string[]; columnLetter: Record<string, string>; tooMany: boolean }> {
  const missing = headers.filter((h) => h.required).map((h) => h.header);
  const want = new Map(headers.map((h) => [searchKey(h.header.replace(/\*$/, '')), h.key]));
  // The workbook, its relationships, styles and shared strings first: exceljs then streams each
  // sheet as it comes (never spooling it to a temporary file), knows the tab order, and does not
  // trip over packages that put the workbook part last.
  const rank = (name: string) => {
    const i = PARTS_FIRST.indexOf(name);
    return i < 0 ? PARTS_FIRST.length : i;
  };
  const dateKeys = new Set(headers.filter((h) => h.date).map((h) => h.key));
  const ordered = [...entries].sort((a, b) => rank(a.name) - rank(b.name));
  const input = verifiedZipStream(bytes, ordered);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  decodeWholeCharacters(reader);
  // The workbook's date system (workbookPr date1904), known once the workbook part is read.
  const date1904 = () =>
    (reader as unknown as { properties?: { model?: { date1904?: boolean } } }).properties?.model?.date1904 === true;
  try {
    for await (const ws of reader) {
      // The first sheet in the workbook's tab order (the workbook part is read first, see above).
      const first = (reader as unknown as { model?: { sheets?: { name: string }[] } }).model?.sheets?.[0]?.name;
      const name = (ws as unknown as { name?: string }).name;
      if (first && name && name !== first) continue;
      let headerRowNo = 0;
      let colOf: Record<string, number> = {};
      const rows: ReadRow[] = [];
      for await (const row of ws) {
        if (!headerRowNo) {
          if (row.number > 20) break;
          const found: Record<string, number> = {};
          row.eachCell((cell, col) => {
            const key = want.get(searchKey(cellText(cell.value).replace(/\*$/, '')));
            if (key) found[key] = col;
          });
          if (headers.filter((h) => h.required).every((h) => found[h.key])) {
            headerRowNo = row.number;
            colOf = found;
          }
          continue;
        }
        const cells: Record<string, string> = {};
        let any = false;
        for (const [key, col] of Object.entries(colOf)) {
          const raw = row.getCell(col).value;
          const v = (dateKeys.has(key) ? dateCellText(raw, date1904()) : cellText(raw)).normalize('NFC').trim();
          cells[key] = v;
          if (v) any = true;
        }
        if (!any) continue;
        if (rows.length >= maxRows) return { rows: [], missing: [], columnLetter: {}, tooMany: true };
        rows.push({ row: row.number, cells });
      }
      if (!headerRowNo) return { rows: [], missing, columnLetter: {}, tooMany: false };
      const columnLetter = Object.fromEntries(Object.entries(colOf).map(([k, c]) => [k, columnName(c)]));
      return { rows, missing: [], columnLetter, tooMany: false };
    }
    return { rows: [], missing, columnLetter: {}, tooMany: false };
  } finally {
    input.destroy();
  }
}

/**
 * exceljs's streaming reader decodes every chunk of a part on its own (lib/utils/parse-sax.js,
 * `bufferToString`), so a letter whose UTF-8 bytes are split between two chunks comes out as
 * replacement characters ("Viên ch��c"). The zip stream hands the parts on in pieces cut on
 * character boundaries (`verifiedZipStream`), but exceljs's unzipper joins and cuts them again as
 * it likes: a 50,001-row sheet of inline strings came back with two broken cells. So the sheet
 * and shared-strings parts are decoded here, with one streaming decoder a part, and exceljs gets
 * text, which it passes through as is. This wraps two internal methods of exceljs 4.4
 * (`_parseWorksheet`, `_parseSharedStrings`); the tests in xlsx-text.test.ts fail if they change.
 */
function decodeWholeCharacters(reader: ExcelJS.stream.xlsx.WorkbookReader) {
  const r = reader as unknown as {
    _parseWorksheet?: (iterator: AsyncIterable<Uint8Array | string>, sheetNo: string) => unknown;
    _parseSharedStrings?: (entry: Readable) => unknown;
  };
  const parseWorksheet = r._parseWorksheet;
  const parseSharedStrings = r._parseSharedStrings;
  if (typeof parseWorksheet !== 'function' || typeof parseSharedStrings !== 'function')
    throw new Error('exceljs: the streaming reader no longer has _parseWorksheet/_parseSharedStrings');
  r._parseWorksheet = function (iterator, sheetNo) {
    return parseWorksheet.call(this, decodedText(iterator), sheetNo);
  };
  r._parseSharedStrings = function (entry) {
    const decoder = new StringDecoder('utf8');
    const text = new Transform({
      readableObjectMode: true,
      transform(chunk: Buffer, _enc, done) {
        const s = decoder.write(chunk);
        done(null, s.length ? s : undefined);
      },
      flush(done) {
        const s = decoder.end();
        done(null, s.length ? s : undefined);
      },
    });
    entry.on('error', (e) => text.destroy(e));
    return parseSharedStrings.call(this, entry.pipe(text));
  };
}

/** Chunks of UTF-8 bytes as text, a character split between two chunks kept whole. */
async function* decodedText(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const c of chunks) {
    const s = typeof c === 'string' ? c : decoder.write(Buffer.from(c.buffer, c.byteOffset, c.byteLength));
    if (s.length) yield s;
  }
  const rest = decoder.end();
  if (rest.length) yield rest;
}

const PARTS_FIRST = ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/styles.xml', 'xl/sharedStrings.xml'];

/** 1 → A, 27 → AA. */
function columnName(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
