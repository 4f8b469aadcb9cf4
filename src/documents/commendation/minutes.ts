// Biên bản họp Hội đồng Thi đua - Khen thưởng (council minutes): time and place, chair and
// secretary, members present, absent and recused, the quorum statement, the agenda, and for each
// nominee the ballot result — agreeing, disagreeing and abstaining votes, the share of all members
// (or of those present, when the threshold says so), the threshold with its citation, passed or
// not — then the closing time and the signatures of the secretary and the chair.
import { requiredVotes } from '../../domain/rounds/tally.js';
import { cleanText, formatDateLongVN } from '../../domain/vi-text/index.js';
import { buildNd30Docx, buildNd30Pdf, type Nd30Block, type Nd30Document, type Nd30TableRow } from '../nd30/index.js';
import { awardPhrase, countText, percentText } from './common.js';
import type { BallotResult, CouncilMember, MinutesInput, VoteThreshold } from './types.js';

export const MINUTES_SYMBOL = 'BB-HĐTĐKT';
export const BALLOT_COLUMNS = [
  'TT',
  'Họ và tên / Tập thể',
  'Danh hiệu, hình thức',
  'Đồng ý',
  'Không đồng ý',
  'Không biểu quyết',
  'Tỷ lệ đồng ý',
  'Mức yêu cầu',
  'Kết quả',
] as const;

/** The counted outcome of one ballot. */
export interface BallotOutcome {
  /** Members the share is taken of (all members, or those present). */
  base: number;
  share: number;
  passed: boolean;
}

/** 'HH:MM' → '08 giờ 30 phút'; null → a blank to fill by hand. */
export function timeText(hhmm: string | null): string {
  if (hhmm === null) return '…… giờ …… phút';
  const m = /^(\d{1,2}):(\d{2})$/u.exec(hhmm.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) throw new RangeError(`Time must be HH:MM: ${hhmm}`);
  return `${m[1].padStart(2, '0')} giờ ${m[2]} phút`;
}

/** Members by attendance. */
export function attendance(members: readonly CouncilMember[]) {
  return {
    total: members.length,
    present: members.filter((m) => m.attendance !== 'absent'),
    absent: members.filter((m) => m.attendance === 'absent'),
    recused: members.filter((m) => m.attendance === 'recused'),
  };
}

/** Passed when agree / base reaches the share (or exceeds it when `strict`), in exact arithmetic. */
export function ballotOutcome(b: BallotResult, members: readonly CouncilMember[]): BallotOutcome {
  const a = attendance(members);
  const voters = a.present.length - a.recused.length;
  const cast = b.agree + b.disagree + b.abstain;
  for (const [k, v] of Object.entries({ agree: b.agree, disagree: b.disagree, abstain: b.abstain })) {
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`Vote count ${k} must be a whole number ≥ 0: ${v}`);
  }
  if (cast > voters)
    throw new RangeError(`${cast} votes counted for ${b.nominee.name} but only ${voters} members could vote`);
  if (b.counted) {
    // The software's own count (recusals out of the base): printed as it was decided.
    const { base, passed } = b.counted;
    return { base, share: base > 0 ? b.agree / base : 0, passed };
  }
  const base = (b.threshold.of ?? 'all') === 'present' ? a.present.length : a.total;
  if (base === 0) throw new RangeError('The council has no members');
  const share = b.agree / base;
  // Compare agree × 10^6 with share × base × 10^6 in integers, so 8/10 vs 0.8 is exact.
  const lhs = b.agree * 1_000_000;
  const rhs = Math.round(b.threshold.share * 1_000_000) * base;
  return { base, share, passed: b.threshold.strict ? lhs > rhs : lhs >= rhs };
}

/** 'từ 80% trở lên tổng số thành viên Hội đồng' / 'trên 50% …' / '… thành viên có mặt'. */
export function thresholdText(t: VoteThreshold): string {
  const of = (t.of ?? 'all') === 'present' ? 'số thành viên Hội đồng có mặt' : 'tổng số thành viên Hội đồng';
  return t.strict ? `trên ${percentText(t.share)} ${of}` : `từ ${percentText(t.share)} ${of} trở lên`;
}

