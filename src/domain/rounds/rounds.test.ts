import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PROCEDURE_2025,
  TransitionError,
  addWorkingDays,
  appraisalClock,
  applyProcedureOverrides,
  decisionMachine,
  meetingMachine,
  nomineeMachine,
  noticeEndsOn,
  proposalMachine,
  procedureRulesOn,
  quorum,
  requiredVotes,
  roundMachine,
  tally,
  validateProcedureOverride,
  voteRuleFor,
  workingDaysBetween,
} from './index.js';

const H = PROCEDURE_2025.holidays.dates;

describe('state machines', () => {
  it('walks a round from draft to finished, and refuses to skip steps', () => {
    expect(roundMachine.move('draft', 'open')).toBe('open');
    expect(roundMachine.move('open', 'close')).toBe('closed');
    expect(roundMachine.move('closed', 'finish')).toBe('finished');
    expect(() => roundMachine.move('draft', 'finish')).toThrow(TransitionError);
    expect(() => roundMachine.move('finished', 'reopen')).toThrow(/Đã kết thúc/);
  });

  it('freezes a submitted proposal until the office returns it', () => {
    expect(proposalMachine.can('submitted', 'edit')).toBe(false);
    expect(() => proposalMachine.move('submitted', 'submit')).toThrow(/Đã gửi, chờ thẩm định/);
    expect(proposalMachine.move('submitted', 'return')).toBe('returned');
    expect(proposalMachine.move('returned', 'edit')).toBe('draft');
    expect(proposalMachine.move('returned', 'submit')).toBe('submitted');
    expect(proposalMachine.actions('draft').sort()).toEqual(['edit', 'submit']);
  });

  it('takes a nominee through appraisal, council, notice and decision', () => {
    let s = nomineeMachine.move('draft', 'submit');
    s = nomineeMachine.move(s, 'accept');
    s = nomineeMachine.move(s, 'pass');
    s = nomineeMachine.move(s, 'withhold');
    s = nomineeMachine.move(s, 'release');
    s = nomineeMachine.move(s, 'award');
    expect(s).toBe('awarded');
    expect(nomineeMachine.move(s, 'revoke')).toBe('revoked');
    // The council votes only on accepted nominees; a failed one cannot be awarded.
    expect(() => nomineeMachine.move('submitted', 'pass')).toThrow(TransitionError);
    expect(() => nomineeMachine.move('failed', 'award')).toThrow(/Hội đồng không thông qua/);
    // Khen cao: sent up, then awarded when the higher decision is recorded.
    expect(nomineeMachine.move(nomineeMachine.move('passed', 'sendUp'), 'award')).toBe('awarded');
  });

  it('closes a meeting for good and signs a decision once', () => {
    expect(meetingMachine.move('voting', 'close')).toBe('closed');
    expect(() => meetingMachine.move('closed', 'openVoting')).toThrow(TransitionError);
    expect(decisionMachine.move('draft', 'sign')).toBe('signed');
    expect(() => decisionMachine.move('signed', 'sign')).toThrow(/Đã ký ban hành/);
    expect(() => decisionMachine.move('draft', 'revoke')).toThrow(TransitionError);
  });
});

describe('vote thresholds and tally', () => {
  const rules = procedureRulesOn('2026-12-15');

  it('picks 90% of all members for CSTĐ tỉnh, 80% for CSTĐCS, a majority otherwise', () => {
    expect(voteRuleFor(rules, 'CSTD_TINH').share).toBe(0.9);
    expect(voteRuleFor(rules, 'CSTD_CS').share).toBe(0.8);
    const other = voteRuleFor(rules, 'LDTT');
    expect([other.share, other.strict]).toEqual([0.5, true]);
  });

  it('counts required votes without floating-point surprises', () => {
    expect(requiredVotes(10, { share: 0.9, strict: false })).toBe(9);
    expect(requiredVotes(5, { share: 0.8, strict: false })).toBe(4);
    expect(requiredVotes(5, { share: 0.5, strict: true })).toBe(3);
    expect(requiredVotes(4, { share: 0.5, strict: true })).toBe(3);
    expect(requiredVotes(7, { share: 0.9, strict: false })).toBe(7);
  });

  it('passes CSTĐCS with 4 of 5 and fails it with 3 of 5, and says so for the minutes', () => {
    const rule = voteRuleFor(rules, 'CSTD_CS');
    const ok = tally({ members: 5, present: 5, recused: 0, yes: 4, no: 1, abstain: 0 }, rule);
    expect(ok.passed).toBe(true);
    expect(ok.text).toContain('4/5 phiếu đồng ý (80,0%)');
    const ko = tally({ members: 5, present: 5, recused: 0, yes: 3, no: 1, abstain: 1 }, rule);
    expect(ko.passed).toBe(false);
    expect(ko.text).toContain('không đạt');
  });

  it('takes the share of all members, so absent members count against', () => {
    const rule = voteRuleFor(rules, 'CSTD_CS');
    expect(tally({ members: 5, present: 3, recused: 0, yes: 3, no: 0, abstain: 0 }, rule).passed).toBe(false);
  });

  it('leaves recused members out of the base', () => {
    const rule = voteRuleFor(rules, 'CSTD_CS');
    const r = tally({ members: 5, present: 5, recused: 1, yes: 4, no: 0, abstain: 0 }, rule);
    expect([r.base, r.required, r.passed]).toEqual([4, 4, true]);
    expect(r.text).toContain('xung đột lợi ích');
  });

  it('never passes on more ballots than voters', () => {
    const rule = voteRuleFor(rules, 'LDTT');
    expect(tally({ members: 5, present: 5, recused: 1, yes: 5, no: 0, abstain: 0 }, rule).passed).toBe(false);
  });

  it('adding a vote in favour never turns a pass into a fail', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom(0.5, 0.8, 0.9),
        fc.boolean(),
        (members, yesRaw, share, strict) => {
          const yes = Math.min(yesRaw, members - 1);
          const rule = { awards: ['*'], share, strict, of: 'all' as const, basis: '', mark: 'R' as const };
          const a = tally({ members, present: members, recused: 0, yes, no: members - yes, abstain: 0 }, rule);
          const b = tally(
            { members, present: members, recused: 0, yes: yes + 1, no: members - yes - 1, abstain: 0 },
            rule,
          );
          return !a.passed || b.passed;
        },
      ),
    );
  });

  it('checks the quorum of two thirds', () => {
    expect(quorum(5, 4, rules).met).toBe(true);
    expect(quorum(5, 3, rules).met).toBe(false);
    expect(quorum(5, 3, rules).text).toContain('cần ít nhất 4');
  });
});

