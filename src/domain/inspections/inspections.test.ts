import { describe, expect, it } from 'vitest';
import { closeBlockers, inspectionFulfils, plannedDatesProblem, recommendationState, refuseAction } from './index.js';

describe('inspection life', () => {
  it('records a visit only before the conclusion, and concludes only after the record', () => {
    expect(refuseAction('planned', 'record')).toBeNull();
    expect(refuseAction('conducted', 'record')).toBeNull();
    expect(refuseAction('concluded', 'record')).toMatch(/chưa có kết luận/);
    expect(refuseAction('planned', 'conclude')).toMatch(/sau khi đã kiểm tra/);
    expect(refuseAction('conducted', 'conclude')).toBeNull();
    expect(refuseAction('conducted', 'cancel')).toMatch(/chưa tiến hành/);
    expect(refuseAction('closed', 'open_matter')).not.toBeNull();
  });

  it('closes only when every recommendation is done and no matter is left open', () => {
    const recs = [
      { text: 'Lập sổ theo dõi khen thưởng', doneOn: '2026-10-01' },
      { text: 'Niêm yết công khai danh sách', doneOn: null },
    ];
    const blocked = closeBlockers({
      status: 'concluded',
      recommendations: recs,
      openMatters: [{ name: 'Lê Văn Đức' }],
    });
    expect(blocked).toHaveLength(2);
    expect(blocked[0]).toContain('Niêm yết công khai danh sách');
    expect(blocked[1]).toContain('Lê Văn Đức');
    expect(
      closeBlockers({ status: 'concluded', recommendations: [{ text: 'x', doneOn: '2026-10-01' }], openMatters: [] }),
    ).toEqual([]);
    expect(closeBlockers({ status: 'conducted', recommendations: [], openMatters: [] })).toHaveLength(1);
  });

  it('fulfils a plan task once concluded', () => {
    expect(inspectionFulfils('conducted')).toBe(false);
    expect(inspectionFulfils('concluded')).toBe(true);
    expect(inspectionFulfils('closed')).toBe(true);
  });

  it('keeps planned dates inside the plan year and in order', () => {
    expect(plannedDatesProblem(2026, '2026-05-04', '2026-05-05')).toBeNull();
    expect(plannedDatesProblem(2026, '2026-05-05', '2026-05-04')).toMatch(/từ ngày bắt đầu/);
    expect(plannedDatesProblem(2026, '2026-12-30', '2027-01-02')).toMatch(/năm kế hoạch 2026/);
  });
});

describe('recommendation follow-up', () => {
  it('is overdue the day after its due date, due soon within the warning window, done once carried out', () => {
    const r = { dueDate: '2026-06-30', doneOn: null };
    expect(recommendationState(r, '2026-06-01')).toEqual({ state: 'open', daysLeft: 29 });
    expect(recommendationState(r, '2026-06-23')).toEqual({ state: 'due_soon', daysLeft: 7 });
    expect(recommendationState(r, '2026-06-30')).toEqual({ state: 'due_soon', daysLeft: 0 });
    expect(recommendationState(r, '2026-07-01')).toEqual({ state: 'overdue', daysLeft: -1 });
    expect(recommendationState({ ...r, doneOn: '2026-07-05' }, '2026-08-01').state).toBe('done');
    expect(recommendationState(r, '2026-06-15', 20).state).toBe('due_soon');
  });
});
