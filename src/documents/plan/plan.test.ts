// The plan of seed 000 (phường Mường Lay) rebuilt as a DOCX and read back: layout per NĐ 30/2020,
// the task table grouped by quarter, and a round trip through the plan importer.
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_FILES, seedBytes } from '../../domain/plans/fixtures/seeds.js';
import type { PlanTask } from './build.js';
import { importPlan } from './import.js';
import {
  checkDocxPackage,
  fieldCodes,
  findAll,
  attr,
  openDocx,
  parseXml,
  blockViews,
  sectionViews,
  signerLines,
  type DocxParts,
  type ParagraphView,
  type TableView,
} from '../nd30/index.js';
import {
  buildPlanDocx,
  groupHeading,
  planDocxText,
  planTaskRows,
  taskSectionIndex,
  taskTime,
  type PlanDocumentInput,
} from './index.js';

const seedText = new TextDecoder().decode(seedBytes('muongLay'));
const seedLines = seedText
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);

/** The first line of seed 000 after the line `heading`. */
function after(heading: string): string {
  const i = seedLines.indexOf(heading);
  if (i === -1) throw new Error(`not in seed 000: ${heading}`);
  return seedLines[i + 1];
}

async function seedTasks(): Promise<PlanTask[]> {
  const r = await importPlan(seedBytes('muongLay'), SEED_FILES.muongLay);
  if (!r.ok) throw new Error(r.message);
  return r.tasks;
}

