// Shapes of the rounds API's answers, as the web app reads them (see src/features/rounds/service.ts).
import type { NomineeStatus, ProposalStatus, RoundKind, RoundStatus } from '../../../../src/domain/rounds/vocab';
import type { SubjectKind } from '../../../../src/domain/registry/vocab';
import type { Criterion, Mark } from '../eligibility/types';

export type RoundAction = 'open' | 'close' | 'reopen' | 'finish';
export type AppraisalAction = 'accept' | 'return' | 'reject';

export interface RoundListItem {
  id: string;
  name: string;
  kind: RoundKind;
  period: string;
  status: RoundStatus;
  orgName: string;
  awardCodes: string[];
  opensOn: string;
  submitBy: string;
  decisionBy: string;
  /** Calendar days to the submission deadline (negative: past). */
  daysLeft: number;
  manage: boolean;
  invitedCount: number;
  submittedCount: number;
  /** For a unit: its own dossiers' statuses. */
  mine: { orgId: string; status: ProposalStatus }[];
  myOrgCount: number;
}

/** The statutory appraisal time of a dossier (working days from a complete dossier). */
export interface AppraisalClock {
  completeOn: string;
  dueOn: string;
  workingDaysLeft: number;
  late: boolean;
}

export interface AppraisalRule {
  workingDays: number;
  /** Verified basis only (null while unconfirmed). */
  basis: string | null;
  mark: Mark;
}

export interface RoundProposalRow {
  id: string;
  orgId: string;
  orgName: string;
  status: ProposalStatus;
  submittedAt: string | null;
  submissions: number;
  nominees: Partial<Record<NomineeStatus, number>>;
  clock: AppraisalClock | null;
}

export interface RoundDetail {
  id: string;
  name: string;
  kind: RoundKind;
  period: string;
  status: RoundStatus;
  orgId: string;
  orgName: string;
  awards: { code: string; name: string }[];
  opensOn: string;
  submitBy: string;
  decisionBy: string;
  note: string | null;
  daysLeft: number;
  manage: boolean;
  actions: RoundAction[];
  invited: { orgId: string; name: string; canPropose: boolean }[];
  proposals: RoundProposalRow[];
  appraisalRule: AppraisalRule;
}

export interface NomineeVerdict {
  eligible: boolean;
  withheld: boolean;
  /** What the verdict means (absent on verdicts kept before statuses existed). */
  status?: 'eligible' | 'conditional' | 'judgement' | 'ineligible' | 'withheld';
  statusText?: string;
  dataFailed?: boolean;
  /** The period the subject was judged on (a school: the school year). */
  period?: string;
  amount: number | null;
  amountInWords: string | null;
  criteria: Criterion[];
  rules: string;
}

export interface EvidenceFile {
  id: string;
  ownerType: 'proposal' | 'nominee';
  ownerId: string;
  fileName: string;
  size: number;
  sha256: string;
  mime: string;
}

export interface Duplicate {
  id: string;
  status: NomineeStatus;
  roundName: string;
  orgName: string;
  sameRound: boolean;
}

export interface Nominee {
  id: string;
  subjectKind: SubjectKind;
  subjectId: string | null;
  displayName: string;
  positionText: string | null;
  awardCode: string;
  awardName: string;
  period: string;
  achievement: string;
  status: NomineeStatus;
  officeReason: string | null;
  overrideReason: string | null;
  /** The engine's verdict now. */
  verdict: NomineeVerdict | null;
  /** The verdict shown when the dossier was sent. */
  submittedVerdict: NomineeVerdict | null;
  files?: EvidenceFile[];
  duplicates?: Duplicate[];
  actions?: AppraisalAction[];
}

export interface ProposalDetail {
  id: string;
  round: {
    id: string;
    name: string;
    period: string;
    status: RoundStatus;
    submitBy: string;
    decisionBy: string;
    awards: { code: string; name: string }[];
  };
  orgId: string;
  orgName: string;
  status: ProposalStatus;
  summary: string;
  returnReason: string | null;
  submittedAt: string | null;
  submissions: number;
  editable: boolean;
  clock: AppraisalClock | null;
  files: EvidenceFile[];
  nominees: Nominee[];
}

export interface AppraisalProposal {
  id: string;
  orgName: string;
  status: ProposalStatus;
  summary: string;
  submittedAt: string | null;
  submissions: number;
  clock: AppraisalClock | null;
  nominees: Nominee[];
}

export interface Appraisal {
  round: { id: string; name: string; period: string; status: RoundStatus };
  appraisalRule: AppraisalRule;
  proposals: AppraisalProposal[];
}

export type CandidateKind = 'person' | 'org' | 'household';

export interface Candidate {
  id: string;
  name: string;
  detail: string;
}
