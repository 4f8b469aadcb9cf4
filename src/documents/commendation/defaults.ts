// Default wordings a caller may pass to the commendation builders: legal bases, vote thresholds,
// quorum, fixed sentences. The builders never add any of these by themselves.
//
// Sources: ../../../../shared/domain/tdkt-reference.md §0 (legal stack in force in 2026), §4
// (money), §5 (procedure, council, vote thresholds) and §7 (document layout). The bases cite the
// Law on Emulation and Commendation 06/2022/QH15 (15/6/2022), Decree 152/2025/NĐ-CP (14/6/2025,
// replacing Decree 98/2023 in full) and Decree 129/2025/NĐ-CP (11/6/2025, the commune chairman's
// award competence, Art. 59). Provinces add their own regulation (e.g. Bắc Ninh QĐ 86/2025/QĐ-UBND):
// callers append it. The decrees are cited by number and date only: their full titles were not
// read in the gazette (reference §9), so none is written here. Check before an official use.

/** 'Căn cứ Luật Tổ chức chính quyền địa phương …' (the authority of a commune or ward chairman). */
export const BASIS_LOCAL_GOVERNMENT_LAW = 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025';

/** Law on Emulation and Commendation 06/2022/QH15 (in force 01/01/2024). */
export const BASIS_EMULATION_LAW = 'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022';

/** Decree 152/2025/NĐ-CP (in force 01/7/2025): detailed rules and delegation; replaces Decree 98/2023. */
export const BASIS_DECREE_152 = 'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ';

/** Decree 129/2025/NĐ-CP: competences of the two levels of local government in Home-Affairs matters. */
export const BASIS_DECREE_129 = 'Căn cứ Nghị định số 129/2025/NĐ-CP ngày 11 tháng 6 năm 2025 của Chính phủ';

/**
 * Bases of a commune or ward chairman's award decision, without the proposal line: append the
 * provincial regulation, the council's result and 'Xét đề nghị của …' (see `decisionBases`).
 */
export const DEFAULT_DECISION_BASES: readonly string[] = [BASIS_LOCAL_GOVERNMENT_LAW, BASIS_EMULATION_LAW, BASIS_DECREE_152, BASIS_DECREE_129];

/** Bases of a proposal letter (Tờ trình) of a commune or ward office. */
export const DEFAULT_PROPOSAL_BASES: readonly string[] = [BASIS_EMULATION_LAW, BASIS_DECREE_152, BASIS_DECREE_129];

/** The default bases followed by the council's result and the proposal line of a decision. */
export function decisionBases(o: { council?: string; proposedBy: string; extra?: readonly string[] }): string[] {
  return [
    ...DEFAULT_DECISION_BASES,
    ...(o.extra ?? []),
    ...(o.council ? [`Căn cứ kết quả họp ${o.council}`] : []),
    `Xét đề nghị của ${o.proposedBy}`,
  ];
}

/**
 * Vote thresholds of the council by award code (reference §5). The 90% / 80% of all members come
 * from Decree 98/2023 Art. 30(7); Decree 152/2025 replaced that decree and whether it kept these
 * numbers is UNVERIFIED (reference §9.2): the `verified: false` entries must be confirmed or
 * overridden by the tenant (its council's working rules) before use. Other awards: a simple
 * majority of all members under the council's working rules.
 */
export const DEFAULT_VOTE_THRESHOLDS: Readonly<Record<string, { share: number; strict?: boolean; of: 'all'; basis: string; verified: boolean }>> = {
  CSTD_TQ: { share: 0.9, of: 'all', basis: 'khoản 7 Điều 30 Nghị định số 98/2023/NĐ-CP', verified: false },
  CSTD_TINH: { share: 0.9, of: 'all', basis: 'khoản 7 Điều 30 Nghị định số 98/2023/NĐ-CP', verified: false },
  CSTD_CS: { share: 0.8, of: 'all', basis: 'khoản 7 Điều 30 Nghị định số 98/2023/NĐ-CP', verified: false },
  CO_TD_TINH: { share: 0.8, of: 'all', basis: 'khoản 7 Điều 30 Nghị định số 98/2023/NĐ-CP', verified: false },
  CO_TD_CP: { share: 0.8, of: 'all', basis: 'khoản 7 Điều 30 Nghị định số 98/2023/NĐ-CP', verified: false },
  default: { share: 0.5, strict: true, of: 'all', basis: 'Quy chế hoạt động của Hội đồng Thi đua - Khen thưởng', verified: false },
};

/** The threshold of an award code (the 'default' entry for codes not listed). */
export function voteThresholdFor(code: string): { share: number; strict?: boolean; of: 'all'; basis: string } {
  const t = DEFAULT_VOTE_THRESHOLDS[code] ?? DEFAULT_VOTE_THRESHOLDS.default;
  return { share: t.share, strict: t.strict, of: t.of, basis: t.basis };
}

/**
 * Presence required for a meeting that considers awards: 80% of members (the provincial rule seen
 * in Bắc Ninh QĐ 86/2025, reference §5; the commune council's own rules may differ).
 */
export const DEFAULT_QUORUM = { share: 0.8, basis: 'Quy chế hoạt động của Hội đồng Thi đua - Khen thưởng' } as const;

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