describe('working days, notice and appraisal time', () => {
  it('skips weekends and public holidays', () => {
    // Friday 28/8/2026 + 1 working day: Mon 31/8; 1/9 and 2/9 are holidays, so +2 is Thu 3/9.
    expect(addWorkingDays('2026-08-28', 1, H)).toBe('2026-08-31');
    expect(addWorkingDays('2026-08-28', 2, H)).toBe('2026-09-03');
    expect(workingDaysBetween('2026-08-28', '2026-09-03', H)).toBe(2);
  });

  it('gives 20 working days to appraise a dossier complete on 20/11/2026', () => {
    const clock = appraisalClock('2026-11-20', '2026-11-23', PROCEDURE_2025);
    expect(clock.dueOn).toBe('2026-12-18');
    expect(clock.workingDaysLeft).toBe(19);
    expect(clock.late).toBe(false);
    expect(appraisalClock('2026-11-20', '2026-12-21', PROCEDURE_2025)).toMatchObject({
      late: true,
      workingDaysLeft: -1,
    });
  });

  it('keeps a list on notice for 10 days, the first day counted', () => {
    expect(noticeEndsOn('2026-12-01', PROCEDURE_2025)).toBe('2026-12-10');
    const working = { ...PROCEDURE_2025, notice: { ...PROCEDURE_2025.notice, working: true } };
    expect(noticeEndsOn('2026-12-01', working)).toBe('2026-12-14');
  });

  it('applies an administrator override from its date only, and refuses nonsense', () => {
    const overrides = [{ key: 'procedure.notice.days', value: 15, effectiveFrom: '2027-01-01' }];
    expect(applyProcedureOverrides(PROCEDURE_2025, overrides, '2026-12-31').notice.days).toBe(10);
    expect(applyProcedureOverrides(PROCEDURE_2025, overrides, '2027-01-02').notice.days).toBe(15);
    expect(PROCEDURE_2025.notice.days).toBe(10);
    expect(validateProcedureOverride(PROCEDURE_2025, { key: 'procedure.voteRules.0.share', value: 1.5 })).toMatch(
      /từ 0 đến 1/,
    );
    expect(validateProcedureOverride(PROCEDURE_2025, { key: 'procedure.nope', value: 1 })).toMatch(/không có/);
  });
});

describe('dossier', async () => {
  const { proposalStatusFrom, checkEvidence } = await import('./dossier.js');
  it('follows its nominees once submitted', () => {
    expect(proposalStatusFrom(['draft', 'draft'], 'draft')).toBe('draft');
    expect(proposalStatusFrom(['submitted', 'accepted'], 'submitted')).toBe('submitted');
    expect(proposalStatusFrom(['returned', 'accepted'], 'submitted')).toBe('returned');
    expect(proposalStatusFrom(['accepted', 'rejected'], 'submitted')).toBe('appraised');
    expect(proposalStatusFrom(['accepted', 'passed'], 'appraised')).toBe('appraised');
  });
  it('accepts PDF, DOCX and images whose content matches their name', () => {
    expect(checkEvidence('a.pdf', new TextEncoder().encode('%PDF-1.7 ...'))).toMatchObject({
      ok: true,
      kind: { mime: 'application/pdf' },
    });
    expect(checkEvidence('a.pdf', new Uint8Array([0x50, 0x4b, 3, 4]))).toMatchObject({
      ok: false,
      message: expect.stringContaining('không phải PDF'),
    });
    expect(checkEvidence('virus.exe', new Uint8Array([1]))).toMatchObject({
      ok: false,
      message: expect.stringContaining('không thuộc loại'),
    });
    expect(checkEvidence('x.png', new Uint8Array(0))).toMatchObject({ ok: false });
    expect(checkEvidence('big.pdf', new Uint8Array(10 * 1024 * 1024 + 1))).toMatchObject({
      ok: false,
      message: expect.stringContaining('10 MB'),
    });
  });
});
