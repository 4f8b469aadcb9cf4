// Shapes of the rounds API's answers: the server's response schemas (src/features/rounds/schema.ts),
// imported as types only so no server code enters the bundle.
import type { z } from 'zod';
import type {
  AcceptEligibleOut,
  AppraisalOut,
  CandidateQuery,
  CandidatesOut,
  ProcedurePendingOut,
  ProposalOpenOut,
  ProposalOut,
  ROUND_ACTIONS,
  RoundListOut,
  RoundOut,
} from '../../../../src/features/rounds/schema';

export type RoundAction = (typeof ROUND_ACTIONS)[number];
export type RoundListItem = z.output<typeof RoundListOut>['items'][number];
export type RoundDetail = z.output<typeof RoundOut>;
export type RoundProposalRow = RoundDetail['proposals'][number];
/** The statutory appraisal time of a dossier (working days from a complete dossier). */
export type AppraisalClock = NonNullable<RoundProposalRow['clock']>;
export type AppraisalRule = RoundDetail['appraisalRule'];

export type ProposalDetail = z.output<typeof ProposalOut>;
export type EvidenceFile = ProposalDetail['files'][number];
export type Appraisal = z.output<typeof AppraisalOut>;
export type AppraisalProposal = Appraisal['proposals'][number];
type ProposalNominee = ProposalDetail['nominees'][number];
type AppraisalNominee = AppraisalProposal['nominees'][number];
export type Duplicate = AppraisalNominee['duplicates'][number];
export type AppraisalAction = AppraisalNominee['actions'][number];
export type NomineeVerdict = NonNullable<ProposalNominee['verdict']>;
/** A nominee as a dossier (with its files) or the appraisal (with duplicates and actions) shows it. */
export type Nominee = Omit<ProposalNominee, 'files'> &
  Partial<Pick<ProposalNominee, 'files'>> &
  Partial<Pick<AppraisalNominee, 'duplicates' | 'actions'>>;

export type Candidate = z.output<typeof CandidatesOut>['items'][number];
export type CandidateKind = z.input<typeof CandidateQuery>['kind'];
export type RoundList = z.output<typeof RoundListOut>;
export type CandidateList = z.output<typeof CandidatesOut>;
export type AcceptEligibleResult = z.output<typeof AcceptEligibleOut>;
export type ProposalOpened = z.output<typeof ProposalOpenOut>;
export type ProcedurePending = z.output<typeof ProcedurePendingOut>;
