// Shapes of a cluster year's answer (GET /clusters/:id/years/:year), as the web app reads them
// (see src/features/cluster-scoring/service.ts).
import type { ClusterKind, ClusterRole } from '../../../../src/domain/registry/vocab';
import type { ScoreTable, TableProblem, TieBreak } from '../../../../src/domain/emulation/scoring';

export type ScoringStatus = 'draft' | 'scoring' | 'reviewing' | 'published';

export interface CovenantTargetGroup {
  group: string;
  items: string[];
}

export interface Covenant {
  id: string;
  targets: CovenantTargetGroup[];
  implementation: string[];
  bases: string[];
  signatures: { orgId: string; signerName: string; position: string; signedOn: string }[];
  inForce: boolean;
  signed: number;
  total: number;
  /** Members (org ids) that have not signed yet. */
  waitingFor: string[];
}

export interface ScoreChange {
  criterionId: string;
  from: string | null;
  to: string;
  reason: string;
  at: string;
}

export interface Sheet {
  orgId: string;
  name: string;
  selfEntries: Record<string, number | null>;
  evidence: Record<string, string>;
  reviewedEntries: Record<string, number | null> | null;
  submittedAt: string | null;
  selfTotal: number | null;
  reviewedTotal: number | null;
  problems: TableProblem[];
  changes: ScoreChange[];
}

export interface RankingRow {
  orgId: string;
  name: string;
  rank: number;
  tieNote: string | null;
  total: number;
  normal: number;
  bonus: number;
  penalty: number;
  byCriterion: Record<string, number>;
}

export interface Scoring {
  id: string;
  status: ScoringStatus;
  statusLabel: string;
  table: ScoreTable;
  tieBreaks: TieBreak[];
  problems: TableProblem[];
  publishedAt: string | null;
  sheets: Sheet[];
  ranking: RankingRow[] | null;
}

export interface ClusterYear {
  cluster: { id: string; name: string; kind: ClusterKind };
  year: number;
  manage: boolean;
  myOrgIds: string[];
  members: { orgId: string; name: string; role: ClusterRole }[];
  covenant: Covenant | null;
  scoring: Scoring | null;
  nextYear: { leader: string | null; deputy: string | null } | null;
}

export interface PublishPreview {
  ranking: RankingRow[];
  previewHash: string;
}

export const clusterYearKey = (id: string, year: number) => ['cluster-year', id, year] as const;
