import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessInitiative,
  checkTable,
  compareRegistrations,
  covenantStatus,
  leaves,
  normalMaximum,
  rankMembers,
  registrationOpen,
  scoreSheet,
  type ScoreTable,
} from './index.js';

// A cluster's scale in the manner of provincial guidance: three groups of 100 points, bonus and penalty apart.
const table: ScoreTable = {
  expectedTotal: 100,
  criteria: [
    {
      id: 'A',
      label: 'Thực hiện nhiệm vụ chính trị',
      maxPoints: 60,
      children: [
        { id: 'A1', label: 'Chỉ tiêu kinh tế - xã hội', maxPoints: 40 },
        { id: 'A2', label: 'Cải cách hành chính', maxPoints: 20 },
      ],
    },
    {
      id: 'B',
      label: 'Công tác thi đua, khen thưởng',
      maxPoints: 30,
      children: [
        { id: 'B1', label: 'Tổ chức phong trào', maxPoints: 15 },
        { id: 'B2', label: 'Nhân rộng điển hình tiên tiến', maxPoints: 15 },
      ],
    },
    { id: 'C', label: 'Xây dựng tổ chức', maxPoints: 10 },
    { id: 'D', label: 'Điểm thưởng: mô hình mới', maxPoints: 5, kind: 'bonus' },
    { id: 'E', label: 'Điểm trừ: chậm báo cáo', maxPoints: 5, kind: 'penalty' },
  ],
};

describe('scoring tables', () => {
  it('accepts a table whose groups add up to 100', () => {
    expect(checkTable(table)).toEqual([]);
    expect(normalMaximum(table)).toBe(100);
    expect(leaves(table).map((l) => l.criterion.id)).toEqual(['A1', 'A2', 'B1', 'B2', 'C', 'D', 'E']);
  });

  it('says which group does not add up and that the total differs from the guidance', () => {
    const broken: ScoreTable = {
      ...table,
      criteria: [
        {
          ...table.criteria[0]!,
          children: [
            { id: 'A1', label: 'Chỉ tiêu', maxPoints: 35 },
            { id: 'A2', label: 'CCHC', maxPoints: 20 },
          ],
        },
        ...table.criteria.slice(1),
      ],
    };
    const problems = checkTable(broken).map((p) => p.message);
    expect(problems).toContain('"Thực hiện nhiệm vụ chính trị": điểm tối đa 60 khác tổng các tiêu chí con (55).');
    expect(problems).toContain('Tổng điểm tối đa các tiêu chí là 95, khác 100 điểm theo hướng dẫn.');
    expect(
      checkTable({
        criteria: [
          { id: 'X', label: 'a', maxPoints: 1 },
          { id: 'X', label: 'b', maxPoints: 1 },
        ],
      })[0]!.message,
    ).toContain('trùng');
  });

  it('totals normal points plus bonus minus penalty, and refuses points out of bounds', () => {
    const s = scoreSheet(table, { A1: 38, A2: 18.5, B1: 15, B2: 12, C: 9, D: 3, E: 2 });
    expect(s).toMatchObject({ normal: 92.5, bonus: 3, penalty: 2, total: 93.5, problems: [], missing: [] });
    expect(s.byCriterion.A).toBe(56.5);
    const bad = scoreSheet(table, { A1: 41, A2: -1, Z: 3 });
    expect(bad.problems.map((p) => p.id).sort()).toEqual(['A1', 'A2', 'Z']);
    expect(bad.total).toBe(0);
    expect(bad.missing).toEqual(['B1', 'B2', 'C', 'D', 'E']);
  });

  it('never goes above the maximum plus bonus, whatever the entries', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('A1', 'A2', 'B1', 'B2', 'C', 'D', 'E'),
          fc.double({ min: -10, max: 60, noNaN: true }),
        ),
        (entries) => {
          const s = scoreSheet(table, entries);
          return s.total <= 105 + 1e-9 && s.total >= -5 - 1e-9 && s.normal <= 100 + 1e-9;
        },
      ),
    );
  });
});

