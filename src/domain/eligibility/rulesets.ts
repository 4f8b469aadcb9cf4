// The rule sets as dated data with their legal citations, and the choice of the set in force.
// Marks follow ../../../shared/domain/tdkt-reference.md: V verified, R recalled, U uncertain.
// Where the reference gives a fact only through a province's reproduction, the national set marks
// it R and the province's set (Bắc Ninh) marks it V.
import type { CatalogueAwardCode } from '../registry/vocab.js';
import { applyOverrides, type ParamOverride, type OverrideError } from './overrides.js';
import { SEED_PROVINCE_RULE_SETS } from './provinces.js';
import {
  type AllOfCriterion,
  type AnyOfCriterion,
  type AwardRule,
  type CriterionRule,
  type GeneralRules,
  type JudgementCriterion,
  type Mark,
  type NationalRuleSet,
  type ProvincialRuleSet,
  type RuleParams,
  type RuleSet,
  type Rules,
  copyRuleData,
} from './rule-model.js';

const LAW = 'Luật Thi đua, khen thưởng 2022';
const ND152 = 'Nghị định 152/2025/NĐ-CP';
const ND98 = 'Nghị định 98/2023/NĐ-CP';
const ND86 = 'Nghị định 86/2023/NĐ-CP';
const ND129 = 'Nghị định 129/2025/NĐ-CP';
const BN = 'Quy định ban hành kèm theo Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh';

// ---------------------------------------------------------------------------------------------
// Small builders: they only shorten the data below.

type Extra = Partial<Pick<CriterionRule, 'subjects' | 'groups'>>;

const judge = (id: string, label: string, basis: string, mark: Mark, extra: Extra = {}): JudgementCriterion => ({
  kind: 'judgement',
  id,
  label,
  basis,
  mark,
  ...extra,
});

const anyOf = (
  id: string,
  label: string,
  basis: string,
  mark: Mark,
  options: CriterionRule[],
  extra: Extra = {},
): AnyOfCriterion => ({ kind: 'any_of', id, label, basis, mark, options, judgementOptionsOpen: true, ...extra });

const allOf = (
  id: string,
  label: string,
  basis: string,
  mark: Mark,
  parts: CriterionRule[],
  extra: Extra = {},
): AllOfCriterion => ({
  kind: 'all_of',
  id,
  label,
  basis,
  mark,
  parts,
  ...extra,
});

const IND = (): Extra => ({ subjects: ['individual'] });
// Villages and residential groups (thôn, tổ dân phố) are collectives in law: they receive Giấy
// khen and Bằng khen on a collective's criteria (2026 legal audit, tdkt-reference.md).
const COLL = (): Extra => ({ subjects: ['collective', 'village'] });
const HH = (): Extra => ({ subjects: ['household'] });
const IND_COLL = (): Extra => ({ subjects: ['individual', 'collective', 'village'] });

// ---------------------------------------------------------------------------------------------
// Global parameters

export const BASE_SALARY_TABLE: RuleParams['baseSalary'] = [
  { from: '2023-07-01', value: 1_800_000, citation: 'Khoản 2 Điều 3 Nghị định 24/2023/NĐ-CP', mark: 'R' },
  { from: '2024-07-01', value: 2_340_000, citation: 'Khoản 2 Điều 3 Nghị định 73/2024/NĐ-CP', mark: 'V' },
  { from: '2026-07-01', value: 2_530_000, citation: 'Nghị định 161/2026/NĐ-CP', mark: 'R' },
];

function nationalParams(decree: string, roundingBasis: string): RuleParams {
  return {
    baseSalary: BASE_SALARY_TABLE.map((e) => ({ ...e })),
    rounding: {
      unit: 10_000,
      mode: 'up',
      basis: `${roundingBasis} ("làm tròn số lên hàng chục nghìn đồng")`,
      mark: 'U',
    },
    household: {
      factor: 1.5,
      basis: `${decree}: hộ gia đình được thưởng bằng 1,5 lần mức tiền thưởng của cá nhân`,
      mark: 'R',
    },
    discipline: {
      minForm: {
        individual: 'khien_trach',
        collective: 'khien_trach',
        household: 'khien_trach',
        village: 'khien_trach',
        commune: 'khien_trach',
      },
      basis: `Khoản 4 Điều 4 ${ND152}; mức kỷ luật loại trừ theo quy chế thi đua, khen thưởng của tỉnh, bộ, ngành`,
      mark: 'U',
    },
    chainTracks: ['cong_trang'],
    titlePayment: {
      paidLower: 'difference',
      basis: `${decree} (nguyên tắc tiền thưởng): trong cùng thời điểm, cùng thành tích đạt nhiều danh hiệu thi đua thì chỉ nhận tiền thưởng của danh hiệu cao nhất; danh hiệu của các thời điểm khác nhau thì nhận tiền thưởng của từng danh hiệu; danh hiệu và hình thức khen thưởng trong cùng thời điểm đều được nhận`,
      mark: 'V',
      paidLowerBasis: `${decree}: trường hợp danh hiệu thấp hơn của cùng thời điểm đã được chi tiền thưởng theo quyết định trước thì chỉ chi phần chênh lệch của danh hiệu cao hơn`,
      paidLowerMark: 'U',
    },
    schoolRatingForCalendar: {
      enabled: true,
      basis:
        'Ngành giáo dục đánh giá, xếp loại và xét thi đua theo năm học; khi xét theo năm dương lịch, dùng kết quả xếp loại của năm học kết thúc trong năm đó',
      mark: 'R',
    },
    initiativeReuse: {
      titleToHigherTitle: true,
      basis:
        'Công văn 5007/BNV-TĐKT, mục III.5.c: sáng kiến đã làm căn cứ tặng danh hiệu thi đua thì không làm căn cứ đề nghị hình thức khen thưởng và ngược lại; sáng kiến đã làm căn cứ tặng danh hiệu được tính tiếp cho danh hiệu cao hơn',
      mark: 'U',
    },
    chainTracksBasis: `Khoản 3 Điều 4 ${ND152}: kết quả khen thưởng đột xuất, chuyên đề không dùng làm căn cứ đề nghị khen thưởng công trạng`,
    schoolYearStart: '09-01',
  };
}

function generalRules(decree: string): GeneralRules {
  return {
    subjectKind: { basis: `${LAW}: đối tượng xét tặng của từng danh hiệu, hình thức khen thưởng` },
    periodType: { basis: `${LAW}; ${decree}: danh hiệu xét theo năm hoặc năm học` },
    notAlreadyAwarded: { basis: `Điều 5 ${LAW}: không khen thưởng nhiều lần cho một thành tích`, mark: 'R' },
    overlappingPeriods: {
      basis: `Điểm c khoản 2 Điều 5 ${LAW}: không khen thưởng nhiều lần cho một thành tích — danh hiệu theo năm và danh hiệu theo năm học của cùng một đối tượng không được tính trùng thời gian`,
      mark: 'V',
    },
    repeatedForm: {
      basis: `Điểm c khoản 2 Điều 5 ${LAW}: một hình thức khen thưởng có thể tặng nhiều lần cho một đối tượng; không khen thưởng nhiều lần cho một thành tích đạt được`,
      mark: 'V',
    },
    pending: {
      basis: `Khoản 4 Điều 4 ${decree}: chưa khen thưởng khi đang xem xét kỷ luật, điều tra, thanh tra, kiểm tra hoặc có đơn thư khiếu nại, tố cáo đang xác minh`,
      mark: 'V',
    },
  };
}

