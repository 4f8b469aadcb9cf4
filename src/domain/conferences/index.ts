// Pure rules of the year's conferences and ceremonies (hội nghị sơ kết, tổng kết, the cluster's
// conferences, award ceremonies): kinds, life and what fulfils a plan task.

import { attendanceGate } from '../attendance/index.js';

export const CONFERENCE_KINDS = ['so_ket', 'tong_ket', 'cluster', 'ceremony'] as const;
export type ConferenceKind = (typeof CONFERENCE_KINDS)[number];
export const CONFERENCE_KIND_LABELS: Record<ConferenceKind, string> = {
  so_ket: 'Hội nghị sơ kết',
  tong_ket: 'Hội nghị tổng kết',
  cluster: 'Hội nghị của Cụm, Khối thi đua',
  ceremony: 'Lễ trao tặng, đón nhận khen thưởng',
};

export const CONFERENCE_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type ConferenceStatus = (typeof CONFERENCE_STATUSES)[number];
export const CONFERENCE_STATUS_LABELS: Record<ConferenceStatus, string> = {
  planned: 'Chuẩn bị',
  held: 'Đã tổ chức',
  cancelled: 'Đã hủy',
};

/** The conference may be marked held only on or after its date, and not once cancelled. */
export function holdProblem(c: { status: ConferenceStatus; heldOn: string }, today: string): string | null {
  return attendanceGate({ status: c.status, startsOn: c.heldOn }, today, {
    cancelled: 'Hội nghị đã hủy.',
    notYet: 'Chưa đến ngày tổ chức hội nghị.',
  });
}

/** Awards are presented at a conference only from decisions already signed. */
export function presentableDecision(d: { status: string }): boolean {
  return d.status === 'signed';
}

export function conferenceFulfils(status: ConferenceStatus): boolean {
  return status === 'held';
}
