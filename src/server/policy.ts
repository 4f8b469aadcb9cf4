// Who may do what, on which organisation subtree. The one place where roles become permissions;
// every use case calls requireAccess (or scopeFor, for lists) before it touches data.
import type { Role } from '../domain/registry/vocab.js';
import { forbidden } from './errors.js';

export type Permission =
  | 'registry.read' // organisations, people, households, history
  | 'registry.write'
  | 'org.manage' // create, move, merge organisations; clusters
  | 'users.manage'
  | 'audit.read'
  | 'import.run'
  | 'eligibility.use'
  | 'eligibility.override' // set aside the engine's verdict, with a written reason
  | 'catalogue.manage' // change rule parameters (multipliers, thresholds, base salary…)
  | 'round.manage' // open rounds, appraise dossiers, run councils, notices and draft decisions
  | 'proposal.submit' // prepare and send a unit's dossier in a round
  | 'ballot.cast' // vote in the council's secret ballot
  | 'decision.sign' // approve and sign a decision (the chairman or a deputy)
  | 'plan.manage' // write the yearly TĐKT plan of an organisation and its tasks
  | 'cluster.manage' // run a cluster's covenant and scoring (the organiser or the year's leader)
  | 'cluster.score' // sign the covenant and score one's own unit in a cluster
  | 'initiative.manage' // register initiatives and run the initiative council's review
  | 'initiative.assess'; // score and vote as a member of an initiative council

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [
    'registry.read',
    'registry.write',
    'org.manage',
    'users.manage',
    'audit.read',
    'import.run',
    'eligibility.use',
    'eligibility.override',
    'catalogue.manage',
    'round.manage',
    'proposal.submit',
    'plan.manage',
    'cluster.manage',
    'cluster.score',
    'initiative.manage',
    'initiative.assess',
  ],
  officer: [
    'registry.read',
    'registry.write',
    'org.manage',
    'audit.read',
    'import.run',
    'eligibility.use',
    'eligibility.override',
    'round.manage',
    'proposal.submit',
    'plan.manage',
    'cluster.manage',
    'cluster.score',
    'initiative.manage',
  ],
  clerk: ['registry.read', 'registry.write', 'import.run', 'eligibility.use', 'proposal.submit'],
  council: ['registry.read', 'eligibility.use', 'ballot.cast', 'initiative.assess'],
  signer: ['registry.read', 'audit.read', 'eligibility.use', 'decision.sign', 'initiative.assess'],
  viewer: ['registry.read'],
};

export interface Grant {
  role: Role;
  orgId: string;
}

export interface Actor {
  tenantId: string;
  userId: string;
  username: string;
  fullName: string;
  grants: Grant[];
}

export function roleAllows(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Organisations (roots of subtrees) on which the actor holds the permission. */
export function grantRoots(actor: Actor, permission: Permission): string[] {
  return [...new Set(actor.grants.filter((g) => roleAllows(g.role, permission)).map((g) => g.orgId))];
}

/**
 * Whether the actor holds the permission on an organisation, given that organisation's chain of
 * ancestors (itself first, the root last).
 */
export function can(actor: Actor, permission: Permission, orgChain: readonly string[]): boolean {
  const roots = grantRoots(actor, permission);
  return roots.some((r) => orgChain.includes(r));
}

export function requireAccess(actor: Actor, permission: Permission, orgChain: readonly string[]): void {
  if (!can(actor, permission, orgChain)) throw forbidden(MESSAGES[permission]);
}

/** For actions not tied to one organisation (e.g. managing accounts): any grant will do. */
export function requireAnywhere(actor: Actor, permission: Permission): void {
  if (grantRoots(actor, permission).length === 0) throw forbidden(MESSAGES[permission]);
}

const MESSAGES: Record<Permission, string> = {
  'cluster.manage':
    'Chỉ cơ quan tổ chức hoặc đơn vị Cụm trưởng (Khối trưởng) mới được điều hành giao ước và chấm điểm.',
  'cluster.score': 'Bạn không có quyền ký giao ước, chấm điểm cho đơn vị này.',
  'initiative.manage': 'Bạn không có quyền quản lý việc xét công nhận sáng kiến.',
  'initiative.assess': 'Chỉ thành viên Hội đồng sáng kiến mới được chấm điểm, biểu quyết.',
  'registry.read': 'Bạn không có quyền xem dữ liệu của cơ quan, đơn vị này.',
  'registry.write': 'Bạn không có quyền thay đổi dữ liệu của cơ quan, đơn vị này.',
  'org.manage': 'Bạn không có quyền quản lý cơ cấu tổ chức của đơn vị này.',
  'users.manage': 'Bạn không có quyền quản lý tài khoản.',
  'audit.read': 'Bạn không có quyền xem nhật ký hệ thống.',
  'import.run': 'Bạn không có quyền nhập dữ liệu cho đơn vị này.',
  'eligibility.use': 'Bạn không có quyền xét điều kiện khen thưởng.',
  'eligibility.override': 'Chỉ cán bộ thường trực TĐKT mới được điều chỉnh kết quả xét điều kiện.',
  'catalogue.manage': 'Chỉ quản trị hệ thống mới được thay đổi tham số quy định.',
  'round.manage': 'Chỉ cán bộ thường trực TĐKT mới được quản lý đợt xét khen thưởng.',
  'proposal.submit': 'Bạn không có quyền lập hồ sơ đề nghị khen thưởng cho đơn vị này.',
  'ballot.cast': 'Chỉ thành viên Hội đồng Thi đua - Khen thưởng mới được bỏ phiếu.',
  'decision.sign': 'Chỉ người có thẩm quyền ký mới được ký quyết định.',
  'plan.manage': 'Chỉ cán bộ thường trực TĐKT mới được lập và cập nhật kế hoạch thi đua, khen thưởng của đơn vị này.',
};
