// Vocabulary of the registry (organisations, people, households, history), shared by the
// database schema, the Zod schemas at the boundaries, the demo data and the web app.
// Each list is the stable code stored in the database; Vietnamese labels live beside it.

export const ORG_TYPES = [
  'province', // tỉnh, thành phố trực thuộc trung ương (the tenant's root)
  'provincial_agency', // sở, ban, ngành, văn phòng UBND tỉnh
  'commune', // xã
  'ward', // phường
  'special_zone', // đặc khu
  'agency', // cơ quan chuyên môn, phòng thuộc UBND xã
  'public_service', // đơn vị sự nghiệp công lập (trung tâm dịch vụ...)
  'school', // trường học
  'health', // trạm y tế
  'village', // thôn, bản
  'residential_group', // tổ dân phố
  'enterprise', // doanh nghiệp, hợp tác xã
  'mass_org', // Mặt trận, đoàn thể chính trị - xã hội
  'party_org', // tổ chức Đảng
  'other',
] as const;
export type OrgType = (typeof ORG_TYPES)[number];

export const ORG_TYPE_LABELS: Record<OrgType, string> = {
  province: 'Tỉnh, thành phố',
  provincial_agency: 'Sở, ban, ngành cấp tỉnh',
  commune: 'Xã',
  ward: 'Phường',
  special_zone: 'Đặc khu',
  agency: 'Cơ quan chuyên môn',
  public_service: 'Đơn vị sự nghiệp',
  school: 'Trường học',
  health: 'Cơ sở y tế',
  village: 'Thôn, bản',
  residential_group: 'Tổ dân phố',
  enterprise: 'Doanh nghiệp, hợp tác xã',
  mass_org: 'Mặt trận, đoàn thể',
  party_org: 'Tổ chức Đảng',
  other: 'Khác',
};

/** How one organisation became another (2025 reform: merged districts and communes). */
export const ORG_LINK_KINDS = ['merge', 'split', 'rename', 'transfer'] as const;
export type OrgLinkKind = (typeof ORG_LINK_KINDS)[number];
export const ORG_LINK_KIND_LABELS: Record<OrgLinkKind, string> = {
  merge: 'Sáp nhập',
  split: 'Chia tách',
  rename: 'Đổi tên',
  transfer: 'Điều chuyển',
};

export const CLUSTER_KINDS = ['cum', 'khoi'] as const;
export type ClusterKind = (typeof CLUSTER_KINDS)[number];
export const CLUSTER_KIND_LABELS: Record<ClusterKind, string> = { cum: 'Cụm thi đua', khoi: 'Khối thi đua' };

export const CLUSTER_ROLES = ['member', 'leader', 'deputy'] as const;
export type ClusterRole = (typeof CLUSTER_ROLES)[number];
export const CLUSTER_ROLE_LABELS: Record<ClusterRole, string> = {
  member: 'Thành viên',
  leader: 'Cụm trưởng / Khối trưởng',
  deputy: 'Cụm phó / Khối phó',
};

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Record<Gender, string> = { male: 'Nam', female: 'Nữ' };

/** A person's highest training level (trình độ đào tạo), as biểu 0605.N/BNV-TĐKT rows 08–12 count it. */
export const EDUCATION_LEVELS = ['so_cap', 'trung_cap', 'cao_dang', 'dai_hoc', 'tren_dai_hoc'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
export const EDUCATION_LEVEL_LABELS: Record<EducationLevel, string> = {
  so_cap: 'Sơ cấp',
  trung_cap: 'Trung cấp',
  cao_dang: 'Cao đẳng',
  dai_hoc: 'Đại học',
  tren_dai_hoc: 'Trên đại học',
};

export const PERSON_CATEGORIES = [
  'can_bo',
  'cong_chuc',
  'vien_chuc',
  'nguoi_lao_dong',
  'cong_nhan',
  'nong_dan',
  'hoc_sinh',
  'other',
] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number];
export const PERSON_CATEGORY_LABELS: Record<PersonCategory, string> = {
  can_bo: 'Cán bộ',
  cong_chuc: 'Công chức',
  vien_chuc: 'Viên chức',
  nguoi_lao_dong: 'Người lao động',
  cong_nhan: 'Công nhân',
  nong_dan: 'Nông dân',
  hoc_sinh: 'Học sinh, sinh viên',
  other: 'Khác',
};

/** Subject kinds of the eligibility contract. */
export const SUBJECT_KINDS = ['individual', 'collective', 'household', 'village', 'commune'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** Tracks (loại hình khen thưởng) of an award record: Law Art. 8. */
export const AWARD_TRACKS = ['cong_trang', 'dot_xuat', 'chuyen_de', 'cong_hien', 'doi_ngoai'] as const;
export type AwardTrack = (typeof AWARD_TRACKS)[number];
export const AWARD_TRACK_LABELS: Record<AwardTrack, string> = {
  cong_trang: 'Công trạng',
  dot_xuat: 'Đột xuất',
  chuyen_de: 'Chuyên đề',
  cong_hien: 'Quá trình cống hiến',
  doi_ngoai: 'Đối ngoại',
};

export const RATINGS = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_LABELS: Record<Rating, string> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHTNV: 'Không hoàn thành nhiệm vụ',
};

