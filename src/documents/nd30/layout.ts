// Layout constants of Nghị định 30/2020/NĐ-CP, Phụ lục I, as chosen for this product, and a rough
// measure of printed text (to size the short rules drawn under the issuer and the subject line).
//
// Units: twips (1/20 pt, 1/1440 inch; 1 mm = 56.7 twips) for lengths, points for font sizes
// (the DOCX attribute w:sz is in half-points).

/** Millimetres to twips, rounded. */
export const mm = (v: number): number => Math.round((v * 1440) / 25.4);

/** The one typeface of the document (TCVN 6909:2001 Unicode). */
export const FONT = 'Times New Roman';

/** A4 portrait: 210 × 297 mm. */
export const PAGE = { width: 11906, height: 16838 } as const;

/**
 * Margins within the decree's ranges (top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm):
 * top 20, bottom 20, left 30, right 15 mm; the page-number header sits 10 mm from the top edge,
 * inside the top margin.
 */
export const MARGIN = {
  top: mm(20),
  bottom: mm(20),
  left: mm(30),
  right: mm(15),
  header: mm(10),
  footer: mm(10),
} as const;

/** Width of the text area on a portrait page (165 mm) and on a landscape one (252 mm). */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const TEXT_WIDTH_LANDSCAPE = PAGE.height - MARGIN.left - MARGIN.right;

/** Font sizes in points, each within the decree's range. */
export const SIZE = {
  /** Quốc hiệu 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' (12–13). */
  nationalName: 13,
  /** Tiêu ngữ 'Độc lập - Tự do - Hạnh phúc' (13–14). */
  motto: 14,
  /** Superior and issuing body (12–13). */
  issuer: 13,
  /** 'Số: …' (13). */
  number: 13,
  /** 'V/v …' summary of a letter (12–13). */
  regarding: 12,
  /** Place-date line (13–14). */
  placeDate: 14,
  /** Document type and subject line (13–14). */
  title: 14,
  /** Default body size (13–14); `Nd30Document.fontSize` may choose 13. */
  body: 14,
  /** Bordered tables of the body and attachments. */
  table: 13,
  /** 'Nơi nhận:' (12) and its items (11). */
  recipientsLabel: 12,
  recipients: 11,
  /** Signature lines and name (13–14). */
  signature: 14,
  /** Italic note under the signature lines ('(Ký, ghi rõ họ tên)'). */
  signatureNote: 13,
  /** Page number (13–14). */
  pageNumber: 14,
} as const;

/** Header table: issuer column and national-name column (62 + 103 mm = the text width). */
export const HEADER_COLUMNS = [mm(62), TEXT_WIDTH - mm(62)] as const;

/** Closing table: 'Nơi nhận' column and signature column (75 + 90 mm). */
export const CLOSING_COLUMNS = [mm(75), TEXT_WIDTH - mm(75)] as const;

/** First-line indent of body paragraphs (1 cm). */
export const FIRST_LINE_INDENT = mm(10);

/** Space before each body paragraph (6 pt, the decree's minimum between paragraphs). */
export const PARAGRAPH_SPACING = 120;

/** Room left for the handwritten signature and seal between the signer's title and name (30 mm). */
export const SIGNATURE_GAP = mm(30);
/** The same room when three or more blocks sit side by side (payment lists): 25 mm. */
export const SIGNATURE_GAP_SHORT = mm(25);

/** Thickness of rules and table borders in eighths of a point (w:sz): 3/4 pt rules, 1/2 pt grid. */
export const RULE_SIZE = 6;
export const GRID_SIZE = 4;

/**
 * Approximate advance widths of Times New Roman in em, by character class (accents removed). Good
 * to a few per cent on Vietnamese capitals and running text: enough to size a rule that must be
 * "1/3 to 1/2 of the line" long, not to typeset.
 */
function advance(ch: string, bold: boolean): number {
  if (ch === ' ') return 0.25;
  if (/[0-9]/u.test(ch)) return 0.5;
  if (/[IJ]/u.test(ch)) return 0.39;
  if (/[MW]/u.test(ch)) return bold ? 0.97 : 0.9;
  if (/[A-Z]/u.test(ch)) return bold ? 0.74 : 0.7;
  if (/[iljtfr]/u.test(ch)) return 0.3;
  if (/[mw]/u.test(ch)) return 0.76;
  if (/[a-z]/u.test(ch)) return bold ? 0.53 : 0.48;
  return 0.33;
}

/** Estimated printed width, in twips, of one line of text at `sizePt` points. */
export function estimateTextWidth(text: string, sizePt: number, bold = false): number {
  const base = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D');
  let em = 0;
  for (const ch of base) em += advance(ch, bold);
  return Math.round(em * sizePt * 20);
}
