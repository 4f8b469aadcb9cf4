// The whole text of a plan, not only its task table: the header (number, place, date), the title and the
// plan's year, the bases ("Căn cứ …"), the introduction, every Roman-numbered section with its numbered
// parts and paragraphs, the closing paragraph, "Nơi nhận" and the signature. Pure: works on the
// paragraphs a reader (plain text here, DOCX in src/documents/plan) has already taken out of the file.
import { cleanText, isValidDate, searchKey, type IsoDate } from '../vi-text/index.js';

/** One paragraph of the plan's body, or the place where a table stood. */
export type PlanBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; lines?: string[] };

export interface PlanSubsectionParts {
  /** The part's title without its number ("Mục đích"). */
  heading: string;
  paragraphs: string[];
}

export interface PlanSectionParts {
  /** The section's title without its Roman numeral ("MỤC ĐÍCH, YÊU CẦU"). */
  heading: string;
  /** Paragraphs before the first numbered part. */
  paragraphs: string[];
  subsections: PlanSubsectionParts[];
  /** Every line of the section as the plan words it (numbered parts with their numbers), joined by "\n". */
  text: string;
  /** True when a table stood in the section (the task table, read separately). */
  hasTable: boolean;
}

export interface PlanDocumentParts {
  issuerLines: string[];
  /** The registered number ("57" in "Số: 57/KH-UBND"), null when left blank. */
  number: string | null;
  symbol: string | null;
  place: string | null;
  /** The issuing date when the plan gives day, month and year. */
  issuedOn: IsoDate | null;
  /** "ngày … tháng 01 năm 2026": the month and year, the day left blank. */
  pendingMonth: { year: number; month: number } | null;
  /** The subject line under "KẾ HOẠCH". */
  title: string | null;
  /** The plan's year, from its title ("… năm 2026"); null when the title names none. */
  titleYear: number | null;
  bases: string[];
  intro: string[];
  sections: PlanSectionParts[];
  closing: string[];
  recipients: string[];
  archive: string[];
  signerLines: string[];
  signerName: string | null;
}

const ROMAN_HEADING = /^(?:phần\s+)?(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\s*[.):–-]\s*(\S.*)$/iu;
const NUMBERED = /^(\d{1,2})\s*[.)]\s+(\S.*)$/u;
const LIST_MARKER = /^[a-zđ][.)]\s/u;

