// From table rows to plan tasks: finding the task table by its header, then reading section rows
// ("QUÝ I", "I | NHIỆM VỤ THỰC HIỆN TRONG QUÝ I"), task rows, repeated headers and the rest of
// cells wrapped over a page break.
import { cleanText, searchKey } from '../vi-text/index.js';
import type { PlanTask } from './schema.js';
import type { Table, TableRow } from './table.js';
import { parseTiming, quarterOfMonth, type TaskQuarter, type Timing } from './timing.js';
import { splitUnits } from './units.js';

/** Which grid column holds what. `combined`: the lead column names every performer (no partners column). */
export interface ColumnMap {
  number: number | null;
  title: number;
  lead: number;
  partners: number | null;
  time: number | null;
  combined: boolean;
  width: number;
}

type Role = 'number' | 'title' | 'lead' | 'partners' | 'combined' | 'time' | 'other';

/** Role of a header cell, from its words without diacritics. */
export function headerRole(cell: string): Role | null {
  const key = searchKey(cell)
    .replace(/[^a-z0-9 ]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  if (!key) return null;
  if (key.length > 80) return 'other';
  if (/^(s?tt|so tt|so thu tu|thu tu)$/u.test(key)) return 'number';
  if (/\b(thoi gian|thoi han|tien do|thoi diem|han hoan thanh)\b/u.test(key) || /^(quy|thang)$/u.test(key))
    return 'time';
  const lead = /\b(chu tri|thuc hien|phu trach|tham muu)\b/u.test(key) || /^(don vi|co quan|bo phan)$/u.test(key);
  if (/\bphoi hop\b/u.test(key)) return lead && /\bchu tri\b/u.test(key) ? 'combined' : 'partners';
  if (/^(cac )?(nhiem vu|noi dung|cong viec|hoat dong|ten nhiem vu|ten cong viec)\b/u.test(key)) return 'title';
  if (lead) return 'lead';
  return 'other';
}

const PLAIN_NUMBER = /^\(?\d{1,3}\)?$/u;

function mapFromKeys(cells: string[]): ColumnMap | null {
  const roles = cells.map(headerRole);
  const first = (r: Role) => {
    const i = roles.indexOf(r);
    return i < 0 ? null : i;
  };
  const title = first('title');
  const combinedCol = first('combined');
  const lead = first('lead') ?? combinedCol;
  if (title === null || lead === null || title === lead) return null;
  const partners = first('partners');
  return {
    number: first('number'),
    title,
    lead,
    partners,
    time: first('time'),
    combined: partners === null,
    width: cells.length,
  };
}

/**
 * The column map when `rows[i]` is a header row, with how many rows the header takes (a second
 * row splits a spanning "Đơn vị thực hiện" into "Chủ trì | Phối hợp"); null otherwise.
 */
export function detectHeader(rows: TableRow[], i: number): { map: ColumnMap; span: 1 | 2 } | null {
  const cells = rows[i].cells;
  if (cells.some((c) => PLAIN_NUMBER.test(cleanText(c)))) return null;
  const single = mapFromKeys(cells);
  const next = rows[i + 1]?.cells;
  const nextIsSubHeader =
    next?.some((c) => cleanText(c) !== '') &&
    next.every((c) => {
      const r = headerRole(c);
      return r === null || (r !== 'other' && r !== 'title');
    }) &&
    next.some((c) => {
      const r = headerRole(c);
      return r === 'lead' || r === 'partners' || r === 'combined';
    });
  if (nextIsSubHeader) {
    const width = Math.max(cells.length, next.length);
    const joined = Array.from({ length: width }, (_, c) => `${cells[c] ?? ''} ${next[c] ?? ''}`);
    const double = mapFromKeys(joined);
    if (double) return { map: double, span: 2 };
  }
  return single ? { map: single, span: 1 } : null;
}

/** A row of column numbers under the header: "(1) | (2) | (3)" or "1 | 2 | 3 | 4". */
function isColumnNumbering(cells: string[]): boolean {
  const values = cells.map((c) => cleanText(c)).filter(Boolean);
  if (values.length < 3 || !values.every((v) => PLAIN_NUMBER.test(v))) return false;
  const n = values.map((v) => Number(v.replace(/[()]/gu, '')));
  return n.every((v, k) => k === 0 || v === n[k - 1] + 1);
}

const ROMAN = /^(?=[IVXLC]+[.)]?$)C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})[.)]?$/u;
const HEADING_LETTER = /^[A-ZĐ][.)]?$/u;
const TASK_NUMBER = /^(\d{1,3}(\.\d{1,3})*[.)]?|[a-zđ][.)]?|\(\d{1,3}\)|\([a-z]\))$/u;

