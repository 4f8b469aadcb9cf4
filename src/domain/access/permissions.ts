// Every permission, declared once: which roles hold it and the message shown when it is missing.
// The Permission type, the role table (src/server/policy.ts), /auth/me's list and the web app's copy
// all derive from this object. To add a permission, add one entry here.
import type { Role } from '../registry/vocab.js';

interface PermissionSpec {
  /** What it allows, for readers of this file. */
  about: string;
  roles: readonly Role[];
  /** The Vietnamese refusal shown when an actor lacks it. */
  denied: string;
}

export const PERMISSIONS = {
  'registry.read': {
    about: 'organisations, people, households, history',
    roles: ['admin', 'officer', 'clerk', 'council', 'signer', 'viewer'],
    denied: 'Bạn không có quyền xem dữ liệu của cơ quan, đơn vị này.',
  },
  'registry.write': {
    about: 'change people, households and their history',
    roles: ['admin', 'officer', 'clerk'],
    denied: 'Bạn không có quyền thay đổi dữ liệu của cơ quan, đơn vị này.',
  },
  'org.manage': {
    about: 'create, move, merge organisations; clusters',
    roles: ['admin', 'officer'],
    denied: 'Bạn không có quyền quản lý cơ cấu tổ chức của đơn vị này.',
  },
  'users.manage': {
    about: 'create accounts and grant roles',
    roles: ['admin'],
    denied: 'Bạn không có quyền quản lý tài khoản.',
  },
  'audit.read': {
    about: 'read the audit log',
    roles: ['admin', 'officer', 'signer'],
    denied: 'Bạn không có quyền xem nhật ký hệ thống.',
  },
  'import.run': {
    about: 'import people, households and history from files',
    roles: ['admin', 'officer', 'clerk'],
    denied: 'Bạn không có quyền nhập dữ liệu cho đơn vị này.',
  },
  'eligibility.use': {
    about: 'check who meets the conditions for an award',
    roles: ['admin', 'officer', 'clerk', 'council', 'signer'],
    denied: 'Bạn không có quyền xét điều kiện khen thưởng.',
  },
  'eligibility.override': {
    about: "set aside the engine's verdict, with a written reason",
    roles: ['admin', 'officer'],
    denied: 'Chỉ cán bộ thường trực TĐKT mới được điều chỉnh kết quả xét điều kiện.',
  },
  'catalogue.manage': {
    about: 'change rule parameters (multipliers, thresholds, base salary…)',
    roles: ['admin'],
    denied: 'Chỉ quản trị hệ thống mới được thay đổi tham số quy định.',
  },
  'round.manage': {
    about: 'open rounds, appraise dossiers, run councils, notices and draft decisions',
    roles: ['admin', 'officer'],
    denied: 'Chỉ cán bộ thường trực TĐKT mới được quản lý đợt xét khen thưởng.',
  },
  'proposal.submit': {
    about: "prepare and send a unit's dossier in a round",
    roles: ['admin', 'officer', 'clerk'],
    denied: 'Bạn không có quyền lập hồ sơ đề nghị khen thưởng cho đơn vị này.',
  },
  'ballot.cast': {
    about: "vote in the council's secret ballot",
    roles: ['council'],
    denied: 'Chỉ thành viên Hội đồng Thi đua - Khen thưởng mới được bỏ phiếu.',
  },
  'decision.sign': {
    about: 'approve and sign a decision (the chairman or a deputy)',
    roles: ['signer'],
    denied: 'Chỉ người có thẩm quyền ký mới được ký quyết định.',
  },
  'plan.manage': {
    about: 'write the yearly TĐKT plan of an organisation and its tasks',
    roles: ['admin', 'officer'],
    denied: 'Chỉ cán bộ thường trực TĐKT mới được lập và cập nhật kế hoạch thi đua, khen thưởng của đơn vị này.',
  },
  'plan.unit.manage': {
    about:
      "write and send a unit's own plan that the plan above it asked for (a unit's clerks; never the plan that asks)",
    roles: ['admin', 'officer', 'clerk'],
    denied: 'Bạn chỉ được lập, cập nhật và gửi kế hoạch của đơn vị mình khi kế hoạch cấp trên yêu cầu.',
  },
  'cluster.manage': {
    about: "run a cluster's covenant and scoring (the organiser or the year's leader)",
    roles: ['admin', 'officer'],
    denied: 'Chỉ cơ quan tổ chức hoặc đơn vị Cụm trưởng (Khối trưởng) mới được điều hành giao ước và chấm điểm.',
  },
  'cluster.score': {
    about: "sign the covenant and score one's own unit in a cluster",
    roles: ['admin', 'officer'],
    denied: 'Bạn không có quyền ký giao ước, chấm điểm cho đơn vị này.',
  },
  'initiative.manage': {
    about: "register initiatives and run the initiative council's review",
    roles: ['admin', 'officer'],
    denied: 'Bạn không có quyền quản lý việc xét công nhận sáng kiến.',
  },
  'initiative.assess': {
    about: 'score and vote as a member of an initiative council',
    roles: ['admin', 'council', 'signer'],
    denied: 'Chỉ thành viên Hội đồng sáng kiến mới được chấm điểm, biểu quyết.',
  },
  'fund.read': {
    about: "read a body's emulation and commendation fund (quỹ thi đua, khen thưởng) and its ledger",
    roles: ['admin', 'officer', 'signer'],
    denied: 'Bạn không có quyền xem quỹ thi đua, khen thưởng của cơ quan, đơn vị này.',
  },
  'fund.manage': {
    about: 'post receipts, payments and reversing entries in the fund; pay out a decision',
    roles: ['admin', 'officer'],
    denied: 'Chỉ cán bộ thường trực TĐKT mới được ghi sổ quỹ thi đua, khen thưởng.',
  },
  'petition.manage': {
    about: 'receive, classify, assign and answer petitions (đơn thư) about TĐKT work',
    roles: ['admin', 'officer'],
    denied: 'Chỉ cán bộ thường trực TĐKT mới được tiếp nhận và giải quyết đơn thư của đơn vị này.',
  },
  'portal.manage': {
    about: 'the register of exemplary models, consent, news articles and the legal library of the public portal',
    roles: ['admin', 'officer'],
    denied: 'Chỉ cán bộ thường trực TĐKT mới được quản lý gương điển hình, tin bài và văn bản trên cổng công khai.',
  },
  'portal.review': {
    about:
      'approve and publish a news article someone else wrote (never one they wrote or changed themselves); the chairman or the standing office',
    roles: ['admin', 'officer', 'signer'],
    denied: 'Bạn không có quyền duyệt và đăng tin bài của đơn vị này.',
  },
} as const satisfies Record<string, PermissionSpec>;

export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];
