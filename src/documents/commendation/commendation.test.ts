// The documents of a commendation round, built from the demo sample round, read back from the DOCX
// XML (fonts, sizes, header table, margins, texts, amounts, colours, orientation) and from the PDF
// (header, pages, media boxes, text through pdftotext when it is installed).
import { beforeAll, describe, expect, it } from 'vitest';
import { formatNumberVN, moneyInWords } from '../../domain/vi-text/index.js';
import {
  attr,
  blockViews,
  checkDocxPackage,
  docxText,
  findAll,
  MARGIN,
  openDocx,
  PAGE,
  sectionViews,
  type ParagraphView,
  type TableView,
} from '../nd30/index.js';
import { hasPdftotext, looksLikePdf, pdfPageCount, pdfPages, pdfText } from '../pdf/inspect.js';
import {
  ballotOutcome,
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
  certificateLayout,
  CERTIFICATE_RED,
  DEFAULT_CERTIFICATE_LAYOUT,
  decisionListRows,
  groupByAward,
  percentText,
  subjectCounts,
  thresholdText,
  totalAmount,
  voteThresholdFor,
  type CouncilMember,
} from './index.js';
import { sampleRound, type SampleRound } from '../../cli/document-sample.js';

let round: SampleRound;
beforeAll(() => {
  round = sampleRound();
});

/** Every run with text in Times New Roman (ascii and hAnsi). */
function allTimes(parts: Awaited<ReturnType<typeof openDocx>>): boolean {
  const runs = findAll(parts.body, 'w:r');
  return (
    runs.length > 0 &&
    runs.every((r) => {
      const fonts = findAll(r, 'w:rFonts')[0];
      const text = findAll(r, 'w:t').length > 0;
      return !text || (attr(fonts, 'w:ascii') === 'Times New Roman' && attr(fonts, 'w:hAnsi') === 'Times New Roman');
    })
  );
}

const paragraphs = (parts: Awaited<ReturnType<typeof openDocx>>) =>
  blockViews(parts.body).filter((b): b is ParagraphView => b.kind === 'paragraph');

describe('shared pieces', () => {
  it('counts subjects, formats shares, sums amounts', () => {
    const e = (kind: 'individual' | 'collective') => ({
      kind,
      name: 'X',
      award: 'Giấy khen',
      category: 'form' as const,
    });
    expect(subjectCounts([e('individual'), e('collective'), e('individual')])).toBe('01 tập thể, 02 cá nhân');
    expect(percentText(8 / 9)).toBe('88,9%');
    expect(percentText(0.8)).toBe('80%');
    expect(totalAmount([{ amount: 760_000 }, {}, { amount: 2_530_000 }])).toBe(3_290_000);
    expect(() => totalAmount([{ amount: -1 }])).toThrow(RangeError);
  });

  it('groups by award in order of appearance, individuals sorted by given name', () => {
    const g = groupByAward([
      { kind: 'individual', name: 'Trần Văn Bình', award: 'Lao động tiên tiến', category: 'title' },
      { kind: 'individual', name: 'Nguyễn Thị An', award: 'Lao động tiên tiến', category: 'title' },
      { kind: 'collective', name: 'Trạm Y tế', award: 'Giấy khen', category: 'form' },
    ]);
    expect(g.map((x) => x.award)).toEqual(['Lao động tiên tiến', 'Giấy khen']);
    expect(g[0].entries.map((x) => x.name)).toEqual(['Nguyễn Thị An', 'Trần Văn Bình']);
  });

  it('decides ballots exactly against the threshold of all members', () => {
    const members: CouncilMember[] = Array.from({ length: 10 }, (_, i) => ({
      name: `M${i}`,
      role: 'Ủy viên',
      attendance: i < 9 ? 'present' : 'absent',
    }));
    const nominee = {
      kind: 'individual' as const,
      name: 'A',
      award: 'Chiến sĩ thi đua cơ sở',
      category: 'title' as const,
    };
    const t80 = { share: 0.8, basis: 'X' };
    expect(ballotOutcome({ nominee, agree: 8, disagree: 1, abstain: 0, threshold: t80 }, members)).toEqual({
      base: 10,
      share: 0.8,
      passed: true,
    });
    expect(ballotOutcome({ nominee, agree: 7, disagree: 2, abstain: 0, threshold: t80 }, members).passed).toBe(false);
    expect(
      ballotOutcome(
        { nominee, agree: 5, disagree: 4, abstain: 0, threshold: { share: 0.5, strict: true, basis: 'X' } },
        members,
      ).passed,
    ).toBe(false);
    expect(
      ballotOutcome(
        { nominee, agree: 8, disagree: 1, abstain: 0, threshold: { share: 0.9, of: 'present', basis: 'X' } },
        members,
      ),
    ).toMatchObject({ base: 9, passed: false });
    expect(() => ballotOutcome({ nominee, agree: 9, disagree: 1, abstain: 0, threshold: t80 }, members)).toThrow(
      RangeError,
    );
    expect(thresholdText(t80)).toBe('từ 80% tổng số thành viên Hội đồng trở lên');
    expect(voteThresholdFor('CSTD_CS').share).toBe(0.8);
  });
});

