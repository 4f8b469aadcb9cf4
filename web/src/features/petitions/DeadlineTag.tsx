import { Tag } from 'antd';
import type { PetitionItem } from './types';

const COLOR = { ok: 'blue', due_soon: 'orange', overdue: 'red', closed: 'default' } as const;

/** The statutory due date with its state: in time, due soon (warning), overdue, closed. */
export function DeadlineTag({ p }: { p: Pick<PetitionItem, 'deadlineState' | 'deadlineLabel'> }) {
  return <Tag color={COLOR[p.deadlineState]}>{p.deadlineLabel}</Tag>;
}

export const STATUS_COLOR = {
  received: 'gold',
  accepted: 'processing',
  rejected: 'default',
  answered: 'success',
} as const;