/** Seed 000 as builder input: header, bases and sections from the seed text, tasks from the importer. */
async function seedPlan(): Promise<PlanDocumentInput> {
  return {
    issuer: { name: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG MƯỜNG LAY'] },
    number: null,
    place: 'Mường Lay',
    date: { year: 2026, month: 1 },
    year: 2026,
    title: 'Công tác thi đua, khen thưởng trên địa bàn phường Mường Lay năm 2026',
    // The bases are the 'Căn cứ' lines before the introduction (a later one cites "Kế hoạch này").
    bases: seedLines
      .slice(
        0,
        seedLines.findIndex((l) => l.startsWith('UBND phường')),
      )
      .filter((l) => l.startsWith('Căn cứ')),
    intro: seedLines.find((l) => l.startsWith('UBND phường Mường Lay xây dựng Kế hoạch')),
    sections: [
      {
        heading: 'Mục đích, yêu cầu',
        subsections: [
          { heading: 'Mục đích', paragraphs: [after('1. Mục đích')] },
          { heading: 'Yêu cầu', paragraphs: [after('2. Yêu cầu')] },
        ],
      },
      {
        heading: 'NHIỆM VỤ TRỌNG TÂM NĂM 2026',
        paragraphs: [after('1. Phát động và tổ chức triển khai các phong trào thi đua yêu nước')],
      },
      {
        heading: 'TỔ CHỨC THỰC HIỆN',
        subsections: [
          {
            heading: 'Hội đồng Thi đua - Khen thưởng phường',
            paragraphs: [after('1. Hội đồng thi đua, then thưởng phường')],
          },
          { heading: 'Trung tâm Dịch vụ tổng hợp phường', paragraphs: [after('5. Trung tâm Dịch vụ tổng hợp phường')] },
        ],
      },
      {
        heading: 'KINH PHÍ THỰC HIỆN',
        paragraphs: [
          'Kinh phí thực hiện công tác thi đua, khen thưởng được bố trí từ Quỹ thi đua, khen thưởng của phường năm 2026 theo quy định.',
        ],
      },
    ],
    tasks: await seedTasks(),
    closing: seedLines.find((l) => l.startsWith('Trên đây là Kế hoạch')),
    recipients: [
      'TT. Đảng ủy',
      'TT. HĐND phường',
      'Thành viên Hội đồng TĐKT phường',
      'Các cơ quan, đơn vị trên địa bàn phường',
    ],
    archive: ['VT', 'VHXH'],
    signer: { lines: signerLines({ onBehalfOf: 'ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH' }), name: 'Nguyễn Đạt Long' },
  };
}

const tables = (parts: DocxParts): TableView[] =>
  blockViews(parts.body).filter((b): b is TableView => b.kind === 'table');
const paragraphs = (parts: DocxParts): ParagraphView[] =>
  blockViews(parts.body).filter((b): b is ParagraphView => b.kind === 'paragraph');
const squeeze = (s: string) => s.replace(/ {2,}/gu, ' ');

describe('task table rows (pure)', () => {
  const t = (quarter: PlanTask['quarter'], title: string, due: string | null = null): PlanTask => ({
    quarter,
    title,
    lead: 'Phòng Văn hóa - Xã hội',
    partners: ['A', 'B'],
    due,
  });

  it('prints the deadline, else the quarter, else "Thường xuyên"', () => {
    expect(taskTime(t('I', 'x'))).toBe('Quý I');
    expect(taskTime(t('IV', 'x'))).toBe('Quý IV');
    expect(taskTime(t('regular', 'x'))).toBe('Thường xuyên');
    expect(taskTime(t('I', 'x', '2026-02-10'))).toBe('10/02/2026');
  });

  it('groups by quarter in order, skips empty quarters, numbers groups and tasks afresh', () => {
    const rows = planTaskRows([t('regular', 'r1'), t('III', 'q3a'), t('I', 'q1'), t('III', 'q3b')], 2026);
    expect(rows).toEqual([
      { number: 'I', group: 'NHIỆM VỤ THỰC HIỆN TRONG QUÝ I' },
      { cells: ['1', 'q1', 'Phòng Văn hóa - Xã hội', 'A; B', 'Quý I'] },
      { number: 'II', group: 'NHIỆM VỤ THỰC HIỆN TRONG QUÝ III' },
      { cells: ['1', 'q3a', 'Phòng Văn hóa - Xã hội', 'A; B', 'Quý III'] },
      { cells: ['2', 'q3b', 'Phòng Văn hóa - Xã hội', 'A; B', 'Quý III'] },
      { number: 'III', group: 'NHIỆM VỤ THỰC HIỆN THƯỜNG XUYÊN TRONG NĂM 2026' },
      { cells: ['1', 'r1', 'Phòng Văn hóa - Xã hội', 'A; B', 'Thường xuyên'] },
    ]);
    expect(groupHeading('II', 2026)).toBe('NHIỆM VỤ THỰC HIỆN TRONG QUÝ II');
  });

  it('puts the task section before "Tổ chức thực hiện" unless told where', () => {
    const s = (heading: string) => ({ heading });
    expect(taskSectionIndex([s('Mục đích, yêu cầu'), s('Nội dung'), s('TỔ CHỨC THỰC HIỆN')])).toBe(2);
    expect(taskSectionIndex([s('Mục đích, yêu cầu'), s('Kinh phí')])).toBe(2);
    expect(taskSectionIndex([s('A'), s('B')], 0)).toBe(0);
    expect(() => taskSectionIndex([s('A')], 3)).toThrow(RangeError);
  });
});

describe('plan of seed 000 as DOCX (NĐ 30/2020 layout)', () => {
  let plan: PlanDocumentInput;
  let buffer: Buffer;
  let parts: DocxParts;

  beforeAll(async () => {
    plan = await seedPlan();
    buffer = await buildPlanDocx(plan);
    parts = await openDocx(buffer);
  });

  it('is a sound DOCX package', async () => {
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    expect(await checkDocxPackage(buffer)).toEqual([]);
  });

  it('is A4 portrait with margins 20/20/30/15 mm and a page-number header 10 mm from the top', () => {
    const [s] = sectionViews(parts);
    expect(s.pageSize).toEqual({ width: 11906, height: 16838, orient: 'portrait' });
    expect(s.margins).toMatchObject({ top: 1134, bottom: 1134, left: 1701, right: 850, header: 567 });
  });

  it('uses Times New Roman everywhere, 14 pt by default', () => {
    const rFonts = [...parts.files]
      .filter(([p]) => /^word\/(document|styles|header\d+)\.xml$/u.test(p))
      .flatMap(([, xml]) => findAll(parseXml(xml), 'w:rFonts'));
    expect(rFonts.length).toBeGreaterThan(50);
    for (const f of rFonts) {
      for (const a of ['w:ascii', 'w:hAnsi', 'w:cs']) expect(attr(f, a)).toBe('Times New Roman');
    }
    const styles = parts.files.get('word/styles.xml')!;
    expect(styles).toMatch(
      /<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts[^>]*w:ascii="Times New Roman"[^>]*\/>.*?<w:sz w:val="28"\/>/u,
    );
    // Body paragraphs print at 14 pt.
    const intro = paragraphs(parts).find((p) => p.text.startsWith('UBND phường Mường Lay xây dựng'))!;
    expect(intro.sizes).toEqual([14]);
  });

  it('opens with a borderless two-column header table: issuer | national name and motto', () => {
    const blocks = blockViews(parts.body);
    expect(blocks[0].kind).toBe('table');
    const header = blocks[0] as TableView;
    expect(header.borderless).toBe(true);
    expect(header.gridCols).toHaveLength(2);
    expect(header.gridCols.reduce((a, b) => a + b, 0)).toBe(11906 - 1701 - 850);
    const [issuer, national] = header.rows[0].cells;
    expect(issuer.paragraphs.filter((p) => p.text).map((p) => [p.text, p.bold, p.sizes])).toEqual([
      ['ỦY BAN NHÂN DÂN', true, [13]],
      ['PHƯỜNG MƯỜNG LAY', true, [13]],
    ]);
    expect(issuer.paragraphs.at(-1)!.bottomBorder).toBe(true); // short rule under the body's name
    const [name, motto, rule] = national.paragraphs;
    expect([name.text, name.bold, name.sizes, name.align]).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      true,
      [13],
      'center',
    ]);
    expect([motto.text, motto.bold, motto.sizes, motto.align]).toEqual([
      'Độc lập - Tự do - Hạnh phúc',
      true,
      [14],
      'center',
    ]);
    expect(rule.bottomBorder && rule.text === '').toBe(true);
  });

  it('prints the blank number "Số:      /KH-UBND" under the issuer and the italic place-date line on the right', () => {
    const header = tables(parts)[0];
    const [number, placeDate] = header.rows[1].cells;
    expect(number.text).toMatch(/^Số:\s{3,}\/KH-UBND$/u);
    expect(number.paragraphs[0].sizes).toEqual([13]);
    expect(placeDate.text).toMatch(/^Mường Lay, ngày\s{3,}tháng 01 năm 2026$/u);
    expect(placeDate.paragraphs[0].italic).toBe(true);
    expect(placeDate.paragraphs[0].bold).toBe(false);
  });

  it('has the type and subject bold and centred, then the italic bases', () => {
    const ps = paragraphs(parts);
    const i = ps.findIndex((p) => p.text === 'KẾ HOẠCH');
    expect(ps[i]).toMatchObject({ bold: true, align: 'center', sizes: [14] });
    expect(ps[i + 1]).toMatchObject({ text: plan.title, bold: true, align: 'center' });
    expect(ps[i + 2].bottomBorder).toBe(true);
    const bases = ps.filter((p) => p.text.startsWith('Căn cứ'));
    expect(bases).toHaveLength(3);
    expect(bases.every((b) => b.italic)).toBe(true);
    expect(bases.map((b) => b.text.at(-1))).toEqual([';', ';', '.']);
  });

  it('numbers the sections I–V with the task table as III, before "Tổ chức thực hiện"', () => {
    const headings = paragraphs(parts).filter((p) => /^[IVX]+\. /u.test(p.text));
    expect(headings.map((h) => h.text)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NHIỆM VỤ TRỌNG TÂM NĂM 2026',
      'III. NHIỆM VỤ CỤ THỂ, ĐƠN VỊ THỰC HIỆN',
      'IV. TỔ CHỨC THỰC HIỆN',
      'V. KINH PHÍ THỰC HIỆN',
    ]);
    expect(headings.every((h) => h.bold)).toBe(true);
    const subs = paragraphs(parts)
      .filter((p) => /^\d+\. /u.test(p.text))
      .map((p) => p.text);
    expect(subs).toEqual([
      '1. Mục đích',
      '2. Yêu cầu',
      '1. Hội đồng Thi đua - Khen thưởng phường',
      '2. Trung tâm Dịch vụ tổng hợp phường',
    ]);
  });

  it('prints the task table: repeated header row, 5 group rows and 23 tasks numbered afresh in each group', () => {
    const table = tables(parts).find((t) => t.rows[0].cells[0].text === 'TT')!;
    expect(table.borderless).toBe(false);
    expect(table.gridCols).toHaveLength(5);
    const [head, ...rows] = table.rows;
    expect(head.cells.map((c) => c.text)).toEqual(['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian']);
    expect(head.header).toBe(true);
    expect(head.cells.every((c) => c.paragraphs[0].bold)).toBe(true);
    expect(rows.filter((r) => r.header)).toHaveLength(0);

    const groups = rows.filter((r) => r.cells.length === 2);
    expect(groups.map((g) => [g.cells[0].text, g.cells[1].text, g.cells[1].span])).toEqual([
      ['I', 'NHIỆM VỤ THỰC HIỆN TRONG QUÝ I', 4],
      ['II', 'NHIỆM VỤ THỰC HIỆN TRONG QUÝ II', 4],
      ['III', 'NHIỆM VỤ THỰC HIỆN TRONG QUÝ III', 4],
      ['IV', 'NHIỆM VỤ THỰC HIỆN TRONG QUÝ IV', 4],
      ['V', 'NHIỆM VỤ THỰC HIỆN THƯỜNG XUYÊN TRONG NĂM 2026', 4],
    ]);
    expect(groups.every((g) => g.cells[1].paragraphs[0].bold)).toBe(true);

    const tasks = rows.filter((r) => r.cells.length === 5);
    expect(tasks).toHaveLength(23);
    expect(tasks.map((r) => Number(r.cells[0].text))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 1, 2, 1, 2, 3, 4, 1, 2, 3,
    ]);
    expect(tasks.map((r) => r.cells[4].text)).toEqual([
      ...Array(8).fill('Quý I'),
      ...Array(6).fill('Quý II'),
      ...Array(2).fill('Quý III'),
      ...Array(4).fill('Quý IV'),
      ...Array(3).fill('Thường xuyên'),
    ]);
    expect(tasks[0].cells.map((c) => c.text)).toEqual([
      '1',
      'Hoàn thiện hồ sơ trình UBND tỉnh khen thưởng và đề nghị khen cao thành tích khen thưởng năm 2025',
      'Phòng Văn hóa - Xã hội phường',
      'Các cơ quan, đơn vị trên địa bàn phường',
      'Quý I',
    ]);
    expect(tasks[2].cells[3].text).toBe('Văn phòng HĐND và UBND phường; các cơ quan đơn vị liên quan');
    expect(tasks.every((r) => r.cells[2].text === 'Phòng Văn hóa - Xã hội phường')).toBe(true);
    expect(tasks[0].cells[1].paragraphs[0].sizes).toEqual([13]);
  });

  it('hides the page number on page 1 and centres a PAGE field in the top margin from page 2', () => {
    const [s] = sectionViews(parts);
    expect(s.titlePage).toBe(true);
    expect(fieldCodes(s.headers.first!)).toEqual([]);
    expect(fieldCodes(s.headers.default!)).toEqual(['PAGE']);
    const p = findAll(s.headers.default!, 'w:p')[0];
    expect(attr(findAll(p, 'w:jc')[0], 'w:val')).toBe('center');
    expect(findAll(p, 'w:sz').map((n) => attr(n, 'w:val'))).toContain('28');
  });

  it('ends with "Nơi nhận" on the left and the signature block on the right', () => {
    const closing = tables(parts).at(-1)!;
    expect(closing.borderless).toBe(true);
    expect(closing.rows).toHaveLength(1);
    const [left, right] = closing.rows[0].cells;
    const [label, ...items] = left.paragraphs;
    expect(label).toMatchObject({ text: 'Nơi nhận:', bold: true, italic: true, sizes: [12], align: 'left' });
    expect(items.map((p) => p.text)).toEqual([
      '- TT. Đảng ủy;',
      '- TT. HĐND phường;',
      '- Thành viên Hội đồng TĐKT phường;',
      '- Các cơ quan, đơn vị trên địa bàn phường;',
      '- Lưu: VT, VHXH.',
    ]);
    expect(items.every((p) => p.sizes[0] === 11 && !p.bold)).toBe(true);
    expect(right.paragraphs.map((p) => [p.text, p.bold, p.align])).toEqual([
      ['TM. ỦY BAN NHÂN DÂN', true, 'center'],
      ['CHỦ TỊCH', true, 'center'],
      ['Nguyễn Đạt Long', true, 'center'],
    ]);
    // Room for the signature and seal above the name.
    const name = right.paragraphs[2].node;
    expect(Number(attr(findAll(name, 'w:spacing')[0], 'w:before'))).toBeGreaterThanOrEqual(1400);
  });

  it('reads back as plain text in reading order', async () => {
    const text = await planDocxText(buffer);
    const order = [
      'ỦY BAN NHÂN DÂN PHƯỜNG MƯỜNG LAY\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc',
      'KẾ HOẠCH',
      'Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'TT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian',
      'I\tNHIỆM VỤ THỰC HIỆN TRONG QUÝ I',
      'V\tNHIỆM VỤ THỰC HIỆN THƯỜNG XUYÊN TRONG NĂM 2026',
      'IV. TỔ CHỨC THỰC HIỆN',
      'Trên đây là Kế hoạch',
      'Nơi nhận: - TT. Đảng ủy;',
    ];
    let from = 0;
    for (const s of order) {
      const at = text.indexOf(s, from);
      expect(at, s).toBeGreaterThanOrEqual(from);
      from = at + s.length;
    }
    expect(squeeze(text.split('\n')[1])).toBe('Số: /KH-UBND\tMường Lay, ngày tháng 01 năm 2026');
  });

  it('round-trips through the plan importer (DOCX and its plain text give the seed tasks back)', async () => {
    const fromDocx = await importPlan(buffer, 'ke-hoach.docx');
    expect(fromDocx).toMatchObject({ ok: true, year: plan.year, fromProse: false, tasks: plan.tasks });
    const fromText = await importPlan(new TextEncoder().encode(await planDocxText(buffer)), 'ke-hoach.txt');
    expect(fromText).toMatchObject({ ok: true, year: plan.year, fromProse: false, tasks: plan.tasks });
  });

  it('writes NFC text even from decomposed input', async () => {
    const nfd = await buildPlanDocx({
      ...plan,
      title: plan.title.normalize('NFD'),
      place: 'Mường Lay'.normalize('NFD'),
    });
    const xml = (await openDocx(nfd)).files.get('word/document.xml')!;
    expect(xml).toBe(xml.normalize('NFC'));
    expect(xml).toContain('Công tác thi đua, khen thưởng trên địa bàn phường Mường Lay năm 2026');
  });
});

