// Vocabulary of commendation rounds (đợt xét khen thưởng): the codes stored in the database and
// their Vietnamese labels. The state machines that move between them are in ./machines.ts.

/** Kinds of round: what the office is reviewing. */
export const ROUND_KINDS = ['year_end', 'school_year', 'thematic', 'ad_hoc', 'simplified'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];
export const ROUND_KIND_LABELS: Record<RoundKind, string> = {
  year_end: 'Tổng kết năm',
  school_year: 'Tổng kết năm học',
  thematic: 'Chuyên đề (sau phong trào thi đua)',
  ad_hoc: 'Đột xuất',
  simplified: 'Theo thủ tục đơn giản (Điều 85 Luật TĐKT)',
};

export const ROUND_STATUSES = ['draft', 'open', 'closed', 'finished'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];
export const ROUND_STATUS_LABELS: Record<RoundStatus, string> = {
  draft: 'Đang soạn',
  open: 'Đang nhận hồ sơ',
  closed: 'Đã hết hạn nhận hồ sơ',
  finished: 'Đã kết thúc',
};

/** A unit's dossier. */
export const PROPOSAL_STATUSES = ['draft', 'submitted', 'returned', 'appraised'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = {
  draft: 'Đang soạn',
  submitted: 'Đã gửi, chờ thẩm định',
  returned: 'Bị trả lại',
  appraised: 'Đã thẩm định',
};

/**
 * One nominee, from the unit's draft to the decision:
 * draft → submitted → accepted | returned | rejected; accepted → passed | failed (council);
 * passed → awarded (decision signed) | withheld (open complaint) | sent_up (khen cao);
 * sent_up → awarded (higher decision recorded); awarded → revoked (Law Art. 93).
 */
export const NOMINEE_STATUSES = [
  'draft',
  'submitted',
  'accepted',
  'returned',
  'rejected',
  'passed',
  'failed',
  'withheld',
  'sent_up',
  'awarded',
  'revoked',
] as const;
export type NomineeStatus = (typeof NOMINEE_STATUSES)[number];
export const NOMINEE_STATUS_LABELS: Record<NomineeStatus, string> = {
  draft: 'Đang soạn',
  submitted: 'Chờ thẩm định',
  accepted: 'Đã thẩm định, trình Hội đồng',
  returned: 'Bị trả lại',
  rejected: 'Không đủ điều kiện',
  passed: 'Hội đồng thông qua',
  failed: 'Hội đồng không thông qua',
  withheld: 'Tạm dừng (có khiếu nại)',
  sent_up: 'Đã trình cấp trên',
  awarded: 'Đã khen thưởng',
  revoked: 'Đã hủy khen thưởng',
};

export const COUNCIL_ROLES = ['chair', 'vice_chair', 'secretary', 'member'] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];
export const COUNCIL_ROLE_LABELS: Record<CouncilRole, string> = {
  chair: 'Chủ tịch Hội đồng',
  vice_chair: 'Phó Chủ tịch Hội đồng',
  secretary: 'Ủy viên, Thư ký',
  member: 'Ủy viên',
};

export const MEETING_STATUSES = ['draft', 'voting', 'closed'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  draft: 'Chuẩn bị',
  voting: 'Đang bỏ phiếu',
  closed: 'Đã kết thúc, đã kiểm phiếu',
};

export const BALLOT_CHOICES = ['yes', 'no', 'abstain'] as const;
export type BallotChoice = (typeof BALLOT_CHOICES)[number];
export const BALLOT_CHOICE_LABELS: Record<BallotChoice, string> = {
  yes: 'Đồng ý',
  no: 'Không đồng ý',
  abstain: 'Không biểu quyết',
};

export const FEEDBACK_KINDS = ['comment', 'complaint'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];
export const FEEDBACK_KIND_LABELS: Record<FeedbackKind, string> = {
  comment: 'Góp ý',
  complaint: 'Phản ánh, khiếu nại',
};

export const FEEDBACK_STATUSES = ['open', 'resolved', 'dismissed'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];
export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatus, string> = {
  open: 'Đang xử lý',
  resolved: 'Đã giải quyết',
  dismissed: 'Không có cơ sở',
};

export const DECISION_STATUSES = ['draft', 'signed', 'revoked'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];
export const DECISION_STATUS_LABELS: Record<DecisionStatus, string> = {
  draft: 'Dự thảo, chờ ký',
  signed: 'Đã ký ban hành',
  revoked: 'Đã hủy bỏ',
};