const memberLine = (m: CouncilMember): string =>
  [m.name, m.position, m.role].filter(Boolean).join(', ') +
  (m.reason ? ` (${m.reason})` : '') +
  (m.writtenOpinion ? ' - có ý kiến bằng văn bản' : '');

/** The ballot table rows and the notes explaining each distinct threshold ('(1) …'). */
export function ballotTable(input: Pick<MinutesInput, 'ballots' | 'members'>): {
  rows: Nd30TableRow[];
  notes: string[];
  passed: number;
} {
  const notes: string[] = [];
  const noteOf = new Map<string, number>();
  let passed = 0;
  const rows = input.ballots.map((b, i): Nd30TableRow => {
    const o = ballotOutcome(b, input.members);
    if (o.passed) passed += 1;
    const basis = cleanText(b.threshold.basis ?? '').replace(/[.;]$/u, '');
    const key = `${b.threshold.share}|${b.threshold.strict ? 1 : 0}|${b.threshold.of ?? 'all'}|${basis}`;
    let n = noteOf.get(key);
    if (n === undefined) {
      n = notes.length + 1;
      noteOf.set(key, n);
      notes.push(`(${n}) Số phiếu đồng ý ${thresholdText(b.threshold)}${basis ? `, theo ${basis}` : ''}.`);
    }
    const who = b.nominee.position ? { lines: [b.nominee.name, b.nominee.position] } : b.nominee.name;
    return {
      cells: [
        String(i + 1),
        who,
        b.nominee.award,
        String(b.agree),
        String(b.disagree),
        String(b.abstain),
        { lines: [percentText(o.share), `(${b.agree}/${o.base})`] },
        `${b.threshold.strict ? '>' : '≥'} ${percentText(b.threshold.share)} (${n})`,
        [{ text: o.passed ? 'Đạt' : 'Không đạt', bold: true }],
      ],
    };
  });
  return { rows, notes, passed };
}