describe('sample round from the demo data', () => {
  it('uses demo people of phường Mường Lay and bonuses by the rules on 18/12/2026 (base salary 2,530,000)', () => {
    const amounts = new Map(round.decision.awardees.map((a) => [a.award, a.amount]));
    expect(amounts.get('Chiến sĩ thi đua cơ sở')).toBe(2_530_000);
    expect(amounts.get('Lao động tiên tiến')).toBe(760_000);
    expect(round.decision.awardees.find((a) => a.kind === 'collective' && a.award === 'Giấy khen')?.amount).toBe(
      1_520_000,
    );
    expect(round.decision.awardees.length).toBe(round.proposal.nominees.length - 1);
    const names = new Set(round.data.people.map((p) => p.fullName));
    expect(round.decision.awardees.filter((a) => a.kind === 'individual').every((a) => names.has(a.name))).toBe(true);
  });
});

describe('Tờ trình (proposal)', () => {
  it('prints header, addressee, counts per award, and a landscape list with achievements', async () => {
    const buf = await buildProposalDocx(round.proposal);
    expect(await checkDocxPackage(buf)).toEqual([]);
    const parts = await openDocx(buf);
    expect(allTimes(parts)).toBe(true);
    const header = blockViews(parts.body)[0] as TableView;
    expect(header.rows[0].cells[0].text).toBe('ỦY BAN NHÂN DÂN\nPHƯỜNG MƯỜNG LAY\nPHÒNG VĂN HÓA - XÃ HỘI');
    expect(header.rows[1].cells.map((c) => c.text)).toEqual([
      'Số: 27/TTr-VHXH',
      'Mường Lay, ngày 08 tháng 12 năm 2026',
    ]);
    const text = await docxText(buf);
    expect(text).toContain('TỜ TRÌNH');
    expect(text).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân phường Mường Lay');
    expect(text).toContain('1. Danh hiệu "Chiến sĩ thi đua cơ sở": 04 cá nhân;');
    expect(text).toContain('Tổng số: 02 tập thể, 12 cá nhân.');
    expect(text).toContain('Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;');
    const sections = sectionViews(parts);
    expect(sections).toHaveLength(2);
    expect(sections[1].pageSize.orient).toBe('landscape');
    const list = blockViews(parts.body)
      .filter((b): b is TableView => b.kind === 'table')
      .at(-1)!;
    expect(list.rows[0].cells.map((c) => c.text)).toEqual([
      'TT',
      'Họ và tên / Tập thể',
      'Chức vụ - đơn vị',
      'Danh hiệu / hình thức',
      'Tóm tắt thành tích',
    ]);
    expect(list.rows[0].header).toBe(true);
  });
});

describe('Biên bản (council minutes)', () => {
  it('states attendance, quorum, and each ballot with share, threshold and citation', async () => {
    const buf = await buildMinutesDocx(round.minutes);
    expect(await checkDocxPackage(buf)).toEqual([]);
    const parts = await openDocx(buf);
    expect(allTimes(parts)).toBe(true);
    const text = await docxText(buf);
    expect(text).toContain('BIÊN BẢN');
    expect(text).toContain('Số: 03/BB-HĐTĐKT');
    expect(text).toContain('Thời gian: bắt đầu vào hồi 08 giờ 00 phút, ngày 15 tháng 12 năm 2026.');
    expect(text).toContain('Thành viên Hội đồng: tổng số 09 thành viên; có mặt 08 thành viên; vắng mặt 01 thành viên.');
    // The quorum printed is the one the software applies (the procedure rules' 2/3), with no unverified citation.
    expect(text).toContain(
      'Số thành viên có mặt 8/9 (88,9%), đạt tỷ lệ tối thiểu 66,7%; cuộc họp đủ điều kiện tiến hành.',
    );
    expect(text).toContain('đi công tác');
    expect(text).toContain('Hình thức biểu quyết: bỏ phiếu kín.');
    expect(text).toMatch(/77,8% \(7\/9\)\t≥ 80% \(1\)\tKhông đạt/u);
    expect(text).toMatch(/88,9% \(8\/9\)\t≥ 80% \(1\)\tĐạt/u);
    // The 80% of the replaced NĐ 98/2023 is applied but not cited until the tenant confirms its own basis.
    expect(text).toContain('(1) Số phiếu đồng ý từ 80% tổng số thành viên Hội đồng trở lên.');
    expect(text).not.toMatch(/98\/2023|chưa xác minh|Bắc Ninh/u);
    expect(text).toContain('Cuộc họp kết thúc vào hồi 10 giờ 30 phút cùng ngày./.');
    // Signatures: secretary left, chair right.
    const closing = blockViews(parts.body)
      .filter((b): b is TableView => b.kind === 'table')
      .at(-1)!;
    expect(closing.rows[0].cells.map((c) => c.text.split('\n')[0])).toEqual(['THƯ KÝ', 'CHỦ TỌA']);
    expect(closing.rows[0].cells[1].text).toContain(round.minutes.chair);
  });
});

