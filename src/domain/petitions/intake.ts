// What the law says about accepting a petition (thụ lý): anonymous denunciations and complaints,
// duplicates of a petition being or already settled, and repeated denunciations. Pure: no I/O.
import { unaccent } from '../vi-text/index.js';
import { OPEN_STATUSES, type PetitionKind, type PetitionRules, type PetitionStatus } from './rules.js';

/** A sender is identified when both a name and an address (or contact) are given. */
export function isAnonymous(p: { senderName: string | null; senderAddress: string | null; contact?: string | null }) {
  return !p.senderName?.trim() || !(p.senderAddress?.trim() || p.contact?.trim());
}

/** Key for duplicate detection: lower case, no diacritics, letters and digits only. */
export const dupKey = (s: string | null | undefined) =>
  unaccent(s ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export interface DupCandidate {
  id: string;
  kind: PetitionKind;
  status: PetitionStatus;
  senderName: string | null;
  /** The person, collective or award the petition is about (id), or its free-text name. */
  subjectKey: string | null;
  trackingCode: string;
}

/**
 * The earlier petition this one repeats: same kind, same sender, same subject. Prefers an open
 * one (then the new one joins it) over one already answered (then it is a repeat).
 */
export function findDuplicate(
  p: { kind: PetitionKind; senderName: string | null; subjectKey: string | null },
  earlier: readonly DupCandidate[],
): DupCandidate | null {
  if (!p.subjectKey || !p.senderName) return null;
  const same = earlier.filter(
    (e) =>
      e.kind === p.kind &&
      e.subjectKey === p.subjectKey &&
      dupKey(e.senderName) === dupKey(p.senderName) &&
      e.status !== 'rejected',
  );
  return same.find((e) => OPEN_STATUSES.includes(e.status)) ?? same[0] ?? null;
}

export interface AcceptCheck {
  kind: PetitionKind;
  anonymous: boolean;
  duplicateOf: { status: PetitionStatus; trackingCode: string } | null;
  /** The sender brings new information, documents or evidence (for a repeated tố cáo). */
  newInformation?: boolean;
}

/** Why the petition may not be accepted (Vietnamese, with the legal basis), or null. */
export function acceptRefusal(c: AcceptCheck, r: PetitionRules): string | null {
  if (c.anonymous && c.kind === 'denunciation')
    return `Tố cáo không rõ họ tên, địa chỉ người tố cáo không được thụ lý (${r.denunciation.anonymousBasis.basis}). Nếu nội dung rõ ràng, có tài liệu, chứng cứ cụ thể, ghi "Không thụ lý" và chuyển thanh tra, kiểm tra theo thẩm quyền.`;
  if (c.anonymous && c.kind === 'complaint')
    return 'Đơn khiếu nại phải ghi rõ họ tên, địa chỉ người khiếu nại; bổ sung thông tin người gửi trước khi thụ lý.';
  if (c.duplicateOf && OPEN_STATUSES.includes(c.duplicateOf.status))
    return `Đơn trùng nội dung với đơn mã ${c.duplicateOf.trackingCode} đang được giải quyết: không thụ lý riêng, ghi "Không thụ lý — đơn trùng".`;
  if (c.duplicateOf && c.duplicateOf.status === 'answered' && c.kind === 'denunciation' && !c.newInformation)
    return `Tố cáo lại nội dung đã được giải quyết (đơn mã ${c.duplicateOf.trackingCode}) mà không có thông tin, tài liệu, chứng cứ mới thì không thụ lý.`;
  return null;
}

/** Kinds whose acceptance withholds the subject's award until settled. */
export const WITHHOLDING_KINDS: readonly PetitionKind[] = ['complaint', 'denunciation'];

/** Whether a petition holds its subject's award pending: an identified complaint or denunciation, still open. */
export function withholds(p: {
  kind: PetitionKind;
  status: PetitionStatus;
  anonymous: boolean;
  hasSubject: boolean;
}): boolean {
  return WITHHOLDING_KINDS.includes(p.kind) && !p.anonymous && p.hasSubject && OPEN_STATUSES.includes(p.status);
}
