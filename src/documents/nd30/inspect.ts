// Reading a DOCX back: its XML parts, a light view of paragraphs and tables with their direct
// formatting, and its plain text. Used by tests of every document builder (and handy to check a
// generated file by hand); jszip + fast-xml-parser, no Word or LibreOffice needed.
import JSZip from 'jszip';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** fast-xml-parser's ordered form: one tag per object, attributes under ':@', text under '#text'. */
export type XNode = { [tag: string]: XNode[] | string | Record<string, string> | undefined } & {
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
});

/** Parse XML into the ordered node list. */
export function parseXml(xml: string): XNode[] {
  return parser.parse(xml) as XNode[];
}

/** The tag of a node ('w:p'), or '#text' for text. */
export function tagOf(n: XNode): string {
  return Object.keys(n).find((k) => k !== ':@') ?? '';
}

/** Children of a node (none for a missing node). */
export function kids(n: XNode | undefined): XNode[] {
  if (n === undefined) return [];
  const v = n[tagOf(n)];
  return Array.isArray(v) ? v : [];
}

/** An attribute value ('w:val'). */
export function attr(n: XNode | undefined, name: string): string | undefined {
  return n?.[':@']?.[name];
}

/** Direct children with a tag. */
export function children(n: XNode | undefined, tag: string): XNode[] {
  return kids(n).filter((k) => tagOf(k) === tag);
}

/** First direct child with a tag. */
export function child(n: XNode | undefined, tag: string): XNode | undefined {
  return kids(n).find((k) => tagOf(k) === tag);
}

/** Every descendant with a tag, in document order (not looking inside matches). */
export function findAll(nodes: XNode | readonly XNode[], tag: string): XNode[] {
  const out: XNode[] = [];
  const walk = (list: readonly XNode[]) => {
    for (const k of list) {
      if (tagOf(k) === tag) out.push(k);
      else walk(kids(k));
    }
  };
  walk(Array.isArray(nodes) ? nodes : [nodes as XNode]);
  return out;
}

/** A DOCX opened: its parts as text, keyed by path ('word/document.xml'). */
export interface DocxParts {
  files: Map<string, string>;
  /** The parsed main document. */
  document: XNode[];
  /** The w:body element. */
  body: XNode;
  /** Parsed headers by relationship id of document.xml ('rId6' → header tree). */
  headersById: Map<string, XNode[]>;
}

/** Open a DOCX and parse its main parts. Throws when the package or its main document is missing. */
export async function openDocx(buffer: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(buffer);
  const files = new Map<string, string>();
  for (const [path, entry] of Object.entries(zip.files)) {
    if (!entry.dir && /\.(xml|rels)$/u.test(path)) files.set(path, await entry.async('string'));
  }
  const xml = files.get('word/document.xml');
  if (xml === undefined) throw new Error('word/document.xml is missing');
  const document = parseXml(xml);
  const body = findAll(document, 'w:body')[0];
  if (body === undefined) throw new Error('w:body is missing');
  const headersById = new Map<string, XNode[]>();
  const rels = parseXml(files.get('word/_rels/document.xml.rels') ?? '<Relationships/>');
  for (const rel of findAll(rels, 'Relationship')) {
    const target = attr(rel, 'Target') ?? '';
    if (/\/header$/u.test(attr(rel, 'Type') ?? '')) {
      const part = files.get(`word/${target.replace(/^\/?word\//u, '')}`);
      if (part !== undefined) headersById.set(attr(rel, 'Id') ?? '', parseXml(part));
    }
  }
  return { files, document, body, headersById };
}

/**
 * Structural problems that would stop Word or LibreOffice from opening the package: unparsable XML
 * parts, a missing content type or relationship target. Empty when the package looks sound.
 */
