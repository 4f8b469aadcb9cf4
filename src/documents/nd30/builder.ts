// Builds the DOCX of an administrative document laid out per Nghị định 30/2020/NĐ-CP, Phụ lục I,
// with the `docx` package's high-level API. Every run carries its font and size explicitly (the
// document defaults say the same), so the layout does not depend on the reader's Normal style.
//
// Page: A4 portrait, margins 20/20/30/15 mm (top/bottom/left/right), page numbers centred in the top
// margin from page 2 on (a first-page header that is empty: w:titlePg).
// Top of page 1: a borderless two-column table (issuer | national name and motto; number |
// place-date line). End: a borderless two-column table ('Nơi nhận' | signature block).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { nfc } from '../../domain/vi-text/index.js';
import { numberLine, placeDateLine, punctuateBases, recipientLines, toRoman, upperVN } from './format.js';
import {
  CLOSING_COLUMNS,
  estimateTextWidth,
  FIRST_LINE_INDENT,
  FONT,
  GRID_SIZE,
  HEADER_COLUMNS,
  MARGIN,
  PAGE,
  PARAGRAPH_SPACING,
  RULE_SIZE,
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
  Nd30Run,
  Nd30Signature,
  Nd30Table,
  Nd30Text,
} from './types.js';

/** The national name and motto (Quốc hiệu, Tiêu ngữ). */
export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const RECIPIENTS_LABEL = 'Nơi nhận:';

type FileChild = Paragraph | Table;

/** Emphasis and size of a run (size in points). */
interface RunStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** One run of text in Times New Roman; NFC-normalised; '\n' becomes a line break. */
function run(text: string, style: RunStyle): TextRun[] {
  return nfc(text)
    .split('\n')
    .map(
      (part, i) =>
        new TextRun({
          text: part,
          break: i > 0 ? 1 : undefined,
          font: FONT,
          size: style.size * 2,
          bold: style.bold || undefined,
          italics: style.italic || undefined,
          underline: style.underline ? {} : undefined,
        }),
    );
}

/** Runs of a plain or mixed text; the runs' own emphasis overrides the base style. */
function runs(text: Nd30Text, base: RunStyle): TextRun[] {
  if (typeof text === 'string') return run(text, base);
  return text.flatMap((r: Nd30Run) =>
    run(r.text, {
      size: base.size,
      bold: r.bold ?? base.bold,
      italic: r.italic ?? base.italic,
      underline: r.underline ?? base.underline,
    }),
  );
}

interface ParaOptions {
  align?: Nd30Align;
  firstLine?: boolean;
  before?: number;
  after?: number;
  keepNext?: boolean;
}

function para(children: TextRun[], o: ParaOptions = {}): Paragraph {
  return new Paragraph({
    children,
    alignment: ALIGN[o.align ?? 'left'],
    indent: o.firstLine ? { firstLine: FIRST_LINE_INDENT } : undefined,
    spacing: { before: o.before ?? 0, after: o.after ?? 0 },
    keepNext: o.keepNext || undefined,
  });
}

/** A centred line of text (header, title, signature). */
function centred(text: string, style: RunStyle, before = 0): Paragraph {
  return para(run(text, style), { align: 'center', before, keepNext: true });
}

/**
 * A short solid rule, centred in `available` twips: an empty paragraph 4 pt high whose bottom
 * border is the rule, its length set by the paragraph's indents.
 */
function rule(length: number, available: number): Paragraph {
  const side = Math.max(0, Math.round((available - length) / 2));
  return new Paragraph({
    children: [],
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 80, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: RULE_SIZE, color: '000000', space: 0 } },
    keepNext: true,
  });
}

/** Rule length for lines of text: 40% of the widest line (the decree asks for 1/3 to 1/2). */
function ruleUnder(lines: readonly string[], sizePt: number, available: number): number {
  const widest = Math.max(...lines.map((l) => estimateTextWidth(l, sizePt, true)), 1);
  return Math.max(567, Math.round(Math.min(widest, available) * 0.4));
}

const NO_BORDERS = TableBorders.NONE;

/** Issuer column of the header: 62 mm on portrait pages, 40% of the width on landscape ones. */
export function headerLeftWidth(width: number): number {
  return width === TEXT_WIDTH ? HEADER_COLUMNS[0] : Math.round(width * 0.4);
}

function cell(children: FileChild[], width: number, o: { span?: number; vAlign?: 'top' | 'center' } = {}): TableCell {
  return new TableCell({
    children: children.length ? children : [new Paragraph({ children: [] })],
    width: { size: width, type: WidthType.DXA },
    columnSpan: o.span && o.span > 1 ? o.span : undefined,
    verticalAlign: o.vAlign === 'center' ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
  });
}

