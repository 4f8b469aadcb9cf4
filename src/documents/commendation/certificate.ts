// Certificates: Giấy khen and the certificates of emulation titles (Chiến sĩ thi đua cơ sở, Lao
// động tiên tiến…), A4 landscape, one page per recipient, as DOCX and PDF.
//
// Lines in order (reference §7, NĐ 98/2023 Art. 104 layout): Quốc hiệu (capitals, bold, black),
// Tiêu ngữ with its rule, the signer's position (capitals, bold, red), 'TẶNG' or 'TẶNG DANH HIỆU',
// the award (capitals, bold, red), the recipient, position or unit, achievement; bottom left the
// decision number and date and 'Số sổ vàng' (italic, bold); bottom right the place-date line, the
// signer's position and name. No national emblem is printed (no image of it is available offline,
// and we do not draw an imitation): the space above the Quốc hiệu is left for it on pre-printed
// paper.
//
// Every field is placed at a fixed position (mm from the page's top-left corner), from a field
// table that callers may override, so that the same table serves two modes:
//   'full'  — the whole certificate with a decorative border, on plain paper;
//   'blank' — only the variable fields, to print onto pre-printed blanks (phôi).
// In the DOCX each field is a paragraph in an absolutely positioned text frame (w:framePr anchored
// to the page), each certificate its own landscape section; in the PDF each field is an absolutely
// positioned box and the border is drawn on the page background.
import {
  AlignmentType,
  BorderStyle,
  Document,
  FrameAnchorType,
  LineRuleType,
  Packer,
  PageOrientation,
  Paragraph,
  SectionType,
  TextRun,
  type ISectionOptions,
} from 'docx';
import { formatDateVN, nfc } from '../../domain/vi-text/index.js';
import { estimateTextWidth, FONT, mm, MOTTO, NATIONAL_NAME, PAGE, placeDateLine, upperVN } from '../nd30/index.js';
import { mmPt, PDF_FONT, renderPdf, type PdfContent } from '../pdf/engine.js';
import { textWidthPt } from '../pdf/measure.js';
import type {
  CertificateField,
  CertificateInput,
  CertificateLayout,
  CertificateOptions,
  FieldPosition,
} from './types.js';

/** The red of the signer's position and the award name. */
export const CERTIFICATE_RED = 'C00000';
/** Colours of the decorative border: dark gold outer frame, red inner line and corners. */
export const BORDER_GOLD = 'B8860B';

/** Page size in mm (A4 landscape). */
export const CERTIFICATE_PAGE_MM = { width: 297, height: 210 } as const;

/** Fields in printing order. */
export const CERTIFICATE_FIELDS: readonly CertificateField[] = [
  'nationalName',
  'motto',
  'issuerTitle',
  'heading',
  'award',
  'recipient',
  'position',
  'achievement',
  'decision',
  'goldBook',
  'placeDate',
  'signerTitle',
  'signerName',
];

/** Fields that change from one certificate to the next: the only ones printed on blanks. */
export const VARIABLE_FIELDS: readonly CertificateField[] = [
  'recipient',
  'position',
  'achievement',
  'decision',
  'goldBook',
  'placeDate',
  'signerTitle',
  'signerName',
];

/**
 * The default field table (A4 landscape, mm from the top-left corner of the page; sizes in pt).
 * The upper part is centred on the page; the bottom-left block holds the decision and Số sổ vàng,
 * the bottom-right block the place-date line, the signer's position and, 30 mm lower, the name.
 */