export async function checkDocxPackage(buffer: Uint8Array): Promise<string[]> {
  const problems: string[] = [];
  const zip = await JSZip.loadAsync(buffer);
  const paths = new Set(Object.keys(zip.files).filter((p) => !zip.files[p].dir));
  for (const required of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml']) {
    if (!paths.has(required)) problems.push(`missing ${required}`);
  }
  for (const p of paths) {
    if (!/\.(xml|rels)$/u.test(p)) continue;
    const ok = XMLValidator.validate(await zip.files[p].async('string'));
    if (ok !== true) problems.push(`${p}: ${ok.err.msg} (line ${ok.err.line})`);
  }
  if (problems.length) return problems;
  const types = parseXml(await zip.files['[Content_Types].xml'].async('string'));
  const overrides = new Set(findAll(types, 'Override').map((o) => (attr(o, 'PartName') ?? '').replace(/^\//u, '')));
  const defaults = new Set(findAll(types, 'Default').map((d) => (attr(d, 'Extension') ?? '').toLowerCase()));
  for (const p of paths) {
    const ext = p.split('.').pop()?.toLowerCase() ?? '';
    if (!overrides.has(p) && !defaults.has(ext)) problems.push(`no content type for ${p}`);
  }
  for (const relsPath of [...paths].filter((p) => p.endsWith('.rels'))) {
    const base = relsPath.replace(/_rels\/[^/]*\.rels$/u, '');
    for (const rel of findAll(parseXml(await zip.files[relsPath].async('string')), 'Relationship')) {
      if (attr(rel, 'TargetMode') === 'External') continue;
      const target = attr(rel, 'Target') ?? '';
      const resolved = target.startsWith('/') ? target.slice(1) : normalisePath(base + target);
      if (!paths.has(resolved)) problems.push(`${relsPath}: target ${target} is missing`);
    }
  }
  return problems;
}

function normalisePath(p: string): string {
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '..') out.pop();
    else if (seg && seg !== '.') out.push(seg);
  }
  return out.join('/');
}

// ---------------------------------------------------------------------------------------------
// Views of paragraphs and tables

/** Direct formatting of one run. */
export interface RunView {
  text: string;
  bold: boolean;
  italic: boolean;
  /** Size in points (w:sz / 2), undefined when inherited. */
  size?: number;
  /** w:rFonts attributes (ascii, hAnsi, cs, eastAsia), when set on the run. */
  fonts?: Record<string, string>;
}

/** A paragraph: its text, alignment and runs; `bottomBorder` for rule paragraphs. */
export interface ParagraphView {
  kind: 'paragraph';
  text: string;
  align?: string;
  runs: RunView[];
  /** Every run with text is bold / italic. */
  bold: boolean;
  italic: boolean;
  /** Sizes (points) of the runs with text. */
  sizes: number[];
  bottomBorder: boolean;
  node: XNode;
}

export interface CellView {
  text: string;
  paragraphs: ParagraphView[];
  span: number;
}

export interface RowView {
  cells: CellView[];
  /** Repeated as a header row on every page (w:tblHeader). */
  header: boolean;
  cantSplit: boolean;
}

export interface TableView {
  kind: 'table';
  gridCols: number[];
  rows: RowView[];
  /** Every border of w:tblBorders is 'none' or 'nil'. */
  borderless: boolean;
  node: XNode;
}

export type BlockView = ParagraphView | TableView;

const on = (n: XNode | undefined): boolean =>
  n !== undefined && !['false', '0', 'off'].includes(attr(n, 'w:val') ?? 'true');

function runText(r: XNode): string {
  let s = '';
  for (const k of kids(r)) {
    const t = tagOf(k);
    if (t === 'w:t')
      s += kids(k)
        .map((x) => x['#text'] ?? '')
        .join('');
    else if (t === 'w:tab') s += '\t';
    else if (t === 'w:br' || t === 'w:cr') s += '\n';
    else if (t === 'w:noBreakHyphen') s += '-';
  }
  return s;
}

/** The view of a w:p element. */
export function paragraphView(p: XNode): ParagraphView {
  const pPr = child(p, 'w:pPr');
  const runs: RunView[] = findAll(
    kids(p).filter((k) => tagOf(k) !== 'w:pPr'),
    'w:r',
  ).map((r) => {
    const rPr = child(r, 'w:rPr');
    const sz = attr(child(rPr, 'w:sz'), 'w:val');
    const fonts = child(rPr, 'w:rFonts')?.[':@'];
    return {
      text: runText(r),
      bold: on(child(rPr, 'w:b')),
      italic: on(child(rPr, 'w:i')),
      size: sz === undefined ? undefined : Number(sz) / 2,
      fonts: fonts ? { ...fonts } : undefined,
    };
  });
  const visible = runs.filter((r) => r.text.trim() !== '');
  return {
    kind: 'paragraph',
    text: runs.map((r) => r.text).join(''),
    align: attr(child(pPr, 'w:jc'), 'w:val'),
    runs,
    bold: visible.length > 0 && visible.every((r) => r.bold),
    italic: visible.length > 0 && visible.every((r) => r.italic),
    sizes: visible.map((r) => r.size).filter((s): s is number => s !== undefined),
    bottomBorder: child(child(pPr, 'w:pBdr'), 'w:bottom') !== undefined,
    node: p,
  };
}

/** The view of a w:tbl element (nested tables are left inside their cells' nodes). */
export function tableView(tbl: XNode): TableView {
  const gridCols = children(child(tbl, 'w:tblGrid'), 'w:gridCol').map((g) => Number(attr(g, 'w:w')));
  const borders = kids(child(child(tbl, 'w:tblPr'), 'w:tblBorders'));
  const rows = children(tbl, 'w:tr').map((tr) => {
    const trPr = child(tr, 'w:trPr');
    const cells = children(tr, 'w:tc').map((tc) => {
      const paragraphs = children(tc, 'w:p').map(paragraphView);
      const span = Number(attr(child(child(tc, 'w:tcPr'), 'w:gridSpan'), 'w:val') ?? 1);
      return {
        text: paragraphs
          .map((p) => p.text)
          .filter((t) => t.trim())
          .join('\n'),
        paragraphs,
        span,
      };
    });
    return { cells, header: on(child(trPr, 'w:tblHeader')), cantSplit: on(child(trPr, 'w:cantSplit')) };
  });
  return {
    kind: 'table',
    gridCols,
    rows,
    borderless: borders.length > 0 && borders.every((b) => ['none', 'nil'].includes(attr(b, 'w:val') ?? '')),
    node: tbl,
  };
}

/** Top-level blocks of a body or header part, in order. */
export function blockViews(container: XNode): BlockView[] {
  const out: BlockView[] = [];
  for (const k of kids(container)) {
    const t = tagOf(k);
    if (t === 'w:p') out.push(paragraphView(k));
    else if (t === 'w:tbl') out.push(tableView(k));
    else if (t === 'w:sdt') out.push(...blockViews(child(k, 'w:sdtContent') ?? k));
  }
  return out;
}

/** Top-level blocks of a DOCX body, in order. */
export async function docxBlocks(buffer: Uint8Array): Promise<BlockView[]> {
  return blockViews((await openDocx(buffer)).body);
}

/** Plain text of blocks: see `docxText`. */
export function blocksText(blocks: readonly BlockView[]): string {
  const lines: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      if (b.text.trim()) lines.push(b.text);
    } else {
      for (const r of b.rows) {
        const cells = r.cells.map((c) =>
          c.paragraphs
            .map((p) => p.text.replace(/\s+/gu, ' ').trim())
            .filter(Boolean)
            .join(' '),
        );
        if (cells.some(Boolean)) lines.push(cells.join('\t'));
      }
    }
  }
  return lines.join('\n');
}

