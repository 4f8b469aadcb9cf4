// Computes the statistical forms of TT 02/2023/TT-BNV (see forms.ts) from plain records. Each
// record is classified into the cells (row code, column number) it counts in; a cell's value is
// the number of records in it, and the records behind any cell can be listed (drill-down).
import type { AwardTrack, Gender, OrgType, PersonCategory, SubjectKind } from '../registry/vocab.js';
import {
  CIRCULAR,
  codedLines,
  EDUCATION_LEVELS,
  FORMS,
  TDKT_OFFICE_KINDS,
  type EducationLevel,
  type StatFormCode,
  type TdktOfficeKind,
} from './forms.js';

// ---------------------------------------------------------------------------------------------
// Period

export interface StatPeriod {
  year: number;
  /** First and last day (ISO) of the TĐKT reporting period of `year`. */
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The TĐKT reporting period of a year: 01/12 of the previous year to 30/11 of the year (TT 02/2023). */
export function statPeriod(year: number): StatPeriod {
  const s = CIRCULAR.periodStart;
  const e = CIRCULAR.periodEnd;
  return { year, from: `${year - 1}-${pad(s.month)}-${pad(s.day)}`, to: `${year}-${pad(e.month)}-${pad(e.day)}` };
}

const inPeriod = (d: string | null | undefined, p: StatPeriod) => !!d && d >= p.from && d <= p.to;

// ---------------------------------------------------------------------------------------------
// Records

/** A movement (phong trào thi đua), as biểu 0601 sees it. */
export interface MovementFact {
  id: string;
  /** Level of the body that launched it. */
  level: 'central' | 'province' | 'commune' | 'unit';
  kind: 'regular' | 'thematic' | 'peak';
  fromDate: string;
  toDate: string;
  /** Launched for a competition cluster or bloc (cụm, khối thi đua). */
  byCluster?: boolean;
  /**
   * How many movements alike this fact stands for (the form's SQL groups movements with the same
   * level, kind and dates, so a province's form reads a few dozen rows, not thousands); 1 if absent.
   */
  count?: number;
}

/** An award record, as biểu 0602 and 0603 see it (subject as it was at award time). */
export interface AwardFact {
  id: string;
  awardCode: string;
  subjectKind: SubjectKind;
  track: AwardTrack;
  decisionDate: string | null;
  /** Individuals: manager (lãnh đạo, quản lý) at award time. */
  isManager?: boolean | null;
  category?: PersonCategory | null;
  /** Type of the unit the subject belonged to (for a collective: the collective itself). */
  unitType?: OrgType | null;
}

/** An organisation doing TĐKT work (biểu 0604). */
export interface TdktOfficeFact {
  id: string;
  kind: TdktOfficeKind;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/** A person with TĐKT posts (biểu 0605): the posts' spans give the years in the field. */
export interface TdktStaffFact {
  id: string;
  gender: Gender;
  birthDate: string | null;
  educationLevel: EducationLevel | null;
  posts: { from: string; to: string | null }[];
}

// ---------------------------------------------------------------------------------------------
// Award codes → columns (dated data: the catalogue's codes; a new code is a new entry here)

/**
 * Biểu 0602 columns by award code. Column 2 takes every order and medal (huân chương, huy
 * chương), column 5 every state honorary title (Law 06/2022 Art. 9, 45–63).
 */
export const STATE_AWARD_COLUMN: Record<string, number> = {
  HCLD_3: 2,
  HCLD_2: 2,
  HCLD_1: 2,
  HC_DL: 2,
  HC_BVTQ_3: 2,
  HC_BVTQ_2: 2,
  HC_BVTQ_1: 2,
  HC_HN: 2,
  HC_HC: 2,
  GT_HCM: 3,
  GT_NN: 4,
  AH_LD: 5,
  AH_LLVT: 5,
  BM_VNAH: 5,
  NGND: 5,
  NGUT: 5,
  TTND: 5,
  TTUT: 5,
  NSND: 5,
  NSUT: 5,
  CO_TD_CP: 6,
  BK_TTG: 7,
  CSTD_TQ: 8,
};

/** Biểu 0603 columns by award code (the province's and ministry's own awards). */
export const PROVINCE_AWARD_COLUMN: Record<string, number> = {
  BK_TINH: 2,
  CSTD_TINH: 3,
  CO_TD_TINH: 4,
  KNC_TINH: 5,
};

// ---------------------------------------------------------------------------------------------
// Classification

export type Cell = readonly [row: string, col: number];

function movementCells(m: MovementFact): Cell[] {
  const col = m.level === 'central' ? 2 : m.level === 'province' ? 3 : 4;
  const scope = m.byCluster ? '04' : m.level === 'central' ? '02' : m.level === 'province' ? '03' : '05';
  const months = monthsSpanned(m.fromDate, m.toDate);
  // "1 năm" is a movement of twelve months; "Từ 1 năm đến dưới 3 năm" one longer than that.
  const duration = months < 12 ? '06' : months === 12 ? '07' : months < 36 ? '08' : months < 60 ? '09' : '10';
  const method = m.kind === 'regular' ? '12' : '11';
  return ['01', scope, duration, method].flatMap((row) => [[row, 1] as const, [row, col] as const]);
}

/** Whole months from `from` to the day after `to` (a movement 01/01–31/12 spans 12). */
export function monthsSpanned(from: string, to: string): number {
  const [y1, m1, d1] = from.split('-').map(Number);
  const end = new Date(Date.UTC(Number(to.slice(0, 4)), Number(to.slice(5, 7)) - 1, Number(to.slice(8, 10)) + 1));
  const [y2, m2, d2] = [end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate()];
  const whole = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
  return Math.max(0, whole);
}

/** Rows of the subject and of the track (phương thức) shared by 0602 and 0603; `codes` maps the form's own codes. */
function subjectRows(
  a: AwardFact,
  codes: {
    collective: string;
    enterprise: string;
    household: string;
    individual: string;
    topLeader: string;
    deptLeader: string;
    businessman: string;
    otherLeader: string;
    worker: string;
  },
): string[] {
  if (a.subjectKind === 'household') return [codes.household];
  if (a.subjectKind !== 'individual')
    return a.unitType === 'enterprise' ? [codes.collective, codes.enterprise] : [codes.collective];
  if (!a.isManager) return [codes.individual, codes.worker];
  const level =
    a.unitType === 'enterprise'
      ? codes.businessman
      : a.unitType === 'province'
        ? codes.topLeader
        : a.unitType === 'provincial_agency'
          ? codes.deptLeader
          : codes.otherLeader;
  return [codes.individual, level];
}

const TRACK_ORDER: AwardTrack[] = ['cong_trang', 'chuyen_de', 'dot_xuat', 'doi_ngoai', 'cong_hien'];

function awardCells0602(a: AwardFact, submitter: 'ministry' | 'province'): Cell[] {
  const col = STATE_AWARD_COLUMN[a.awardCode] ?? 9;
  const rows = [
    '01',
    submitter === 'ministry' ? '02' : '03',
    ...subjectRows(a, {
      collective: '06',
      enterprise: '07',
      household: '08',
      individual: '09',
      topLeader: '10',
      deptLeader: '11',
      businessman: '12',
      otherLeader: '13',
      worker: '14',
    }),
    String(15 + TRACK_ORDER.indexOf(a.track)),
  ];
  return rows.flatMap((row) => [[row, 1] as const, [row, col] as const]);
}

function awardCells0603(a: AwardFact): Cell[] {
  const col = PROVINCE_AWARD_COLUMN[a.awardCode];
  const rows = [
    '01',
    ...subjectRows(a, {
      collective: '02',
      enterprise: '03',
      household: '04',
      individual: '05',
      topLeader: '06',
      deptLeader: '07',
      businessman: '08',
      otherLeader: '09',
      worker: '10',
    }),
    String(11 + TRACK_ORDER.indexOf(a.track)),
  ];
  return rows.flatMap((row) => [[row, 1] as const, [row, col] as const]);
}

function officeCells(o: TdktOfficeFact): Cell[] {
  return [
    ['01', 1],
    [pad(2 + TDKT_OFFICE_KINDS.indexOf(o.kind)), 1],
  ];
}

/** Completed years of age on `on`. */
export function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** Years spent in TĐKT posts up to `on` (overlapping posts counted once). */
export function yearsInPosts(posts: TdktStaffFact['posts'], on: string): number {
  const day = 86_400_000;
  const spans = posts
    .filter((p) => p.from <= on)
    .map((p) => [Date.parse(p.from), Date.parse(p.to && p.to < on ? p.to : on) + day] as const)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of spans) {
    const start = Math.max(s, end);
    if (e > start) total += e - start;
    end = Math.max(end, e);
  }
  return total / day / 365.25;
}

function staffCells(s: TdktStaffFact, p: StatPeriod): Cell[] {
  const rows = ['01'];
  if (s.birthDate) {
    const age = ageOn(s.birthDate, p.to);
    rows.push(age <= 30 ? '02' : age <= 40 ? '03' : age <= 50 ? '04' : age <= 55 ? '05' : age <= 60 ? '06' : '07');
  }
  if (s.educationLevel) rows.push(pad(8 + EDUCATION_LEVELS.indexOf(s.educationLevel)));
  const years = yearsInPosts(s.posts, p.to);
  rows.push(years < 5 ? '13' : years < 10 ? '14' : '15');
  return rows.flatMap((row) => (s.gender === 'female' ? [[row, 1] as const, [row, 2] as const] : [[row, 1] as const]));
}

// ---------------------------------------------------------------------------------------------
// Selection: which records a form counts in a period

export const countsIn0601 = (m: MovementFact, p: StatPeriod) => inPeriod(m.fromDate, p);
export const countsIn0602 = (a: AwardFact, p: StatPeriod) =>
  inPeriod(a.decisionDate, p) && a.awardCode in STATE_AWARD_COLUMN;
export const countsIn0603 = (a: AwardFact, p: StatPeriod) =>
  inPeriod(a.decisionDate, p) && a.awardCode in PROVINCE_AWARD_COLUMN;
/** Organisations in existence at the end of the period. */
export const countsIn0604 = (o: TdktOfficeFact, p: StatPeriod) =>
  o.effectiveFrom <= p.to && (o.effectiveTo === null || o.effectiveTo >= p.to);
/** People holding a TĐKT post at the end of the period. */
export const countsIn0605 = (s: TdktStaffFact, p: StatPeriod) =>
  s.posts.some((x) => x.from <= p.to && (x.to === null || x.to >= p.to));

// ---------------------------------------------------------------------------------------------
// Tabulation

export interface StatRow {
  code: string;
  label: string;
  /** One value per numbered column, column 1 first. */
  values: number[];
}

export interface StatForm {
  form: string;
  code: StatFormCode;
  period: StatPeriod;
  rows: StatRow[];
}

export type StatInput =
  | { form: '0601'; movements: MovementFact[] }
  | { form: '0602'; awards: AwardFact[]; submitter?: 'ministry' | 'province' }
  | { form: '0603'; awards: AwardFact[] }
  | { form: '0604'; offices: TdktOfficeFact[] }
  | { form: '0605'; staff: TdktStaffFact[] };

/** Every counted record with its cells, for the period (`count`: records it stands for, 1 if absent). */
export function classify(input: StatInput, period: StatPeriod): { id: string; cells: Cell[]; count?: number }[] {
  switch (input.form) {
    case '0601':
      return input.movements
        .filter((m) => countsIn0601(m, period))
        .map((m) => ({ id: m.id, cells: movementCells(m), count: m.count }));
    case '0602':
      return input.awards
        .filter((a) => countsIn0602(a, period))
        .map((a) => ({ id: a.id, cells: awardCells0602(a, input.submitter ?? 'province') }));
    case '0603':
      return input.awards.filter((a) => countsIn0603(a, period)).map((a) => ({ id: a.id, cells: awardCells0603(a) }));
    case '0604':
      return input.offices.filter((o) => countsIn0604(o, period)).map((o) => ({ id: o.id, cells: officeCells(o) }));
    case '0605':
      return input.staff
        .filter((s) => countsIn0605(s, period))
        .map((s) => ({ id: s.id, cells: staffCells(s, period) }));
  }
}

/** The form's figures for the year's TĐKT reporting period. */
export function computeForm(input: StatInput, year: number): StatForm {
  const period = statPeriod(year);
  const def = FORMS[input.form];
  const lines = codedLines(input.form);
  const index = new Map(lines.map((l, i) => [l.code, i]));
  const values = lines.map(() => def.columns.map(() => 0));
  for (const { cells, count } of classify(input, period)) {
    for (const [row, col] of cells) values[index.get(row)!][col - 1] += count ?? 1;
  }
  return {
    form: def.number,
    code: def.code,
    period,
    rows: lines.map((l, i) => ({ code: l.code, label: l.label, values: values[i] })),
  };
}

/** The records behind one cell (drill-down). */
export function recordsInCell(input: StatInput, year: number, row: string, col: number): string[] {
  return classify(input, statPeriod(year))
    .filter((r) => r.cells.some(([rr, cc]) => rr === row && cc === col))
    .map((r) => r.id);
}

/** Adds forms of the same kind and period (a commune's figures roll up into the province's). */
export function sumForms(forms: StatForm[]): StatForm {
  const [first, ...rest] = forms;
  if (!first) throw new Error('sumForms needs at least one form');
  return {
    ...first,
    rows: first.rows.map((r, i) => ({
      ...r,
      values: r.values.map((v, j) => v + rest.reduce((s, f) => s + f.rows[i].values[j], 0)),
    })),
  };
}
