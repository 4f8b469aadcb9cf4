// The six-month or annual report on a body's TĐKT work (báo cáo sơ kết 6 tháng / tổng kết năm công
// tác thi đua, khen thưởng) as a Nghị định 30/2020 document: the body's header, 'Số: …/BC-…',
// 'BÁO CÁO' and its subject, the numbered sections with the figures computed from the records
// (movements, registrations, awards by level, form and title, initiatives, cluster results, khen
// cao, the share by subject category against the previous year, the oversight work: inspections,
// training, conferences, petitions), the officer's narrative, 'Nơi nhận' and the signature. Plain data in, the model out; DOCX and PDF by the nd30 builders.
import {
  AWARD_LEVEL_LABELS,
  type AnnualFigures,
  type AwardLevel,
  type Narrative,
  nextPeriodText,
  type PeriodReportKind,
  percentOf,
  periodText,
} from '../../domain/reports/annual.js';
import { buildNd30Docx, buildNd30Pdf } from '../nd30/index.js';
import type { Nd30Block, Nd30Document, Nd30Issuer, Nd30TableRow, PendingDate } from '../nd30/types.js';

export interface AnnualReportInput {
  issuer: Nd30Issuer;
  /** Symbol after the number: 'BC-UBND'. The number is left blank for the clerk. */
  symbol: string;
  place: string;
  date: string | PendingDate;
  year: number;
  kind: PeriodReportKind;
  /** The reporting body in a sentence: 'phường Mường Lay'. */
  unitInSentence: string;
  /** Who the report goes to ('UBND tỉnh Sơn La', 'Bộ Nội vụ'). */
  receiver: string;
  figures: AnnualFigures;
  narrative: Narrative;
  /** Signature lines above the name: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']. */
  signerLines: readonly string[];
  /** Units whose own reports were submitted (roll-up), printed as an appendix table when present. */
  units?: readonly { name: string; submitted: boolean; awards: number | null; movements: number | null }[];
}

const n = (v: number) => v.toLocaleString('vi-VN');

/** The officer's text: one paragraph per non-empty line. */
function paragraphs(text: string): Nd30Block[] {
  return text
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((l) => ({ kind: 'paragraph', text: l }) as const);
}

export function annualReportSubject(year: number, kind: PeriodReportKind): string {
  return kind === 'year'
    ? `Tổng kết công tác thi đua, khen thưởng năm ${year} và phương hướng, nhiệm vụ năm ${year + 1}`
    : `Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm ${year} và phương hướng, nhiệm vụ 6 tháng cuối năm ${year}`;
}

function awardsTable(f: AnnualFigures): Nd30Block {
  const rows: Nd30TableRow[] = [];
  const levels: AwardLevel[] = ['state', 'province', 'local'];
  let i = 0;
  let group = 0;
  for (const level of levels) {
    const lines = f.awardLines.filter((l) => l.level === level);
    if (lines.length === 0) continue;
    rows.push({ group: AWARD_LEVEL_LABELS[level], number: ['I', 'II', 'III'][group++] });
    for (const l of lines) {
      i++;
      rows.push({
        cells: [
          String(i),
          l.name,
          l.category === 'title' ? 'Danh hiệu thi đua' : 'Hình thức khen thưởng',
          n(l.individuals),
          n(l.collectives + l.households),
          n(l.total),
        ],
      });
    }
  }
  rows.push({
    cells: [
      '',
      'Tổng cộng',
      '',
      n(f.awardLines.reduce((s, l) => s + l.individuals, 0)),
      n(f.awardLines.reduce((s, l) => s + l.collectives + l.households, 0)),
      n(f.awards.total),
    ],
    bold: true,
  });
  return {
    kind: 'table',
    columns: [
      { header: 'TT', width: 6, align: 'center' },
      { header: 'Danh hiệu, hình thức khen thưởng', width: 40 },
      { header: 'Loại', width: 20 },
      { header: 'Cá nhân', width: 11, align: 'right' },
      { header: 'Tập thể, hộ gia đình', width: 12, align: 'right' },
      { header: 'Tổng số', width: 11, align: 'right' },
    ],
    rows,
  };
}

function shareTable(f: AnnualFigures, year: number, kind: PeriodReportKind): Nd30Block {
  const cur = periodText({ year, kind });
  const prev = periodText({ year: year - 1, kind });
  return {
    kind: 'table',
    columns: [
      { header: 'Đối tượng', width: 36 },
      { header: `${cur[0].toUpperCase()}${cur.slice(1)} (người)`, width: 16, align: 'right' },
      { header: 'Tỷ lệ', width: 12, align: 'right' },
      { header: `${prev[0].toUpperCase()}${prev.slice(1)} (người)`, width: 16, align: 'right' },
      { header: 'Tỷ lệ', width: 12, align: 'right' },
    ],
    rows: [
      ...f.share.lines.map((l) => ({
        cells: [
          l.label,
          n(l.current),
          percentOf(l.current, f.share.individuals),
          n(l.previous),
          percentOf(l.previous, f.share.previousIndividuals),
        ],
      })),
      {
        cells: ['Tổng số cá nhân được khen thưởng', n(f.share.individuals), '', n(f.share.previousIndividuals), ''],
        bold: true,
      },
    ],
  };
}

