// Procedure rules of a commendation round as dated data with citations: the council's vote
// thresholds, its quorum, the days of public notice, the statutory appraisal time, and the
// public holidays that working days skip. Administrators override any number from a date
// (keys 'procedure.*', same table as the eligibility parameters); the one in force on the
// date in question applies. Facts marked U or R are uncertain: they are shown to the
// administrator only, never printed. The administrator confirms one for the tenant by an override
// that cites the tenant's own provincial decision; from then on its basis is that decision
// (mark V) and documents cite it. `printedBasis` is the one door from a basis to a document.
import type { Mark } from '../eligibility/rule-model.js';
import { awardName } from '../registry/vocab.js';

export interface VoteRule {
  /** Award codes this rule covers; '*' is the fallback for every other award. */
  awards: readonly string[];
  /** Required share of `of`, e.g. 0.9. */
  share: number;
  /** 'all': of all council members (minus those who recused); 'present': of members present. */
  of: 'all' | 'present';
  /** true: strictly more than the share (a simple majority is "> 50%"). */
  strict: boolean;
  basis: string;
  mark: Mark;
}

export interface ProcedureRules {
  /** First day these rules apply. */
  from: string;
  citation: string;
  voteRules: readonly VoteRule[];
  /** Share of all members who must be present for the council to vote. */
  quorum: { share: number; basis: string; mark: Mark };
  /** Days the list of passed nominees stays on public notice before the decision. */
  notice: { days: number; working: boolean; basis: string; mark: Mark };
  /** Working days the office has to appraise a complete dossier. */
  appraisal: { workingDays: number; basis: string; mark: Mark };
  /** Public holidays (ISO dates) skipped by working-day counts, besides Saturdays and Sundays. */
  holidays: { dates: readonly string[]; basis: string; mark: Mark };
  /**
   * When a unit's six-month and annual reports on its TĐKT work are due at the body above it
   * (day and month of the report's year): late units are reminded (annual-reports/reminders.ts).
   */
  reportDue: { half: ReportDue; year: ReportDue };
}

export interface ReportDue {
  month: number;
  day: number;
  basis: string;
  mark: Mark;
}

/**
 * Public holidays of one year: the days off (besides Saturdays and Sundays) that working-day
 * counts skip. Bộ luật Lao động 2019 Art. 112(1) gives 11 days: Tết Dương lịch 1 (01/01), Tết
 * Âm lịch 5, 30/4 1, 01/5 1, Quốc khánh 2 (02/9 and the day before or after), Giỗ Tổ Hùng Vương
 * 1 (10/3 âm lịch). Art. 111(3): a holiday on a weekly rest day is taken on the next working day.
 * Art. 112(3): the Prime Minister fixes the Tết days and the second Quốc khánh day each year
 * (the Ministry of Home Affairs' yearly notice). A year stays marked R until that notice is
 * checked; the administrator sees the basis, no document prints it.
 */
export interface HolidayYear {
  year: number;
  dates: readonly string[];
  basis: string;
  mark: Mark;
}

export const PUBLIC_HOLIDAYS: readonly HolidayYear[] = [
  {
    year: 2026,
    // Tết Bính Ngọ: 29 tháng Chạp (16/02) to mùng 4 (20/02); Giỗ Tổ 10/3 âm lịch is Sunday
    // 26/4, taken on Monday 27/4; Quốc khánh 01/9–02/9.
    dates: [
      '2026-01-01',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
    ],
    basis: 'Năm 2026: Bộ luật Lao động 2019, Điều 112; thông báo nghỉ lễ, Tết năm 2026 của Bộ Nội vụ',
    mark: 'R',
  },
  {
    year: 2027,
    // Lunar dates by the Vietnamese calendar (UTC+7, Hồ Ngọc Đức's algorithm, which gives the
    // known 2025 and 2026 dates): mùng 1 Tết Đinh Mùi is Saturday 06/02/2027, tháng Chạp of Bính
    // Ngọ has 29 days (giao thừa Friday 05/02); 10/3 âm lịch is Friday 16/4/2027.
    // Tết, 5 days: 29 tháng Chạp to mùng 4 (05/02–09/02), the Saturday and Sunday among them
    // taken on Wednesday 10/02 and Thursday 11/02 (Art. 111(3)) — the Prime Minister's choice
    // may differ. 01/5 is a Saturday: taken on Monday 03/5. Quốc khánh 02/9 is a Thursday; the
    // second day is taken as Friday 03/9 until the yearly notice says otherwise.
    // Not included: 24/11 (Ngày Văn hóa Việt Nam) — proposed as a paid holiday (Bộ Nội vụ,
    // 01/2026) for the Labour Code's amendment; not found enacted.
    dates: [
      '2027-01-01',
      '2027-02-05',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
      '2027-04-16',
      '2027-04-30',
      '2027-05-03',
      '2027-09-02',
      '2027-09-03',
    ],
    basis:
      'Năm 2027: Bộ luật Lao động 2019, Điều 111 khoản 3 và Điều 112 (ngày Tết và ngày nghỉ Quốc khánh thứ hai chưa đối chiếu thông báo của Bộ Nội vụ)',
    mark: 'R',
  },
];

