// The PDF of an NĐ 30/2020 document: the same model (`Nd30Document`) and the same layout rules as
// `buildNd30Docx`, rendered with pdfmake in the vendored Liberation Serif (Times-metric).
//
// Page: A4, margins top/bottom 20 mm, left 30 mm, right 15 mm; page numbers centred in the top
// margin (10 mm from the edge), not on the first page of the document nor of an attachment, each
// attachment numbered from 1 (as the DOCX sections are). Header: issuer | national name and motto
// with their rules; number | italic place-date line. Then type, subject and rule; authority;
// italic bases; enacting line; body; 'Nơi nhận' | signature (or several signatures side by side).
import { nfc } from '../../domain/vi-text/index.js';
import { renderPdf, twipsPt, PDF_FONT, type PdfContent, type PdfDocDefinition } from '../pdf/engine.js';
import { textWidthPt } from '../pdf/measure.js';
import { headerLeftWidth, MOTTO, NATIONAL_NAME, RECIPIENTS_LABEL } from './builder.js';
import { numberLine, placeDateLine, punctuateBases, recipientLines, toRoman, upperVN } from './format.js';
import {
  CLOSING_COLUMNS,
  FIRST_LINE_INDENT,
  MARGIN,
  PARAGRAPH_SPACING,
  SIGNATURE_GAP,
  SIGNATURE_GAP_SHORT,
  SIZE,
  TEXT_WIDTH,
  TEXT_WIDTH_LANDSCAPE,
} from './layout.js';
import type {
  Nd30Align,
  Nd30Attachment,
  Nd30Block,
  Nd30Cell,
  Nd30Document,
  Nd30Signature,
  Nd30Table,
  Nd30Text,
} from './types.js';

/** Page margins in points, [left, top, right, bottom]. */
export const PDF_MARGINS: [number, number, number, number] = [
  twipsPt(MARGIN.left),
  twipsPt(MARGIN.top),
  twipsPt(MARGIN.right),
  twipsPt(MARGIN.bottom),
];

/** Width of the text area in points, portrait and landscape. */
export const PDF_TEXT_WIDTH = { portrait: twipsPt(TEXT_WIDTH), landscape: twipsPt(TEXT_WIDTH_LANDSCAPE) } as const;

interface Style {
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  color?: string;
}

/** pdfmake inlines of a plain or mixed text (NFC). */
export function pdfRuns(text: Nd30Text, base: Style): PdfContent[] {
  const one = (t: string, s: Style): PdfContent => ({
    text: nfc(t),
    fontSize: s.size,
    bold: !!s.bold,
    italics: !!s.italic,
    ...(s.underline ? { decoration: 'underline' } : {}),
    ...(s.color ? { color: s.color } : {}),
  });
  if (typeof text === 'string') return [one(text, base)];
  return text.map((r) =>
    one(r.text, {
      ...base,
      bold: r.bold ?? base.bold,
      italic: r.italic ?? base.italic,
      underline: r.underline ?? base.underline,
    }),
  );
}

interface ParaOptions {
  align?: Nd30Align;
  firstLine?: boolean;
  before?: number; // twips
  after?: number; // twips
}

function para(text: Nd30Text, style: Style, o: ParaOptions = {}): PdfContent {
  return {
    text: pdfRuns(text, style),
    alignment: o.align ?? 'left',
    ...(o.firstLine ? { leadingIndent: twipsPt(FIRST_LINE_INDENT) } : {}),
    margin: [0, twipsPt(o.before ?? 0), 0, twipsPt(o.after ?? 0)],
  };
}

const centred = (text: string, style: Style, before = 0): PdfContent => para(text, style, { align: 'center', before });

/** A solid rule `length` points long, centred in `available` points (3/4 pt thick). */
export function pdfRule(length: number, available: number, before = 4, after = 0): PdfContent {
  const x1 = Math.max(0, (available - length) / 2);
  return {
    canvas: [
      { type: 'line', x1, y1: 0, x2: Math.min(available, x1 + length), y2: 0, lineWidth: 0.75, lineColor: '#000000' },
    ],
    margin: [0, before, 0, after],
  };
}

/** Rule length under lines of text: 40% of the widest (the decree asks for 1/3 to 1/2). */
function ruleUnder(lines: readonly string[], size: number, available: number): number {
  const widest = Math.max(...lines.map((l) => textWidthPt(l, size, true)), 1);
  return Math.max(28, Math.min(widest, available) * 0.4);
}

/**
 * A page header printing the page number centred 10 mm from the top edge, counted from the first
 * page of its section, and nothing on that first page. pdfmake calls it page by page in order (and
 * again from the start when it lays the document out a second time), so it learns where its
 * section starts from the first page it is asked about.
 */
