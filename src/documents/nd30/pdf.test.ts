// The PDF of an NĐ 30 document: same model as the DOCX, A4 with the decree's margins, page numbers
// from page 2 (and each attachment numbered from 1), landscape attachments, the text in Unicode.
import { describe, expect, it } from 'vitest';
import { formatNumberVN, moneyInWords } from '../../domain/vi-text/index.js';
import { hasPdftotext, looksLikePdf, pdfPageCount, pdfPages, pdfText } from '../pdf/inspect.js';
import { buildPlanPdf } from '../plan/index.js';
import { buildNd30Pdf, nd30PdfDefinition, PDF_MARGINS, signerLines, type Nd30Document } from './index.js';

const BONUS = 2_530_000;
const rows = Array.from({ length: 45 }, (_, i) => ({
  cells: [
    String(i + 1),
    `Nguyễn Thị Hồng Nhung ${i + 1}`,
    'Công chức Văn phòng HĐND và UBND phường',
    formatNumberVN(BONUS),
  ],
}));

const doc: Nd30Document = {
  issuer: { superior: ['UBND TỈNH ĐIỆN BIÊN'], name: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG MƯỜNG LAY'] },
  number: { value: 12, symbol: 'QĐ-UBND' },
  place: 'Mường Lay',
  date: '2026-01-05',
  type: 'QUYẾT ĐỊNH',
  subject: 'Về việc tặng danh hiệu "Lao động tiên tiến" năm 2025',
  authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG MƯỜNG LAY',
  bases: [
    'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
    'Xét đề nghị của Trưởng phòng Văn hóa - Xã hội phường',
  ],
  enacting: 'QUYẾT ĐỊNH:',
  body: [
    { kind: 'heading', text: 'Mục đích, yêu cầu' },
    { kind: 'list', items: ['Ghi nhận thành tích', 'Động viên'] },
    {
      kind: 'article',
      text: `Tặng danh hiệu "Lao động tiên tiến" cho ông Nguyễn Văn An, kèm theo tiền thưởng ${formatNumberVN(BONUS)} đồng (${moneyInWords(BONUS)}).`,
    },
    { kind: 'pageBreak' },
    { kind: 'article', text: 'Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này./.' },
  ],
  recipients: ['Như Điều 2'],
  archive: ['VT', 'VHXH'],
  signature: { lines: signerLines({ deputyFor: 'CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH' }), name: 'Lò Văn Bình' },
  attachments: [
    {
      title: 'DANH SÁCH',
      subtitle: 'Cá nhân được tặng danh hiệu "Lao động tiên tiến" năm 2025',
      orientation: 'landscape',
      blocks: [
        {
          kind: 'table',
          columns: [
            { header: 'TT', width: 1, align: 'center' },
            { header: 'Họ và tên', width: 4 },
            { header: 'Chức vụ, đơn vị', width: 6 },
            { header: 'Số tiền (đồng)', width: 3, align: 'right' },
          ],
          rows,
        },
      ],
    },
  ],
};

describe('buildNd30Pdf', () => {
  it('uses A4 with margins 20/20/30/15 mm and the vendored serif', () => {
    const def = nd30PdfDefinition(doc);
    expect(def.pageSize).toBe('A4');
    expect(PDF_MARGINS.map((v) => Math.round((v * 25.4) / 72))).toEqual([30, 20, 15, 20]);
    expect(def.defaultStyle.font).toBe('TimesVN');
  });

  it('renders portrait main pages and landscape attachment pages', async () => {
    const pdf = await buildNd30Pdf(doc);
    expect(looksLikePdf(pdf)).toBe(true);
    const pages = pdfPages(pdf);
    expect(pages.length).toBe(pdfPageCount(pdf));
    expect(pages.slice(0, 2).map((p) => p.landscape)).toEqual([false, false]);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages.slice(2).every((p) => p.landscape)).toBe(true);
    if (!hasPdftotext()) return;
    const text = pdfText(pdf);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Số: 12/QĐ-UBND');
    expect(text).toContain('Mường Lay, ngày 05 tháng 01 năm 2026');
    expect(text).toContain('Lò Văn Bình');
    expect(text).toContain('Nguyễn Thị Hồng Nhung 45');
    // Page numbers: none on page 1, '2' on page 2; the attachment restarts (none on its first page, '2' on its second).
    const page = (n: number) =>
      pdfText(pdf, { first: n, last: n, layout: true })
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    expect(page(1)[0]).not.toMatch(/^\d+$/u);
    expect(page(2)[0]).toBe('2');
    expect(page(3)[0]).not.toMatch(/^\d+$/u);
    expect(page(4)[0]).toBe('2');
    // The attachment's header row is repeated on its second page.
    expect(page(4)[1]).toMatch(/^TT\s+Họ và tên/u);
  });

  it('gives the plan a PDF too', async () => {
    const pdf = await buildPlanPdf({
      issuer: { name: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG MƯỜNG LAY'] },
      place: 'Mường Lay',
      year: 2026,
      title: 'Công tác thi đua, khen thưởng năm 2026',
      bases: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'],
      sections: [{ heading: 'Mục đích, yêu cầu', paragraphs: ['Đẩy mạnh phong trào thi đua.'] }],
      tasks: [{ quarter: 'I', title: 'Ban hành kế hoạch', lead: 'Phòng Văn hóa - Xã hội', partners: [], due: null }],
      recipients: ['Các cơ quan, đơn vị'],
      signer: { lines: ['CHỦ TỊCH'], name: 'Lường Ngọc Mai' },
    });
    expect(looksLikePdf(pdf)).toBe(true);
    if (!hasPdftotext()) return;
    const text = pdfText(pdf);
    expect(text).toContain('KẾ HOẠCH');
    expect(text).toContain('Ban hành kế hoạch');
    expect(text).toContain('NHIỆM VỤ THỰC HIỆN TRONG QUÝ I');
  });
});