describe('ranking', () => {
  const sheet = (e: Record<string, number>) => scoreSheet(table, e);
  const base = { A1: 35, A2: 18, B1: 14, B2: 13, C: 9 };

  it('breaks a tie by the stated rule and says how', () => {
    const rows = rankMembers(
      [
        { memberId: 'x', name: 'Phường Bạch Đằng', sheet: sheet({ ...base, E: 1, D: 1 }) },
        { memberId: 'y', name: 'Phường Mường Lay', sheet: sheet({ ...base, A1: 36, B2: 12, E: 1, D: 1 }) },
        { memberId: 'z', name: 'Xã Điềm He', sheet: sheet({ ...base, A1: 30 }) },
      ],
      [{ kind: 'criterion', id: 'A' }, { kind: 'fewer_penalty' }],
      { A: 'Thực hiện nhiệm vụ chính trị' },
    );
    expect(rows.map((r) => [r.name, r.rank])).toEqual([
      ['Phường Mường Lay', 1],
      ['Phường Bạch Đằng', 2],
      ['Xã Điềm He', 3],
    ]);
    expect(rows[1]!.tieNote).toBe(
      'Bằng tổng điểm với Phường Mường Lay; xếp sau theo điểm tiêu chí "Thực hiện nhiệm vụ chính trị".',
    );
  });

  it('shares a rank when every rule still ties (1, 1, 3)', () => {
    const rows = rankMembers(
      [
        { memberId: 'a', name: 'Xã A', sheet: sheet(base) },
        { memberId: 'b', name: 'Xã B', sheet: sheet(base) },
        { memberId: 'c', name: 'Xã C', sheet: sheet({ ...base, C: 1 }) },
      ],
      [{ kind: 'fewer_penalty' }],
    );
    expect(rows.map((r) => r.rank)).toEqual([1, 1, 3]);
    expect(rows[1]!.tieNote).toContain('đồng hạng');
  });

  it('orders by total whatever the input order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ A1: fc.integer({ min: 0, max: 40 }), C: fc.integer({ min: 0, max: 10 }) }), {
          minLength: 1,
          maxLength: 12,
        }),
        (entries) => {
          const rows = rankMembers(
            entries.map((e, i) => ({ memberId: String(i), name: `Xã ${i}`, sheet: sheet(e) })),
            [],
          );
          return rows.every(
            (r, i) => i === 0 || (rows[i - 1]!.sheet.total >= r.sheet.total && rows[i - 1]!.rank <= r.rank),
          );
        },
      ),
    );
  });
});

describe('initiative council', () => {
  const criteria = [
    { id: 'moi', label: 'Tính mới', maxPoints: 40 },
    { id: 'kh', label: 'Tính khả thi', maxPoints: 30 },
    { id: 'hq', label: 'Hiệu quả', maxPoints: 30 },
  ];
  const rule = { share: 2 / 3, minAverage: 50, basis: 'Quy chế Hội đồng sáng kiến' };
  const m = (id: string, vote: 'yes' | 'no', total: number, recused = false) => ({
    memberId: id,
    recused,
    vote,
    scores: { moi: total * 0.4, kh: total * 0.3, hq: total * 0.3 },
  });

  it('recognises with 2/3 of all members and a sufficient average', () => {
    const r = assessInitiative(criteria, [m('1', 'yes', 80), m('2', 'yes', 70), m('3', 'no', 40)], rule);
    expect(r).toMatchObject({ recognised: true, yes: 2, required: 2, average: 63.33 });
    expect(r.text).toContain('công nhận');
  });

  it('refuses below 2/3, and leaves recused members out', () => {
    expect(
      assessInitiative(criteria, [m('1', 'yes', 80), m('2', 'no', 70), m('3', 'no', 40), m('4', 'yes', 90)], rule)
        .recognised,
    ).toBe(false);
    const r = assessInitiative(
      criteria,
      [m('1', 'yes', 80), m('2', 'yes', 70), m('3', 'no', 40), m('4', 'no', 0, true)],
      rule,
    );
    expect([r.voters, r.required, r.recognised]).toEqual([3, 2, true]);
    expect(r.text).toContain('xung đột lợi ích');
  });

  it('refuses when the average is too low even with the votes', () => {
    expect(assessInitiative(criteria, [m('1', 'yes', 40), m('2', 'yes', 45), m('3', 'yes', 50)], rule).recognised).toBe(
      false,
    );
  });
});

describe('registrations and covenants', () => {
  it('compares registered, achieved and eligible-now', () => {
    const { rows, counts } = compareRegistrations(
      [
        { subjectKey: 'p1', award: 'CSTD_CS' },
        { subjectKey: 'p2', award: 'LDTT' },
        { subjectKey: 'p3', award: 'LDTT' },
      ],
      [
        { subjectKey: 'p1', award: 'CSTD_CS' },
        { subjectKey: 'p4', award: 'LDTT' },
      ],
      (s) => s === 'p2',
    );
    expect(rows.map((r) => `${r.subjectKey}:${r.outcome}`)).toEqual([
      'p1:achieved',
      'p2:eligible_pending',
      'p3:not_achieved',
      'p4:unregistered_achieved',
    ]);
    expect(counts).toEqual({ achieved: 1, eligible_pending: 1, not_achieved: 1, unregistered_achieved: 1 });
  });

  it('closes registration after the deadline day and puts a covenant in force once all have signed', () => {
    expect(registrationOpen('2026-01-31', '2026-01-31')).toBe(true);
    expect(registrationOpen('2026-02-01', '2026-01-31')).toBe(false);
    expect(
      covenantStatus([
        { orgId: 'a', signedOn: '2026-01-10' },
        { orgId: 'b', signedOn: null },
      ]),
    ).toEqual({ inForce: false, signed: 1, total: 2, waitingFor: ['b'] });
    expect(covenantStatus([{ orgId: 'a', signedOn: '2026-01-10' }]).inForce).toBe(true);
  });
});