export function pageNumberHeader(): (current: number) => PdfContent {
  let first = 0;
  let previous = Number.POSITIVE_INFINITY;
  return (current: number) => {
    if (current <= previous) first = current;
    previous = current;
    const n = current - first + 1;
    if (n === 1) return null;
    return {
      text: String(n),
      alignment: 'center',
      fontSize: SIZE.pageNumber,
      margin: [0, twipsPt(MARGIN.header), 0, 0],
    };
  };
}

// ---------------------------------------------------------------------------------------------
// Header and title

function headerBlock(doc: Nd30Document, width: number): PdfContent {
  const left = twipsPt(headerLeftWidth(Math.round(width * 20)));
  const right = width - left;
  const pad = 2.85; // 1 mm inside each column, as the DOCX cell margins
  const issuer: PdfContent[] = [
    ...(doc.issuer.superior ?? []).map((l) => centred(l, { size: SIZE.issuer })),
    ...doc.issuer.name.map((l) => centred(l, { size: SIZE.issuer, bold: true })),
    pdfRule(ruleUnder(doc.issuer.name, SIZE.issuer, left - 2 * pad), left - 2 * pad),
  ];
  const national: PdfContent[] = [
    centred(NATIONAL_NAME, { size: SIZE.nationalName, bold: true }),
    centred(MOTTO, { size: SIZE.motto, bold: true }),
    // The rule under the motto is as long as the motto.
    pdfRule(textWidthPt(MOTTO, SIZE.motto, true), right - 2 * pad),
  ];
  const number: PdfContent[] = [centred(doc.number ? numberLine(doc.number) : '', { size: SIZE.number }, 120)];
  if (doc.regarding) number.push(centred(doc.regarding, { size: SIZE.regarding }, 60));
  const placeDate = [centred(placeDateLine(doc.place, doc.date), { size: SIZE.placeDate, italic: true }, 120)];
  // A borderless two-row table, as in the DOCX, so the number and the place-date line share a row.
  return {
    table: {
      widths: [left - 2 * pad, right - 2 * pad],
      body: [
        [{ stack: issuer }, { stack: national }],
        [{ stack: number }, { stack: placeDate }],
      ],
      dontBreakRows: true,
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: () => pad,
      paddingRight: () => pad,
      paddingTop: () => 0,
      paddingBottom: () => 0,
    },
  };
}

function titleBlock(doc: Nd30Document, bodySize: number, width: number): PdfContent[] {
  const out: PdfContent[] = [];
  const subject = doc.subject === undefined ? [] : typeof doc.subject === 'string' ? [doc.subject] : [...doc.subject];
  if (doc.type) out.push(centred(doc.type, { size: SIZE.title, bold: true }, 360));
  subject.forEach((s, i) => out.push(centred(s, { size: SIZE.title, bold: true }, i === 0 && !doc.type ? 360 : 0)));
  if (doc.type || subject.length)
    out.push(pdfRule(ruleUnder(subject.length ? subject : [doc.type ?? ''], SIZE.title, width), width));
  if (doc.authority) out.push(centred(doc.authority, { size: SIZE.title, bold: true }, 240));
  punctuateBases(doc.bases ?? []).forEach((b, i) =>
    out.push(
      para(
        b,
        { size: bodySize, italic: true },
        { align: 'justify', firstLine: true, before: i === 0 ? 240 : PARAGRAPH_SPACING },
      ),
    ),
  );
  if (doc.enacting)
    out.push(para(doc.enacting, { size: bodySize, bold: true }, { align: 'center', before: 240, after: 120 }));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Body

interface Counters {
  heading: number[];
  article: number;
}

/** Ruled-grid layout of body tables: 1/2 pt lines, 1.5 mm side padding. */
export const GRID_LAYOUT = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#000000',
  vLineColor: () => '#000000',
  paddingLeft: () => twipsPt(85),
  paddingRight: () => twipsPt(85),
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};

function cellStack(c: Nd30Cell, style: Style, align: Nd30Align): PdfContent {
  const lines = typeof c === 'object' && 'lines' in c ? c.lines : [c as Nd30Text];
  return { stack: lines.map((l) => ({ text: pdfRuns(l, style), alignment: align })), verticalAlignment: 'middle' };
}

function widthsOf(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0) || weights.some((w) => !(w > 0))) throw new RangeError('Table column widths must be positive');
  // pdfmake widths exclude the cell padding and the vertical rules.
  const inner = total - weights.length * 2 * twipsPt(85) - (weights.length + 1) * 0.5;
  return weights.map((w) => (inner * w) / sum);
}

