// The Excel exports of the lists: columns named as on screen, values as an officer reads them.
import {
  GENDER_LABELS,
  ORG_TYPE_LABELS,
  PERSON_CATEGORY_LABELS,
  ROLE_LABELS,
  type Gender,
  type OrgType,
  type PersonCategory,
  type Role,
} from '../domain/registry/vocab.js';
import { formatDateVN, isoDateInVietnam } from '../domain/vi-text/index.js';
import { buildWorkbook } from './xlsx.js';

const date = (d: string | null | undefined) => (d ? formatDateVN(d) : '');
const stamp = (now: Date) => `Xuất ngày ${formatDateVN(isoDateInVietnam(now))}`;

export function peopleWorkbook(
  rows: {
    fullName: string;
    gender: Gender;
    birthDate: string | null;
    cccd: string | null;
    position: string | null;
    isManager: boolean;
    category: PersonCategory;
    orgName: string | null;
    phone: string | null;
  }[],
  now: Date,
) {
  return buildWorkbook(
    'Danh sách cá nhân',
    [
      { header: 'Họ và tên', width: 28, value: (p) => p.fullName },
      { header: 'Giới tính', width: 10, value: (p) => GENDER_LABELS[p.gender] },
      { header: 'Ngày sinh', width: 12, value: (p) => date(p.birthDate) },
      { header: 'Số CCCD', width: 16, value: (p) => p.cccd },
      { header: 'Chức vụ', width: 24, value: (p) => p.position },
      { header: 'Quản lý', width: 9, value: (p) => (p.isManager ? 'Có' : '') },
      { header: 'Đối tượng', width: 16, value: (p) => PERSON_CATEGORY_LABELS[p.category] },
      { header: 'Đơn vị', width: 40, value: (p) => p.orgName },
      { header: 'Số điện thoại', width: 14, value: (p) => p.phone },
    ],
    rows,
    stamp(now),
  );
}

export function householdsWorkbook(
  rows: { headName: string; address: string; villageName: string | null; memberCount: number }[],
  now: Date,
) {
  return buildWorkbook(
    'Danh sách hộ gia đình',
    [
      { header: 'Chủ hộ', width: 28, value: (h) => h.headName },
      { header: 'Địa chỉ', width: 40, value: (h) => h.address },
      { header: 'Thôn, tổ dân phố', width: 28, value: (h) => h.villageName },
      { header: 'Số nhân khẩu', width: 12, value: (h) => h.memberCount },
    ],
    rows,
    stamp(now),
  );
}

export function organisationsWorkbook(
  rows: {
    code: string;
    name: string;
    type: OrgType;
    parentName: string | null;
    address: string | null;
    effectiveFrom: string;
    effectiveTo: string | null;
  }[],
  now: Date,
) {
  return buildWorkbook(
    'Danh sách cơ quan, đơn vị',
    [
      { header: 'Mã đơn vị', width: 24, value: (o) => o.code },
      { header: 'Tên đơn vị', width: 44, value: (o) => o.name },
      { header: 'Loại đơn vị', width: 22, value: (o) => ORG_TYPE_LABELS[o.type] },
      { header: 'Đơn vị cấp trên', width: 40, value: (o) => o.parentName },
      { header: 'Địa chỉ', width: 30, value: (o) => o.address },
      { header: 'Ngày hiệu lực', width: 14, value: (o) => date(o.effectiveFrom) },
      { header: 'Ngày hết hiệu lực', width: 14, value: (o) => date(o.effectiveTo) },
    ],
    rows,
    stamp(now),
  );
}

export function auditWorkbook(
  rows: {
    seq: number;
    at: Date;
    actorName: string;
    action: string;
    summary: string;
    reason: string | null;
    hash: string;
  }[],
  now: Date,
) {
  const time = (d: Date) => {
    const local = new Date(d.getTime() + 7 * 3600_000).toISOString();
    return `${formatDateVN(local.slice(0, 10))} ${local.slice(11, 19)}`;
  };
  return buildWorkbook(
    'Nhật ký thao tác',
    [
      { header: 'Số thứ tự', width: 10, value: (r) => r.seq },
      { header: 'Thời điểm (giờ Việt Nam)', width: 22, value: (r) => time(r.at) },
      { header: 'Người thực hiện', width: 24, value: (r) => r.actorName },
      { header: 'Thao tác', width: 22, value: (r) => r.action },
      { header: 'Nội dung', width: 60, value: (r) => r.summary },
      { header: 'Lý do', width: 30, value: (r) => r.reason },
      { header: 'Mã băm', width: 20, value: (r) => r.hash.slice(0, 16) },
    ],
    rows,
    stamp(now),
  );
}

export function usersWorkbook(
  rows: { username: string; fullName: string; active: boolean; grants: { role: Role; orgName: string }[] }[],
  now: Date,
) {
  return buildWorkbook(
    'Danh sách tài khoản',
    [
      { header: 'Tên đăng nhập', width: 22, value: (u) => u.username },
      { header: 'Họ và tên', width: 26, value: (u) => u.fullName },
      {
        header: 'Vai trò, phạm vi',
        width: 60,
        value: (u) => u.grants.map((g) => `${ROLE_LABELS[g.role]} — ${g.orgName}`).join('; '),
      },
      { header: 'Trạng thái', width: 12, value: (u) => (u.active ? 'Hoạt động' : 'Đã khóa') },
    ],
    rows,
    stamp(now),
  );
}
