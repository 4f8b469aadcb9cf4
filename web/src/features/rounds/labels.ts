// Words and small computations of the round screens: deadline countdowns, the appraisal clock,
// duplicate warnings, evidence file checks and nominee counts. Pure: no React.
import { EVIDENCE_MAX_BYTES, EVIDENCE_TYPES_TEXT } from '../../../../src/domain/rounds/dossier';
import type { NomineeStatus, ProposalStatus, RoundStatus } from '../../../../src/domain/rounds/vocab';
import type { SubjectKind } from '../../../../src/domain/registry/vocab';
import { formatDateVN } from '../../../../src/domain/vi-text/index';
import type { AppraisalClock, CandidateKind, Duplicate, NomineeVerdict } from './types';

/** Days left at or under which a deadline is shown in red. */
export const URGENT_DAYS = 3;

/** "Còn 13 ngày", "Hạn chót hôm nay", "Quá hạn 2 ngày". */
export function countdownText(daysLeft: number): string {
  if (daysLeft > 0) return `Còn ${daysLeft} ngày`;
  if (daysLeft === 0) return 'Hạn chót hôm nay';
  return `Quá hạn ${-daysLeft} ngày`;
}

export const countdownUrgent = (daysLeft: number) => daysLeft <= URGENT_DAYS;

/** A countdown means something only while the round takes dossiers. */
export const showsCountdown = (status: RoundStatus) => status === 'open';

/** "Hạn thẩm định 18/12/2026 — còn 19 ngày làm việc" (or "quá hạn 2 ngày làm việc"). */
export function clockText(clock: Pick<AppraisalClock, 'dueOn' | 'workingDaysLeft' | 'late'>): string {
  const due = `Hạn thẩm định ${formatDateVN(clock.dueOn)}`;
  if (clock.late) return `${due} — quá hạn ${Math.abs(clock.workingDaysLeft)} ngày làm việc`;
  if (clock.workingDaysLeft === 0) return `${due} — hết hạn hôm nay`;
  return `${due} — còn ${clock.workingDaysLeft} ngày làm việc`;
}

/** A competing proposal's status, in the words of a duplicate warning. */
const DUPLICATE_STATUS: Partial<Record<NomineeStatus, string>> = {
  draft: 'đang soạn',
  submitted: 'đang chờ thẩm định',
  accepted: 'đã chấp nhận',
  returned: 'bị trả lại',
  passed: 'Hội đồng đã thông qua',
  withheld: 'đang tạm dừng do có khiếu nại',
  sent_up: 'đã trình cấp trên',
  awarded: 'đã được khen thưởng',
};

/** "Trùng: đã đề nghị ở Trường X trong đợt Y (đã chấp nhận)". */
export function duplicateText(d: Pick<Duplicate, 'status' | 'roundName' | 'orgName' | 'sameRound'>): string {
  const where = d.sameRound ? 'trong cùng đợt này' : `trong đợt "${d.roundName}"`;
  return `Trùng: đã đề nghị ở ${d.orgName} ${where} (${DUPLICATE_STATUS[d.status] ?? d.status})`;
}

/** 1 234 567 bytes → "1,2 MB"; 2 048 → "2 KB". */
export function fileSizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024).toLocaleString('vi-VN')} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

export const EVIDENCE_ACCEPT = '.pdf,.docx,.jpg,.jpeg,.png';
export const EVIDENCE_HINT = `${EVIDENCE_TYPES_TEXT}; mỗi tệp tối đa ${EVIDENCE_MAX_BYTES / 1024 / 1024} MB.`;

/** Why a file will be refused before it is sent (the server checks the content too), or null. */
export function evidenceProblem(name: string, size: number): string | null {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (!EVIDENCE_ACCEPT.split(',').includes(`.${ext}`))
    return `Tệp "${name}" không thuộc loại được nhận (${EVIDENCE_TYPES_TEXT}).`;
  if (size === 0) return `Tệp "${name}" rỗng.`;
  if (size > EVIDENCE_MAX_BYTES) return `Tệp "${name}" lớn hơn ${EVIDENCE_MAX_BYTES / 1024 / 1024} MB.`;
  return null;
}

/** Nominee counts by status in words: "3 đề nghị (2 chờ thẩm định, 1 bị trả lại)". */
export function nomineeCountText(
  byStatus: Partial<Record<NomineeStatus, number>>,
  labels: Record<NomineeStatus, string>,
): string {
  const entries = (Object.entries(byStatus) as [NomineeStatus, number][]).filter(([, n]) => n > 0);
  const total = entries.reduce((s, [, n]) => s + n, 0);
  if (!total) return 'Chưa có đề nghị';
  const parts = entries.map(([s, n]) => `${n} ${labels[s].toLocaleLowerCase('vi-VN')}`);
  return `${total} đề nghị (${parts.join(', ')})`;
}

/** Whether the verdict kept at submission says something different from today's. */
export function verdictChanged(live: NomineeVerdict | null, sent: NomineeVerdict | null): boolean {
  if (!live || !sent) return false;
  return live.eligible !== sent.eligible || live.withheld !== sent.withheld || live.amount !== sent.amount;
}

/** The candidate list to search for each kind of nominee. */
export const CANDIDATE_KINDS: {
  value: CandidateKind;
  label: string;
  subjectKind: 'individual' | 'collective' | 'household';
}[] = [
  { value: 'person', label: 'Cá nhân', subjectKind: 'individual' },
  { value: 'org', label: 'Tập thể', subjectKind: 'collective' },
  { value: 'household', label: 'Hộ gia đình', subjectKind: 'household' },
];

/** Subject kinds an award must allow to be offered for a candidate kind. */
export const SUBJECT_KINDS_OF: Record<CandidateKind, SubjectKind[]> = {
  person: ['individual'],
  org: ['collective', 'village', 'commune'],
  household: ['household'],
};

/** A dossier the unit can still change. */
export const dossierOpen = (s: ProposalStatus) => s === 'draft' || s === 'returned';

/** A nominee the unit can still change or remove. */
export const nomineeOpen = (s: NomineeStatus) => s === 'draft' || s === 'returned';

/** ISO date plus `days` calendar days (for default deadlines). */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Calendar days from `today` to `iso` (negative when past), as the server counts them. */
export function daysUntil(iso: string, today: string): number {
  return Math.round((Date.parse(iso) - Date.parse(today)) / 86_400_000);
}

/** Server field "nominees.<id>.achievement" → the nominee's id, else null. */
export function nomineeOfField(field: string): string | null {
  const m = /^nominees\.([0-9a-f-]{36})\.achievement$/.exec(field);
  return m ? m[1]! : null;
}

/** "Năm học 2025-2026" / "Năm 2026". */
export function periodLabel(period: string): string {
  return /^\d{4}-\d{4}$/.test(period) ? `Năm học ${period}` : `Năm ${period}`;
}
