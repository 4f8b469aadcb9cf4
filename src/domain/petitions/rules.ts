// Petitions (đơn thư) about emulation and commendation work: their kinds, channels and statuses,
// and the statutory deadlines as dated rules with their legal citation. Pure: no I/O.
//
// Day counts follow the Civil Code 2015 (Bộ luật Dân sự 2015, Art. 147–148): a period "from" a
// day starts the next day, and a period whose last day is a weekend or public holiday ends on
// the next working day. Periods the law states in working days skip weekends and the public
// holidays of the procedure rules (src/domain/rounds/procedure.ts).
//
// Marks: V = checked against the law text (see the citation); R = recalled from the law or a
// guidance text but not checked word for word; U = no binding national rule found (a default the
// administrator should confirm). Marks are shown to the officer only, never printed.
import type { Mark } from '../eligibility/rule-model.js';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../rounds/procedure.js';

export const PETITION_KINDS = ['complaint', 'denunciation', 'recommendation', 'reflection'] as const;
export type PetitionKind = (typeof PETITION_KINDS)[number];
export const PETITION_KIND_LABELS: Record<PetitionKind, string> = {
  complaint: 'Khiếu nại',
  denunciation: 'Tố cáo',
  recommendation: 'Kiến nghị',
  reflection: 'Phản ánh',
};

export const PETITION_CHANNELS = ['paper', 'in_person', 'post', 'public_form', 'notice'] as const;
export type PetitionChannel = (typeof PETITION_CHANNELS)[number];
export const PETITION_CHANNEL_LABELS: Record<PetitionChannel, string> = {
  paper: 'Đơn giấy nộp tại cơ quan',
  in_person: 'Trình bày trực tiếp',
  post: 'Qua đường bưu điện',
  public_form: 'Trang công khai (trực tuyến)',
  notice: 'Ý kiến khi công khai danh sách',
};

export const PETITION_STATUSES = ['received', 'accepted', 'rejected', 'answered'] as const;
export type PetitionStatus = (typeof PETITION_STATUSES)[number];
export const PETITION_STATUS_LABELS: Record<PetitionStatus, string> = {
  received: 'Mới tiếp nhận, chờ xử lý',
  accepted: 'Đã thụ lý, đang giải quyết',
  rejected: 'Không thụ lý',
  answered: 'Đã giải quyết, trả lời',
};
export const OPEN_STATUSES: readonly PetitionStatus[] = ['received', 'accepted'];

export const COMPLEXITIES = ['normal', 'complex', 'very_complex'] as const;
export type Complexity = (typeof COMPLEXITIES)[number];
export const COMPLEXITY_LABELS: Record<Complexity, string> = {
  normal: 'Thông thường',
  complex: 'Phức tạp',
  very_complex: 'Đặc biệt phức tạp',
};

export const REJECT_REASONS = ['duplicate', 'anonymous', 'out_of_scope', 'withdrawn', 'other'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];
export const REJECT_REASON_LABELS: Record<RejectReason, string> = {
  duplicate: 'Đơn trùng nội dung đã, đang được giải quyết',
  anonymous: 'Không rõ họ tên, địa chỉ người gửi',
  out_of_scope: 'Không thuộc thẩm quyền (hướng dẫn, chuyển đơn)',
  withdrawn: 'Người gửi rút đơn',
  other: 'Lý do khác',
};

/** A period: n days, calendar or working, with its legal basis. */
export interface Period {
  days: number;
  working: boolean;
  basis: string;
  mark: Mark;
}

export interface PetitionRules {
  from: string;
  citation: string;
  complaint: {
    /** Thụ lý, first and second round. */
    accept: Period;
    acceptSecond: Period;
    /** Settlement from acceptance: [normal, complex] × [ordinary, remote area]. */
    first: { normal: Period; complex: Period; remote: Period; remoteComplex: Period };
    second: { normal: Period; complex: Period; remote: Period; remoteComplex: Period };
    /** The complainant's name and address are required to accept (anonymous complaints are not accepted). */
    namedSenderBasis: { basis: string; mark: Mark };
  };
  denunciation: {
    /** Entry, classification and first handling (whether to accept). */
    accept: Period;
    /** …extended when it must be checked at several places. */
    acceptExtended: Period;
    settle: Period;
    /** Each extension: at most once for a complex case, twice for a very complex one. */
    extension: Period;
    maxExtensions: Record<Complexity, number>;
    anonymousBasis: { basis: string; mark: Mark };
    repeatBasis: { basis: string; mark: Mark };
  };
  /** Kiến nghị, phản ánh. */
  other: { accept: Period; settle: Period };
  duplicateBasis: { basis: string; mark: Mark };
  /** Working days before a due date when the officer is warned. */
  warnWorkingDays: number;
}

