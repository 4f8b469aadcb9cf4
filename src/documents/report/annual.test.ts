// The annual report's DOCX and PDF: NĐ 30 header, subject, the figures' tables, the officer's text,
// 'Nơi nhận' and the signature, and no internal marker.
import { describe, expect, it } from 'vitest';
import { computeAnnualFigures, defaultNarrative } from '../../domain/reports/annual.js';
import { findInternalMarkers } from '../internal-markers.js';
import { docxText } from '../nd30/inspect.js';
import { type AnnualReportInput, annualReportDocument, buildAnnualReportDocx, buildAnnualReportPdf } from './annual.js';

const figures = computeAnnualFigures({
  movements: [{ kind: 'regular', status: 'launched', launched: true, midReviewed: false, finalReviewed: false }],
  registrations: [{ subjectKind: 'individual', unitOrgId: 'a' }],
  awards: [
    { awardCode: 'BK_TINH', subjectKind: 'individual', category: 'cong_chuc', isManager: false },
    { awardCode: 'LDTT', subjectKind: 'individual', category: 'nong_dan', isManager: false },
  ],
  previousAwards: [{ awardCode: 'LDTT', subjectKind: 'individual', category: 'cong_chuc', isManager: true }],
  initiatives: [],
  clusters: [{ name: 'Cụm thi đua các phường', members: 4, leaders: ['Phường Mường Lay'], ownRank: 1 }],
  sentUp: [],
});

const input: AnnualReportInput = {
  issuer: { name: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG MƯỜNG LAY'] },
  symbol: 'BC-UBND',
  place: 'Mường Lay',
  date: { year: 2026 },
  year: 2026,
  kind: 'year',
  unitInSentence: 'phường Mường Lay',
  receiver: 'UBND tỉnh Điện Biên',
  figures,
  narrative: {
    ...defaultNarrative({ year: 2026, kind: 'year' }),
    leadership: 'Dòng thứ nhất của cán bộ.\n\nDòng thứ hai của cán bộ.',
    signerName: 'Lò Văn Chủ',
  },
  signerLines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
  units: [
    { name: 'Trường THCS Mường Lay', submitted: true, awards: 12, movements: 1 },
    { name: 'Trạm Y tế phường', submitted: false, awards: null, movements: null },
  ],
};

describe('annual report document', () => {
  it('prints the NĐ 30 parts, the figures and the narrative as paragraphs', async () => {
    const doc = annualReportDocument(input);
    expect(doc.type).toBe('BÁO CÁO');
    expect(doc.number).toEqual({ symbol: 'BC-UBND' });
    expect(doc.recipients).toEqual(['UBND tỉnh Điện Biên']);
    const text = await docxText(await buildAnnualReportDocx(input));
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'PHƯỜNG MƯỜNG LAY',
      'Số:',
      '/BC-UBND',
      'Tổng kết công tác thi đua, khen thưởng năm 2026 và phương hướng, nhiệm vụ năm 2027',
      'Dòng thứ nhất của cán bộ.',
      'Dòng thứ hai của cán bộ.',
      'Bằng khen của Chủ tịch UBND tỉnh',
      'Khen thưởng cấp tỉnh',
      'Cụm thi đua các phường',
      'Năm 2025 (người)',
      'Nơi nhận',
      'TM. ỦY BAN NHÂN DÂN',
      'Lò Văn Chủ',
      'Trạm Y tế phường',
      'Chưa gửi',
    ])
      expect(text).toContain(s);
    expect(findInternalMarkers(text)).toEqual([]);
  });

  it('prints the oversight work in sentences, and nothing of it for figures frozen without it', async () => {
    const oversight = {
      inspections: { planned: 4, conducted: 3, concluded: 2, recommendations: 5, openRecommendations: 1 },
      trainings: { planned: 2, held: 1, attendees: 37 },
      conferences: { total: 2, soKet: 1, tongKet: 0, cluster: 0, ceremony: 1 },
      petitions: { received: 6, settled: 3, notAccepted: 1, pending: 2 },
    };
    const text = await docxText(await buildAnnualReportDocx({ ...input, figures: { ...figures, oversight } }));
    for (const s of [
      'Công tác kiểm tra, tập huấn, hội nghị và giải quyết đơn thư',
      'theo kế hoạch kiểm tra năm 2026 có 4 cuộc kiểm tra',
      'đã tiến hành 3 cuộc, đã ban hành kết luận 2 cuộc',
      'đã kiến nghị 5 nội dung, trong đó 1 kiến nghị chưa thực hiện xong',
      'đã tổ chức 1 lớp (trong số 2 lớp theo kế hoạch) với 37 lượt người tham dự',
      '1 hội nghị sơ kết, 0 hội nghị tổng kết, 0 hội nghị của cụm, khối thi đua, 1 lễ trao tặng',
      'tiếp nhận 6 đơn',
      'đã giải quyết, trả lời 3 đơn, không thụ lý 1 đơn; 2 đơn đang xử lý, giải quyết',
    ])
      expect(text).toContain(s);
    const frozen = await docxText(await buildAnnualReportDocx(input));
    expect(frozen).not.toContain('Giải quyết đơn thư');
  });

  it('renders the six-month report as a PDF', async () => {
    const pdf = await buildAnnualReportPdf({ ...input, kind: 'half', units: [] });
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(annualReportDocument({ ...input, kind: 'half' }).subject).toBe(
      'Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2026 và phương hướng, nhiệm vụ 6 tháng cuối năm 2026',
    );
  });
});