const NĐ98_ART30 =
  'Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7 (chưa xác minh Nghị định 152/2025/NĐ-CP còn giữ tỷ lệ này)';

/** National procedure rules in force from 01/7/2025 (NĐ 152/2025 replaced NĐ 98/2023). */
export const PROCEDURE_2025: ProcedureRules = {
  from: '2025-07-01',
  citation: 'Luật Thi đua, khen thưởng 06/2022/QH15; Nghị định 152/2025/NĐ-CP',
  voteRules: [
    { awards: ['CSTD_TQ', 'CSTD_TINH'], share: 0.9, of: 'all', strict: false, basis: NĐ98_ART30, mark: 'U' },
    {
      awards: ['CSTD_CS', 'CO_TD_TINH', 'CO_TD_CP'],
      share: 0.8,
      of: 'all',
      strict: false,
      basis: NĐ98_ART30,
      mark: 'U',
    },
    {
      awards: ['*'],
      share: 0.5,
      of: 'all',
      strict: true,
      basis: 'Nguyên tắc biểu quyết theo đa số của Hội đồng Thi đua - Khen thưởng',
      mark: 'R',
    },
  ],
  quorum: {
    share: 2 / 3,
    basis: 'Quy chế hoạt động của Hội đồng TĐKT (ví dụ QĐ 86/2025/QĐ-UBND tỉnh Bắc Ninh: 2/3 thành viên)',
    mark: 'U',
  },
  notice: {
    days: 10,
    working: false,
    basis: 'Nghị định 86/2023/NĐ-CP (niêm yết 10 ngày trước khi quyết định); thực hành công khai ở cấp xã',
    mark: 'R',
  },
  appraisal: {
    workingDays: 20,
    basis: 'Quyết định 638/QĐ-BNV (2025): 20 ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ',
    mark: 'V',
  },
  holidays: {
    dates: PUBLIC_HOLIDAYS.flatMap((y) => y.dates),
    basis: PUBLIC_HOLIDAYS.map((y) => y.basis).join('; '),
    mark: 'R',
  },
  // No national text fixes when a unit reports to the body above it; the seed plans of 2026 put
  // the six-month report in Quý II and the annual one in Quý IV, and TT 02/2023/TT-BNV sets 15/12
  // as the receipt day of the year's statistics (period 01/12–30/11). Uncertain (R): the
  // administrator confirms the province's own dates.
  reportDue: {
    half: {
      month: 6,
      day: 30,
      basis:
        'Kế hoạch công tác thi đua, khen thưởng năm 2026 của UBND phường, xã: báo cáo sơ kết 6 tháng đầu năm trong Quý II',
      mark: 'R',
    },
    year: {
      month: 12,
      day: 15,
      basis:
        'Thông tư 02/2023/TT-BNV (ngày nhận báo cáo thống kê 15/12, kỳ báo cáo 01/12–30/11); kế hoạch TĐKT năm 2026 của phường, xã: báo cáo tổng kết năm trong Quý IV',
      mark: 'R',
    },
  },
};

export const PROCEDURE_RULESETS: readonly ProcedureRules[] = [PROCEDURE_2025];

export function procedureRulesOn(date: string, sets: readonly ProcedureRules[] = PROCEDURE_RULESETS): ProcedureRules {
  const inForce = [...sets].filter((s) => s.from <= date).sort((a, b) => (a.from < b.from ? 1 : -1));
  return inForce[0] ?? sets[0]!;
}

/** The vote rule for an award: the first rule naming it, else the '*' fallback. */
export function voteRuleFor(rules: ProcedureRules, award: string): VoteRule {
  return rules.voteRules.find((r) => r.awards.includes(award)) ?? rules.voteRules.find((r) => r.awards.includes('*'))!;
}

// ── Overrides: 'procedure.<path>' keys in the same table as the eligibility parameters ──

