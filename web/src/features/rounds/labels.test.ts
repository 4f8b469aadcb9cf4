import { describe, expect, it } from 'vitest';
import { NOMINEE_STATUS_LABELS } from '../../../../src/domain/rounds/vocab';
import {
  addDays,
  clockText,
  countdownText,
  countdownUrgent,
  duplicateText,
  evidenceProblem,
  fileSizeText,
  nomineeCountText,
  verdictChanged,
} from './labels';
import type { NomineeVerdict } from './types';

describe('round labels', () => {
  it('counts down to the deadline, red from three days', () => {
    expect(countdownText(13)).toBe('Còn 13 ngày');
    expect(countdownText(0)).toBe('Hạn chót hôm nay');
    expect(countdownText(-2)).toBe('Quá hạn 2 ngày');
    expect(countdownUrgent(4)).toBe(false);
    expect(countdownUrgent(3)).toBe(true);
    expect(countdownUrgent(-1)).toBe(true);
  });

  it('shows the appraisal clock in working days, dates as dd/mm/yyyy', () => {
    expect(clockText({ dueOn: '2026-12-18', workingDaysLeft: 19, late: false })).toBe(
      'Hạn thẩm định 18/12/2026 — còn 19 ngày làm việc',
    );
    expect(clockText({ dueOn: '2026-12-18', workingDaysLeft: 0, late: false })).toBe(
      'Hạn thẩm định 18/12/2026 — hết hạn hôm nay',
    );
    expect(clockText({ dueOn: '2026-12-18', workingDaysLeft: -2, late: true })).toBe(
      'Hạn thẩm định 18/12/2026 — quá hạn 2 ngày làm việc',
    );
  });

  it('names where a duplicate was proposed and how far it got', () => {
    expect(
      duplicateText({
        status: 'accepted',
        roundName: 'Tổng kết năm 2026',
        orgName: 'Trường THCS Lay Nưa',
        sameRound: false,
      }),
    ).toBe('Trùng: đã đề nghị ở Trường THCS Lay Nưa trong đợt "Tổng kết năm 2026" (đã chấp nhận)');
    expect(duplicateText({ status: 'submitted', roundName: 'x', orgName: 'Trạm Y tế', sameRound: true })).toBe(
      'Trùng: đã đề nghị ở Trạm Y tế trong cùng đợt này (đang chờ thẩm định)',
    );
  });

  it('checks evidence files before sending them', () => {
    expect(evidenceProblem('Bao cao.PDF', 2000)).toBeNull();
    expect(evidenceProblem('anh.jpeg', 2000)).toBeNull();
    expect(evidenceProblem('bang.xlsx', 2000)).toContain('không thuộc loại được nhận');
    expect(evidenceProblem('rong.pdf', 0)).toContain('rỗng');
    expect(evidenceProblem('to.pdf', 11 * 1024 * 1024)).toContain('lớn hơn 10 MB');
    expect(fileSizeText(512)).toBe('512 byte');
    expect(fileSizeText(2048)).toBe('2 KB');
    expect(fileSizeText(1_300_000)).toBe('1,2 MB');
  });

  it('counts nominees by status in words', () => {
    expect(nomineeCountText({}, NOMINEE_STATUS_LABELS)).toBe('Chưa có đề nghị');
    expect(nomineeCountText({ submitted: 2, returned: 1 }, NOMINEE_STATUS_LABELS)).toBe(
      '3 đề nghị (2 chờ thẩm định, 1 bị trả lại)',
    );
  });

  it('tells when the verdict changed since submission', () => {
    const v = (eligible: boolean, amount: number | null): NomineeVerdict => ({
      eligible,
      withheld: false,
      amount,
      amountInWords: null,
      criteria: [],
      rules: 'x',
    });
    expect(verdictChanged(v(true, 100), v(true, 100))).toBe(false);
    expect(verdictChanged(v(true, 100), v(false, 100))).toBe(true);
    expect(verdictChanged(v(true, 100), null)).toBe(false);
  });

  it('adds calendar days across months', () => {
    expect(addDays('2026-11-22', 13)).toBe('2026-12-05');
  });
});

describe('dossier helpers', () => {
  it('counts days to a deadline and reads nominee field paths', async () => {
    const { daysUntil, nomineeOfField } = await import('./labels');
    expect(daysUntil('2026-12-05', '2026-11-22')).toBe(13);
    expect(daysUntil('2026-11-20', '2026-11-22')).toBe(-2);
    expect(nomineeOfField('nominees.0f8fad5b-d9cb-469f-a165-70867728950e.achievement')).toBe(
      '0f8fad5b-d9cb-469f-a165-70867728950e',
    );
    expect(nomineeOfField('summary')).toBeNull();
  });
});

describe('period label', () => {
  it('names calendar and school years', async () => {
    const { periodLabel } = await import('./labels');
    expect(periodLabel('2026')).toBe('Năm 2026');
    expect(periodLabel('2025-2026')).toBe('Năm học 2025-2026');
  });
});
