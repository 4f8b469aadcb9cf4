// Whether an award is in force or revoked (Law on Emulation and Commendation 2022, Art. 93: a
// decision found wrong is revoked and its awards with it). Counts of awards take those in force;
// the register keeps every record and can show either.
export const AWARD_STATES = ['in_force', 'revoked'] as const;
export type AwardState = (typeof AWARD_STATES)[number];
export const AWARD_STATE_LABELS: Record<AwardState, string> = {
  in_force: 'Còn hiệu lực',
  revoked: 'Đã thu hồi',
};