/** A bordered table across `width` points, its header row repeated on every page, rows kept whole. */
export function pdfTable(t: Nd30Table, width: number): PdfContent {
  const n = t.columns.length;
  if (n === 0) throw new RangeError('A table needs at least one column');
  const size = t.fontSize ?? SIZE.table;
  const header = t.columns.map((c) => cellStack(c.header, { size, bold: true }, 'center'));
  const body = t.rows.map((r, k) => {
    if ('group' in r) {
      if (n === 1) return [cellStack(r.group, { size, bold: true }, 'left')];
      return [
        cellStack(r.number ?? '', { size, bold: true }, 'center'),
        { ...cellStack(r.group, { size, bold: true }, 'left'), colSpan: n - 1 },
        ...Array.from({ length: n - 2 }, () => ({})),
      ];
    }
    if (r.cells.length !== n) throw new RangeError(`Table row ${k + 1} has ${r.cells.length} cells for ${n} columns`);
    return r.cells.map((c, i) => cellStack(c, { size, bold: r.bold }, t.columns[i].align ?? 'left'));
  });
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: widthsOf(
        t.columns.map((c) => c.width),
        width,
      ),
      body: [header, ...body],
    },
    layout: GRID_LAYOUT,
    margin: [0, twipsPt(PARAGRAPH_SPACING), 0, 0],
  };
}