function clusterBlocks(f: AnnualFigures): Nd30Block[] {
  if (f.clusters.length === 0)
    return [{ kind: 'paragraph', text: 'Trong kỳ chưa có cụm, khối thi đua nào công bố kết quả chấm điểm, xếp hạng.' }];
  return [
    {
      kind: 'table',
      columns: [
        { header: 'Cụm, khối thi đua', width: 40 },
        { header: 'Số thành viên', width: 14, align: 'right' },
        { header: 'Dẫn đầu', width: 34 },
        { header: 'Xếp hạng của đơn vị', width: 14, align: 'center' },
      ],
      rows: f.clusters.map((c) => ({
        cells: [c.name, n(c.members), c.leaders.join(', '), c.ownRank === null ? '-' : String(c.ownRank)],
      })),
    },
  ];
}

/** The oversight work in sentences (absent from figures frozen before it was counted). */
function oversightBlocks(f: AnnualFigures, year: number): Nd30Block[] {
  const o = f.oversight;
  if (!o) return [];
  const i = o.inspections;
  const c = o.conferences;
  const p = o.petitions;
  return [
    { kind: 'heading', text: 'Công tác kiểm tra, tập huấn, hội nghị và giải quyết đơn thư', level: 2 },
    {
      kind: 'paragraph',
      text: `Kiểm tra: theo kế hoạch kiểm tra năm ${year} có ${n(i.planned)} cuộc kiểm tra công tác thi đua, khen thưởng; đã tiến hành ${n(i.conducted)} cuộc, đã ban hành kết luận ${n(i.concluded)} cuộc; đã kiến nghị ${n(i.recommendations)} nội dung, trong đó ${n(i.openRecommendations)} kiến nghị chưa thực hiện xong.`,
    },
    {
      kind: 'paragraph',
      text: `Tập huấn, bồi dưỡng nghiệp vụ: đã tổ chức ${n(o.trainings.held)} lớp (trong số ${n(o.trainings.planned)} lớp theo kế hoạch) với ${n(o.trainings.attendees)} lượt người tham dự.`,
    },
    {
      kind: 'paragraph',
      text: `Hội nghị: đã tổ chức ${n(c.total)} hội nghị, buổi lễ (${n(c.soKet)} hội nghị sơ kết, ${n(c.tongKet)} hội nghị tổng kết, ${n(c.cluster)} hội nghị của cụm, khối thi đua, ${n(c.ceremony)} lễ trao tặng, đón nhận khen thưởng).`,
    },
    {
      kind: 'paragraph',
      text: `Giải quyết đơn thư: tiếp nhận ${n(p.received)} đơn khiếu nại, tố cáo, kiến nghị, phản ánh về thi đua, khen thưởng; đã giải quyết, trả lời ${n(p.settled)} đơn, không thụ lý ${n(p.notAccepted)} đơn; ${n(p.pending)} đơn đang xử lý, giải quyết.`,
    },
  ];
}

