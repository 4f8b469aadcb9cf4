// Quyết định khen thưởng + Danh sách kèm theo: Điều 1 awards the attached list with its bonuses,
// states the total in figures and in words and the fund it is paid from; Điều 2 the effect;
// Điều 3 who executes it. The list: TT, Họ và tên / Tập thể, Chức vụ - đơn vị, Danh hiệu / hình
// thức, Số tiền (đ), grouped by award (Roman-numbered group rows), a total row, the total in words.
import { formatNumberVN, moneyInWords } from '../../domain/vi-text/index.js';
import { buildNd30Docx, buildNd30Pdf, toRoman, type Nd30Document, type Nd30TableRow } from '../nd30/index.js';
import { attachedNote, groupByAward, subjectCounts, totalAmount } from './common.js';
import { DEFAULT_EFFECT } from './defaults.js';
import type { AwardEntry, DecisionInput } from './types.js';

export const DECISION_SYMBOL = 'QĐ-UBND';
export const DECISION_LIST_COLUMNS = [
  'TT',
  'Họ và tên / Tập thể',
  'Chức vụ - đơn vị',
  'Danh hiệu / hình thức',
  'Số tiền (đ)',
] as const;

/** '1.234.567' or '' when no amount. */
const amountCell = (e: AwardEntry): string => (e.amount === undefined ? '' : formatNumberVN(e.amount));

/** 'Tặng danh hiệu thi đua', 'Tặng Giấy khen', 'Tặng danh hiệu thi đua và hình thức khen thưởng'. */
export function awardVerb(entries: readonly AwardEntry[]): string {
  const groups = groupByAward(entries);
  if (groups.length === 1)
    return groups[0].category === 'title' ? `Tặng danh hiệu "${groups[0].award}"` : `Tặng ${groups[0].award}`;
  const titles = entries.some((e) => e.category === 'title');
  const forms = entries.some((e) => e.category === 'form');
  return titles && forms
    ? 'Tặng danh hiệu thi đua và hình thức khen thưởng'
    : titles
      ? 'Tặng danh hiệu thi đua'
      : 'Tặng hình thức khen thưởng';
}

/** The total sentence of Điều 1: amount in figures and words, and the fund. */
export function totalSentence(total: number, fund: string): string {
  return `Tổng số tiền thưởng: ${formatNumberVN(total)} đồng (${moneyInWords(total)}), chi từ ${fund}.`;
}

/** The list rows: a group row per award with its count, entries numbered from 1 in each, the total. */
export function decisionListRows(awardees: readonly AwardEntry[]): Nd30TableRow[] {
  const rows: Nd30TableRow[] = [];
  groupByAward(awardees).forEach((g, gi) => {
    rows.push({
      number: toRoman(gi + 1),
      group: `${g.award.toLocaleUpperCase('vi-VN')} (${subjectCounts(g.entries)})`,
    });
    g.entries.forEach((e, i) =>
      rows.push({ cells: [String(i + 1), e.name, e.position ?? '', g.award, amountCell(e)] }),
    );
  });
  rows.push({
    cells: ['', 'Tổng cộng', subjectCounts(awardees), '', formatNumberVN(totalAmount(awardees))],
    bold: true,
  });
  return rows;
}

export function decisionDocument(input: DecisionInput): Nd30Document {
  if (input.awardees.length === 0) throw new RangeError('A decision needs at least one awardee');
  const number = { value: input.number ?? null, symbol: input.symbol ?? DECISION_SYMBOL };
  const total = totalAmount(input.awardees);
  const words = `Tổng số tiền bằng chữ: ${moneyInWords(total)}.`;
  return {
    issuer: input.issuer,
    number,
    place: input.place,
    date: input.date,
    type: 'QUYẾT ĐỊNH',
    subject: input.subject,
    authority: input.authority,
    bases: input.bases,
    enacting: 'QUYẾT ĐỊNH:',
    body: [
      {
        kind: 'article',
        text: `${awardVerb(input.awardees)} cho ${subjectCounts(input.awardees)} (có Danh sách kèm theo), ${input.achievement}.`,
        paragraphs: [totalSentence(total, input.fund)],
      },
      { kind: 'article', text: input.effect ?? DEFAULT_EFFECT },
      {
        kind: 'article',
        text: `${input.executors} và các tập thể, cá nhân có tên trong Danh sách tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
      },
    ],
    recipients: input.recipients,
    archive: input.archive,
    signature: input.signer,
    attachments: [
      {
        title: 'DANH SÁCH',
        subtitle: 'Tập thể, cá nhân được khen thưởng',
        note: attachedNote('Quyết định', number, input.date, input.signedBy),
        orientation: input.listOrientation ?? 'portrait',
        blocks: [
          {
            kind: 'table',
            columns: DECISION_LIST_COLUMNS.map((header, i) => ({
              header,
              width: [1.3, 5.2, 7, 4.6, 3.2][i],
              align: (['center', 'left', 'left', 'left', 'right'] as const)[i],
            })),
            rows: decisionListRows(input.awardees),
          },
          { kind: 'paragraph', text: words, italic: true },
        ],
      },
    ],
    meta: { title: `Quyết định ${input.subject}` },
  };
}

export const buildDecisionDocx = async (input: DecisionInput): Promise<Buffer> =>
  buildNd30Docx(decisionDocument(input));
export const buildDecisionPdf = async (input: DecisionInput): Promise<Uint8Array> =>
  buildNd30Pdf(decisionDocument(input));
