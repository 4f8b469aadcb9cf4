// The inspection's record (biên bản kiểm tra) and conclusion (kết luận kiểm tra) as documents in
// the Nghị định 30/2020 layout: plain data in, an Nd30Document out (rendered by src/documents/nd30).
import type { Nd30Block, Nd30Document, Nd30Issuer } from '../../documents/nd30/types.js';
import { formatDateVN } from '../../domain/vi-text/index.js';

export interface InspectionDocInput {
  issuer: Nd30Issuer;
  /** 'UBND tỉnh …', the inspecting body in a sentence. */
  bodyName: string;
  /** Whether the inspecting body is a People's Committee (signature: TM. ỦY BAN NHÂN DÂN). */
  committee: boolean;
  place: string;
  targetName: string;
  subject: string;
  year: number;
  heldOn: string | null;
  venue: string | null;
  team: readonly { name: string; position: string | null; roleLabel: string; role: string }[];
  unitRepresentative: string | null;
  findings: string | null;
  conclusion: string | null;
  concludedOn: string | null;
  recommendations: readonly { text: string; dueDate: string }[];
  /** Names of people or units whose responsibility is being considered (pending matters). */
  matters: readonly { name: string; note: string | null }[];
}

const BASES = [
  'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
  'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng',
];

const paragraphs = (text: string | null): Nd30Block[] =>
  (text ?? '')
    .split(/\n+/u)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s): Nd30Block => ({ kind: 'paragraph', text: s }));

function teamLines(i: InspectionDocInput): string[] {
  return i.team.map((m) => `Ông (bà) ${m.name}${m.position ? `, ${m.position}` : ''} — ${m.roleLabel}`);
}

/** Biên bản kiểm tra: who, when, where, what was examined and found, and the recommendations. */
export function inspectionRecordDocument(i: InspectionDocInput): Nd30Document {
  const leader = i.team.find((m) => m.role === 'leader');
  const body: Nd30Block[] = [
    {
      kind: 'paragraph',
      text: `Hôm nay, ngày ${i.heldOn ? formatDateVN(i.heldOn) : '…'}${i.venue ? `, tại ${i.venue}` : `, tại ${i.targetName}`}, Đoàn kiểm tra của ${i.bodyName} tiến hành kiểm tra công tác thi đua, khen thưởng năm ${i.year} tại ${i.targetName}.`,
    },
    { kind: 'heading', level: 1, text: 'THÀNH PHẦN' },
    { kind: 'heading', level: 2, text: 'Đoàn kiểm tra' },
    { kind: 'list', items: teamLines(i) },
    { kind: 'heading', level: 2, text: 'Đại diện đơn vị được kiểm tra' },
    { kind: 'list', items: [i.unitRepresentative ? `Ông (bà) ${i.unitRepresentative}` : '……………………………………'] },
    { kind: 'heading', level: 1, text: 'NỘI DUNG KIỂM TRA' },
    ...paragraphs(i.subject),
    { kind: 'heading', level: 1, text: 'KẾT QUẢ KIỂM TRA' },
    ...paragraphs(i.findings),
  ];
  if (i.recommendations.length)
    body.push(
      { kind: 'heading', level: 1, text: 'KIẾN NGHỊ CỦA ĐOÀN KIỂM TRA' },
      {
        kind: 'table',
        fontSize: 13,
        columns: [
          { header: 'TT', width: 7, align: 'center' },
          { header: 'Nội dung kiến nghị', width: 70, align: 'justify' },
          { header: 'Thời hạn', width: 23, align: 'center' },
        ],
        rows: i.recommendations.map((r, n) => ({ cells: [String(n + 1), r.text, formatDateVN(r.dueDate)] })),
      },
    );
  body.push({
    kind: 'paragraph',
    text: 'Biên bản đã được đọc lại cho các thành viên cùng nghe, thống nhất thông qua và được lập thành 02 bản có giá trị như nhau: đơn vị được kiểm tra giữ 01 bản, Đoàn kiểm tra giữ 01 bản./.',
  });
  return {
    issuer: i.issuer,
    number: { value: null, symbol: 'BB-ĐKT' },
    place: i.place,
    date: i.heldOn ?? { year: i.year },
    type: 'BIÊN BẢN',
    subject: `Kiểm tra công tác thi đua, khen thưởng tại ${i.targetName}`,
    body,
    recipients: [],
    signatures: [
      { lines: ['ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA'], name: i.unitRepresentative ?? '' },
      { lines: ['TRƯỞNG ĐOÀN KIỂM TRA'], name: leader?.name ?? '' },
    ],
    meta: { title: `Biên bản kiểm tra công tác thi đua, khen thưởng tại ${i.targetName}` },
  };
}

/** Kết luận kiểm tra: the body's conclusion, what the unit must do and by when, and responsibility. */
export function inspectionConclusionDocument(i: InspectionDocInput): Nd30Document {
  const body: Nd30Block[] = [
    {
      kind: 'paragraph',
      text: `Thực hiện kế hoạch kiểm tra công tác thi đua, khen thưởng năm ${i.year}, ngày ${i.heldOn ? formatDateVN(i.heldOn) : '…'} Đoàn kiểm tra của ${i.bodyName} đã tiến hành kiểm tra tại ${i.targetName}. Xét báo cáo kết quả kiểm tra của Đoàn kiểm tra, ${i.bodyName} kết luận như sau:`,
    },
    { kind: 'heading', level: 1, text: 'KẾT QUẢ KIỂM TRA' },
    ...paragraphs(i.findings),
    { kind: 'heading', level: 1, text: 'KẾT LUẬN' },
    ...paragraphs(i.conclusion),
  ];
  if (i.recommendations.length)
    body.push(
      { kind: 'heading', level: 1, text: 'KIẾN NGHỊ, YÊU CẦU KHẮC PHỤC' },
      {
        kind: 'list',
        items: i.recommendations.map(
          (r) => `${r.text.replace(/[.;]\s*$/u, '')} (thời hạn: ${formatDateVN(r.dueDate)});`,
        ),
      },
    );
  if (i.matters.length)
    body.push(
      { kind: 'heading', level: 1, text: 'XEM XÉT TRÁCH NHIỆM' },
      {
        kind: 'paragraph',
        text: 'Tạm dừng xét khen thưởng đối với các cá nhân, tập thể sau cho đến khi có kết luận xem xét trách nhiệm:',
      },
      { kind: 'list', items: i.matters.map((m) => `${m.name}${m.note ? `: ${m.note}` : ''}`) },
    );
  body.push({
    kind: 'paragraph',
    text: `Yêu cầu ${i.targetName} tổ chức thực hiện các kiến nghị trên, báo cáo kết quả bằng văn bản về ${i.bodyName} đúng thời hạn./.`,
  });
  return {
    issuer: i.issuer,
    number: { value: null, symbol: i.committee ? 'KL-UBND' : 'KL' },
    place: i.place,
    date: i.concludedOn ?? { year: i.year },
    type: 'KẾT LUẬN',
    subject: `Kiểm tra công tác thi đua, khen thưởng năm ${i.year} tại ${i.targetName}`,
    bases: BASES,
    body,
    recipients: [i.targetName],
    signature: {
      lines: i.committee ? ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'] : ['THỦ TRƯỞNG CƠ QUAN'],
      name: '',
    },
    meta: { title: `Kết luận kiểm tra công tác thi đua, khen thưởng tại ${i.targetName}` },
  };
}
