// Shapes of the councils, meetings and ballot API answers (see src/features/councils).
import type { BallotChoice, CouncilRole, MeetingStatus, NomineeStatus } from '../../../../src/domain/rounds/vocab';

export interface CouncilMember {
  userId: string;
  role: CouncilRole;
  roleLabel: string;
  fullName: string;
  position: string;
}

export interface Council {
  id: string;
  orgId: string;
  orgName: string;
  name: string;
  termFrom: string;
  termTo: string | null;
  meetingCount: number;
  members: CouncilMember[];
}

export interface Candidate {
  userId: string;
  username: string;
  fullName: string;
  position: string;
  roles: string[];
  canBallot: boolean;
}

export interface MeetingRow {
  id: string;
  roundId: string;
  roundName: string;
  councilId: string;
  councilName: string;
  heldOn: string;
  place: string;
  status: MeetingStatus;
  statusLabel: string;
  itemCount: number;
}

export interface RoundOption {
  id: string;
  name: string;
  orgId: string;
  period: string;
  status: string;
  waiting: number;
}

export interface Threshold {
  share: number;
  of: 'all' | 'present';
  strict: boolean;
  /** The verified or tenant-confirmed basis; null until the administrator confirms it. */
  basis: string | null;
  confirmed: boolean;
  text: string;
}

export interface MeetingItem {
  nomineeId: string;
  ordinal: number;
  displayName: string;
  positionText: string | null;
  unitName: string;
  awardCode: string;
  awardName: string;
  nomineeStatus: NomineeStatus;
  nomineeStatusLabel: string;
  /** The achievements the unit wrote, and the verdict the office accepted: what members weigh. */
  achievement: string;
  verdict: {
    eligible: boolean;
    withheld: boolean;
    status: 'eligible' | 'conditional' | 'judgement' | 'ineligible' | 'withheld' | null;
    statusText: string | null;
    dataFailed: boolean;
    criteria: { met: boolean | null; message: string }[];
    overrideReason: string | null;
  } | null;
  threshold: Threshold;
  recusals: { fullName: string; reason: string }[];
  recusedCount: number;
  yes: number | null;
  no: number | null;
  abstain: number | null;
  passed: boolean | null;
  resultText: string | null;
  required: number | null;
}

export interface Meeting {
  id: string;
  roundId: string;
  roundName: string;
  roundOrgId: string;
  council: { id: string; name: string };
  heldOn: string;
  place: string;
  status: MeetingStatus;
  statusLabel: string;
  openedAt: string | null;
  closedAt: string | null;
  attendanceRecorded: boolean;
  members: (Omit<CouncilMember, 'roleLabel'> & { roleLabel: string; present: boolean })[];
  memberCount: number;
  presentCount: number;
  noticeRule: { minDays: number; working: boolean };
  quorum: { met: boolean; required: number; text: string; basis: string | null; confirmed: boolean };
  ballotsCast: number;
  /** The sealed box of the open vote cannot be opened (its key is gone): the office may call a revote. */
  ballotBoxLost: boolean;
  items: MeetingItem[];
  notice: { id: string; slug: string } | null;
  viewer: { office: boolean; member: boolean; present: boolean; hasVoted: boolean; myRecusals: string[] };
}

export interface MyMeeting {
  id: string;
  councilName: string;
  roundName: string;
  heldOn: string;
  place: string;
  status: MeetingStatus;
  statusLabel: string;
  present: boolean;
  hasVoted: boolean;
  canVote: boolean;
}

export interface ReceiptCheck {
  found: boolean;
  items: { ordinal: number; displayName: string; choice: BallotChoice; choiceLabel: string }[];
}
