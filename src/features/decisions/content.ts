// The texts of an award decision that are not rows, with documented default wordings: subject,
// legal bases (Luật TĐKT 06/2022/QH15, NĐ 152/2025/NĐ-CP, NĐ 129/2025/NĐ-CP Art. 59, the council's
// minutes, "Xét đề nghị của …"), articles, recipients, issuer lines, place and signer lines. Pure.
import {
  BASIS_DECREE_152,
  BASIS_EMULATION_LAW,
  BASIS_LOCAL_GOVERNMENT_LAW,
  DEFAULT_EFFECT,
  defaultFund,
} from '../../documents/commendation/defaults.js';
import { upperVN } from '../../documents/nd30/format.js';
import type { OrgType } from '../../domain/registry/vocab.js';
import { formatDateLongVN, formatDateVN } from '../../domain/vi-text/index.js';

/** NĐ 129/2025/NĐ-CP, Art. 59: the commune chairman decides these awards (reference §3). */
export const BASIS_DECREE_129_ART59 =
  'Căn cứ Điều 59 Nghị định số 129/2025/NĐ-CP ngày 11 tháng 6 năm 2025 của Chính phủ quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Nội vụ';

/** Awards whose standard is "hoàn thành tốt nhiệm vụ" (Law 06/2022 Art. 24, 28): never "xuất sắc". */
const GOOD: ReadonlySet<string> = new Set(['LDTT', 'TT_LDTT']);
/** Awards that require "hoàn thành xuất sắc nhiệm vụ" (Law 06/2022 Art. 22, 23, 27). */
const EXCELLENT: ReadonlySet<string> = new Set(['CSTD_CS', 'CSTD_TINH', 'CSTD_TQ', 'TT_LDXS']);

/**
 * The achievement words of an award, as the decision and the certificate print them:
 * LĐTT and Tập thể LĐTT 'đã hoàn thành tốt nhiệm vụ năm 2026'; CSTĐ and Tập thể LĐXS
 * 'đã có thành tích hoàn thành xuất sắc nhiệm vụ năm 2026'; others 'đã có thành tích trong thực
 * hiện nhiệm vụ năm 2026'.
 */
export function achievementFor(awardCode: string, period: string): string {
  if (GOOD.has(awardCode)) return `đã hoàn thành tốt nhiệm vụ ${periodWords(period)}`;
  if (EXCELLENT.has(awardCode)) return `đã có thành tích hoàn thành xuất sắc nhiệm vụ ${periodWords(period)}`;
  return `đã có thành tích trong thực hiện nhiệm vụ ${periodWords(period)}`;
}

/** The words of Điều 1 for a decision's awards: the award's own words when they all agree, else the neutral ones. */
export function achievementOf(awardCodes: readonly string[], period: string): string {
  const words = new Set(awardCodes.map((c) => achievementFor(c, period)));
  return words.size === 1 ? [...words][0] : `đã có thành tích trong thực hiện nhiệm vụ ${periodWords(period)}`;
}

/**
 * Whether Điều 1's words are the system's own (recomputed from the awards when the list changes),
 * not the officer's: the current wordings, and the former default ('hoàn thành xuất sắc' for all).
 */
export function isAutoAchievement(text: string, period: string): boolean {
  const t = text.trim();
  return ['LDTT', 'CSTD_CS', 'GIAY_KHEN'].some((c) => achievementFor(c, period) === t);
}

export interface DecisionContent {
  subject: string;
  /** 'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG MƯỜNG LAY'. */
  authority: string;
  bases: string[];
  /** Words of Điều 1 after the list: 'đã có thành tích hoàn thành xuất sắc nhiệm vụ năm 2026'. */
  achievement: string;
  fund: string;
  effect: string;
  executors: string;
  recipients: string[];
  archive: string[];
  issuerSuperior: string[];
  issuerName: string[];
  place: string;
  /** Planned date: prices the draft, and is the decision's date when `fixDate`. */
  plannedDate: string;
  fixDate: boolean;
  signerLines: string[];
  /** When the office sent the draft to the signer (cleared by an edit). */
  submittedAt?: string | null;
  submittedBy?: string | null;
  /** Revocation: the revoking act, when recorded by the office. */
  revokeDocument?: string | null;
  /** External decisions: free note. */
  note?: string | null;
}

const COMMUNE_LEVEL: readonly OrgType[] = ['commune', 'ward', 'special_zone'];
export const isCommuneLevel = (t: OrgType) => COMMUNE_LEVEL.includes(t);

/** 'Phường Mường Lay' → 'Mường Lay' (the place of the place-date line). */
export function placeOf(orgName: string): string {
  return orgName.replace(/^(Phường|Xã|Đặc khu|Thị trấn|Tỉnh|Thành phố|Thị xã|Huyện)\s+/u, '').trim() || orgName;
}

/** 'Phường Mường Lay' → 'phường Mường Lay' (inside a sentence). */
export function inSentence(orgName: string): string {
  return /^(Phường|Xã|Đặc khu|Thị trấn|Tỉnh|Thành phố|Thị xã|Huyện)\s/u.test(orgName)
    ? orgName[0].toLowerCase() + orgName.slice(1)
    : orgName;
}

