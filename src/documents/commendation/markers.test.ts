// Every document kind of a round, rendered from the demo data as DOCX and PDF, carries no internal
// marker (issue 9.3: "[U]", "chưa xác minh", "cần đối chiếu", example provinces…), every "Căn cứ"
// line of a decree or law names its subject (trích yếu, NĐ 30/2020 Phụ lục I), and an LĐTT is
// praised for "hoàn thành tốt nhiệm vụ", never "xuất sắc".
import { beforeAll, describe, expect, it } from 'vitest';
import { findInternalMarkers } from '../internal-markers.js';
import { docxText } from '../nd30/inspect.js';
import { hasPdftotext, pdfText } from '../pdf/inspect.js';
import {
  buildCertificatesDocx,
  buildCertificatesPdf,
  buildDecisionDocx,
  buildDecisionPdf,
  buildMinutesDocx,
  buildMinutesPdf,
  buildPaymentListDocx,
  buildPaymentListPdf,
  buildProposalDocx,
  buildProposalPdf,
} from './index.js';
import { sampleRound, type SampleRound } from '../../cli/document-sample.js';

let round: SampleRound;
beforeAll(() => {
  round = sampleRound();
});

const KINDS: Record<
  string,
  { docx: (r: SampleRound) => Promise<Uint8Array>; pdf: (r: SampleRound) => Promise<Uint8Array> }
> = {
  proposal: { docx: (r) => buildProposalDocx(r.proposal), pdf: (r) => buildProposalPdf(r.proposal) },
  minutes: { docx: (r) => buildMinutesDocx(r.minutes), pdf: (r) => buildMinutesPdf(r.minutes) },
  decision: { docx: (r) => buildDecisionDocx(r.decision), pdf: (r) => buildDecisionPdf(r.decision) },
  certificate: { docx: (r) => buildCertificatesDocx(r.certificates), pdf: (r) => buildCertificatesPdf(r.certificates) },
  'payment-list': { docx: (r) => buildPaymentListDocx(r.payment), pdf: (r) => buildPaymentListPdf(r.payment) },
};

describe('documents of a round carry no internal marker', () => {
  it('finds the markers it must refuse (the scanner itself)', () => {
    expect(
      findInternalMarkers(
        'Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7 (chưa xác minh Nghị định 152/2025/NĐ-CP còn giữ tỷ lệ này)',
      ),
    ).toHaveLength(2);
    expect(findInternalMarkers('Quy chế (ví dụ QĐ 86/2025/QĐ-UBND tỉnh Bắc Ninh: 2/3 thành viên) [U]')).toHaveLength(3);
    expect(findInternalMarkers('Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;')).toEqual(
      [],
    );
  });

  for (const [kind, build] of Object.entries(KINDS)) {
    it(`${kind}: DOCX text`, async () => {
      const text = await docxText(await build.docx(round));
      expect(findInternalMarkers(text)).toEqual([]);
    });
    it.skipIf(!hasPdftotext())(`${kind}: PDF text`, async () => {
      const text = pdfText(await build.pdf(round));
      expect(findInternalMarkers(text)).toEqual([]);
    });
  }

  it('every basis naming a law, decree or minutes carries its subject after the date', async () => {
    for (const doc of [round.decision.bases, round.proposal.bases]) {
      for (const line of doc) {
        if (!/^Căn cứ (Luật|Nghị định|Quyết định|Biên bản)/u.test(line)) continue;
        // After 'ngày dd tháng mm năm yyyy' or 'ngày dd/mm/yyyy' something must follow (issuer, trích yếu).
        const tail = line.replace(/^.*?ngày \d{1,2}(?: tháng \d{1,2} năm |\/\d{1,2}\/)\d{4}/u, '');
        if (/^Căn cứ Luật/u.test(line)) expect(line).toMatch(/^Căn cứ Luật [^0-9]+ số \d+\/\d{4}\/QH\d+/u);
        else expect(tail.trim().length, line).toBeGreaterThan(15);
      }
    }
    expect(round.decision.bases.join('\n')).toContain(
      'quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng',
    );
  });

  it('an LĐTT and a Tập thể LĐTT are praised for "hoàn thành tốt nhiệm vụ", never "xuất sắc"', async () => {
    const good = round.certificates.filter((c) => /Lao động tiên tiến/iu.test(c.award));
    expect(good.length).toBeGreaterThanOrEqual(2);
    for (const c of good) {
      expect(c.achievement).toMatch(/hoàn thành tốt nhiệm vụ/u);
      expect(c.achievement).not.toMatch(/xuất sắc/u);
    }
  });
});

describe('citations shown to the office', () => {
  it("lose the administrator's notes of doubt but keep the citation", async () => {
    const { withoutInternalNotes } = await import('../internal-markers.js');
    expect(
      withoutInternalNotes(
        'Luật Thi đua, khen thưởng 2022, Điều 24 (quy định chưa được kiểm chứng đầy đủ, cần đối chiếu văn bản gốc)',
      ),
    ).toBe('Luật Thi đua, khen thưởng 2022, Điều 24');
    expect(withoutInternalNotes('Nghị định 152/2025/NĐ-CP, Điều 49 [U]')).toBe('Nghị định 152/2025/NĐ-CP, Điều 49');
    expect(findInternalMarkers(withoutInternalNotes('Điều 73 (chưa xác minh) [R]'))).toEqual([]);
  });
});
