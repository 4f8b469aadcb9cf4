import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { buildWorkbook } from '../../documents/xlsx.js';
import { formatDateVN, isoDateInVietnam } from '../../domain/vi-text/index.js';
import type { BulkRow } from './service.js';

export function eligibilityWorkbook(
  r: {
    awardName: string;
    period: string;
    decisionDate: string;
    eligible: BulkRow[];
    judgementOnly: BulkRow[];
    oneShort: BulkRow[];
  },
  now: Date,
) {
  const rows = [
    ...r.eligible.map((x) => ({
      ...x,
      group: x.status === 'conditional' ? 'Đủ điều kiện nếu được tặng danh hiệu cùng đợt' : 'Đủ điều kiện',
    })),
    ...r.judgementOnly.map((x) => ({ ...x, group: 'Chờ Hội đồng đánh giá' })),
    ...r.oneShort.map((x) => ({ ...x, group: 'Còn thiếu một tiêu chí' })),
  ];
  return buildWorkbook(
    `Xét ${r.awardName} ${r.period}`,
    [
      { header: 'Kết quả', width: 22, value: (x) => x.group },
      { header: 'Họ và tên', width: 26, value: (x) => x.fullName },
      { header: 'Chức vụ', width: 22, value: (x) => x.position },
      { header: 'Đơn vị', width: 40, value: (x) => x.orgName },
      { header: 'Tiêu chí còn thiếu', width: 60, value: (x) => x.failed.map((f) => f.message).join('; ') },
      { header: 'Tiêu chí do Hội đồng đánh giá', width: 16, value: (x) => x.judgement },
      { header: 'Tiền thưởng (đồng)', width: 16, value: (x) => x.amount },
      {
        header: 'Điều chỉnh của cán bộ',
        width: 40,
        value: (x) => (x.override ? `${x.override.eligible ? 'Đủ' : 'Không đủ'} điều kiện: ${x.override.reason}` : ''),
      },
    ],
    rows,
    `Ngày quyết định dự kiến ${formatDateVN(r.decisionDate)}; xuất ngày ${formatDateVN(isoDateInVietnam(now))}`,
  );
}

const GROUP_LABEL = {
  eligible: (x: BulkRow) =>
    x.status === 'conditional' ? 'Đủ điều kiện nếu được tặng danh hiệu cùng đợt' : 'Đủ điều kiện',
  judgementOnly: () => 'Chờ Hội đồng đánh giá',
  oneShort: () => 'Còn thiếu một tiêu chí',
} as const;

const FONT = { name: 'Times New Roman' };

/**
 * The same sheet as `eligibilityWorkbook`, written row by row from batches (a province-wide
 * check's hundred thousand rows): the writer streams, and the caller's batches yield between them.
 */
export async function streamEligibilityWorkbook(
  head: { awardName: string; period: string; decisionDate: string },
  batches: AsyncIterable<{ group: keyof typeof GROUP_LABEL; rows: BulkRow[] }>,
  now: Date,
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
  const title = `Xét ${head.awardName} ${head.period}`;
  const ws = wb.addWorksheet(title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 4 }] });
  const columns: [string, number, (x: BulkRow, group: keyof typeof GROUP_LABEL) => string | number | null][] = [
    ['Kết quả', 22, (x, g) => GROUP_LABEL[g](x)],
    ['Họ và tên', 26, (x) => x.fullName],
    ['Chức vụ', 22, (x) => x.position],
    ['Đơn vị', 40, (x) => x.orgName],
    ['Tiêu chí còn thiếu', 60, (x) => x.failed.map((f) => f.message).join('; ')],
    ['Tiêu chí do Hội đồng đánh giá', 16, (x) => x.judgement],
    ['Tiền thưởng (đồng)', 16, (x) => x.amount],
    [
      'Điều chỉnh của cán bộ',
      40,
      (x) => (x.override ? `${x.override.eligible ? 'Đủ' : 'Không đủ'} điều kiện: ${x.override.reason}` : ''),
    ],
  ];
  ws.columns = [{ width: 6 }, ...columns.map(([, width]) => ({ width }))];
  const t = ws.addRow([title.toUpperCase()]);
  t.getCell(1).font = { ...FONT, bold: true, size: 13 };
  t.commit();
  const note = ws.addRow([
    `Ngày quyết định dự kiến ${formatDateVN(head.decisionDate)}; xuất ngày ${formatDateVN(isoDateInVietnam(now))}`,
  ]);
  note.getCell(1).font = { ...FONT, italic: true };
  note.commit();
  ws.addRow([]).commit();
  const header = ws.addRow(['STT', ...columns.map(([h]) => h)]);
  header.eachCell((cell) => {
    cell.font = { ...FONT, bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.border = {
      top: { style: 'thin' },
      bottom: { style: 'thin' },
      left: { style: 'thin' },
      right: { style: 'thin' },
    };
  });
  header.commit();
  let n = 0;
  for await (const batch of batches) {
    for (const x of batch.rows) {
      n++;
      const row = ws.addRow([n, ...columns.map(([, , value]) => value(x, batch.group) ?? '')]);
      row.font = FONT;
      row.commit();
    }
  }
  ws.commit();
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}
