import { describe, expect, it } from 'vitest';
import { buildOrgIndex } from '../../ui/org-index';
import { diffRows, formatValue } from './diff-text';

const orgs = buildOrgIndex([
  {
    id: '181765d2-57e1-4840-b94c-c51fe57d31b7',
    parentId: null,
    type: 'school',
    code: 'DEMO.MLAY.THCS',
    name: 'Trường THCS Lay Nưa',
    shortName: null,
    address: null,
    effectiveFrom: '1997-08-15',
    effectiveTo: null,
    tdktOffice: null,
  },
]);
const school = '181765d2-57e1-4840-b94c-c51fe57d31b7';

describe('audit before/after', () => {
  it('writes codes, dates, booleans and organisations the Vietnamese way', () => {
    expect(formatValue('gender', 'female', orgs)).toBe('Nữ');
    expect(formatValue('category', 'vien_chuc', orgs)).toBe('Viên chức');
    expect(formatValue('educationLevel', 'tren_dai_hoc', orgs)).toBe('Trên đại học');
    expect(formatValue('birthDate', '1988-05-12', orgs)).toBe('12/05/1988');
    expect(formatValue('isManager', true, orgs)).toBe('Có');
    expect(formatValue('orgId', school, orgs)).toBe('Trường THCS Lay Nưa');
    expect(formatValue('awardCode', 'CSTD_CS', orgs)).toBe('Chiến sĩ thi đua cơ sở');
    expect(formatValue('grants', [{ role: 'clerk', orgId: school }], orgs)).toBe(
      'Văn thư đơn vị — Trường THCS Lay Nưa',
    );
    expect(formatValue('year', 2026, orgs)).toBe('2026');
    expect(formatValue('phone', null, orgs)).toBe('—');
  });

  it('marks what changed, with labels', () => {
    const rows = diffRows(
      { id: 'x', fullName: 'Lò Thị Hương', position: 'Giáo viên', orgId: school },
      { id: 'x', fullName: 'Lò Thị Hương', position: 'Tổ trưởng chuyên môn', orgId: school },
      orgs,
    );
    expect(rows.map((r) => r.label)).toEqual(['Họ và tên', 'Chức vụ', 'Cơ quan, đơn vị']);
    expect(rows.filter((r) => r.changed).map((r) => [r.label, r.before, r.after])).toEqual([
      ['Chức vụ', 'Giáo viên', 'Tổ trưởng chuyên môn'],
    ]);
  });

  it('shows a creation as its values only, and arrays as one value', () => {
    const created = diffRows(null, { fullName: 'Quàng Văn Khởi', gender: 'male' }, orgs);
    expect(created.map((r) => [r.label, r.after, r.changed])).toEqual([
      ['Họ và tên', 'Quàng Văn Khởi', false],
      ['Giới tính', 'Nam', false],
    ]);
    const members = diffRows([{ orgId: school, role: 'leader' }], [{ orgId: school, role: 'member' }], orgs);
    expect(members).toHaveLength(1);
    expect(members[0].changed).toBe(true);
    expect(members[0].after).toBe('Thành viên — Trường THCS Lay Nưa');
  });
});
