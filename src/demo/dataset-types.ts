// Plain-data shape of a demo (or imported) tenant dataset. The generator builds it without I/O;
// the seeder writes it to the database. Keys are stable strings local to the dataset, not ids.
import type {
  AwardTrack,
  ClusterKind,
  ClusterRole,
  DisciplineForm,
  Gender,
  InitiativeScope,
  OrgLinkKind,
  OrgType,
  PendingKind,
  PersonCategory,
  Rating,
  Role,
} from '../domain/registry/vocab.js';

/** Dates are ISO strings 'YYYY-MM-DD'. Periods are '2025' (calendar) or '2024-2025' (school year). */
export type IsoDate = string;

export interface DemoOrg {
  key: string;
  parentKey: string | null;
  type: OrgType;
  code: string; // unique in the tenant, e.g. 'SL', 'SL.ML', 'SL.ML.VHXH'
  name: string; // e.g. 'Phòng Văn hóa - Xã hội phường Mường Lay'
  shortName?: string;
  address?: string;
  effectiveFrom: IsoDate;
  effectiveTo?: IsoDate | null; // set for organisations dissolved or merged away
}

export interface DemoOrgLink {
  kind: OrgLinkKind;
  fromKey: string; // the predecessor
  toKey: string; // the successor
  effectiveDate: IsoDate;
  decisionRef?: string; // e.g. 'Nghị quyết 1670/NQ-UBTVQH15'
  note?: string;
}

export interface DemoClusterMember {
  year: number;
  orgKey: string;
  role: ClusterRole;
}

export interface DemoCluster {
  key: string;
  kind: ClusterKind;
  code: string;
  name: string; // e.g. 'Cụm thi đua số 05'
  organiserKey: string; // the organisation that set it up (the province)
  members: DemoClusterMember[];
}

export interface DemoMembership {
  orgKey: string;
  from: IsoDate;
  to: IsoDate | null;
  position?: string;
}

export interface DemoPerson {
  key: string;
  fullName: string; // NFC, e.g. 'Nguyễn Thị Hồng Nhung'
  gender: Gender;
  birthDate: IsoDate;
  cccd: string; // 12 digits, consistent with gender and birth century/year, unique
  position?: string; // e.g. 'Chuyên viên', 'Giáo viên', 'Trưởng thôn'
  isManager: boolean;
  category: PersonCategory;
  phone?: string;
  memberships: DemoMembership[];
}

export interface DemoHousehold {
  key: string;
  headPersonKey: string | null;
  headName: string;
  address: string;
  villageKey: string; // an org of type village or residential_group
  memberCount: number;
}

export type DemoSubject =
  | { kind: 'individual'; personKey: string }
  | { kind: 'collective' | 'village' | 'commune'; orgKey: string }
  | { kind: 'household'; householdKey: string };

export interface DemoAwardRecord {
  subject: DemoSubject;
  award: string; // contract code, e.g. 'LDTT', 'CSTD_CS', 'GIAY_KHEN', 'BK_TINH'
  period: string;
  decisionNo: string; // e.g. '125/QĐ-UBND'
  decisionDate: IsoDate;
  track: AwardTrack;
  issuer: string; // e.g. 'Chủ tịch UBND phường Mường Lay'
}

export interface DemoRating {
  subject: DemoSubject;
  period: string;
  rating: Rating;
}

export interface DemoInitiative {
  key: string;
  personKey: string;
  title: string;
  recognizedOn: IsoDate;
  scope: InitiativeScope;
  decisionNo: string;
  usedFor: { award: string; period: string } | null;
}

export interface DemoDiscipline {
  personKey: string;
  form: DisciplineForm;
  from: IsoDate;
  to: IsoDate;
  decisionNo: string;
  reason: string;
}

export interface DemoPending {
  subject: DemoSubject;
  kind: PendingKind;
  since: IsoDate;
  note: string;
}

export interface DemoUser {
  username: string;
  fullName: string;
  grants: { role: Role; orgKey: string }[];
  personKey?: string;
}

export interface DemoDataset {
  tenant: { code: string; name: string };
  orgs: DemoOrg[];
  links: DemoOrgLink[];
  clusters: DemoCluster[];
  people: DemoPerson[];
  households: DemoHousehold[];
  awards: DemoAwardRecord[];
  ratings: DemoRating[];
  initiatives: DemoInitiative[];
  discipline: DemoDiscipline[];
  pending: DemoPending[];
  users: DemoUser[];
  /** Also write the history of the statistical forms (movements, higher awards, TĐKT offices and staff: report-seed.ts). */
  reportHistory?: boolean;
}
