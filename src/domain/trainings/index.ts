// Pure rules of training courses (tập huấn, bồi dưỡng nghiệp vụ thi đua, khen thưởng): who may
// receive a certificate of attendance, how certificates are numbered, and the course's figures.

import { attendanceGate } from '../attendance/index.js';

export { attendanceSummary } from '../attendance/index.js';

export const TRAINING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];
export const TRAINING_STATUS_LABELS: Record<TrainingStatus, string> = {
  planned: 'Chưa tổ chức',
  held: 'Đã tổ chức',
  cancelled: 'Đã hủy',
};

export interface ParticipantMark {
  personId: string;
  attended: boolean | null;
  certificateNo: number | null;
}

/**
 * Certificate numbers after attendance is taken: every attendee keeps the number they have, new
 * attendees get the next numbers (after every number given so far) in the given order; a person
 * marked absent has no certificate.
 */
export function assignCertificates(marks: readonly ParticipantMark[]): Map<string, number | null> {
  let next = marks.reduce((m, p) => Math.max(m, p.certificateNo ?? 0), 0) + 1;
  const out = new Map<string, number | null>();
  for (const p of marks) out.set(p.personId, p.attended === true ? (p.certificateNo ?? next++) : null);
  return out;
}

/** The certificate's printed number: '05/2026/GCN-TH' (the symbol is the organiser's to set). */
export function certificateNumber(no: number, year: number, symbol = 'GCN-TH'): string {
  return `${String(no).padStart(2, '0')}/${year}/${symbol}`;
}

/** A plan task is fulfilled by a course once it was held and someone attended. */
export function trainingFulfils(status: TrainingStatus, attended: number): boolean {
  return status === 'held' && attended > 0;
}

/** Attendance may be taken only from the first day of the course, and not for a cancelled one. */
export function attendanceProblem(t: { status: TrainingStatus; fromDate: string }, today: string): string | null {
  return attendanceGate({ status: t.status, startsOn: t.fromDate }, today, {
    cancelled: 'Lớp tập huấn đã hủy, không điểm danh được.',
    notYet: 'Chưa đến ngày khai giảng lớp tập huấn, chưa điểm danh được.',
  });
}