const LKN = 'Luật Khiếu nại số 02/2011/QH13';
const LTC = 'Luật Tố cáo số 25/2018/QH14';
const cal = (days: number, basis: string, mark: Mark): Period => ({ days, working: false, basis, mark });
const work = (days: number, basis: string, mark: Mark): Period => ({ days, working: true, basis, mark });

/** National rules from 01/01/2019 (Luật Tố cáo 2018 in force; Luật Khiếu nại 2011 unchanged on these points). */
export const PETITION_RULES_2019: PetitionRules = {
  from: '2019-01-01',
  citation: `${LKN}; ${LTC}; Luật Tiếp công dân số 42/2013/QH13`,
  complaint: {
    accept: cal(10, `${LKN}, Điều 27 (thụ lý giải quyết khiếu nại lần đầu: 10 ngày kể từ ngày nhận được)`, 'V'),
    acceptSecond: cal(10, `${LKN}, Điều 36 (thụ lý giải quyết khiếu nại lần hai: 10 ngày)`, 'R'),
    first: {
      normal: cal(30, `${LKN}, Điều 28 (lần đầu: không quá 30 ngày kể từ ngày thụ lý)`, 'V'),
      complex: cal(45, `${LKN}, Điều 28 (lần đầu, vụ việc phức tạp: không quá 45 ngày)`, 'V'),
      remote: cal(45, `${LKN}, Điều 28 (lần đầu, vùng sâu, vùng xa đi lại khó khăn: không quá 45 ngày)`, 'V'),
      remoteComplex: cal(60, `${LKN}, Điều 28 (lần đầu, vùng sâu, vùng xa, vụ việc phức tạp: không quá 60 ngày)`, 'V'),
    },
    second: {
      normal: cal(45, `${LKN}, Điều 37 (lần hai: không quá 45 ngày kể từ ngày thụ lý)`, 'V'),
      complex: cal(60, `${LKN}, Điều 37 (lần hai, vụ việc phức tạp: không quá 60 ngày)`, 'V'),
      remote: cal(60, `${LKN}, Điều 37 (lần hai, vùng sâu, vùng xa: không quá 60 ngày)`, 'V'),
      remoteComplex: cal(70, `${LKN}, Điều 37 (lần hai, vùng sâu, vùng xa, vụ việc phức tạp: không quá 70 ngày)`, 'V'),
    },
    namedSenderBasis: { basis: `${LKN}, Điều 8 (đơn khiếu nại ghi rõ họ tên, địa chỉ người khiếu nại)`, mark: 'R' },
  },
  denunciation: {
    accept: work(7, `${LTC}, Điều 24 khoản 1 (vào sổ, phân loại, xử lý ban đầu: 07 ngày làm việc)`, 'R'),
    acceptExtended: work(10, `${LTC}, Điều 24 khoản 1 (xác minh ở nhiều địa điểm: không quá 10 ngày làm việc)`, 'R'),
    settle: cal(30, `${LTC}, Điều 30 (không quá 30 ngày kể từ ngày thụ lý tố cáo)`, 'V'),
    extension: cal(
      30,
      `${LTC}, Điều 30 (gia hạn: phức tạp một lần, đặc biệt phức tạp hai lần, mỗi lần không quá 30 ngày)`,
      'V',
    ),
    maxExtensions: { normal: 0, complex: 1, very_complex: 2 },
    anonymousBasis: {
      basis: `${LTC}, Điều 25 (không rõ họ tên, địa chỉ người tố cáo: không xử lý theo Luật Tố cáo; nội dung rõ ràng, có chứng cứ thì thanh tra, kiểm tra theo thẩm quyền)`,
      mark: 'V',
    },
    repeatBasis: {
      basis: `${LTC} (tố cáo lại vụ việc đã giải quyết mà không có thông tin, tài liệu, chứng cứ mới thì không thụ lý)`,
      mark: 'R',
    },
  },
  other: {
    accept: work(
      10,
      'Thông tư 05/2021/TT-TTCP (xử lý đơn kiến nghị, phản ánh: 10 ngày làm việc kể từ ngày nhận được đơn)',
      'R',
    ),
    settle: cal(30, 'Quy chế của cơ quan (mặc định 30 ngày kể từ ngày thụ lý; chưa có quy định chung)', 'U'),
  },
  duplicateBasis: {
    basis: 'Thông tư 05/2021/TT-TTCP (đơn trùng nội dung đã được tiếp nhận, xử lý thì không xử lý lại)',
    mark: 'R',
  },
  warnWorkingDays: 3,
};

export const PETITION_RULESETS: readonly PetitionRules[] = [PETITION_RULES_2019];