export const INITIATIVE_SCOPES = ['co_so', 'tinh', 'toan_quoc'] as const;
export type InitiativeScope = (typeof INITIATIVE_SCOPES)[number];
export const INITIATIVE_SCOPE_LABELS: Record<InitiativeScope, string> = {
  co_so: 'Cấp cơ sở',
  tinh: 'Cấp tỉnh',
  toan_quoc: 'Toàn quốc',
};

export const DISCIPLINE_FORMS = [
  'khien_trach',
  'canh_cao',
  'ha_bac_luong',
  'giang_chuc',
  'cach_chuc',
  'buoc_thoi_viec',
] as const;
export type DisciplineForm = (typeof DISCIPLINE_FORMS)[number];
export const DISCIPLINE_FORM_LABELS: Record<DisciplineForm, string> = {
  khien_trach: 'Khiển trách',
  canh_cao: 'Cảnh cáo',
  ha_bac_luong: 'Hạ bậc lương',
  giang_chuc: 'Giáng chức',
  cach_chuc: 'Cách chức',
  buoc_thoi_viec: 'Buộc thôi việc',
};

export const PENDING_KINDS = ['complaint', 'inspection', 'investigation'] as const;
export type PendingKind = (typeof PENDING_KINDS)[number];
export const PENDING_KIND_LABELS: Record<PendingKind, string> = {
  complaint: 'Đang bị khiếu nại, tố cáo',
  inspection: 'Đang bị thanh tra, kiểm tra',
  investigation: 'Đang bị điều tra',
};

/** Award codes guaranteed by the eligibility contract; the catalogue may hold more. */
export const CONTRACT_AWARD_CODES = [
  'LDTT',
  'CSTD_CS',
  'CSTD_TINH',
  'CSTD_TQ',
  'TT_LDTT',
  'TT_LDXS',
  'CO_TD_TINH',
  'CO_TD_CP',
  'XA_TIEU_BIEU',
  'THON_VH',
  'GD_VH',
  'GIAY_KHEN',
  'BK_TINH',
  'BK_TTG',
  'HCLD_3',
] as const;
export type ContractAwardCode = (typeof CONTRACT_AWARD_CODES)[number];

/**
 * Award codes of the product's catalogue: the contract's codes and more. Only the contract's
 * codes are accepted by the contract's doors (CLI, POST /api/v1/eligibility/evaluate); the
 * catalogue screen, the "what can be proposed" cards, bulk checks, overrides and parameters use
 * these.
 */
export const CATALOGUE_AWARD_CODES = [
  ...CONTRACT_AWARD_CODES,
  'KNC_TINH', // Kỷ niệm chương của tỉnh (Law Art. 9; criteria in provincial rules)
  'CONG_HIEN', // Khen thưởng quá trình cống hiến (Law Art. 8; NĐ 152 Art. 4, 9)
] as const;
export type CatalogueAwardCode = (typeof CATALOGUE_AWARD_CODES)[number];

export function isCatalogueAwardCode(code: unknown): code is CatalogueAwardCode {
  return typeof code === 'string' && (CATALOGUE_AWARD_CODES as readonly string[]).includes(code);
}

export const ROLES = ['admin', 'officer', 'clerk', 'council', 'signer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  officer: 'Cán bộ thường trực TĐKT',
  clerk: 'Văn thư đơn vị',
  council: 'Thành viên Hội đồng TĐKT',
  signer: 'Người ký (Chủ tịch, Phó Chủ tịch)',
  viewer: 'Người xem',
};

/** Names of the catalogue's award codes (the contract's and the catalogue's own). */
export const AWARD_NAMES: Record<string, string> = {
  LDTT: 'Lao động tiên tiến',
  CSTD_CS: 'Chiến sĩ thi đua cơ sở',
  CSTD_TINH: 'Chiến sĩ thi đua cấp tỉnh',
  CSTD_TQ: 'Chiến sĩ thi đua toàn quốc',
  TT_LDTT: 'Tập thể lao động tiên tiến',
  TT_LDXS: 'Tập thể lao động xuất sắc',
  CO_TD_TINH: 'Cờ thi đua cấp tỉnh',
  CO_TD_CP: 'Cờ thi đua của Chính phủ',
  XA_TIEU_BIEU: 'Xã, phường, đặc khu tiêu biểu',
  THON_VH: 'Thôn, tổ dân phố văn hóa',
  GD_VH: 'Gia đình văn hóa',
  GIAY_KHEN: 'Giấy khen',
  BK_TINH: 'Bằng khen của Chủ tịch UBND tỉnh',
  BK_TTG: 'Bằng khen của Thủ tướng Chính phủ',
  HCLD_3: 'Huân chương Lao động hạng Ba',
  KNC_TINH: 'Kỷ niệm chương của tỉnh',
  CONG_HIEN: 'Khen thưởng quá trình cống hiến',
};
export const awardName = (code: string) => AWARD_NAMES[code] ?? code;