describe('plan with the task table as an appendix (as seed 001)', () => {
  it('prints the table after the signature, on landscape pages numbered from 1', async () => {
    const plan = await seedPlan();
    const buffer = await buildPlanDocx({
      ...plan,
      number: 7,
      date: '2026-02-03',
      taskTable: { placement: 'appendix' },
    });
    const parts = await openDocx(buffer);
    expect(await checkDocxPackage(buffer)).toEqual([]);
    const sections = sectionViews(parts);
    expect(sections).toHaveLength(2);
    expect(sections[1]).toMatchObject({
      pageSize: { width: 16838, height: 11906, orient: 'landscape' },
      titlePage: true,
      pageNumberStart: 1,
    });
    const text = await planDocxText(buffer);
    expect(text).toContain('Số: 07/KH-UBND\tMường Lay, ngày 03 tháng 02 năm 2026');
    expect(text).toContain(
      'III. NHIỆM VỤ CỤ THỂ, ĐƠN VỊ THỰC HIỆN\n(Có Phụ lục nhiệm vụ kèm theo)\nIV. TỔ CHỨC THỰC HIỆN',
    );
    expect(text.indexOf('NHIỆM VỤ CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2026')).toBeGreaterThan(text.indexOf('Nơi nhận:'));
    expect(text).toContain('(Kèm theo Kế hoạch số 07/KH-UBND ngày 03 tháng 02 năm 2026)');
    const appendixTable = tables(parts).at(-1)!;
    expect(appendixTable.rows[0].header).toBe(true);
    expect(appendixTable.gridCols.reduce((a, b) => a + b, 0)).toBe(16838 - 1701 - 850);
    const back = await importPlan(buffer, 'ke-hoach.docx');
    expect(back.ok && back.year).toBe(plan.year);
    expect(back.ok && back.tasks).toEqual(plan.tasks.map((t) => ({ ...t, fromProse: false })));
  });
});
