// Plain-data inputs of the documents of a commendation round: proposal letter (Tờ trình), council
// minutes (Biên bản họp Hội đồng TĐKT), award decision with its attached list (Quyết định khen
// thưởng + Danh sách kèm theo), certificates (Giấy khen, giấy chứng nhận danh hiệu) and the bonus
// payment list (Danh sách chi tiền thưởng).
//
// Inputs carry everything that is printed: issuer, place, number and symbol, dates, signers and
// the legal bases as strings. The builders invent no legal citation; `defaults.ts` offers
// documented default wordings a caller may pass. Amounts are whole đồng already computed by the
// caller (the eligibility rules: multiplier × base salary on the decision date, rounded up).
// Text is printed as written (NFC on the way out); capitals of fixed lines are the caller's, except
// where a field says the builder capitalises it.
import type { IsoDate, Nd30Issuer, Nd30Signature, PendingDate } from '../nd30/index.js';

export type { IsoDate, Nd30Issuer, Nd30Signature, PendingDate };

/** Who or what receives an award. */
export type SubjectKind = 'individual' | 'collective' | 'household';

/** Danh hiệu thi đua ('title') or hình thức khen thưởng ('form': Giấy khen, Bằng khen…). */
export type AwardCategory = 'title' | 'form';

/** The identity of an administrative paper: issuer, number and symbol, place and date. */
export interface PaperHeader {
  /** Issuing body, top left: { superior?: ['UBND TỈNH SƠN LA'], name: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG MƯỜNG LAY'] }. */
  issuer: Nd30Issuer;
  /** Registered number; absent or null leaves it blank ('Số:      /QĐ-UBND') for the clerk. */
  number?: number | string | null;
  /** Symbol after the number: 'QĐ-UBND', 'TTr-VHXH', 'BB-HĐTĐKT'. Each builder has a default. */
  symbol?: string;
  /** Place of the place-date line: the commune or ward name ('Mường Lay'). */
  place: string;
  /** Date of signature, or a pending date to be filled in by hand. */
  date: IsoDate | PendingDate;
}

/** One nominee or awardee with the award, as printed in lists. */
export interface AwardEntry {
  kind: SubjectKind;
  /** Full name of the person ('Nguyễn Thị Hồng Nhung'), or the collective's or household's name. */
  name: string;
  /** Position and unit as printed: 'Phó Trưởng phòng Văn hóa - Xã hội phường Mường Lay'. */
  position?: string;
  /** The award as printed: 'Chiến sĩ thi đua cơ sở', 'Giấy khen'. Rows are grouped by it. */
  award: string;
  category: AwardCategory;
  /** Short summary of the achievement (proposal list, certificate). */
  achievement?: string;
  /** Bonus in whole đồng (decision list); absent prints nothing in the amount column. */
  amount?: number;
}

// ---------------------------------------------------------------------------------------------
// Tờ trình (NĐ 152/2025, Mẫu 01 style)

export interface ProposalInput extends PaperHeader {
  /** Subject under 'TỜ TRÌNH': 'Về việc đề nghị khen thưởng thành tích năm 2025'. */
  subject: string;
  /** Addressee, printed 'Kính gửi: …' centred: 'Chủ tịch Ủy ban nhân dân phường Mường Lay'. */
  addressee: string;
  /** Bases as written (italic, punctuated per NĐ 30): see DEFAULT_PROPOSAL_BASES. */
  bases: readonly string[];
  /**
   * The paragraph that introduces the request, before the summary:
   * 'Phòng Văn hóa - Xã hội kính trình Chủ tịch UBND phường xem xét, khen thưởng cho các tập thể,
   * cá nhân có thành tích năm 2025, cụ thể như sau:'.
   */
  request: string;
  /** Optional paragraphs before the request (results of the movement, the review…). */
  intro?: readonly string[];
  nominees: readonly AwardEntry[];
  /** Closing line: default 'Kính trình … xem xét, quyết định./.' built from the addressee. */
  closing?: string;
  recipients: readonly string[];
  archive?: readonly string[];
  signer: Nd30Signature;
  /** Title of the attached list (default 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'). */
  listTitle?: string;
  /** Subtitle of the attached list ('Tập thể, cá nhân có thành tích năm 2025'). */
  listSubtitle?: string;
}

// ---------------------------------------------------------------------------------------------
// Biên bản họp Hội đồng TĐKT

export type Attendance = 'present' | 'absent' | 'recused';