// ---------------------------------------------------------------------------------------------
// Header: issuer | national name, motto; number | place-date line

function headerTable(doc: Nd30Document, width: number = TEXT_WIDTH): Table {
  const left = headerLeftWidth(width);
  const right = width - left;
  const margin = 57; // 1 mm each side inside the header cells
  const issuer: FileChild[] = [
    ...(doc.issuer.superior ?? []).map((l) => centred(l, { size: SIZE.issuer })),
    ...doc.issuer.name.map((l) => centred(l, { size: SIZE.issuer, bold: true })),
    rule(ruleUnder(doc.issuer.name, SIZE.issuer, left - 2 * margin), left - 2 * margin),
  ];
  const national: FileChild[] = [
    centred(NATIONAL_NAME, { size: SIZE.nationalName, bold: true }),
    centred(MOTTO, { size: SIZE.motto, bold: true }),
    // The rule under the motto is as long as the motto.
    rule(estimateTextWidth(MOTTO, SIZE.motto, true), right - 2 * margin),
  ];
  const number: FileChild[] = [centred(doc.number ? numberLine(doc.number) : '', { size: SIZE.number }, 120)];
  if (doc.regarding) number.push(centred(doc.regarding, { size: SIZE.regarding }, 60));
  const placeDate = [centred(placeDateLine(doc.place, doc.date), { size: SIZE.placeDate, italic: true }, 120)];
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: NO_BORDERS,
    margins: { left: margin, right: margin, top: 0, bottom: 0 },
    rows: [
      new TableRow({ cantSplit: true, children: [cell(issuer, left), cell(national, right)] }),
      new TableRow({ cantSplit: true, children: [cell(number, left), cell(placeDate, right)] }),
    ],
  });
}

// ---------------------------------------------------------------------------------------------
// Title: type, subject, rule; authority; bases; enacting line

function titleBlock(doc: Nd30Document, bodySize: number, width: number = TEXT_WIDTH): Paragraph[] {
  const out: Paragraph[] = [];
  const subject = doc.subject === undefined ? [] : typeof doc.subject === 'string' ? [doc.subject] : [...doc.subject];
  if (doc.type) out.push(centred(doc.type, { size: SIZE.title, bold: true }, 360));
  subject.forEach((s, i) => out.push(centred(s, { size: SIZE.title, bold: true }, i === 0 && !doc.type ? 360 : 0)));
  if (doc.type || subject.length)
    out.push(rule(ruleUnder(subject.length ? subject : [doc.type ?? ''], SIZE.title, width), width));
  if (doc.authority) out.push(centred(doc.authority, { size: SIZE.title, bold: true }, 240));
  const bases = punctuateBases(doc.bases ?? []);
  bases.forEach((b, i) =>
    out.push(
      para(run(b, { size: bodySize, italic: true }), {
        align: 'justify',
        firstLine: true,
        before: i === 0 ? 240 : PARAGRAPH_SPACING,
      }),
    ),
  );
  if (doc.enacting)
    out.push(
      para(run(doc.enacting, { size: bodySize, bold: true }), {
        align: 'center',
        before: 240,
        after: 120,
        keepNext: true,
      }),
    );
  return out;
}

// ---------------------------------------------------------------------------------------------
// Body blocks

/** Numbering state of headings and articles across a document. */
interface Counters {
  heading: number[];
  article: number;
}

function columnWidths(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0) || weights.some((w) => !(w > 0))) throw new RangeError('Table column widths must be positive');
  const widths = weights.map((w) => Math.floor((total * w) / sum));
  widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function cellParagraphs(c: Nd30Cell, style: RunStyle, align: Nd30Align): Paragraph[] {
  const lines = typeof c === 'object' && 'lines' in c ? c.lines : [c as Nd30Text];
  return lines.map((l) => para(runs(l, style), { align, before: 20, after: 20 }));
}

