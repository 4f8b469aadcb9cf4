// Hand-counted fixtures for the statistical forms of TT 02/2023/TT-BNV (biểu 0601–0605.N/BNV-TĐKT),
// with each form's own identities.
import { describe, expect, it } from 'vitest';
import { codedLines, FORMS, STAT_FORM_CODES } from './forms.js';
import {
  ageOn,
  computeForm,
  monthsSpanned,
  recordsInCell,
  statPeriod,
  sumForms,
  yearsInPosts,
  type AwardFact,
  type MovementFact,
  type StatForm,
  type TdktStaffFact,
} from './compute.js';

const v = (f: StatForm, code: string) => f.rows.find((r) => r.code === code)!.values;
const sum = (f: StatForm, codes: string[], col: number) => codes.reduce((s, c) => s + v(f, c)[col - 1], 0);

describe('the reporting period (TT 02/2023: 01/12 of the previous year to 30/11)', () => {
  it('runs from 01/12 of the year before to 30/11', () => {
    expect(statPeriod(2025)).toEqual({ year: 2025, from: '2024-12-01', to: '2025-11-30' });
  });
  it('measures movements in whole months and ages in completed years', () => {
    expect(monthsSpanned('2025-01-01', '2025-12-31')).toBe(12);
    expect(monthsSpanned('2025-03-15', '2025-06-14')).toBe(3);
    expect(monthsSpanned('2021-01-01', '2025-12-31')).toBe(60);
    expect(ageOn('1995-12-01', '2025-11-30')).toBe(29);
    expect(ageOn('1995-11-30', '2025-11-30')).toBe(30);
    expect(
      yearsInPosts(
        [
          { from: '2015-12-01', to: '2018-11-30' },
          { from: '2018-01-01', to: null },
        ],
        '2025-11-30',
      ),
    ).toBeCloseTo(10, 1);
  });
});

describe('every form', () => {
  it('has row codes of two digits, in increasing order, and numbered columns 1..n', () => {
    for (const code of STAT_FORM_CODES) {
      const codes = codedLines(code).map((l) => l.code);
      expect(codes.every((c) => /^\d\d$/.test(c))).toBe(true);
      expect([...codes].sort()).toEqual(codes);
      expect(FORMS[code].columns.map((c) => c.no)).toEqual(FORMS[code].columns.map((_, i) => i + 1));
    }
    // Biểu 0602 has no rows 04 and 05 (as printed in the form).
    expect(codedLines('0602').map((l) => l.code)).not.toContain('04');
  });
});

describe('biểu 0601.N/BNV-TĐKT: số phong trào thi đua', () => {
  const m = (
    id: string,
    level: MovementFact['level'],
    kind: MovementFact['kind'],
    fromDate: string,
    toDate: string,
    byCluster = false,
  ): MovementFact => ({ id, level, kind, fromDate, toDate, byCluster });
  const movements = [
    m('a', 'province', 'regular', '2025-01-01', '2025-12-31'), // 1 năm, tỉnh, thường xuyên
    m('b', 'province', 'thematic', '2025-03-01', '2027-02-28'), // 2 năm, tỉnh, chuyên đề
    m('c', 'commune', 'peak', '2025-04-01', '2025-06-30'), // dưới 1 năm, cơ quan, chuyên đề
    m('d', 'unit', 'regular', '2025-01-01', '2025-12-31', true), // cụm khối, 1 năm
    m('e', 'central', 'thematic', '2025-05-19', '2030-05-18'), // toàn quốc, 5 năm
    m('f', 'commune', 'thematic', '2024-12-01', '2028-11-30'), // 4 năm, first day of the period
    m('late', 'province', 'regular', '2025-12-01', '2026-11-30'), // next period
    m('early', 'province', 'regular', '2024-01-01', '2024-12-31'), // previous period
  ];
  const f = computeForm({ form: '0601', movements }, 2025);

  it('counts the movements launched in the period, hand-counted', () => {
    expect(f.form).toBe('0601.N/BNV-TĐKT');
    expect(v(f, '01')).toEqual([6, 1, 2, 3]);
    expect(v(f, '02')).toEqual([1, 1, 0, 0]);
    expect(v(f, '03')).toEqual([2, 0, 2, 0]);
    expect(v(f, '04')).toEqual([1, 0, 0, 1]);
    expect(v(f, '05')).toEqual([2, 0, 0, 2]);
    expect(v(f, '06')).toEqual([1, 0, 0, 1]);
    expect(v(f, '07')).toEqual([2, 0, 1, 1]);
    expect(v(f, '08')).toEqual([1, 0, 1, 0]);
    expect(v(f, '09')).toEqual([1, 0, 0, 1]);
    expect(v(f, '10')).toEqual([1, 1, 0, 0]);
    expect(v(f, '11')).toEqual([4, 1, 1, 2]);
    expect(v(f, '12')).toEqual([2, 0, 1, 1]);
  });

  it('keeps the identities: column 1 = 2 + 3 + 4; row 01 = 02+…+05 = 06+…+10 = 11 + 12', () => {
    for (const r of f.rows) expect(r.values[0]).toBe(r.values[1] + r.values[2] + r.values[3]);
    for (const col of [1, 2, 3, 4]) {
      expect(sum(f, ['02', '03', '04', '05'], col)).toBe(v(f, '01')[col - 1]);
      expect(sum(f, ['06', '07', '08', '09', '10'], col)).toBe(v(f, '01')[col - 1]);
      expect(sum(f, ['11', '12'], col)).toBe(v(f, '01')[col - 1]);
    }
  });

  it('counts a group of movements alike as many (the SQL groups them): same figures as one by one', () => {
    const twice = [...movements, ...movements.map((x) => ({ ...x, id: `${x.id}2` }))];
    const grouped = movements.map((x) => ({ ...x, count: 2 }));
    const expected = computeForm({ form: '0601', movements: twice }, 2025).rows;
    expect(computeForm({ form: '0601', movements: grouped }, 2025).rows).toEqual(expected);
    expect(expected[0].values).toEqual([12, 2, 4, 6]);
  });

  it('lists the movements behind a cell', () => {
    expect(recordsInCell({ form: '0601', movements }, 2025, '11', 4).sort()).toEqual(['c', 'f']);
    expect(recordsInCell({ form: '0601', movements }, 2025, '01', 3).sort()).toEqual(['a', 'b']);
  });
});