export interface CouncilMember {
  name: string;
  /** Role in the council: 'Chủ tịch Hội đồng', 'Phó Chủ tịch Hội đồng', 'Ủy viên', 'Ủy viên, Thư ký'. */
  role: string;
  /** Position outside the council: 'Chủ tịch UBND phường'. */
  position?: string;
  attendance: Attendance;
  /** Why absent or recused ('đi công tác', 'có người thân được đề nghị'). */
  reason?: string;
  /** An absent member who sent a written opinion (phiếu ý kiến). */
  writtenOpinion?: boolean;
}

/** A vote threshold with its legal citation (passed by the caller: see DEFAULT_VOTE_THRESHOLDS). */
export interface VoteThreshold {
  /** Required share of agreeing votes, 0..1 (0.8 = 80%); `strict` requires more than it. */
  share: number;
  strict?: boolean;
  /** The base of the share: all council members (default) or the members present. */
  of?: 'all' | 'present';
  /**
   * Citation printed under the ballot table ('Quyết định số 15/2025/QĐ-UBND ngày … của UBND tỉnh …').
   * Only a verified or tenant-confirmed basis is passed; without one the note states the rule alone.
   */
  basis?: string;
}

/** The counted ballots for one nominee and award. */
export interface BallotResult {
  nominee: AwardEntry;
  agree: number;
  disagree: number;
  /** Blank or spoiled ballots, members not voting. */
  abstain: number;
  threshold: VoteThreshold;
  /** The outcome as the software counted it (base after recusals, passed): printed as is. */
  counted?: { base: number; passed: boolean };
}

export interface MinutesInput extends PaperHeader {
  /** The council: 'Hội đồng Thi đua - Khen thưởng phường Mường Lay'. */
  council: string;
  /** Subject under 'BIÊN BẢN': 'Họp Hội đồng Thi đua - Khen thưởng xét khen thưởng năm 2025'. */
  subject: string;
  /** Meeting start and end, local time 'HH:MM', on `meetingDate`; null prints a blank to fill by hand. */
  meetingDate: IsoDate;
  start: string | null;
  end: string | null;
  venue: string;
  /** The members, chair and secretary included (`chair`/`secretary` name them). */
  members: readonly CouncilMember[];
  /** Names of the chair and the secretary (must be among the members, present). */
  chair: string;
  secretary: string;
  /** Guests (khách mời), as printed. */
  guests?: readonly string[];
  /** Required presence the software applied: share of all members, and its citation when verified. */
  quorum: { share: number; basis?: string };
  agenda: readonly string[];
  /** How the council voted: 'bỏ phiếu kín'. */
  votingMethod: string;
  /** Counting committee (Ban kiểm phiếu), as printed. */
  tellers?: readonly string[];
  ballots: readonly BallotResult[];
  /** Further paragraphs (discussion, conclusion) before the closing line. */
  discussion?: readonly string[];
  /** Signature labels (default 'THƯ KÝ' and 'CHỦ TỌA'). */
  secretaryTitle?: string;
  chairTitle?: string;
}

// ---------------------------------------------------------------------------------------------
// Quyết định khen thưởng + Danh sách kèm theo

export interface DecisionInput extends PaperHeader {
  /** Subject: 'Về việc khen thưởng thành tích năm 2025'. */
  subject: string;
  /** Authority line: 'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG MƯỜNG LAY'. */
  authority: string;
  /** Bases including 'Xét đề nghị của …' (see DEFAULT_DECISION_BASES). */
  bases: readonly string[];
  awardees: readonly AwardEntry[];
  /**
   * Words after the count in Điều 1: 'đã có thành tích hoàn thành xuất sắc nhiệm vụ năm 2025'.
   */
  achievement: string;
  /** The fund the bonuses are paid from: 'Quỹ thi đua, khen thưởng của phường Mường Lay năm 2026'. */
  fund: string;
  /** Điều 2 (default: 'Quyết định này có hiệu lực kể từ ngày ký.'). */
  effect?: string;
  /** Điều 3: who executes ('Chánh Văn phòng HĐND và UBND phường, Trưởng phòng Văn hóa - Xã hội'). */
  executors: string;
  recipients: readonly string[];
  archive?: readonly string[];
  signer: Nd30Signature;
  /** The signer's body for the list note: 'Chủ tịch UBND phường Mường Lay'. */
  signedBy: string;
  /** Print the list in landscape (default portrait). */
  listOrientation?: 'portrait' | 'landscape';
}