function blocks(list: readonly Nd30Block[], counters: Counters, bodySize: number, width: number): PdfContent[] {
  const out: PdfContent[] = [];
  const body = (text: Nd30Text, o: ParaOptions & { bold?: boolean; italic?: boolean } = {}): PdfContent =>
    para(
      text,
      { size: bodySize, bold: o.bold, italic: o.italic },
      { align: 'justify', firstLine: true, before: PARAGRAPH_SPACING, ...o },
    );
  // Headings (and paragraphs marked keepNext) stay on the page of what follows them.
  let keep: PdfContent[] = [];
  const push = (c: PdfContent, keepNext = false) => {
    if (keepNext) {
      keep.push(c);
      return;
    }
    if (keep.length) {
      out.push({ stack: [...keep, c], unbreakable: c.table === undefined });
      if (c.table !== undefined) {
        // A table may be long: keep the heading with its first rows only by letting it break.
        out[out.length - 1].unbreakable = false;
      }
      keep = [];
    } else out.push(c);
  };
  for (const b of list) {
    switch (b.kind) {
      case 'heading': {
        const level = b.level ?? 1;
        const h = counters.heading;
        h[level - 1] += 1;
        for (let i = level; i < 3; i++) h[i] = 0;
        const auto =
          level === 1 ? `${toRoman(h[0])}.` : level === 2 ? `${h[1]}.` : h[1] ? `${h[1]}.${h[2]}.` : `${h[2]}.`;
        const num = b.number === false ? '' : (b.number ?? auto);
        const text = level === 1 ? upperVN(b.text) : b.text;
        push(body(num ? `${num} ${text}` : text, { bold: level < 3, italic: level === 3 }), true);
        break;
      }
      case 'paragraph':
        push(
          body(b.text, {
            bold: b.bold,
            italic: b.italic,
            align: b.align ?? 'justify',
            firstLine: b.indent ?? (b.align === undefined || b.align === 'justify' || b.align === 'left'),
          }),
          !!b.keepNext,
        );
        break;
      case 'list': {
        const marker = b.marker ?? '-';
        for (const item of b.items)
          push(body([{ text: `${marker} ` }, ...(typeof item === 'string' ? [{ text: item }] : item)]));
        break;
      }
      case 'article': {
        counters.article = b.number ?? counters.article + 1;
        const first = [{ text: `Điều ${counters.article}.`, bold: true }] as {
          text: string;
          bold?: boolean;
          italic?: boolean;
        }[];
        if (b.heading) first.push({ text: ` ${b.heading}`, bold: true });
        if (b.text !== undefined)
          first.push({ text: ' ' }, ...(typeof b.text === 'string' ? [{ text: b.text }] : b.text));
        const paras = b.paragraphs ?? [];
        push(body(first), paras.length > 0);
        paras.forEach((p) => push(body(p)));
        break;
      }
      case 'table':
        push(pdfTable(b, width));
        break;
      case 'pageBreak':
        if (keep.length) {
          out.push(...keep);
          keep = [];
        }
        out.push({ text: '', pageBreak: 'after' });
        break;
    }
  }
  out.push(...keep);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Closing

export function pdfSignatureBlock(sig: Nd30Signature, gapTwips = SIGNATURE_GAP): PdfContent[] {
  return [
    ...sig.lines.map((l) => centred(l, { size: SIZE.signature, bold: true })),
    ...(sig.note ? [centred(sig.note, { size: SIZE.signatureNote, italic: true })] : []),
    centred(sig.name, { size: SIZE.signature, bold: true }, gapTwips),
  ];
}

function closing(doc: Nd30Document, width: number): PdfContent {
  if (doc.signatures?.length) {
    const n = doc.signatures.length;
    return {
      columns: doc.signatures.map((s) => ({
        width: width / n,
        stack: pdfSignatureBlock(s, n > 2 ? SIGNATURE_GAP_SHORT : SIGNATURE_GAP),
      })),
      columnGap: 0,
    };
  }
  if (!doc.signature) throw new RangeError('A document needs a signature block (signature or signatures)');
  const left = twipsPt(CLOSING_COLUMNS[0]);
  const pad = 2.85;
  return {
    columns: [
      {
        width: left - 2 * pad,
        margin: [pad, 0, pad, 0],
        stack: [
          para(RECIPIENTS_LABEL, { size: SIZE.recipientsLabel, bold: true, italic: true }),
          ...recipientLines(doc.recipients, doc.archive).map((l) => para(l, { size: SIZE.recipients })),
        ],
      },
      { width: width - left - 2 * pad, margin: [pad, 0, pad, 0], stack: pdfSignatureBlock(doc.signature) },
    ],
    columnGap: 0,
  };
}

// ---------------------------------------------------------------------------------------------
// Document

function attachmentSection(a: Nd30Attachment, counters: Counters, bodySize: number): PdfContent {
  const orientation = a.orientation ?? 'portrait';
  const width = PDF_TEXT_WIDTH[orientation];
  const head: PdfContent[] = [];
  if (a.label) head.push(centred(a.label, { size: SIZE.title, bold: true }));
  head.push(centred(a.title, { size: SIZE.title, bold: true }, a.label ? 60 : 0));
  if (a.subtitle) head.push(centred(a.subtitle, { size: SIZE.title, bold: true }));
  if (a.note) head.push(centred(a.note, { size: SIZE.title, italic: true }));
  head.push(pdfRule(ruleUnder([a.subtitle ?? a.title], SIZE.title, width), width, 4, 6));
  return {
    section: [...head, ...blocks(a.blocks, counters, bodySize, width)],
    pageSize: 'A4',
    pageOrientation: orientation,
    pageMargins: PDF_MARGINS,
    header: pageNumberHeader(),
  };
}

/** The pdfmake document definition of an NĐ 30 document (for callers that add to it). */
export function nd30PdfDefinition(doc: Nd30Document): PdfDocDefinition {
  const bodySize = doc.fontSize ?? SIZE.body;
  if (bodySize !== 13 && bodySize !== 14) throw new RangeError(`Body size must be 13 or 14 pt: ${String(bodySize)}`);
  if (doc.issuer.name.length === 0) throw new RangeError('The issuing body needs at least one line');
  const counters: Counters = { heading: [0, 0, 0], article: 0 };
  const orientation = doc.orientation ?? 'portrait';
  const width = PDF_TEXT_WIDTH[orientation];
  const main = [
    headerBlock(doc, width),
    ...titleBlock(doc, bodySize, width),
    ...blocks(doc.body, counters, bodySize, width),
  ];
  // The signature block stays with the last paragraph above it.
  const last = main.length > 0 && main[main.length - 1].table === undefined ? [main.pop()] : [];
  main.push({ stack: [...last, { text: '', margin: [0, 6, 0, 0] }, closing(doc, width)], unbreakable: true });
  const subject = typeof doc.subject === 'string' ? doc.subject : (doc.subject ?? []).join(' ');
  const creator = nfc(doc.meta?.creator ?? doc.issuer.name.join(' '));
  return {
    pageSize: 'A4',
    pageOrientation: orientation,
    pageMargins: PDF_MARGINS,
    defaultStyle: { font: PDF_FONT, fontSize: bodySize, lineHeight: 1 },
    info: {
      title: nfc(doc.meta?.title ?? [doc.type, subject].filter(Boolean).join(' ')),
      author: creator,
      subject: doc.meta?.description ? nfc(doc.meta.description) : undefined,
    },
    language: 'vi-VN',
    content: [
      {
        section: main,
        pageSize: 'A4',
        pageOrientation: orientation,
        pageMargins: PDF_MARGINS,
        header: pageNumberHeader(),
      },
      ...(doc.attachments ?? []).map((a) => attachmentSection(a, counters, bodySize)),
    ],
  };
}

/** The PDF of an NĐ 30 document. */
export async function buildNd30Pdf(doc: Nd30Document): Promise<Uint8Array> {
  return renderPdf(nd30PdfDefinition(doc));
}
