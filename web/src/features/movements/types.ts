// Shapes of the movements API's answers (see src/features/movements/service.ts).

export type MovementLevel = 'central' | 'province' | 'commune' | 'unit';
export type MovementKind = 'regular' | 'thematic' | 'peak';
export type MovementStatus = 'draft' | 'launched' | 'mid_reviewed' | 'closed';

export interface MovementListItem {
  id: string;
  theme: string;
  orgName: string;
  level: MovementLevel;
  levelLabel: string;
  kind: MovementKind;
  kindLabel: string;
  fromDate: string;
  toDate: string;
  status: MovementStatus;
  statusLabel: string;
  participants: number;
  roundId: string | null;
}

export interface MovementCriterion {
  id: string;
  text: string;
  target: string | null;
}

export interface MovementReport {
  id: string;
  reportedOn: string;
  summary: string;
  /** criterion id → result text */
  results: Record<string, string>;
  files: { id: string; fileName: string; size: number; sha256: string; mime: string }[];
}

export interface MovementParticipant {
  orgId: string;
  name: string;
  reports: MovementReport[];
}

export interface MovementReview {
  summary: string;
  heldOn: string;
}

export interface MovementDetail {
  id: string;
  orgId: string;
  orgName: string;
  level: MovementLevel;
  levelLabel: string;
  kind: MovementKind;
  kindLabel: string;
  theme: string;
  fromDate: string;
  toDate: string;
  purposes: string[];
  criteria: MovementCriterion[];
  awards: string[];
  midReviewBy: string | null;
  finalReviewBy: string | null;
  status: MovementStatus;
  statusLabel: string;
  midReview: MovementReview | null;
  finalReview: MovementReview | null;
  roundId: string | null;
  /** The user may launch, review and close it (plan.manage over the launching organisation). */
  manage: boolean;
  /** Participants the user may report for (proposal.submit). */
  myOrgIds: string[];
  participants: MovementParticipant[];
}