function isUpperCaseText(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toLocaleUpperCase('vi');
}

function stripBullet(s: string): string {
  return s.replace(/^\s*[-+•·*–—]\s+/u, '');
}

/** A deadline written in a task's own wording: "… trước ngày 15/01/2026", "chậm nhất ngày 31/3". */
export function deadlineInTitle(title: string, year: number | null): string | null {
  const m =
    /\b(?:truoc|cham nhat(?: (?:la|vao))?|khong muon hon|han(?: cuoi)?(?: la)?)\s+(?:ngay\s+)?(\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?)/u.exec(
      searchKey(title),
    );
  return m ? parseTiming(m[1], year).due : null;
}

interface RawTask {
  title: string;
  lead: string;
  partners: string;
  time: string;
  section: Timing | null;
  map: ColumnMap;
}

function finish(raw: RawTask, year: number | null): PlanTask | null {
  const title = cleanText(stripBullet(raw.title));
  if (!title) return null;
  const leadUnits = splitUnits(raw.lead);
  const partners = [...leadUnits.slice(1)];
  if (!raw.map.combined) {
    for (const p of splitUnits(raw.partners)) if (!partners.includes(p)) partners.push(p);
  }
  const time = raw.map.time === null ? { quarter: null, due: null } : parseTiming(raw.time, year);
  const due = time.due ?? deadlineInTitle(raw.title, year);
  const quarter: TaskQuarter =
    time.quarter ?? raw.section?.quarter ?? (due ? quarterOfMonth(Number(due.slice(5, 7))) : 'regular');
  return { quarter, title, lead: leadUnits[0] ?? '', partners, due, fromProse: false };
}

export interface TaskTableResult {
  /** True when at least one table had a task header (title and lead columns). */
  found: boolean;
  tasks: PlanTask[];
}

/**
 * Tasks from every task table, in order. Reading rules:
 * - a header row (matched by column names without diacritics) starts or restarts a task table;
 *   repeated headers (page breaks) are skipped and the numbering simply continues;
 * - a DOCX table with no header of its own, as many columns as the previous task table and a first
 *   row that is a task or a Roman-numbered section continues it (a plan split into several tables);
 * - a section row (nothing in the lead/partners/time columns, no task number — the heading may sit
 *   in the number column, "QUÝ I", or after a Roman numeral, "I | NHIỆM VỤ … TRONG QUÝ I" — and
 *   text naming a quarter or "thường xuyên"/"cả năm", or written in capitals) sets the quarter of
 *   the tasks below it; a heading that names no time leaves the current quarter as it is;
 * - a row with a task number (1, 2., 1.1, a)) starts a task; once the table numbers its tasks, a
 *   row whose number cell is empty continues the previous task (text wrapped over a page break:
 *   each non-empty cell is appended to the same cell of that task). In a table without a number
 *   column, a row whose title starts with a capital letter starts a task;
 * - a DOCX cell that continues a vertical merge takes the value of the cell above.
 * The quarter comes from the time column, else the section, else the month of the due date, else
 * 'regular' (an undated task of a yearly plan runs through the year).
 */
