// The launch plan of an emulation movement (kế hoạch phát động phong trào thi đua): purpose,
// criteria and targets, who takes part and when, the six-month and final reviews and the awards
// they lead to, and who does what. Plain data in, a Nghị định 30 document model out.
import type { Nd30Block, Nd30Document, Nd30Issuer, Nd30Signature, PendingDate } from '../nd30/types.js';
import { formatDateVN } from '../../domain/vi-text/index.js';

export interface MovementDocumentInput {
  issuer: Nd30Issuer;
  number?: number | null;
  symbol?: string;
  place: string;
  date: string | PendingDate;
  /** 'Thi đua chung tay xây dựng nông thôn mới', without quotes. */
  theme: string;
  kindLabel: string;
  from: string;
  to: string;
  bases: readonly string[];
  purposes: readonly string[];
  criteria: readonly { text: string; target: string | null }[];
  participants: readonly string[];
  midReviewBy: string | null;
  finalReviewBy: string | null;
  /** Awards the final review may propose ('Giấy khen của Chủ tịch UBND phường'…). */
  awards: readonly string[];
  implementation: readonly string[];
  recipients: readonly string[];
  signature: Nd30Signature;
}

export function movementLaunchDocument(m: MovementDocumentInput): Nd30Document {
  const body: Nd30Block[] = [
    { kind: 'heading', level: 1, text: 'MỤC ĐÍCH, YÊU CẦU' },
    ...m.purposes.map((p): Nd30Block => ({ kind: 'paragraph', text: p })),
    { kind: 'heading', level: 1, text: 'NỘI DUNG, CHỈ TIÊU THI ĐUA' },
    {
      kind: 'table',
      fontSize: 13,
      columns: [
        { header: 'TT', width: 6, align: 'center' },
        { header: 'Nội dung thi đua', width: 60, align: 'justify' },
        { header: 'Chỉ tiêu', width: 34 },
      ],
      rows: m.criteria.map((c, i) => ({ cells: [String(i + 1), c.text, c.target ?? ''] })),
    },
    { kind: 'heading', level: 1, text: 'ĐỐI TƯỢNG, THỜI GIAN THI ĐUA' },
    { kind: 'paragraph', text: `Đối tượng: ${m.participants.join('; ')}.` },
    {
      kind: 'paragraph',
      text: `Thời gian: từ ngày ${formatDateVN(m.from)} đến ngày ${formatDateVN(m.to)} (${m.kindLabel.toLowerCase()}).`,
    },
    { kind: 'heading', level: 1, text: 'SƠ KẾT, TỔNG KẾT VÀ KHEN THƯỞNG' },
  ];
  if (m.midReviewBy)
    body.push({ kind: 'paragraph', text: `Sơ kết phong trào trước ngày ${formatDateVN(m.midReviewBy)}.` });
  if (m.finalReviewBy)
    body.push({
      kind: 'paragraph',
      text: `Tổng kết phong trào trước ngày ${formatDateVN(m.finalReviewBy)}; lựa chọn tập thể, cá nhân tiêu biểu đề nghị khen thưởng theo chuyên đề.`,
    });
  if (m.awards.length)
    body.push({ kind: 'paragraph', text: 'Hình thức khen thưởng:' }, { kind: 'list', items: m.awards });
  body.push(
    { kind: 'heading', level: 1, text: 'TỔ CHỨC THỰC HIỆN' },
    ...m.implementation.map((p): Nd30Block => ({ kind: 'paragraph', text: p })),
  );
  return {
    issuer: m.issuer,
    number: { value: m.number ?? null, symbol: m.symbol ?? 'KH-UBND' },
    place: m.place,
    date: m.date as Nd30Document['date'],
    type: 'KẾ HOẠCH',
    subject: [`Phát động phong trào thi đua`, `"${m.theme}"`],
    bases: m.bases,
    body,
    recipients: m.recipients,
    signature: m.signature,
    meta: { title: `Kế hoạch phát động phong trào thi đua "${m.theme}"` },
  };
}
