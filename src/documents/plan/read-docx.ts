// DOCX → tables and paragraphs of a plan. Reads word/document.xml with the checked zip reader + fast-xml-parser
// (in document order): the tables (w:tbl / w:tr / w:tc, cell text from w:p / w:r / w:t) for the task table,
// and the body's paragraphs in order, each table marking its place, for the plan's text. Grid columns are kept
// aligned: a cell spanning n columns (w:gridSpan) fills its first column and leaves n-1 empty ones,
// w:gridBefore/w:gridAfter add empty columns, and a cell continuing a vertical merge
// (w:vMerge without val="restart") is empty and listed in `mergedFromAbove`.
import { XMLParser } from 'fast-xml-parser';
import type { PlanBlock, Table, TableRow } from '../../domain/plans/index.js';
import { DOCX_LIMITS, inflateEntry, listZipEntries, ZipFormatError, type ZipEntry } from '../safe-zip.js';

/** fast-xml-parser's ordered form: one tag per object, attributes under ':@', text under '#text'. */
type XNode = { [tag: string]: XNode[] | string | Record<string, string> | undefined } & {
  ':@'?: Record<string, string>;
  '#text'?: string;
};

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
});

function tagOf(n: XNode): string | undefined {
  return Object.keys(n).find((k) => k !== ':@');
}

function kids(n: XNode): XNode[] {
  const t = tagOf(n);
  const v = t === undefined ? undefined : n[t];
  return Array.isArray(v) ? v : [];
}

function attr(n: XNode, name: string): string | undefined {
  return n[':@']?.[name];
}

/** Wrappers whose content belongs to the parent (content controls, custom XML, tracked insertions…). */
const TRANSPARENT = new Set([
  'w:sdt',
  'w:sdtContent',
  'w:customXml',
  'w:smartTag',
  'w:ins',
  'w:moveTo',
  'w:hyperlink',
  'w:fldSimple',
  'w:dir',
  'w:bdo',
]);
/** Subtrees that hold no visible cell text. */
const SKIP = new Set([
  'w:del',
  'w:moveFrom',
  'w:instrText',
  'w:delText',
  'w:rPr',
  'w:pPr',
  'w:tcPr',
  'w:trPr',
  'w:tblPr',
  'w:tblGrid',
  'w:sdtPr',
  'w:sdtEndPr',
  'mc:Fallback',
  'w:footnoteReference',
  'w:commentReference',
]);

/** Children with the given tag, looking through transparent wrappers. */
function childrenNamed(n: XNode, name: string): XNode[] {
  const out: XNode[] = [];
  for (const k of kids(n)) {
    const t = tagOf(k);
    if (t === name) out.push(k);
    else if (t !== undefined && TRANSPARENT.has(t)) out.push(...childrenNamed(k, name));
  }
  return out;
}

function firstNamed(n: XNode, name: string): XNode | undefined {
  return kids(n).find((k) => tagOf(k) === name);
}

/** Visible text of a run-level subtree. */
function inlineText(n: XNode): string {
  let s = '';
  for (const k of kids(n)) {
    const t = tagOf(k);
    if (t === undefined || SKIP.has(t)) continue;
    if (t === '#text') continue;
    if (t === 'w:t')
      s += kids(k)
        .map((x) => x['#text'] ?? '')
        .join('');
    else if (t === 'w:tab' || t === 'w:ptab') s += ' ';
    else if (t === 'w:br' || t === 'w:cr') s += '\n';
    else if (t === 'w:noBreakHyphen') s += '-';
    else if (t === 'w:softHyphen') s += '';
    else if (t === 'w:sym') s += String.fromCodePoint(parseInt(attr(k, 'w:char') ?? '20', 16) || 32);
    else if (t === 'w:p') s += `${inlineText(k)}\n`;
    else if (t === 'w:tbl') s += `${tableText(k)}\n`;
    else s += inlineText(k);
  }
  return s;
}

/** Text of a nested table, kept inside its cell: rows on lines, cells separated by '; '. */
function tableText(tbl: XNode): string {
  return readTable(tbl)
    .rows.map((r) => r.cells.filter((c) => c.trim()).join('; '))
    .filter(Boolean)
    .join('\n');
}

/** A cell's text: its paragraphs joined by '\n' (trailing empty paragraphs dropped). */
function cellText(tc: XNode): string {
  const paras: string[] = [];
  for (const k of kids(tc)) {
    const t = tagOf(k);
    if (t === 'w:p') paras.push(inlineText(k));
    else if (t === 'w:tbl') paras.push(tableText(k));
    else if (t !== undefined && TRANSPARENT.has(t)) paras.push(inlineText(k).replace(/\n$/u, ''));
  }
  return paras.join('\n').replace(/\n+$/u, '');
}