/** Markdown marks a text export may carry (headings, bold, italic), removed. */
function stripMarkdown(line: string): string {
  return line
    .replace(/^\s{0,3}#{1,6}\s+/u, '')
    .replace(/\*+/gu, '')
    .replace(/(^|\s)_{2}([^_]+)_{2}/gu, '$1$2');
}

/** A text plan as blocks: every non-blank line is a paragraph; tab-separated or "|" rows are a table. */
export function textBlocks(text: string): PlanBlock[] {
  const out: PlanBlock[] = [];
  for (const raw of text.split(/\r\n|\r|\n/u)) {
    if (raw.includes('\t') || /^\s*\|.*\|\s*$/u.test(raw)) {
      if (out.at(-1)?.kind !== 'table') out.push({ kind: 'table' });
      continue;
    }
    const line = cleanText(stripMarkdown(raw));
    if (line) out.push({ kind: 'paragraph', text: line });
  }
  return out;
}

/** A line that carries on the paragraph before it (a paragraph cut by a page break). */
function continues(prev: string, next: string): boolean {
  if (LIST_MARKER.test(next) || /^[-+•–]/u.test(next)) return false;
  if (/[\p{L}\d]-$/u.test(prev)) return true;
  return /^\p{Ll}/u.test(next) && !/[.:;!?]$/u.test(prev);
}

/** Joins paragraphs cut by page breaks ("… gắn trách" + "nhệm của …", "41-" + "CT/TW"). */
function joinBroken(blocks: PlanBlock[]): PlanBlock[] {
  const out: PlanBlock[] = [];
  for (const raw of blocks) {
    const b: PlanBlock = raw.kind === 'paragraph' ? { kind: 'paragraph', text: cleanText(raw.text) } : raw;
    if (b.kind === 'paragraph' && !b.text) continue;
    const last = out.at(-1);
    if (b.kind === 'paragraph' && last?.kind === 'paragraph' && continues(last.text, b.text)) {
      last.text = /[\p{L}\d]-$/u.test(last.text) ? `${last.text}${b.text}` : `${last.text} ${b.text}`;
      continue;
    }
    out.push(b);
  }
  return out;
}

const trimEnd = (s: string) => s.replace(/[\s;,.]+$/u, '');

/** A numbered line read as a part's heading ("1. Mục đích", "3. Trung tâm …: duty"), or null for a numbered paragraph. */
export function numberedHeading(line: string): { heading: string; rest: string | null } | null {
  const m = NUMBERED.exec(line);
  if (!m) return null;
  const body = m[2];
  const colon = /^([^:]{3,150}?):\s+(\S.*)$/u.exec(body);
  if (colon && !/[.;]/u.test(colon[1])) return { heading: colon[1].trim(), rest: colon[2] };
  if (body.length > 300) return null;
  if (/[.;]$/u.test(body) && body.length > 100) return null;
  return { heading: trimEnd(body.replace(/:$/u, '')), rest: null };
}

function parseDateLine(
  line: string,
): { place: string; issuedOn: IsoDate | null; pendingMonth: PlanDocumentParts['pendingMonth'] } | null {
  const m = /^(.{2,80}?),\s*ngày\s*(\d{1,2})?\s*(?:\/|tháng)\s*(\d{1,2})?\s*(?:\/|năm)\s*(\d{4})\s*$/iu.exec(line);
  if (!m) return null;
  const [d, mo, y] = [Number(m[2]), Number(m[3]), Number(m[4])];
  const issuedOn =
    m[2] && m[3] && isValidDate(y, mo, d) ? `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` : null;
  const pendingMonth = !issuedOn && m[3] && mo >= 1 && mo <= 12 ? { year: y, month: mo } : null;
  return { place: m[1].trim(), issuedOn, pendingMonth };
}

/** The plan's year named in its title: the last "năm 20xx", else the first 20xx. */
export function yearOfTitle(title: string): number | null {
  const key = searchKey(title);
  const years = [...key.matchAll(/\bnam (20\d{2})\b/gu)].map((m) => Number(m[1]));
  if (years.length) return years[years.length - 1];
  const any = /\b(20\d{2})\b/u.exec(key);
  return any ? Number(any[1]) : null;
}

const isUpper = (s: string) => s === s.toLocaleUpperCase('vi') && /\p{L}/u.test(s);

/** Reads the parts of a plan from its blocks. Never throws; parts the plan lacks are empty. */
export function readPlanDocument(input: PlanBlock[]): PlanDocumentParts {
  // A table above "KẾ HOẠCH" is the header layout (issuer and number | motto and date): its lines are header lines.
  const titleAt = input.findIndex((b) => b.kind === 'paragraph' && searchKey(b.text) === 'ke hoach');
  const expanded = input.flatMap((b, i): PlanBlock[] =>
    b.kind === 'table' && i < titleAt && b.lines
      ? b.lines
          .map((l): PlanBlock => ({ kind: 'paragraph', text: cleanText(l) }))
          .filter((p) => p.kind === 'paragraph' && p.text)
      : [b],
  );
  const blocks = joinBroken(expanded);
  const doc: PlanDocumentParts = {
    issuerLines: [],
    number: null,
    symbol: null,
    place: null,
    issuedOn: null,
    pendingMonth: null,
    title: null,
    titleYear: null,
    bases: [],
    intro: [],
    sections: [],
    closing: [],
    recipients: [],
    archive: [],
    signerLines: [],
    signerName: null,
  };
  type Stage = 'head' | 'title' | 'front' | 'body' | 'closing' | 'recipients' | 'signer' | 'after';
  let stage: Stage = 'head';
  let section: PlanSectionParts | null = null;
  let sub: PlanSubsectionParts | null = null;
  const lines: string[] = [];
  const flush = () => {
    if (section) section.text = lines.splice(0).join('\n');
    section = null;
    sub = null;
  };
  const sawTitleWord = blocks.some((b) => b.kind === 'paragraph' && searchKey(b.text) === 'ke hoach');
  if (!sawTitleWord) stage = 'front';

  for (const b of blocks) {
    if (b.kind === 'table') {
      if (section && stage === 'body') section.hasTable = true;
      if (stage === 'signer' && (doc.signerName || doc.signerLines.length)) stage = 'after';
      continue;
    }
    const line = b.text;
    const key = searchKey(line);
    if (stage === 'after') continue;

    if (stage === 'head') {
      const num = /^so\s*:\s*(\d*)\s*\/\s*(\S+)/u.exec(key);
      if (num) {
        doc.number = num[1] || null;
        doc.symbol = /^Số\s*:\s*\d*\s*\/\s*(\S+)/iu.exec(line)?.[1] ?? null;
        continue;
      }
      const date = parseDateLine(line);
      if (date) {
        Object.assign(doc, date);
        continue;
      }
      if (key === 'ke hoach') {
        stage = 'title';
        continue;
      }
      if (/^(cong hoa xa hoi chu nghia viet nam|doc lap\s*-\s*tu do\s*-\s*hanh phuc)/u.test(key)) continue;
      doc.issuerLines.push(line);
      continue;
    }
    if (stage === 'title') {
      doc.title = line;
      doc.titleYear = yearOfTitle(line);
      stage = 'front';
      continue;
    }

    if (/^noi nhan\b/u.test(key) && (stage === 'body' || stage === 'closing' || stage === 'front')) {
      flush();
      stage = 'recipients';
      continue;
    }
    if (stage === 'recipients') {
      const lu = /^Lưu\s*:?\s*(.*)$/iu.exec(line.replace(/^[-+•]\s*/u, ''));
      if (lu) {
        doc.archive = lu[1]
          .split(/[,;]/u)
          .map((s) => trimEnd(s).trim())
          .filter(Boolean);
        stage = 'signer';
        continue;
      }
      if (/^[-+•]/u.test(line)) {
        doc.recipients.push(trimEnd(line.replace(/^[-+•]\s*/u, '')));
        continue;
      }
      stage = 'signer';
    }
    if (stage === 'signer') {
      if (/^phu luc\b/u.test(key)) {
        stage = 'after';
        continue;
      }
      if (/^\(?(da ky|ky ten|ky, ghi ro ho ten)/u.test(key)) continue;
      if (isUpper(line) && !doc.signerName) doc.signerLines.push(line);
      else if (!doc.signerName) doc.signerName = line;
      continue;
    }

    if (stage === 'closing') {
      doc.closing.push(line);
      continue;
    }
    if (/^tren day la\b/u.test(key) || (stage === 'body' && /\/\.$/u.test(line))) {
      flush();
      doc.closing.push(line);
      stage = 'closing';
      continue;
    }

    const roman = ROMAN_HEADING.exec(line);
    if (roman && line.length <= 300) {
      flush();
      section = { heading: trimEnd(roman[2]), paragraphs: [], subsections: [], text: '', hasTable: false };
      sub = null;
      doc.sections.push(section);
      stage = 'body';
      continue;
    }
    if (stage === 'front') {
      if (/^can cu\b/u.test(key)) doc.bases.push(trimEnd(line));
      else doc.intro.push(line);
      continue;
    }
    // Inside a section.
    if (!section) continue;
    lines.push(line);
    const numbered = numberedHeading(line);
    if (numbered) {
      sub = { heading: numbered.heading, paragraphs: numbered.rest ? [numbered.rest] : [] };
      section.subsections.push(sub);
      continue;
    }
    if (sub) sub.paragraphs.push(line);
    else section.paragraphs.push(line);
  }
  flush();
  return doc;
}

/** A section as a plan stores and prints it: title, own paragraphs, numbered parts (the builder numbers them). */
export interface StoredPlanSection {
  heading: string;
  paragraphs: string[];
  subsections: { heading: string; paragraphs: string[] }[];
}

/** The parts of an imported plan a stored plan keeps (null or empty where the plan has none). */
export interface StoredPlanParts {
  title: string | null;
  number: string | null;
  symbol: string | null;
  place: string | null;
  issuedOn: IsoDate | null;
  pendingMonth: number | null;
  bases: string[];
  intro: string | null;
  sections: StoredPlanSection[];
  closing: string | null;
  recipients: string[];
  archive: string[];
  signerLines: string[];
  signerName: string | null;
}

/**
 * The imported parts in the stored shape. A section that held only the task table is left out: the
 * plan prints its table from its tasks, in a section of its own.
 */
export function storedPlanParts(doc: PlanDocumentParts): StoredPlanParts {
  return {
    title: doc.title,
    number: doc.number,
    symbol: doc.symbol,
    place: doc.place,
    issuedOn: doc.issuedOn,
    pendingMonth: doc.pendingMonth?.month ?? null,
    bases: doc.bases,
    intro: doc.intro.length ? doc.intro.join('\n') : null,
    sections: doc.sections
      .filter((s) => !(s.hasTable && s.paragraphs.length === 0 && s.subsections.length === 0))
      .map((s) => ({ heading: s.heading, paragraphs: s.paragraphs, subsections: s.subsections })),
    closing: doc.closing.length ? doc.closing.join(' ') : null,
    recipients: doc.recipients,
    archive: doc.archive,
    signerLines: doc.signerLines,
    signerName: doc.signerName,
  };
}