/**
 * The plain text of a DOCX body: one line per non-empty paragraph, in order; a table gives one
 * line per row, cells separated by tabs and a cell's paragraphs joined by spaces (the layout of the
 * text copies of the seed plans, which `importPlan` reads). Headers and footers are left out.
 */
export async function docxText(buffer: Uint8Array): Promise<string> {
  return blocksText(await docxBlocks(buffer));
}

/** Page setup of one section (w:sectPr) and its headers. */
export interface SectionView {
  pageSize: { width: number; height: number; orient?: string };
  margins: Record<string, number>;
  /** Different first page (w:titlePg). */
  titlePage: boolean;
  /** Page numbering restart (w:pgNumType w:start). */
  pageNumberStart?: number;
  /** Header parts by type ('default', 'first', 'even'). */
  headers: Partial<Record<'default' | 'first' | 'even', XNode[]>>;
}

/** The sections of a DOCX, in order (section breaks inside paragraphs, then the body's own). */
export function sectionViews(parts: DocxParts): SectionView[] {
  return findAll(parts.body, 'w:sectPr').map((s) => {
    const pgSz = child(s, 'w:pgSz');
    const margins: Record<string, number> = {};
    for (const [k, v] of Object.entries(child(s, 'w:pgMar')?.[':@'] ?? {})) margins[k.replace(/^w:/u, '')] = Number(v);
    const headers: SectionView['headers'] = {};
    for (const ref of children(s, 'w:headerReference')) {
      const type = attr(ref, 'w:type') as 'default' | 'first' | 'even';
      const part = parts.headersById.get(attr(ref, 'r:id') ?? '');
      if (part) headers[type] = part;
    }
    const start = attr(child(s, 'w:pgNumType'), 'w:start');
    return {
      pageSize: { width: Number(attr(pgSz, 'w:w')), height: Number(attr(pgSz, 'w:h')), orient: attr(pgSz, 'w:orient') },
      margins,
      titlePage: on(child(s, 'w:titlePg')),
      pageNumberStart: start === undefined ? undefined : Number(start),
      headers,
    };
  });
}

/** The field codes (w:instrText, w:fldSimple) of a part: ['PAGE']. */
export function fieldCodes(nodes: readonly XNode[]): string[] {
  const codes = findAll(nodes, 'w:instrText').map((n) =>
    kids(n)
      .map((x) => x['#text'] ?? '')
      .join('')
      .trim(),
  );
  for (const f of findAll(nodes, 'w:fldSimple')) codes.push((attr(f, 'w:instr') ?? '').trim());
  return codes;
}