function intVal(n: XNode | undefined): number {
  const v = n === undefined ? NaN : Number(attr(n, 'w:val'));
  return Number.isInteger(v) && v > 0 ? v : 0;
}

function readTable(tbl: XNode): Table {
  const rows: TableRow[] = [];
  for (const tr of childrenNamed(tbl, 'w:tr')) {
    const cells: string[] = [];
    const mergedFromAbove: number[] = [];
    const trPr = firstNamed(tr, 'w:trPr');
    const before = intVal(trPr && firstNamed(trPr, 'w:gridBefore'));
    for (let k = 0; k < before; k++) cells.push('');
    for (const tc of childrenNamed(tr, 'w:tc')) {
      const tcPr = firstNamed(tc, 'w:tcPr');
      const span = Math.max(1, intVal(tcPr && firstNamed(tcPr, 'w:gridSpan')));
      const vMerge = tcPr && firstNamed(tcPr, 'w:vMerge');
      const continues = vMerge !== undefined && attr(vMerge, 'w:val') !== 'restart';
      if (continues) mergedFromAbove.push(cells.length);
      cells.push(continues ? '' : cellText(tc));
      for (let k = 1; k < span; k++) cells.push('');
    }
    const after = intVal(trPr && firstNamed(trPr, 'w:gridAfter'));
    for (let k = 0; k < after; k++) cells.push('');
    rows.push(mergedFromAbove.length ? { cells, mergedFromAbove } : { cells });
  }
  return { source: 'docx', rows };
}

/** Every top-level table of the body, in document order (tables nested in cells stay in their cell). */
function bodyTables(n: XNode, out: Table[]): void {
  for (const k of kids(n)) {
    const t = tagOf(k);
    if (t === 'w:tbl') out.push(readTable(k));
    else if (t !== undefined && (t === 'w:body' || TRANSPARENT.has(t))) bodyTables(k, out);
  }
}

/** The body in order: each paragraph (a line break inside one starts a new one), each top-level table as one block. */
function bodyBlocks(n: XNode, out: PlanBlock[]): void {
  for (const k of kids(n)) {
    const t = tagOf(k);
    if (t === 'w:p') {
      for (const line of inlineText(k).split('\n')) if (line.trim()) out.push({ kind: 'paragraph', text: line });
    } else if (t === 'w:tbl') {
      const lines = readTable(k)
        .rows.flatMap((r) => r.cells.flatMap((c) => c.split('\n')))
        .filter((l) => l.trim());
      out.push({ kind: 'table', lines });
    } else if (t !== undefined && (t === 'w:body' || TRANSPARENT.has(t))) bodyBlocks(k, out);
  }
}

export class DocxError extends Error {}

/**
 * Tables and full text of a DOCX file. Throws DocxError when the bytes are not a Word document
 * (not a zip, or no word/document.xml).
 */
export async function readDocx(bytes: Uint8Array): Promise<{ tables: Table[]; blocks: PlanBlock[]; text: string }> {
  // Only word/document.xml is inflated; sizes are checked before and while inflating
  // (src/documents/safe-zip.ts), so a bomb is refused with ZipLimitError before it costs memory.
  let entries: ZipEntry[];
  try {
    entries = listZipEntries(bytes, DOCX_LIMITS);
  } catch (e) {
    if (e instanceof ZipFormatError) throw new DocxError(`không mở được tệp nén DOCX (${e.message})`);
    throw e;
  }
  const entry = entries.find((e) => e.name === 'word/document.xml');
  if (!entry) throw new DocxError('thiếu phần word/document.xml');
  let xml: string;
  try {
    xml = new TextDecoder().decode(inflateEntry(bytes, entry, DOCX_LIMITS));
  } catch (e) {
    if (e instanceof ZipFormatError) throw new DocxError(e.message);
    throw e;
  }
  let doc: XNode[];
  try {
    doc = parser.parse(xml) as XNode[];
  } catch (e) {
    throw new DocxError(`word/document.xml không hợp lệ (${(e as Error).message})`);
  }
  const root = doc.find((n) => tagOf(n) === 'w:document');
  const body = root && firstNamed(root, 'w:body');
  if (!body) throw new DocxError('không có phần thân văn bản (w:body)');
  const tables: Table[] = [];
  bodyTables({ 'w:root': [body] } as XNode, tables);
  const blocks: PlanBlock[] = [];
  bodyBlocks({ 'w:root': [body] } as XNode, blocks);
  // The whole body's text (tables included) gives context such as the plan's year.
  return { tables, blocks, text: inlineText(body) };
}
