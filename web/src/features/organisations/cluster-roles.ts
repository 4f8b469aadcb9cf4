// The words for a unit's role in an emulation cluster (cụm) or bloc (khối), and their order.
import type { ClusterKind, ClusterRole } from '../../../../src/domain/registry/vocab';

export function roleLabel(kind: ClusterKind, role: ClusterRole): string {
  const head = kind === 'cum' ? 'Cụm' : 'Khối';
  return role === 'leader' ? `${head} trưởng` : role === 'deputy' ? `${head} phó` : 'Thành viên';
}

export const ROLE_ORDER: Record<ClusterRole, number> = { leader: 0, deputy: 1, member: 2 };
