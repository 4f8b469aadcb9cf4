// The generic NĐ 30/2020 builder: fixed wordings, and a short commendation decision (Quyết định)
// with two articles, a bonus amount and an attached list, read back from the DOCX XML.
import { beforeAll, describe, expect, it } from 'vitest';
import { formatNumberVN, moneyInWords } from '../../domain/vi-text/index.js';
import {
  attr,
  blockViews,
  buildNd30Docx,
  checkDocxPackage,
  docxText,
  estimateTextWidth,
  fieldCodes,
  findAll,
  numberLine,
  openDocx,
  placeDateLine,
  punctuateBases,
  recipientLines,
  sectionViews,
  signerLines,
  toRoman,
  upperVN,
  type DocxParts,
  type Nd30Document,
  type ParagraphView,
  type TableView,
} from './index.js';

describe('fixed wordings', () => {
  it('writes the number with a leading zero below 10, or leaves it blank', () => {
    expect(numberLine({ value: 12, symbol: 'QĐ-UBND' })).toBe('Số: 12/QĐ-UBND');
    expect(numberLine({ value: 5, symbol: 'QĐ-UBND' })).toBe('Số: 05/QĐ-UBND');
    expect(numberLine({ value: '7', symbol: 'TTr-VHXH' })).toBe('Số: 07/TTr-VHXH');
    expect(numberLine({ value: '86/2025', symbol: 'QĐ-UBND' })).toBe('Số: 86/2025/QĐ-UBND');
    expect(numberLine({ symbol: 'KH-UBND' })).toBe('Số:      /KH-UBND');
    expect(numberLine({ value: null, symbol: '/KH-UBND' })).toBe('Số:      /KH-UBND');
    expect(() => numberLine({ value: 0, symbol: 'QĐ-UBND' })).toThrow(RangeError);
  });

  it('writes the place-date line with NĐ 30 leading zeros, or blanks to fill in by hand', () => {
    expect(placeDateLine('Mường Lay', '2026-01-05')).toBe('Mường Lay, ngày 05 tháng 01 năm 2026');
    expect(placeDateLine('Bắc Ninh', '2025-12-03')).toBe('Bắc Ninh, ngày 03 tháng 12 năm 2025');
    expect(placeDateLine('Điềm He', '2026-03-15')).toBe('Điềm He, ngày 15 tháng 3 năm 2026');
    expect(placeDateLine('Mường Lay', { year: 2026 })).toBe('Mường Lay, ngày      tháng      năm 2026');
    expect(placeDateLine('Mường Lay', { year: 2026, month: 1 })).toBe('Mường Lay, ngày      tháng 01 năm 2026');
    expect(() => placeDateLine('X', '2026-02-30')).toThrow(RangeError);
    expect(() => placeDateLine('X', { year: 2026, month: 13 })).toThrow(RangeError);
  });

  it('builds signature lines for collective, deputy and own-competence signing', () => {
    expect(signerLines({ position: 'CHỦ TỊCH' })).toEqual(['CHỦ TỊCH']);
    expect(signerLines({ onBehalfOf: 'ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH' })).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
    ]);
    expect(signerLines({ onBehalfOf: 'ỦY BAN NHÂN DÂN', deputyFor: 'CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH' })).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
    ]);
    expect(signerLines({ delegatedBy: 'CHỦ TỊCH', position: 'CHÁNH VĂN PHÒNG' })).toEqual([
      'TL. CHỦ TỊCH',
      'CHÁNH VĂN PHÒNG',
    ]);
  });

  it('punctuates bases (";" each, "." last, ":" kept) and receivers ("- X;" … "- Lưu: VT, …")', () => {
    expect(punctuateBases(['Căn cứ A.', 'Căn cứ B', 'Căn cứ C;'])).toEqual(['Căn cứ A;', 'Căn cứ B;', 'Căn cứ C.']);
    expect(punctuateBases(['Căn cứ A', 'Thực hiện B, như sau:'])).toEqual(['Căn cứ A;', 'Thực hiện B, như sau:']);
    expect(recipientLines(['Như Điều 3;', '- TT. HĐND phường'], ['VT', 'VHXH'])).toEqual([
      '- Như Điều 3;',
      '- TT. HĐND phường;',
      '- Lưu: VT, VHXH.',
    ]);
    expect(recipientLines(['Như Điều 3', 'Lưu VT, VHXH.'])).toEqual(['- Như Điều 3;', '- Lưu: VT, VHXH.']);
    expect(recipientLines([])).toEqual(['- Lưu: VT.']);
  });

  it('writes Roman numerals and Vietnamese capitals', () => {
    expect([1, 4, 5, 9, 14, 40].map(toRoman)).toEqual(['I', 'IV', 'V', 'IX', 'XIV', 'XL']);
    expect(upperVN('Mục đích, yêu cầu')).toBe('MỤC ĐÍCH, YÊU CẦU');
  });

  it('estimates printed widths well enough to size rules (motto ≈ 60 mm at 14 pt bold)', () => {
    const motto = estimateTextWidth('Độc lập - Tự do - Hạnh phúc', 14, true);
    expect(motto).toBeGreaterThan(3100);
    expect(motto).toBeLessThan(3700);
  });
});

