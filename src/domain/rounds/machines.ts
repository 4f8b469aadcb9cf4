// State machines of a commendation round: the round, a unit's proposal, each nominee, a council
// meeting and a decision. Each is a table of allowed moves; `move` answers the next state or
// throws a TransitionError with a Vietnamese message that names the current state. Services call
// these before writing, so the rules live in one place and are tested without a database.
import {
  DECISION_STATUS_LABELS,
  type DecisionStatus,
  MEETING_STATUS_LABELS,
  type MeetingStatus,
  NOMINEE_STATUS_LABELS,
  type NomineeStatus,
  PROPOSAL_STATUS_LABELS,
  type ProposalStatus,
  ROUND_STATUS_LABELS,
  type RoundStatus,
} from './vocab.js';

export class TransitionError extends Error {
  constructor(
    message: string,
    /** Stable code for clients: the thing and the state that refused the move, e.g. ROUND_CLOSED. */
    readonly code: string,
  ) {
    super(message);
    this.name = 'TransitionError';
  }
}

interface Machine<S extends string, A extends string> {
  /** The thing moved, in error codes (ROUND gives ROUND_CLOSED for a refusal in state 'closed'). */
  entity: string;
  /** What is moved, in Vietnamese ('đợt xét', 'hồ sơ'…), for messages. */
  noun: string;
  labels: Record<S, string>;
  /** Vietnamese verb of each action, for messages. */
  verbs: Record<A, string>;
  moves: Record<A, { from: readonly S[]; to: S }>;
}

function mover<S extends string, A extends string>(m: Machine<S, A>) {
  const can = (from: S, action: A) => m.moves[action].from.includes(from);
  const move = (from: S, action: A): S => {
    if (!can(from, action))
      throw new TransitionError(
        `Không thể ${m.verbs[action]} khi ${m.noun} đang ở trạng thái "${m.labels[from]}".`,
        `${m.entity}_${from.toUpperCase()}`,
      );
    return m.moves[action].to;
  };
  /** Actions available from a state (for the interface's buttons). */
  const actions = (from: S) => (Object.keys(m.moves) as A[]).filter((a) => can(from, a));
  return { can, move, actions };
}

export type RoundAction = 'open' | 'close' | 'reopen' | 'finish';
export const roundMachine = mover<RoundStatus, RoundAction>({
  entity: 'ROUND',
  noun: 'đợt xét khen thưởng',
  labels: ROUND_STATUS_LABELS,
  verbs: { open: 'mở đợt', close: 'khóa nhận hồ sơ', reopen: 'mở lại việc nhận hồ sơ', finish: 'kết thúc đợt' },
  moves: {
    open: { from: ['draft'], to: 'open' },
    close: { from: ['open'], to: 'closed' },
    reopen: { from: ['closed'], to: 'open' },
    finish: { from: ['closed'], to: 'finished' },
  },
});

export type ProposalAction = 'edit' | 'submit' | 'return' | 'appraise';
export const proposalMachine = mover<ProposalStatus, ProposalAction>({
  entity: 'PROPOSAL',
  noun: 'hồ sơ',
  labels: PROPOSAL_STATUS_LABELS,
  verbs: { edit: 'sửa hồ sơ', submit: 'gửi hồ sơ', return: 'trả lại hồ sơ', appraise: 'kết thúc thẩm định' },
  moves: {
    // A submitted dossier is frozen: only a draft or a returned one can be edited or (re)sent.
    edit: { from: ['draft', 'returned'], to: 'draft' },
    submit: { from: ['draft', 'returned'], to: 'submitted' },
    return: { from: ['submitted'], to: 'returned' },
    appraise: { from: ['submitted'], to: 'appraised' },
  },
});

export type NomineeAction =
  | 'submit'
  | 'accept'
  | 'return'
  | 'reject'
  | 'pass'
  | 'fail'
  | 'withhold'
  | 'release'
  | 'sendUp'
  | 'award'
  | 'revoke';
export const nomineeMachine = mover<NomineeStatus, NomineeAction>({
  entity: 'NOMINEE',
  noun: 'người (tập thể) được đề nghị',
  labels: NOMINEE_STATUS_LABELS,
  verbs: {
    submit: 'gửi đề nghị',
    accept: 'chấp nhận qua thẩm định',
    return: 'trả lại để bổ sung',
    reject: 'loại khỏi danh sách',
    pass: 'ghi nhận Hội đồng thông qua',
    fail: 'ghi nhận Hội đồng không thông qua',
    withhold: 'tạm dừng xét',
    release: 'tiếp tục xét',
    sendUp: 'trình cấp trên',
    award: 'ghi nhận khen thưởng',
    revoke: 'hủy khen thưởng',
  },
  moves: {
    submit: { from: ['draft', 'returned'], to: 'submitted' },
    accept: { from: ['submitted'], to: 'accepted' },
    return: { from: ['submitted', 'accepted'], to: 'returned' },
    reject: { from: ['submitted', 'accepted'], to: 'rejected' },
    pass: { from: ['accepted'], to: 'passed' },
    fail: { from: ['accepted'], to: 'failed' },
    withhold: { from: ['passed'], to: 'withheld' },
    release: { from: ['withheld'], to: 'passed' },
    sendUp: { from: ['passed'], to: 'sent_up' },
    award: { from: ['passed', 'sent_up'], to: 'awarded' },
    revoke: { from: ['awarded'], to: 'revoked' },
  },
});

export type MeetingAction = 'openVoting' | 'close';
export const meetingMachine = mover<MeetingStatus, MeetingAction>({
  entity: 'MEETING',
  noun: 'phiên họp',
  labels: MEETING_STATUS_LABELS,
  verbs: { openVoting: 'mở bỏ phiếu', close: 'kết thúc bỏ phiếu' },
  moves: {
    openVoting: { from: ['draft'], to: 'voting' },
    // Closing is final: the tally cannot be reopened.
    close: { from: ['voting'], to: 'closed' },
  },
});

export type DecisionAction = 'sign' | 'revoke';
export const decisionMachine = mover<DecisionStatus, DecisionAction>({
  entity: 'DECISION',
  noun: 'quyết định',
  labels: DECISION_STATUS_LABELS,
  verbs: { sign: 'ký ban hành', revoke: 'hủy bỏ quyết định' },
  moves: {
    sign: { from: ['draft'], to: 'signed' },
    revoke: { from: ['signed'], to: 'revoked' },
  },
});

/** Nominee states that hold the (subject, award, period) slot: a duplicate may not be active. */
export const SLOT_HOLDING: readonly NomineeStatus[] = ['accepted', 'passed', 'withheld', 'sent_up', 'awarded'];
