// The verdict's status words and the decision-side guard for titles that count a lower title of
// the same round (Law 06/2022 Điều 22.1.a: CSTĐ tỉnh from 03 consecutive CSTĐCS).
import { describe, expect, it } from 'vitest';
import { type ConditionalLine, needsOverrideReason, statusSentence, unmetConditions } from './status.js';

const cstdcs2026 = {
  kind: 'title' as const,
  award: 'CSTD_CS',
  period: '2026',
  text: 'được tặng danh hiệu "Chiến sĩ thi đua cơ sở" năm 2026',
};
const line = (over: Partial<ConditionalLine> = {}): ConditionalLine => ({
  key: 'n1',
  name: 'Nguyễn Văn An',
  subjectKey: 'person:1',
  award: 'CSTD_TINH',
  period: '2026',
  conditions: [cstdcs2026],
  ...over,
});

describe('unmetConditions (a decision cannot grant a title before the lower title it counts)', () => {
  it("refuses CSTĐ tỉnh when this year's CSTĐCS is neither granted before nor in the same decision", () => {
    expect(unmetConditions([line()], [])).toEqual([{ key: 'n1', name: 'Nguyễn Văn An', missing: [cstdcs2026] }]);
  });

  it('allows it when the CSTĐCS was granted first, or is granted in the same decision', () => {
    expect(unmetConditions([line()], [{ subjectKey: 'person:1', award: 'CSTD_CS', period: '2026' }])).toEqual([]);
    expect(unmetConditions([line(), line({ key: 'n2', award: 'CSTD_CS', conditions: [] })], [])).toEqual([]);
  });

  it("does not let another person's CSTĐCS, or another year's, satisfy it", () => {
    expect(unmetConditions([line()], [{ subjectKey: 'person:2', award: 'CSTD_CS', period: '2026' }])).toHaveLength(1);
    expect(unmetConditions([line()], [{ subjectKey: 'person:1', award: 'CSTD_CS', period: '2025' }])).toHaveLength(1);
  });

  it('leaves lines without conditions (verdicts kept before statuses existed) alone', () => {
    expect(unmetConditions([line({ conditions: undefined }), line({ key: 'n3', conditions: null })], [])).toEqual([]);
  });
});

describe('status words', () => {
  it('names what a conditional verdict waits for, and asks a reason only where the data failed', () => {
    expect(statusSentence({ status: 'conditional', conditions: [cstdcs2026], dataFailed: false })).toBe(
      'Đủ điều kiện nếu được tặng danh hiệu "Chiến sĩ thi đua cơ sở" năm 2026',
    );
    expect(needsOverrideReason({ status: 'eligible', dataFailed: false })).toBe(false);
    expect(needsOverrideReason({ status: 'conditional', dataFailed: false })).toBe(false);
    expect(needsOverrideReason({ status: 'judgement', dataFailed: false })).toBe(false);
    expect(needsOverrideReason({ status: 'judgement', dataFailed: true })).toBe(true);
    expect(needsOverrideReason({ status: 'ineligible', dataFailed: false })).toBe(true);
    expect(needsOverrideReason({ status: 'withheld', dataFailed: false })).toBe(true);
  });
});
