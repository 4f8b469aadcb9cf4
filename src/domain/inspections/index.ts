// Pure rules of inspections of the units' TĐKT work (kiểm tra công tác thi đua, khen thưởng): the
// life of an inspection from the year's plan to closing, and the state of each recommendation.
// No I/O: the feature (src/features/inspections) loads the rows and asks these functions.

export const INSPECTION_STATUSES = ['planned', 'conducted', 'concluded', 'closed', 'cancelled'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

export const INSPECTION_STATUS_LABELS: Record<InspectionStatus, string> = {
  planned: 'Trong kế hoạch',
  conducted: 'Đã kiểm tra, lập biên bản',
  concluded: 'Đã có kết luận, theo dõi kiến nghị',
  closed: 'Đã kết thúc',
  cancelled: 'Đã hủy',
};

export type InspectionAction = 'record' | 'conclude' | 'close' | 'cancel' | 'recommend' | 'open_matter';

/** The statuses from which each action may be taken. */
const ALLOWED: Record<InspectionAction, readonly InspectionStatus[]> = {
  // The record (biên bản) may be corrected until the conclusion is issued.
  record: ['planned', 'conducted'],
  conclude: ['conducted', 'concluded'],
  close: ['concluded'],
  cancel: ['planned'],
  recommend: ['conducted', 'concluded'],
  open_matter: ['conducted', 'concluded'],
};

const REFUSALS: Record<InspectionAction, string> = {
  record: 'Chỉ ghi biên bản cho cuộc kiểm tra chưa có kết luận.',
  conclude: 'Chỉ ban hành kết luận sau khi đã kiểm tra và lập biên bản.',
  close: 'Chỉ kết thúc cuộc kiểm tra đã có kết luận.',
  cancel: 'Chỉ hủy được cuộc kiểm tra chưa tiến hành.',
  recommend: 'Chỉ ghi kiến nghị sau khi đã kiểm tra và trước khi kết thúc.',
  open_matter: 'Chỉ xem xét trách nhiệm cá nhân, tập thể trong thời gian kiểm tra và theo dõi kết luận.',
};

/** null when the action is allowed, otherwise the Vietnamese reason it is not. */
export function refuseAction(status: InspectionStatus, action: InspectionAction): string | null {
  return ALLOWED[action].includes(status) ? null : REFUSALS[action];
}

export type RecommendationState = 'done' | 'overdue' | 'due_soon' | 'open';

export const RECOMMENDATION_STATE_LABELS: Record<RecommendationState, string> = {
  done: 'Đã thực hiện',
  overdue: 'Quá hạn',
  due_soon: 'Sắp đến hạn',
  open: 'Đang thực hiện',
};

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Where a recommendation stands on `today` (ISO dates). A recommendation is due on its due date
 * itself; it is "due soon" within `warnDays` calendar days before it (a setting of the office, not
 * a legal period).
 */
export function recommendationState(
  r: { dueDate: string; doneOn: string | null },
  today: string,
  warnDays = 7,
): { state: RecommendationState; daysLeft: number | null } {
  if (r.doneOn) return { state: 'done', daysLeft: null };
  const left = daysBetween(today, r.dueDate);
  if (left < 0) return { state: 'overdue', daysLeft: left };
  return { state: left <= warnDays ? 'due_soon' : 'open', daysLeft: left };
}

/**
 * Whether an inspection may be closed: every recommendation carried out, and no pending matter it
 * opened still unresolved (closing releases nothing by itself: the officer settles each matter).
 * Returns the Vietnamese reasons it may not, empty when it may.
 */
export function closeBlockers(i: {
  status: InspectionStatus;
  recommendations: readonly { text: string; doneOn: string | null }[];
  openMatters: readonly { name: string }[];
}): string[] {
  const out: string[] = [];
  const refused = refuseAction(i.status, 'close');
  if (refused) out.push(refused);
  const open = i.recommendations.filter((r) => !r.doneOn);
  if (open.length)
    out.push(`Còn ${open.length} kiến nghị chưa thực hiện xong: ${open.map((r) => `“${r.text}”`).join('; ')}.`);
  if (i.openMatters.length)
    out.push(`Còn vụ việc đang xem xét chưa kết thúc đối với: ${i.openMatters.map((m) => m.name).join(', ')}.`);
  return out;
}

/** A plan task is fulfilled by an inspection once its conclusion is issued (or it is closed). */
export function inspectionFulfils(status: InspectionStatus): boolean {
  return status === 'concluded' || status === 'closed';
}

/** Checks the planned dates against the plan's year; the Vietnamese reason, or null. */
export function plannedDatesProblem(year: number, from: string, to: string): string | null {
  if (to < from) return 'Ngày kết thúc kiểm tra phải từ ngày bắt đầu trở đi.';
  if (Number(from.slice(0, 4)) !== year || Number(to.slice(0, 4)) !== year)
    return `Thời gian kiểm tra phải nằm trong năm kế hoạch ${year}.`;
  return null;
}
