// Writing an award to a subject's history: "không khen thưởng nhiều lần cho một thành tích"
// (Luật Thi đua, khen thưởng 06/2022/QH15, điểm c khoản 2 Điều 5) across periods of either kind,
// and a decision granting Tập thể LĐTT only when its members' LĐTT hold (Law Art. 28).
import { describe, expect, it } from 'vitest';
import { moneyInWords } from '../vi-text/index.js';
import { awardRecordConflict, firstRecordConflict, memberTitleShortfalls } from './grants.js';
import { resolveRules } from './rulesets.js';

const rules = resolveRules('2026-12-20')!.rules;
const AN = '"Nguyễn Văn An"';

describe('awardRecordConflict (Law 06/2022 Art. 5.2.c)', () => {
  it('refuses the same title for the same period twice', () => {
    const c = awardRecordConflict(
      AN,
      [{ awardCode: 'LDTT', period: '2026', decisionNo: '540/QĐ-UBND', decisionDate: '2026-12-20' }],
      { awardCode: 'LDTT', period: '2026' },
      rules,
    );
    expect(c?.kind).toBe('duplicate');
    expect(c?.message).toBe(
      '"Nguyễn Văn An" đã có Lao động tiên tiến năm 2026 (Quyết định số 540/QĐ-UBND ngày 20/12/2026).',
    );
  });

  it('refuses a title whose school year overlaps a title of the calendar year of the same family, citing the article', () => {
    // The walkthrough: CSTĐCS 2026 on record, LĐTT 2025-2026 added (and the other way round).
    const c = awardRecordConflict(
      AN,
      [{ awardCode: 'CSTD_CS', period: '2026' }],
      { awardCode: 'LDTT', period: '2025-2026' },
      rules,
    );
    expect(c?.kind).toBe('overlap');
    expect(c?.message).toContain('đã có Chiến sĩ thi đua cơ sở năm 2026, trùng thời gian với năm học 2025-2026');
    expect(c?.message).toContain('Điều 5');
    expect(c?.message).toContain('không khen thưởng nhiều lần cho một thành tích');
    expect(
      awardRecordConflict(
        AN,
        [{ awardCode: 'LDTT', period: '2025-2026' }],
        { awardCode: 'CSTD_CS', period: '2026' },
        rules,
      )?.kind,
    ).toBe('overlap');
    // The school year 2026-2027 starts in September 2026: it overlaps 2026 too.
    expect(
      awardRecordConflict(
        AN,
        [{ awardCode: 'LDTT', period: '2026' }],
        { awardCode: 'LDTT', period: '2026-2027' },
        rules,
      )?.kind,
    ).toBe('overlap');
  });

  it('allows periods of the other kind that do not overlap, and titles of one period of the same kind (LĐTT and CSTĐCS 2026)', () => {
    expect(
      awardRecordConflict(
        AN,
        [{ awardCode: 'LDTT', period: '2026' }],
        { awardCode: 'LDTT', period: '2024-2025' },
        rules,
      ),
    ).toBeNull();
    expect(
      awardRecordConflict(AN, [{ awardCode: 'LDTT', period: '2026' }], { awardCode: 'CSTD_CS', period: '2026' }, rules),
    ).toBeNull();
    expect(
      awardRecordConflict(AN, [{ awardCode: 'LDTT', period: '2025' }], { awardCode: 'LDTT', period: '2026' }, rules),
    ).toBeNull();
  });

  it('does not mix titles counted over different lengths of time (CSTĐ tỉnh counts 3 years)', () => {
    expect(
      awardRecordConflict(
        AN,
        [{ awardCode: 'CSTD_CS', period: '2025-2026' }],
        { awardCode: 'CSTD_TINH', period: '2026' },
        rules,
      ),
    ).toBeNull();
  });

  it("checks collectives within their own family (TT LĐTT and Cờ thi đua), not against individuals' titles", () => {
    expect(
      awardRecordConflict(
        'Trường THCS Lay Nưa',
        [{ awardCode: 'TT_LDTT', period: '2025-2026' }],
        { awardCode: 'CO_TD_TINH', period: '2026' },
        rules,
      )?.kind,
    ).toBe('overlap');
    expect(
      awardRecordConflict(
        'Trường THCS Lay Nưa',
        [{ awardCode: 'LDTT', period: '2025-2026' }],
        { awardCode: 'TT_LDTT', period: '2026' },
        rules,
      ),
    ).toBeNull();
  });

  it('lets a form be given more than once; only the same record twice is refused', () => {
    const gk = { awardCode: 'GIAY_KHEN', period: '2026', decisionNo: '12/QĐ-UBND' };
    expect(
      awardRecordConflict(AN, [gk], { awardCode: 'GIAY_KHEN', period: '2026', decisionNo: '80/QĐ-UBND' }, rules),
    ).toBeNull();
    expect(
      awardRecordConflict(AN, [gk], { awardCode: 'GIAY_KHEN', period: '2025-2026', decisionNo: '80/QĐ-UBND' }, rules),
    ).toBeNull();
    expect(awardRecordConflict(AN, [gk], { ...gk }, rules)?.kind).toBe('duplicate');
  });

  it('ignores revoked awards and records of a track that does not count for công trạng', () => {
    expect(
      awardRecordConflict(
        AN,
        [{ awardCode: 'CSTD_CS', period: '2026', revokedOn: '2026-11-01' }],
        { awardCode: 'LDTT', period: '2025-2026' },
        rules,
      ),
    ).toBeNull();
    expect(
      awardRecordConflict(
        AN,
        [{ awardCode: 'LDTT', period: '2026', track: 'chuyen_de' }],
        { awardCode: 'LDTT', period: '2025-2026' },
        rules,
      ),
    ).toBeNull();
  });

  it('checks several new records against each other too (a file or a decision with two lines of one person)', () => {
    expect(
      firstRecordConflict(
        AN,
        [],
        [
          { awardCode: 'LDTT', period: '2025-2026' },
          { awardCode: 'CSTD_CS', period: '2026' },
        ],
        rules,
      )?.message,
    ).toContain('đã có Lao động tiên tiến năm học 2025-2026');
    expect(
      firstRecordConflict(
        AN,
        [],
        [
          { awardCode: 'LDTT', period: '2026' },
          { awardCode: 'CSTD_CS', period: '2026' },
        ],
        rules,
      ),
    ).toBeNull();
  });
});

