// Zip bombs built here in the test: a small .xlsx whose sheet inflates past a gigabyte (with a
// lying and with an honest declared size), a .docx whose document.xml does, too many parts, and
// an absurd ratio. Each is refused with a Vietnamese message, without the heap growing, while a
// real workbook still reads.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runPlan } from '../cli/plan.js';
import { importPlan } from './plan/import.js';
import { DOCX_LIMITS, listZipEntries, verifyZip, XLSX_LIMITS, ZipLimitError } from './safe-zip.js';
import { deflateRawSync } from 'node:zlib';
import { bombPart, docxWith, MiB, partsOf, replacePart, textPart, writeZip } from './testing/zip.js';
import { readSheet } from './xlsx.js';

const SHEET = 'xl/worksheets/sheet1.xml';

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Cá nhân');
  for (const r of rows) ws.addRow(r);
  wb.addWorksheet('Hướng dẫn').addRow(['Họ và tên*', 'Giới tính*']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const HEADERS = [
  { key: 'fullName', header: 'Họ và tên*', required: true },
  { key: 'gender', header: 'Giới tính*', required: true },
  { key: 'birthDate', header: 'Ngày sinh', required: false },
];

/** Heap growth while running `fn`, in MiB (after a GC when exposed). */
async function heapGrowth(fn: () => Promise<unknown>): Promise<number> {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage();
  let peak = before.heapUsed + before.arrayBuffers;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peak = Math.max(peak, m.heapUsed + m.arrayBuffers);
  }, 5);
  try {
    await fn();
  } finally {
    clearInterval(timer);
  }
  const m = process.memoryUsage();
  peak = Math.max(peak, m.heapUsed + m.arrayBuffers);
  return (peak - before.heapUsed - before.arrayBuffers) / MiB;
}

async function refusal(p: Promise<unknown>): Promise<ZipLimitError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ZipLimitError);
  return e as ZipLimitError;
}

