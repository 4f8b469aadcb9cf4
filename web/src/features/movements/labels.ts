// Words of the movement screens (the server sends the same labels with each movement; these are
// for the form's choices) and the small rules the screens follow. Pure: no React.
import type { MovementKind, MovementLevel, MovementParticipant, MovementReport, MovementStatus } from './types';

export const LEVEL_LABELS: Record<MovementLevel, string> = {
  central: 'Thủ tướng Chính phủ phát động',
  province: 'Tỉnh phát động',
  commune: 'Xã, phường phát động',
  unit: 'Cơ quan, đơn vị phát động',
};

export const KIND_LABELS: Record<MovementKind, string> = {
  regular: 'Thi đua thường xuyên',
  thematic: 'Thi đua theo chuyên đề',
  peak: 'Thi đua cao điểm (theo đợt)',
};

export const STATUS_LABELS: Record<MovementStatus, string> = {
  draft: 'Đang soạn',
  launched: 'Đã phát động',
  mid_reviewed: 'Đã sơ kết',
  closed: 'Đã tổng kết',
};

export const STATUS_COLOURS: Record<MovementStatus, string> = {
  draft: 'default',
  launched: 'green',
  mid_reviewed: 'blue',
  closed: 'purple',
};

/** The steps in order, for the progress bar. */
export const STATUS_ORDER: MovementStatus[] = ['draft', 'launched', 'mid_reviewed', 'closed'];

/** Units report while the movement runs (after the launch, before the final review). */
export const takesReports = (s: MovementStatus) => s === 'launched' || s === 'mid_reviewed';

/** The six-month review happens once, while the movement runs and before the final review. */
export const canMidReview = (s: MovementStatus) => s === 'launched';
export const canFinalReview = (s: MovementStatus) => s === 'launched' || s === 'mid_reviewed';

/** The latest report of a participant (reports come oldest first). */
export function latestReport(p: Pick<MovementParticipant, 'reports'>): MovementReport | null {
  let last: MovementReport | null = null;
  for (const r of p.reports) if (!last || r.reportedOn >= last.reportedOn) last = r;
  return last;
}

/** Purposes typed one per line → the list the server keeps. */
export const linesOf = (text: string | null | undefined) =>
  (text ?? '')
    .split(/\r?\n/)
    .map((s) => s.normalize('NFC').trim())
    .filter(Boolean);