// ---------------------------------------------------------------------------------------------
// National awards. `era` selects the decree cited and the deciding authority.

type Era = '2024' | '2025';

function nationalAwards(era: Era): Record<CatalogueAwardCode, AwardRule> {
  const decree = era === '2025' ? ND152 : ND98;
  const bonusTitles = era === '2025' ? `Điều 50 ${ND152}` : `${ND98} (mức tiền thưởng danh hiệu thi đua)`;
  const bonusOrders = era === '2025' ? `Điều 51 ${ND152}` : `${ND98} (mức tiền thưởng huân chương)`;
  const bonusForms = era === '2025' ? `Điều 54 ${ND152}` : `${ND98} (mức tiền thưởng bằng khen, giấy khen)`;
  const bonusMark: Mark = era === '2025' ? 'V' : 'R';
  const commune = era === '2025' ? `Điều 59 ${ND129}` : `Khoản 3 Điều 80 ${LAW}`;
  const communeOrDistrict = (text2025: string, text2024: string) => (era === '2025' ? text2025 : text2024);

  const bonus = (
    multipliers: AwardRule['bonus']['multipliers'],
    basis: string,
    householdFromIndividual = false,
    marks: AwardRule['bonus']['marks'] = {},
  ): AwardRule['bonus'] => ({ multipliers, householdFromIndividual, basis, marks });

  const base = {
    rank: null,
    track: 'cong_trang' as const,
    sameRound: false,
    restartAfterSameAward: false,
    minIntervalPeriods: 1,
    intervalMark: 'V' as Mark,
    countingPeriods: null,
    repeatInPeriod: 'refuse' as const,
  };

  const lawCompliance = (basis: string, mark: Mark, extra: Extra = {}) =>
    judge(
      'law_compliance',
      'Gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước',
      basis,
      mark,
      extra,
    );

  return {
    LDTT: {
      ...base,
      code: 'LDTT',
      name: 'Lao động tiên tiến',
      category: 'title',
      rank: 1,
      countingPeriods: 1,
      subjectKinds: ['individual'],
      periodTypes: ['calendar', 'school'],
      decidedBy: 'Chủ tịch UBND cấp xã; thủ trưởng cơ quan, đơn vị có tư cách pháp nhân',
      decidedByBasis: `Điều 80 ${LAW}; ${commune}`,
      bonus: bonus({ individual: 0.3 }, `Điểm d khoản 1 ${bonusTitles}`, false, { individual: bonusMark }),
      sameRound: true,
      criteria: [
        {
          kind: 'rating',
          id: 'task_rating_good',
          label: 'Hoàn thành tốt nhiệm vụ trở lên',
          minRating: 'HTTNV',
          basis: `Điểm a khoản 1 Điều 24 ${LAW}`,
          mark: 'V',
          groups: ['cbccvc'],
        },
        judge(
          'self_reliance_solidarity',
          'Có tinh thần tự lực, tự cường, đoàn kết, tương trợ, tích cực tham gia phong trào thi đua',
          `Điểm b khoản 1 Điều 24 ${LAW}`,
          'V',
          { groups: ['cbccvc'] },
        ),
        judge(
          'productive_work',
          'Lao động, sản xuất có hiệu quả, tích cực tham gia phong trào thi đua và hoạt động xã hội',
          `Khoản 2 Điều 24 ${LAW}`,
          'R',
          { groups: ['worker_farmer'] },
        ),
        judge(
          'exemplary_conduct',
          'Gương mẫu chấp hành chủ trương, chính sách, pháp luật; có đạo đức, lối sống lành mạnh; đoàn kết, tương trợ, giúp đỡ mọi người trong cộng đồng',
          `Khoản 2 Điều 24 ${LAW}`,
          'R',
          { groups: ['worker_farmer'] },
        ),
      ],
    },
    CSTD_CS: {
      ...base,
      code: 'CSTD_CS',
      name: 'Chiến sĩ thi đua cơ sở',
      category: 'title',
      rank: 2,
      countingPeriods: 1,
      subjectKinds: ['individual'],
      periodTypes: ['calendar', 'school'],
      decidedBy: communeOrDistrict(
        'Chủ tịch UBND cấp xã (đơn vị, cá nhân thuộc xã); thủ trưởng cơ quan, đơn vị có tư cách pháp nhân',
        'Chủ tịch UBND cấp huyện; thủ trưởng cơ quan, đơn vị có tư cách pháp nhân',
      ),
      decidedByBasis: era === '2025' ? `Điều 59 ${ND129}; khoản 1 Điều 80 ${LAW}` : `Khoản 1, 2 Điều 80 ${LAW}`,
      bonus: bonus({ individual: 1.0 }, `Điểm c khoản 1 ${bonusTitles}`, false, { individual: bonusMark }),
      sameRound: true,
      criteria: [
        {
          kind: 'title_held',
          id: 'ldtt_standard',
          label: 'Đạt tiêu chuẩn danh hiệu "Lao động tiên tiến"',
          title: 'LDTT',
          basis: `Khoản 1 Điều 23 ${LAW}`,
          mark: 'V',
        },
        anyOf(
          'excellence_basis',
          'Hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến, đề tài khoa học được cơ sở công nhận',
          `Khoản 2 Điều 23 ${LAW}`,
          'V',
          [
            {
              kind: 'rating',
              id: 'htxsnv',
              label: 'Hoàn thành xuất sắc nhiệm vụ',
              minRating: 'HTXSNV',
              basis: `Khoản 2 Điều 23 ${LAW}`,
              mark: 'V',
            },
            {
              kind: 'initiatives',
              id: 'initiative_co_so',
              label: 'Có sáng kiến (hoặc đề tài khoa học đã nghiệm thu) được cơ sở công nhận',
              minScope: 'co_so',
              count: 1,
              windowPeriods: 1,
              basis: `Khoản 2 Điều 23 ${LAW}`,
              mark: 'V',
            },
          ],
        ),
      ],
    },
    CSTD_TINH: {
      ...base,
      code: 'CSTD_TINH',
      name: 'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh',
      category: 'title',
      rank: 3,
      countingPeriods: 3,
      subjectKinds: ['individual'],
      periodTypes: ['calendar', 'school'],
      decidedBy: 'Chủ tịch UBND cấp tỉnh (bộ trưởng, thủ trưởng ban, ngành trung ương)',
      decidedByBasis: `Điều 80 ${LAW}`,
      bonus: bonus({ individual: 3.0 }, `Điểm b khoản 1 ${bonusTitles}`, false, { individual: bonusMark }),
      restartAfterSameAward: true,
      criteria: [
        {
          kind: 'title_streak',
          id: 'cstdcs_streak_3',
          label: 'Có 03 lần liên tục đạt danh hiệu "Chiến sĩ thi đua cơ sở"',
          title: 'CSTD_CS',
          length: 3,
          basis: `Điểm a khoản 1 Điều 22 ${LAW}`,
          mark: 'V',
        },
        judge('outstanding_exemplary', 'Có thành tích xuất sắc tiêu biểu', `Điểm a khoản 1 Điều 22 ${LAW}`, 'V'),
        {
          kind: 'initiatives',
          id: 'initiative_tinh',
          label: 'Có sáng kiến (đề tài, đề án khoa học) áp dụng hiệu quả, có phạm vi ảnh hưởng trong bộ, ngành, tỉnh',
          minScope: 'tinh',
          count: 1,
          windowPeriods: 3,
          basis: `Điểm b khoản 1 Điều 22 ${LAW}`,
          mark: 'R',
        },
      ],
    },
    CSTD_TQ: {
      ...base,
      code: 'CSTD_TQ',
      name: 'Chiến sĩ thi đua toàn quốc',
      category: 'title',
      rank: 4,
      countingPeriods: 6,
      subjectKinds: ['individual'],
      periodTypes: ['calendar', 'school'],
      decidedBy: 'Thủ tướng Chính phủ',
      decidedByBasis: LAW,
      bonus: bonus({ individual: 4.5 }, `Điểm a khoản 1 ${bonusTitles}`, false, { individual: bonusMark }),
      restartAfterSameAward: true,
      criteria: [
        {
          kind: 'title_repeat',
          id: 'cstd_tinh_twice',
          label: 'Có 02 lần liên tục đạt danh hiệu Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh',
          title: 'CSTD_TINH',
          times: 2,
          spacing: 3,
          latestWithin: 1,
          basis: `Điểm a khoản 1 Điều 21 ${LAW}`,
          mark: 'R',
        },
        judge('outstanding_exemplary', 'Có thành tích xuất sắc tiêu biểu', `Điểm a khoản 1 Điều 21 ${LAW}`, 'V'),
        {
          kind: 'initiatives',
          id: 'initiative_toan_quoc',
          label: 'Có sáng kiến (đề tài, đề án khoa học) áp dụng hiệu quả, có phạm vi ảnh hưởng trong toàn quốc',
          minScope: 'toan_quoc',
          count: 1,
          windowPeriods: 6,
          basis: `Điểm b khoản 1 Điều 21 ${LAW}`,
          mark: 'U',
        },
      ],
    },
    TT_LDTT: {
      ...base,
      code: 'TT_LDTT',
      name: 'Tập thể lao động tiên tiến',
      category: 'title',
      rank: 1,
      countingPeriods: 1,
      subjectKinds: ['collective'],
      periodTypes: ['calendar', 'school'],
      decidedBy: communeOrDistrict(
        'Chủ tịch UBND cấp xã; thủ trưởng cơ quan, đơn vị có tư cách pháp nhân',
        'Chủ tịch UBND cấp huyện; thủ trưởng cơ quan, đơn vị có tư cách pháp nhân',
      ),
      decidedByBasis: era === '2025' ? `Điều 59 ${ND129}` : `Khoản 2 Điều 80 ${LAW}`,
      bonus: bonus({ collective: 0.8 }, `Điểm b khoản 2 ${bonusTitles}`, false, { collective: bonusMark }),
      criteria: [
        {
          kind: 'rating',
          id: 'task_completed_well',
          label: 'Hoàn thành tốt nhiệm vụ được giao',
          minRating: 'HTTNV',
          basis: `Điều 28 ${LAW}`,
          mark: 'V',
        },
        judge('movement_effective', 'Có phong trào thi đua thường xuyên, thiết thực, hiệu quả', `Điều 28 ${LAW}`, 'V'),
        {
          kind: 'members_share',
          id: 'members_ldtt_70',
          label: 'Có ít nhất 70% cá nhân trong tập thể đạt danh hiệu "Lao động tiên tiến"',
          field: 'ldtt',
          minPercent: 70,
          basis: `Điều 28 ${LAW}`,
          mark: 'V',
        },
        {
          kind: 'members_clean',
          id: 'no_member_canh_cao',
          label: 'Không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên',
          level: 'canh_cao_or_above',
          max: 0,
          basis: `Điều 28 ${LAW}`,
          mark: 'V',
        },
        judge(
          'internal_unity',
          'Nội bộ đoàn kết, chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước',
          `Điều 28 ${LAW}`,
          'V',
        ),
      ],
    },
    TT_LDXS: {
      ...base,
      code: 'TT_LDXS',
      name: 'Tập thể lao động xuất sắc',
      category: 'title',
      rank: 2,
      countingPeriods: 1,
      subjectKinds: ['collective'],
      periodTypes: ['calendar', 'school'],
      decidedBy: 'Chủ tịch UBND cấp tỉnh (sau thẩm định của Thường trực Hội đồng Thi đua - Khen thưởng)',
      decidedByBasis: `Điều 80 ${LAW}`,
      bonus: bonus({ collective: 1.5 }, `Điểm a khoản 2 ${bonusTitles}`, false, { collective: bonusMark }),
      criteria: [
        {
          kind: 'rating',
          id: 'task_excellent',
          label: 'Sáng tạo, vượt khó hoàn thành xuất sắc nhiệm vụ',
          minRating: 'HTXSNV',
          basis: `Điều 27 ${LAW}`,
          mark: 'V',
        },
        judge('movement_effective', 'Có phong trào thi đua thường xuyên, thiết thực, hiệu quả', `Điều 27 ${LAW}`, 'V'),
        {
          kind: 'members_share',
          id: 'members_all_completed',
          label: 'Có 100% cá nhân trong tập thể hoàn thành nhiệm vụ được giao',
          field: 'completedTasks',
          minPercent: 100,
          basis: `Điều 27 ${LAW}`,
          mark: 'V',
        },
        {
          kind: 'members_share',
          id: 'members_ldtt_70',
          label: 'Có ít nhất 70% cá nhân trong tập thể đạt danh hiệu "Lao động tiên tiến"',
          field: 'ldtt',
          minPercent: 70,
          basis: `Điều 27 ${LAW}`,
          mark: 'V',
        },
        {
          kind: 'members_count',
          id: 'members_has_cstdcs',
          label: 'Có cá nhân đạt danh hiệu "Chiến sĩ thi đua cơ sở"',
          field: 'cstdcs',
          min: 1,
          basis: `Điều 27 ${LAW}`,
          mark: 'V',
        },
        judge(
          'internal_unity',
          'Nội bộ đoàn kết, gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước',
          `Điều 27 ${LAW}`,
          'V',
        ),
      ],
    },
    CO_TD_TINH: {
      ...base,
      code: 'CO_TD_TINH',
      name: 'Cờ thi đua cấp bộ, ban, ngành, tỉnh',
      category: 'title',
      rank: 3,
      countingPeriods: 1,
      subjectKinds: ['collective'],
      periodTypes: ['calendar', 'school'],
      decidedBy: 'Chủ tịch UBND cấp tỉnh, sau khi Hội đồng Thi đua - Khen thưởng tỉnh xét',
      decidedByBasis: `Điều 80 ${LAW}`,
      bonus: bonus({ collective: 8.0 }, `Điểm e khoản 2 ${bonusTitles}`, false, { collective: bonusMark }),
      criteria: [
        judge(
          'cluster_leader',
          'Dẫn đầu phong trào thi đua của Cụm, Khối thi đua do bộ, ngành, tỉnh tổ chức',
          `Điều 26 ${LAW}`,
          'V',
        ),
        {
          kind: 'rating',
          id: 'task_exceeded',
          label:
            'Hoàn thành vượt các chỉ tiêu thi đua và nhiệm vụ được giao trong năm (xếp loại hoàn thành xuất sắc nhiệm vụ)',
          minRating: 'HTXSNV',
          basis: `Điều 26 ${LAW}`,
          mark: 'R',
        },
        judge('outstanding_province', 'Là tập thể tiêu biểu xuất sắc trong bộ, ngành, tỉnh', `Điều 26 ${LAW}`, 'V'),
        judge(
          'party_org_strong',
          'Nội bộ đoàn kết; tổ chức đảng, đoàn thể hoàn thành xuất sắc nhiệm vụ',
          `Điều 26 ${LAW}`,
          'V',
        ),
        judge(
          'thrift_anti_corruption',
          'Tích cực thực hành tiết kiệm, chống lãng phí, phòng, chống tham nhũng, tiêu cực và các tệ nạn xã hội',
          `Điều 26 ${LAW}`,
          'V',
        ),
      ],
    },
    CO_TD_CP: {
      ...base,
      code: 'CO_TD_CP',
      name: 'Cờ thi đua của Chính phủ',
      category: 'title',
      rank: 4,
      countingPeriods: 1,
      subjectKinds: ['collective'],
      periodTypes: ['calendar', 'school'],
      decidedBy: 'Thủ tướng Chính phủ',
      decidedByBasis: LAW,
      bonus: bonus({ collective: 12.0 }, `Điểm đ khoản 2 ${bonusTitles}`, false, { collective: bonusMark }),
      criteria: [
        anyOf('leader_basis', 'Được lựa chọn trong số các tập thể dẫn đầu phong trào thi đua', `Điều 25 ${LAW}`, 'V', [
          {
            kind: 'title_held',
            id: 'co_td_tinh',
            label:
              'Dẫn đầu Cụm, Khối thi đua do bộ, ngành, tỉnh tổ chức, đã được tặng Cờ thi đua cấp bộ, ngành, tỉnh trong năm',
            title: 'CO_TD_TINH',
            basis: `Điều 25 ${LAW}`,
            mark: 'R',
          },
          judge(
            'central_cluster_leader',
            'Dẫn đầu Cụm, Khối thi đua do Hội đồng Thi đua - Khen thưởng Trung ương tổ chức',
            `Điều 25 ${LAW}`,
            'V',
          ),
          judge(
            'pm_movement_leader',
            'Dẫn đầu phong trào thi đua do Thủ tướng Chính phủ phát động có thời gian từ 05 năm trở lên',
            `Điều 25 ${LAW}`,
            'V',
          ),
        ]),
        {
          kind: 'rating',
          id: 'task_exceeded',
          label:
            'Hoàn thành vượt mức các chỉ tiêu thi đua và nhiệm vụ được giao trong năm (xếp loại hoàn thành xuất sắc nhiệm vụ)',
          minRating: 'HTXSNV',
          basis: `Điều 25 ${LAW}`,
          mark: 'R',
        },
        judge('outstanding_national', 'Là tập thể tiêu biểu xuất sắc trong toàn quốc', `Điều 25 ${LAW}`, 'R'),
        judge('new_models', 'Có nhân tố mới, mô hình mới tiêu biểu để cả nước học tập', `Điều 25 ${LAW}`, 'R'),
        judge(
          'party_org_strong',
          'Nội bộ đoàn kết; tổ chức đảng, đoàn thể trong sạch, vững mạnh; thực hành tiết kiệm, chống lãng phí, tham nhũng',
          `Điều 25 ${LAW}`,
          'R',
        ),
      ],
    },
    XA_TIEU_BIEU: {
      ...base,
      code: 'XA_TIEU_BIEU',
      name: era === '2025' ? 'Xã, phường, đặc khu tiêu biểu' : 'Xã, phường, thị trấn tiêu biểu',
      category: 'title',
      rank: 1,
      countingPeriods: 1,
      subjectKinds: ['commune'],
      periodTypes: ['calendar'],
      decidedBy: 'Chủ tịch UBND cấp tỉnh',
      decidedByBasis: ND86,
      bonus: bonus({ commune: 2.0 }, `Điểm c khoản 2 ${bonusTitles}`, false, { commune: bonusMark }),
      intervalMark: 'U',
      criteria: [
        judge(
          'socio_economic_tasks',
          'Hoàn thành các chỉ tiêu phát triển kinh tế - xã hội, quốc phòng, an ninh được giao',
          `${ND86}, tiêu chuẩn xã, phường, thị trấn tiêu biểu`,
          'V',
        ),
        judge(
          'stable_economy',
          'Đời sống kinh tế của Nhân dân ổn định, từng bước được nâng cao',
          `${ND86}, tiêu chuẩn xã, phường, thị trấn tiêu biểu`,
          'V',
        ),
        judge(
          'healthy_culture',
          'Đời sống văn hóa, tinh thần lành mạnh, phong phú',
          `${ND86}, tiêu chuẩn xã, phường, thị trấn tiêu biểu`,
          'V',
        ),
        judge(
          'environment_safe',
          'Môi trường an toàn, sạch, đẹp',
          `${ND86}, tiêu chuẩn xã, phường, thị trấn tiêu biểu`,
          'V',
        ),
        judge(
          'policy_compliance',
          'Chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước',
          `${ND86}, tiêu chuẩn xã, phường, thị trấn tiêu biểu`,
          'V',
        ),
      ],
    },
    THON_VH: {
      ...base,
      code: 'THON_VH',
      name: 'Thôn, tổ dân phố văn hóa',
      category: 'title',
      rank: 1,
      countingPeriods: 1,
      subjectKinds: ['village'],
      periodTypes: ['calendar'],
      decidedBy: communeOrDistrict('Chủ tịch UBND cấp xã', 'Chủ tịch UBND cấp huyện'),
      decidedByBasis: era === '2025' ? `Điều 59 ${ND129}` : `Khoản 2 Điều 80 ${LAW}`,
      bonus: bonus({ village: 1.5 }, `Điểm d khoản 2 ${bonusTitles}`, false, { village: bonusMark }),
      intervalMark: 'U',
      criteria: [
        judge(
          'economic_life',
          'Đời sống kinh tế ổn định và từng bước phát triển',
          `${ND86}, tiêu chuẩn thôn, tổ dân phố văn hóa; quy định của tỉnh`,
          'R',
        ),
        judge(
          'cultural_life',
          'Đời sống văn hóa, tinh thần lành mạnh, phong phú',
          `${ND86}, tiêu chuẩn thôn, tổ dân phố văn hóa; quy định của tỉnh`,
          'R',
        ),
        judge(
          'environment',
          'Môi trường cảnh quan sạch, đẹp, an toàn',
          `${ND86}, tiêu chuẩn thôn, tổ dân phố văn hóa; quy định của tỉnh`,
          'R',
        ),
        judge(
          'law_security',
          'Chấp hành tốt chủ trương, chính sách, pháp luật; giữ vững an ninh, trật tự',
          `${ND86}, tiêu chuẩn thôn, tổ dân phố văn hóa; quy định của tỉnh`,
          'R',
        ),
        judge(
          'solidarity',
          'Có tinh thần đoàn kết, tương trợ, giúp đỡ nhau trong cộng đồng',
          `${ND86}, tiêu chuẩn thôn, tổ dân phố văn hóa; quy định của tỉnh`,
          'R',
        ),
      ],
    },
    GD_VH: {
      ...base,
      code: 'GD_VH',
      name: 'Gia đình văn hóa',
      category: 'title',
      rank: 1,
      countingPeriods: 1,
      subjectKinds: ['household'],
      periodTypes: ['calendar'],
      decidedBy: 'Chủ tịch UBND cấp xã',
      decidedByBasis: `Khoản 3 Điều 80 ${LAW}; ${commune}`,
      bonus: bonus(
        { household: 0 },
        `${decree}: không quy định mức tiền thưởng cho danh hiệu "Gia đình văn hóa"`,
        false,
        { household: 'U' },
      ),
      criteria: [
        judge(
          'law_compliance',
          'Gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước',
          `${ND86}, tiêu chuẩn Gia đình văn hóa`,
          'V',
        ),
        judge(
          'movement_participation',
          'Tích cực tham gia phong trào thi đua lao động, sản xuất, học tập, bảo vệ an ninh, trật tự ở địa phương',
          `${ND86}, tiêu chuẩn Gia đình văn hóa`,
          'V',
        ),
        judge(
          'family_wellbeing',
          'Gia đình no ấm, tiến bộ, hạnh phúc, văn minh; đoàn kết, tương trợ trong cộng đồng',
          `${ND86}, tiêu chuẩn Gia đình văn hóa`,
          'V',
        ),
      ],
    },
    GIAY_KHEN: {
      ...base,
      code: 'GIAY_KHEN',
      name: 'Giấy khen',
      category: 'form',
      subjectKinds: ['individual', 'collective', 'household', 'village'],
      periodTypes: ['ad_hoc'],
      repeatInPeriod: 'judgement',
      decidedBy:
        'Chủ tịch UBND cấp xã; thủ trưởng cơ quan, đơn vị có tư cách pháp nhân; giám đốc doanh nghiệp, hợp tác xã',
      decidedByBasis: `Điều 80 ${LAW}; ${commune}`,
      bonus: bonus({ individual: 0.3, collective: 0.6, village: 0.6 }, bonusForms, true, {
        individual: 'V',
        collective: 'V',
        household: 'R',
        village: 'R',
      }),
      criteria: [
        lawCompliance(`Khoản 1 Điều 75 ${LAW}`, 'R'),
        {
          kind: 'rating',
          id: 'task_completed_well',
          label: 'Hoàn thành tốt nhiệm vụ',
          minRating: 'HTTNV',
          basis: `Điều 75 ${LAW}; tiêu chuẩn chi tiết do bộ, tỉnh quy định (khoản 2 Điều 75)`,
          mark: 'R',
          ...IND_COLL(),
        },
        judge('internal_unity', 'Nội bộ đoàn kết', `Điều 75 ${LAW}`, 'R', COLL()),
        judge(
          'achievement',
          'Có thành tích được bình xét trong phong trào thi đua, hoặc lập được nhiều thành tích, thành tích đột xuất có phạm vi ảnh hưởng trong cơ quan, đơn vị, địa phương',
          `Điều 75 ${LAW}`,
          'R',
          IND_COLL(),
        ),
        judge(
          'contribution',
          'Có đóng góp về công sức, đất đai, tài sản cho địa phương, xã hội, hoặc có thành tích trong phong trào thi đua',
          `Điều 75 ${LAW}`,
          'R',
          HH(),
        ),
      ],
    },
    BK_TINH: {
      ...base,
      code: 'BK_TINH',
      name: 'Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh',
      category: 'form',
      subjectKinds: ['individual', 'collective', 'household', 'village'],
      periodTypes: ['ad_hoc'],
      repeatInPeriod: 'judgement',
      decidedBy: 'Chủ tịch UBND cấp tỉnh (bộ trưởng, thủ trưởng ban, ngành trung ương)',
      decidedByBasis: `Điều 80 ${LAW}`,
      bonus: bonus(
        { individual: 1.5, collective: 3.0, village: 3.0 },
        `${bonusForms} (khoản 1: cá nhân; khoản 2: tập thể)`,
        true,
        { individual: 'V', collective: 'V', household: 'R', village: 'R' },
      ),
      restartAfterSameAward: true,
      criteria: [
        lawCompliance(`Điều 74 ${LAW}`, 'R'),
        judge('internal_unity', 'Nội bộ đoàn kết', `Điều 74 ${LAW}`, 'R', COLL()),
        anyOf(
          'achievement_basis',
          'Đạt một trong các tiêu chuẩn thành tích của Bằng khen cấp tỉnh',
          `Điều 74 ${LAW}`,
          'R',
          [
            judge(
              'movement',
              'Có thành tích xuất sắc được bình xét trong phong trào thi đua',
              `Điều 74 ${LAW}`,
              'R',
              IND_COLL(),
            ),
            judge(
              'many_or_ad_hoc',
              'Lập được nhiều thành tích hoặc thành tích đột xuất có phạm vi ảnh hưởng trong bộ, ngành, tỉnh',
              `Điều 74 ${LAW}`,
              'R',
              IND_COLL(),
            ),
            {
              kind: 'rating_streak',
              id: 'htxsnv_2_initiatives_2',
              label:
                'Có 02 năm liên tục trở lên hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 02 sáng kiến được công nhận và áp dụng hiệu quả trong phạm vi cơ sở',
              length: 2,
              minRating: 'HTXSNV',
              initiatives: { minScope: 'co_so', count: 2 },
              basis: `Điều 74 ${LAW}`,
              mark: 'R',
              ...IND(),
            },
            {
              kind: 'rating_streak',
              id: 'htxsnv_2',
              label: 'Có 02 năm liên tục hoàn thành xuất sắc nhiệm vụ',
              length: 2,
              minRating: 'HTXSNV',
              basis: `Điều 74 ${LAW}`,
              mark: 'R',
              ...COLL(),
            },
            judge(
              'contribution',
              'Có nhiều đóng góp về công sức, đất đai, tài sản cho địa phương, xã hội',
              `Điều 74 ${LAW}`,
              'R',
              HH(),
            ),
          ],
        ),
      ],
    },
    BK_TTG: {
      ...base,
      code: 'BK_TTG',
      name: 'Bằng khen của Thủ tướng Chính phủ',
      category: 'form',
      subjectKinds: ['individual', 'collective', 'household', 'village'],
      periodTypes: ['ad_hoc'],
      repeatInPeriod: 'judgement',
      decidedBy: 'Thủ tướng Chính phủ (tỉnh trình, Bộ Nội vụ thẩm định)',
      decidedByBasis: `Khoản 1 Điều 73 ${LAW}; QĐ 311/QĐ-BNV`,
      bonus: bonus(
        { individual: 3.5, collective: 7.0, village: 7.0 },
        `${bonusForms} (khoản 1: cá nhân; khoản 2: tập thể)`,
        true,
        { individual: 'V', collective: 'V', household: 'R', village: 'R' },
      ),
      restartAfterSameAward: true,
      criteria: [
        lawCompliance(`Điều 73 ${LAW}`, 'V'),
        judge(
          'internal_unity',
          'Nội bộ đoàn kết, tổ chức đảng, đoàn thể trong sạch, vững mạnh',
          `Khoản 2 Điều 73 ${LAW}`,
          'R',
          COLL(),
        ),
        anyOf(
          'achievement_basis',
          'Đạt một trong các tiêu chuẩn thành tích của Bằng khen của Thủ tướng Chính phủ',
          `Điều 73 ${LAW}`,
          'V',
          [
            judge(
              'movement_national',
              'Có thành tích xuất sắc tiêu biểu được bình xét trong các phong trào thi đua do Chủ tịch nước hoặc Thủ tướng Chính phủ phát động',
              `Điểm a khoản 1 Điều 73 ${LAW}`,
              'V',
              IND_COLL(),
            ),
            {
              kind: 'window_after',
              id: 'bk_tinh_5_years',
              label:
                'Đã được tặng Bằng khen cấp bộ, ban, ngành, tỉnh, 05 năm tiếp theo trở lên liên tục hoàn thành tốt nhiệm vụ trở lên, trong thời gian đó có 03 lần được tặng danh hiệu "Chiến sĩ thi đua cơ sở"',
              prerequisite: 'BK_TINH',
              minPeriods: 5,
              minRating: 'HTTNV',
              titles: [{ title: 'CSTD_CS', count: 3 }],
              basis: `Điểm b khoản 1 Điều 73 ${LAW}`,
              mark: 'V',
              ...IND(),
            },
            {
              kind: 'window_after',
              id: 'bk_tinh_5_years_collective',
              label:
                'Đã được tặng Bằng khen cấp bộ, ban, ngành, tỉnh, 05 năm tiếp theo trở lên liên tục hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 01 lần được tặng Cờ thi đua cấp bộ, ngành, tỉnh hoặc 02 lần đạt danh hiệu "Tập thể lao động xuất sắc"',
              prerequisite: 'BK_TINH',
              minPeriods: 5,
              minRating: 'HTXSNV',
              titles: [],
              anyOf: [
                { title: 'CO_TD_TINH', count: 1 },
                { title: 'TT_LDXS', count: 2 },
              ],
              basis: `Khoản 2 Điều 73 ${LAW}`,
              mark: 'R',
              ...COLL(),
            },
            judge(
              'wide_influence',
              'Lập được nhiều thành tích hoặc thành tích đột xuất có phạm vi ảnh hưởng trong bộ, ban, ngành, tỉnh, hoặc đạt giải thưởng khu vực',
              `Điểm c khoản 1 Điều 73 ${LAW}`,
              'V',
              IND_COLL(),
            ),
            judge(
              'development_contribution',
              'Có đóng góp vào sự phát triển kinh tế - xã hội, ứng dụng tiến bộ khoa học, kỹ thuật, công tác xã hội, từ thiện nhân đạo',
              `Điểm d khoản 1 Điều 73 ${LAW}`,
              'V',
              IND(),
            ),
            judge(
              'contribution',
              'Có nhiều đóng góp về công sức, đất đai, tài sản cho địa phương, xã hội',
              `Khoản 3 Điều 73 ${LAW}`,
              'R',
              HH(),
            ),
          ],
        ),
      ],
    },
    HCLD_3: {
      ...base,
      code: 'HCLD_3',
      name: 'Huân chương Lao động hạng Ba',
      category: 'form',
      subjectKinds: ['individual', 'collective'],
      periodTypes: ['ad_hoc'],
      decidedBy: 'Chủ tịch nước, theo đề nghị của Thủ tướng Chính phủ',
      decidedByBasis: LAW,
      bonus: bonus({ individual: 4.5, collective: 9.0 }, bonusOrders, false, {
        individual: 'R',
        collective: bonusMark,
      }),
      restartAfterSameAward: true,
      criteria: [
        lawCompliance(`Điều 44 ${LAW}`, 'R'),
        anyOf(
          'achievement_basis',
          'Đạt một trong các tiêu chuẩn của Huân chương Lao động hạng Ba',
          `Điều 44 ${LAW}`,
          'V',
          [
            judge(
              'ad_hoc_outstanding',
              'Lập được thành tích xuất sắc đột xuất, hoặc có phát minh, sáng chế, công trình khoa học, tác phẩm có giá trị được Nhà nước ghi nhận',
              `Điều 44 ${LAW}`,
              'U',
              IND_COLL(),
            ),
            {
              kind: 'window_after',
              id: 'bk_ttg_5_years',
              label:
                'Đã được tặng Bằng khen của Thủ tướng Chính phủ, 05 năm tiếp theo trở lên liên tục hoàn thành tốt nhiệm vụ trở lên, trong thời gian đó có 01 năm hoàn thành xuất sắc nhiệm vụ và 03 lần được tặng danh hiệu "Chiến sĩ thi đua cơ sở"',
              prerequisite: 'BK_TTG',
              minPeriods: 5,
              minRating: 'HTTNV',
              titles: [{ title: 'CSTD_CS', count: 3 }],
              topRating: { rating: 'HTXSNV', count: 1 },
              basis: `Điểm e khoản 1 Điều 44 ${LAW}`,
              mark: 'V',
              ...IND(),
            },
            {
              kind: 'window_after',
              id: 'bk_ttg_5_years_collective',
              label:
                'Đã được tặng Bằng khen của Thủ tướng Chính phủ, 05 năm tiếp theo trở lên liên tục hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 01 lần được tặng Cờ thi đua của Chính phủ hoặc 02 lần Cờ thi đua cấp bộ, ngành, tỉnh',
              prerequisite: 'BK_TTG',
              minPeriods: 5,
              minRating: 'HTXSNV',
              titles: [],
              anyOf: [
                { title: 'CO_TD_CP', count: 1 },
                { title: 'CO_TD_TINH', count: 2 },
              ],
              basis: `Khoản 2 Điều 44 ${LAW}`,
              mark: 'U',
              ...COLL(),
            },
          ],
        ),
      ],
    },

    // Catalogue awards beyond the contract's codes (the contract's doors do not accept them).
    KNC_TINH: {
      ...base,
      code: 'KNC_TINH',
      name: 'Kỷ niệm chương của tỉnh',
      category: 'form',
      subjectKinds: ['individual'],
      periodTypes: ['ad_hoc'],
      decidedBy: 'Chủ tịch UBND cấp tỉnh (theo quy định của tỉnh)',
      decidedByBasis: `Điều 9 ${LAW}; quy định của UBND tỉnh`,
      bonus: {
        multipliers: { individual: 0.6 },
        householdFromIndividual: false,
        basis: `${decree} (mức tiền thưởng kỷ niệm chương): không quá 0,6 lần mức lương cơ sở; Kỷ niệm chương của Ủy ban Thường vụ Quốc hội không quá 0,8 lần`,
        marks: { individual: 'U' },
        note: 'Hệ số 0,6 là mức trần (Kỷ niệm chương của Ủy ban Thường vụ Quốc hội: 0,8), không phải mức cố định; tỉnh có thể quy định thấp hơn',
      },
      criteria: [
        judge(
          'provincial_criteria',
          'Đạt tiêu chuẩn xét tặng Kỷ niệm chương theo quy định của tỉnh (bộ, ngành): thời gian công tác, đóng góp cho sự phát triển của tỉnh',
          `Điều 9 ${LAW}; tiêu chuẩn do UBND tỉnh (bộ, ngành) quy định`,
          'U',
        ),
      ],
    },
    CONG_HIEN: {
      ...base,
      code: 'CONG_HIEN',
      name: 'Khen thưởng quá trình cống hiến',
      category: 'form',
      track: 'cong_hien',
      subjectKinds: ['individual'],
      periodTypes: ['ad_hoc'],
      decidedBy: 'Chủ tịch nước hoặc Thủ tướng Chính phủ (theo hình thức khen thưởng)',
      decidedByBasis: `Điều 8 ${LAW}; Điều 4, Điều 9 ${decree}`,
      bonus: {
        multipliers: {},
        householdFromIndividual: false,
        basis: `${bonusOrders}; ${bonusForms}: mức tiền thưởng theo hình thức khen thưởng được tặng`,
        marks: {},
        undetermined:
          'Mức tiền thưởng tùy hình thức khen thưởng được quyết định (huân chương, bằng khen…), chưa xác định được khi xét điều kiện',
      },
      criteria: [
        judge(
          'leadership_tenure',
          'Có đủ thời gian giữ chức vụ lãnh đạo, quản lý theo quy định (nữ được giảm 1/3 thời gian so với quy định chung)',
          `Điều 4, Điều 9 ${decree}`,
          'V',
        ),
        judge('at_retirement', 'Được xem xét khi nghỉ hưu (nghỉ chế độ)', `Điều 4, Điều 9 ${decree}`, 'V'),
        {
          kind: 'no_discipline_ever',
          id: 'no_discipline_in_post',
          label: 'Không bị kỷ luật trong thời gian giữ chức vụ',
          minDiscipline: 'khien_trach',
          basis: `Điều 4, Điều 9 ${decree}`,
          mark: 'V',
        },
      ],
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The rule sets

export const NATIONAL_2024: NationalRuleSet = {
  id: 'VN-2024-01',
  name: 'Quy định toàn quốc theo Luật Thi đua, khen thưởng 2022 và Nghị định 98/2023/NĐ-CP',
  citation: `${LAW} (Luật số 06/2022/QH15); ${ND98}; ${ND86}; Thông tư 01/2024/TT-BNV`,
  effectiveFrom: '2024-01-01',
  effectiveTo: '2025-06-30',
  scope: 'national',
  params: nationalParams(ND98, `${ND98} (nguyên tắc tính tiền thưởng)`),
  general: generalRules(ND98),
  awards: nationalAwards('2024'),
};

export const NATIONAL_2025: NationalRuleSet = {
  id: 'VN-2025-07',
  name: 'Quy định toàn quốc theo Luật Thi đua, khen thưởng 2022, Nghị định 152/2025/NĐ-CP và Nghị định 129/2025/NĐ-CP',
  citation: `${LAW} (Luật số 06/2022/QH15); ${ND152}; ${ND129}; ${ND86}`,
  effectiveFrom: '2025-07-01',
  effectiveTo: null,
  scope: 'national',
  params: nationalParams(ND152, `Khoản 2 Điều 49 ${ND152}`),
  general: generalRules(ND152),
  awards: nationalAwards('2025'),
};

const bnA = `Điểm a khoản 3 Điều 3 ${BN}`;
const bnC = `Điểm c khoản 3 Điều 3 ${BN}`;
const bnD = `Điểm d khoản 3 Điều 3 ${BN}`;

/** Bắc Ninh's criteria for the chairman's Bằng khen: more alternatives than the national text. */
export const BAC_NINH_2025: ProvincialRuleSet = {
  id: 'bac_ninh-2025-12',
  name: 'Quy định về công tác thi đua, khen thưởng tỉnh Bắc Ninh',
  citation: 'Quyết định 86/2025/QĐ-UBND ngày 03/12/2025 của UBND tỉnh Bắc Ninh',
  effectiveFrom: '2025-12-15',
  effectiveTo: null,
  scope: 'bac_ninh',
  aliases: ['bac-ninh', 'bacninh', 'bn', 'bắc ninh'],
  provinceName: 'tỉnh Bắc Ninh',
  coverage: 'provincial',
  notice:
    'Tiêu chuẩn Bằng khen của Chủ tịch UBND tỉnh theo Quy định ban hành kèm theo Quyết định 86/2025/QĐ-UBND ngày 03/12/2025 của UBND tỉnh Bắc Ninh; các nội dung khác theo quy định chung của Trung ương.',
  sources: [
    {
      number: '86/2025/QĐ-UBND',
      issuer: 'UBND tỉnh Bắc Ninh',
      title: 'Ban hành Quy định về công tác thi đua, khen thưởng tỉnh Bắc Ninh',
      issuedOn: '2025-12-03',
      effectiveFrom: '2025-12-15',
      url: 'https://github.com/tnt305/tai_lieu_noi_bo/blob/main/src/etl/dataset/45fb7c4784bcce3a.md',
      read: 'full',
      status: 'current',
      note: 'Toàn văn (bản sao của thuvienphapluat.vn). Đã đưa vào hệ thống: tiêu chuẩn Bằng khen của Chủ tịch UBND tỉnh (khoản 3 Điều 3 của Quy định).',
    },
  ],
  checkedOn: '2026-12-07',
  awards: {
    BK_TINH: {
      criteria: [
        judge(
          'law_compliance',
          'Gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước',
          `Khoản 3 Điều 3 ${BN}`,
          'V',
        ),
        judge('internal_unity', 'Nội bộ đoàn kết', bnC, 'V', COLL()),
        anyOf(
          'achievement_basis',
          'Đạt một trong các tiêu chuẩn thành tích của Bằng khen của Chủ tịch UBND tỉnh',
          `Khoản 3 Điều 3 ${BN}; Điều 74 ${LAW}`,
          'V',
          [
            judge(
              'movement',
              'Có thành tích xuất sắc được bình xét trong các phong trào thi đua do tỉnh phát động',
              bnA,
              'V',
              IND(),
            ),
            judge(
              'many_or_ad_hoc',
              'Lập được nhiều thành tích hoặc thành tích đột xuất, có phạm vi ảnh hưởng ở một trong các lĩnh vực thuộc phạm vi quản lý của tỉnh',
              bnA,
              'V',
              IND(),
            ),
            judge(
              'development_contribution',
              'Có đóng góp vào sự phát triển kinh tế - xã hội, ứng dụng tiến bộ khoa học, kỹ thuật, công tác xã hội, từ thiện nhân đạo',
              `${bnA}; ${bnC}`,
              'V',
              IND_COLL(),
            ),
            {
              kind: 'title_streak',
              id: 'cstdcs_2',
              label: 'Có 02 lần liên tục được tặng danh hiệu "Chiến sĩ thi đua cơ sở"',
              title: 'CSTD_CS',
              length: 2,
              basis: bnA,
              mark: 'V',
              ...IND(),
            },
            {
              kind: 'rating_streak',
              id: 'htxsnv_2_initiatives_2',
              label:
                'Có liên tục từ 02 năm trở lên hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 02 sáng kiến (hoặc 02 đề tài khoa học) được công nhận và áp dụng hiệu quả trong phạm vi cơ sở',
              length: 2,
              minRating: 'HTXSNV',
              initiatives: { minScope: 'co_so', count: 2 },
              basis: bnA,
              mark: 'V',
              ...IND(),
            },
            judge(
              'worker_farmer_local',
              'Công nhân, nông dân, người lao động lập được nhiều thành tích trong lao động, sản xuất, có phạm vi ảnh hưởng trong địa bàn cấp xã, cơ quan, đơn vị, doanh nghiệp',
              bnA,
              'V',
              { subjects: ['individual'], groups: ['worker_farmer'] },
            ),
            judge(
              'movement_collective',
              'Có thành tích xuất sắc được bình xét trong phong trào thi đua',
              bnC,
              'V',
              COLL(),
            ),
            judge(
              'ad_hoc_collective',
              'Lập được thành tích xuất sắc đột xuất, có phạm vi ảnh hưởng trong từng lĩnh vực thuộc phạm vi quản lý của tỉnh',
              bnC,
              'V',
              COLL(),
            ),
            allOf(
              'htxsnv_or_ttldxs_2',
              'Có 02 năm liên tục hoàn thành xuất sắc nhiệm vụ hoặc đạt danh hiệu "Tập thể lao động xuất sắc", thực hiện tốt dân chủ ở cơ sở, chăm lo đời sống, thực hành tiết kiệm, phòng, chống tham nhũng',
              bnC,
              'V',
              [
                {
                  kind: 'rating_streak',
                  id: 'streak',
                  label:
                    'Có 02 năm liên tục hoàn thành xuất sắc nhiệm vụ hoặc đạt danh hiệu "Tập thể lao động xuất sắc"',
                  length: 2,
                  minRating: 'HTXSNV',
                  orTitle: 'TT_LDXS',
                  basis: bnC,
                  mark: 'V',
                },
                judge(
                  'democracy_welfare',
                  'Thực hiện tốt dân chủ ở cơ sở, tổ chức tốt các phong trào thi đua; chăm lo đời sống vật chất, tinh thần trong tập thể; thực hành tiết kiệm, chống lãng phí; phòng, chống tham nhũng, tiêu cực',
                  bnC,
                  'V',
                ),
              ],
              COLL(),
            ),
            judge(
              'contribution',
              'Có nhiều đóng góp về công sức, đất đai và tài sản cho địa phương, xã hội',
              bnD,
              'V',
              HH(),
            ),
          ],
        ),
      ],
    },
  },
};

export const RULE_SETS: RuleSet[] = [NATIONAL_2024, NATIONAL_2025, BAC_NINH_2025, ...SEED_PROVINCE_RULE_SETS];

// ---------------------------------------------------------------------------------------------
// Resolution

/** 'Bắc Ninh' → 'bac_ninh'; 'BN' → 'bn'. */
export function normalizeProvinceCode(code: string): string {
  return code
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9]+/gu, '_');
}

function inForce(set: RuleSet, date: string): boolean {
  return set.effectiveFrom <= date && (set.effectiveTo === null || date <= set.effectiveTo);
}

function latest<T extends RuleSet>(sets: T[]): T | undefined {
  return [...sets].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0];
}

