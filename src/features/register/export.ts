// The commendation register as an Excel workbook: a title, the filters applied, then one row per
// award record. Written with exceljs's streaming writer, batch by batch, so the rows are never all
// held as objects at once.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { formatDateVN, isoDateInVietnam } from '../../domain/vi-text/index.js';
import { now } from '../../server/clock.js';
import type { RegisterEntry } from './schema.js';

const FONT = { name: 'Times New Roman', size: 12 };
const BORDER = {
  top: { style: 'thin' as const },
  bottom: { style: 'thin' as const },
  left: { style: 'thin' as const },
  right: { style: 'thin' as const },
};

const COLUMNS: { header: string; width: number; value: (e: RegisterEntry) => string }[] = [
  { header: 'Họ tên / tập thể', width: 30, value: (e) => e.recipientName },
  { header: 'Đơn vị', width: 30, value: (e) => e.unitName ?? '' },
  { header: 'Danh hiệu / hình thức khen thưởng', width: 32, value: (e) => e.awardName },
  { header: 'Năm / kỳ', width: 11, value: (e) => e.period },
  { header: 'Số quyết định', width: 18, value: (e) => e.decisionNo ?? '' },
  { header: 'Ngày', width: 12, value: (e) => (e.decisionDate ? formatDateVN(e.decisionDate) : '') },
  { header: 'Cấp quyết định', width: 22, value: (e) => [e.levelName, e.issuer].filter(Boolean).join(' — ') },
  {
    header: 'Ghi chú',
    width: 22,
    value: (e) => (e.revokedOn ? `Đã thu hồi ngày ${formatDateVN(e.revokedOn)}` : ''),
  },
];

export async function buildRegisterXlsx(
  filters: string[],
  total: number,
  batches: AsyncIterable<RegisterEntry[]>,
): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'Nền tảng thi đua, khen thưởng';
  const ws = wb.addWorksheet('Sổ khen thưởng', {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const width = COLUMNS.length + 1;
  ws.columns = [{ width: 6 }, ...COLUMNS.map((c) => ({ width: c.width }))];

  const line = (text: string, font: Partial<ExcelJS.Font>) => {
    const row = ws.addRow([text]);
    ws.mergeCells(row.number, 1, row.number, width);
    row.getCell(1).font = { ...FONT, ...font };
    row.getCell(1).alignment = { horizontal: 'center', wrapText: true };
    row.commit();
  };
  line('SỔ THEO DÕI KHEN THƯỞNG', { bold: true, size: 14 });
  line(filters.length ? filters.join('; ') : 'Tất cả các quyết định khen thưởng được xem', { italic: true });
  line(`Số bản ghi: ${total.toLocaleString('vi-VN')} — Ngày lập: ${formatDateVN(isoDateInVietnam(now()))}`, {
    italic: true,
  });
  ws.addRow([]).commit();

  const header = ws.addRow(['STT', ...COLUMNS.map((c) => c.header)]);
  header.eachCell((cell) => {
    cell.font = { ...FONT, bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = BORDER;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  });
  header.commit();

  let n = 0;
  for await (const batch of batches) {
    for (const e of batch) {
      n++;
      const row = ws.addRow([n, ...COLUMNS.map((c) => c.value(e))]);
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cell.font = FONT;
        cell.border = BORDER;
        cell.alignment = { vertical: 'top', wrapText: true, horizontal: col === 1 ? 'center' : 'left' };
      });
      row.commit();
    }
  }
  ws.commit();
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}
