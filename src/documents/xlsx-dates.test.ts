// Date cells in imports: Excel stores a date as a day number (serial) in one of two date systems;
// every date column must read it, typed text and all, as the day the user sees in Excel.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { verifyZip, XLSX_LIMITS } from './safe-zip.js';
import { dateCellText, excelSerialToIso, readSheet } from './xlsx.js';

describe('excelSerialToIso (1900 date system)', () => {
  it('reads the first days, the last real day of February 1900 and the days after the phantom 29/02/1900', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(60)).toBeNull(); // 29/02/1900 never existed
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(28917)).toBe('1979-03-03');
    expect(excelSerialToIso(45658)).toBe('2025-01-01');
  });
  it('drops the time of day and refuses what is no date', () => {
    expect(excelSerialToIso(28917.99)).toBe('1979-03-03');
    expect(excelSerialToIso(0)).toBeNull();
    expect(excelSerialToIso(-5)).toBeNull();
    expect(excelSerialToIso(Number.NaN)).toBeNull();
    expect(excelSerialToIso(1e12)).toBeNull();
  });
});

describe('excelSerialToIso (1904 date system)', () => {
  it('counts from 01/01/1904 with no phantom day', () => {
    expect(excelSerialToIso(0, true)).toBe('1904-01-01');
    expect(excelSerialToIso(60, true)).toBe('1904-03-01');
    expect(excelSerialToIso(28917 - 1462, true)).toBe('1979-03-03');
    expect(excelSerialToIso(-1, true)).toBeNull();
  });
});

describe('dateCellText', () => {
  it('turns a number (a date cell without a date format) into dd/mm/yyyy', () => {
    expect(dateCellText(28917)).toBe('03/03/1979');
    expect(dateCellText(28917 - 1462, true)).toBe('03/03/1979');
  });
  it('reads a Date from exceljs as the day Excel shows, also before 01/03/1900', () => {
    // exceljs turns serial s into the instant (s - 25569) days after 1970-01-01.
    const fromExceljs = (s: number, date1904 = false) =>
      new Date(Math.round((s - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
    expect(dateCellText(fromExceljs(28917))).toBe('03/03/1979');
    expect(dateCellText(fromExceljs(59))).toBe('28/02/1900');
    expect(dateCellText(fromExceljs(61))).toBe('01/03/1900');
    expect(dateCellText(fromExceljs(60))).toBe('');
    expect(dateCellText(fromExceljs(0, true), true)).toBe('01/01/1904');
  });
  it('keeps typed text as it is, and a bare year as a number the row is refused for', () => {
    expect(dateCellText('12/05/1988')).toBe('12/05/1988');
    expect(dateCellText({ richText: [{ text: '01/07/2025' }] } as ExcelJS.CellValue)).toBe('01/07/2025');
    expect(dateCellText(1988)).toBe('1988');
    expect(dateCellText(null)).toBe('');
  });
  it('reads a formula by its result', () => {
    expect(dateCellText({ formula: 'DATE(1979,3,3)', result: 28917 } as ExcelJS.CellValue)).toBe('03/03/1979');
  });
});

async function sheetOf(values: ExcelJS.CellValue[], date1904: boolean, numFmt?: string) {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  const ws = wb.addWorksheet('Cá nhân');
  ws.addRow(['Họ và tên', 'Ngày sinh']);
  for (const v of values) {
    const row = ws.addRow(['A', v]);
    if (numFmt) row.getCell(2).numFmt = numFmt;
  }
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const entries = await verifyZip(bytes, XLSX_LIMITS);
  const sheet = await readSheet(
    bytes,
    entries,
    [
      { key: 'name', header: 'Họ và tên', required: true },
      { key: 'birthDate', header: 'Ngày sinh', required: false, date: true },
    ],
    100,
  );
  return sheet.rows.map((r) => r.cells.birthDate);
}

describe('readSheet date columns', () => {
  it('reads date cells, serial numbers and typed text in a 1900 workbook', async () => {
    expect(await sheetOf([new Date(Date.UTC(1979, 2, 3)), 28917, '12/05/1988'], false)).toEqual([
      '03/03/1979',
      '03/03/1979',
      '12/05/1988',
    ]);
  });
  it('reads date cells and serials by the 1904 system when the workbook says so', async () => {
    expect(await sheetOf([new Date(Date.UTC(1979, 2, 3)), 28917 - 1462], true)).toEqual(['03/03/1979', '03/03/1979']);
  });
  it('reads a serial under a date format the same way', async () => {
    expect(await sheetOf([28917], false, 'dd/mm/yyyy')).toEqual(['03/03/1979']);
  });
});
