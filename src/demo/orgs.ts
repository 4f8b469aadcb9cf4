// Organisation templates of the demo tenant, taken from the five 2026 seed plans where they name a
// body (Phòng Văn hóa - Xã hội, Văn phòng HĐND và UBND, Trung tâm Dịch vụ tổng hợp / sự nghiệp
// công, Phòng Tổ chức - Hành chính - Quản trị, Trung tâm Thông tin, Cụm thi đua số 05, Sở Tư pháp
// as Trưởng khối) and completed with the bodies every commune has after the 2025 reform.

import type { OrgType, PersonCategory } from '../domain/registry/vocab.js';
import type { NameRegion } from './names.js';

/** Two-tier local government starts; predecessors end the day before. */
export const REFORM_DATE = '2025-07-01';
export const BEFORE_REFORM = '2025-06-30';

export interface RoleSpec {
  /** An array is cycled through, one entry per person of this role. */
  position: string | readonly string[];
  category: PersonCategory;
  manager?: boolean;
  /** Fixed head count (default 1). */
  n?: number;
  /** Head count at the default peoplePerUnit; scaled with it. Overrides n. */
  scaled?: number;
  /** Probability that the person is a woman (default 0.5). */
  female?: number;
  born?: readonly [number, number];
  /**
   * Reform bodies only: the post held in a predecessor commune before 2025-07-01 (cycled like
   * position). 'lead:ubnd' / 'lead:dang' take the chairman / party-secretary seat of the
   * predecessor if it is still free, else the deputy seat.
   */
  before?: string | readonly string[];
  /** Marks a role the generator looks up later (story people, user accounts). */
  tag?: string;
  /** Not rated yearly (farmers, workers, residents). */
  unrated?: boolean;
}

export interface BodySpec {
  suffix: string; // code segment under the commune, e.g. 'VHXH'
  type: OrgType;
  /** Full name, or a name the unit label is appended to ('Phòng Văn hóa - Xã hội' + ' phường Mường Lay'). */
  name: string;
  appendUnit: boolean;
  /** Created by the reform on 2025-07-01; staff came from the predecessor communes. */
  reform: boolean;
  /** Gets collective ratings and titles (Tập thể LĐTT / LĐXS). */
  collective: boolean;
  /** Works by school year. */
  school?: boolean;
  roles: RoleSpec[];
  children?: BodySpec[];
}

export interface PredecessorSpec {
  code: string;
  name: string; // 'Phường Na Lay'
  type: 'commune' | 'ward';
}

export interface VillageSpec {
  code: string; // segment under the commune
  name: string; // 'Thôn Nà Thí', 'Tổ dân phố 2', 'Bản Hốc'
  pred: number; // index of the predecessor commune it belonged to
}

export interface EnterpriseSpec {
  code: string;
  name: string;
  kind: 'htx' | 'cty';
  founded: string;
  pred: number;
}

export interface SchoolSpec {
  level: 'MN' | 'TH' | 'THCS';
  name: string;
}

export interface LocalUnitSpec {
  slug: string; // username prefix, lowercase ascii
  code: string;
  name: string; // 'Phường Mường Lay'
  type: 'ward' | 'commune';
  province: string; // for addresses: 'tỉnh Điện Biên'
  formerDistrict: string; // the district-level body that decided before 2025-07-01
  region: NameRegion;
  /** CCCD province codes of birth registration, repeated for weight. */
  cccdProvinces: readonly string[];
  preds: PredecessorSpec[];
  decisionRef: string;
  linkNote: string;
  /** The predecessors' health stations merge into one (body-level merge links). */
  mergeHealthStations: boolean;
  serviceCentre: string; // 'Trung tâm Dịch vụ tổng hợp' or, in seed 001, 'Trung tâm Dịch vụ sự nghiệp công'
  schools: SchoolSpec[];
  enterprises: EnterpriseSpec[];
  villages: VillageSpec[];
}

const ILLUSTRATIVE =
  'Tên các đơn vị trước sắp xếp mang tính minh họa cho dữ liệu trình diễn; đối chiếu nghị quyết khi nhập dữ liệu thật.';