export const DEFAULT_CERTIFICATE_LAYOUT: Readonly<CertificateLayout> = Object.freeze({
  nationalName: { x: 20, y: 22, width: 257, size: 14, align: 'center', bold: true, caps: true },
  motto: { x: 20, y: 29, width: 257, size: 14, align: 'center', bold: true },
  issuerTitle: { x: 25, y: 44, width: 247, size: 16, align: 'center', bold: true, caps: true, color: CERTIFICATE_RED },
  heading: { x: 20, y: 55, width: 257, size: 16, align: 'center', bold: true },
  award: { x: 20, y: 64, width: 257, size: 32, align: 'center', bold: true, caps: true, color: CERTIFICATE_RED },
  recipient: { x: 20, y: 85, width: 257, size: 22, align: 'center', bold: true },
  position: { x: 30, y: 97, width: 237, size: 16, align: 'center' },
  achievement: { x: 35, y: 107, width: 227, size: 16, align: 'center', italic: true },
  decision: { x: 24, y: 166, width: 115, size: 13, align: 'left', bold: true, italic: true },
  goldBook: { x: 24, y: 173, width: 115, size: 13, align: 'left', bold: true, italic: true },
  placeDate: { x: 150, y: 136, width: 125, size: 14, align: 'center', italic: true },
  signerTitle: { x: 150, y: 143, width: 125, size: 14, align: 'center', bold: true, caps: true },
  signerName: { x: 150, y: 180, width: 125, size: 15, align: 'center', bold: true },
});

/** The field table with the caller's changes merged field by field; positions are checked. */
export function certificateLayout(fields: CertificateOptions['fields'] = {}): CertificateLayout {
  const out = {} as CertificateLayout;
  for (const f of CERTIFICATE_FIELDS) {
    const p: FieldPosition = { ...DEFAULT_CERTIFICATE_LAYOUT[f], ...(fields[f] ?? {}) };
    for (const k of ['x', 'y', 'width', 'size'] as const) {
      if (!Number.isFinite(p[k]) || p[k] < 0)
        throw new RangeError(`Certificate field ${f}: ${k} must be a number ≥ 0, got ${String(p[k])}`);
    }
    if (p.x + p.width > CERTIFICATE_PAGE_MM.width || p.y > CERTIFICATE_PAGE_MM.height)
      throw new RangeError(`Certificate field ${f} lies outside the page`);
    if (p.size === 0) throw new RangeError(`Certificate field ${f}: size must be > 0`);
    out[f] = p;
  }
  return out;
}

/** The text of every field of one certificate (NFC; capitals where the field says so). */
export function certificateTexts(c: CertificateInput): Record<CertificateField, string> {
  return {
    nationalName: NATIONAL_NAME,
    motto: MOTTO,
    issuerTitle: c.issuerTitle,
    heading: c.heading ?? (c.category === 'title' ? 'TẶNG DANH HIỆU' : 'TẶNG'),
    award: c.award,
    recipient: c.recipient,
    position: c.position ?? '',
    achievement: c.achievement,
    decision: `Quyết định số ${c.decision.number} ngày ${formatDateVN(c.decision.date)}`,
    goldBook: `Số sổ vàng: ${c.goldBookNo}`,
    placeDate: placeDateLine(c.place, c.date),
    signerTitle: c.signer.lines.join('\n'),
    signerName: c.signer.name,
  };
}

/** The fields printed in a mode: all (full) or the variable ones (blank), minus hidden ones. */
export function printedFields(
  mode: 'full' | 'blank',
  layout: CertificateLayout,
  fields: CertificateOptions['fields'] = {},
): CertificateField[] {
  return CERTIFICATE_FIELDS.filter((f) => {
    if (layout[f].hidden) return false;
    return mode === 'full' || VARIABLE_FIELDS.includes(f) || fields[f]?.hidden === false;
  });
}

const shown = (text: string, p: FieldPosition): string => nfc(p.caps ? upperVN(text) : text);

// ---------------------------------------------------------------------------------------------
// DOCX

const DOCX_ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function framed(
  text: string,
  p: FieldPosition,
  o: { x?: number; width?: number; height?: number; rule?: boolean } = {},
): Paragraph {
  const runs = text.split('\n').map(
    (part, i) =>
      new TextRun({
        text: part,
        break: i > 0 ? 1 : undefined,
        font: FONT,
        size: Math.round(p.size * 2),
        bold: p.bold || undefined,
        italics: p.italic || undefined,
        color: p.color,
      }),
  );
  return new Paragraph({
    children: runs,
    alignment: DOCX_ALIGN[p.align ?? 'center'],
    spacing: { before: 0, after: 0, line: Math.round(p.size * 1.2 * 20), lineRule: LineRuleType.EXACT },
    frame: {
      type: 'absolute',
      position: { x: o.x ?? mm(p.x), y: mm(p.y) },
      width: o.width ?? mm(p.width),
      anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE },
      // Fixed height (the lines the box holds, at 1.2 × the size), exactly as in the PDF, so that
      // LibreOffice and Word place the frame's top at `y` and nothing pushes it around.
      height: o.height ?? Math.round(text.split('\n').length * p.size * 1.2 * 20 + 60),
      rule: 'atLeast',
      wrap: 'none',
      anchorLock: true,
    },
    border: o.rule ? { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } } : undefined,
  });
}

