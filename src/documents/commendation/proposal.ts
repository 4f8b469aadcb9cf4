// Tờ trình đề nghị khen thưởng (proposal letter, in the style of Mẫu 01 of NĐ 152/2025): the
// standing office or a unit asks the competent authority to award a list of nominees. The letter
// summarises the counts per award; the attached list (landscape) gives each nominee with the award
// and a summary of the achievement. Built on the NĐ 30 model: DOCX and PDF from the same data.
import {
  buildNd30Docx,
  buildNd30Pdf,
  toRoman,
  type Nd30Block,
  type Nd30Document,
  type Nd30TableRow,
} from '../nd30/index.js';
import { attachedNote, awardPhrase, groupByAward, subjectCounts } from './common.js';
import type { ProposalInput } from './types.js';

export const PROPOSAL_SYMBOL = 'TTr-VHXH';
export const PROPOSAL_LIST_COLUMNS = [
  'TT',
  'Họ và tên / Tập thể',
  'Chức vụ - đơn vị',
  'Danh hiệu / hình thức',
  'Tóm tắt thành tích',
] as const;

/** The summary lines: '1. Danh hiệu "Chiến sĩ thi đua cơ sở": 03 cá nhân;' … and the total. */
export function proposalSummary(input: Pick<ProposalInput, 'nominees'>): string[] {
  const groups = groupByAward(input.nominees);
  const lines = groups.map((g, i) => {
    const phrase = awardPhrase(g);
    return `${i + 1}. ${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}: ${subjectCounts(g.entries)}${i === groups.length - 1 ? '.' : ';'}`;
  });
  return lines;
}

/** The attached list's rows: a group row per award, nominees numbered from 1 in each. */
export function proposalListRows(input: Pick<ProposalInput, 'nominees'>): Nd30TableRow[] {
  const rows: Nd30TableRow[] = [];
  groupByAward(input.nominees).forEach((g, gi) => {
    rows.push({
      number: toRoman(gi + 1),
      group: `${g.award.toLocaleUpperCase('vi-VN')} (${subjectCounts(g.entries)})`,
    });
    g.entries.forEach((e, i) =>
      rows.push({ cells: [String(i + 1), e.name, e.position ?? '', g.award, e.achievement ?? ''] }),
    );
  });
  return rows;
}

export function proposalDocument(input: ProposalInput): Nd30Document {
  if (input.nominees.length === 0) throw new RangeError('A proposal needs at least one nominee');
  const number = { value: input.number ?? null, symbol: input.symbol ?? PROPOSAL_SYMBOL };
  const body: Nd30Block[] = [
    {
      kind: 'paragraph',
      text: [{ text: 'Kính gửi: ', italic: true }, { text: input.addressee }],
      align: 'center',
      indent: false,
    },
    ...(input.intro ?? []).map((t): Nd30Block => ({ kind: 'paragraph', text: t })),
    { kind: 'paragraph', text: input.request },
    ...proposalSummary(input).map((t): Nd30Block => ({ kind: 'paragraph', text: t })),
    { kind: 'paragraph', text: `Tổng số: ${subjectCounts(input.nominees)}.`, bold: true },
    { kind: 'paragraph', text: '(Có danh sách và tóm tắt thành tích kèm theo)', italic: true },
    { kind: 'paragraph', text: input.closing ?? `Kính trình ${input.addressee} xem xét, quyết định./.` },
  ];
  return {
    issuer: input.issuer,
    number,
    place: input.place,
    date: input.date,
    type: 'TỜ TRÌNH',
    subject: input.subject,
    bases: input.bases,
    body,
    recipients: input.recipients,
    archive: input.archive,
    signature: input.signer,
    attachments: [
      {
        title: input.listTitle ?? 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
        subtitle: input.listSubtitle,
        note: attachedNote('Tờ trình', number, input.date),
        orientation: 'landscape',
        blocks: [
          {
            kind: 'table',
            columns: PROPOSAL_LIST_COLUMNS.map((header, i) => ({
              header,
              width: [1.2, 5, 7, 4.5, 9][i],
              align: (['center', 'left', 'left', 'left', 'justify'] as const)[i],
            })),
            rows: proposalListRows(input),
          },
        ],
      },
    ],
    meta: { title: `Tờ trình ${input.subject}` },
  };
}

export const buildProposalDocx = async (input: ProposalInput): Promise<Buffer> =>
  buildNd30Docx(proposalDocument(input));
export const buildProposalPdf = async (input: ProposalInput): Promise<Uint8Array> =>
  buildNd30Pdf(proposalDocument(input));