// ---------------------------------------------------------------------------------------------
// Certificates

export interface CertificateInput {
  /** Signer's position at the top, printed in red capitals: 'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG MƯỜNG LAY'. */
  issuerTitle: string;
  /** 'title' prints 'TẶNG DANH HIỆU', 'form' prints 'TẶNG'. */
  category: AwardCategory;
  /** Replaces that heading, for certificates that grant nothing ('CHỨNG NHẬN' for an initiative). */
  heading?: string;
  /** Award name, printed in red capitals: 'Giấy khen', 'Chiến sĩ thi đua cơ sở'. */
  award: string;
  /** The recipient as printed: 'Bà Nguyễn Thị Hồng Nhung', 'Phòng Văn hóa - Xã hội'. */
  recipient: string;
  /** Position and unit: 'Phó Trưởng phòng Văn hóa - Xã hội phường Mường Lay'. */
  position?: string;
  /** 'Đã có thành tích hoàn thành xuất sắc nhiệm vụ năm 2025.' */
  achievement: string;
  /** The award decision: number with symbol ('125/QĐ-UBND') and date. */
  decision: { number: string; date: IsoDate };
  /** Order of the recipient in the decision (Số sổ vàng). */
  goldBookNo: number | string;
  /** Place and date of the bottom-right line. */
  place: string;
  date: IsoDate | PendingDate;
  /** Signature lines (['CHỦ TỊCH'] or ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']) and name. */
  signer: Nd30Signature;
}

/** Fields of a certificate, in printing order. */
export type CertificateField =
  | 'nationalName'
  | 'motto'
  | 'issuerTitle'
  | 'heading'
  | 'award'
  | 'recipient'
  | 'position'
  | 'achievement'
  | 'decision'
  | 'goldBook'
  | 'placeDate'
  | 'signerTitle'
  | 'signerName';

/** Where and how a field prints: position of its box's top-left corner from the page's, in mm. */
export interface FieldPosition {
  x: number;
  y: number;
  /** Box width in mm; text is aligned within it and wraps inside it. */
  width: number;
  /** Font size in points. */
  size: number;
  align?: 'left' | 'center' | 'right';
  bold?: boolean;
  italic?: boolean;
  /** RRGGBB, default black. */
  color?: string;
  /** Printed in capitals. */
  caps?: boolean;
  /** Not printed (a part already on the pre-printed blank). */
  hidden?: boolean;
}

export type CertificateLayout = Record<CertificateField, FieldPosition>;

export interface CertificateOptions {
  /**
   * 'full' prints the whole certificate with its border on plain paper; 'blank' prints only the
   * variable fields, for pre-printed blanks (phôi).
   */
  mode?: 'full' | 'blank';
  /** Changes to the field table (merged field by field over DEFAULT_CERTIFICATE_LAYOUT). */
  fields?: Partial<Record<CertificateField, Partial<FieldPosition>>>;
  /** Called after each certificate of a batch: (done, total). */
  onProgress?: (done: number, total: number) => void;
}

// ---------------------------------------------------------------------------------------------
// Danh sách chi tiền thưởng

export interface PaymentRow {
  name: string;
  unit: string;
  award: string;
  /** The decision: '125/QĐ-UBND ngày 05/01/2026'. */
  decision: string;
  /** The amount paid, whole đồng (already reduced where only the highest title pays). */
  payable: number;
  /** 'Chỉ hưởng mức thưởng danh hiệu cao nhất'. */
  note?: string;
}

export interface PaymentListInput {
  issuer: Nd30Issuer;
  place: string;
  date: IsoDate | PendingDate;
  /** Optional number (a payment list usually has none). */
  number?: number | string | null;
  symbol?: string;
  /** Title (default 'DANH SÁCH CHI TIỀN THƯỞNG'). */
  title?: string;
  /** Line under the title: 'Khen thưởng thành tích năm 2025 (Quyết định số 125/QĐ-UBND ngày 05/01/2026)'. */
  subject: string;
  /** Optional source of funds line ('Nguồn kinh phí: Quỹ thi đua, khen thưởng …'). */
  fund?: string;
  rows: readonly PaymentRow[];
  /** Signature blocks, left to right: defaults 'NGƯỜI LẬP BIỂU', 'KẾ TOÁN', 'THỦ TRƯỞNG ĐƠN VỊ'. */
  preparer: { name: string; title?: string };
  accountant: { name: string; title?: string };
  head: { name: string; lines?: readonly string[] };
}