describe('Quyết định khen thưởng + Danh sách', () => {
  it('awards the list in Điều 1 with the total in figures and words and the fund; lists grouped by award', async () => {
    const buf = await buildDecisionDocx(round.decision);
    expect(await checkDocxPackage(buf)).toEqual([]);
    const parts = await openDocx(buf);
    expect(allTimes(parts)).toBe(true);
    const total = totalAmount(round.decision.awardees);
    const ps = paragraphs(parts);
    const d1 = ps.find((p) => p.text.startsWith('Điều 1.'))!;
    expect(d1.runs[0]).toMatchObject({ bold: true, size: 14 });
    expect(d1.text).toContain('cho 02 tập thể, 11 cá nhân (có Danh sách kèm theo)');
    const sentence = `Tổng số tiền thưởng: ${formatNumberVN(total)} đồng (${moneyInWords(total)}), chi từ Quỹ thi đua, khen thưởng của phường Mường Lay năm 2026.`;
    expect(ps.some((p) => p.text === sentence)).toBe(true);
    expect(
      ps.some((p) => p.text.startsWith('Điều 3.') && p.text.endsWith('chịu trách nhiệm thi hành Quyết định này./.')),
    ).toBe(true);
    // Header, motto, margins per NĐ 30.
    const header = blockViews(parts.body)[0] as TableView;
    expect(header.borderless).toBe(true);
    const motto = header.rows[0].cells[1].paragraphs.find((p) => p.text === 'Độc lập - Tự do - Hạnh phúc')!;
    expect(motto).toMatchObject({ bold: true, sizes: [14] });
    expect(header.rows[0].cells[1].paragraphs[0]).toMatchObject({
      text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      bold: true,
      sizes: [13],
    });
    expect(header.rows[1].cells[0].text).toBe('Số: 548/QĐ-UBND');
    const [main, list] = sectionViews(parts);
    expect(main.pageSize).toMatchObject({ width: PAGE.width, height: PAGE.height });
    expect(main.margins).toMatchObject({
      top: MARGIN.top,
      bottom: MARGIN.bottom,
      left: MARGIN.left,
      right: MARGIN.right,
    });
    expect(list.pageNumberStart).toBe(1);
    // The list.
    const table = blockViews(parts.body)
      .filter((b): b is TableView => b.kind === 'table')
      .at(-1)!;
    expect(table.rows[0].cells.map((c) => c.text)).toEqual([
      'TT',
      'Họ và tên / Tập thể',
      'Chức vụ - đơn vị',
      'Danh hiệu / hình thức',
      'Số tiền (đ)',
    ]);
    expect(table.rows[1].cells.map((c) => c.text)).toEqual(['I', 'CHIẾN SĨ THI ĐUA CƠ SỞ (03 cá nhân)']);
    expect(table.rows[2].cells[4].text).toBe('2.530.000');
    expect(table.rows.at(-1)!.cells.map((c) => c.text)).toEqual([
      '',
      'Tổng cộng',
      '02 tập thể, 11 cá nhân',
      '',
      formatNumberVN(total),
    ]);
    expect(ps.some((p) => p.text === `Tổng số tiền bằng chữ: ${moneyInWords(total)}.`)).toBe(true);
  });

  it('sorts individuals of each award group with compareNames', () => {
    const rows = decisionListRows(round.decision.awardees);
    const ldtt = rows
      .slice(rows.findIndex((r) => 'group' in r && r.group.startsWith('LAO ĐỘNG')) + 1)
      .filter((r) => 'cells' in r);
    const names = ldtt.slice(0, 6).map((r) => ('cells' in r ? String(r.cells[1]) : ''));
    const given = names.map((n) => n.split(' ').at(-1)!);
    expect([...given].sort(new Intl.Collator('vi').compare)).toEqual(given);
  });
});