export interface ProcedureOverride {
  key: string;
  value: number | boolean | string | null;
  effectiveFrom: string;
  effectiveTo?: string | null;
  /**
   * The tenant's own legal basis for the value ('Quyết định số 12/2025/QĐ-UBND ngày … của UBND
   * tỉnh … ban hành …'). An override with a citation confirms the parameter: its basis becomes the
   * citation and its mark V.
   */
  citation?: string | null;
}

/** The basis a document may print: only a verified (or tenant-confirmed) one; else nothing. */
export function printedBasis(b: { basis: string; mark: Mark } | null | undefined): string | undefined {
  if (b?.mark !== 'V') return undefined;
  const t = b.basis.trim();
  return t ? t : undefined;
}

/** The parameters whose basis is still uncertain (mark U or R): what the administrator must confirm. */
export function unconfirmedProcedureParams(rules: ProcedureRules): ProcedureParam[] {
  const seen = new Set<string>();
  return listProcedureParams(rules)
    .filter((p) => {
      if (p.mark === 'V') return false;
      // notice.days and notice.working share one basis: one confirmation covers both.
      const group = p.key.split('.').slice(0, -1).join('.');
      if (seen.has(group)) return false;
      seen.add(group);
      return true;
    })
    .map((p) =>
      // A report deadline's day and month are confirmed together: name the deadline, not its day.
      p.key.startsWith('procedure.reportDue.') ? { ...p, label: p.label.replace(/: (ngày|tháng)$/u, '') } : p,
    );
}

export interface ProcedureParam {
  key: string;
  value: number | boolean;
  type: 'number' | 'integer' | 'boolean';
  label: string;
  basis: string;
  mark: Mark;
  min: number;
  max: number;
}

/** Every overridable number of the procedure rules, labelled in Vietnamese, for the admin screen. */
export function listProcedureParams(rules: ProcedureRules): ProcedureParam[] {
  const out: ProcedureParam[] = [];
  rules.voteRules.forEach((r, i) => {
    const who = r.awards.includes('*') ? 'các danh hiệu, hình thức khác' : r.awards.map(awardName).join(', ');
    out.push({
      key: `procedure.voteRules.${i}.share`,
      value: r.share,
      type: 'number',
      min: 0,
      max: 1,
      label: `Tỷ lệ phiếu đồng ý tối thiểu (${who}), tính trên ${r.of === 'all' ? 'tổng số thành viên Hội đồng' : 'số thành viên có mặt'}`,
      basis: r.basis,
      mark: r.mark,
    });
  });
  out.push({
    key: 'procedure.quorum.share',
    value: rules.quorum.share,
    type: 'number',
    min: 0,
    max: 1,
    label: 'Tỷ lệ thành viên có mặt tối thiểu để Hội đồng biểu quyết',
    basis: rules.quorum.basis,
    mark: rules.quorum.mark,
  });
  out.push({
    key: 'procedure.notice.days',
    value: rules.notice.days,
    type: 'integer',
    min: 1,
    max: 60,
    label: 'Số ngày công khai danh sách trước khi quyết định',
    basis: rules.notice.basis,
    mark: rules.notice.mark,
  });
  out.push({
    key: 'procedure.notice.working',
    value: rules.notice.working,
    type: 'boolean',
    min: 0,
    max: 1,
    label: 'Số ngày công khai tính theo ngày làm việc',
    basis: rules.notice.basis,
    mark: rules.notice.mark,
  });
  out.push({
    key: 'procedure.appraisal.workingDays',
    value: rules.appraisal.workingDays,
    type: 'integer',
    min: 1,
    max: 90,
    label: 'Thời hạn thẩm định hồ sơ (ngày làm việc kể từ khi đủ hồ sơ)',
    basis: rules.appraisal.basis,
    mark: rules.appraisal.mark,
  });
  for (const [kind, name] of [
    ['half', 'báo cáo sơ kết 6 tháng'],
    ['year', 'báo cáo tổng kết năm'],
  ] as const) {
    const due = rules.reportDue[kind];
    out.push(
      {
        key: `procedure.reportDue.${kind}.day`,
        value: due.day,
        type: 'integer',
        min: 1,
        max: 31,
        label: `Hạn đơn vị gửi ${name} lên cấp trên: ngày`,
        basis: due.basis,
        mark: due.mark,
      },
      {
        key: `procedure.reportDue.${kind}.month`,
        value: due.month,
        type: 'integer',
        min: 1,
        max: 12,
        label: `Hạn đơn vị gửi ${name} lên cấp trên: tháng`,
        basis: due.basis,
        mark: due.mark,
      },
    );
  }
  return out;
}

