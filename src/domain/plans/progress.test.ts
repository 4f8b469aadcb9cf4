import { describe, expect, it } from 'vitest';
import { countByQuarter, isOverdue, matchOrganisation, quarterEnd, taskDeadline } from './progress.js';

describe('plan progress', () => {
  it('holds a task to its due date, else to the end of its quarter', () => {
    expect(quarterEnd(2026, 'II')).toBe('2026-06-30');
    expect(taskDeadline({ quarter: 'I', due: '2026-01-15' }, 2026)).toBe('2026-01-15');
    expect(taskDeadline({ quarter: 'III', due: null }, 2026)).toBe('2026-09-30');
    expect(taskDeadline({ quarter: 'regular', due: null }, 2026)).toBeNull();
  });

  it('calls a task overdue only after its deadline and while it is open', () => {
    const t = { quarter: 'I' as const, due: null, status: 'in_progress' as const };
    expect(isOverdue(t, 2026, '2026-03-31')).toBe(false);
    expect(isOverdue(t, 2026, '2026-04-01')).toBe(true);
    expect(isOverdue({ ...t, status: 'done' }, 2026, '2026-12-01')).toBe(false);
    expect(isOverdue({ ...t, status: 'cancelled' }, 2026, '2026-12-01')).toBe(false);
    expect(isOverdue({ quarter: 'regular', due: null, status: 'not_started' }, 2026, '2027-01-05')).toBe(false);
  });

  it('counts tasks per quarter', () => {
    expect(countByQuarter([{ quarter: 'I' }, { quarter: 'I' }, { quarter: 'regular' }])).toEqual({
      I: 2,
      II: 0,
      III: 0,
      IV: 0,
      regular: 1,
    });
  });

  it('matches a lead unit to an organisation, diacritics ignored, completing the place name', () => {
    const orgs = [
      { id: 'vhxh', name: 'Phòng Văn hóa - Xã hội phường Mường Lay' },
      { id: 'vp', name: 'Văn phòng HĐND và UBND phường Mường Lay' },
      { id: 'vhxh2', name: 'Phòng Văn hóa - Xã hội xã Điềm He' },
      { id: 'tdp', name: 'Tổ dân phố 1' },
    ];
    const home = { name: 'Phường Mường Lay' };
    expect(matchOrganisation('Phòng Văn hóa - Xã hội phường', orgs, home)).toBe('vhxh');
    expect(matchOrganisation('phong van hoa xa hoi phuong muong lay', orgs, home)).toBe('vhxh');
    expect(matchOrganisation('Văn phòng HĐND và UBND', orgs, home)).toBe('vp');
    expect(matchOrganisation('Tổ dân phố 1', orgs, home)).toBe('tdp');
    expect(matchOrganisation('Công an phường', orgs, home)).toBeNull();
    expect(matchOrganisation('', orgs, home)).toBeNull();
    expect(matchOrganisation('Tổ dân phố 1', [...orgs, { id: 'tdp-b', name: 'Tổ dân phố 1' }], home)).toBeNull();
  });

  it("matches 'UBND xã' (seed 003's lead) to the commune itself, not another commune", () => {
    const orgs = [
      { id: 'dhe', name: 'Xã Điềm He' },
      { id: 'xt', name: 'Xã Xuân Trường' },
      { id: 'vhxh', name: 'Phòng Văn hóa - Xã hội xã Điềm He' },
    ];
    const home = { name: 'Xã Điềm He' };
    expect(matchOrganisation('UBND xã', orgs, home)).toBe('dhe');
    expect(matchOrganisation('Ủy ban nhân dân xã Xuân Trường', orgs, home)).toBe('xt');
    expect(matchOrganisation('UBND xã', orgs, null)).toBeNull();
    expect(matchOrganisation('UBND phường', orgs, home)).toBeNull();
    expect(matchOrganisation('Hội đồng TĐKT xã', orgs, home)).toBeNull();
    // The commune before the 2025 merger had the same name: the plan's own organisation wins.
    const merged = [...orgs, { id: 'dhe-old', name: 'Xã Điềm He' }];
    expect(matchOrganisation('UBND xã', merged, { id: 'dhe', name: 'Xã Điềm He' })).toBe('dhe');
    expect(matchOrganisation('UBND xã Điềm He', merged, { id: 'xt', name: 'Xã Xuân Trường' })).toBeNull();
  });
});
