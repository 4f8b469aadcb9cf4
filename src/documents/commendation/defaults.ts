// Default wordings a caller may pass to the commendation builders: legal bases, vote thresholds,
// quorum, fixed sentences. The builders never add any of these by themselves.
//
// Every basis printed here is verified (reference §0): each "Căn cứ" line carries the document's
// number, date, issuer and trích yếu as NĐ 30/2020 requires. Titles, as published:
// - Luật Tổ chức chính quyền địa phương số 72/2025/QH15 (16/6/2025; Công báo 807+808/2025);
// - Luật Thi đua, khen thưởng số 06/2022/QH15 (15/6/2022);
// - NĐ 152/2025/NĐ-CP (14/6/2025) "quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen
//   thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng";
// - NĐ 129/2025/NĐ-CP (11/6/2025) on the division of competences between the two levels of local
//   government in the Ministry of Home Affairs' fields (title as in the family of decrees of
//   11/6/2025; Art. 59: the commune chairman's award competence).
// Uncertain procedure parameters (vote shares, quorum) are never cited here: see
// src/domain/rounds/procedure.ts (`printedBasis`) — a document cites the tenant's own confirmed
// provincial decision, or no basis at all.
import { PROCEDURE_2025, printedBasis, voteRuleFor } from '../../domain/rounds/procedure.js';

/** 'Căn cứ Luật Tổ chức chính quyền địa phương …' (the authority of a commune or ward chairman). */
export const BASIS_LOCAL_GOVERNMENT_LAW =
  'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025';

/** Law on Emulation and Commendation 06/2022/QH15 (in force 01/01/2024). */
export const BASIS_EMULATION_LAW = 'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022';

/** Decree 152/2025/NĐ-CP (in force 01/7/2025): detailed rules and delegation; replaces Decree 98/2023. */
export const BASIS_DECREE_152 =
  'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng';

/** Decree 129/2025/NĐ-CP: competences of the two levels of local government in Home-Affairs matters. */
export const BASIS_DECREE_129 =
  'Căn cứ Nghị định số 129/2025/NĐ-CP ngày 11 tháng 6 năm 2025 của Chính phủ quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Nội vụ';

/**
 * Bases of a commune or ward chairman's award decision, without the proposal line: append the
 * provincial regulation, the council's result and 'Xét đề nghị của …' (see `decisionBases`).
 */
export const DEFAULT_DECISION_BASES: readonly string[] = [
  BASIS_LOCAL_GOVERNMENT_LAW,
  BASIS_EMULATION_LAW,
  BASIS_DECREE_152,
  BASIS_DECREE_129,
];

/** Bases of a proposal letter (Tờ trình) of a commune or ward office. */
export const DEFAULT_PROPOSAL_BASES: readonly string[] = [BASIS_EMULATION_LAW, BASIS_DECREE_152, BASIS_DECREE_129];

/**
 * The default bases followed by the council's minutes and the proposal line of a decision.
 * `council` names the minutes with their date, body and subject ('Biên bản họp ngày 15/12/2026 của
 * Hội đồng … xét khen thưởng thành tích năm 2026'), as NĐ 30 wants every basis named.
 */
export function decisionBases(o: { council?: string; proposedBy: string; extra?: readonly string[] }): string[] {
  return [
    ...DEFAULT_DECISION_BASES,
    ...(o.extra ?? []),
    ...(o.council ? [`Căn cứ ${o.council.replace(/^Căn cứ\s+/u, '')}`] : []),
    `Xét đề nghị của ${o.proposedBy}`,
  ];
}

/**
 * The council's vote threshold for an award code, from the national procedure rules in force
 * (src/domain/rounds/procedure.ts). Its basis is given only when verified: the national 90% / 80%
 * come from the replaced NĐ 98/2023 and are not printed until the tenant confirms them citing its
 * own provincial decision.
 */
export function voteThresholdFor(
  code: string,
  rules = PROCEDURE_2025,
): { share: number; strict?: boolean; of: 'all' | 'present'; basis?: string } {
  const r = voteRuleFor(rules, code);
  const basis = printedBasis(r);
  return { share: r.share, strict: r.strict, of: r.of, ...(basis ? { basis } : {}) };
}

/** Presence required for a meeting that considers awards: the procedure rules' quorum (basis only when verified). */
export const DEFAULT_QUORUM: { share: number; basis?: string } = {
  share: PROCEDURE_2025.quorum.share,
  ...(printedBasis(PROCEDURE_2025.quorum) ? { basis: printedBasis(PROCEDURE_2025.quorum) } : {}),
};

/** Article 2 of a decision. */
export const DEFAULT_EFFECT = 'Quyết định này có hiệu lực kể từ ngày ký.';

/** The fund bonuses are paid from (NĐ 152 Art. 46; TT 28/2025/TT-BTC), for a commune or ward. */
export function defaultFund(unitName: string, year: number): string {
  return `Quỹ thi đua, khen thưởng của ${unitName} năm ${year}`;
}

/** The note of a payment row when only the highest title of a period is paid (reference §4). */
export const NOTE_HIGHEST_TITLE_ONLY = 'Chỉ hưởng mức thưởng danh hiệu cao nhất';

/** Notes under signature titles of lists and minutes. */
export const SIGNATURE_NOTE = '(Ký, ghi rõ họ tên)';
export const SIGNATURE_NOTE_SEAL = '(Ký tên, đóng dấu)';