export const LOCAL_UNITS: LocalUnitSpec[] = [
  {
    slug: 'muonglay',
    code: 'DEMO.MLAY',
    name: 'Phường Mường Lay',
    type: 'ward',
    province: 'tỉnh Điện Biên',
    formerDistrict: 'thị xã Mường Lay',
    region: 'taybac',
    cccdProvinces: ['011', '011', '011', '011', '012', '014'],
    preds: [
      { code: 'DEMO.NALAY', name: 'Phường Na Lay', type: 'ward' },
      { code: 'DEMO.SONGDA', name: 'Phường Sông Đà', type: 'ward' },
      { code: 'DEMO.LAYNUA', name: 'Xã Lay Nưa', type: 'commune' },
    ],
    decisionRef:
      'Nghị quyết ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Điện Biên năm 2025',
    linkNote: 'Nhập toàn bộ phường Na Lay, phường Sông Đà và xã Lay Nưa (thị xã Mường Lay cũ) thành phường Mường Lay.',
    mergeHealthStations: true,
    serviceCentre: 'Trung tâm Dịch vụ tổng hợp',
    schools: [
      { level: 'MN', name: 'Trường Mầm non Sông Đà' },
      { level: 'TH', name: 'Trường Tiểu học Na Lay' },
      { level: 'THCS', name: 'Trường THCS Lay Nưa' },
    ],
    enterprises: [
      { code: 'HTX', name: 'Hợp tác xã Nông nghiệp và Du lịch Lay Nưa', kind: 'htx', founded: '2016-04-12', pred: 2 },
    ],
    villages: [
      { code: 'TDP1', name: 'Tổ dân phố 1', pred: 0 },
      { code: 'TDP2', name: 'Tổ dân phố 2', pred: 0 },
      { code: 'TDP3', name: 'Tổ dân phố 3', pred: 0 },
      { code: 'BHOC', name: 'Bản Hốc', pred: 0 },
      { code: 'BNAMCAN', name: 'Bản Nậm Cản', pred: 0 },
      { code: 'TDPSONGDA', name: 'Tổ dân phố Sông Đà', pred: 1 },
      { code: 'BCHILUONG', name: 'Bản Chi Luông', pred: 1 },
      { code: 'BLO', name: 'Bản Ló', pred: 2 },
    ],
  },
  {
    slug: 'bachdang',
    code: 'DEMO.BDANG',
    name: 'Phường Bạch Đằng',
    type: 'ward',
    province: 'thành phố Hải Phòng',
    formerDistrict: 'thành phố Thủy Nguyên',
    region: 'delta',
    cccdProvinces: ['031', '031', '031', '031', '030'],
    preds: [
      { code: 'DEMO.LAPLE', name: 'Xã Lập Lễ', type: 'commune' },
      { code: 'DEMO.PHALE', name: 'Xã Phả Lễ', type: 'commune' },
    ],
    decisionRef:
      'Nghị quyết ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của thành phố Hải Phòng năm 2025',
    linkNote: ILLUSTRATIVE,
    mergeHealthStations: false,
    serviceCentre: 'Trung tâm Dịch vụ sự nghiệp công',
    schools: [
      { level: 'MN', name: 'Trường Mầm non Lập Lễ' },
      { level: 'TH', name: 'Trường Tiểu học Phả Lễ' },
      { level: 'THCS', name: 'Trường THCS Bạch Đằng' },
    ],
    enterprises: [
      { code: 'CTY', name: 'Công ty TNHH Cơ khí đóng tàu Bạch Đằng', kind: 'cty', founded: '2009-03-20', pred: 0 },
      { code: 'HTX', name: 'Hợp tác xã Dịch vụ thủy sản Phả Lễ', kind: 'htx', founded: '2014-08-05', pred: 1 },
    ],
    villages: [
      { code: 'TDPLL1', name: 'Tổ dân phố Lập Lễ 1', pred: 0 },
      { code: 'TDPLL2', name: 'Tổ dân phố Lập Lễ 2', pred: 0 },
      { code: 'TDPLL3', name: 'Tổ dân phố Lập Lễ 3', pred: 0 },
      { code: 'TDPPL1', name: 'Tổ dân phố Phả Lễ 1', pred: 1 },
      { code: 'TDPPL2', name: 'Tổ dân phố Phả Lễ 2', pred: 1 },
      { code: 'TDPPL3', name: 'Tổ dân phố Phả Lễ 3', pred: 1 },
      { code: 'TDPPL4', name: 'Tổ dân phố Phả Lễ 4', pred: 1 },
    ],
  },
  {
    slug: 'diemhe',
    code: 'DEMO.DHE',
    name: 'Xã Điềm He',
    type: 'commune',
    province: 'tỉnh Lạng Sơn',
    formerDistrict: 'huyện Văn Quan',
    region: 'vietbac',
    cccdProvinces: ['020'],
    preds: [
      { code: 'DEMO.DIEMHE_CU', name: 'Xã Điềm He', type: 'commune' },
      { code: 'DEMO.TRANNINH', name: 'Xã Trấn Ninh', type: 'commune' },
      { code: 'DEMO.LIENHOI', name: 'Xã Liên Hội', type: 'commune' },
    ],
    decisionRef:
      'Nghị quyết số 1672/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Lạng Sơn năm 2025',
    linkNote: ILLUSTRATIVE,
    mergeHealthStations: false,
    serviceCentre: 'Trung tâm Dịch vụ tổng hợp',
    schools: [
      { level: 'MN', name: 'Trường Mầm non Điềm He' },
      { level: 'TH', name: 'Trường Tiểu học Điềm He' },
      { level: 'THCS', name: 'Trường THCS Trấn Ninh' },
    ],
    enterprises: [{ code: 'HTX', name: 'Hợp tác xã Hồi Điềm He', kind: 'htx', founded: '2018-06-18', pred: 0 }],
    villages: [
      { code: 'NATHI', name: 'Thôn Nà Thí', pred: 0 },
      { code: 'BANCHANG', name: 'Thôn Bản Chặng', pred: 0 },
      { code: 'CONQUAN', name: 'Thôn Còn Quan', pred: 0 },
      { code: 'KHONPAT', name: 'Thôn Khòn Pát', pred: 1 },
      { code: 'NAPE', name: 'Thôn Nà Pe', pred: 1 },
      { code: 'NABO', name: 'Thôn Nà Bó', pred: 1 },
      { code: 'PACCAP', name: 'Thôn Pác Cáp', pred: 2 },
      { code: 'BANTHAM', name: 'Thôn Bản Thẳm', pred: 2 },
      { code: 'LUNGCUNG', name: 'Thôn Lũng Cùng', pred: 2 },
    ],
  },
  {
    slug: 'xuantruong',
    code: 'DEMO.XTRUONG',
    name: 'Xã Xuân Trường',
    type: 'commune',
    province: 'tỉnh Ninh Bình',
    formerDistrict: 'huyện Xuân Trường',
    region: 'delta',
    cccdProvinces: ['036', '036', '036', '036', '037'],
    preds: [
      { code: 'DEMO.TTXTRUONG', name: 'Thị trấn Xuân Trường', type: 'commune' },
      { code: 'DEMO.XUANNGOC', name: 'Xã Xuân Ngọc', type: 'commune' },
    ],
    decisionRef:
      'Nghị quyết ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Ninh Bình năm 2025',
    linkNote: ILLUSTRATIVE,
    mergeHealthStations: false,
    serviceCentre: 'Trung tâm Dịch vụ tổng hợp',
    schools: [
      { level: 'MN', name: 'Trường Mầm non Xuân Ngọc' },
      { level: 'TH', name: 'Trường Tiểu học Xuân Trường' },
      { level: 'THCS', name: 'Trường THCS Xuân Trường' },
    ],
    enterprises: [
      { code: 'HTX', name: 'Hợp tác xã Dịch vụ nông nghiệp Xuân Ngọc', kind: 'htx', founded: '2011-01-15', pred: 1 },
      { code: 'CTY', name: 'Công ty TNHH May mặc Xuân Trường', kind: 'cty', founded: '2015-09-09', pred: 0 },
    ],
    villages: [
      { code: 'HANHTHIEN', name: 'Thôn Hành Thiện', pred: 0 },
      { code: 'PHUNHAI', name: 'Thôn Phú Nhai', pred: 0 },
      { code: 'LIENTHUY', name: 'Thôn Liên Thủy', pred: 0 },
      { code: 'LUCTHUY', name: 'Thôn Lục Thủy', pred: 1 },
      { code: 'KIENLAO', name: 'Thôn Kiên Lao', pred: 1 },
      { code: 'TRUNGLINH', name: 'Thôn Trung Linh', pred: 1 },
      { code: 'XUANBANG', name: 'Thôn Xuân Bảng', pred: 1 },
    ],
  },
];