/** The rules in force on a date (the day a petition was received). */
export function petitionRulesOn(date: string, sets: readonly PetitionRules[] = PETITION_RULESETS): PetitionRules {
  const inForce = [...sets].filter((s) => s.from <= date).sort((a, b) => (a.from < b.from ? 1 : -1));
  return inForce[0] ?? sets[0]!;
}

// ── Counting ──

export const addDaysIso = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** The last day of a period that runs from `start` (not counted), per Civil Code 2015 Art. 147–148. */
export function periodEnd(start: string, p: { days: number; working: boolean }, holidays: readonly string[]): string {
  if (p.working) return addWorkingDays(start, p.days, holidays);
  let end = addDaysIso(start, p.days);
  while (!isWorkingDay(end, holidays)) end = addDaysIso(end, 1);
  return end;
}

export interface PetitionFacts {
  kind: PetitionKind;
  receivedOn: string;
  acceptedOn?: string | null;
  secondRound?: boolean;
  complexity?: Complexity;
  remote?: boolean;
  /** Extensions granted (tố cáo). */
  extensions?: number;
}

export interface Deadline {
  stage: 'accept' | 'settle';
  dueDate: string;
  /** The periods that make it, with their bases. */
  periods: Period[];
}

/** The acceptance (thụ lý) period for a petition. */
export function acceptPeriod(f: PetitionFacts, r: PetitionRules): Period {
  if (f.kind === 'complaint') return f.secondRound ? r.complaint.acceptSecond : r.complaint.accept;
  if (f.kind === 'denunciation')
    return f.complexity && f.complexity !== 'normal' ? r.denunciation.acceptExtended : r.denunciation.accept;
  return r.other.accept;
}

/** The settlement periods from acceptance (one, or the base and its extensions for tố cáo). */
export function settlePeriods(f: PetitionFacts, r: PetitionRules): Period[] {
  if (f.kind === 'complaint') {
    const t = f.secondRound ? r.complaint.second : r.complaint.first;
    const complex = f.complexity !== undefined && f.complexity !== 'normal';
    return [f.remote ? (complex ? t.remoteComplex : t.remote) : complex ? t.complex : t.normal];
  }
  if (f.kind === 'denunciation') {
    const n = Math.min(f.extensions ?? 0, r.denunciation.maxExtensions[f.complexity ?? 'normal']);
    return [r.denunciation.settle, ...Array.from({ length: n }, () => r.denunciation.extension)];
  }
  return [r.other.settle];
}

/** The statutory deadline of the stage the petition is in: accepting until accepted, then settling. */
export function petitionDeadline(f: PetitionFacts, r: PetitionRules, holidays: readonly string[]): Deadline {
  if (!f.acceptedOn) {
    const p = acceptPeriod(f, r);
    return { stage: 'accept', dueDate: periodEnd(f.receivedOn, p, holidays), periods: [p] };
  }
  const periods = settlePeriods(f, r);
  const total = { days: periods.reduce((s, p) => s + p.days, 0), working: periods[0]!.working };
  return { stage: 'settle', dueDate: periodEnd(f.acceptedOn, total, holidays), periods };
}

/** May a tố cáo be extended once more? Returns the Vietnamese reason when not. */
export function extensionRefusal(f: PetitionFacts, r: PetitionRules): string | null {
  if (f.kind !== 'denunciation') return 'Chỉ tố cáo mới được gia hạn thời hạn giải quyết.';
  const max = r.denunciation.maxExtensions[f.complexity ?? 'normal'];
  if ((f.extensions ?? 0) >= max)
    return max === 0
      ? 'Vụ việc thông thường không được gia hạn; phân loại vụ việc phức tạp hoặc đặc biệt phức tạp trước.'
      : `Vụ việc ${COMPLEXITY_LABELS[f.complexity ?? 'normal'].toLowerCase()} chỉ được gia hạn tối đa ${max} lần.`;
  return null;
}

export type DeadlineState = 'ok' | 'due_soon' | 'overdue' | 'closed';

/** Where an open petition stands against its due date today. */
export function deadlineState(
  dueDate: string,
  today: string,
  open: boolean,
  warnWorkingDays: number,
  holidays: readonly string[],
): { state: DeadlineState; workingDaysLeft: number } {
  const left = workingDaysBetween(today, dueDate, holidays);
  if (!open) return { state: 'closed', workingDaysLeft: left };
  if (dueDate < today) return { state: 'overdue', workingDaysLeft: left };
  return { state: left <= warnWorkingDays ? 'due_soon' : 'ok', workingDaysLeft: left };
}

export const DEADLINE_STATE_LABELS: Record<DeadlineState, string> = {
  ok: 'Trong hạn',
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn',
  closed: 'Đã kết thúc',
};
