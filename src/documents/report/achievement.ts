// The achievement report a unit attaches for each nominee (báo cáo thành tích, in the manner of
// Mẫu 05 of the decree's annex), pre-filled from the registry: who the person is, the awards and
// titles already held. The unit completes the duties and achievements in Word, or writes them in
// the app. Plain data in, a Nghị định 30 document model out (DOCX or PDF by the nd30 builders).
import type { Nd30Block, Nd30Document, PendingDate } from '../nd30/types.js';
import { formatDateVN } from '../../domain/vi-text/index.js';

export interface HistoryRow {
  period: string;
  name: string;
  decision: string | null;
}

export interface AchievementReportInput {
  /** Issuer lines of the unit: superior (optional) and the unit itself, capitals. */
  issuer: { superior?: readonly string[]; name: readonly string[] };
  place: string;
  /** Left blank for the unit to date (a template), or the date of the report. */
  date: string | PendingDate;
  awardName: string;
  period: string;
  subject:
    | {
        kind: 'individual';
        fullName: string;
        gender: string | null;
        birthDate: string | null;
        position: string | null;
        unit: string | null;
        hometown?: string | null;
        residence?: string | null;
        education?: string | null;
      }
    | { kind: 'collective'; name: string; address: string | null; memberCount: number | null };
  /** What the unit wrote (paragraphs separated by blank lines); empty leaves dotted lines. */
  achievement: string;
  titles: readonly HistoryRow[];
  forms: readonly HistoryRow[];
}

/**
 * A line left for the unit to write in: dots that fill one line of the 14 pt body text after the
 * first-line indent (about 27 ellipses), shortened by the label's width (about half an ellipsis a
 * character), so the line neither wraps nor gets stretched by justification.
 */
const LINE = 27;
const DOTS = '…'.repeat(LINE);
const dotted = (label: string) => `${label}${'…'.repeat(Math.max(8, LINE - Math.ceil(label.length / 2)))}`;
const fact = (label: string, value: string | null | undefined): Nd30Block => ({
  kind: 'paragraph',
  text: value ? `${label}${value}` : dotted(label),
});

function paragraphs(text: string): Nd30Block[] {
  const parts = text
    .split(/\n\s*\n|\n/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (!parts.length) return [DOTS, DOTS, DOTS].map((t) => ({ kind: 'paragraph', text: t }));
  return parts.map((t) => ({ kind: 'paragraph', text: t }));
}

function historyTable(rows: readonly HistoryRow[], title: string): Nd30Block[] {
  if (!rows.length)
    return [
      { kind: 'paragraph', text: `Chưa có ${title.toLowerCase()} được ghi nhận trong cơ sở dữ liệu.`, italic: true },
    ];
  return [
    {
      kind: 'table',
      fontSize: 13,
      columns: [
        { header: 'Năm', width: 1.2, align: 'center' },
        { header: title, width: 4 },
        { header: 'Số, ngày, tháng, năm của quyết định; cơ quan ban hành', width: 4 },
      ],
      rows: rows.map((r) => ({ cells: [r.period, r.name, r.decision ?? ''] })),
    },
  ];
}

export function achievementReport(input: AchievementReportInput): Nd30Document {
  const s = input.subject;
  const facts: Nd30Block[] =
    s.kind === 'individual'
      ? [
          { kind: 'paragraph', text: [{ text: 'Họ và tên: ', bold: true }, { text: s.fullName }] },
          {
            kind: 'paragraph',
            text: `Sinh ngày: ${s.birthDate ? formatDateVN(s.birthDate) : '…………'}; giới tính: ${s.gender ?? '…………'}`,
          },
          // What the registry does not hold (residence, and hometown or education when not entered) stays dotted for the unit to write in.
          fact('Quê quán: ', s.hometown),
          fact('Trú quán: ', s.residence),
          {
            kind: 'paragraph',
            text: `Chức vụ, đơn vị công tác: ${[s.position, s.unit].filter(Boolean).join(', ') || '…'}`,
          },
          fact('Trình độ chuyên môn, nghiệp vụ: ', s.education),
        ]
      : [
          { kind: 'paragraph', text: [{ text: 'Tên tập thể: ', bold: true }, { text: s.name }] },
          { kind: 'paragraph', text: `Địa chỉ: ${s.address ?? '…'}` },
          { kind: 'paragraph', text: `Số thành viên: ${s.memberCount ?? '…'}` },
        ];
  return {
    issuer: input.issuer,
    place: input.place,
    date: input.date as Nd30Document['date'],
    type: 'BÁO CÁO THÀNH TÍCH',
    subject: [`Đề nghị tặng ${input.awardName}`, `năm ${input.period}`],
    body: [
      { kind: 'heading', text: s.kind === 'individual' ? 'SƠ LƯỢC LÝ LỊCH' : 'SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH', level: 1 },
      ...facts,
      { kind: 'heading', text: 'THÀNH TÍCH ĐẠT ĐƯỢC', level: 1 },
      {
        kind: 'heading',
        text: s.kind === 'individual' ? 'Quyền hạn, nhiệm vụ được giao' : 'Chức năng, nhiệm vụ được giao',
        level: 2,
      },
      { kind: 'paragraph', text: DOTS },
      { kind: 'heading', text: 'Thành tích đạt được', level: 2 },
      ...paragraphs(input.achievement),
      { kind: 'heading', text: 'CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG', level: 1 },
      { kind: 'heading', text: 'Danh hiệu thi đua', level: 2 },
      ...historyTable(input.titles, 'Danh hiệu thi đua'),
      { kind: 'heading', text: 'Hình thức khen thưởng', level: 2 },
      ...historyTable(input.forms, 'Hình thức khen thưởng'),
    ],
    recipients: [],
    signatures: [
      { lines: ['XÁC NHẬN CỦA THỦ TRƯỞNG', 'CƠ QUAN, ĐƠN VỊ'], note: '(Ký, đóng dấu)', name: '' },
      {
        lines: [s.kind === 'individual' ? 'NGƯỜI BÁO CÁO THÀNH TÍCH' : 'THỦ TRƯỞNG ĐƠN VỊ'],
        note: '(Ký, ghi rõ họ và tên)',
        name: s.kind === 'individual' ? s.fullName : '',
      },
    ],
    meta: { title: `Báo cáo thành tích đề nghị tặng ${input.awardName}` },
  };
}
