// Shapes of the decisions API (src/features/decisions/routes.ts) as the web app reads them.
import type { DecisionStatus, NomineeStatus, RoundKind } from '../../../../src/domain/rounds/vocab';

export interface DecisionContent {
  subject: string;
  authority: string;
  bases: string[];
  achievement: string;
  fund: string;
  effect: string;
  executors: string;
  recipients: string[];
  archive: string[];
  issuerSuperior: string[];
  issuerName: string[];
  place: string;
  plannedDate: string;
  fixDate: boolean;
  signerLines: string[];
  submittedAt?: string | null;
  revokeDocument?: string | null;
  note?: string | null;
}

export interface Decision {
  id: string;
  roundId: string;
  orgId: string;
  external: boolean;
  status: DecisionStatus;
  symbol: string;
  number: number | null;
  numberText: string | null;
  decisionDate: string | null;
  issuer: string;
  signerUserId: string | null;
  signerName: string | null;
  signerTitle: string | null;
  content: DecisionContent;
  totalAmount: number;
  createdAt: string;
  signedAt: string | null;
  revokedOn: string | null;
  revokeReason: string | null;
}

export interface DecisionItem {
  nomineeId: string;
  ordinal: number;
  displayName: string;
  positionText: string | null;
  unitName: string;
  awardCode: string;
  awardName: string;
  category: 'title' | 'form';
  period: string;
  status: NomineeStatus;
  amount: number | null;
  payable: number | null;
  payNote: string | null;
  recoverAmount: number | null;
  notice: { ok: boolean; message: string | null } | null;
}

export interface DecisionDetail {
  decision: Decision;
  round: { id: string; name: string; period: string; kind: RoundKind };
  org: { id: string; name: string; type: string };
  canEdit: boolean;
  canSign: boolean;
  canRevoke: boolean;
  items: DecisionItem[];
  recovery: { total: number } | null;
}

export interface Signer {
  id: string;
  fullName: string;
  position: string | null;
  lines: string[];
}

export interface RoundNominee {
  id: string;
  displayName: string;
  positionText: string | null;
  unitName: string;
  awardCode: string;
  awardName: string;
  period: string;
  status: NomineeStatus;
  decidesHere: boolean;
  decisionId: string | null;
  notice: { ok: boolean; message: string | null } | null;
}

export interface RoundView {
  round: { id: string; name: string; kind: RoundKind; period: string; status: string; decisionBy: string; orgId: string; orgName: string; orgType: string };
  canManage: boolean;
  canSign: boolean;
  nominees: RoundNominee[];
  decisions: Decision[];
  meetings: { id: string; heldOn: string; place: string; status: string }[];
  signers: Signer[];
}

export interface RoundSummary {
  id: string;
  name: string;
  kind: RoundKind;
  period: string;
  status: string;
  orgId: string;
  orgName: string;
  decisionBy: string;
  nominees: Partial<Record<NomineeStatus, number>>;
  decisions: Partial<Record<DecisionStatus, number>>;
}

export interface InboxItem extends Decision {
  roundName: string;
  orgName: string;
  itemCount: number;
}

export interface CertificateJob {
  id: string;
  decisionId: string;
  format: 'docx' | 'pdf';
  mode: 'full' | 'blank';
  status: 'running' | 'done' | 'failed';
  processed: number;
  total: number;
  fileName: string | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}
