import { describe, expect, it } from 'vitest';
import { attendanceGate, attendanceSummary, unlistedMark } from './index.js';

const says = { cancelled: 'Đã hủy.', notYet: 'Chưa đến ngày.' };

describe('attendance shared by courses and conferences', () => {
  it('counts present, absent and not yet marked', () => {
    expect(
      attendanceSummary([{ attended: true }, { attended: null }, { attended: false }, { attended: true }]),
    ).toEqual({
      invited: 4,
      attended: 2,
      absent: 1,
      unmarked: 1,
    });
  });
  it('is taken from the first day on, never for a cancelled event', () => {
    expect(attendanceGate({ status: 'planned', startsOn: '2027-02-12' }, '2027-02-11', says)).toBe('Chưa đến ngày.');
    expect(attendanceGate({ status: 'planned', startsOn: '2027-02-12' }, '2027-02-12', says)).toBeNull();
    expect(attendanceGate({ status: 'held', startsOn: '2027-02-12' }, '2027-03-01', says)).toBeNull();
    expect(attendanceGate({ status: 'cancelled', startsOn: '2027-02-12' }, '2027-03-01', says)).toBe('Đã hủy.');
  });
  it('names the first mark of someone not on the list', () => {
    const listed = new Set(['a', 'b']);
    expect(unlistedMark([{ id: 'a' }, { id: 'b' }], (m) => m.id, listed)).toBe(-1);
    expect(unlistedMark([{ id: 'a' }, { id: 'x' }, { id: 'y' }], (m) => m.id, listed)).toBe(1);
  });
});
