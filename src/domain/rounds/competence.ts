// Who may decide which award (thẩm quyền quyết định khen thưởng), as dated data: the office of
// a round decides the awards within its body's competence and sends the others up (khen cao).
import type { OrgType } from '../registry/vocab.js';
import type { Mark } from '../eligibility/rule-model.js';

export type DecidingLevel = 'commune' | 'agency' | 'province';

export interface CompetenceRules {
  from: string;
  levels: Record<DecidingLevel, { awards: readonly string[]; authority: string; basis: string; mark: Mark }>;
}

export const COMPETENCE_2025: CompetenceRules = {
  from: '2025-07-01',
  levels: {
    commune: {
      awards: ['LDTT', 'CSTD_CS', 'TT_LDTT', 'GIAY_KHEN', 'THON_VH', 'GD_VH'],
      authority: 'Chủ tịch Ủy ban nhân dân cấp xã',
      basis: 'Luật Thi đua, khen thưởng 2022, Điều 80 khoản 3; Nghị định 129/2025/NĐ-CP, Điều 59',
      mark: 'V',
    },
    agency: {
      awards: ['LDTT', 'CSTD_CS', 'TT_LDTT', 'GIAY_KHEN'],
      authority: 'Thủ trưởng cơ quan, đơn vị có tư cách pháp nhân',
      basis: 'Luật Thi đua, khen thưởng 2022, Điều 80 khoản 3',
      mark: 'V',
    },
    province: {
      awards: [
        'LDTT',
        'CSTD_CS',
        'TT_LDTT',
        'GIAY_KHEN',
        'CSTD_TINH',
        'TT_LDXS',
        'CO_TD_TINH',
        'BK_TINH',
        'XA_TIEU_BIEU',
        'KNC_TINH',
      ],
      authority: 'Chủ tịch Ủy ban nhân dân cấp tỉnh',
      basis: 'Luật Thi đua, khen thưởng 2022, Điều 80 khoản 2; quy định về thi đua, khen thưởng của tỉnh',
      mark: 'R',
    },
  },
};

export function decidingLevelOf(orgType: OrgType): DecidingLevel {
  if (orgType === 'province') return 'province';
  if (orgType === 'commune' || orgType === 'ward' || orgType === 'special_zone') return 'commune';
  return 'agency';
}

/** Whether the body of type `orgType` decides `award` itself (else the dossier is sent up). */
export function decidesItself(orgType: OrgType, award: string, rules: CompetenceRules = COMPETENCE_2025): boolean {
  return rules.levels[decidingLevelOf(orgType)].awards.includes(award);
}
