// Vietnamese text in large imports: every letter must come out as it went in, however the
// package's parts are cut into chunks on the way to the streaming reader.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { utf8Boundary, verifyZip, XLSX_LIMITS } from './safe-zip.js';
import { readSheet } from './xlsx.js';

describe('utf8Boundary', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it('keeps a piece whole when it ends on a character, and cuts before a split one', () => {
    expect(utf8Boundary(bytes('Lò Thị'))).toBe(bytes('Lò Thị').length);
    const ngu = bytes('Người'); // "ư" and "ờ" take 2 and 3 bytes
    const full = ngu.length;
    for (let cut = 1; cut <= full; cut++) {
      const head = ngu.subarray(0, cut);
      const at = utf8Boundary(head);
      // What is kept decodes cleanly and is a prefix of the word; the rest is at most 3 bytes.
      expect(new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, at))).toBe(
        'Người'.slice(0, [...new TextDecoder().decode(head.subarray(0, at))].length),
      );
      expect(cut - at).toBeLessThan(4);
    }
    expect(utf8Boundary(bytes('😀').subarray(0, 3))).toBe(0);
    expect(utf8Boundary(new Uint8Array(0))).toBe(0);
  });
});

describe('readSheet', () => {
  it('reads 6,000 Vietnamese names of a large sheet without a single broken letter', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Cá nhân');
    ws.addRow(['Họ và tên*', 'Ghi chú']);
    const names: string[] = [];
    for (let i = 0; i < 6000; i++) {
      // Varying lengths move the multi-byte letters across every chunk boundary.
      const name = `Người Thứ ${i} ${'ường'.repeat(i % 7)}`.normalize('NFC');
      names.push(name.trim());
      ws.addRow([name, `Ghi chú ${'ễ'.repeat(i % 5)}`]);
    }
    const data = new Uint8Array(await wb.xlsx.writeBuffer());
    const entries = await verifyZip(data, XLSX_LIMITS);
    const sheet = await readSheet(data, entries, [{ key: 'fullName', header: 'Họ và tên*', required: true }], 10_000);
    expect(sheet.rows).toHaveLength(6000);
    const broken = sheet.rows.filter((r, i) => r.cells.fullName !== names[i]);
    expect(broken.map((r) => r.cells.fullName).slice(0, 3)).toEqual([]);
  });

  // exceljs's unzipper cuts a part where it likes, whatever pieces the zip stream hands it: a
  // stored (uncompressed) sheet of inline strings reaches the parser in its own chunks.
  it('reads a stored sheet of inline strings without a broken letter, however the reader cuts it', async () => {
    const out = new PassThrough();
    const parts: Buffer[] = [];
    out.on('data', (b: Buffer) => parts.push(b));
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
    const ws = wb.addWorksheet('Cá nhân');
    ws.addRow(['Họ và tên*', 'Đối tượng']).commit();
    const names: string[] = [];
    for (let i = 0; i < 4000; i++) {
      const name = `Người Thứ ${i} ${'ường'.repeat(i % 7)}`.normalize('NFC').trim();
      names.push(name);
      ws.addRow([name, 'Viên chức']).commit();
    }
    ws.commit();
    await wb.commit();
    const zipped = await JSZip.loadAsync(Buffer.concat(parts));
    const data = new Uint8Array(await zipped.generateAsync({ type: 'uint8array', compression: 'STORE' }));
    const entries = await verifyZip(data, XLSX_LIMITS);
    const sheet = await readSheet(
      data,
      entries,
      [
        { key: 'fullName', header: 'Họ và tên*', required: true },
        { key: 'category', header: 'Đối tượng', required: false },
      ],
      10_000,
    );
    expect(sheet.rows).toHaveLength(4000);
    const broken = sheet.rows.filter((r, i) => r.cells.fullName !== names[i] || r.cells.category !== 'Viên chức');
    expect(broken.map((r) => `${r.row}: ${r.cells.fullName} / ${r.cells.category}`).slice(0, 3)).toEqual([]);
  });
});
