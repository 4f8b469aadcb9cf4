// Vocabulary of the exemplary-models register, the news and the legal library (issue 12).

export const MODEL_KINDS = ['individual', 'collective', 'household'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];
export const MODEL_KIND_LABELS: Record<ModelKind, string> = {
  individual: 'Cá nhân',
  collective: 'Tập thể',
  household: 'Hộ gia đình',
};

/** Fields (lĩnh vực) a model is filed under; the portal filters by them. */
export const MODEL_FIELDS = [
  'kinh_te',
  'giao_duc',
  'y_te',
  'van_hoa_xa_hoi',
  'quoc_phong_an_ninh',
  'xay_dung_nong_thon_moi',
  'nguoi_tot_viec_tot',
  'cai_cach_hanh_chinh',
] as const;
export type ModelField = (typeof MODEL_FIELDS)[number];
export const MODEL_FIELD_LABELS: Record<ModelField, string> = {
  kinh_te: 'Phát triển kinh tế',
  giao_duc: 'Giáo dục, khuyến học',
  y_te: 'Y tế, chăm sóc sức khỏe',
  van_hoa_xa_hoi: 'Văn hóa, xã hội',
  quoc_phong_an_ninh: 'Quốc phòng, an ninh',
  xay_dung_nong_thon_moi: 'Xây dựng nông thôn mới, đô thị văn minh',
  nguoi_tot_viec_tot: 'Người tốt, việc tốt',
  cai_cach_hanh_chinh: 'Cải cách hành chính, chuyển đổi số',
};

export const CEREMONY_KINDS = ['trao_tang', 'don_nhan'] as const;
export type CeremonyKind = (typeof CEREMONY_KINDS)[number];
export const CEREMONY_KIND_LABELS: Record<CeremonyKind, string> = {
  trao_tang: 'Lễ trao tặng',
  don_nhan: 'Lễ đón nhận',
};

export const ARTICLE_STATUSES = ['draft', 'review', 'published', 'withdrawn'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];
export const ARTICLE_STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: 'Bản nháp',
  review: 'Chờ duyệt',
  published: 'Đã đăng',
  withdrawn: 'Đã gỡ',
};

export const LEGAL_DOC_KINDS = ['luat', 'nghi_dinh', 'thong_tu', 'quyet_dinh', 'huong_dan', 'quy_che'] as const;
export type LegalDocKind = (typeof LEGAL_DOC_KINDS)[number];
export const LEGAL_DOC_KIND_LABELS: Record<LegalDocKind, string> = {
  luat: 'Luật',
  nghi_dinh: 'Nghị định',
  thong_tu: 'Thông tư',
  quyet_dinh: 'Quyết định',
  huong_dan: 'Hướng dẫn',
  quy_che: 'Quy chế, quy định của đơn vị',
};
