// A tiny tenant for database tests, written through the same seeder as the demo data:
// a ward with a school, a clinic and a residential group, a commune with an agency, and one
// account per role that the tests need.
import type { DemoDataset } from '../../demo/dataset-types.js';
import { seedDataset } from '../../demo/seed.js';
import type { Db } from '../client.js';

export const FIXTURE_PASSWORD = 'matkhau2026';

export function fixtureDataset(): DemoDataset {
  const org = (key: string, parentKey: string | null, type: DemoDataset['orgs'][number]['type'], name: string) => ({
    key,
    parentKey,
    type,
    code: key,
    name,
    effectiveFrom: '2025-07-01',
  });
  const person = (
    key: string,
    fullName: string,
    gender: 'male' | 'female',
    cccd: string,
    orgKey: string,
    category: DemoDataset['people'][number]['category'] = 'vien_chuc',
  ) => ({
    key,
    fullName,
    gender,
    birthDate: `19${cccd.slice(4, 6)}-05-12`,
    cccd,
    position: 'Chuyên viên',
    isManager: false,
    category,
    memberships: [{ orgKey, from: '2025-07-01', to: null }],
  });
  return {
    tenant: { code: 'TEST', name: 'Tỉnh thử nghiệm' },
    orgs: [
      org('T', null, 'province', 'Ủy ban nhân dân tỉnh thử nghiệm'),
      org('T.W1', 'T', 'ward', 'Phường Mường Lay'),
      org('T.W1.SCH', 'T.W1', 'school', 'Trường THCS Mường Lay'),
      org('T.W1.CLINIC', 'T.W1', 'health', 'Trạm Y tế phường Mường Lay'),
      org('T.W1.TDP1', 'T.W1', 'residential_group', 'Tổ dân phố 1'),
      org('T.C2', 'T', 'commune', 'Xã Điềm He'),
      org('T.C2.VHXH', 'T.C2', 'agency', 'Phòng Văn hóa - Xã hội xã Điềm He'),
    ],
    links: [],
    clusters: [],
    people: [
      person('p1', 'Nguyễn Văn An', 'male', '011088000001', 'T.W1.SCH'),
      person('p2', 'Trần Thị Bình', 'female', '011188000002', 'T.W1.SCH'),
      person('p3', 'Lê Văn Đức', 'male', '011090000003', 'T.W1.SCH'),
      person('p4', 'Lê Văn Dũng', 'male', '011085000004', 'T.W1.CLINIC'),
      person('p5', 'Đặng Thị Ánh', 'female', '011192000005', 'T.W1.CLINIC'),
      person('p6', 'Hoàng Văn Ân', 'male', '020080000006', 'T.C2.VHXH', 'cong_chuc'),
    ],
    households: [
      {
        key: 'h1',
        headPersonKey: null,
        headName: 'Quàng Văn Sơn',
        address: 'Tổ dân phố 1, phường Mường Lay',
        villageKey: 'T.W1.TDP1',
        memberCount: 4,
      },
    ],
    awards: [
      {
        subject: { kind: 'individual', personKey: 'p1' },
        award: 'CSTD_CS',
        period: '2024',
        decisionNo: '12/QĐ-UBND',
        decisionDate: '2024-12-20',
        track: 'cong_trang',
        issuer: 'Chủ tịch UBND thị xã Mường Lay',
      },
      {
        subject: { kind: 'individual', personKey: 'p1' },
        award: 'CSTD_CS',
        period: '2025',
        decisionNo: '45/QĐ-UBND',
        decisionDate: '2025-12-19',
        track: 'cong_trang',
        issuer: 'Chủ tịch UBND phường Mường Lay',
      },
    ],
    ratings: [{ subject: { kind: 'individual', personKey: 'p1' }, period: '2025', rating: 'HTXSNV' }],
    initiatives: [],
    discipline: [],
    pending: [],
    users: [
      { username: 'admin', fullName: 'Quản trị viên', grants: [{ role: 'admin', orgKey: 'T' }] },
      { username: 'officer', fullName: 'Cán bộ thường trực', grants: [{ role: 'officer', orgKey: 'T' }] },
      { username: 'clerk.school', fullName: 'Văn thư trường', grants: [{ role: 'clerk', orgKey: 'T.W1.SCH' }] },
      { username: 'clerk.clinic', fullName: 'Văn thư trạm y tế', grants: [{ role: 'clerk', orgKey: 'T.W1.CLINIC' }] },
      { username: 'ward.officer', fullName: 'Công chức VHXH phường', grants: [{ role: 'officer', orgKey: 'T.W1' }] },
      { username: 'viewer', fullName: 'Người xem', grants: [{ role: 'viewer', orgKey: 'T' }] },
    ],
  };
}

export async function seedFixture(db: Db) {
  return seedDataset(db, fixtureDataset(), { password: FIXTURE_PASSWORD, now: new Date('2026-11-21T08:00:00+07:00') });
}