/** Why an override value is not acceptable (Vietnamese), or null. */
export function validateProcedureOverride(
  rules: ProcedureRules,
  o: Pick<ProcedureOverride, 'key' | 'value'>,
): string | null {
  const p = listProcedureParams(rules).find((x) => x.key === o.key);
  if (!p) return 'không có tham số thủ tục này';
  if (p.type === 'boolean') return typeof o.value === 'boolean' ? null : 'giá trị phải là Có hoặc Không';
  if (typeof o.value !== 'number' || !Number.isFinite(o.value)) return 'giá trị phải là một số';
  if (p.type === 'integer' && !Number.isInteger(o.value)) return 'giá trị phải là số nguyên';
  if (o.value < p.min || o.value > p.max) return `giá trị phải từ ${p.min} đến ${p.max}`;
  return null;
}

/** The rules in force on `date` with the overrides in force that day applied (latest wins). */
export function applyProcedureOverrides(
  rules: ProcedureRules,
  overrides: readonly ProcedureOverride[],
  date: string,
): ProcedureRules {
  const out: ProcedureRules = structuredClone(rules) as ProcedureRules;
  const chosen = new Map<string, ProcedureOverride>();
  for (const o of overrides) {
    if (!o.key.startsWith('procedure.')) continue;
    if (o.effectiveFrom > date || (o.effectiveTo != null && date > o.effectiveTo)) continue;
    const prev = chosen.get(o.key);
    if (!prev || prev.effectiveFrom <= o.effectiveFrom) chosen.set(o.key, o);
  }
  for (const o of chosen.values()) {
    if (validateProcedureOverride(out, o)) continue;
    const path = o.key.split('.').slice(1);
    let node: Record<string, unknown> = out as unknown as Record<string, unknown>;
    for (const part of path.slice(0, -1)) node = node[part] as Record<string, unknown>;
    node[path.at(-1)!] = o.value;
    const citation = typeof o.citation === 'string' ? o.citation.trim() : '';
    if (citation && 'basis' in node && 'mark' in node) {
      node.basis = citation;
      node.mark = 'V';
    }
  }
  return out;
}

// ── Working days ──

const addDaysIso = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

export function isWorkingDay(iso: string, holidays: readonly string[]): boolean {
  const dow = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return dow !== 0 && dow !== 6 && !holidays.includes(iso);
}

/** The date `n` working days after `start` (the start day itself is not counted). */
export function addWorkingDays(start: string, n: number, holidays: readonly string[]): string {
  let d = start;
  let left = n;
  while (left > 0) {
    d = addDaysIso(d, 1);
    if (isWorkingDay(d, holidays)) left--;
  }
  return d;
}

/** Working days from `start` (exclusive) to `end` (inclusive); negative when end is before start. */
export function workingDaysBetween(start: string, end: string, holidays: readonly string[]): number {
  if (end < start) return -workingDaysBetween(end, start, holidays);
  let n = 0;
  for (let d = addDaysIso(start, 1); d <= end; d = addDaysIso(d, 1)) if (isWorkingDay(d, holidays)) n++;
  return n;
}

/** Last day of a notice that starts on `published`: n calendar or working days, the first day counted. */
export function noticeEndsOn(published: string, rules: ProcedureRules): string {
  const { days, working } = rules.notice;
  if (!working) return addDaysIso(published, days - 1);
  const first = isWorkingDay(published, rules.holidays.dates)
    ? published
    : addWorkingDays(published, 1, rules.holidays.dates);
  return addWorkingDays(first, days - 1, rules.holidays.dates);
}

export interface AppraisalClock {
  dueOn: string;
  /** Working days left until the due date (0 on the day, negative when late). */
  workingDaysLeft: number;
  late: boolean;
}

/** The statutory appraisal time of a dossier complete on `completeOn`, seen on `today`. */
export function appraisalClock(completeOn: string, today: string, rules: ProcedureRules): AppraisalClock {
  const dueOn = addWorkingDays(completeOn, rules.appraisal.workingDays, rules.holidays.dates);
  const left =
    today <= dueOn
      ? workingDaysBetween(today, dueOn, rules.holidays.dates)
      : -workingDaysBetween(dueOn, today, rules.holidays.dates);
  return { dueOn, workingDaysLeft: left, late: today > dueOn };
}

/** The day (ISO) a unit's report of `year` is due at the body above it; an impossible day (31/6) falls back to the month's last. */
export function reportDueDate(rules: ProcedureRules, year: number, kind: 'half' | 'year'): string {
  const { month, day } = rules.reportDue[kind];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}
