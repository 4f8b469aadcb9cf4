// The six-month and annual reports on a body's TĐKT work (báo cáo sơ kết 6 tháng / tổng kết năm
// công tác thi đua, khen thưởng; issue 11 item 4): the figures the report prints, computed from the
// records of the body's subtree, the narrative sections the officer writes, and the roll-up of the
// figures its units submitted. Pure: the records come in as plain facts.
import { awardName, PERSON_CATEGORIES, PERSON_CATEGORY_LABELS, type PersonCategory } from '../registry/vocab.js';
import { PROVINCE_AWARD_COLUMN, STATE_AWARD_COLUMN } from './compute.js';
import { CIRCULAR } from './forms.js';

export const PERIOD_REPORT_KINDS = ['half', 'year'] as const;
export type PeriodReportKind = (typeof PERIOD_REPORT_KINDS)[number];
export const PERIOD_REPORT_KIND_LABELS: Record<PeriodReportKind, string> = {
  half: 'Sơ kết 6 tháng',
  year: 'Tổng kết năm',
};

/** A stored report's state as an officer says it ("đã báo cáo" once sent up). */
export const PERIOD_REPORT_STATUS_LABELS: Record<'draft' | 'submitted', string> = {
  draft: 'Đang soạn, chưa gửi',
  submitted: 'Đã gửi cấp trên',
};

/**
 * A unit's report named in a list: 'Báo cáo tổng kết năm 2026 — Phường Mường Lay', 'Báo cáo sơ kết
 * 6 tháng đầu năm 2026 — Phường Mường Lay'.
 */
export const periodReportLabel = (r: { kind: PeriodReportKind; year: number; orgName: string }) =>
  `Báo cáo ${r.kind === 'year' ? 'tổng kết năm' : 'sơ kết 6 tháng đầu năm'} ${r.year} — ${r.orgName}`;

export interface ReportPeriod {
  year: number;
  kind: PeriodReportKind;
  from: string;
  to: string;
}

/**
 * The period a report covers. The annual report uses the reporting period of the TĐKT field
 * (Thông tư 02/2023/TT-BNV: 01/12 of the previous year to 30/11), so its figures agree with the
 * statistical forms; the six-month report covers that period's first six months (to 31/05).
 * The six-month end is the product's choice, kept here as data (not printed in the report).
 */
export const HALF_YEAR_END = { day: 31, month: 5 } as const;

const pad = (n: number) => String(n).padStart(2, '0');

