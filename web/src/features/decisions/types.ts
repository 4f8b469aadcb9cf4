// Shapes of the decisions API's answers: the server's response schemas
// (src/features/decisions/schema.ts), imported as types only so no server code enters the bundle.
import type { z } from 'zod';
import type {
  CertificateBatchListOut,
  CertificateBatchOut,
  DecisionContentOut,
  DecisionDetailOut,
  DecisionOut,
  DecisionRoundsOut,
  IdOut,
  RegisterPositionOut,
  RevokeOut,
  RoundDecisionViewOut,
  SendUpOut,
  SignerInboxOut,
  SignOut,
} from '../../../../src/features/decisions/schema';

export type DecisionContent = z.output<typeof DecisionContentOut>;
export type Decision = z.output<typeof DecisionOut>;
export type DecisionDetail = z.output<typeof DecisionDetailOut>;
export type DecisionItem = DecisionDetail['items'][number];
export type RoundView = z.output<typeof RoundDecisionViewOut>;
export type RoundNominee = RoundView['nominees'][number];
export type Signer = RoundView['signers'][number];
export type RoundSummary = z.output<typeof DecisionRoundsOut>['items'][number];
export type InboxItem = z.output<typeof SignerInboxOut>['items'][number];
export type CertificateJob = z.output<typeof CertificateBatchOut>;
export type DecisionRoundList = z.output<typeof DecisionRoundsOut>;
export type Inbox = z.output<typeof SignerInboxOut>;
export type CertificateJobList = z.output<typeof CertificateBatchListOut>;
export type Created = z.output<typeof IdOut>;
export type SignResult = z.output<typeof SignOut>;
export type RevokeResult = z.output<typeof RevokeOut>;
export type SendUpResult = z.output<typeof SendUpOut>;
export type RegisterPosition = z.output<typeof RegisterPositionOut>;