/** Signature lines from the signer's position: a deputy signs 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH'. */
export function signerLinesFor(position: string | null | undefined, communeLevel = true): string[] {
  const p = (position ?? '').toLowerCase();
  if (!communeLevel) return /phó/u.test(p) ? ['KT. THỦ TRƯỞNG', upperVN(position ?? 'PHÓ THỦ TRƯỞNG')] : ['THỦ TRƯỞNG'];
  if (/phó chủ tịch/u.test(p)) return ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'];
  return ['CHỦ TỊCH'];
}

/** NĐ 30: numbers below 10 take a leading zero ('05/QĐ-UBND'); the text is stored as printed. */
export function numberTextOf(n: number, symbol: string): string {
  return `${String(n).padStart(2, '0')}/${symbol}`;
}

export const periodWords = (period: string) => (period.includes('-') ? `năm học ${period}` : `năm ${period}`);

export interface ContentSource {
  org: { name: string; type: OrgType };
  parentName: string | null;
  period: string;
  plannedDate: string;
  /** Date of the council meeting whose minutes are cited, if any. */
  meetingDate: string | null;
  /** Names of the units that proposed (for "Xét đề nghị của …"). */
  proposingUnits: string[];
  /** Award codes of the nominees (Điều 1's words follow the awards). */
  awardCodes?: readonly string[];
  /** The tenant's confirmed provincial decisions (procedure parameters), cited as bases. */
  provincialBases?: readonly string[];
  /** The standing office's unit name ('Phòng Văn hóa - Xã hội phường Mường Lay'), if known. */
  officeUnit: string | null;
  signerPosition: string | null;
}

export function defaultContent(s: ContentSource): DecisionContent {
  const commune = isCommuneLevel(s.org.type);
  const unit = inSentence(s.org.name);
  const council = `Hội đồng Thi đua - Khen thưởng ${unit}`;
  const proposers =
    s.proposingUnits.length === 0
      ? 'Thủ trưởng các cơ quan, đơn vị'
      : s.proposingUnits.length <= 3
        ? s.proposingUnits.join(', ')
        : 'Thủ trưởng các cơ quan, đơn vị';
  const office = s.officeUnit ? `${s.officeUnit} (Cơ quan Thường trực ${council})` : `Cơ quan Thường trực ${council}`;
  const bases = [
    ...(commune ? [BASIS_LOCAL_GOVERNMENT_LAW] : []),
    BASIS_EMULATION_LAW,
    BASIS_DECREE_152,
    ...(commune ? [BASIS_DECREE_129_ART59] : []),
    ...(s.provincialBases ?? []).map((c) => `Căn cứ ${c.replace(/^Căn cứ\s+/u, '')}`),
    ...(s.meetingDate
      ? [
          `Căn cứ Biên bản họp ngày ${formatDateVN(s.meetingDate)} của ${council} xét khen thưởng thành tích ${periodWords(s.period)}`,
        ]
      : []),
    `Xét đề nghị của ${proposers} và của ${office}`,
  ];
  const authority = commune ? `CHỦ TỊCH ỦY BAN NHÂN DÂN ${upperVN(s.org.name)}` : `THỦ TRƯỞNG ${upperVN(s.org.name)}`;
  const year = Number(s.plannedDate.slice(0, 4));
  return {
    subject: `Về việc khen thưởng thành tích ${periodWords(s.period)}`,
    authority,
    bases,
    achievement: achievementOf(s.awardCodes ?? [], s.period),
    fund: defaultFund(unit, year),
    effect: DEFAULT_EFFECT,
    executors: commune
      ? `Chánh Văn phòng HĐND và UBND ${unit}, ${s.officeUnit ? `Trưởng ${s.officeUnit.replace(/^Phòng/u, 'phòng')}` : 'Trưởng phòng Văn hóa - Xã hội'}, Thủ trưởng các cơ quan, đơn vị có liên quan`
      : 'Các bộ phận có liên quan',
    recipients: ['Như Điều 3', ...(commune ? [`Chủ tịch, các Phó Chủ tịch UBND ${unit}`] : [])],
    archive: ['VT', 'VHXH'],
    issuerSuperior: commune ? [] : s.parentName ? [upperVN(s.parentName)] : [],
    issuerName: commune ? ['ỦY BAN NHÂN DÂN', upperVN(s.org.name)] : [upperVN(s.org.name)],
    place: placeOf(s.org.name),
    plannedDate: s.plannedDate,
    fixDate: false,
    signerLines: signerLinesFor(s.signerPosition, commune),
  };
}

/** The issuer as recorded in award history: 'Chủ tịch UBND phường Mường Lay'. */
export function issuerOf(org: { name: string; type: OrgType }): string {
  return isCommuneLevel(org.type) ? `Chủ tịch UBND ${inSentence(org.name)}` : `Thủ trưởng ${org.name}`;
}

/** '12/QĐ-UBND ngày 05/01/2026'. */
export const decisionRef = (numberText: string | null, date: string | null) =>
  `${numberText ?? '…'}${date ? ` ngày ${formatDateVN(date)}` : ''}`;

export const longDate = (iso: string, place?: string) => formatDateLongVN(iso, place);
