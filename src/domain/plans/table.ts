// Tables as rows of cell texts, the common ground of every plan format we read.
// Plain text: a table is a run of tab-separated lines (blank lines inside the run are page breaks
// and do not end it), or a run of Markdown pipe rows. DOCX tables come from ./docx.ts.

/** One table row. `cells[i]` is the text of grid column i (paragraphs inside a cell are joined by '\n'). */
export interface TableRow {
  cells: string[];
  /**
   * Grid columns whose cell continues a vertical merge from the row above (DOCX `w:vMerge` without
   * "restart"). Their text is empty here; the task reader decides whether to inherit the value above.
   */
  mergedFromAbove?: number[];
}

export interface Table {
  /**
   * Where the table came from. In text, a row with empty leading cells is the rest of a cell
   * wrapped over a page break (joined with a space); in DOCX it is a separate cell (a new line).
   */
  source: 'text' | 'docx';
  rows: TableRow[];
}

const PIPE_ROW = /^\s*\|.*\|\s*$/u;
const PIPE_SEPARATOR = /^[\s|:-]*-{3,}[\s|:-]*$/u;

function pipeCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/u, '').replace(/\|$/u, '');
  return inner.split(/(?<!\\)\|/u).map((c) => c.replace(/\\\|/gu, '|').trim());
}

/** Split a text document into lines, tolerating CRLF and a byte-order mark. */
export function textLines(text: string): string[] {
  return text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
}

/**
 * Tables found in plain text. A tab-separated table is a maximal run of lines containing a tab,
 * where blank lines may sit between rows (a page break in the source keeps the table going); any
 * other non-blank line ends it. Markdown pipe tables ("| a | b |") are read the same way, their
 * "|---|" separator lines skipped.
 */
export function readTextTables(text: string): Table[] {
  const tables: Table[] = [];
  let kind: 'tab' | 'pipe' | null = null;
  let rows: TableRow[] = [];
  const close = (): void => {
    if (rows.length > 0) tables.push({ source: 'text', rows });
    rows = [];
    kind = null;
  };
  for (const line of textLines(text)) {
    if (line.trim() === '') continue; // blank lines never end a table
    const lineKind = line.includes('\t') ? 'tab' : PIPE_ROW.test(line) ? 'pipe' : null;
    if (lineKind === null) {
      close();
      continue;
    }
    if (lineKind === 'pipe' && PIPE_SEPARATOR.test(line)) continue;
    if (lineKind !== kind) close();
    kind = lineKind;
    rows.push({ cells: lineKind === 'tab' ? line.split('\t') : pipeCells(line) });
  }
  close();
  return tables;
}
