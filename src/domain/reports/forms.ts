// The statistical forms of emulation and commendation (thi đua, khen thưởng) in the statistical
// reporting regime of the Home Affairs sector: Thông tư 02/2023/TT-BNV of 23/3/2023 (in force
// 10/5/2023), Phụ lục, biểu 0601.N/BNV-TĐKT to 0605.N/BNV-TĐKT. Titles, row codes (mã số), row
// labels and numbered columns are those of the annex as reproduced in public TĐKT software
// (github.com/lifephongphanmem/thiduakhenthuong, resources/views/BaoCao/TT022023/Mau0601–0605,
// checked against its forms of the predecessor TT 03/2018/TT-BNV, biểu 0701–0703). Row codes
// 04 and 05 of biểu 0602 do not exist in the form (it jumps from 03 to 06), as in its predecessor
// 0702. Biểu 0605's last row is 15 (the reproduction repeats 14 by a slip).
// Reporting period of the TĐKT field: from 01/12 of the previous year to 30/11 of the report year;
// the report is received on 15/12 of the report year (TT 02/2023, kỳ báo cáo; Sở Nội vụ Hưng Yên's
// summary of the circular). Note: TT 18/2025/TT-BNV (08/10/2025) issues a new regime of the same
// name; its TĐKT forms could not be read here, so these forms stay those of TT 02/2023.

export const STAT_FORM_CODES = ['0601', '0602', '0603', '0604', '0605'] as const;
export type StatFormCode = (typeof STAT_FORM_CODES)[number];

export const isStatFormCode = (s: unknown): s is StatFormCode =>
  typeof s === 'string' && (STAT_FORM_CODES as readonly string[]).includes(s);

/** A numbered column of a form (columns A, B, C are the label, the mã số and the unit). */
export interface FormColumn {
  no: number;
  /** The header as printed; `group` is the spanning header above it, if any. */
  label: string;
  group?: string;
  /** As printed in the numbering row, e.g. "1=(2+3+4)". */
  numbering?: string;
}

/** A line of the form: a coded row (counted) or a heading (`code` null, not counted). */
export interface FormLine {
  code: string | null;
  label: string;
  /** 0: total; 1: heading or first-level row ("- "); 2: second level ("+ ", "Trong đó"). */
  depth: 0 | 1 | 2;
  /** Column C (đơn vị tính), where the form has it. */
  unit?: string;
}

export interface FormDefinition {
  code: StatFormCode;
  /** "0603.N/BNV-TĐKT" */
  number: string;
  title: string;
  /** "Đơn vị tính" printed above the table, where the form has one. */
  unitNote?: string;
  columns: FormColumn[];
  lines: FormLine[];
  /** Column C (đơn vị tính per row) is part of the layout. */
  hasUnitColumn: boolean;
}

export const CIRCULAR = {
  ref: 'Thông tư số 02/2023/TT-BNV ngày 23/3/2023',
  /** Printed under the form number. */
  issuedBy: 'Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023 của Bộ trưởng Bộ Nội vụ',
  /** Ngày nhận báo cáo. */
  receiptDay: { day: 15, month: 12 },
  /** Kỳ báo cáo of the TĐKT field: 01/12 of the previous year to 30/11 of the report year. */
  periodStart: { day: 1, month: 12, previousYear: true },
  periodEnd: { day: 30, month: 11 },
} as const;

const line = (code: string | null, label: string, depth: 0 | 1 | 2, unit?: string): FormLine =>
  unit ? { code, label, depth, unit } : { code, label, depth };

/** Rows "chia theo đối tượng" and "phương thức" shared by biểu 0602 and 0603 (their codes differ). */
function subjectAndTrackLines(codes: string[], trackCodes: string[], headingNo: [string, string]): FormLine[] {
  const [c1, c2, c3, c4, c5, c6, c7, c8, c9] = codes;
  const [t1, t2, t3, t4, t5, t6, t7] = trackCodes;
  return [
    line(null, `${headingNo[0]}. Chia theo đối tượng khen thưởng`, 1),
    line(c1, 'Tập thể', 1, 'Tập thể'),
    line(c2, 'Trong đó: Doanh nghiệp', 2, 'Doanh nghiệp'),
    line(c3, 'Hộ gia đình', 1, 'Hộ'),
    line(c4, 'Cá nhân', 1, 'Người'),
    line(c5, 'Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên', 2, 'Người'),
    line(c6, 'Lãnh đạo cấp vụ, sở, ngành và tương đương', 2, 'Người'),
    line(c7, 'Doanh nhân', 2, 'Người'),
    line(c8, 'Các cấp lãnh đạo khác từ phó phòng trở lên', 2, 'Người'),
    line(
      c9,
      'Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu (công nhân, nông dân,...)',
      2,
      'Người',
    ),
    line(null, `${headingNo[1]}. Chia theo phương thức khen thưởng`, 1),
    line(t1, 'Thường xuyên', 1),
    line(t2, 'Chuyên đề', 1),
    line(t3, 'Đột xuất', 1),
    line(t4, 'Đối ngoại', 1),
    line(t5, 'Cống hiến', 1),
    line(t6, 'Niên hạn', 1),
    line(t7, 'Kháng chiến', 1),
  ];
}

