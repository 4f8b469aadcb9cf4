import { describe, expect, it } from 'vitest';
import { PROCEDURE_2025, PUBLIC_HOLIDAYS } from '../rounds/procedure.js';
import {
  acceptRefusal,
  deadlineState,
  extensionRefusal,
  findDuplicate,
  isAnonymous,
  PETITION_RULES_2019 as R,
  petitionDeadline,
  petitionRulesOn,
  withholds,
} from './index.js';

const H = PROCEDURE_2025.holidays.dates;

describe('acceptance deadlines (thụ lý)', () => {
  it('Luật Khiếu nại 2011 Art. 27: 10 days from receipt', () => {
    const d = petitionDeadline({ kind: 'complaint', receivedOn: '2026-04-24' }, R, H);
    expect(d).toMatchObject({ stage: 'accept', dueDate: '2026-05-04' });
    expect(d.periods[0]!.basis).toContain('Điều 27');
  });
  it('Civil Code 2015 Art. 148: a last day on a public holiday moves to the next working day (Art. 27)', () => {
    // 23/8 + 10 days = 02/9 (National Day), 01/9 also off: due on Thursday 03/9.
    expect(petitionDeadline({ kind: 'complaint', receivedOn: '2026-08-23' }, R, H).dueDate).toBe('2026-09-03');
  });
  it('Luật Tố cáo 2018 Art. 24: 7 working days, skipping 27/4, 30/4 and 01/5', () => {
    const d = petitionDeadline({ kind: 'denunciation', receivedOn: '2026-04-24' }, R, H);
    expect(d.dueDate).toBe('2026-05-08');
    expect(d.periods[0]).toMatchObject({ days: 7, working: true });
    expect(d.periods[0]!.basis).toContain('Điều 24');
  });
  it('Luật Tố cáo 2018 Art. 24: checked at several places, up to 10 working days', () => {
    const d = petitionDeadline({ kind: 'denunciation', receivedOn: '2026-04-24', complexity: 'complex' }, R, H);
    expect(d.dueDate).toBe('2026-05-13');
  });
  it('kiến nghị, phản ánh: 10 working days to handle the letter', () => {
    expect(petitionDeadline({ kind: 'reflection', receivedOn: '2026-04-24' }, R, H).dueDate).toBe('2026-05-13');
  });
});

describe('settlement deadlines', () => {
  const acc = { receivedOn: '2026-02-25', acceptedOn: '2026-03-02' };
  it('Luật Khiếu nại 2011 Art. 28: first round 30 days, 45 complex or remote, 60 both', () => {
    expect(petitionDeadline({ kind: 'complaint', ...acc }, R, H)).toMatchObject({
      stage: 'settle',
      dueDate: '2026-04-01',
    });
    expect(petitionDeadline({ kind: 'complaint', ...acc, complexity: 'complex' }, R, H).dueDate).toBe('2026-04-16');
    expect(petitionDeadline({ kind: 'complaint', ...acc, remote: true }, R, H).dueDate).toBe('2026-04-16');
    // 60 days = Friday 01/5 (holiday), then the weekend: Monday 04/5.
    const d = petitionDeadline({ kind: 'complaint', ...acc, remote: true, complexity: 'complex' }, R, H);
    expect(d.dueDate).toBe('2026-05-04');
    expect(d.periods[0]!.basis).toContain('Điều 28');
  });
  it('Luật Khiếu nại 2011 Art. 37: second round 45, 60 complex or remote, 70 both', () => {
    expect(petitionDeadline({ kind: 'complaint', ...acc, secondRound: true }, R, H).dueDate).toBe('2026-04-16');
    const d = petitionDeadline(
      { kind: 'complaint', ...acc, secondRound: true, remote: true, complexity: 'complex' },
      R,
      H,
    );
    expect(d.dueDate).toBe('2026-05-11');
    expect(d.periods[0]!.basis).toContain('Điều 37');
  });
  it('Luật Tố cáo 2018 Art. 30: 30 days, extended 30 once (complex) or twice (very complex)', () => {
    expect(petitionDeadline({ kind: 'denunciation', ...acc }, R, H).dueDate).toBe('2026-04-01');
    expect(petitionDeadline({ kind: 'denunciation', ...acc, complexity: 'complex', extensions: 1 }, R, H).dueDate).toBe(
      '2026-05-04',
    );
    // 90 days = Sunday 31/5: Monday 01/6.
    const d = petitionDeadline({ kind: 'denunciation', ...acc, complexity: 'very_complex', extensions: 2 }, R, H);
    expect(d.dueDate).toBe('2026-06-01');
    expect(d.periods.map((p) => p.days)).toEqual([30, 30, 30]);
    expect(d.periods[1]!.basis).toContain('Điều 30');
  });
  it('an extension the law does not allow is refused and never counted (Art. 30)', () => {
    expect(extensionRefusal({ kind: 'denunciation', ...acc }, R)).toMatch(/không được gia hạn/);
    expect(extensionRefusal({ kind: 'denunciation', ...acc, complexity: 'complex' }, R)).toBeNull();
    expect(extensionRefusal({ kind: 'denunciation', ...acc, complexity: 'complex', extensions: 1 }, R)).toMatch(
      /tối đa 1 lần/,
    );
    expect(extensionRefusal({ kind: 'complaint', ...acc, complexity: 'complex' }, R)).toMatch(/Chỉ tố cáo/);
    expect(
      petitionDeadline({ kind: 'denunciation', ...acc, complexity: 'complex', extensions: 5 }, R, H).periods,
    ).toHaveLength(2);
  });
});