export function annualReportDocument(input: AnnualReportInput): Nd30Document {
  const f = input.figures;
  const t = input.narrative;
  const when = periodText(input);
  const body: Nd30Block[] = [
    { kind: 'heading', text: `Kết quả công tác thi đua, khen thưởng ${when}`, level: 1 },
    { kind: 'heading', text: 'Công tác lãnh đạo, chỉ đạo, tuyên truyền', level: 2 },
    ...paragraphs(t.leadership),
    { kind: 'heading', text: 'Kết quả tổ chức các phong trào thi đua', level: 2 },
    {
      kind: 'paragraph',
      text: `Trong kỳ, ${input.unitInSentence} và các cơ quan, đơn vị trực thuộc đã phát động ${n(f.movements.launched)} phong trào thi đua (${n(f.movements.regular)} phong trào thường xuyên, ${n(f.movements.thematic)} phong trào theo chuyên đề, ${n(f.movements.peak)} đợt thi đua cao điểm); ${n(f.movements.midReviewed)} phong trào đã được sơ kết, ${n(f.movements.finalReviewed)} phong trào đã được tổng kết.`,
    },
    ...paragraphs(t.movements),
    { kind: 'heading', text: 'Đăng ký thi đua', level: 2 },
    {
      kind: 'paragraph',
      text: `Có ${n(f.registrations.units)} cơ quan, đơn vị đăng ký thi đua với ${n(f.registrations.total)} lượt đăng ký danh hiệu thi đua: ${n(f.registrations.individuals)} lượt cá nhân, ${n(f.registrations.collectives)} lượt tập thể, ${n(f.registrations.households)} lượt hộ gia đình.`,
    },
    { kind: 'heading', text: 'Công tác khen thưởng', level: 2 },
    {
      kind: 'paragraph',
      text: `Tổng số ${n(f.awards.total)} lượt tập thể, cá nhân, hộ gia đình được khen thưởng: cấp Nhà nước ${n(f.awards.state)}, cấp tỉnh ${n(f.awards.province)}, cấp cơ sở ${n(f.awards.local)}; trong đó ${n(f.awards.titles)} danh hiệu thi đua và ${n(f.awards.forms)} hình thức khen thưởng (chi tiết tại bảng dưới đây).`,
    },
    awardsTable(f),
    {
      kind: 'paragraph',
      text: `Khen thưởng cấp trên (khen cao): đã trình ${n(f.khenCao.sent)} trường hợp; cấp trên đã quyết định khen thưởng ${n(f.khenCao.awarded)} trường hợp; ${n(f.khenCao.pending)} trường hợp đang chờ kết quả.`,
    },
    {
      kind: 'paragraph',
      text: `Tỷ lệ cá nhân được khen thưởng theo đối tượng (theo Chỉ thị số 41-CT/TW), so với cùng kỳ năm trước:`,
    },
    shareTable(f, input.year, input.kind),
    ...paragraphs(t.awards),
    { kind: 'heading', text: 'Phong trào thi đua sáng kiến', level: 2 },
    {
      kind: 'paragraph',
      text: `Có ${n(f.initiatives.total)} sáng kiến được công nhận: ${n(f.initiatives.coSo)} sáng kiến có phạm vi ảnh hưởng cấp cơ sở, ${n(f.initiatives.tinh)} cấp tỉnh, ${n(f.initiatives.toanQuoc)} toàn quốc.`,
    },
    { kind: 'heading', text: 'Hoạt động của cụm, khối thi đua', level: 2 },
    ...clusterBlocks(f),
    ...oversightBlocks(f, input.year),
    { kind: 'heading', text: 'Đánh giá chung', level: 1 },
    { kind: 'heading', text: 'Ưu điểm', level: 2 },
    ...paragraphs(t.strengths),
    { kind: 'heading', text: 'Hạn chế, nguyên nhân', level: 2 },
    ...paragraphs(t.limitations),
    { kind: 'heading', text: `Phương hướng, nhiệm vụ ${nextPeriodText(input)}`, level: 1 },
    ...paragraphs(t.directions),
    { kind: 'heading', text: 'Đề xuất, kiến nghị', level: 1 },
    ...paragraphs(t.proposals),
  ];
  const units = input.units ?? [];
  return {
    issuer: input.issuer,
    number: { symbol: input.symbol },
    place: input.place,
    date: input.date,
    type: 'BÁO CÁO',
    subject: annualReportSubject(input.year, input.kind),
    body,
    recipients: [input.receiver],
    signature: { lines: input.signerLines, name: t.signerName.trim() },
    attachments:
      units.length > 0
        ? [
            {
              label: 'Phụ lục',
              title: 'TÌNH HÌNH BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ TRỰC THUỘC',
              note: `(Kèm theo Báo cáo ${periodText(input)} của ${input.unitInSentence})`,
              blocks: [
                {
                  kind: 'table',
                  columns: [
                    { header: 'TT', width: 6, align: 'center' },
                    { header: 'Cơ quan, đơn vị', width: 48 },
                    { header: 'Đã gửi báo cáo', width: 16, align: 'center' },
                    { header: 'Phong trào', width: 14, align: 'right' },
                    { header: 'Lượt khen thưởng', width: 16, align: 'right' },
                  ],
                  rows: units.map((u, i) => ({
                    cells: [
                      String(i + 1),
                      u.name,
                      u.submitted ? 'Đã gửi' : 'Chưa gửi',
                      u.movements === null ? '' : n(u.movements),
                      u.awards === null ? '' : n(u.awards),
                    ],
                  })),
                },
              ],
            },
          ]
        : undefined,
    meta: { title: `Báo cáo ${annualReportSubject(input.year, input.kind).toLowerCase()}` },
  };
}

export const buildAnnualReportDocx = (input: AnnualReportInput) => buildNd30Docx(annualReportDocument(input));
export const buildAnnualReportPdf = (input: AnnualReportInput) => buildNd30Pdf(annualReportDocument(input));
