// The model of a Vietnamese administrative document (văn bản hành chính) laid out per
// Nghị định 30/2020/NĐ-CP, Phụ lục I. Plain data: callers (decisions, proposal letters, minutes,
// plans, reports) describe *what* the document says; `buildNd30Docx` decides how it looks.
//
// All text is taken as written (it is NFC-normalised on the way out). Casing of the fixed parts
// (issuer, document type, signature lines) is the caller's: write them in capitals as they print.

/** ISO calendar date 'YYYY-MM-DD'. */
export type IsoDate = string;

/**
 * A date not yet filled in: the document is printed, signed by hand and dated by the clerk.
 * `{ year: 2026 }` prints 'ngày      tháng      năm 2026'; `{ year: 2026, month: 1 }` prints
 * 'ngày      tháng 01 năm 2026' (as seed plan 000 does).
 */
export interface PendingDate {
  year: number;
  month?: number;
}

/** A piece of text with its own emphasis, for paragraphs that mix bold and regular words. */
export interface Nd30Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** Plain text, or runs with their own emphasis. */
export type Nd30Text = string | readonly Nd30Run[];

/** The issuing body, printed top left (tên cơ quan, tổ chức ban hành văn bản). */
export interface Nd30Issuer {
  /**
   * The superior body (tên cơ quan, tổ chức chủ quản trực tiếp), capitals, regular weight, one
   * entry per line: ['UBND TỈNH ĐIỆN BIÊN']. Omitted for a commune or ward People's Committee.
   */
  superior?: readonly string[];
  /** The issuing body, capitals, bold, one entry per line: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG MƯỜNG LAY']. */
  name: readonly string[];
}

/** Number and symbol (số, ký hiệu): 'Số: 12/QĐ-UBND', or 'Số:      /KH-UBND' before registration. */
export interface Nd30Number {
  /** The registered number; numbers below 10 print with a leading zero. Absent or null: left blank. */
  value?: number | string | null;
  /** The symbol after the slash: 'QĐ-UBND', 'KH-UBND', 'TTr-VHXH', '86/2025/QĐ-UBND' style parts… */
  symbol: string;
}

/** Horizontal alignment of a paragraph or a table column. */
export type Nd30Align = 'left' | 'center' | 'right' | 'justify';

/**
 * A heading of the body. Numbered automatically unless `number` is given: level 1 with Roman
 * numerals ('I.', 'II.'…, capitals, bold), level 2 with Arabic numerals restarting under each
 * level 1 ('1.', bold), level 3 as '1.1.' (italic). `number: false` prints no number.
 */
export interface Nd30Heading {
  kind: 'heading';
  text: string;
  level?: 1 | 2 | 3;
  number?: string | false;
}

/** A body paragraph: justified, first line indented 1 cm, unless told otherwise. */
export interface Nd30Paragraph {
  kind: 'paragraph';
  text: Nd30Text;
  bold?: boolean;
  italic?: boolean;
  align?: Nd30Align;
  /** First-line indent (default true; false for centred lines). */
  indent?: boolean;
  /** Keep on the same page as the next block (headings do this by default). */
  keepNext?: boolean;
}

/** A list of items, each a paragraph starting with the marker ('-' by default, or '+'). */
export interface Nd30List {
  kind: 'list';
  items: readonly Nd30Text[];
  marker?: string;
}

/** An article of a decision: 'Điều 1.' in bold, then an optional bold heading and regular text. */
export interface Nd30Article {
  kind: 'article';
  /** Defaults to the next number (1, 2, …) in the document. */
  number?: number;
  /** Bold words after 'Điều n.' ('Phạm vi điều chỉnh'). */
  heading?: string;
  /** Regular text on the same line as 'Điều n.'. */
  text?: Nd30Text;
  /** Further paragraphs of the article. */
  paragraphs?: readonly Nd30Text[];
}

/** A column of a bordered table. */
export interface Nd30Column {
  header: string;
  /** Relative width: the table spans the text width and columns share it in these proportions. */
  width: number;
  /** Alignment of the body cells (headers are centred). Default 'left'. */
  align?: Nd30Align;
}

/** A cell: text, or several lines (one paragraph each). */
export type Nd30Cell = Nd30Text | { lines: readonly Nd30Text[] };

/**
 * A table row: ordinary cells (one per column), or a group row that prints its number in the
 * first column and its heading, bold, across all the others ('I' | 'NHIỆM VỤ THỰC HIỆN TRONG QUÝ I').
 */