describe('warnings before a deadline passes', () => {
  it('is due soon within 3 working days, overdue after, closed when settled', () => {
    expect(deadlineState('2026-05-08', '2026-05-04', true, 3, H).state).toBe('ok');
    expect(deadlineState('2026-05-08', '2026-05-05', true, 3, H)).toEqual({ state: 'due_soon', workingDaysLeft: 3 });
    expect(deadlineState('2026-05-08', '2026-05-11', true, 3, H).state).toBe('overdue');
    expect(deadlineState('2026-05-08', '2026-05-11', false, 3, H).state).toBe('closed');
  });
  it('holidays count: 24/4 to 04/5 leaves 3 working days, not 6', () => {
    expect(deadlineState('2026-05-04', '2026-04-24', true, 3, H)).toEqual({ state: 'due_soon', workingDaysLeft: 3 });
  });
});

describe('anonymous petitions and duplicates', () => {
  it('Luật Tố cáo 2018 Art. 25: an anonymous denunciation is not accepted', () => {
    expect(isAnonymous({ senderName: null, senderAddress: 'x' })).toBe(true);
    expect(isAnonymous({ senderName: 'Lê Văn A', senderAddress: null, contact: null })).toBe(true);
    expect(isAnonymous({ senderName: 'Lê Văn A', senderAddress: null, contact: '0912345678' })).toBe(false);
    expect(acceptRefusal({ kind: 'denunciation', anonymous: true, duplicateOf: null }, R)).toContain('Điều 25');
    expect(acceptRefusal({ kind: 'complaint', anonymous: true, duplicateOf: null }, R)).toMatch(/họ tên, địa chỉ/);
    // A reflection may be anonymous: the office still reads it.
    expect(acceptRefusal({ kind: 'reflection', anonymous: true, duplicateOf: null }, R)).toBeNull();
  });
  it('an anonymous denunciation never withholds an award', () => {
    expect(withholds({ kind: 'denunciation', status: 'received', anonymous: true, hasSubject: true })).toBe(false);
    expect(withholds({ kind: 'denunciation', status: 'received', anonymous: false, hasSubject: true })).toBe(true);
    expect(withholds({ kind: 'complaint', status: 'answered', anonymous: false, hasSubject: true })).toBe(false);
    expect(withholds({ kind: 'recommendation', status: 'accepted', anonymous: false, hasSubject: true })).toBe(false);
  });
  it('finds the open petition a new one repeats (same kind, sender and subject, diacritics aside)', () => {
    const earlier = [
      {
        id: '1',
        kind: 'complaint' as const,
        status: 'answered' as const,
        senderName: 'Lê Văn An',
        subjectKey: 'p1',
        trackingCode: 'DT-1',
      },
      {
        id: '2',
        kind: 'complaint' as const,
        status: 'accepted' as const,
        senderName: 'LE VAN AN',
        subjectKey: 'p1',
        trackingCode: 'DT-2',
      },
      {
        id: '3',
        kind: 'complaint' as const,
        status: 'received' as const,
        senderName: 'Lê Văn An',
        subjectKey: 'p2',
        trackingCode: 'DT-3',
      },
    ];
    expect(findDuplicate({ kind: 'complaint', senderName: 'lê văn an', subjectKey: 'p1' }, earlier)?.id).toBe('2');
    expect(findDuplicate({ kind: 'denunciation', senderName: 'Lê Văn An', subjectKey: 'p1' }, earlier)).toBeNull();
    expect(findDuplicate({ kind: 'complaint', senderName: null, subjectKey: 'p1' }, earlier)).toBeNull();
  });
  it('a duplicate of an open petition is not accepted; a repeated denunciation needs new evidence', () => {
    const open = { status: 'accepted' as const, trackingCode: 'DT-AAAA-BBBB' };
    const done = { status: 'answered' as const, trackingCode: 'DT-CCCC-DDDD' };
    expect(acceptRefusal({ kind: 'complaint', anonymous: false, duplicateOf: open }, R)).toContain('DT-AAAA-BBBB');
    expect(acceptRefusal({ kind: 'denunciation', anonymous: false, duplicateOf: done }, R)).toMatch(/chứng cứ mới/);
    expect(
      acceptRefusal({ kind: 'denunciation', anonymous: false, duplicateOf: done, newInformation: true }, R),
    ).toBeNull();
  });
});

