// Shapes of a cluster year's answer (GET /clusters/:id/years/:year): the server's response schemas
// (src/features/cluster-scoring/schema.ts), imported as types only so no server code enters the bundle.
import type { z } from 'zod';
import type { ClusterYearOut, PublicationPreviewOut } from '../../../../src/features/cluster-scoring/schema';

export type ClusterYear = z.output<typeof ClusterYearOut>;
export type Covenant = NonNullable<ClusterYear['covenant']>;
export type CovenantTargetGroup = Covenant['targets'][number];
export type Scoring = NonNullable<ClusterYear['scoring']>;
export type ScoringStatus = Scoring['status'];
export type Sheet = Scoring['sheets'][number];
export type ScoreChange = Sheet['changes'][number];
export type PublishPreview = z.output<typeof PublicationPreviewOut>;
export type RankingRow = PublishPreview['ranking'][number];
