// A plan task linked to the work that fulfils it: a movement, a round, and later a report, an
// inspection, a training or a published article. The task's status follows the linked work unless
// the officer set it by hand (with a note). Pure rules; the links are stored by src/features/plans.
import type { TaskStatus } from './progress.js';

export const PLAN_LINK_KINDS = ['movement', 'round', 'report', 'inspection', 'training', 'article'] as const;
export type PlanLinkKind = (typeof PLAN_LINK_KINDS)[number];

/** Kinds that can be linked today (the others have their table column ready for when their features land). */
export const LINKABLE_KINDS = ['movement', 'round', 'article'] as const satisfies readonly PlanLinkKind[];
export type LinkableKind = (typeof LINKABLE_KINDS)[number];

export const PLAN_LINK_KIND_LABELS: Record<PlanLinkKind, string> = {
  movement: 'Phong trào thi đua',
  round: 'Đợt xét khen thưởng',
  report: 'Báo cáo',
  inspection: 'Kiểm tra',
  training: 'Tập huấn',
  article: 'Tin bài',
};

/** What the task needs to know about a linked piece of work. */
export type WorkFacts =
  | { kind: 'round'; status: 'draft' | 'open' | 'closed' | 'finished'; decisionSigned: boolean }
  | { kind: 'movement'; status: 'draft' | 'launched' | 'mid_reviewed' | 'closed' }
  | { kind: 'article'; status: 'draft' | 'review' | 'published' | 'withdrawn' };

/**
 * How far one piece of work has gone, as a task status: a round is done when its decision is
 * signed (or the round is finished), under way once open; a movement is done when closed
 * (final review), under way once launched; an article (the quarterly "tin, bài tuyên truyền") is
 * done while it is published, under way once written and sent for review or taken down again.
 */
export function workProgress(w: WorkFacts): Exclude<TaskStatus, 'cancelled'> {
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