/** The provincial agency of seed 002. */
export const VPUB = {
  slug: 'vpubsonla',
  code: 'DEMO.VPUB',
  name: 'Văn phòng Ủy ban nhân dân tỉnh Sơn La',
  shortName: 'Văn phòng UBND tỉnh Sơn La',
  address: 'tỉnh Sơn La',
  region: 'taybac' as NameRegion,
  cccdProvinces: ['014', '014', '014', '014', '014', '036', '034'],
};

// ---------------------------------------------------------------------------------------------
// Roles

const LEADER_BORN = [1968, 1983] as const;
const STAFF_BORN = [1972, 2000] as const;

const head = (position: string, category: PersonCategory, extra: Partial<RoleSpec> = {}): RoleSpec => ({
  position,
  category,
  manager: true,
  born: LEADER_BORN,
  ...extra,
});

/** UBND leadership, attached to the commune organisation itself. */
export const COMMUNE_LEADERSHIP: RoleSpec[] = [
  head('Chủ tịch UBND', 'can_bo', { female: 0.25, before: 'lead:ubnd', tag: 'chairman' }),
  head('Phó Chủ tịch UBND', 'can_bo', { n: 2, female: 0.35, before: 'lead:ubnd', tag: 'vice-chairman' }),
];

function kinhTeName(type: 'ward' | 'commune'): string {
  return type === 'ward' ? 'Phòng Kinh tế, Hạ tầng và Đô thị' : 'Phòng Kinh tế';
}