export type Nd30TableRow = { cells: readonly Nd30Cell[]; bold?: boolean } | { group: string; number?: string };

/** A bordered table spanning the text width; its header row repeats on every page. */
export interface Nd30Table {
  kind: 'table';
  columns: readonly Nd30Column[];
  rows: readonly Nd30TableRow[];
  /** Text size in points (default 13). */
  fontSize?: number;
}

/** Start a new page. */
export interface Nd30PageBreak {
  kind: 'pageBreak';
}

export type Nd30Block = Nd30Heading | Nd30Paragraph | Nd30List | Nd30Article | Nd30Table | Nd30PageBreak;

/** The signature block, bottom right. */
export interface Nd30Signature {
  /**
   * Authority and position lines, capitals, bold: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH',
   * 'PHÓ CHỦ TỊCH'] (see `signerLines`).
   */
  lines: readonly string[];
  /** The signer's full name, bold, not capitals. */
  name: string;
  /** An italic line under the position lines: '(Ký, ghi rõ họ tên)', '(Ký tên, đóng dấu)'. */
  note?: string;
}

/**
 * A list or appendix attached to the document (Danh sách kèm theo, Phụ lục), printed from a new
 * page as its own section with its own page numbering (NĐ 30: appendix pages are numbered apart).
 */
export interface Nd30Attachment {
  /** 'Phụ lục I', printed bold above the title. */
  label?: string;
  /** 'DANH SÁCH', capitals, bold. */
  title: string;
  /** 'Tập thể, cá nhân được tặng Giấy khen …', bold. */
  subtitle?: string;
  /** '(Kèm theo Quyết định số …/QĐ-UBND ngày … của …)', italic. */
  note?: string;
  blocks: readonly Nd30Block[];
  orientation?: 'portrait' | 'landscape';
}

/** A whole document. */
export interface Nd30Document {
  issuer: Nd30Issuer;
  /** Number and symbol; omitted for papers that carry none (payment lists): the cell stays empty. */
  number?: Nd30Number;
  /** Subject summary of an official letter (công văn), printed under the number: 'V/v …'. */
  regarding?: string;
  /** Place name of the place-date line: 'Mường Lay' (for a commune, the commune's name). */
  place: string;
  date: IsoDate | PendingDate;
  /** Document type, capitals: 'KẾ HOẠCH', 'QUYẾT ĐỊNH', 'TỜ TRÌNH', 'BIÊN BẢN'. Omitted for letters. */
  type?: string;
  /** Subject line(s) (trích yếu) under the type, bold: 'Công tác thi đua, khen thưởng năm 2026'. */
  subject?: string | readonly string[];
  /** Issuing authority of a decision, capitals, bold: 'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG MƯỜNG LAY'. */
  authority?: string;
  /**
   * Legal bases, italic, one paragraph each ('Căn cứ …'). Each ends with ';' and the last with '.',
   * fixed if written otherwise; a basis ending with ':' ('…, như sau:') is kept as written.
   */
  bases?: readonly string[];
  /** The enacting line after the bases, bold, centred: 'QUYẾT ĐỊNH:'. */
  enacting?: string;
  body: readonly Nd30Block[];
  /**
   * Receivers, one per line ('- X;'); the archive line '- Lưu: VT, …' is added last. Not printed
   * when `signatures` is given.
   */
  recipients: readonly string[];
  /** Archive line's holders, default ['VT']: '- Lưu: VT, VHXH.' Ignored when the last recipient already starts with 'Lưu'. */
  archive?: readonly string[];
  /** The signature block (bottom right, beside 'Nơi nhận'). Required unless `signatures` is given. */
  signature?: Nd30Signature;
  /**
   * Several signature blocks side by side, left to right, in equal columns, instead of the usual
   * 'Nơi nhận' | signature closing: minutes ('THƯ KÝ' | 'CHỦ TỌA'), payment lists ('NGƯỜI LẬP
   * BIỂU' | 'KẾ TOÁN' | 'THỦ TRƯỞNG ĐƠN VỊ').
   */
  signatures?: readonly Nd30Signature[];
  /** Orientation of the main pages (default portrait; lists such as payment lists are landscape). */
  orientation?: 'portrait' | 'landscape';
  attachments?: readonly Nd30Attachment[];
  /** Body text size in points, 14 (default) or 13. */
  fontSize?: 13 | 14;
  /** Document properties (docProps/core.xml). Title defaults to type and subject. */
  meta?: { title?: string; creator?: string; description?: string };
}