const award = (
  id: string,
  awardCode: string,
  subjectKind: AwardFact['subjectKind'],
  extra: Partial<AwardFact> = {},
): AwardFact => ({
  id,
  awardCode,
  subjectKind,
  track: 'cong_trang',
  decisionDate: '2025-06-01',
  isManager: false,
  unitType: 'commune',
  ...extra,
});

describe('biểu 0602.N/BNV-TĐKT: số lượng khen thưởng cấp Nhà nước', () => {
  const awards = [
    award('hc1', 'HCLD_3', 'collective', { unitType: 'school' }),
    award('hc2', 'HCLD_3', 'individual', { isManager: true, unitType: 'province' }), // lãnh đạo tỉnh
    award('bk1', 'BK_TTG', 'individual', { isManager: true, unitType: 'provincial_agency' }), // lãnh đạo sở
    award('bk2', 'BK_TTG', 'individual', { isManager: false, unitType: 'commune', track: 'chuyen_de' }), // người trực tiếp
    award('bk3', 'BK_TTG', 'collective', { unitType: 'enterprise', track: 'dot_xuat' }), // doanh nghiệp
    award('bk4', 'BK_TTG', 'household', { track: 'dot_xuat' }),
    award('co1', 'CO_TD_CP', 'commune'),
    award('cs1', 'CSTD_TQ', 'individual', { isManager: true, unitType: 'school' }), // lãnh đạo khác
    award('dn1', 'BK_TTG', 'individual', { isManager: true, unitType: 'enterprise', track: 'cong_hien' }), // doanh nhân
    award('out1', 'BK_TINH', 'individual'), // not a state award
    award('out2', 'BK_TTG', 'individual', { decisionDate: '2025-12-02' }), // next period
  ];
  const f = computeForm({ form: '0602', awards }, 2025);

  it('counts state-level awards by form, submitter, subject and track, hand-counted', () => {
    expect(f.form).toBe('0602.N/BNV-TĐKT');
    //                        1  2  3  4  5  6  7  8  9
    expect(v(f, '01')).toEqual([9, 2, 0, 0, 0, 1, 5, 1, 0]);
    expect(v(f, '02')).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(v(f, '03')).toEqual([9, 2, 0, 0, 0, 1, 5, 1, 0]);
    expect(v(f, '06')).toEqual([3, 1, 0, 0, 0, 1, 1, 0, 0]);
    expect(v(f, '07')).toEqual([1, 0, 0, 0, 0, 0, 1, 0, 0]);
    expect(v(f, '08')).toEqual([1, 0, 0, 0, 0, 0, 1, 0, 0]);
    expect(v(f, '09')).toEqual([5, 1, 0, 0, 0, 0, 3, 1, 0]);
    expect(v(f, '10')[0]).toBe(1);
    expect(v(f, '11')[0]).toBe(1);
    expect(v(f, '12')[0]).toBe(1);
    expect(v(f, '13')[0]).toBe(1);
    expect(v(f, '14')[0]).toBe(1);
    expect([
      v(f, '15')[0],
      v(f, '16')[0],
      v(f, '17')[0],
      v(f, '18')[0],
      v(f, '19')[0],
      v(f, '20')[0],
      v(f, '21')[0],
    ]).toEqual([5, 1, 2, 0, 1, 0, 0]);
  });

  it('keeps the identities: column 1 = 2 + … + 9; row 01 = 02 + 03 = 06 + 08 + 09 = 15 + … + 21; 09 = 10 + … + 14', () => {
    for (const r of f.rows) expect(r.values[0]).toBe(r.values.slice(1).reduce((a, b) => a + b, 0));
    for (let col = 1; col <= 9; col++) {
      const total = v(f, '01')[col - 1];
      expect(sum(f, ['02', '03'], col)).toBe(total);
      expect(sum(f, ['06', '08', '09'], col)).toBe(total);
      expect(sum(f, ['15', '16', '17', '18', '19', '20', '21'], col)).toBe(total);
      expect(sum(f, ['10', '11', '12', '13', '14'], col)).toBe(v(f, '09')[col - 1]);
    }
  });

  it('puts a ministry-submitted award in row 02', () => {
    const m = computeForm({ form: '0602', awards, submitter: 'ministry' }, 2025);
    expect(v(m, '02')[0]).toBe(9);
    expect(v(m, '03')[0]).toBe(0);
  });
});

