import { describe, expect, it } from 'vitest';
import { statusFromLinks, workProgress } from './links.js';

describe('a task following its linked work', () => {
  it('a round is done when its decision is signed or the round is finished, under way once open', () => {
    expect(workProgress({ kind: 'round', status: 'draft', decisionSigned: false })).toBe('not_started');
    expect(workProgress({ kind: 'round', status: 'open', decisionSigned: false })).toBe('in_progress');
    expect(workProgress({ kind: 'round', status: 'closed', decisionSigned: true })).toBe('done');
    expect(workProgress({ kind: 'round', status: 'finished', decisionSigned: false })).toBe('done');
  });

  it('a movement is done when closed, under way once launched', () => {
    expect(workProgress({ kind: 'movement', status: 'draft' })).toBe('not_started');
    expect(workProgress({ kind: 'movement', status: 'mid_reviewed' })).toBe('in_progress');
    expect(workProgress({ kind: 'movement', status: 'closed' })).toBe('done');
  });

  it('an article fulfils its task while published; written or taken down, the task is under way', () => {
    expect(workProgress({ kind: 'article', status: 'draft' })).toBe('not_started');
    expect(workProgress({ kind: 'article', status: 'review' })).toBe('in_progress');
    expect(workProgress({ kind: 'article', status: 'published' })).toBe('done');
    expect(workProgress({ kind: 'article', status: 'withdrawn' })).toBe('in_progress');
  });

  it('a report is done once sent up ("đã báo cáo"), under way while its draft is kept', () => {
    expect(workProgress({ kind: 'report', status: 'draft' })).toBe('in_progress');
    expect(workProgress({ kind: 'report', status: 'submitted' })).toBe('done');
  });

  it('an inspection is done once its conclusion is issued or it is closed, under way once the visit is recorded', () => {
    expect(workProgress({ kind: 'inspection', status: 'planned' })).toBe('not_started');
    expect(workProgress({ kind: 'inspection', status: 'conducted' })).toBe('in_progress');
    expect(workProgress({ kind: 'inspection', status: 'concluded' })).toBe('done');
    expect(workProgress({ kind: 'inspection', status: 'closed' })).toBe('done');
    expect(workProgress({ kind: 'inspection', status: 'cancelled' })).toBe('not_started');
  });

  it('a training course is done once held with attendees; a conference once held; cancelled work fulfils nothing', () => {
    expect(workProgress({ kind: 'training', status: 'planned', attended: 0 })).toBe('not_started');
    expect(workProgress({ kind: 'training', status: 'held', attended: 0 })).toBe('in_progress');
    expect(workProgress({ kind: 'training', status: 'held', attended: 12 })).toBe('done');
    expect(workProgress({ kind: 'training', status: 'cancelled', attended: 0 })).toBe('not_started');
    expect(workProgress({ kind: 'conference', status: 'planned' })).toBe('not_started');
    expect(workProgress({ kind: 'conference', status: 'held' })).toBe('done');
    expect(workProgress({ kind: 'conference', status: 'cancelled' })).toBe('not_started');
  });

  it('done when all linked work is done; unchanged without links or when set by hand', () => {
    const signed = { kind: 'round', status: 'closed', decisionSigned: true } as const;
    const launched = { kind: 'movement', status: 'launched' } as const;
    expect(statusFromLinks([signed], false)).toBe('done');
    expect(statusFromLinks([signed, launched], false)).toBe('in_progress');
    expect(statusFromLinks([{ kind: 'movement', status: 'draft' }], false)).toBe('not_started');
    expect(statusFromLinks([], false)).toBeNull();
    expect(statusFromLinks([signed], true)).toBeNull();
  });
});
