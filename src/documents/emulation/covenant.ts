// The covenant of a cluster or bloc (bản giao ước thi đua): the members' shared targets for the
// year, signed by each member's head. Plain data in, a Nghị định 30 document model out.
import type { Nd30Block, Nd30Document, PendingDate } from '../nd30/types.js';

export interface CovenantTarget {
  /** Group of targets ('Nhiệm vụ chính trị', 'Công tác thi đua, khen thưởng'…). */
  group: string;
  items: readonly string[];
}

export interface CovenantInput {
  /** 'CỤM THI ĐUA SỐ 05' and its organiser ('UBND TỈNH ĐIỆN BIÊN'), capitals. */
  cluster: { name: string; organiser?: string };
  year: number;
  place: string;
  date: string | PendingDate;
  bases: readonly string[];
  targets: readonly CovenantTarget[];
  /** How the covenant is followed up, scored and reviewed. */
  implementation: readonly string[];
  /** Members in the order they sign, with the head who signs for each. */
  members: readonly { name: string; signer: string | null; position: string | null; signedOn: string | null }[];
  leader: { orgName: string; signerName: string; position: string };
}

export function covenantDocument(input: CovenantInput): Nd30Document {
  const body: Nd30Block[] = [
    {
      kind: 'paragraph',
      text: `Các đơn vị thành viên ${input.cluster.name.toLowerCase().replace(/^cụm/, 'Cụm').replace(/^khối/, 'Khối')} thống nhất ký kết giao ước thi đua năm ${input.year} với những nội dung sau:`,
    },
    { kind: 'heading', level: 1, text: 'NỘI DUNG GIAO ƯỚC THI ĐUA' },
  ];
  for (const t of input.targets) {
    body.push({ kind: 'heading', level: 2, text: t.group });
    body.push({ kind: 'list', items: t.items });
  }
  body.push({ kind: 'heading', level: 1, text: 'TỔ CHỨC THỰC HIỆN' });
  for (const p of input.implementation) body.push({ kind: 'paragraph', text: p });
  body.push({ kind: 'heading', level: 1, text: 'ĐẠI DIỆN CÁC ĐƠN VỊ THÀNH VIÊN KÝ GIAO ƯỚC' });
  body.push({
    kind: 'table',
    fontSize: 13,
    columns: [
      { header: 'TT', width: 6, align: 'center' },
      { header: 'Đơn vị', width: 34 },
      { header: 'Người đại diện, chức vụ', width: 34 },
      { header: 'Ký tên', width: 26 },
    ],
    rows: input.members.map((m, i) => ({
      cells: [String(i + 1), m.name, [m.signer, m.position].filter(Boolean).join(', '), ''],
    })),
  });
  return {
    issuer: { superior: input.cluster.organiser ? [input.cluster.organiser] : undefined, name: [input.cluster.name] },
    place: input.place,
    date: input.date as Nd30Document['date'],
    type: 'GIAO ƯỚC THI ĐUA',
    subject: `Năm ${input.year}`,
    bases: input.bases,
    body,
    recipients: [],
    signatures: [
      {
        lines: [`TRƯỞNG ${input.cluster.name.replace(/\s+SỐ.*$/u, '')}`, input.leader.orgName.toUpperCase()],
        note: `(${input.leader.position})`,
        name: input.leader.signerName,
      },
    ],
    meta: { title: `Giao ước thi đua năm ${input.year} — ${input.cluster.name}` },
  };
}
