// The petition register as an Excel workbook (sổ theo dõi tiếp nhận, xử lý đơn thư) and the
// answer to a petition as a Nghị định 30/2020 document (DOCX).
import { buildNd30Docx, type Nd30Document, upperVN } from '../../documents/nd30/index.js';
import { buildWorkbook, type SheetColumn } from '../../documents/xlsx.js';
import { formatDateVN } from '../../domain/vi-text/index.js';

export interface RegisterRow {
  trackingCode: string;
  receivedOn: string;
  channelLabel: string;
  senderName: string | null;
  anonymous: boolean;
  kindLabel: string;
  title: string;
  subjectName: string | null;
  orgName: string;
  statusLabel: string;
  acceptedOn: string | null;
  dueDate: string;
  deadlineLabel: string;
  closedOn: string | null;
  answerNo: string | null;
  answer: string | null;
  assigneeName: string | null;
}

const d = (iso: string | null) => (iso ? formatDateVN(iso) : '');

const COLUMNS: SheetColumn<RegisterRow>[] = [
  { header: 'Mã đơn', width: 15, value: (r) => r.trackingCode },
  { header: 'Ngày nhận', width: 12, value: (r) => d(r.receivedOn) },
  { header: 'Hình thức tiếp nhận', width: 20, value: (r) => r.channelLabel },
  {
    header: 'Người gửi',
    width: 24,
    value: (r) => (r.anonymous ? `${r.senderName ?? ''} (không rõ họ tên, địa chỉ)`.trim() : r.senderName),
  },
  { header: 'Loại đơn', width: 12, value: (r) => r.kindLabel },
  { header: 'Tóm tắt nội dung', width: 40, value: (r) => r.title },
  { header: 'Đối tượng bị phản ánh', width: 30, value: (r) => r.subjectName },
  { header: 'Cơ quan tiếp nhận', width: 24, value: (r) => r.orgName },
  { header: 'Người xử lý', width: 20, value: (r) => r.assigneeName },
  { header: 'Trạng thái', width: 22, value: (r) => r.statusLabel },
  { header: 'Ngày thụ lý', width: 12, value: (r) => d(r.acceptedOn) },
  { header: 'Hạn theo luật', width: 12, value: (r) => d(r.dueDate) },
  { header: 'Tình trạng hạn', width: 22, value: (r) => r.deadlineLabel },
  { header: 'Ngày kết thúc', width: 12, value: (r) => d(r.closedOn) },
  { header: 'Văn bản trả lời', width: 16, value: (r) => r.answerNo },
  { header: 'Kết quả giải quyết', width: 40, value: (r) => r.answer },
];

export function petitionRegisterXlsx(rows: readonly RegisterRow[], note: string) {
  return buildWorkbook('Sổ theo dõi đơn thư', COLUMNS, rows, note);
}

export interface AnswerDocInput {
  org: { name: string; type: string; parentName: string | null };
  trackingCode: string;
  kindLabel: string;
  title: string;
  senderName: string | null;
  senderAddress: string | null;
  receivedOn: string;
  acceptedOn: string | null;
  answerNo: string | null;
  answer: string;
  closedOn: string;
}

const COMMUNE = ['commune', 'ward', 'special_zone'];

/** The written answer (văn bản trả lời) to a petition, as an NĐ 30/2020 administrative letter (công văn). */
export function answerDocument(a: AnswerDocInput): Nd30Document {
  const commune = COMMUNE.includes(a.org.type);
  const kind = a.kindLabel.toLowerCase();
  const sender = a.senderName ?? 'người gửi đơn';
  return {
    issuer: commune
      ? { name: ['ỦY BAN NHÂN DÂN', upperVN(a.org.name)] }
      : { superior: a.org.parentName ? [upperVN(a.org.parentName)] : undefined, name: [upperVN(a.org.name)] },
    number: {
      value: a.answerNo?.split('/')[0] ?? null,
      symbol: a.answerNo?.includes('/') ? a.answerNo.split('/').slice(1).join('/') : commune ? 'UBND-VHXH' : 'TĐKT',
    },
    place: a.org.name.replace(/^(Phường|Xã|Đặc khu)\s+/u, ''),
    date: a.closedOn,
    regarding: `V/v trả lời ${kind} của ${sender}`,
    recipients: [sender + (a.senderAddress ? ` (${a.senderAddress})` : '')],
    body: [
      {
        kind: 'paragraph',
        text: `Kính gửi: ${sender}${a.senderAddress ? `, địa chỉ: ${a.senderAddress}` : ''}.`,
        indent: false,
      },
      {
        kind: 'paragraph',
        text: `Ngày ${formatDateVN(a.receivedOn)}, ${a.org.name} nhận được đơn ${kind} (mã ${a.trackingCode}) với nội dung: ${a.title}.${a.acceptedOn ? ` Đơn được thụ lý ngày ${formatDateVN(a.acceptedOn)}.` : ''}`,
      },
      { kind: 'paragraph', text: 'Sau khi xem xét, kiểm tra nội dung đơn, trả lời như sau:' },
      ...a.answer
        .split(/\n+/)
        .map((t) => t.trim())
        .filter(Boolean)
        .map((text) => ({ kind: 'paragraph' as const, text })),
      { kind: 'paragraph', text: `${a.org.name} thông báo để ${sender} biết./.` },
    ],
    signature: { lines: commune ? ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'] : ['THỦ TRƯỞNG CƠ QUAN'], name: '' },
    meta: { title: `Trả lời ${kind} mã ${a.trackingCode}` },
  };
}

export const answerDocx = (a: AnswerDocInput) => buildNd30Docx(answerDocument(a));
