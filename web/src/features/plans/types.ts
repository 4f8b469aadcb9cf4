// Shapes of the plan API's answers (see src/features/plans/service.ts).
import type { TaskQuarter, TaskStatus } from '../../../../src/domain/plans/index';

export type { TaskQuarter, TaskStatus };

export interface PlanSection {
  heading: string;
  paragraphs: string[];
  subsections: { heading: string; paragraphs: string[] }[];
}

export interface Plan {
  id: string;
  orgId: string;
  orgName: string | null;
  year: number;
  title: string;
  issuerLines: string[];
  number: string | null;
  symbol: string;
  place: string;
  issuedOn: string | null;
  pendingMonth: number | null;
  bases: string[];
  intro: string | null;
  sections: PlanSection[];
  closing: string | null;
  recipients: string[];
  archive: string[];
  signerLines: string[];
  signerName: string;
  taskPlacement: 'body' | 'appendix';
  status: 'draft' | 'issued';
  createdAt: string;
  updatedAt: string;
}

export interface PlanListItem extends Plan {
  taskCount: number;
  doneCount: number;
  overdueCount: number;
}

export interface PlanTask {
  id: string;
  position: number;
  quarter: TaskQuarter;
  title: string;
  lead: string;
  leadOrgId: string | null;
  leadOrgName: string | null;
  partners: string[];
  due: string | null;
  deadline: string | null;
  ownerId: string | null;
  ownerName: string | null;
  status: TaskStatus;
  /** Set by hand with a note: no longer follows the linked work. */
  statusSetByHand: boolean;
  /** The work that fulfils the task (a movement, a round…); the status follows it. */
  links: TaskLink[];
  overdue: boolean;
}

export interface TaskLink {
  id: string;
  kind: 'movement' | 'round' | 'report' | 'inspection' | 'training' | 'article';
  kindLabel: string;
  targetId: string;
  label: string;
  progress: 'not_started' | 'in_progress' | 'done' | null;
  progressLabel: string | null;
}

export interface TaskNote {
  id: string;
  taskId: string;
  fromStatus: TaskStatus | null;
  toStatus: TaskStatus | null;
  note: string;
  authorName: string;
  createdAt: string;
}

export interface PlanDetail {
  plan: Plan;
  tasks: PlanTask[];
  notes: TaskNote[];
  counts: Record<TaskQuarter, number>;
  overdueCount: number;
  canManage: boolean;
}

export interface PreviewTask {
  quarter: TaskQuarter;
  title: string;
  lead: string;
  partners: string[];
  due: string | null;
  /** Read from the plan's prose ("Tổ chức thực hiện"): to be reviewed before saving. */
  fromProse: boolean;
  leadOrgId: string | null;
  leadOrgName: string | null;
}

/** The parts of the plan read from the file, kept when it is saved. */
export interface ImportedDocument {
  title: string | null;
  number: string | null;
  symbol: string | null;
  place: string | null;
  issuedOn: string | null;
  pendingMonth: number | null;
  bases: string[];
  intro: string | null;
  sections: PlanSection[];
  closing: string | null;
  recipients: string[];
  archive: string[];
  signerLines: string[];
  signerName: string | null;
}

export interface PlanPreview {
  fileName: string;
  /** The plan's own year, read from its title; null when the file names none. */
  year: number | null;
  /** True when the tasks were read from the plan's prose, not from a task table. */
  fromProse: boolean;
  tasks: PreviewTask[];
  document: ImportedDocument;
  counts: Record<TaskQuarter, number>;
  total: number;
  unknownLeads: string[];
}

export interface OverdueTask extends PlanTask {
  planId: string;
  planYear: number;
  orgId: string;
  orgName: string;
}

export interface AssignableUser {
  id: string;
  fullName: string;
  username: string;
}