function matchesProvince(set: ProvincialRuleSet, code: string): boolean {
  const want = normalizeProvinceCode(code);
  return [set.scope, ...set.aliases].some((c) => normalizeProvinceCode(c) === want);
}

export interface ResolveOptions {
  /** Rule sets to choose from (default RULE_SETS). */
  ruleSets?: RuleSet[];
  /** Administrator's overrides; those in force on the decision date are applied. */
  overrides?: ParamOverride[];
}

export interface ResolvedRules {
  rules: Rules;
  /** Overrides that could not be applied (unknown key, wrong type); the rest still apply. */
  overrideErrors: OverrideError[];
}

/**
 * Merges a provincial overlay into a national set: an award's given fields replace the national
 * ones. A set whose coverage is 'national' replaces nothing: the rules are the national set's,
 * under its id and citations, and `province` says that the national rules apply there.
 */
export function mergeRuleSets(national: NationalRuleSet, provincial?: ProvincialRuleSet): Rules {
  const province = provincial
    ? {
        code: provincial.scope,
        setId: provincial.id,
        name: provincial.provinceName,
        coverage: provincial.coverage,
        notice: provincial.notice,
      }
    : undefined;
  if (provincial?.coverage === 'national') return { ...mergeRuleSets(national), province };
  const awards = copyRuleData(national.awards);
  if (provincial) {
    for (const [code, patch] of Object.entries(provincial.awards) as Array<[CatalogueAwardCode, Partial<AwardRule>]>) {
      awards[code] = { ...awards[code], ...copyRuleData(patch), code };
    }
  }
  return {
    id: provincial ? `${national.id}+${provincial.id}` : national.id,
    name: provincial ? `${national.name}; ${provincial.name}` : national.name,
    citations: provincial ? [national.citation, provincial.citation] : [national.citation],
    params: { ...copyRuleData(national.params), ...copyRuleData(provincial?.params ?? {}) },
    general: copyRuleData(national.general),
    awards,
    appliedOverrides: [],
    ...(province ? { province } : {}),
  };
}

