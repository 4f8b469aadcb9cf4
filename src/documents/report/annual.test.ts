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

  it('renders the six-month report as a PDF', async () => {
    const pdf = await buildAnnualReportPdf({ ...input, kind: 'half', units: [] });
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(annualReportDocument({ ...input, kind: 'half' }).subject).toBe(
      'Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2026 và phương hướng, nhiệm vụ 6 tháng cuối năm 2026',
    );
  });
});
