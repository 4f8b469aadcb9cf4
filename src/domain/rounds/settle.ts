// When a round's states agree (issue 9.4): a round whose submissions are closed is finished once
// every nominee that entered the pipeline is decided — awarded, failed, rejected or sent up to
// the higher level — and no draft decision is left. Dossiers never sent (draft, returned) do not
// hold it open.
import type { NomineeStatus } from './vocab.js';

/** Nominees still waiting for this round's own work: appraisal, the council, a decision. */
export const UNSETTLED: readonly NomineeStatus[] = ['submitted', 'accepted', 'passed', 'withheld'];

export interface RoundLoad {
  nomineeStatuses: readonly NomineeStatus[];
  draftDecisions: number;
}

/** Why the round cannot be finished yet (Vietnamese), or null when it can. */
export function unsettledReason(load: RoundLoad): string | null {
  const waiting = load.nomineeStatuses.filter((s) => UNSETTLED.includes(s)).length;
  const parts = [
    waiting
      ? `${String(waiting).padStart(2, '0')} trường hợp chưa có quyết định (đang thẩm định, chờ Hội đồng, chờ ký hoặc tạm dừng)`
      : null,
    load.draftDecisions ? `${String(load.draftDecisions).padStart(2, '0')} dự thảo quyết định chưa ký` : null,
  ].filter(Boolean);
  return parts.length ? `Đợt xét còn ${parts.join(' và ')}.` : null;
}

/** Whether signing (or recording) the last decision finishes the round. */
export function isSettled(load: RoundLoad): boolean {
  return (
    unsettledReason(load) === null &&
    load.nomineeStatuses.some((s) => s === 'awarded' || s === 'sent_up' || s === 'revoked')
  );
}
