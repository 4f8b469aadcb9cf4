// A round closes when its decisions are issued (issue 9.4).
import { describe, expect, it } from 'vitest';
import { isSettled, unsettledReason } from './settle.js';

describe('a round settles when its decisions are issued', () => {
  it('is settled once every nominee in the pipeline is awarded, failed, rejected or sent up', () => {
    expect(
      isSettled({
        nomineeStatuses: ['awarded', 'failed', 'rejected', 'sent_up', 'returned', 'draft'],
        draftDecisions: 0,
      }),
    ).toBe(true);
  });
  it('is not settled while a nominee waits for a decision or a draft decision is unsigned', () => {
    expect(isSettled({ nomineeStatuses: ['awarded', 'passed'], draftDecisions: 0 })).toBe(false);
    expect(isSettled({ nomineeStatuses: ['awarded'], draftDecisions: 1 })).toBe(false);
    expect(unsettledReason({ nomineeStatuses: ['passed', 'withheld', 'accepted'], draftDecisions: 1 })).toBe(
      'Đợt xét còn 03 trường hợp chưa có quyết định (đang thẩm định, chờ Hội đồng, chờ ký hoặc tạm dừng) và 01 dự thảo quyết định chưa ký.',
    );
  });
  it('is not settled when nothing was decided at all (an empty round is finished by hand)', () => {
    expect(isSettled({ nomineeStatuses: ['failed', 'rejected'], draftDecisions: 0 })).toBe(false);
    expect(unsettledReason({ nomineeStatuses: [], draftDecisions: 0 })).toBeNull();
  });
});
