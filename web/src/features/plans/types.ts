// Shapes of the plan API's answers: the server's response schemas (src/features/plans/schema.ts),
// imported as types only so no server code enters the bundle.
import type { z } from 'zod';
import type { TaskQuarter, TaskStatus } from '../../../../src/domain/plans/index';
import type {
  AssignableUserOut,
  OverdueTasksOut,
  PlanDetailOut,
  PlanImportPreviewOut,
  PlanListOut,
  PlanOut,
  PlanTaskLinkOut,
  PlanTaskOut,
} from '../../../../src/features/plans/schema';

export type { TaskQuarter, TaskStatus };

export type Plan = z.output<typeof PlanOut>;
export type PlanSection = Plan['sections'][number];
export type PlanListItem = z.output<typeof PlanListOut>['items'][number];
export type PlanTask = z.output<typeof PlanTaskOut>;
export type TaskLink = z.output<typeof PlanTaskLinkOut>;
export type PlanDetail = z.output<typeof PlanDetailOut>;
export type TaskNote = PlanDetail['notes'][number];
export type PlanPreview = z.output<typeof PlanImportPreviewOut>;
export type PreviewTask = PlanPreview['tasks'][number];
export type ImportedDocument = PlanPreview['document'];
export type OverdueTask = z.output<typeof OverdueTasksOut>['items'][number];
export type AssignableUser = z.output<typeof AssignableUserOut>;
