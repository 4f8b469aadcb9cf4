// Shapes of the initiatives API's answers: the server's response schemas
// (src/features/initiatives/schema.ts), imported as types only so no server code enters the bundle.
import type { z } from 'zod';
import type {
  ApplicationListOut,
  ApplicationOut,
  InitiativeCouncilListOut,
} from '../../../../src/features/initiatives/schema';

export type InitiativeCouncil = z.output<typeof InitiativeCouncilListOut>['items'][number];
export type InitiativeCouncilRole = InitiativeCouncil['members'][number]['role'];
export type InitiativeListItem = z.output<typeof ApplicationListOut>['items'][number];
export type InitiativeDetail = z.output<typeof ApplicationOut>;
export type InitiativeStatus = InitiativeDetail['status'];
export type Assessment = NonNullable<InitiativeDetail['mine']>;
export type Vote = NonNullable<Assessment['vote']>;

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

/** A score or average as Vietnamese write it (up to two decimals), '—' when there is none. */
export const num = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