/** A bordered table across `width` twips, header row repeated on every page. */
function bodyTable(t: Nd30Table, width: number): Table {
  const n = t.columns.length;
  if (n === 0) throw new RangeError('A table needs at least one column');
  const widths = columnWidths(
    t.columns.map((c) => c.width),
    width,
  );
  const size = t.fontSize ?? SIZE.table;
  const line = { style: BorderStyle.SINGLE, size: GRID_SIZE, color: '000000' } as const;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map((c, i) =>
      cell(cellParagraphs(c.header, { size, bold: true }, 'center'), widths[i], { vAlign: 'center' }),
    ),
  });
  const rows = t.rows.map((r, k) => {
    if ('group' in r) {
      const num = cell(cellParagraphs(r.number ?? '', { size, bold: true }, 'center'), widths[0], { vAlign: 'center' });
      if (n === 1)
        return new TableRow({
          cantSplit: true,
          keepNext: true,
          children: [cell(cellParagraphs(r.group, { size, bold: true }, 'left'), widths[0])],
        });
      const rest = widths.slice(1).reduce((a, b) => a + b, 0);
      return new TableRow({
        cantSplit: true,
        keepNext: true,
        children: [
          num,
          cell(cellParagraphs(r.group, { size, bold: true }, 'left'), rest, { span: n - 1, vAlign: 'center' }),
        ],
      });
    }
    if (r.cells.length !== n) throw new RangeError(`Table row ${k + 1} has ${r.cells.length} cells for ${n} columns`);
    return new TableRow({
      cantSplit: true,
      children: r.cells.map((c, i) =>
        cell(cellParagraphs(c, { size, bold: r.bold }, t.columns[i].align ?? 'left'), widths[i], { vAlign: 'center' }),
      ),
    });
  });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    margins: { top: 0, bottom: 0, left: 85, right: 85 },
    rows: [header, ...rows],
  });
}

/** The paragraphs and tables of body blocks; `keepLast` keeps the last paragraph with what follows. */
function blocks(
  list: readonly Nd30Block[],
  counters: Counters,
  bodySize: number,
  width: number,
  keepLast: boolean,
): FileChild[] {
  const out: FileChild[] = [];
  const body = (text: Nd30Text, o: ParaOptions & { bold?: boolean; italic?: boolean } = {}): Paragraph =>
    para(runs(text, { size: bodySize, bold: o.bold, italic: o.italic }), {
      align: 'justify',
      firstLine: true,
      before: PARAGRAPH_SPACING,
      ...o,
    });
  list.forEach((b, k) => {
    const last = keepLast && k === list.length - 1;
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
        out.push(body(num ? `${num} ${text}` : text, { bold: level < 3, italic: level === 3, keepNext: true }));
        break;
      }
      case 'paragraph':
        out.push(
          body(b.text, {
            bold: b.bold,
            italic: b.italic,
            align: b.align ?? 'justify',
            firstLine: b.indent ?? (b.align === undefined || b.align === 'justify' || b.align === 'left'),
            keepNext: b.keepNext || last,
          }),
        );
        break;
      case 'list': {
        const marker = b.marker ?? '-';
        b.items.forEach((item, i) => {
          const text: Nd30Run[] = [{ text: `${marker} ` }, ...(typeof item === 'string' ? [{ text: item }] : item)];
          out.push(body(text, { keepNext: last && i === b.items.length - 1 }));
        });
        break;
      }
      case 'article': {
        counters.article = b.number ?? counters.article + 1;
        const first: Nd30Run[] = [{ text: `Điều ${counters.article}.`, bold: true }];
        if (b.heading) first.push({ text: ` ${b.heading}`, bold: true });
        if (b.text !== undefined)
          first.push({ text: ' ' }, ...(typeof b.text === 'string' ? [{ text: b.text }] : b.text));
        const paras = b.paragraphs ?? [];
        out.push(body(first, { keepNext: paras.length > 0 || last }));
        paras.forEach((p, i) => out.push(body(p, { keepNext: last && i === paras.length - 1 })));
        break;
      }
      case 'table':
        out.push(bodyTable(b, width));
        break;
      case 'pageBreak':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Closing: 'Nơi nhận' | signature block

function signatureBlock(sig: Nd30Signature, gap = SIGNATURE_GAP): FileChild[] {
  return [
    ...sig.lines.map((l) => centred(l, { size: SIZE.signature, bold: true })),
    ...(sig.note ? [centred(sig.note, { size: SIZE.signatureNote, italic: true })] : []),
    // The gap above the name holds the handwritten signature and the seal.
    para(run(sig.name, { size: SIZE.signature, bold: true }), { align: 'center', before: gap }),
  ];
}

function closingTable(doc: Nd30Document, width: number): Table {
  if (doc.signatures?.length) {
    const n = doc.signatures.length;
    const widths = columnWidths(
      doc.signatures.map(() => 1),
      width,
    );
    return new Table({
      layout: TableLayoutType.FIXED,
      width: { size: width, type: WidthType.DXA },
      columnWidths: widths,
      borders: NO_BORDERS,
      margins: { left: 57, right: 57, top: 0, bottom: 0 },
      rows: [
        new TableRow({
          cantSplit: true,
          children: doc.signatures.map((s, i) =>
            cell(signatureBlock(s, n > 2 ? SIGNATURE_GAP_SHORT : SIGNATURE_GAP), widths[i]),
          ),
        }),
      ],
    });
  }
  if (!doc.signature) throw new RangeError('A document needs a signature block (signature or signatures)');
  const left = CLOSING_COLUMNS[0];
  const right = width - left;
  const recipients: FileChild[] = [
    para(run(RECIPIENTS_LABEL, { size: SIZE.recipientsLabel, bold: true, italic: true })),
    ...recipientLines(doc.recipients, doc.archive).map((l) => para(run(l, { size: SIZE.recipients }))),
  ];
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: NO_BORDERS,
    margins: { left: 57, right: 57, top: 0, bottom: 0 },
    rows: [
      new TableRow({ cantSplit: true, children: [cell(recipients, left), cell(signatureBlock(doc.signature), right)] }),
    ],
  });
}

