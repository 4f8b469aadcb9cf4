// Name tables for the demo dataset. Weights are rough shares, not statistics; the point is that a
// TĐKT officer in Điện Biên, Lạng Sơn or the Red River delta recognises the names as local.
// All strings are NFC (the generator normalises again before output).

/** Which pool of family names fits a locality. */
export type NameRegion =
  | 'taybac' // Điện Biên, Sơn La: Thái family names (Lò, Quàng, Cầm, Lường…) beside Kinh ones
  | 'vietbac' // Lạng Sơn: Tày and Nùng family names (Hoàng, Nông, Lương, Vi…)
  | 'delta'; // Hải Phòng, Nam Định / Ninh Bình

export type Weighted<T> = readonly (readonly [T, number])[];

export const FAMILY_NAMES: Record<NameRegion, Weighted<string>> = {
  taybac: [
    ['Lò', 10], ['Quàng', 6], ['Lường', 5], ['Cầm', 4], ['Tòng', 3], ['Điêu', 2], ['Vì', 3], ['Hà', 3],
    ['Nguyễn', 9], ['Trần', 4], ['Lê', 3], ['Phạm', 3], ['Hoàng', 3], ['Vũ', 3],
    ['Đặng', 2], ['Bùi', 2], ['Đỗ', 2],
  ],
  vietbac: [
    ['Hoàng', 10], ['Nông', 8], ['Lương', 6], ['Vi', 5], ['Triệu', 4], ['Lăng', 3], ['Chu', 3], ['Hà', 3],
    ['Lộc', 3], ['Mã', 2], ['Hứa', 2], ['La', 2], ['Lý', 3], ['Nguyễn', 8], ['Dương', 3], ['Trần', 2],
    ['Lê', 2], ['Đinh', 2],
  ],
  delta: [
    ['Nguyễn', 30], ['Trần', 12], ['Phạm', 9], ['Vũ', 8], ['Lê', 7], ['Đỗ', 6], ['Bùi', 5], ['Hoàng', 4],
    ['Đặng', 4], ['Ngô', 3], ['Đinh', 3], ['Dương', 2], ['Hồ', 2], ['Phan', 2], ['Mai', 2], ['Cao', 2],
    ['Trịnh', 2], ['Tạ', 1], ['Lý', 1], ['Lương', 1],
  ],
};

/** 'Văn' only for men and 'Thị' only for women: gender can be read from these two. */
export const MALE_MIDDLE: Weighted<string> = [
  ['Văn', 12], ['Đức', 3], ['Minh', 3], ['Quang', 2], ['Hữu', 2], ['Xuân', 2], ['Mạnh', 1], ['Công', 2],
  ['Thanh', 2], ['Tiến', 1], ['Ngọc', 1], ['Trung', 1], ['Đình', 2],
];

export const FEMALE_MIDDLE: Weighted<string> = [
  ['Thị', 14], ['Thu', 2], ['Ngọc', 2], ['Thanh', 2], ['Hồng', 2], ['Minh', 1], ['Phương', 1], ['Kim', 1],
  ['Thùy', 1], ['Bích', 1], ['Hải', 1],
];

/** A second middle name after 'Thị' (e.g. 'Nguyễn Thị Hồng Nhung'). */
export const FEMALE_SECOND_MIDDLE = ['Hồng', 'Thu', 'Thanh', 'Minh', 'Ngọc', 'Kim', 'Thúy', 'Bích', 'Phương', 'Lan'];

export const MALE_GIVEN = [
  'Hùng', 'Dũng', 'Tuấn', 'Hải', 'Long', 'Nam', 'Sơn', 'Thắng', 'Cường', 'Quân', 'Huy', 'Khánh', 'Toàn',
  'Trung', 'Kiên', 'Phong', 'Đạt', 'Bình', 'Thành', 'Tùng', 'Hiếu', 'Việt', 'Hưng', 'Lâm', 'Duy', 'Tâm',
  'Chiến', 'Thịnh', 'Quyết', 'Hoàn', 'Tú', 'Vinh', 'Luân', 'Phúc', 'Anh', 'Hòa', 'Đông', 'Hậu', 'Tiến',
  'Lộc', 'Thái', 'Công', 'Nghĩa', 'Quý', 'Bảo',
];

export const FEMALE_GIVEN = [
  'Hương', 'Lan', 'Hoa', 'Mai', 'Hà', 'Linh', 'Trang', 'Hằng', 'Nhung', 'Thảo', 'Huyền', 'Ngân', 'Yến',
  'Phương', 'Dung', 'Hạnh', 'Nga', 'Thủy', 'Tuyết', 'Loan', 'Oanh', 'Nhàn', 'Quỳnh', 'Vân', 'Giang',
  'Liên', 'Thơm', 'Hiền', 'Ly', 'Chi', 'Duyên', 'Thắm', 'Huế', 'Lụa', 'Anh', 'Hậu', 'Thu', 'Tâm',
];

/** Thái family names: only these take the Thái given names below. */
export const THAI_FAMILIES = new Set(['Lò', 'Quàng', 'Lường', 'Cầm', 'Tòng', 'Điêu', 'Vì', 'Hà']);

/** Thái given names heard in Mường Lay and Sơn La, mixed in for part of the 'taybac' people. */
export const TAYBAC_MALE_GIVEN = ['Pâng', 'Xôm', 'Inh', 'Phóng', 'Khăm', 'Thoong', 'Panh', 'Chăn', 'Ngoan'];
export const TAYBAC_FEMALE_GIVEN = ['Ún', 'Xiêng', 'Pọm', 'Ỏn', 'Hom', 'Phăn', 'Lả', 'Thoa', 'Ngần'];