describe('memberTitleShortfalls (Tập thể LĐTT: at least 70% of members LĐTT, Law Art. 28)', () => {
  const line = {
    award: 'TT_LDTT',
    period: '2025-2026',
    decisionDate: '2026-12-20',
    subjectKind: 'collective' as const,
  };
  it("holds at 70% and fails below, with the engine's own words", () => {
    expect(memberTitleShortfalls(rules, line, { total: 10, ldtt: 7, cstdcs: 0 }, { moneyInWords })).toEqual([]);
    const short = memberTitleShortfalls(rules, line, { total: 10, ldtt: 6, cstdcs: 0 }, { moneyInWords });
    expect(short.map((c) => c.id)).toEqual(['members_ldtt_70']);
    expect(short[0].message).toContain('6/10 cá nhân (60%)');
  });

  it("checks Tập thể LĐXS's CSTĐCS member too, and nothing for a title without member criteria", () => {
    const x = { ...line, award: 'TT_LDXS' };
    expect(
      memberTitleShortfalls(rules, x, { total: 10, ldtt: 8, cstdcs: 0 }, { moneyInWords }).map((c) => c.id),
    ).toEqual(['members_has_cstdcs']);
    expect(memberTitleShortfalls(rules, x, { total: 10, ldtt: 8, cstdcs: 1 }, { moneyInWords })).toEqual([]);
    expect(
      memberTitleShortfalls(
        rules,
        { ...line, award: 'CO_TD_TINH' },
        { total: 10, ldtt: 0, cstdcs: 0 },
        { moneyInWords },
      ),
    ).toEqual([]);
  });
});