describe('biểu 0603.N/BNV-TĐKT: số lượng khen thưởng cấp bộ, ngành, tỉnh', () => {
  const awards = [
    award('b1', 'BK_TINH', 'individual', { isManager: false }),
    award('b2', 'BK_TINH', 'individual', { isManager: true, unitType: 'agency' }),
    award('b3', 'BK_TINH', 'collective', { unitType: 'enterprise', track: 'chuyen_de' }),
    award('b4', 'BK_TINH', 'household', { track: 'dot_xuat' }),
    award('c1', 'CSTD_TINH', 'individual', { isManager: true, unitType: 'provincial_agency' }),
    award('f1', 'CO_TD_TINH', 'commune'),
    award('k1', 'KNC_TINH', 'individual', { isManager: true, unitType: 'province', track: 'cong_hien' }),
    award('k2', 'KNC_TINH', 'individual', { isManager: true, unitType: 'enterprise', track: 'doi_ngoai' }),
    award('x1', 'LDTT', 'individual'), // not counted
    award('x2', 'BK_TINH', 'individual', { decisionDate: '2024-11-30' }), // previous period
    award('x3', 'BK_TINH', 'individual', { decisionDate: null }), // no decision date
  ];
  const f = computeForm({ form: '0603', awards }, 2025);

  it('counts province-level awards, hand-counted', () => {
    expect(f.form).toBe('0603.N/BNV-TĐKT');
    expect(f.rows[0]).toEqual({ code: '01', label: 'Tổng số', values: [8, 4, 1, 1, 2] });
    expect(v(f, '02')).toEqual([2, 1, 0, 1, 0]);
    expect(v(f, '03')).toEqual([1, 1, 0, 0, 0]);
    expect(v(f, '04')).toEqual([1, 1, 0, 0, 0]);
    expect(v(f, '05')).toEqual([5, 2, 1, 0, 2]);
    expect(v(f, '06')).toEqual([1, 0, 0, 0, 1]);
    expect(v(f, '07')).toEqual([1, 0, 1, 0, 0]);
    expect(v(f, '08')).toEqual([1, 0, 0, 0, 1]);
    expect(v(f, '09')).toEqual([1, 1, 0, 0, 0]);
    expect(v(f, '10')).toEqual([1, 1, 0, 0, 0]);
    expect([11, 12, 13, 14, 15, 16, 17].map((c) => v(f, String(c))[0])).toEqual([4, 1, 1, 1, 1, 0, 0]);
  });

  it('keeps the identities: column 1 = 2 + 3 + 4 + 5; row 01 = 02 + 04 + 05 = 11 + … + 17; 05 = 06 + … + 10', () => {
    for (const r of f.rows) expect(r.values[0]).toBe(r.values[1] + r.values[2] + r.values[3] + r.values[4]);
    for (let col = 1; col <= 5; col++) {
      expect(sum(f, ['02', '04', '05'], col)).toBe(v(f, '01')[col - 1]);
      expect(sum(f, ['11', '12', '13', '14', '15', '16', '17'], col)).toBe(v(f, '01')[col - 1]);
      expect(sum(f, ['06', '07', '08', '09', '10'], col)).toBe(v(f, '05')[col - 1]);
    }
  });

  it('adds a commune’s figures into the province’s', () => {
    const other = computeForm({ form: '0603', awards: [award('z', 'BK_TINH', 'individual')] }, 2025);
    const total = sumForms([f, other]);
    expect(v(total, '01')).toEqual([9, 5, 1, 1, 2]);
    expect(v(total, '10')).toEqual([2, 2, 0, 0, 0]);
  });
});

