import { describe, expect, it } from 'vitest';
import { conferenceFulfils, holdProblem, presentableDecision } from './index.js';

describe('conferences', () => {
  it('is marked held only on or after its date and not once cancelled', () => {
    expect(holdProblem({ status: 'planned', heldOn: '2026-12-20' }, '2026-12-19')).toMatch(/Chưa đến ngày/);
    expect(holdProblem({ status: 'planned', heldOn: '2026-12-20' }, '2026-12-20')).toBeNull();
    expect(holdProblem({ status: 'cancelled', heldOn: '2026-12-20' }, '2026-12-21')).toMatch(/đã hủy/);
  });

  it('presents awards only from signed decisions and fulfils a task once held', () => {
    expect(presentableDecision({ status: 'signed' })).toBe(true);
    expect(presentableDecision({ status: 'draft' })).toBe(false);
    expect(presentableDecision({ status: 'revoked' })).toBe(false);
    expect(conferenceFulfils('held')).toBe(true);
    expect(conferenceFulfils('planned')).toBe(false);
  });
});