export function minutesDocument(input: MinutesInput): Nd30Document {
  const a = attendance(input.members);
  const find = (name: string, what: string) => {
    const m = input.members.find((x) => cleanText(x.name) === cleanText(name));
    if (!m) throw new RangeError(`The ${what} ${name} is not a member of the council`);
    if (m.attendance === 'absent') throw new RangeError(`The ${what} ${name} is absent`);
    return m;
  };
  const chair = find(input.chair, 'chair');
  const secretary = find(input.secretary, 'secretary');
  const presentShare = a.present.length / a.total;
  // The same integer comparison as the software's quorum check (src/domain/rounds/tally.ts).
  const quorumMet = a.present.length >= requiredVotes(a.total, { share: input.quorum.share, strict: false });
  const quorumBasis = cleanText(input.quorum.basis ?? '').replace(/[.;]$/u, '');
  const table = ballotTable(input);
  const when = formatDateLongVN(input.meetingDate);

  const body: Nd30Block[] = [
    { kind: 'heading', text: 'Thời gian, địa điểm' },
    { kind: 'paragraph', text: `Thời gian: bắt đầu vào hồi ${timeText(input.start)}, ${when}.` },
    { kind: 'paragraph', text: `Địa điểm: ${input.venue}.` },
    { kind: 'heading', text: 'Thành phần' },
    {
      kind: 'paragraph',
      text: [
        { text: 'Chủ trì: ', bold: true },
        { text: `${[chair.name, chair.position, chair.role].filter(Boolean).join(', ')}.` },
      ],
    },
    {
      kind: 'paragraph',
      text: [
        { text: 'Thư ký: ', bold: true },
        { text: `${[secretary.name, secretary.position, secretary.role].filter(Boolean).join(', ')}.` },
      ],
    },
    {
      kind: 'paragraph',
      text: `Thành viên Hội đồng: tổng số ${countText(a.total, 'thành viên')}; có mặt ${countText(a.present.length, 'thành viên')}; vắng mặt ${countText(a.absent.length, 'thành viên')}${a.recused.length ? `; không tham gia biểu quyết ${countText(a.recused.length, 'thành viên')}` : ''}.`,
    },
    { kind: 'paragraph', text: 'Thành viên có mặt:', keepNext: true },
    { kind: 'list', items: a.present.map(memberLine) },
  ];
  if (a.absent.length)
    body.push(
      { kind: 'paragraph', text: 'Thành viên vắng mặt:', keepNext: true },
      { kind: 'list', items: a.absent.map(memberLine) },
    );
  if (a.recused.length) {
    body.push(
      {
        kind: 'paragraph',
        text: 'Thành viên không tham gia biểu quyết (có liên quan đến trường hợp được xét):',
        keepNext: true,
      },
      { kind: 'list', items: a.recused.map(memberLine) },
    );
  }
  if (input.guests?.length)
    body.push({ kind: 'paragraph', text: 'Khách mời:', keepNext: true }, { kind: 'list', items: [...input.guests] });
  body.push({
    kind: 'paragraph',
    text: `Số thành viên có mặt ${a.present.length}/${a.total} (${percentText(presentShare)}), ${quorumMet ? 'đạt' : 'không đạt'} tỷ lệ tối thiểu ${percentText(input.quorum.share)}${quorumBasis ? ` theo ${quorumBasis}` : ''}; cuộc họp ${quorumMet ? 'đủ' : 'không đủ'} điều kiện tiến hành.`,
    bold: true,
  });
  body.push({ kind: 'heading', text: 'Nội dung' }, { kind: 'list', items: [...input.agenda] });
  body.push({ kind: 'heading', text: 'Kết quả biểu quyết' });
  body.push({ kind: 'paragraph', text: `Hình thức biểu quyết: ${input.votingMethod}.` });
  if (input.tellers?.length) body.push({ kind: 'paragraph', text: `Ban kiểm phiếu: ${input.tellers.join('; ')}.` });
  if (input.ballots.length) {
    body.push({
      kind: 'table',
      fontSize: 12,
      columns: BALLOT_COLUMNS.map((header, i) => ({
        header,
        width: [1.3, 6, 3.6, 2.4, 2.7, 2.7, 2.8, 2.6, 2.6][i],
        align: (['center', 'left', 'left', 'center', 'center', 'center', 'center', 'center', 'center'] as const)[i],
      })),
      rows: table.rows,
    });
    body.push(...table.notes.map((t): Nd30Block => ({ kind: 'paragraph', text: t, italic: true })));
    body.push({
      kind: 'paragraph',
      text: `Kết quả: ${countText(table.passed, 'trường hợp')} đạt, ${countText(input.ballots.length - table.passed, 'trường hợp')} không đạt tỷ lệ phiếu đồng ý theo quy định. Các trường hợp đạt: ${
        input.ballots
          .filter((b) => ballotOutcome(b, input.members).passed)
          .map((b) => `${b.nominee.name} (${awardPhrase(b.nominee)})`)
          .join('; ') || 'không có'
      }.`,
    });
  }
  body.push(...(input.discussion ?? []).map((t): Nd30Block => ({ kind: 'paragraph', text: t })));
  body.push({ kind: 'paragraph', text: `Cuộc họp kết thúc vào hồi ${timeText(input.end)} cùng ngày./.` });

  return {
    issuer: input.issuer,
    number: { value: input.number ?? null, symbol: input.symbol ?? MINUTES_SYMBOL },
    place: input.place,
    date: input.date,
    type: 'BIÊN BẢN',
    subject: input.subject,
    body,
    recipients: [],
    signatures: [
      { lines: [input.secretaryTitle ?? 'THƯ KÝ'], name: secretary.name },
      { lines: [input.chairTitle ?? 'CHỦ TỌA'], name: chair.name },
    ],
    meta: { title: `Biên bản ${input.subject}` },
  };
}

export const buildMinutesDocx = async (input: MinutesInput): Promise<Buffer> => buildNd30Docx(minutesDocument(input));
export const buildMinutesPdf = async (input: MinutesInput): Promise<Uint8Array> => buildNd30Pdf(minutesDocument(input));