/**
 * The rules in force on `decisionDate`: the national set, the province's overlay when
 * `provinceCode` names one in force, then the overrides in force. Null when no national set
 * covers the date.
 */
export function resolveRules(
  decisionDate: string,
  provinceCode?: string,
  options: ResolveOptions = {},
): ResolvedRules | null {
  const sets = options.ruleSets ?? RULE_SETS;
  const national = latest(sets.filter((s): s is NationalRuleSet => s.scope === 'national' && inForce(s, decisionDate)));
  if (!national) return null;
  const provincial = provinceCode
    ? latest(
        sets.filter(
          (s): s is ProvincialRuleSet =>
            s.scope !== 'national' && inForce(s, decisionDate) && matchesProvince(s as ProvincialRuleSet, provinceCode),
        ),
      )
    : undefined;
  const merged = mergeRuleSets(national, provincial);
  if (!options.overrides?.length) return { rules: merged, overrideErrors: [] };
  const { rules, errors } = applyOverrides(merged, options.overrides, decisionDate);
  return { rules, overrideErrors: errors };
}

/** The earliest date any national rule set covers (for error messages). */
export function earliestRuleDate(sets: RuleSet[] = RULE_SETS): string | null {
  const dates = sets
    .filter((s) => s.scope === 'national')
    .map((s) => s.effectiveFrom)
    .sort();
  return dates[0] ?? null;
}
