// A plan task linked to the work that fulfils it: a movement, a round, a period report (sơ kết,
// tổng kết), an inspection, a training course, a conference or a published article. The task's
// status follows the linked work unless the officer set it by hand (with a note). Pure rules; the
// links are stored by src/features/plans.
import { type ConferenceStatus, conferenceFulfils } from '../conferences/index.js';
import { type InspectionStatus, inspectionFulfils } from '../inspections/index.js';
import { type TrainingStatus, trainingFulfils } from '../trainings/index.js';
import type { TaskStatus } from './progress.js';

export const PLAN_LINK_KINDS = [
  'movement',
  'round',
  'report',
  'inspection',
  'training',
  'conference',
  'article',
] as const;
export type PlanLinkKind = (typeof PLAN_LINK_KINDS)[number];

/** Kinds a task can be linked to (every kind the table holds). */
export const LINKABLE_KINDS = PLAN_LINK_KINDS;
export type LinkableKind = PlanLinkKind;

export const PLAN_LINK_KIND_LABELS: Record<PlanLinkKind, string> = {
  movement: 'Phong trào thi đua',
  round: 'Đợt xét khen thưởng',
  report: 'Báo cáo',
  inspection: 'Kiểm tra',
  training: 'Tập huấn',
  conference: 'Hội nghị',
  article: 'Tin bài',
};

/** What the task needs to know about a linked piece of work. */
export type WorkFacts =
  | { kind: 'round'; status: 'draft' | 'open' | 'closed' | 'finished'; decisionSigned: boolean }
  | { kind: 'movement'; status: 'draft' | 'launched' | 'mid_reviewed' | 'closed' }
  | { kind: 'article'; status: 'draft' | 'review' | 'published' | 'withdrawn' }
  /** A unit's six-month or annual report: a stored draft, or submitted to the parent body. */
  | { kind: 'report'; status: 'draft' | 'submitted' }
  | { kind: 'inspection'; status: InspectionStatus }
  /** A training course and how many attended it. */
  | { kind: 'training'; status: TrainingStatus; attended: number }
  | { kind: 'conference'; status: ConferenceStatus };

/**
 * How far one piece of work has gone, as a task status: a round is done when its decision is
 * signed (or the round is finished), under way once open; a movement is done when closed
 * (final review), under way once launched; an article (the quarterly "tin, bài tuyên truyền") is
 * done while it is published, under way once written and sent for review or taken down again; a
 * report is done once the unit has sent it up ("đã báo cáo"), under way while its draft is kept; an
 * inspection is done once its conclusion is issued (or it is closed), under way once the visit is
 * recorded; a training course is done once held with attendees, a conference once held. Cancelled
 * work fulfils nothing: the task counts as not started.
 */
export function workProgress(w: WorkFacts): Exclude<TaskStatus, 'cancelled'> {
  switch (w.kind) {
    case 'report':
      return w.status === 'submitted' ? 'done' : 'in_progress';
    case 'inspection':
      if (inspectionFulfils(w.status)) return 'done';
      return w.status === 'conducted' ? 'in_progress' : 'not_started';
    case 'training':
      if (trainingFulfils(w.status, w.attended)) return 'done';
      return w.status === 'held' ? 'in_progress' : 'not_started';
    case 'conference':
      return conferenceFulfils(w.status) ? 'done' : 'not_started';
  }
  if (w.kind === 'round') {
    if (w.decisionSigned || w.status === 'finished') return 'done';
    return w.status === 'draft' ? 'not_started' : 'in_progress';
  }
  if (w.kind === 'article') {
    if (w.status === 'published') return 'done';
    return w.status === 'draft' ? 'not_started' : 'in_progress';
  }
  if (w.status === 'closed') return 'done';
  return w.status === 'draft' ? 'not_started' : 'in_progress';
}

/**
 * The status a task takes from its linked work: done when every linked piece is done, in progress
 * when any has started, not started otherwise; null (keep the stored status) when nothing is linked
 * or the officer set the status by hand.
 */
export function statusFromLinks(works: readonly WorkFacts[], setByHand: boolean): TaskStatus | null {
  if (setByHand || works.length === 0) return null;
  const p = works.map(workProgress);
  if (p.every((x) => x === 'done')) return 'done';
  if (p.some((x) => x !== 'not_started')) return 'in_progress';
  return 'not_started';
}
