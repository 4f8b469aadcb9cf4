import { describe, expect, it } from 'vitest';
import {
  assignCertificates,
  attendanceProblem,
  attendanceSummary,
  certificateNumber,
  trainingFulfils,
} from './index.js';

describe('training attendance and certificates', () => {
  it('numbers certificates for attendees only, keeping numbers already given', () => {
    const m = assignCertificates([
      { personId: 'a', attended: true, certificateNo: 2 },
      { personId: 'b', attended: true, certificateNo: null },
      { personId: 'c', attended: false, certificateNo: null },
      { personId: 'd', attended: true, certificateNo: null },
      { personId: 'e', attended: false, certificateNo: 1 },
      { personId: 'f', attended: null, certificateNo: null },
    ]);
    expect(Object.fromEntries(m)).toEqual({ a: 2, b: 3, c: null, d: 4, e: null, f: null });
  });

  it('prints the number with its year and symbol', () => {
    expect(certificateNumber(5, 2026)).toBe('05/2026/GCN-TH');
    expect(certificateNumber(123, 2027, 'GCN-VHXH')).toBe('123/2027/GCN-VHXH');
  });

  it('counts attendance and fulfils a plan task only when held with attendees', () => {
    expect(
      attendanceSummary([{ attended: true }, { attended: false }, { attended: null }, { attended: true }]),
    ).toEqual({ invited: 4, attended: 2, absent: 1, unmarked: 1 });
    expect(trainingFulfils('held', 2)).toBe(true);
    expect(trainingFulfils('held', 0)).toBe(false);
    expect(trainingFulfils('planned', 3)).toBe(false);
  });

  it('takes attendance from the first day, never for a cancelled course', () => {
    expect(attendanceProblem({ status: 'planned', fromDate: '2026-06-10' }, '2026-06-09')).toMatch(/Chưa đến ngày/);
    expect(attendanceProblem({ status: 'planned', fromDate: '2026-06-10' }, '2026-06-10')).toBeNull();
    expect(attendanceProblem({ status: 'cancelled', fromDate: '2026-06-10' }, '2026-06-12')).toMatch(/đã hủy/);
  });
});