const PROFESSION_BEFORE_KT = ['Công chức Địa chính - Xây dựng', 'Công chức Tài chính - Kế toán'];

/** Bodies of a commune or ward after the reform (plus the ones that carried on from before). */
export function communeBodies(u: LocalUnitSpec): BodySpec[] {
  const wardOrCommune = u.type === 'ward' ? 'phường' : 'xã';
  const bodies: BodySpec[] = [
    {
      suffix: 'DU',
      type: 'party_org',
      name: 'Đảng ủy',
      appendUnit: true,
      reform: true,
      collective: false,
      roles: [
        head('Bí thư Đảng ủy, Chủ tịch HĐND', 'can_bo', { female: 0.2, before: 'lead:dang', tag: 'secretary' }),
        head('Phó Bí thư Thường trực Đảng ủy', 'can_bo', { female: 0.3, before: 'lead:dang' }),
        {
          position: 'Chuyên viên Ban Xây dựng Đảng',
          category: 'cong_chuc',
          scaled: 1,
          born: STAFF_BORN,
          before: 'Công chức Văn phòng - Thống kê',
        },
      ],
    },
    {
      suffix: 'VP',
      type: 'agency',
      name: 'Văn phòng HĐND và UBND',
      appendUnit: true,
      reform: true,
      collective: true,
      roles: [
        head('Chánh Văn phòng', 'cong_chuc', { before: 'Công chức Văn phòng - Thống kê' }),
        head('Phó Chánh Văn phòng', 'cong_chuc', { before: 'Công chức Văn phòng - Thống kê' }),
        {
          position: 'Chuyên viên',
          category: 'cong_chuc',
          scaled: 2,
          born: STAFF_BORN,
          before: ['Công chức Văn phòng - Thống kê', 'Công chức Tài chính - Kế toán'],
        },
        {
          position: 'Văn thư',
          category: 'nguoi_lao_dong',
          female: 0.85,
          born: STAFF_BORN,
          before: 'Nhân viên hợp đồng (văn thư)',
        },
        {
          position: 'Lái xe',
          category: 'nguoi_lao_dong',
          female: 0,
          born: STAFF_BORN,
          before: 'Nhân viên hợp đồng (lái xe)',
        },
      ],
    },
    {
      suffix: 'VHXH',
      type: 'agency',
      name: 'Phòng Văn hóa - Xã hội',
      appendUnit: true,
      reform: true,
      collective: true,
      roles: [
        head('Trưởng phòng', 'cong_chuc', { before: 'Công chức Văn hóa - Xã hội', tag: 'vhxh-head' }),
        head('Phó Trưởng phòng', 'cong_chuc', { before: 'Công chức Văn hóa - Xã hội', tag: 'vhxh-deputy' }),
        {
          position: 'Chuyên viên (thường trực thi đua, khen thưởng)',
          category: 'cong_chuc',
          female: 0.7,
          born: STAFF_BORN,
          before: 'Công chức Văn hóa - Xã hội',
          tag: 'tdkt-officer',
        },
        {
          position: ['Chuyên viên', 'Công chức Văn hóa - Xã hội'],
          category: 'cong_chuc',
          scaled: 2,
          born: STAFF_BORN,
          before: ['Công chức Văn hóa - Xã hội', 'Công chức Lao động - Thương binh và Xã hội'],
        },
      ],
    },
    {
      suffix: 'KT',
      type: 'agency',
      name: kinhTeName(u.type),
      appendUnit: true,
      reform: true,
      collective: true,
      roles: [
        head('Trưởng phòng', 'cong_chuc', { female: 0.3, before: PROFESSION_BEFORE_KT, tag: 'kt-head' }),
        head('Phó Trưởng phòng', 'cong_chuc', { female: 0.3, before: PROFESSION_BEFORE_KT }),
        {
          position: 'Chuyên viên',
          category: 'cong_chuc',
          scaled: 2,
          born: STAFF_BORN,
          before: ['Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường', 'Công chức Tài chính - Kế toán'],
          tag: 'kt-staff',
        },
      ],
    },
    {
      suffix: 'PVHCC',
      type: 'public_service',
      name: 'Trung tâm Phục vụ hành chính công',
      appendUnit: true,
      reform: true,
      collective: true,
      roles: [
        head('Giám đốc', 'cong_chuc', { before: 'Công chức Tư pháp - Hộ tịch' }),
        head('Phó Giám đốc', 'cong_chuc', { before: 'Công chức Tư pháp - Hộ tịch' }),
        {
          position: 'Chuyên viên',
          category: 'cong_chuc',
          scaled: 2,
          female: 0.65,
          born: STAFF_BORN,
          before: ['Công chức Tư pháp - Hộ tịch', 'Công chức Văn phòng - Thống kê'],
          tag: 'pvhcc-staff',
        },
      ],
    },
    {
      suffix: 'DVTH',
      type: 'public_service',
      name: u.serviceCentre,
      appendUnit: true,
      reform: true,
      collective: true,
      roles: [
        head('Giám đốc', 'vien_chuc', { before: 'Công chức Văn hóa - Xã hội' }),
        head('Phó Giám đốc', 'vien_chuc', { before: 'Công chức Địa chính - Xây dựng' }),
        {
          position: ['Viên chức văn hóa - thông tin', 'Viên chức khuyến nông', 'Viên chức truyền thanh'],
          category: 'vien_chuc',
          scaled: 2,
          born: STAFF_BORN,
          before: ['Nhân viên Đài truyền thanh', 'Khuyến nông viên', 'Nhân viên hợp đồng'],
        },
      ],
    },
    {
      suffix: 'TYT',
      type: 'health',
      name: 'Trạm Y tế',
      appendUnit: true,
      reform: u.mergeHealthStations,
      collective: true,
      roles: HEALTH_ROLES,
    },
    {
      suffix: 'MTTQ',
      type: 'mass_org',
      name: 'Ủy ban Mặt trận Tổ quốc Việt Nam',
      appendUnit: true,
      reform: true,
      collective: false,
      roles: [
        head('Chủ tịch Ủy ban MTTQ', 'can_bo', { female: 0.3, before: 'Chủ tịch Ủy ban MTTQ' }),
        head('Phó Chủ tịch Ủy ban MTTQ', 'can_bo', { female: 0.4, before: 'Phó Chủ tịch Ủy ban MTTQ' }),
      ],
      children: [
        massOrg('HPN', 'Hội Liên hiệp Phụ nữ', 'Chủ tịch Hội Liên hiệp Phụ nữ', 1),
        massOrg('DTN', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Bí thư Đoàn Thanh niên', 0.4, [1990, 2000]),
        massOrg('HND', 'Hội Nông dân', 'Chủ tịch Hội Nông dân', 0.2),
        massOrg('CCB', 'Hội Cựu chiến binh', 'Chủ tịch Hội Cựu chiến binh', 0, [1965, 1972]),
      ],
    },
    // Police and military commanders are commended through their own sector; listed, no people.
    { suffix: 'CA', type: 'other', name: 'Công an', appendUnit: true, reform: true, collective: false, roles: [] },
    {
      suffix: 'QS',
      type: 'other',
      name: 'Ban Chỉ huy quân sự',
      appendUnit: true,
      reform: true,
      collective: false,
      roles: [],
    },
  ];
  const label = `${wardOrCommune} ${unitPlace(u)}`;
  return bodies.map((b) => ({
    ...b,
    name: b.appendUnit ? `${b.name} ${label}` : b.name,
    children: b.children?.map((c) => ({ ...c, name: `${c.name} ${label}` })),
  }));
}

/** 'Phường Mường Lay' → 'Mường Lay'. */
export function unitPlace(u: { name: string }): string {
  return u.name.replace(/^(Phường|Xã|Thị trấn)\s+/u, '');
}

function massOrg(
  suffix: string,
  name: string,
  position: string,
  female: number,
  born: readonly [number, number] = LEADER_BORN,
): BodySpec {
  return {
    suffix,
    type: 'mass_org',
    name,
    appendUnit: false, // appended by communeBodies
    reform: true,
    collective: false,
    roles: [{ position, category: 'can_bo', manager: true, female, born, before: position }],
  };
}

export const HEALTH_ROLES: RoleSpec[] = [
  head('Trạm trưởng, Bác sĩ', 'vien_chuc', { female: 0.5 }),
  { position: 'Y sĩ', category: 'vien_chuc', scaled: 1, female: 0.5, born: STAFF_BORN },
  { position: 'Điều dưỡng', category: 'vien_chuc', scaled: 1, female: 0.8, born: STAFF_BORN },
  { position: 'Nữ hộ sinh', category: 'vien_chuc', female: 1, born: STAFF_BORN },
];

const TEACHER_BORN = [1974, 2000] as const;

export const SCHOOL_ROLES: Record<SchoolSpec['level'], RoleSpec[]> = {
  MN: [
    head('Hiệu trưởng', 'vien_chuc', { female: 0.95, born: [1970, 1985] }),
    head('Phó Hiệu trưởng', 'vien_chuc', { female: 0.95, born: [1972, 1988] }),
    { position: 'Giáo viên mầm non', category: 'vien_chuc', scaled: 4, female: 1, born: TEACHER_BORN },
    { position: 'Nhân viên nấu ăn', category: 'nguoi_lao_dong', female: 1, born: STAFF_BORN },
  ],
  TH: [
    head('Hiệu trưởng', 'vien_chuc', { female: 0.6, born: [1970, 1985] }),
    head('Phó Hiệu trưởng', 'vien_chuc', { female: 0.7, born: [1972, 1988] }),
    { position: 'Giáo viên tiểu học', category: 'vien_chuc', scaled: 4, female: 0.8, born: TEACHER_BORN },
    { position: 'Nhân viên thư viện - thiết bị', category: 'vien_chuc', female: 0.8, born: STAFF_BORN },
  ],
  THCS: [
    head('Hiệu trưởng', 'vien_chuc', { female: 0.45, born: [1970, 1985] }),
    head('Phó Hiệu trưởng', 'vien_chuc', { female: 0.55, born: [1972, 1988] }),
    {
      position: [
        'Giáo viên Toán',
        'Giáo viên Ngữ văn',
        'Giáo viên Tiếng Anh',
        'Giáo viên Khoa học tự nhiên',
        'Giáo viên Lịch sử và Địa lý',
        'Giáo viên Tin học',
      ],
      category: 'vien_chuc',
      scaled: 4,
      female: 0.7,
      born: TEACHER_BORN,
      tag: 'thcs-teacher',
    },
    { position: 'Nhân viên văn thư', category: 'nguoi_lao_dong', female: 0.85, born: STAFF_BORN, tag: 'school-clerk' },
  ],
};

export const ENTERPRISE_ROLES: Record<EnterpriseSpec['kind'], RoleSpec[]> = {
  htx: [
    head('Giám đốc Hợp tác xã', 'nguoi_lao_dong', { female: 0.3, unrated: true }),
    { position: 'Xã viên', category: 'nong_dan', scaled: 2, born: [1965, 1998], unrated: true },
  ],
  cty: [
    head('Giám đốc', 'nguoi_lao_dong', { female: 0.2, unrated: true }),
    { position: 'Công nhân', category: 'cong_nhan', scaled: 3, female: 0.45, born: [1978, 2004], unrated: true },
  ],
};

export function villageRoles(villageName: string): RoleSpec[] {
  const isTdp = villageName.startsWith('Tổ dân phố');
  const isBan = villageName.startsWith('Bản');
  const headTitle = isTdp ? 'Tổ trưởng tổ dân phố' : isBan ? 'Trưởng bản' : 'Trưởng thôn';
  const resident: PersonCategory = isTdp ? 'other' : 'nong_dan';
  return [
    head(headTitle, resident, { female: 0.2, born: [1965, 1985], unrated: true, tag: 'village-head' }),
    head('Bí thư chi bộ', resident, { female: 0.25, born: [1965, 1985], unrated: true }),
    {
      position: isTdp ? ['Tiểu thương', 'Lao động tự do', 'Nông dân'] : 'Nông dân',
      category: resident,
      scaled: 2,
      born: [1965, 2003],
      unrated: true,
      tag: 'resident',
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Văn phòng UBND tỉnh Sơn La (seed 002)

const dept = (suffix: string, name: string, staff: number, tag?: string, type: OrgType = 'agency'): BodySpec => ({
  suffix,
  type,
  name,
  appendUnit: false,
  reform: false,
  collective: true,
  roles: [
    head('Trưởng phòng', 'cong_chuc'),
    head('Phó Trưởng phòng', 'cong_chuc'),
    { position: 'Chuyên viên', category: 'cong_chuc', scaled: staff, born: STAFF_BORN, tag },
  ],
});

export const VPUB_LEADERSHIP: RoleSpec[] = [
  head('Chánh Văn phòng', 'cong_chuc', { female: 0.2, tag: 'vpub-chief' }),
  head('Phó Chánh Văn phòng', 'cong_chuc', { n: 2, female: 0.3 }),
];

export const VPUB_BODIES: BodySpec[] = [
  {
    ...dept('TCHCQT', 'Phòng Tổ chức - Hành chính - Quản trị', 1),
    roles: [
      head('Trưởng phòng', 'cong_chuc', { tag: 'vpub-tchcqt-head' }),
      head('Phó Trưởng phòng', 'cong_chuc'),
      {
        position: 'Chuyên viên (phụ trách thi đua, khen thưởng)',
        category: 'cong_chuc',
        female: 0.7,
        born: STAFF_BORN,
        tag: 'vpub-tdkt',
      },
      { position: 'Chuyên viên', category: 'cong_chuc', scaled: 1, born: STAFF_BORN },
      { position: 'Lái xe', category: 'nguoi_lao_dong', female: 0, born: STAFF_BORN },
      { position: 'Nhân viên phục vụ', category: 'nguoi_lao_dong', female: 0.9, born: STAFF_BORN },
    ],
  },
  dept('TH', 'Phòng Tổng hợp', 2, 'vpub-th-staff'),
  dept('KT', 'Phòng Kinh tế', 2),
  dept('KGVX', 'Phòng Khoa giáo - Văn xã', 1),
  dept('NC', 'Phòng Nội chính', 1),
  {
    ...dept('KSTTHC', 'Phòng Kiểm soát thủ tục hành chính', 2),
    roles: [
      head('Trưởng phòng', 'cong_chuc'),
      { position: 'Chuyên viên', category: 'cong_chuc', scaled: 2, born: STAFF_BORN },
    ],
  },
  {
    ...dept('TTTT', 'Trung tâm Thông tin', 2, undefined, 'public_service'),
    roles: [
      head('Giám đốc', 'vien_chuc'),
      head('Phó Giám đốc', 'vien_chuc'),
      {
        position: ['Biên tập viên', 'Kỹ sư công nghệ thông tin', 'Phóng viên'],
        category: 'vien_chuc',
        scaled: 2,
        born: STAFF_BORN,
        tag: 'vpub-tttt',
      },
    ],
  },
  {
    ...dept('TTPVHCC', 'Trung tâm Phục vụ hành chính công tỉnh', 2, undefined, 'public_service'),
    roles: [
      head('Giám đốc', 'cong_chuc'),
      head('Phó Giám đốc', 'cong_chuc'),
      { position: 'Chuyên viên', category: 'cong_chuc', scaled: 2, female: 0.65, born: STAFF_BORN },
    ],
  },
  {
    ...dept('BTCD', 'Ban Tiếp công dân tỉnh', 1),
    roles: [
      head('Trưởng ban', 'cong_chuc'),
      head('Phó Trưởng ban', 'cong_chuc'),
      { position: 'Chuyên viên', category: 'cong_chuc', scaled: 1, born: STAFF_BORN },
    ],
  },
];

/** Other members of the provincial agencies' bloc (no people: they only take part in the Khối). */
export const OTHER_PROVINCIAL_AGENCIES = [
  { code: 'DEMO.STP', name: 'Sở Tư pháp' },
  { code: 'DEMO.TTT', name: 'Thanh tra tỉnh' },
];

// ---------------------------------------------------------------------------------------------
// Initiative titles, by the kind of body the author works in. '{org}' is replaced by its name.

export const INITIATIVE_TITLES: Record<string, readonly string[]> = {
  pvhcc: [
    'Ứng dụng phần mềm quản lý hồ sơ một cửa điện tử tại {org}',
    'Giải pháp hướng dẫn người dân nộp hồ sơ trực tuyến toàn trình qua Cổng Dịch vụ công quốc gia tại {org}',
    'Số hóa kết quả giải quyết thủ tục hành chính lĩnh vực hộ tịch tại {org}',
  ],
  vhxh: [
    'Xây dựng cơ sở dữ liệu theo dõi thành tích thi đua, khen thưởng nhiều năm tại {org}',
    'Giải pháp nâng cao chất lượng bình xét danh hiệu “Gia đình văn hóa” ở các thôn, tổ dân phố',
    'Rà soát, cập nhật dữ liệu hộ nghèo, hộ cận nghèo bằng bảng tính dùng chung',
  ],
  kt: [
    'Ứng dụng bản đồ số trong quản lý đất đai, quy hoạch trên địa bàn',
    'Giải pháp đẩy nhanh tiến độ giải ngân vốn đầu tư công tại {org}',
    'Mô hình liên kết tiêu thụ nông sản theo chuỗi giá trị gắn với sản phẩm OCOP',
  ],
  vp: [
    'Áp dụng chữ ký số và quản lý văn bản điện tử liên thông tại {org}',
    'Chuẩn hóa quy trình tổ chức kỳ họp Hội đồng nhân dân không dùng giấy tờ',
  ],
  dvth: [
    'Đổi mới nội dung chương trình phát thanh cơ sở bằng ứng dụng chuyển văn bản thành giọng nói',
    'Mô hình câu lạc bộ văn nghệ dân gian gắn với phát triển du lịch cộng đồng',
  ],
  health: [
    'Quản lý hồ sơ sức khỏe điện tử người cao tuổi tại {org}',
    'Giải pháp nâng cao tỷ lệ tiêm chủng đầy đủ cho trẻ em vùng khó khăn',
  ],
  MN: [
    'Một số biện pháp phát triển ngôn ngữ cho trẻ 5 tuổi là người dân tộc thiểu số tại {org}',
    'Một số biện pháp xây dựng môi trường giáo dục lấy trẻ làm trung tâm tại {org}',
  ],
  TH: [
    'Một số biện pháp nâng cao kỹ năng đọc hiểu cho học sinh lớp 4 tại {org}',
    'Vận dụng trò chơi học tập trong dạy học môn Toán lớp 2 tại {org}',
  ],
  THCS: [
    'Ứng dụng công nghệ thông tin trong dạy học môn Lịch sử và Địa lý lớp 8 tại {org}',
    'Một số giải pháp nâng cao chất lượng ôn thi vào lớp 10 môn Toán tại {org}',
    'Giải pháp giáo dục kỹ năng sống cho học sinh bán trú tại {org}',
  ],
  vpub: [
    'Xây dựng hệ thống theo dõi, đôn đốc nhiệm vụ Chủ tịch UBND tỉnh giao trên môi trường số',
    'Giải pháp số hóa, lưu trữ hồ sơ công việc tại {org}',
    'Chuẩn hóa quy trình tham mưu văn bản quy phạm pháp luật tại {org}',
  ],
  tttt: [
    'Nâng cấp Cổng thông tin điện tử tỉnh theo hướng tích hợp dữ liệu mở',
    'Ứng dụng trí tuệ nhân tạo hỗ trợ tổng hợp tin bài điển hình tiên tiến',
  ],
  generic: [
    'Giải pháp nâng cao hiệu quả công tác chuyên môn tại {org}',
    'Cải tiến quy trình phối hợp, báo cáo định kỳ tại {org}',
  ],
};

export const DISCIPLINE_REASONS = [
  'Vi phạm quy định về thời hạn giải quyết thủ tục hành chính, để hồ sơ quá hạn không có lý do.',
  'Thiếu trách nhiệm trong quản lý, lưu trữ hồ sơ, tài liệu được giao.',
  'Vi phạm Quy chế làm việc của cơ quan, tự ý nghỉ việc không có lý do chính đáng.',
  'Vi phạm quy định về đạo đức, văn hóa giao tiếp khi tiếp công dân.',
  'Thiếu trách nhiệm trong tham mưu, để xảy ra sai sót trong thống kê, báo cáo số liệu.',
];