describe('Danh sách chi tiền thưởng (payment list)', () => {
  it('is landscape with payable amounts, notes, total in words and three signatures', async () => {
    const buf = await buildPaymentListDocx(round.payment);
    expect(await checkDocxPackage(buf)).toEqual([]);
    const parts = await openDocx(buf);
    expect(allTimes(parts)).toBe(true);
    const [section] = sectionViews(parts);
    expect(section.pageSize).toMatchObject({ width: PAGE.height, height: PAGE.width, orient: 'landscape' });
    const text = await docxText(buf);
    const total = round.payment.rows.reduce((s, r) => s + r.payable, 0);
    expect(text).toContain('DANH SÁCH CHI TIỀN THƯỞNG');
    expect(text).toContain(`Tổng cộng\t\t\t\t${formatNumberVN(total)}`);
    expect(text).toContain(`Tổng số tiền (bằng chữ): ${moneyInWords(total)}.`);
    expect(text).toContain('Chỉ hưởng mức thưởng danh hiệu cao nhất');
    const table = blockViews(parts.body).filter((b): b is TableView => b.kind === 'table')[1];
    expect(table.rows[0].cells.map((c) => c.text)).toEqual([
      'TT',
      'Họ và tên',
      'Đơn vị',
      'Danh hiệu / hình thức',
      'Số quyết định',
      'Số tiền (đ)',
      'Ký nhận',
      'Ghi chú',
    ]);
    const closing = blockViews(parts.body)
      .filter((b): b is TableView => b.kind === 'table')
      .at(-1)!;
    expect(closing.rows[0].cells.map((c) => c.text.split('\n')[0])).toEqual([
      'NGƯỜI LẬP BIỂU',
      'KẾ TOÁN',
      'CHỦ TỊCH UBND PHƯỜNG',
    ]);
  });
});

describe('certificates', () => {
  it('prints the lines in order, position and award in red capitals, on A4 landscape with a border', async () => {
    const certs = round.certificates.slice(0, 2);
    const buf = await buildCertificatesDocx(certs);
    expect(await checkDocxPackage(buf)).toEqual([]);
    const parts = await openDocx(buf);
    expect(allTimes(parts)).toBe(true);
    const sections = sectionViews(parts);
    expect(sections).toHaveLength(2);
    for (const s of sections)
      expect(s.pageSize).toMatchObject({ width: PAGE.height, height: PAGE.width, orient: 'landscape' });
    const ps = paragraphs(parts).filter((p) => p.text.trim());
    const first = ps.slice(0, ps.length / 2).map((p) => p.text);
    expect(first.slice(0, 6)).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG MƯỜNG LAY',
      'TẶNG DANH HIỆU',
      'CHIẾN SĨ THI ĐUA CƠ SỞ',
      certs[0].recipient,
    ]);
    expect(first).toContain('Quyết định số 548/QĐ-UBND ngày 18/12/2026');
    expect(first).toContain('Số sổ vàng: 1');
    expect(first).toContain('Mường Lay, ngày 18 tháng 12 năm 2026');
    const color = (p: ParagraphView) => findAll(p.node, 'w:color').map((c) => attr(c, 'w:val'));
    const byText = (t: string) => ps.find((p) => p.text === t)!;
    expect(color(byText('CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG MƯỜNG LAY'))).toEqual([CERTIFICATE_RED]);
    expect(color(byText('CHIẾN SĨ THI ĐUA CƠ SỞ'))).toEqual([CERTIFICATE_RED]);
    expect(color(byText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toEqual([]);
    expect(byText('CHIẾN SĨ THI ĐUA CƠ SỞ')).toMatchObject({ bold: true, sizes: [32] });
    expect(byText('Số sổ vàng: 1')).toMatchObject({ bold: true, italic: true });
    // Absolutely positioned frames, anchored to the page, at the table's positions.
    const frame = findAll(byText(certs[0].recipient).node, 'w:framePr')[0];
    expect(attr(frame, 'w:vAnchor')).toBe('page');
    expect(Number(attr(frame, 'w:y'))).toBe(Math.round((DEFAULT_CERTIFICATE_LAYOUT.recipient.y * 1440) / 25.4));
    // A page border.
    expect(findAll(parts.body, 'w:pgBorders')).toHaveLength(2);
  });

  it('prints only the variable fields at the overridden positions in blank mode, and reports progress', async () => {
    const progress: [number, number][] = [];
    const buf = await buildCertificatesDocx(round.certificates.slice(0, 3), {
      mode: 'blank',
      fields: { recipient: { y: 90, size: 20 } },
      onProgress: (d, t) => progress.push([d, t]),
    });
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    const parts = await openDocx(buf);
    const ps = paragraphs(parts).filter((p) => p.text.trim());
    expect(ps.some((p) => /CỘNG HÒA|CHIẾN SĨ THI ĐUA CƠ SỞ|TẶNG/u.test(p.text))).toBe(false);
    expect(findAll(parts.body, 'w:pgBorders')).toHaveLength(0);
    const rec = ps.find((p) => p.text === round.certificates[0].recipient)!;
    expect(rec.sizes).toEqual([20]);
    expect(Number(attr(findAll(rec.node, 'w:framePr')[0], 'w:y'))).toBe(Math.round((90 * 1440) / 25.4));
    expect(() => certificateLayout({ award: { x: 290 } })).toThrow(RangeError);
  });

  it('renders a PDF page per certificate, landscape, with the names', async () => {
    const certs = round.certificates.slice(0, 4);
    const progress: number[] = [];
    const pdf = await buildCertificatesPdf(certs, { onProgress: (d) => progress.push(d) });
    expect(looksLikePdf(pdf)).toBe(true);
    expect(pdfPageCount(pdf)).toBe(4);
    expect(pdfPages(pdf).every((p) => p.landscape && Math.round(p.width) === 842)).toBe(true);
    expect(progress.at(-1)).toBe(4);
    if (hasPdftotext()) {
      const text = pdfText(pdf);
      for (const c of certs) expect(text).toContain(c.recipient);
      expect(text).toContain('TẶNG DANH HIỆU');
      expect(text).toContain('Số sổ vàng: 4');
    }
    const blank = await buildCertificatesPdf(certs.slice(0, 1), { mode: 'blank' });
    expect(pdfPageCount(blank)).toBe(1);
    if (hasPdftotext()) expect(pdfText(blank)).not.toContain('CỘNG HÒA');
  });
});

