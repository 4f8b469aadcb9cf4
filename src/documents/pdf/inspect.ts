// Reading a generated PDF back, for tests and checks: the header, the pages and their media boxes
// (pdfkit writes page objects uncompressed, so a scan of the bytes finds them), and the text via
// poppler's pdftotext when it is installed. Rendering to PNG via pdftoppm, for looking at pages.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const PDFTOTEXT = '/usr/bin/pdftotext';
export const PDFTOPPM = '/usr/bin/pdftoppm';
export const SOFFICE = '/usr/bin/soffice';

/** A page of a PDF: its media box in points. */
export interface PdfPageView {
  width: number;
  height: number;
  landscape: boolean;
}

/** True when the bytes start with a PDF header and end with an EOF marker. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 32))).toString('latin1');
  return /^%PDF-1\.\d/u.test(head) && tail.includes('%%EOF');
}

/** The page objects of a PDF in file order (pdfkit writes them in page order), with media boxes. */
export function pdfPages(bytes: Uint8Array): PdfPageView[] {
  const text = Buffer.from(bytes).toString('latin1');
  const pages: PdfPageView[] = [];
  const re = /\/Type \/Page\b(?!s)[\s\S]*?\/MediaBox \[([^\]]+)\]/gu;
  for (const m of text.matchAll(re)) {
    const [x0, y0, x1, y1] = m[1].trim().split(/\s+/u).map(Number);
    const width = x1 - x0;
    const height = y1 - y0;
    pages.push({ width, height, landscape: width > height });
  }
  return pages;
}

/** The number of pages (counting '/Type /Page' objects). */
export function pdfPageCount(bytes: Uint8Array): number {
  return (
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/Type\s*\/Page\b(?!s)/gu) ?? []
  ).length;
}

/** True when pdftotext is installed. */
export const hasPdftotext = (): boolean => existsSync(PDFTOTEXT);

/**
 * The text of a PDF through pdftotext (layout kept when `layout`), NFC. Throws when pdftotext is
 * missing: callers check `hasPdftotext()` first.
 */
export function pdfText(bytes: Uint8Array, o: { layout?: boolean; first?: number; last?: number } = {}): string {
  const args = [
    ...(o.layout ? ['-layout'] : []),
    ...(o.first ? ['-f', String(o.first)] : []),
    ...(o.last ? ['-l', String(o.last)] : []),
    '-enc',
    'UTF-8',
    '-',
    '-',
  ];
  const r = spawnSync(PDFTOTEXT, args, { input: Buffer.from(bytes), maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr?.toString() ?? r.error}`);
  return r.stdout.toString('utf8').normalize('NFC');
}

/** Renders pages of a PDF file to PNGs `${prefix}-N.png` with pdftoppm (150 dpi by default). */
export function renderPdfPages(
  pdfFile: string,
  prefix: string,
  o: { first?: number; last?: number; dpi?: number } = {},
): void {
  const args = [
    '-png',
    '-r',
    String(o.dpi ?? 110),
    ...(o.first ? ['-f', String(o.first)] : []),
    ...(o.last ? ['-l', String(o.last)] : []),
    pdfFile,
    prefix,
  ];
  const r = spawnSync(PDFTOPPM, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr}`);
}

/** Converts a DOCX file to PDF with LibreOffice headless into `outDir`; returns the PDF path. */
export function convertWithSoffice(docxFile: string, outDir: string, profileDir: string): string {
  const r = spawnSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${profileDir}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      docxFile,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr || r.error}`);
  const name = docxFile
    .split('/')
    .pop()!
    .replace(/\.docx$/u, '.pdf');
  return `${outDir}/${name}`;
}