/**
 * A tiny unframed paragraph between two framed ones: Word and LibreOffice merge consecutive
 * framed paragraphs whose frames look alike into one frame, which would stack the fields.
 */
function separator(): Paragraph {
  return new Paragraph({ children: [], spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT } });
}

function docxSection(
  c: CertificateInput,
  mode: 'full' | 'blank',
  layout: CertificateLayout,
  fields: CertificateOptions['fields'],
  first: boolean,
): ISectionOptions {
  const texts = certificateTexts(c);
  const children = printedFields(mode, layout, fields)
    .filter((f) => texts[f] !== '')
    .flatMap((f) => [separator(), fieldParagraph(f)]);
  // The section break must sit in a plain paragraph, not in a framed one.
  children.push(separator());
  function fieldParagraph(f: CertificateField): Paragraph {
    {
      const p = layout[f];
      if (f === 'motto' && mode === 'full') {
        // The rule under the motto is as long as the motto: the frame is as wide as the text.
        const w = Math.round(estimateTextWidth(MOTTO, p.size, true) * 1.12);
        return framed(shown(texts[f], p), p, { x: Math.round(mm(p.x) + (mm(p.width) - w) / 2), width: w, rule: true });
      }
      return framed(shown(texts[f], p), p);
    }
  }
  const line = { style: BorderStyle.THICK_THIN_LARGE_GAP, size: 24, color: BORDER_GOLD, space: 20 } as const;
  return {
    properties: {
      ...(first ? {} : { type: SectionType.NEXT_PAGE }),
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
        margin: { top: mm(15), bottom: mm(15), left: mm(15), right: mm(15), header: mm(8), footer: mm(8) },
        ...(mode === 'full'
          ? {
              borders: {
                pageBorders: { display: 'allPages', offsetFrom: 'page', zOrder: 'back' },
                pageBorderTop: line,
                pageBorderBottom: line,
                pageBorderLeft: line,
                pageBorderRight: line,
              },
            }
          : {}),
      },
    },
    children,
  };
}

/**
 * One DOCX holding one landscape page per certificate (a section each). `onProgress(done, total)`
 * is called as certificates are laid out, the last call once the file is packed.
 */
export async function buildCertificatesDocx(
  list: readonly CertificateInput[],
  options: CertificateOptions = {},
): Promise<Buffer> {
  if (list.length === 0) throw new RangeError('No certificate to print');
  const mode = options.mode ?? 'full';
  const layout = certificateLayout(options.fields);
  const total = list.length;
  const sections = list.map((c, i) => {
    const s = docxSection(c, mode, layout, options.fields, i === 0);
    if (i < total - 1) options.onProgress?.(i + 1, total);
    return s;
  });
  const doc = new Document({
    title: nfc(total === 1 ? `${list[0].award} - ${list[0].recipient}` : `${list[0].award} (${total})`),
    creator: 'tdkt',
    styles: { default: { document: { run: { font: FONT, size: 28, language: { value: 'vi-VN' } } } } },
    sections,
  });
  const buffer = await Packer.toBuffer(doc);
  options.onProgress?.(total, total);
  return buffer;
}

/** The DOCX of one certificate. */
export function buildCertificateDocx(c: CertificateInput, options: CertificateOptions = {}): Promise<Buffer> {
  return buildCertificatesDocx([c], options);
}

// ---------------------------------------------------------------------------------------------
// PDF