export function tablesToTasks(tables: Table[], year: number | null): TaskTableResult {
  const raws: RawTask[] = [];
  let found = false;
  let map: ColumnMap | null = null;
  let section: Timing | null = null;
  let numbered = false;

  for (const table of tables) {
    const joiner = table.source === 'text' ? ' ' : '\n';
    let prevResolved: string[] = [];
    // Rows are read once a header is seen; a DOCX table without a header of its own may continue
    // the previous task table (decided on its first row).
    let active = false;
    let decided = false;
    const rows = table.rows;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const header = detectHeader(rows, i);
      if (header) {
        if (!map || header.map.width !== map.width || header.map.title !== map.title) numbered = false;
        map = header.map;
        found = true;
        active = true;
        decided = true;
        i += header.span - 1;
        prevResolved = [];
        continue;
      }
      if (!map) continue;
      if (!decided) {
        decided = true;
        const first = cleanText(map.number === null ? '' : (row.cells[map.number] ?? ''));
        active =
          table.source === 'docx' && row.cells.length === map.width && (TASK_NUMBER.test(first) || ROMAN.test(first));
      }
      if (!active) continue;
      if (isColumnNumbering(row.cells)) continue;

      const merged = new Set(row.mergedFromAbove ?? []);
      const resolved = row.cells.map((c, k) => (merged.has(k) ? (prevResolved[k] ?? '') : c));
      prevResolved = resolved;
      const raw = (k: number | null) => (k === null ? '' : cleanText(merged.has(k) ? '' : (row.cells[k] ?? '')));
      const cell = (k: number | null) => (k === null ? '' : (resolved[k] ?? ''));
      const number = raw(map.number);
      const title = raw(map.title);
      const others = [map.lead, map.partners, map.time].filter((k): k is number => k !== null);
      const othersEmpty = others.every((k) => cleanText(cell(k)) === '');
      const rowText = cleanText(row.cells.filter((_, k) => k !== map?.number || !ROMAN.test(number)).join(' '));

      // Section row: nothing in the unit and time columns, no task number (or a numbered heading
      // written in capitals: "1 | CÔNG TÁC TUYÊN TRUYỀN"), and a heading's look.
      if (
        othersEmpty &&
        /^[\p{Lu}\d]/u.test(rowText) &&
        (!TASK_NUMBER.test(number) || (/^\d/u.test(number) && isUpperCaseText(title)))
      ) {
        const timing = parseTiming(rowText, year);
        const isHeading =
          timing.quarter !== null || ROMAN.test(number) || HEADING_LETTER.test(number) || isUpperCaseText(rowText);
        if (isHeading) {
          if (timing.quarter !== null) section = timing;
          continue;
        }
      }

      const hasNumber = number !== '' && TASK_NUMBER.test(number);
      const startsTask =
        hasNumber || (!numbered && number === '' && title !== '' && /^[\p{Lu}\d"“(]/u.test(stripBullet(title)));
      if (startsTask) {
        if (hasNumber) numbered = true;
        raws.push({
          title: cell(map.title),
          lead: cell(map.lead),
          partners: cell(map.partners),
          time: cell(map.time),
          section,
          map,
        });
        continue;
      }

      // Continuation of the previous task's cells
      const last = raws.at(-1);
      if (!last) continue;
      const append = (have: string, k: number | null) => {
        const more = k === null || merged.has(k) ? '' : (row.cells[k] ?? '').trim();
        if (!more) return have;
        return have.trim() ? `${have}${joiner}${more}` : more;
      };
      last.title = append(last.title, map.title);
      last.lead = append(last.lead, map.lead);
      last.partners = append(last.partners, map.partners);
      last.time = append(last.time, map.time);
    }
  }

  const tasks = raws.map((r) => finish(r, year)).filter((t): t is PlanTask => t !== null);
  return { found, tasks };
}

/** The plan's year: the most frequent "năm 20xx", else the most frequent 20xx in the text; null if none. */
export function inferPlanYear(text: string): number | null {
  const key = searchKey(text);
  const count = (re: RegExp) => {
    const freq = new Map<number, number>();
    for (const m of key.matchAll(re)) freq.set(Number(m[1]), (freq.get(Number(m[1])) ?? 0) + 1);
    let best: number | null = null;
    for (const [y, n] of freq)
      if (best === null || n > (freq.get(best) ?? 0) || (n === freq.get(best) && y > best)) best = y;
    return best;
  };
  return count(/\bnam (20\d{2})\b/gu) ?? count(/\b(20\d{2})\b/gu);
}