/** The bonus sentence of Điều 1, amount in figures and in words. */
const BONUS = 2_530_000;
const bonusText = `kèm theo tiền thưởng ${formatNumberVN(BONUS)} đồng (${moneyInWords(BONUS)})`;

const decision: Nd30Document = {
  issuer: { name: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG MƯỜNG LAY'] },
  number: { value: 12, symbol: 'QĐ-UBND' },
  place: 'Mường Lay',
  date: '2026-01-05',
  type: 'QUYẾT ĐỊNH',
  subject: 'Về việc tặng danh hiệu "Lao động tiên tiến" năm 2025',
  authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG MƯỜNG LAY',
  bases: [
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025',
    'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
    'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ',
    'Xét đề nghị của Trưởng phòng Văn hóa - Xã hội phường',
  ],
  enacting: 'QUYẾT ĐỊNH:',
  body: [
    {
      kind: 'article',
      text: `Tặng danh hiệu "Lao động tiên tiến" năm 2025 cho ông Nguyễn Văn An, công chức Văn phòng HĐND và UBND phường, đã có thành tích hoàn thành tốt nhiệm vụ năm 2025, ${bonusText}.`,
    },
    {
      kind: 'article',
      text: 'Chánh Văn phòng HĐND và UBND phường, Trưởng phòng Văn hóa - Xã hội phường và ông Nguyễn Văn An chịu trách nhiệm thi hành Quyết định này.',
      paragraphs: ['Quyết định này có hiệu lực kể từ ngày ký./.'],
    },
  ],
  recipients: ['Như Điều 2', 'TT. HĐND phường'],
  archive: ['VT', 'VHXH'],
  signature: { lines: signerLines({ deputyFor: 'CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH' }), name: 'Lò Văn Bình' },
  attachments: [
    {
      title: 'DANH SÁCH',
      subtitle: 'Cá nhân được tặng danh hiệu "Lao động tiên tiến" năm 2025',
      note: '(Kèm theo Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2026 của Chủ tịch UBND phường Mường Lay)',
      blocks: [
        {
          kind: 'table',
          columns: [
            { header: 'TT', width: 1, align: 'center' },
            { header: 'Họ và tên', width: 4 },
            { header: 'Chức vụ, đơn vị', width: 6 },
            { header: 'Số tiền (đồng)', width: 3, align: 'right' },
          ],
          rows: [
            { cells: ['1', 'Nguyễn Văn An', 'Công chức Văn phòng HĐND và UBND phường', formatNumberVN(BONUS)] },
            { cells: ['', 'Tổng cộng', '', formatNumberVN(BONUS)], bold: true },
          ],
        },
      ],
    },
  ],
};

describe('a commendation decision (Quyết định) with two articles and an attached list', () => {
  let buffer: Buffer;
  let parts: DocxParts;
  let ps: ParagraphView[];

  beforeAll(async () => {
    buffer = await buildNd30Docx(decision);
    parts = await openDocx(buffer);
    ps = blockViews(parts.body).filter((b): b is ParagraphView => b.kind === 'paragraph');
  });

  it('states the bonus in figures and in words', () => {
    expect(bonusText).toBe('kèm theo tiền thưởng 2.530.000 đồng (Hai triệu năm trăm ba mươi nghìn đồng)');
  });

  it('is a sound DOCX package', async () => {
    expect(await checkDocxPackage(buffer)).toEqual([]);
  });

  it('prints the header: number 12/QĐ-UBND and the dated place line', () => {
    const header = blockViews(parts.body)[0] as TableView;
    expect(header.kind).toBe('table');
    expect(header.rows[1].cells.map((c) => c.text)).toEqual(['Số: 12/QĐ-UBND', 'Mường Lay, ngày 05 tháng 01 năm 2026']);
  });

  it('prints type, subject, authority and italic bases punctuated per NĐ 30, then "QUYẾT ĐỊNH:"', () => {
    const texts = ps.map((p) => p.text).filter(Boolean);
    const i = texts.indexOf('QUYẾT ĐỊNH');
    expect(texts.slice(i, i + 8)).toEqual([
      'QUYẾT ĐỊNH',
      'Về việc tặng danh hiệu "Lao động tiên tiến" năm 2025',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG MƯỜNG LAY',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ;',
      'Xét đề nghị của Trưởng phòng Văn hóa - Xã hội phường.',
      'QUYẾT ĐỊNH:',
    ]);
    const byText = (t: string) => ps.find((p) => p.text === t)!;
    expect(byText('QUYẾT ĐỊNH')).toMatchObject({ bold: true, align: 'center', sizes: [14] });
    expect(byText('CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG MƯỜNG LAY')).toMatchObject({ bold: true, align: 'center' });
    expect(ps.filter((p) => /^(Căn cứ|Xét)/u.test(p.text)).every((p) => p.italic && !p.bold)).toBe(true);
    expect(byText('QUYẾT ĐỊNH:')).toMatchObject({ bold: true, align: 'center' });
  });

  it('prints "Điều 1." and "Điều 2." bold, the article text regular, the bonus in Điều 1', () => {
    const articles = ps.filter((p) => p.text.startsWith('Điều '));
    expect(articles.map((a) => a.text.slice(0, 8))).toEqual(['Điều 1. ', 'Điều 2. ']);
    for (const a of articles) {
      expect(a.runs[0]).toMatchObject({ bold: true, size: 14 });
      expect(a.runs[0].text).toMatch(/^Điều \d\.$/u);
      expect(a.runs.slice(1).some((r) => r.text.trim() && !r.bold)).toBe(true);
      expect(a.align).toBe('both');
    }
    expect(articles[0].text).toContain('kèm theo tiền thưởng 2.530.000 đồng (Hai triệu năm trăm ba mươi nghìn đồng).');
    expect(ps.some((p) => p.text === 'Quyết định này có hiệu lực kể từ ngày ký./.')).toBe(true);
  });

  it('signs "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" with "Nơi nhận" on the left', async () => {
    const text = await docxText(buffer);
    expect(text).toContain(
      'Nơi nhận: - Như Điều 2; - TT. HĐND phường; - Lưu: VT, VHXH.\tKT. CHỦ TỊCH PHÓ CHỦ TỊCH Lò Văn Bình',
    );
  });

  it('puts the attached list on a new section with its own page numbering and a repeated header row', async () => {
    const sections = sectionViews(parts);
    expect(sections).toHaveLength(2);
    for (const s of sections) {
      expect(s.pageSize).toEqual({ width: 11906, height: 16838, orient: 'portrait' });
      expect(s.titlePage).toBe(true);
      expect(fieldCodes(s.headers.default!)).toEqual(['PAGE']);
      expect(fieldCodes(s.headers.first!)).toEqual([]);
    }
    expect(sections[1].pageNumberStart).toBe(1);
    // The first section ends in a paragraph holding its w:sectPr, before the list's title.
    const text = await docxText(buffer);
    expect(text.indexOf('DANH SÁCH')).toBeGreaterThan(text.indexOf('Lò Văn Bình'));
    const list = blockViews(parts.body)
      .filter((b): b is TableView => b.kind === 'table')
      .at(-1)!;
    expect(list.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['TT', 'Họ và tên', 'Chức vụ, đơn vị', 'Số tiền (đồng)'],
      ['1', 'Nguyễn Văn An', 'Công chức Văn phòng HĐND và UBND phường', '2.530.000'],
      ['', 'Tổng cộng', '', '2.530.000'],
    ]);
    expect(list.rows[0].header).toBe(true);
    expect(list.rows[2].cells[1].paragraphs[0].bold).toBe(true);
    expect(attr(findAll(list.rows[1].cells[3].paragraphs[0].node, 'w:jc')[0], 'w:val')).toBe('right');
    const note = ps.find((p) => p.text.startsWith('(Kèm theo Quyết định số 12/QĐ-UBND'))!;
    expect(note).toMatchObject({ italic: true, align: 'center' });
  });

  it('prints the body at 13 pt when asked, and refuses other sizes', async () => {
    const small = await openDocx(await buildNd30Docx({ ...decision, fontSize: 13, attachments: [] }));
    const article = blockViews(small.body).find(
      (b): b is ParagraphView => b.kind === 'paragraph' && b.text.startsWith('Điều 1.'),
    )!;
    expect(article.sizes.every((s) => s === 13)).toBe(true);
    expect(small.files.get('word/styles.xml')).toContain('<w:sz w:val="26"/>');
    await expect(buildNd30Docx({ ...decision, fontSize: 12 as 13 })).rejects.toThrow(RangeError);
  });

  it('prints a superior body in regular capitals above the issuing body, and a letter summary under the number', async () => {
    const doc = await openDocx(
      await buildNd30Docx({
        ...decision,
        issuer: { superior: ['UBND PHƯỜNG MƯỜNG LAY'], name: ['PHÒNG VĂN HÓA - XÃ HỘI'] },
        number: { value: 3, symbol: 'TTr-VHXH' },
        regarding: 'V/v đề nghị khen thưởng năm 2025',
        type: 'TỜ TRÌNH',
        attachments: [],
      }),
    );
    const header = blockViews(doc.body)[0] as TableView;
    const issuer = header.rows[0].cells[0].paragraphs.filter((p) => p.text);
    expect(issuer.map((p) => [p.text, p.bold])).toEqual([
      ['UBND PHƯỜNG MƯỜNG LAY', false],
      ['PHÒNG VĂN HÓA - XÃ HỘI', true],
    ]);
    expect(header.rows[1].cells[0].paragraphs.map((p) => [p.text, p.sizes[0]])).toEqual([
      ['Số: 03/TTr-VHXH', 13],
      ['V/v đề nghị khen thưởng năm 2025', 12],
    ]);
  });

  it('numbers headings I., 1., 1.1. and keeps lists and page breaks', async () => {
    const doc = await openDocx(
      await buildNd30Docx({
        ...decision,
        type: 'BÁO CÁO',
        authority: undefined,
        enacting: undefined,
        bases: [],
        attachments: [],
        body: [
          { kind: 'heading', text: 'Kết quả' },
          { kind: 'heading', level: 2, text: 'Phong trào thi đua' },
          { kind: 'heading', level: 3, text: 'Thường xuyên' },
          { kind: 'heading', level: 3, text: 'Chuyên đề' },
          { kind: 'list', items: ['một', [{ text: 'hai', bold: true }]] },
          { kind: 'pageBreak' },
          { kind: 'heading', text: 'Phương hướng' },
          { kind: 'heading', level: 2, text: 'Nhiệm vụ' },
          { kind: 'heading', level: 2, number: 'a)', text: 'Tự đánh số' },
        ],
      }),
    );
    const texts = blockViews(doc.body)
      .filter((b): b is ParagraphView => b.kind === 'paragraph')
      .map((p) => p.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'I. KẾT QUẢ',
        '1. Phong trào thi đua',
        '1.1. Thường xuyên',
        '1.2. Chuyên đề',
        '- một',
        '- hai',
        'II. PHƯƠNG HƯỚNG',
        '1. Nhiệm vụ',
        'a) Tự đánh số',
      ]),
    );
    expect(findAll(doc.body, 'w:br').some((b) => attr(b, 'w:type') === 'page')).toBe(true);
  });

  it('refuses a table row whose cells do not match the columns', async () => {
    await expect(
      buildNd30Docx({
        ...decision,
        attachments: [],
        body: [
          {
            kind: 'table',
            columns: [
              { header: 'A', width: 1 },
              { header: 'B', width: 1 },
            ],
            rows: [{ cells: ['only one'] }],
          },
        ],
      }),
    ).rejects.toThrow(/row 1 has 1 cells for 2 columns/u);
  });
});
