// Shapes of the initiatives API's answers, as the web app reads them (see
// src/features/initiatives/service.ts).
import type {
  InitiativeCriterion,
  InitiativeResult,
  InitiativeRule,
} from '../../../../src/domain/emulation/initiatives';
import type { InitiativeScope } from '../../../../src/domain/registry/vocab';

export type InitiativeStatus = 'submitted' | 'reviewing' | 'recognised' | 'refused';
export type InitiativeCouncilRole = 'chair' | 'secretary' | 'member';
export type Vote = 'yes' | 'no' | 'abstain';

export const INITIATIVE_COUNCIL_ROLE_LABELS: Record<InitiativeCouncilRole, string> = {
  chair: 'Chủ tịch Hội đồng',
  secretary: 'Thư ký Hội đồng',
  member: 'Thành viên',
};

export const VOTE_LABELS: Record<Vote, string> = {
  yes: 'Đồng ý công nhận',
  no: 'Không đồng ý',
  abstain: 'Không biểu quyết',
};

export const STATUS_COLOURS: Record<InitiativeStatus, string> = {
  submitted: 'default',
  reviewing: 'processing',
  recognised: 'success',
  refused: 'error',
};

export interface InitiativeCouncil {
  id: string;
  orgId: string;
  orgName: string;
  year: number;
  name: string;
  member: boolean;
  members: { userId: string; role: InitiativeCouncilRole; fullName: string }[];
}

export interface InitiativeListItem {
  id: string;
  title: string;
  author: string;
  scope: InitiativeScope;
  status: InitiativeStatus;
  statusLabel: string;
  decidedOn: string | null;
  /** The user sits on the council and the review is open. */
  assessing: boolean;
}

export interface Assessment {
  recused: boolean;
  recusalReason: string | null;
  scores: Record<string, number>;
  vote: Vote | null;
}

export interface InitiativeDetail {
  id: string;
  title: string;
  description: string;
  appliedFrom: string | null;
  scope: InitiativeScope;
  scopeLabel: string;
  status: InitiativeStatus;
  statusLabel: string;
  author: { personId: string; fullName: string | null; position: string | null; orgName: string | null };
  files: { id: string; fileName: string; size: number; sha256: string; mime: string }[];
  criteria: InitiativeCriterion[];
  rule: InitiativeRule;
  result: InitiativeResult | null;
  decisionNo: string | null;
  decidedOn: string | null;
  initiativeId: string | null;
  manage: boolean;
  member: boolean;
  council: { userId: string; role: InitiativeCouncilRole; fullName: string; assessed: boolean }[];
  mine: Assessment | null;
  assessments: (Assessment & { userId: string; fullName: string })[] | null;
}

export const INITIATIVES_KEY = ['initiatives'] as const;
export const initiativeKey = (id: string) => [...INITIATIVES_KEY, 'detail', id] as const;
export const COUNCILS_KEY = [...INITIATIVES_KEY, 'councils'] as const;

/** "2/3" for a share, else a percentage. */
export function shareText(share: number): string {
  for (const [n, d] of [
    [2, 3],
    [1, 2],
    [3, 4],
    [1, 1],
  ] as const)
    if (Math.abs(share - n / d) < 1e-6) return `${n}/${d}`;
  return `${Math.round(share * 1000) / 10}%`;
}