it('rules are dated: the set in force on the day of receipt applies', () => {
  expect(petitionRulesOn('2026-12-07').from).toBe('2019-01-01');
});

describe('2027 deadlines count the 2027 public holidays', () => {
  it('Luật Tố cáo 2018 Art. 24: 7 working days across Tết Đinh Mùi (05/02 and 08/02–11/02/2027 off)', () => {
    // Wed 03/02: Thu 04/02 is day 1; Tết from Fri 05/02 to Thu 11/02; days 2–7 are 12/02–19/02.
    expect(petitionDeadline({ kind: 'denunciation', receivedOn: '2027-02-03' }, R, H).dueDate).toBe('2027-02-19');
  });
  it('Luật Khiếu nại 2011 Art. 27: 10 days ending on a Tết day move to the first working day after Tết', () => {
    // Sat 30/01 + 10 days = Tue 09/02, a Tết day; 10/02 and 11/02 are off too: Friday 12/02.
    expect(petitionDeadline({ kind: 'complaint', receivedOn: '2027-01-30' }, R, H).dueDate).toBe('2027-02-12');
  });
  it('Giỗ Tổ Hùng Vương (Fri 16/4/2027), 30/4 and 01/5 taken on Monday 03/5 are skipped', () => {
    // Mon 26/4: 27, 28, 29/4 count; 30/4 and 03/5 are off; 04/5–12/5 are days 4–10.
    expect(petitionDeadline({ kind: 'reflection', receivedOn: '2027-04-26' }, R, H).dueDate).toBe('2027-05-12');
    // Wed 14/4: Thu 15/4 is day 1, Fri 16/4 is off, 19/4–23/4 are days 2–6, Mon 26/4 day 7.
    expect(petitionDeadline({ kind: 'denunciation', receivedOn: '2027-04-14' }, R, H).dueDate).toBe('2027-04-26');
  });
  it('every listed holiday is a weekday (one falling on a weekend is taken on the next working day)', () => {
    for (const y of PUBLIC_HOLIDAYS) {
      for (const d of y.dates) {
        expect(d.startsWith(String(y.year)), d).toBe(true);
        expect([0, 6], d).not.toContain(new Date(`${d}T00:00:00Z`).getUTCDay());
      }
      expect(y.basis).toContain('Điều 112');
    }
    expect(PUBLIC_HOLIDAYS.map((y) => y.year)).toContain(2027);
  });
});