describe('biểu 0604.N/BNV-TĐKT: số lượng tổ chức làm công tác thi đua, khen thưởng', () => {
  it('counts the organisations in existence at the end of the period, by kind', () => {
    const f = computeForm(
      {
        form: '0604',
        offices: [
          { id: 'ban', kind: 'ban_so_noi_vu', effectiveFrom: '2025-03-01', effectiveTo: null },
          { id: 'p1', kind: 'phong_so_noi_vu', effectiveFrom: '2020-01-01', effectiveTo: null },
          { id: 'p2', kind: 'phong_so_noi_vu', effectiveFrom: '2020-01-01', effectiveTo: null },
          { id: 'gone', kind: 'phong_so_noi_vu', effectiveFrom: '2020-01-01', effectiveTo: '2025-06-30' },
          { id: 'new', kind: 'vu', effectiveFrom: '2025-12-01', effectiveTo: null },
        ],
      },
      2025,
    );
    expect(f.rows.map((r) => [r.code, r.values])).toEqual([
      ['01', [3]],
      ['02', [0]],
      ['03', [0]],
      ['04', [1]],
      ['05', [2]],
    ]);
    expect(v(f, '01')[0]).toBe(sum(f, ['02', '03', '04', '05'], 1));
  });
});

describe('biểu 0605.N/BNV-TĐKT: số lượng công chức làm công tác thi đua, khen thưởng', () => {
  const s = (
    id: string,
    gender: TdktStaffFact['gender'],
    birthDate: string,
    educationLevel: TdktStaffFact['educationLevel'],
    posts: TdktStaffFact['posts'],
  ): TdktStaffFact => ({ id, gender, birthDate, educationLevel, posts });
  const staff = [
    s('a', 'female', '1996-01-10', 'dai_hoc', [{ from: '2022-08-01', to: null }]), // 29, ĐH, <5
    s('b', 'male', '1980-05-05', 'tren_dai_hoc', [{ from: '2016-01-01', to: null }]), // 45, ThS, 9.9 y
    s('c', 'female', '1964-02-02', 'trung_cap', [{ from: '1995-01-01', to: null }]), // 61, TC, ≥10
    s('d', 'female', '1971-11-30', 'cao_dang', [
      { from: '2010-01-01', to: '2014-12-31' },
      { from: '2021-01-01', to: null },
    ]), // 54, CĐ, 5+4.9=9.9
    s('left', 'male', '1990-01-01', 'dai_hoc', [{ from: '2015-01-01', to: '2025-06-30' }]), // not in post on 30/11
  ];
  const f = computeForm({ form: '0605', staff }, 2025);

  it('counts the people in TĐKT posts on 30/11 by age, training and years in the field, hand-counted', () => {
    expect(v(f, '01')).toEqual([4, 3]);
    expect(['02', '03', '04', '05', '06', '07'].map((c) => v(f, c))).toEqual([
      [1, 1],
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
      [1, 1],
    ]);
    expect(['08', '09', '10', '11', '12'].map((c) => v(f, c))).toEqual([
      [0, 0],
      [1, 1],
      [1, 1],
      [1, 1],
      [1, 0],
    ]);
    expect(['13', '14', '15'].map((c) => v(f, c))).toEqual([
      [1, 1],
      [2, 1],
      [1, 1],
    ]);
  });

  it('keeps the identities: each breakdown adds up to row 01, and women never exceed the total', () => {
    for (const col of [1, 2]) {
      expect(sum(f, ['02', '03', '04', '05', '06', '07'], col)).toBe(v(f, '01')[col - 1]);
      expect(sum(f, ['08', '09', '10', '11', '12'], col)).toBe(v(f, '01')[col - 1]);
      expect(sum(f, ['13', '14', '15'], col)).toBe(v(f, '01')[col - 1]);
    }
    for (const r of f.rows) expect(r.values[1]).toBeLessThanOrEqual(r.values[0]);
  });
});
