// Shapes of the registration API's answers (see src/features/registrations/service.ts).
import type { RegistrationOutcome } from '../../../../src/domain/emulation/registration';
import type { SubjectKind } from '../../../../src/domain/registry/vocab';

export type { RegistrationOutcome };

export interface CallAward {
  code: string;
  name: string;
}

export interface CallListItem {
  id: string;
  orgName: string;
  period: string;
  deadline: string;
  awards: CallAward[];
  open: boolean;
}

export interface RegistrationItem {
  id: string;
  unitOrgId: string;
  unitName: string;
  subjectKind: SubjectKind;
  /** 'person:<id>' | 'org:<id>' | 'household:<id>' */
  subjectKey: string;
  displayName: string;
  awardCode: string;
  awardName: string;
}

export interface CallDetail {
  id: string;
  orgId: string;
  period: string;
  deadline: string;
  open: boolean;
  awards: CallAward[];
  /** The user opened the call (plan.manage over its organisation). */
  manage: boolean;
  /** Units the user may register for (proposal.submit). */
  myUnits: string[];
  items: RegistrationItem[];
}

export interface RegisterItem {
  subjectKind: 'individual' | 'collective' | 'household';
  subjectId: string;
  awardCode: string;
}

export interface ReportRow {
  subjectKey: string;
  award: string;
  outcome: RegistrationOutcome;
  name: string;
  awardName: string;
  outcomeLabel: string;
}

export interface RegistrationReport {
  period: string;
  decisionDate: string;
  counts: Record<RegistrationOutcome, number>;
  labels: Record<RegistrationOutcome, string>;
  rows: ReportRow[];
}
