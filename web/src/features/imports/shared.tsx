import type { TableColumnsType } from 'antd';
import {
  awardName,
  GENDER_LABELS,
  ORG_TYPE_LABELS,
  PERSON_CATEGORY_LABELS,
  RATING_LABELS,
  type Gender,
  type OrgType,
  type PersonCategory,
  type Rating,
} from '../../../../src/domain/registry/vocab';
import { EMPTY, fmtDate } from '../../ui/format';
import type { OrgIndex } from '../../ui/orgs';
import type { ImportIssue, ImportKind, ImportStatus } from '../../ui/types';

export const KIND_LABELS: Record<ImportKind, string> = {
  organisations: 'Cơ quan, đơn vị',
  people: 'Cá nhân',
  households: 'Hộ gia đình',
  awards: 'Quá trình khen thưởng',
  ratings: 'Đánh giá, xếp loại',
};
/** What a committed row is called, for "Đã ghi 3 cá nhân". */
export const KIND_NOUNS: Record<ImportKind, string> = {
  organisations: 'cơ quan, đơn vị',
  people: 'cá nhân',
  households: 'hộ gia đình',
  awards: 'bản ghi khen thưởng',
  ratings: 'kết quả đánh giá, xếp loại',
};
export const KIND_LISTS: Partial<Record<ImportKind, { to: string; label: string }>> = {
  organisations: { to: '/co-quan', label: 'Xem cây cơ quan, đơn vị' },
  people: { to: '/ca-nhan', label: 'Xem danh sách cá nhân' },
  households: { to: '/ho-gia-dinh', label: 'Xem danh sách hộ gia đình' },
};

export const STATUS: Record<ImportStatus, { label: string; color: string }> = {
  validating: { label: 'Đang kiểm tra', color: 'processing' },
  rejected: { label: 'Có lỗi, chưa ghi', color: 'error' },
  validated: { label: 'Hợp lệ, chờ ghi', color: 'warning' },
  committing: { label: 'Đang ghi', color: 'processing' },
  committed: { label: 'Đã ghi vào hệ thống', color: 'success' },
  failed: { label: 'Bị gián đoạn', color: 'default' },
};

export const REJECTED_MESSAGE = 'Tệp có lỗi, chưa có dữ liệu nào được ghi. Hãy sửa các dòng dưới đây và tải lên lại.';
export const RUNNING: ImportStatus[] = ['validating', 'committing'];

export type PreviewRow = Record<string, unknown>;
export const str = (v: unknown) => (v === null || v === undefined || v === '' ? EMPTY : String(v));

export function previewColumns(kind: ImportKind, index: OrgIndex): TableColumnsType<PreviewRow> {
  const org = (v: unknown) => (typeof v === 'string' ? index.label(v) || EMPTY : EMPTY);
  switch (kind) {
    case 'people':
      return [
        { title: 'Họ và tên', dataIndex: 'fullName', render: str },
        { title: 'Giới tính', dataIndex: 'gender', render: (v) => GENDER_LABELS[v as Gender] ?? str(v) },
        { title: 'Ngày sinh', dataIndex: 'birthDate', render: (v) => fmtDate(v as string | null) },
        { title: 'Số CCCD', dataIndex: 'cccd', render: str },
        { title: 'Chức vụ', dataIndex: 'position', render: str },
        {
          title: 'Đối tượng',
          dataIndex: 'category',
          render: (v) => PERSON_CATEGORY_LABELS[v as PersonCategory] ?? str(v),
        },
        { title: 'Đơn vị', dataIndex: 'orgId', render: org },
      ];
    case 'organisations':
      return [
        { title: 'Mã đơn vị', dataIndex: 'code', render: str },
        { title: 'Tên đơn vị', dataIndex: 'name', render: str },
        { title: 'Loại đơn vị', dataIndex: 'type', render: (v) => ORG_TYPE_LABELS[v as OrgType] ?? str(v) },
        { title: 'Mã đơn vị cấp trên', dataIndex: 'parentCode', render: str },
        { title: 'Ngày hiệu lực', dataIndex: 'effectiveFrom', render: (v) => fmtDate(v as string | null) },
      ];
    case 'households':
      return [
        { title: 'Chủ hộ', dataIndex: 'headName', render: str },
        { title: 'Địa chỉ', dataIndex: 'address', render: str },
        { title: 'Thôn, tổ dân phố', dataIndex: 'villageOrgId', render: org },
        { title: 'Số nhân khẩu', dataIndex: 'memberCount', render: str },
      ];
    case 'awards':
      return [
        { title: 'Đối tượng', dataIndex: 'label', render: str },
        { title: 'Danh hiệu, hình thức', dataIndex: 'awardCode', render: (v) => awardName(String(v)) },
        { title: 'Năm', dataIndex: 'period', render: str },
        { title: 'Số quyết định', dataIndex: 'decisionNo', render: str },
        { title: 'Ngày quyết định', dataIndex: 'decisionDate', render: (v) => fmtDate(v as string | null) },
      ];
    case 'ratings':
      return [
        { title: 'Cá nhân', dataIndex: 'label', render: str },
        { title: 'Năm', dataIndex: 'period', render: str },
        { title: 'Xếp loại', dataIndex: 'rating', render: (v) => RATING_LABELS[v as Rating] ?? str(v) },
        { title: 'Lý do', dataIndex: 'reason', render: str },
      ];
  }
}

export const ERROR_COLUMNS: TableColumnsType<ImportIssue> = [
  { title: 'Dòng', dataIndex: 'row', width: 80, render: (r: number) => (r > 0 ? r : EMPTY) },
  { title: 'Cột', dataIndex: 'column', width: 70, render: str },
  { title: 'Tên cột', dataIndex: 'header', width: 200, render: str },
  { title: 'Lỗi', dataIndex: 'message' },
];
