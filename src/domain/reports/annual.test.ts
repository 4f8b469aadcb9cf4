// The figures of the six-month and annual reports against hand-counted fixtures, the periods, the
// share against the previous year and the roll-up of the units' submitted headline numbers.
import { describe, expect, it } from 'vitest';
import {
  periodReportLabel,
  type AnnualFacts,
  awardLevel,
  completeNarrative,
  computeAnnualFigures,
  defaultNarrative,
  headlineOf,
  percentOf,
  reportPeriod,
  sumHeadlines,
} from './annual.js';

const facts: AnnualFacts = {
  movements: [
    { kind: 'regular', status: 'launched', launched: true, midReviewed: false, finalReviewed: false },
    { kind: 'peak', status: 'closed', launched: true, midReviewed: true, finalReviewed: true },
    // Launched the year before, reviewed in this period: reviewed, not launched.
    { kind: 'thematic', status: 'mid_reviewed', launched: false, midReviewed: true, finalReviewed: false },
  ],
  registrations: [
    { subjectKind: 'individual', unitOrgId: 'a' },
    { subjectKind: 'individual', unitOrgId: 'a' },
    { subjectKind: 'collective', unitOrgId: 'b' },
    { subjectKind: 'household', unitOrgId: 'b' },
    { subjectKind: 'village', unitOrgId: 'c' },
  ],
  awards: [
    { awardCode: 'HCLD_3', subjectKind: 'collective', category: null, isManager: null },
    { awardCode: 'BK_TINH', subjectKind: 'individual', category: 'cong_chuc', isManager: true },
    { awardCode: 'LDTT', subjectKind: 'individual', category: 'nong_dan', isManager: false },
    { awardCode: 'LDTT', subjectKind: 'individual', category: 'cong_nhan', isManager: false },
    { awardCode: 'GD_VH', subjectKind: 'household', category: null, isManager: null },
    { awardCode: 'GIAY_KHEN', subjectKind: 'individual', category: 'cong_chuc', isManager: false },
  ],
  previousAwards: [
    { awardCode: 'LDTT', subjectKind: 'individual', category: 'cong_chuc', isManager: true },
    { awardCode: 'LDTT', subjectKind: 'individual', category: 'cong_chuc', isManager: false },
  ],
  initiatives: [{ scope: 'co_so' }, { scope: 'co_so' }, { scope: 'tinh' }],
  clusters: [{ name: 'Cụm thi đua số 1', members: 5, leaders: ['Phường A'], ownRank: 2 }],
  sentUp: [
    { awardCode: 'BK_TTG', awarded: true },
    { awardCode: 'HCLD_3', awarded: false },
  ],
};

describe('annual report figures', () => {
  it('uses the TĐKT reporting period; the six-month report stops at 31/05', () => {
    expect(reportPeriod(2026, 'year')).toEqual({ year: 2026, kind: 'year', from: '2025-12-01', to: '2026-11-30' });
    expect(reportPeriod(2026, 'half')).toEqual({ year: 2026, kind: 'half', from: '2025-12-01', to: '2026-05-31' });
  });

  it('counts movements, registrations, awards by level and kind, initiatives and khen cao', () => {
    const f = computeAnnualFigures(facts);
    expect(f.movements).toEqual({ launched: 2, regular: 1, thematic: 0, peak: 1, midReviewed: 2, finalReviewed: 1 });
    expect(f.registrations).toEqual({ total: 5, individuals: 2, collectives: 2, households: 1, units: 3 });
    expect(f.awards).toEqual({ total: 6, state: 1, province: 1, local: 4, titles: 3, forms: 3 });
    // Identities: the levels and the kinds each add up to the total.
    expect(f.awards.state + f.awards.province + f.awards.local).toBe(f.awards.total);
    expect(f.awards.titles + f.awards.forms).toBe(f.awards.total);
    expect(f.awardLines.reduce((s, l) => s + l.total, 0)).toBe(f.awards.total);
    // State first, then province, then local; titles before forms; larger counts first.
    expect(f.awardLines.map((l) => l.code)).toEqual(['HCLD_3', 'BK_TINH', 'LDTT', 'GD_VH', 'GIAY_KHEN']);
    expect(f.awardLines.find((l) => l.code === 'LDTT')).toMatchObject({ individuals: 2, total: 2, category: 'title' });
    expect(f.initiatives).toEqual({ total: 3, coSo: 2, tinh: 1, toanQuoc: 0 });
    expect(f.khenCao).toEqual({ sent: 2, awarded: 1, pending: 1 });
    expect(awardLevel('CSTD_TQ')).toBe('state');
    expect(awardLevel('KNC_TINH')).toBe('province');
    expect(awardLevel('THON_VH')).toBe('local');
  });

  it('compares the share of individuals by category and manager flag with the previous year', () => {
    const f = computeAnnualFigures(facts);
    expect(f.share.individuals).toBe(4);
    expect(f.share.previousIndividuals).toBe(2);
    const line = (k: string) => f.share.lines.find((l) => l.key === k);
    expect(line('cong_chuc')).toMatchObject({ current: 2, previous: 2 });
    expect(line('nong_dan')).toMatchObject({ current: 1, previous: 0 });
    expect(line('vien_chuc')).toBeUndefined();
    expect(line('manager')).toMatchObject({ current: 1, previous: 1 });
    expect(line('non_manager')).toMatchObject({ current: 3, previous: 1 });
    expect(percentOf(3, 4)).toBe('75%');
    expect(percentOf(1, 3)).toBe('33,3%');
    expect(percentOf(1, 0)).toBe('-');
  });

  it("sums the units' submitted headline numbers", () => {
    const h = headlineOf(computeAnnualFigures(facts));
    expect(h).toMatchObject({ movementsLaunched: 2, awards: 6, stateAwards: 1, khenCaoSent: 2, khenCaoAwarded: 1 });
    const sum = sumHeadlines([h, h, { ...h, awards: 10 }]);
    expect(sum.awards).toBe(22);
    expect(sum.initiatives).toBe(9);
    expect(sumHeadlines([]).awards).toBe(0);
  });

  it('keeps the saved sections and fills new ones from the starting text', () => {
    const d = defaultNarrative({ year: 2026, kind: 'year' });
    expect(d.directions).toContain('năm 2027');
    expect(defaultNarrative({ year: 2026, kind: 'half' }).directions).toContain('6 tháng cuối năm 2026');
    const n = completeNarrative({ leadership: 'Của cán bộ', unknown: 'x', strengths: 5 }, d);
    expect(n.leadership).toBe('Của cán bộ');
    expect(n.strengths).toBe(d.strengths);
    expect(Object.keys(n)).not.toContain('unknown');
  });

  it('names a stored report by kind, year and unit, as a plan task link shows it', () => {
    expect(periodReportLabel({ kind: 'year', year: 2026, orgName: 'Phường Mường Lay' })).toBe(
      'Báo cáo tổng kết năm 2026 — Phường Mường Lay',
    );
    expect(periodReportLabel({ kind: 'half', year: 2026, orgName: 'Phường Mường Lay' })).toBe(
      'Báo cáo sơ kết 6 tháng đầu năm 2026 — Phường Mường Lay',
    );
  });
});