/** The decorative border: a gold double frame, a red inner line, red diamonds at the corners. */
export function borderCanvas(): PdfContent {
  const W = mmPt(CERTIFICATE_PAGE_MM.width);
  const H = mmPt(CERTIFICATE_PAGE_MM.height);
  const gold = `#${BORDER_GOLD}`;
  const red = `#${CERTIFICATE_RED}`;
  const rect = (inset: number, lineWidth: number, color: string) => ({
    type: 'rect',
    x: mmPt(inset),
    y: mmPt(inset),
    w: W - 2 * mmPt(inset),
    h: H - 2 * mmPt(inset),
    lineWidth,
    lineColor: color,
  });
  const diamond = (cx: number, cy: number, r: number) => ({
    type: 'polyline',
    closePath: true,
    points: [
      { x: cx, y: cy - r },
      { x: cx + r, y: cy },
      { x: cx, y: cy + r },
      { x: cx - r, y: cy },
    ],
    color: red,
    lineColor: red,
    lineWidth: 0.5,
  });
  const c = mmPt(12.5);
  const r = mmPt(2.6);
  return {
    canvas: [
      rect(7, 3, gold),
      rect(9, 0.8, gold),
      rect(11, 0.6, red),
      ...[
        [c, c],
        [W - c, c],
        [c, H - c],
        [W - c, H - c],
      ].map(([x, y]) => diamond(x, y, r)),
    ],
  };
}

function pdfField(text: string, p: FieldPosition): PdfContent {
  return {
    absolutePosition: { x: mmPt(p.x), y: mmPt(p.y) },
    columns: [
      {
        width: mmPt(p.width),
        text: text,
        fontSize: p.size,
        bold: !!p.bold,
        italics: !!p.italic,
        color: p.color ? `#${p.color}` : '#000000',
        alignment: p.align ?? 'center',
        lineHeight: 1.05,
      },
    ],
  };
}

function pdfPage(
  c: CertificateInput,
  mode: 'full' | 'blank',
  layout: CertificateLayout,
  fields: CertificateOptions['fields'],
  first: boolean,
): PdfContent[] {
  const texts = certificateTexts(c);
  const out: PdfContent[] = first ? [] : [{ text: '', pageBreak: 'before' }];
  for (const f of printedFields(mode, layout, fields)) {
    if (texts[f] === '') continue;
    const p = layout[f];
    out.push(pdfField(shown(texts[f], p), p));
    if (f === 'motto' && mode === 'full') {
      const w = textWidthPt(MOTTO, p.size, true);
      const x = mmPt(p.x) + (mmPt(p.width) - w) / 2;
      const y = mmPt(p.y) + p.size * 1.2;
      out.push({
        absolutePosition: { x: 0, y: 0 },
        canvas: [{ type: 'line', x1: x, y1: y, x2: x + w, y2: y, lineWidth: 0.75, lineColor: '#000000' }],
      });
    }
  }
  return out;
}

/**
 * One PDF holding one landscape page per certificate. `onProgress(done, total)` follows pdfmake's
 * rendering (pages done), ending with (total, total).
 */
export async function buildCertificatesPdf(
  list: readonly CertificateInput[],
  options: CertificateOptions = {},
): Promise<Uint8Array> {
  if (list.length === 0) throw new RangeError('No certificate to print');
  const mode = options.mode ?? 'full';
  const layout = certificateLayout(options.fields);
  const total = list.length;
  const content = list.flatMap((c, i) => pdfPage(c, mode, layout, options.fields, i === 0));
  let reported = 0;
  const bytes = await renderPdf(
    {
      pageSize: 'A4',
      pageOrientation: 'landscape',
      pageMargins: [0, 0, 0, 0],
      defaultStyle: { font: PDF_FONT, fontSize: 14, lineHeight: 1 },
      info: { title: nfc(total === 1 ? `${list[0].award} - ${list[0].recipient}` : `${list[0].award} (${total})`) },
      language: 'vi-VN',
      ...(mode === 'full' ? { background: () => borderCanvas() } : {}),
      content,
    },
    options.onProgress
      ? (share) => {
          const done = Math.min(total - 1, Math.floor(share * total));
          if (done > reported) {
            reported = done;
            options.onProgress!(done, total);
          }
        }
      : undefined,
  );
  options.onProgress?.(total, total);
  return bytes;
}

/** The PDF of one certificate. */
export function buildCertificatePdf(c: CertificateInput, options: CertificateOptions = {}): Promise<Uint8Array> {
  return buildCertificatesPdf([c], options);
}