describe('PDFs of the NĐ 30 documents', () => {
  it('parse, have the expected pages and orientation, and contain the names and amounts', async () => {
    const proposal = await buildProposalPdf(round.proposal);
    const minutes = await buildMinutesPdf(round.minutes);
    const decision = await buildDecisionPdf(round.decision);
    const payment = await buildPaymentListPdf(round.payment);
    for (const pdf of [proposal, minutes, decision, payment]) {
      expect(looksLikePdf(pdf)).toBe(true);
      expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);
    }
    const dPages = pdfPages(decision);
    expect(dPages[0]).toMatchObject({ landscape: false });
    expect(Math.round(dPages[0].width)).toBe(595);
    expect(pdfPages(proposal).at(-1)!.landscape).toBe(true);
    expect(pdfPages(payment).every((p) => p.landscape)).toBe(true);
    if (!hasPdftotext()) return;
    const total = totalAmount(round.decision.awardees);
    const dText = pdfText(decision);
    expect(dText).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(dText).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(dText).toContain('Số: 548/QĐ-UBND');
    expect(dText.replace(/\s+/gu, ' ')).toContain(`${formatNumberVN(total)} đồng (${moneyInWords(total)})`);
    // Long names wrap inside their cell and pdftotext may read a neighbouring cell in between:
    // every word of every name is there, and most names whole.
    const words = new Set(dText.split(/\s+/u));
    for (const a of round.decision.awardees) for (const w of a.name.split(' ')) expect(words).toContain(w);
    const whole = round.decision.awardees.filter((a) => dText.replace(/\s+/gu, ' ').includes(a.name));
    expect(whole.length).toBeGreaterThan(round.decision.awardees.length / 2);
    // No page number on the first page; '2' at the top of the second page of the main part.
    const firstPage = pdfText(decision, { first: 1, last: 1 }).trim();
    expect(firstPage.startsWith('ỦY BAN NHÂN DÂN') || firstPage.startsWith('CỘNG HÒA')).toBe(true);
    const mText = pdfText(minutes);
    expect(mText).toMatch(/Không\s+đạt/u);
    expect(pdfText(payment)).toContain('Chỉ hưởng mức thưởng danh hiệu cao nhất'.split(' ')[0]);
    expect(pdfText(proposal)).toContain('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
  });
});

describe('DOCX and PDF consistency of the decision across subject counts', () => {
  it('rejects an empty list', () => {
    expect(() => decisionListRows([])).not.toThrow();
    return expect(buildDecisionDocx({ ...round.decision, awardees: [] })).rejects.toThrow(RangeError);
  });
});
