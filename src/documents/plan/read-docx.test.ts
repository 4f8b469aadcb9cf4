import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table as WordTable,
  TableCell,
  TableRow as WordRow,
  VerticalMergeType,
  WidthType,
} from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { SEED_FILES, seedBytes } from '../../domain/plans/fixtures/seeds.js';
import { readTextTables } from '../../domain/plans/index.js';
import { importPlan } from './import.js';
import { readDocx } from './read-docx.js';

const cellOf = (text: string, opts: { columnSpan?: number; merge?: 'restart' | 'continue' } = {}) =>
  new TableCell({
    children: text.split('\n').map((line) => new Paragraph(line)),
    columnSpan: opts.columnSpan,
    verticalMerge:
      opts.merge === 'restart'
        ? VerticalMergeType.RESTART
        : opts.merge === 'continue'
          ? VerticalMergeType.CONTINUE
          : undefined,
  });

/**
 * Seed 000's task table as a real Word table: the first header row marked as a repeating header,
 * the header rows repeated where the source repeats them, section rows as one cell spanning the
 * three text columns, the lead cells of Q1 tasks 3–8 merged vertically into one, and the two
 * bulleted partners of Q4 task 1 as two paragraphs of one cell. Prose paragraphs around it.
 */
async function seed000AsDocx(): Promise<Uint8Array> {
  const text = new TextDecoder().decode(seedBytes('muongLay'));
  const [table] = readTextTables(text);
  let taskIndex = 0;
  let headers = 0;
  const rows = table.rows.map(({ cells }) => {
    const [tt, title, lead, partners] = cells;
    if (tt === 'TT') {
      headers++;
      return new WordRow({ tableHeader: headers === 1, children: cells.map((c) => cellOf(c)) });
    }
    if (/^[IVX]+$/u.test(tt)) {
      return new WordRow({ children: [cellOf(tt), cellOf(title, { columnSpan: 3 })] });
    }
    taskIndex++;
    const leadCell =
      taskIndex === 3
        ? cellOf(lead, { merge: 'restart' })
        : taskIndex > 3 && taskIndex <= 8
          ? cellOf('', { merge: 'continue' })
          : cellOf(lead);
    const partnersCell =
      taskIndex === 17
        ? cellOf('- Khôi thi đua trường học\n- Các cơ quan, đơn vị trên địa bàn phường')
        : cellOf(partners);
    return new WordRow({ children: [cellOf(tt), cellOf(title), leadCell, partnersCell] });
  });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'KẾ HOẠCH', heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
          new Paragraph('Công tác thi đua, khen thưởng trên địa bàn phường Mường Lay năm 2026'),
          new Paragraph('III. NHIỆM VỤ CỤ THỂ, ĐƠN VỊ THỰC HIỆN'),
          new WordTable({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }),
          new Paragraph('IV. TỔ CHỨC THỰC HIỆN'),
          new Paragraph('1. Hội đồng thi đua, khen thưởng phường'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** A minimal DOCX around a hand-written body, for XML shapes the `docx` package does not emit. */
async function docxWithBody(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (inner: string, pr = '') => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${inner}</w:tc>`;

describe('DOCX plans', () => {
  it('builds a fixture that really has a repeated header, a spanning section row and a vertical merge', async () => {
    const zip = await JSZip.loadAsync(await seed000AsDocx());
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('<w:tblHeader');
    expect(xml).toMatch(/<w:gridSpan w:val="3"\/>/u);
    expect(xml).toMatch(/<w:vMerge w:val="restart"\/>/u);
    expect(xml).toMatch(/<w:vMerge w:val="continue"\/>|<w:vMerge\/>/u);
    expect(xml.match(/>TT</gu)).toHaveLength(4); // the header and its three repeats
  });

  it('reads seed 000 as a Word table into the same 23 tasks as the text', async () => {
    const fromDocx = await importPlan(await seed000AsDocx(), 'ke-hoach-muong-lay.docx');
    const fromText = await importPlan(seedBytes('muongLay'), SEED_FILES.muongLay);
    expect(fromDocx.ok && fromText.ok).toBe(true);
    if (!fromDocx.ok || !fromText.ok) return;
    expect(fromDocx.tasks).toHaveLength(23);
    expect(fromDocx.tasks).toEqual(fromText.tasks);
    expect(fromDocx.tasks.map((t) => t.lead)).toEqual(Array(23).fill('Phòng Văn hóa - Xã hội phường'));
  });

  it('keeps grid columns aligned: gridSpan, gridBefore, vMerge continue (empty, flagged)', async () => {
    const bytes = await docxWithBody(
      `${p('Trước bảng')}<w:tbl>` +
        `<w:tr>${tc(p('TT'))}${tc(p('Nội dung'))}${tc(p('Đơn vị chủ trì'))}${tc(p('Thời gian'))}</w:tr>` +
        `<w:tr>${tc(p('I'))}${tc(p('QUÝ I'), '<w:gridSpan w:val="3"/>')}</w:tr>` +
        `<w:tr>${tc(p('1'))}${tc(p('Việc một'))}${tc(p('Phòng A'), '<w:vMerge w:val="restart"/>')}${tc(p(''))}</w:tr>` +
        `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc(p('Việc hai'))}${tc(p(''), '<w:vMerge/>')}${tc(p('x'))}</w:tr>` +
        `</w:tbl>`,
    );
    const { tables, text } = await readDocx(bytes);
    expect(tables).toHaveLength(1);
    expect(tables[0].rows).toEqual([
      { cells: ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Thời gian'] },
      { cells: ['I', 'QUÝ I', '', ''] },
      { cells: ['1', 'Việc một', 'Phòng A', ''] },
      { cells: ['', 'Việc hai', '', 'x'], mergedFromAbove: [2] },
    ]);
    expect(text).toContain('Trước bảng');
  });

  it('reads text through content controls, tracked changes, tabs, breaks and entities', async () => {
    const bytes = await docxWithBody(
      `<w:tbl><w:tr>${tc(
        '<w:p><w:sdt><w:sdtContent><w:r><w:t>Phòng</w:t></w:r></w:sdtContent></w:sdt>' +
          '<w:r><w:tab/><w:t>Văn hóa &amp; Xã hội</w:t></w:r>' +
          '<w:del><w:r><w:delText>XÓA</w:delText></w:r></w:del>' +
          '<w:ins><w:r><w:t xml:space="preserve"> phường</w:t></w:r></w:ins>' +
          '<w:r><w:br/><w:t>&#272;oàn</w:t></w:r></w:p>' +
          p('Hội'),
      )}</w:tr></w:tbl>`,
    );
    const { tables } = await readDocx(bytes);
    expect(tables[0].rows[0].cells).toEqual(['Phòng Văn hóa & Xã hội phường\nĐoàn\nHội']);
  });

  it('reads a two-row header ("Đơn vị thực hiện" over "Chủ trì | Phối hợp") and a time column', async () => {
    const head1 = `<w:tr>${tc(p('STT'), '<w:vMerge w:val="restart"/>')}${tc(p('Nội dung công việc'), '<w:vMerge w:val="restart"/>')}${tc(p('Đơn vị thực hiện'), '<w:gridSpan w:val="2"/>')}${tc(p('Thời gian hoàn thành'), '<w:vMerge w:val="restart"/>')}</w:tr>`;
    const head2 = `<w:tr>${tc(p(''), '<w:vMerge/>')}${tc(p(''), '<w:vMerge/>')}${tc(p('Chủ trì'))}${tc(p('Phối hợp'))}${tc(p(''), '<w:vMerge/>')}</w:tr>`;
    const numbering = `<w:tr>${['(1)', '(2)', '(3)', '(4)', '(5)'].map((n) => tc(p(n))).join('')}</w:tr>`;
    const row = (n: string, title: string, lead: string, partners: string, time: string) =>
      `<w:tr>${tc(p(n))}${tc(p(title))}${tc(p(lead))}${tc(partners.split('\n').map(p).join(''))}${tc(p(time))}</w:tr>`;
    const bytes = await docxWithBody(
      `${p('KẾ HOẠCH công tác thi đua, khen thưởng năm 2026')}<w:tbl>${head1}${head2}${numbering}` +
        row(
          '1',
          'Ban hành Kế hoạch',
          'Phòng Văn hóa - Xã hội',
          'Văn phòng HĐND và UBND\nCông an xã',
          'trước ngày 15/01/2026',
        ) +
        row('2', 'Sơ kết 6 tháng', 'Phòng Văn hóa - Xã hội', '', 'Tháng 6') +
        row('3', 'Tuyên truyền', 'Trung tâm Dịch vụ tổng hợp', 'Các thôn', 'Thường xuyên') +
        `</w:tbl>`,
    );
    const r = await importPlan(bytes, 'hai-dong-tieu-de.docx');
    expect(r).toMatchObject({
      ok: true,
      year: 2026,
      fromProse: false,
      tasks: [
        {
          quarter: 'I',
          title: 'Ban hành Kế hoạch',
          lead: 'Phòng Văn hóa - Xã hội',
          partners: ['Văn phòng HĐND và UBND', 'Công an xã'],
          due: '2026-01-15',
        },
        { quarter: 'II', title: 'Sơ kết 6 tháng', lead: 'Phòng Văn hóa - Xã hội', partners: [], due: '2026-06-30' },
        {
          quarter: 'regular',
          title: 'Tuyên truyền',
          lead: 'Trung tâm Dịch vụ tổng hợp',
          partners: ['Các thôn'],
          due: null,
        },
      ],
    });
  });

  it('continues a task table split into two Word tables, the second without a header', async () => {
    const head = `<w:tr>${tc(p('TT'))}${tc(p('Nhiệm vụ'))}${tc(p('Đơn vị chủ trì'))}</w:tr>`;
    const row = (n: string, t: string, l: string) => `<w:tr>${tc(p(n))}${tc(p(t))}${tc(p(l))}</w:tr>`;
    const bytes = await docxWithBody(
      `<w:tbl>${head}<w:tr>${tc(p('QUÝ I'))}${tc(p(''))}${tc(p(''))}</w:tr>${row('1', 'Việc một', 'Phòng A')}</w:tbl>` +
        p('') +
        `<w:tbl>${row('2', 'Việc hai', 'Phòng B')}</w:tbl>` +
        p('Nơi nhận:') +
        `<w:tbl>${row('', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH')}<w:tr>${tc(p('a'))}${tc(p('b'))}</w:tr></w:tbl>`,
    );
    const r = await importPlan(bytes, 'hai-bang.docx');
    expect(r.ok && r.tasks.map((t) => [t.quarter, t.title, t.lead])).toEqual([
      ['I', 'Việc một', 'Phòng A'],
      ['I', 'Việc hai', 'Phòng B'],
    ]);
  });

  it('refuses a DOCX with neither a task table nor duties by unit, a broken DOCX and a .doc file', async () => {
    const prose = new Document({
      sections: [
        { children: [new Paragraph('KẾ HOẠCH'), new Paragraph('1. Phòng Văn hóa - Xã hội chủ trì tham mưu.')] },
      ],
    });
    const none = await importPlan(new Uint8Array(await Packer.toBuffer(prose)), 'van-xuoi.docx');
    expect(none).toEqual({
      ok: false,
      message:
        'Không tìm thấy nhiệm vụ trong tệp "van-xuoi.docx": không có bảng nhiệm vụ (các cột Nhiệm vụ/Nội dung và Đơn vị chủ trì) cũng không có mục "Tổ chức thực hiện" giao việc cho từng đơn vị.',
    });

    const broken = await importPlan(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), 'hong.docx');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.message).toMatch(/^Tệp "hong\.docx" không phải tệp DOCX hợp lệ/u);

    const zipOnly = new JSZip();
    zipOnly.file('hello.txt', 'xin chào');
    const notWord = await importPlan(await zipOnly.generateAsync({ type: 'uint8array' }), 'nen.zip');
    expect(!notWord.ok && notWord.message).toBe(
      'Tệp "nen.zip" không phải tệp DOCX hợp lệ: thiếu phần word/document.xml.',
    );

    const doc = await importPlan(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'cu.doc');
    expect(!doc.ok && doc.message).toMatch(/Word 97-2003 \(\.doc\)/u);
  });
});
