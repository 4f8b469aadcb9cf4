// Papers of a training course: the attendance list (danh sách học viên, with signatures) as Excel
// or as a DOCX in the Nghị định 30 layout, and the certificate of attendance (giấy chứng nhận).
import ExcelJS from 'exceljs';
import type { Nd30Document, Nd30Issuer } from '../../documents/nd30/types.js';
import { formatDateVN } from '../../domain/vi-text/index.js';

export interface ListInput {
  issuer: Nd30Issuer;
  place: string;
  title: string;
  fromDate: string;
  toDate: string;
  venue: string | null;
  rows: readonly { fullName: string; unitName: string | null; position: string | null; attended: boolean | null }[];
}

const mark = (a: boolean | null) => (a === true ? 'Có mặt' : a === false ? 'Vắng' : '');
const period = (from: string, to: string) =>
  from === to ? `ngày ${formatDateVN(from)}` : `từ ngày ${formatDateVN(from)} đến ngày ${formatDateVN(to)}`;

export async function attendanceXlsx(i: ListInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Nền tảng thi đua, khen thưởng';
  const ws = wb.addWorksheet('Danh sách học viên', {
    pageSetup: { orientation: 'portrait', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [{ width: 6 }, { width: 28 }, { width: 34 }, { width: 24 }, { width: 12 }, { width: 16 }];
  const font = { name: 'Times New Roman', size: 12 };
  const title = (text: string, extra: Partial<ExcelJS.Font>) => {
    const row = ws.addRow([text]);
    ws.mergeCells(row.number, 1, row.number, 6);
    row.getCell(1).font = { ...font, ...extra };
    row.getCell(1).alignment = { horizontal: 'center', wrapText: true };
  };
  title('DANH SÁCH HỌC VIÊN', { bold: true, size: 14 });
  title(i.title, { bold: true });
  title(`${period(i.fromDate, i.toDate)}${i.venue ? ` — ${i.venue}` : ''}`, { italic: true });
  ws.addRow([]);
  const header = ws.addRow(['STT', 'Họ và tên', 'Đơn vị', 'Chức vụ', 'Điểm danh', 'Ký tên']);
  const border = {
    top: { style: 'thin' as const },
    bottom: { style: 'thin' as const },
    left: { style: 'thin' as const },
    right: { style: 'thin' as const },
  };
  header.eachCell((c) => {
    c.font = { ...font, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = border;
  });
  i.rows.forEach((r, n) => {
    const row = ws.addRow([n + 1, r.fullName, r.unitName ?? '', r.position ?? '', mark(r.attended), '']);
    row.height = 24;
    row.eachCell({ includeEmpty: true }, (c, col) => {
      c.font = font;
      c.border = border;
      c.alignment = { vertical: 'middle', wrapText: true, horizontal: col === 1 || col === 5 ? 'center' : 'left' };
    });
  });
  const present = i.rows.filter((r) => r.attended === true).length;
  ws.addRow([]);
  ws.addRow([`Tổng số: ${i.rows.length} học viên; có mặt: ${present}.`]).getCell(1).font = { ...font, italic: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function attendanceDocument(i: ListInput): Nd30Document {
  const present = i.rows.filter((r) => r.attended === true).length;
  return {
    issuer: i.issuer,
    place: i.place,
    date: i.toDate,
    type: 'DANH SÁCH',
    subject: ['Học viên tham dự lớp tập huấn', i.title],
    body: [
      {
        kind: 'paragraph',
        text: `Thời gian: ${period(i.fromDate, i.toDate)}${i.venue ? `. Địa điểm: ${i.venue}` : ''}.`,
      },
      {
        kind: 'table',
        fontSize: 12,
        columns: [
          { header: 'STT', width: 6, align: 'center' },
          { header: 'Họ và tên', width: 24 },
          { header: 'Đơn vị', width: 30 },
          { header: 'Chức vụ', width: 16 },
          { header: 'Điểm danh', width: 11, align: 'center' },
          { header: 'Ký tên', width: 13 },
        ],
        rows: i.rows.map((r, n) => ({
          cells: [String(n + 1), r.fullName, r.unitName ?? '', r.position ?? '', mark(r.attended), ''],
        })),
      },
      { kind: 'paragraph', text: `Tổng số: ${i.rows.length} học viên; có mặt: ${present}.`, italic: true },
    ],
    recipients: [],
    signatures: [
      { lines: ['NGƯỜI LẬP DANH SÁCH'], name: '' },
      { lines: ['THỦ TRƯỞNG ĐƠN VỊ'], name: '' },
    ],
    meta: { title: `Danh sách học viên — ${i.title}` },
  };
}

export interface CertificateInput {
  issuer: Nd30Issuer;
  /** The organiser's name in capitals for the certifying line ('ỦY BAN NHÂN DÂN TỈNH …'). */
  certifier: string;
  committee: boolean;
  place: string;
  number: string;
  title: string;
  fromDate: string;
  toDate: string;
  venue: string | null;
  trainers: readonly string[];
  person: { fullName: string; gender: string; unitName: string | null; position: string | null };
}

/** One certificate of attendance (giấy chứng nhận tham gia tập huấn). */
export function certificateDocument(c: CertificateInput): Nd30Document {
  const [value, ...rest] = c.number.split('/');
  const honorific = c.person.gender === 'female' ? 'Bà' : 'Ông';
  return {
    issuer: c.issuer,
    number: { value, symbol: rest.join('/') },
    place: c.place,
    date: c.toDate,
    type: 'GIẤY CHỨNG NHẬN',
    subject: 'Hoàn thành lớp tập huấn nghiệp vụ công tác thi đua, khen thưởng',
    body: [
      { kind: 'paragraph', text: `${c.certifier} CHỨNG NHẬN:`, bold: true, align: 'center', indent: false },
      { kind: 'paragraph', text: [{ text: `${honorific}: ` }, { text: c.person.fullName, bold: true }] },
      ...(c.person.position ? [{ kind: 'paragraph' as const, text: `Chức vụ: ${c.person.position}` }] : []),
      { kind: 'paragraph', text: `Đơn vị công tác: ${c.person.unitName ?? ''}` },
      {
        kind: 'paragraph',
        text: `Đã tham dự đầy đủ lớp tập huấn “${c.title}”, ${period(c.fromDate, c.toDate)}${c.venue ? ` tại ${c.venue}` : ''}.`,
      },
    ],
    recipients: [],
    signature: { lines: c.committee ? ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'] : ['THỦ TRƯỞNG ĐƠN VỊ'], name: '' },
    meta: { title: `Giấy chứng nhận — ${c.person.fullName}` },
  };
}