describe('checked zip reading', () => {
  it('reads a real workbook, streaming, with its header row, dates and row numbers', async () => {
    const bytes = await workbook([
      ['DANH SÁCH'],
      ['Họ và tên*', 'Giới tính*', 'Ngày sinh'],
      ['Lò Văn Hùng', 'Nam', new Date(Date.UTC(1985, 2, 2))],
      [],
      ['Cầm Thị Lan', 'Nữ', '20/02/1990'],
    ]);
    const entries = await verifyZip(bytes, XLSX_LIMITS);
    const sheet = await readSheet(bytes, entries, HEADERS, 10);
    expect(sheet.missing).toEqual([]);
    expect(sheet.columnLetter).toEqual({ fullName: 'A', gender: 'B', birthDate: 'C' });
    expect(sheet.rows).toEqual([
      { row: 3, cells: { fullName: 'Lò Văn Hùng', gender: 'Nam', birthDate: '1985-03-02' } },
      { row: 5, cells: { fullName: 'Cầm Thị Lan', gender: 'Nữ', birthDate: '20/02/1990' } },
    ]);
    const capped = await readSheet(bytes, entries, HEADERS, 1);
    expect(capped).toMatchObject({ tooMany: true, rows: [] });
  });

  it('refuses an .xlsx whose sheet lies about its size and inflates past 1 GiB, counting while inflating', async () => {
    const good = await workbook([['Họ và tên*', 'Giới tính*']]);
    const bomb = replacePart(good, SHEET, bombPart(SHEET, 1100, 4096));
    expect(bomb.length).toBeLessThan(4 * MiB);
    // Every declared size is small: only counting the inflated bytes finds it.
    expect(listZipEntries(bomb, XLSX_LIMITS).find((e) => e.name === SHEET)?.uncompressedSize).toBe(4096);
    let e!: ZipLimitError;
    const growth = await heapGrowth(async () => {
      e = await refusal(verifyZip(bomb, XLSX_LIMITS));
    });
    expect(e.message).toMatch(/^Tệp nén có phần "xl\/worksheets\/sheet1.xml" khi giải nén vượt quá 160 MB/);
    expect(growth).toBeLessThan(64);
  });

  it('refuses an honest 1.1 GiB sheet before inflating anything', async () => {
    const good = await workbook([['Họ và tên*', 'Giới tính*']]);
    const bomb = replacePart(good, SHEET, bombPart(SHEET, 1100, 1100 * MiB));
    const e = await refusal(verifyZip(bomb, XLSX_LIMITS));
    expect(e.message).toContain('khi giải nén là 1.100 MB (tối đa 160 MB cho phần này)');
  });

  it('refuses a local header that disagrees with the central directory', async () => {
    const good = await workbook([['Họ và tên*', 'Giới tính*']]);
    const sheet = partsOf(good).find((p) => p.name === SHEET)!;
    const lying = replacePart(good, SHEET, { ...sheet, localDeclaredSize: 1100 * MiB });
    await expect(verifyZip(lying, XLSX_LIMITS)).rejects.toThrow(/không khớp/);
  });

  it('refuses a ratio no spreadsheet has, too many parts, and too much in total', async () => {
    const ratio = writeZip([bombPart('xl/worksheets/sheet1.xml', 100, 100 * MiB)]);
    expect((await refusal(verifyZip(ratio, XLSX_LIMITS))).message).toMatch(/tỉ lệ \d+:1 \(tối đa 200:1\)/);
    const many = writeZip(Array.from({ length: XLSX_LIMITS.maxParts + 1 }, (_, i) => textPart(`p${i}.xml`, '<a/>')));
    expect((await refusal(verifyZip(many, XLSX_LIMITS))).message).toContain('1.001 phần (tối đa 1.000)');
    // Two parts each under the part limit, together over the total, both lying about their size.
    const total = writeZip([bombPart('a.xml', 150, 10), bombPart('b.xml', 150, 10)]);
    expect((await refusal(verifyZip(total, XLSX_LIMITS))).message).toContain(
      'tổng dung lượng khi giải nén trên 256 MB',
    );
  });

  it('refuses a .docx whose document.xml inflates to 1.5 GB, in plan import and in the CLI (exit 2)', async () => {
    const lying = docxWith(bombPart('word/document.xml', 1500, 2048));
    let result!: Awaited<ReturnType<typeof importPlan>>;
    const growth = await heapGrowth(async () => {
      result = await importPlan(lying, 'ke-hoach.docx');
    });
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^Tệp "ke-hoach.docx" bị từ chối\. Tệp nén có phần "word\/document.xml" khi giải nén vượt quá 16 MB/,
      ),
    });
    expect(growth).toBeLessThan(64);

    const honest = docxWith(bombPart('word/document.xml', 1500, 1500 * MiB));
    const r2 = await importPlan(honest, 'ke-hoach.docx');
    expect(r2.ok).toBe(false);
    expect(!r2.ok && r2.message).toContain(`tối đa ${DOCX_LIMITS.maxPartBytes / MiB} MB cho phần này`);

    const err: string[] = [];
    const code = await runPlan(['import', 'ke-hoach.docx'], {
      readFile: () => lying,
      out: () => undefined,
      err: (s) => void err.push(s),
    });
    expect(code).toBe(2);
    expect(err.join('')).toMatch(/bị từ chối\. Tệp nén có phần "word\/document.xml"/);
  });

  it('keeps the shared strings, the one part read whole, to a size whose heap cost is bounded', async () => {
    const good = await workbook([
      ['Họ và tên*', 'Giới tính*'],
      ['x', 'y'],
    ]);
    const SST = 'xl/sharedStrings.xml';
    /** Shared strings of the header and row, then the smallest distinct entries up to `mib` MiB. */
    const sst = (mib: number) => {
      const parts = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
      ];
      for (const t of ['Họ và tên*', 'Giới tính*', 'x', 'y']) parts.push(`<si><t>${t}</t></si>`);
      let size = 200;
      for (let i = 0; size < mib * MiB; i++) {
        const e = `<si><t>${i.toString(36)}</t></si>`;
        parts.push(e);
        size += e.length;
      }
      parts.push('</sst>');
      const raw = Buffer.from(parts.join(''));
      return replacePart(good, SST, { name: SST, data: deflateRawSync(raw), method: 8, declaredSize: raw.length });
    };
    const limit = XLSX_LIMITS.partBytes![SST]! / MiB;
    const atLimit = sst(limit - 1);
    let rows: unknown[] = [];
    const growth = await heapGrowth(async () => {
      const entries = await verifyZip(atLimit, XLSX_LIMITS);
      rows = (await readSheet(atLimit, entries, HEADERS, 10)).rows;
    });
    expect(rows).toEqual([{ row: 2, cells: { fullName: 'x', gender: 'y' } }]);
    // About 150 MB: three files at once (MAX_UPLOADS_TOTAL) stay well under 1 GB.
    expect(growth).toBeLessThan(300);
    const over = sst(limit + 1);
    expect((await refusal(verifyZip(over, XLSX_LIMITS))).message).toContain(
      `phần "xl/sharedStrings.xml" khi giải nén là ${limit + 1} MB (tối đa ${limit} MB cho phần này)`,
    );
  }, 120_000);

  it('refuses one endless text node and any DOCTYPE, comment or CDATA in an XML part', async () => {
    const good = await workbook([['Họ và tên*', 'Giới tính*']]);
    // 100 MiB of one space: under every size limit, but a single 100 MiB string for the parser.
    const blank = replacePart(good, SHEET, bombPart(SHEET, 100, 4096, 4096, 'spaces'));
    expect((await refusal(verifyZip(blank, XLSX_LIMITS))).message).toBe(
      'Tệp nén có phần "xl/worksheets/sheet1.xml" chứa một đoạn dài hơn 4 MB liền một mạch, không phải dữ liệu thật nên không được xử lý.',
    );
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document><w:body>&b;</w:body></w:document>';
    const r = await importPlan(docxWith(textPart('word/document.xml', laughs)), 'ke-hoach.docx');
    expect(r).toEqual({
      ok: false,
      message:
        'Tệp "ke-hoach.docx" không phải tệp DOCX hợp lệ: phần "word/document.xml" có khai báo DOCTYPE, chú thích hoặc CDATA, không được hỗ trợ.',
    });
    const cdata = replacePart(
      good,
      SHEET,
      textPart(
        SHEET,
        '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[x]]></t></is></c></row></sheetData></worksheet>',
      ),
    );
    await expect(verifyZip(cdata, XLSX_LIMITS)).rejects.toThrow(/DOCTYPE, chú thích hoặc CDATA/);
  });

  it('hands the parser only the parts of the central directory, never entries hidden before them', async () => {
    const real = await workbook([
      ['Họ và tên*', 'Giới tính*'],
      ['Lò Văn Hùng', 'Nam'],
    ]);
    const smuggled = await workbook([
      ['Họ và tên*', 'Giới tính*'],
      ['Người Giấu Mặt', 'Nữ'],
    ]);
    // A streaming unzipper reading the upload itself would meet the hidden sheet first.
    const hiddenSheet = partsOf(smuggled).find((p) => p.name === SHEET)!;
    const hiddenStrings = partsOf(smuggled).find((p) => p.name === 'xl/sharedStrings.xml')!;
    const bytes = writeZip(partsOf(real), [hiddenStrings, hiddenSheet]);
    const entries = await verifyZip(bytes, XLSX_LIMITS);
    expect(entries.filter((e) => e.name === SHEET)).toHaveLength(1);
    const sheet = await readSheet(bytes, entries, HEADERS, 10);
    expect(sheet.rows).toEqual([{ row: 2, cells: { fullName: 'Lò Văn Hùng', gender: 'Nam' } }]);
  });

  it('reads the first sheet in tab order from a package that puts the workbook part last', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Cá nhân').addRows([
      ['Họ và tên*', 'Giới tính*'],
      ['Cầm Thị Lan', 'Nữ'],
    ]);
    wb.addWorksheet('Hướng dẫn').addRows([
      ['Họ và tên*', 'Giới tính*'],
      ['Không phải dữ liệu', 'Nam'],
    ]);
    const parts = partsOf(Buffer.from(await wb.xlsx.writeBuffer()));
    // Shared strings and relationships before the sheets, the workbook part after them: read as
    // uploaded, exceljs's streaming reader fails on this order (it needs the workbook model).
    const place = (n: string) =>
      n === 'xl/sharedStrings.xml' || n === 'xl/_rels/workbook.xml.rels' ? 0 : n === 'xl/workbook.xml' ? 2 : 1;
    const odd = writeZip(parts.sort((a, b) => place(a.name) - place(b.name)));
    const sheet = await readSheet(odd, await verifyZip(odd, XLSX_LIMITS), HEADERS, 10);
    expect(sheet.rows).toEqual([{ row: 2, cells: { fullName: 'Cầm Thị Lan', gender: 'Nữ' } }]);
  });
});
