/** Colours of the decision levels in the dashboard's charts (State, province, grassroots). */
export const LEVEL_COLOURS: Record<string, string> = { nha_nuoc: '#c0392b', tinh: '#1554ad', co_so: '#2e8b57' };

/** Colours of the subject categories in the dashboard's pie (one per category, stable across years). */
export const CATEGORY_COLOURS: Record<string, string> = {
  can_bo: '#c0392b',
  cong_chuc: '#1554ad',
  vien_chuc: '#2e8b57',
  nguoi_lao_dong: '#d68910',
  cong_nhan: '#7d3c98',
  nong_dan: '#117a65',
  hoc_sinh: '#b03a75',
  other: '#7f8c8d',
};
