// Vietnamese labels of the fields that appear at the API's boundaries, so every validation
// message names the field the way the form and the import template name it.
const LABELS: Record<string, string> = {
  username: 'Tên đăng nhập',
  password: 'Mật khẩu',
  tenant: 'Đơn vị triển khai',
  fullName: 'Họ và tên',
  gender: 'Giới tính',
  birthDate: 'Ngày sinh',
  cccd: 'Số CCCD',
  position: 'Chức vụ',
  isManager: 'Giữ chức vụ quản lý',
  category: 'Đối tượng',
  phone: 'Số điện thoại',
  email: 'Thư điện tử',
  orgId: 'Cơ quan, đơn vị',
  parentId: 'Đơn vị cấp trên',
  type: 'Loại đơn vị',
  code: 'Mã',
  name: 'Tên',
  shortName: 'Tên viết tắt',
  address: 'Địa chỉ',
  effectiveFrom: 'Ngày hiệu lực',
  effectiveTo: 'Ngày hết hiệu lực',
  headName: 'Chủ hộ',
  headPersonId: 'Chủ hộ',
  villageOrgId: 'Thôn, tổ dân phố',
  memberCount: 'Số nhân khẩu',
  reason: 'Lý do',
  role: 'Vai trò',
  grants: 'Phân quyền',
  kind: 'Loại',
  fromOrgId: 'Đơn vị cũ',
  toOrgId: 'Đơn vị mới',
  effectiveDate: 'Ngày hiệu lực',
  decisionRef: 'Văn bản',
  awardCode: 'Danh hiệu, hình thức',
  period: 'Năm, kỳ xét',
  decisionNo: 'Số quyết định',
  decisionDate: 'Ngày quyết định',
  track: 'Loại hình khen thưởng',
  rating: 'Mức xếp loại',
  q: 'Từ khóa',
  page: 'Trang',
  pageSize: 'Số dòng mỗi trang',
  year: 'Năm',
  members: 'Thành viên',
  fromDate: 'Từ ngày',
  toDate: 'Đến ngày',
  active: 'Trạng thái',
};

export function fieldLabel(path: string): string {
  const parts = path.split('.');
  for (let i = parts.length - 1; i >= 0; i--) {
    const label = LABELS[parts[i]];
    if (label) return label;
  }
  return path;
}
