// Labels and tags of the plan pages.
import { Tag } from 'antd';
import { QUARTER_LABELS, TASK_STATUS_LABELS } from '../../../../src/domain/plans/progress';
import type { TaskQuarter, TaskStatus } from './types';

export { QUARTER_LABELS, TASK_STATUS_LABELS };

export const QUARTERS: TaskQuarter[] = ['I', 'II', 'III', 'IV', 'regular'];
export const STATUSES: TaskStatus[] = ['not_started', 'in_progress', 'done', 'cancelled'];

const STATUS_COLORS: Record<TaskStatus, string> = {
  not_started: 'default',
  in_progress: 'processing',
  done: 'success',
  cancelled: 'warning',
};

export function TaskStatusTag({ status }: { status: TaskStatus }) {
  return <Tag color={STATUS_COLORS[status]}>{TASK_STATUS_LABELS[status]}</Tag>;
}

export function OverdueTag() {
  return <Tag color="error">Quá hạn</Tag>;
}

/** Group heading of a quarter, as the plan prints it. */
export const groupTitle = (q: TaskQuarter, year: number) =>
  q === 'regular'
    ? `Nhiệm vụ thực hiện thường xuyên trong năm ${year}`
    : `Nhiệm vụ thực hiện trong ${QUARTER_LABELS[q]}`;

export const PLAN_STATUS_LABELS = { draft: 'Dự thảo', issued: 'Đã ban hành' } as const;
