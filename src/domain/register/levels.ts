// The level of the authority that decides an award (cấp quyết định), by award code, for the
// commendation register's filter and column. Dated data: a new code is a new entry here.
//
// - Cấp Nhà nước: the President's and the Prime Minister's forms and titles (Law 06/2022/QH15
//   Art. 9, 25, 44–73; biểu 0602.N/BNV-TĐKT of TT 02/2023/TT-BNV counts exactly these), and
//   "Khen thưởng quá trình cống hiến" (Huân chương, NĐ 152/2025 Art. 4, 9).
// - Cấp bộ, ngành, tỉnh: the province's own forms and titles (biểu 0603.N/BNV-TĐKT) and
//   "Xã, phường, đặc khu tiêu biểu" (Chủ tịch UBND tỉnh, NĐ 86/2023).
// - Cấp cơ sở: every other code — Giấy khen (Law Art. 75, 80(3)), LĐTT, CSTĐCS, Tập thể LĐTT,
//   Thôn, tổ dân phố văn hóa, Gia đình văn hóa (Chủ tịch UBND cấp xã, NĐ 129/2025 Art. 59) and
//   the heads of units.
//
// "Tập thể lao động xuất sắc" is decided by the Chủ tịch UBND tỉnh (Law Art. 27; tdkt-reference §2.2).
import { PROVINCE_AWARD_COLUMN, STATE_AWARD_COLUMN } from '../reports/index.js';

export const AWARD_LEVELS = ['nha_nuoc', 'tinh', 'co_so'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];

export const AWARD_LEVEL_LABELS: Record<AwardLevel, string> = {
  nha_nuoc: 'Cấp Nhà nước',
  tinh: 'Cấp bộ, ngành, tỉnh',
  co_so: 'Cấp cơ sở',
};

/** Codes decided at the state level (the rest of the lists below are explicit too). */
export const STATE_LEVEL_CODES: readonly string[] = [...Object.keys(STATE_AWARD_COLUMN), 'CONG_HIEN'];
/** Codes decided by a ministry, sector or province. */
export const PROVINCE_LEVEL_CODES: readonly string[] = [
  ...Object.keys(PROVINCE_AWARD_COLUMN),
  'XA_TIEU_BIEU',
  'TT_LDXS',
];

export function awardLevel(code: string): AwardLevel {
  if (STATE_LEVEL_CODES.includes(code)) return 'nha_nuoc';
  if (PROVINCE_LEVEL_CODES.includes(code)) return 'tinh';
  return 'co_so';
}