export const FORMS: Record<StatFormCode, FormDefinition> = {
  '0601': {
    code: '0601',
    number: '0601.N/BNV-TĐKT',
    title: 'SỐ PHONG TRÀO THI ĐUA',
    unitNote: 'Đơn vị tính: Phong trào',
    hasUnitColumn: false,
    columns: [
      { no: 1, label: 'Tổng số', numbering: '1=(2+3+4)' },
      {
        no: 2,
        label: 'Cấp Trung ương (Hội đồng Thi đua - Khen thưởng Trung ương)',
        group: 'Số phong trào thi đua chia theo cấp chủ trì phát động thi đua',
      },
      {
        no: 3,
        label: 'Cấp bộ, ban, ngành, đoàn thể trung ương, tỉnh, thành phố trực thuộc Trung ương',
        group: 'Số phong trào thi đua chia theo cấp chủ trì phát động thi đua',
      },
      {
        no: 4,
        label: 'Cơ quan, tổ chức, đơn vị',
        group: 'Số phong trào thi đua chia theo cấp chủ trì phát động thi đua',
      },
    ],
    lines: [
      line('01', 'Tổng số', 0),
      line(null, '1. Chia theo phạm vi tổ chức thi đua', 1),
      line('02', 'Toàn quốc', 1),
      line('03', 'Bộ, ban, ngành, đoàn thể, địa phương', 1),
      line('04', 'Cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng các cấp tổ chức', 1),
      line('05', 'Cơ quan, tổ chức, đơn vị', 1),
      line(null, '2. Chia theo thời hạn thi đua', 1),
      line('06', 'Dưới 1 năm', 1),
      line('07', '1 năm', 1),
      line('08', 'Từ 1 năm đến dưới 3 năm', 1),
      line('09', 'Từ 3 năm đến dưới 5 năm', 1),
      line('10', 'Từ 5 năm trở lên', 1),
      line(null, '3. Chia theo phương thức tổ chức phong trào thi đua', 1),
      line('11', 'Thi đua theo chuyên đề', 1),
      line('12', 'Thi đua thường xuyên hàng năm', 1),
    ],
  },
  '0602': {
    code: '0602',
    number: '0602.N/BNV-TĐKT',
    title: 'SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC',
    hasUnitColumn: true,
    columns: [
      { no: 1, label: 'Tổng số' },
      { no: 2, label: 'Các loại huân chương, huy chương', group: 'Chia ra' },
      { no: 3, label: 'Giải thưởng Hồ Chí Minh', group: 'Chia ra' },
      { no: 4, label: 'Giải thưởng Nhà nước', group: 'Chia ra' },
      { no: 5, label: 'Danh hiệu vinh dự nhà nước', group: 'Chia ra' },
      { no: 6, label: 'Cờ thi đua của Chính phủ', group: 'Chia ra' },
      { no: 7, label: 'Bằng khen của Thủ tướng Chính phủ', group: 'Chia ra' },
      { no: 8, label: 'Danh hiệu "Chiến sĩ thi đua toàn quốc"', group: 'Chia ra' },
      { no: 9, label: 'Các hình thức khen thưởng khác', group: 'Chia ra' },
    ],
    lines: [
      line('01', 'Tổng số', 0),
      line(null, '1. Chia theo đơn vị ban hành tờ trình Thủ tướng Chính phủ về khen thưởng', 1),
      line('02', 'Bộ, ban, ngành, đoàn thể Trung ương', 1, 'Bộ, ngành'),
      line('03', 'Tỉnh, thành phố trực thuộc Trung ương', 1, 'Tỉnh, TP'),
      ...subjectAndTrackLines(
        ['06', '07', '08', '09', '10', '11', '12', '13', '14'],
        ['15', '16', '17', '18', '19', '20', '21'],
        ['2', '3'],
      ),
    ],
  },
  '0603': {
    code: '0603',
    number: '0603.N/BNV-TĐKT',
    title: 'SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG',
    hasUnitColumn: true,
    columns: [
      { no: 1, label: 'Tổng số' },
      { no: 2, label: 'Bằng khen', group: 'Chia ra' },
      { no: 3, label: 'Chiến sĩ thi đua cấp bộ, cấp tỉnh', group: 'Chia ra' },
      {
        no: 4,
        label: 'Cờ thi đua của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương',
        group: 'Chia ra',
      },
      {
        no: 5,
        label:
          'Huy hiệu (kỷ niệm chương) của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương',
        group: 'Chia ra',
      },
    ],
    lines: [
      line('01', 'Tổng số', 0),
      ...subjectAndTrackLines(
        ['02', '03', '04', '05', '06', '07', '08', '09', '10'],
        ['11', '12', '13', '14', '15', '16', '17'],
        ['1', '2'],
      ),
    ],
  },
  '0604': {
    code: '0604',
    number: '0604.N/BNV-TĐKT',
    title:
      'SỐ LƯỢNG TỔ CHỨC LÀM CÔNG TÁC THI ĐUA, KHEN THƯỞNG CỦA BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG, TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG',
    hasUnitColumn: true,
    columns: [{ no: 1, label: 'Số lượng' }],
    lines: [
      line('01', 'Tổng số', 0, 'Tổ chức'),
      line(null, 'Chia theo cơ cấu tổ chức bộ máy', 1),
      line('02', 'Cấp Vụ thuộc bộ, ban, ngành, đoàn thể Trung ương', 1, 'Vụ'),
      line('03', 'Cấp phòng, ban hoặc bộ phận thuộc Vụ', 1, 'Phòng'),
      line('04', 'Cấp ban thuộc Sở Nội vụ', 1, 'Ban'),
      line('05', 'Cấp phòng thuộc Sở Nội vụ', 1, 'Phòng'),
    ],
  },
  '0605': {
    code: '0605',
    number: '0605.N/BNV-TĐKT',
    title:
      'SỐ LƯỢNG CÔNG CHỨC LÀM CÔNG TÁC THI ĐUA, KHEN THƯỞNG CỦA BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG, TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG',
    unitNote: 'Đơn vị tính: Người',
    hasUnitColumn: false,
    columns: [
      { no: 1, label: 'Tổng số', group: 'Số lượng (Người)' },
      { no: 2, label: 'Trong đó: Nữ', group: 'Số lượng (Người)' },
    ],
    lines: [
      line('01', 'Tổng số', 0),
      line(null, '1. Chia theo độ tuổi', 1),
      line('02', 'Từ 30 trở xuống', 1),
      line('03', 'Từ 31 đến 40', 1),
      line('04', 'Từ 41 đến 50', 1),
      line('05', 'Từ 51 đến 55', 1),
      line('06', 'Từ 56 đến 60', 1),
      line('07', 'Trên 60 tuổi', 1),
      line(null, '2. Chia theo trình độ đào tạo', 1),
      line('08', 'Sơ cấp', 1),
      line('09', 'Trung cấp', 1),
      line('10', 'Cao đẳng', 1),
      line('11', 'Đại học', 1),
      line('12', 'Trên đại học', 1),
      line(null, '3. Chia theo thâm niên công tác trong lĩnh vực thi đua, khen thưởng', 1),
      line('13', 'Dưới 5 năm', 1),
      line('14', 'Từ 5 đến dưới 10 năm', 1),
      line('15', 'Từ 10 năm trở lên', 1),
    ],
  },
};

/** The coded rows of a form, in order. */
export const codedLines = (form: StatFormCode) =>
  FORMS[form].lines.filter((l): l is FormLine & { code: string } => l.code !== null);

/** Kinds of TĐKT organisations counted by biểu 0604 (organisations.tdkt_office). */
export const TDKT_OFFICE_KINDS = ['vu', 'phong_thuoc_vu', 'ban_so_noi_vu', 'phong_so_noi_vu'] as const;
export type TdktOfficeKind = (typeof TDKT_OFFICE_KINDS)[number];
export const TDKT_OFFICE_LABELS: Record<TdktOfficeKind, string> = {
  vu: 'Vụ thuộc bộ, ban, ngành, đoàn thể Trung ương',
  phong_thuoc_vu: 'Phòng, ban hoặc bộ phận thuộc Vụ',
  ban_so_noi_vu: 'Ban thuộc Sở Nội vụ',
  phong_so_noi_vu: 'Phòng thuộc Sở Nội vụ',
};

/** Training levels counted by biểu 0605 rows 08–12 (people.education_level): the registry's vocabulary. */
export { EDUCATION_LEVEL_LABELS, EDUCATION_LEVELS, type EducationLevel } from '../registry/vocab.js';