// ---------------------------------------------------------------------------------------------
// Sections and document

/** Page-number header (centred, from page 2: the first page gets the empty header). */
function headers(): NonNullable<ISectionOptions['headers']> {
  return {
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.pageNumber * 2 })],
        }),
      ],
    }),
    first: new Header({ children: [new Paragraph({ children: [] })] }),
  };
}

function pageProperties(
  orientation: 'portrait' | 'landscape',
  restartNumbering: boolean,
): ISectionOptions['properties'] {
  return {
    titlePage: true,
    ...(restartNumbering ? { type: SectionType.NEXT_PAGE } : {}),
    page: {
      size: {
        width: PAGE.width,
        height: PAGE.height,
        orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: { ...MARGIN },
      ...(restartNumbering ? { pageNumbers: { start: 1 } } : {}),
    },
  };
}

function attachmentSection(a: Nd30Attachment, counters: Counters, bodySize: number): ISectionOptions {
  const orientation = a.orientation ?? 'portrait';
  const width = orientation === 'landscape' ? TEXT_WIDTH_LANDSCAPE : TEXT_WIDTH;
  const head: Paragraph[] = [];
  if (a.label) head.push(centred(a.label, { size: SIZE.title, bold: true }));
  head.push(centred(a.title, { size: SIZE.title, bold: true }, a.label ? 60 : 0));
  if (a.subtitle) head.push(centred(a.subtitle, { size: SIZE.title, bold: true }));
  if (a.note) head.push(centred(a.note, { size: SIZE.title, italic: true }));
  head.push(rule(ruleUnder([a.subtitle ?? a.title], SIZE.title, width), width));
  head.push(para([], { before: 120 }));
  return {
    properties: pageProperties(orientation, true),
    headers: headers(),
    children: [...head, ...blocks(a.blocks, counters, bodySize, width, false)],
  };
}

/** The docx `Document` of an NĐ 30 document (for callers that add to it before packing). */
export function nd30Document(doc: Nd30Document): Document {
  const bodySize = doc.fontSize ?? SIZE.body;
  if (bodySize !== 13 && bodySize !== 14) throw new RangeError(`Body size must be 13 or 14 pt: ${String(bodySize)}`);
  if (doc.issuer.name.length === 0) throw new RangeError('The issuing body needs at least one line');
  const counters: Counters = { heading: [0, 0, 0], article: 0 };
  const subject = typeof doc.subject === 'string' ? doc.subject : (doc.subject ?? []).join(' ');
  const orientation = doc.orientation ?? 'portrait';
  const width = orientation === 'landscape' ? TEXT_WIDTH_LANDSCAPE : TEXT_WIDTH;
  const main: ISectionOptions = {
    properties: pageProperties(orientation, false),
    headers: headers(),
    children: [
      headerTable(doc, width),
      ...titleBlock(doc, bodySize, width),
      ...blocks(doc.body, counters, bodySize, width, true),
      para([], { before: 120 }),
      closingTable(doc, width),
    ],
  };
  const creator = nfc(doc.meta?.creator ?? doc.issuer.name.join(' '));
  return new Document({
    title: nfc(doc.meta?.title ?? [doc.type, subject].filter(Boolean).join(' ')),
    creator,
    lastModifiedBy: creator,
    description: doc.meta?.description,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: bodySize * 2, language: { value: 'vi-VN' } },
          paragraph: { spacing: { line: 240 } },
        },
      },
    },
    sections: [main, ...(doc.attachments ?? []).map((a) => attachmentSection(a, counters, bodySize))],
  });
}

/** The DOCX file of an NĐ 30 document. */
export async function buildNd30Docx(doc: Nd30Document): Promise<Buffer> {
  return Packer.toBuffer(nd30Document(doc));
}