export function reportPeriod(year: number, kind: PeriodReportKind): ReportPeriod {
  const s = CIRCULAR.periodStart;
  const e = kind === 'year' ? CIRCULAR.periodEnd : HALF_YEAR_END;
  return {
    year,
    kind,
    from: `${year - 1}-${pad(s.month)}-${pad(s.day)}`,
    to: `${year}-${pad(e.month)}-${pad(e.day)}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Facts (read by the repository)

export interface AnnualMovementFact {
  kind: 'regular' | 'thematic' | 'peak';
  status: 'launched' | 'mid_reviewed' | 'closed';
  /** Launched (from_date) within the period. */
  launched: boolean;
  /** A mid-term review (sơ kết) is recorded. */
  midReviewed: boolean;
  /** The final review (tổng kết) is recorded. */
  finalReviewed: boolean;
}

export interface AnnualAwardFact {
  awardCode: string;
  subjectKind: string;
  /** The individual's category and manager flag at award time (award_records snapshot). */
  category: PersonCategory | null;
  isManager: boolean | null;
}

export interface AnnualClusterFact {
  name: string;
  members: number;
  /** Names of the members ranked first. */
  leaders: string[];
  /** The reporting body's own rank when it is a member, else null. */
  ownRank: number | null;
}

export interface AnnualFacts {
  movements: AnnualMovementFact[];
  registrations: { subjectKind: string; unitOrgId: string }[];
  awards: AnnualAwardFact[];
  /** The same awards of the previous year's period, for the comparison. */
  previousAwards: AnnualAwardFact[];
  initiatives: { scope: 'co_so' | 'tinh' | 'toan_quoc' }[];
  clusters: AnnualClusterFact[];
  /** Nominees of the subtree's rounds sent up for a higher award (khen cao), with their state. */
  sentUp: { awardCode: string; awarded: boolean }[];
}

// ---------------------------------------------------------------------------------------------
// Figures

export type AwardLevel = 'state' | 'province' | 'local';
export const AWARD_LEVEL_LABELS: Record<AwardLevel, string> = {
  state: 'Khen thưởng cấp Nhà nước',
  province: 'Khen thưởng cấp tỉnh',
  local: 'Khen thưởng cấp cơ sở',
};

/** The level of an award: by the column it takes in biểu 0602 (state) or 0603 (province). */
export function awardLevel(code: string): AwardLevel {
  if (code in STATE_AWARD_COLUMN) return 'state';
  if (code in PROVINCE_AWARD_COLUMN) return 'province';
  return 'local';
}

/**
 * Emulation titles (danh hiệu thi đua, Luật Thi đua, khen thưởng 2022 Điều 8 and Chương II,
 * Mục 2); every other award code is a form of commendation (hình thức khen thưởng).
 */
export const TITLE_CODES: ReadonlySet<string> = new Set([
  'LDTT',
  'CSTD_CS',
  'CSTD_TINH',
  'CSTD_TQ',
  'TT_LDTT',
  'TT_LDXS',
  'CO_TD_TINH',
  'CO_TD_CP',
  'XA_TIEU_BIEU',
  'THON_VH',
  'GD_VH',
]);

export interface AwardLine {
  code: string;
  name: string;
  level: AwardLevel;
  category: 'title' | 'form';
  individuals: number;
  collectives: number;
  households: number;
  total: number;
}

export interface ShareLine {
  key: string;
  label: string;
  current: number;
  previous: number;
}

/**
 * The oversight work of the period (issue 13): inspections of the year's plan, training courses,
 * conferences and petitions, counted from their records in the reporting unit's subtree.
 */
export interface OversightFigures {
  /** Inspections of the report's year (by the inspecting body or the unit inspected), as they stand now. */
  inspections: {
    planned: number;
    conducted: number;
    concluded: number;
    recommendations: number;
    openRecommendations: number;
  };
  /** Courses starting in the period, those held, and the people who attended them. */
  trainings: { planned: number; held: number; attendees: number };
  /** Conferences held in the period, by kind. */
  conferences: { total: number; soKet: number; tongKet: number; cluster: number; ceremony: number };
  /** Petitions received in the period; settled (answered) and not accepted in it; received in it and still open. */
  petitions: { received: number; settled: number; notAccepted: number; pending: number };
}

export interface AnnualFigures {
  movements: {
    launched: number;
    regular: number;
    thematic: number;
    peak: number;
    midReviewed: number;
    finalReviewed: number;
  };
  registrations: { total: number; individuals: number; collectives: number; households: number; units: number };
  awards: { total: number; state: number; province: number; local: number; titles: number; forms: number };
  awardLines: AwardLine[];
  initiatives: { total: number; coSo: number; tinh: number; toanQuoc: number };
  clusters: AnnualClusterFact[];
  khenCao: { sent: number; awarded: number; pending: number };
  /** Individuals' awards by category and manager flag, this period and the previous year's. */
  share: { individuals: number; previousIndividuals: number; lines: ShareLine[] };
  /** The oversight work; absent from figures frozen before it was counted. */
  oversight?: OversightFigures;
}

const count = <T>(xs: readonly T[], p: (x: T) => boolean) => xs.reduce((n, x) => n + (p(x) ? 1 : 0), 0);
const COLLECTIVE_KINDS = new Set(['collective', 'village', 'commune']);

export function computeAnnualFigures(f: AnnualFacts): AnnualFigures {
  const launched = f.movements.filter((m) => m.launched);
  const lines = new Map<string, AwardLine>();
  for (const a of f.awards) {
    let l = lines.get(a.awardCode);
    if (!l) {
      l = {
        code: a.awardCode,
        name: awardName(a.awardCode),
        level: awardLevel(a.awardCode),
        category: TITLE_CODES.has(a.awardCode) ? 'title' : 'form',
        individuals: 0,
        collectives: 0,
        households: 0,
        total: 0,
      };
      lines.set(a.awardCode, l);
    }
    if (a.subjectKind === 'individual') l.individuals++;
    else if (a.subjectKind === 'household') l.households++;
    else l.collectives++;
    l.total++;
  }
  const levelOrder: AwardLevel[] = ['state', 'province', 'local'];
  const awardLines = [...lines.values()].sort(
    (a, b) =>
      levelOrder.indexOf(a.level) - levelOrder.indexOf(b.level) ||
      (a.category === b.category ? 0 : a.category === 'title' ? -1 : 1) ||
      b.total - a.total ||
      a.name.localeCompare(b.name, 'vi'),
  );
  const ind = f.awards.filter((a) => a.subjectKind === 'individual');
  const prevInd = f.previousAwards.filter((a) => a.subjectKind === 'individual');
  const share: ShareLine[] = PERSON_CATEGORIES.map((c) => ({
    key: c,
    label: PERSON_CATEGORY_LABELS[c],
    current: count(ind, (a) => a.category === c),
    previous: count(prevInd, (a) => a.category === c),
  })).filter((l) => l.current > 0 || l.previous > 0);
  share.push(
    {
      key: 'manager',
      label: 'Cán bộ lãnh đạo, quản lý',
      current: count(ind, (a) => a.isManager === true),
      previous: count(prevInd, (a) => a.isManager === true),
    },
    {
      key: 'non_manager',
      label: 'Không giữ chức vụ lãnh đạo, quản lý',
      current: count(ind, (a) => a.isManager === false),
      previous: count(prevInd, (a) => a.isManager === false),
    },
  );
  return {
    movements: {
      launched: launched.length,
      regular: count(launched, (m) => m.kind === 'regular'),
      thematic: count(launched, (m) => m.kind === 'thematic'),
      peak: count(launched, (m) => m.kind === 'peak'),
      midReviewed: count(f.movements, (m) => m.midReviewed),
      finalReviewed: count(f.movements, (m) => m.finalReviewed),
    },
    registrations: {
      total: f.registrations.length,
      individuals: count(f.registrations, (r) => r.subjectKind === 'individual'),
      collectives: count(f.registrations, (r) => COLLECTIVE_KINDS.has(r.subjectKind)),
      households: count(f.registrations, (r) => r.subjectKind === 'household'),
      units: new Set(f.registrations.map((r) => r.unitOrgId)).size,
    },
    awards: {
      total: f.awards.length,
      state: count(f.awards, (a) => awardLevel(a.awardCode) === 'state'),
      province: count(f.awards, (a) => awardLevel(a.awardCode) === 'province'),
      local: count(f.awards, (a) => awardLevel(a.awardCode) === 'local'),
      titles: count(f.awards, (a) => TITLE_CODES.has(a.awardCode)),
      forms: count(f.awards, (a) => !TITLE_CODES.has(a.awardCode)),
    },
    awardLines,
    initiatives: {
      total: f.initiatives.length,
      coSo: count(f.initiatives, (i) => i.scope === 'co_so'),
      tinh: count(f.initiatives, (i) => i.scope === 'tinh'),
      toanQuoc: count(f.initiatives, (i) => i.scope === 'toan_quoc'),
    },
    clusters: f.clusters,
    khenCao: {
      sent: f.sentUp.length,
      awarded: count(f.sentUp, (s) => s.awarded),
      pending: count(f.sentUp, (s) => !s.awarded),
    },
    share: { individuals: ind.length, previousIndividuals: prevInd.length, lines: share },
  };
}

/** A share as printed: '12,5%' (one decimal, Vietnamese comma); '-' when there is nothing to divide. */
export function percentOf(part: number, whole: number): string {
  if (whole <= 0) return '-';
  const v = Math.round((part * 1000) / whole) / 10;
  return `${v.toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;
}

// ---------------------------------------------------------------------------------------------
// Roll-up of the units' submitted figures

/** The headline numbers a unit's submitted report adds to its parent's roll-up. */
export const ROLLUP_KEYS = [
  ['movementsLaunched', 'Phong trào thi đua đã phát động'],
  ['registrations', 'Lượt đăng ký thi đua'],
  ['awards', 'Lượt khen thưởng'],
  ['stateAwards', 'Khen thưởng cấp Nhà nước'],
  ['provinceAwards', 'Khen thưởng cấp tỉnh'],
  ['localAwards', 'Khen thưởng cấp cơ sở'],
  ['initiatives', 'Sáng kiến được công nhận'],
  ['khenCaoSent', 'Hồ sơ trình khen cấp trên'],
  ['khenCaoAwarded', 'Hồ sơ cấp trên đã khen thưởng'],
] as const;
export type RollupKey = (typeof ROLLUP_KEYS)[number][0];
export type RollupTotals = Record<RollupKey, number>;

export function headlineOf(f: AnnualFigures): RollupTotals {
  return {
    movementsLaunched: f.movements.launched,
    registrations: f.registrations.total,
    awards: f.awards.total,
    stateAwards: f.awards.state,
    provinceAwards: f.awards.province,
    localAwards: f.awards.local,
    initiatives: f.initiatives.total,
    khenCaoSent: f.khenCao.sent,
    khenCaoAwarded: f.khenCao.awarded,
  };
}

/** The sum of the units' submitted headline numbers. */
export function sumHeadlines(list: readonly RollupTotals[]): RollupTotals {
  const out = Object.fromEntries(ROLLUP_KEYS.map(([k]) => [k, 0])) as RollupTotals;
  for (const h of list) for (const [k] of ROLLUP_KEYS) out[k] += Number(h[k]) || 0;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Narrative sections

export const NARRATIVE_SECTIONS = [
  ['leadership', 'Công tác lãnh đạo, chỉ đạo, tuyên truyền'],
  ['movements', 'Kết quả tổ chức các phong trào thi đua (nhận xét)'],
  ['awards', 'Công tác khen thưởng (nhận xét)'],
  ['strengths', 'Ưu điểm'],
  ['limitations', 'Hạn chế, nguyên nhân'],
  ['directions', 'Phương hướng, nhiệm vụ'],
  ['proposals', 'Đề xuất, kiến nghị'],
  ['signerPosition', 'Chức vụ người ký'],
  ['signerName', 'Họ và tên người ký'],
] as const;
export type NarrativeKey = (typeof NARRATIVE_SECTIONS)[number][0];
export type Narrative = Record<NarrativeKey, string>;
export const NARRATIVE_KEYS = NARRATIVE_SECTIONS.map(([k]) => k) as NarrativeKey[];

/** Longest text of one section (characters). */
export const NARRATIVE_MAX = 20_000;

/** The next period a report's "phương hướng" looks to. */
export function nextPeriodText(p: { year: number; kind: PeriodReportKind }): string {
  return p.kind === 'year' ? `năm ${p.year + 1}` : `6 tháng cuối năm ${p.year}`;
}

export function periodText(p: { year: number; kind: PeriodReportKind }): string {
  return p.kind === 'year' ? `năm ${p.year}` : `6 tháng đầu năm ${p.year}`;
}

/** The starting text of each section: written from the figures, for the officer to rewrite. */
export function defaultNarrative(p: { year: number; kind: PeriodReportKind }): Narrative {
  const when = periodText(p);
  return {
    leadership: `Trong ${when}, công tác thi đua, khen thưởng được triển khai theo Luật Thi đua, khen thưởng năm 2022 và các văn bản hướng dẫn; kế hoạch công tác thi đua, khen thưởng được ban hành, phổ biến đến các cơ quan, đơn vị.`,
    movements:
      'Các phong trào thi đua được phát động gắn với nhiệm vụ chính trị của địa phương, cơ quan, đơn vị, có tiêu chí, chỉ tiêu cụ thể.',
    awards: `Công tác khen thưởng được thực hiện đúng quy trình, thủ tục; chú trọng khen thưởng người trực tiếp lao động, sản xuất, công tác.`,
    strengths: 'Công tác thi đua, khen thưởng được quan tâm chỉ đạo, các phong trào thi đua được triển khai đồng bộ.',
    limitations:
      'Một số phong trào thi đua chưa được sơ kết, tổng kết kịp thời; hồ sơ đề nghị khen thưởng có lúc còn chậm.',
    directions: `Tiếp tục đổi mới nội dung, hình thức tổ chức các phong trào thi đua trong ${nextPeriodText(p)}; nâng cao chất lượng công tác khen thưởng.`,
    proposals: 'Không.',
    signerPosition: 'CHỦ TỊCH',
    signerName: '',
  };
}

/** Fills the sections a stored narrative lacks (a new section added later) from the defaults. */
export function completeNarrative(stored: Partial<Record<string, unknown>>, defaults: Narrative): Narrative {
  const out = { ...defaults };
  for (const k of NARRATIVE_KEYS) if (typeof stored[k] === 'string') out[k] = stored[k] as string;
  return out;
}
