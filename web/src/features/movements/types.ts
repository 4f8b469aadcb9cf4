// Shapes of the movements API's answers: the server's response schemas
// (src/features/movements/schema.ts), imported as types only so no server code enters the bundle.
import type { z } from 'zod';
import type { MovementListOut, MovementOut } from '../../../../src/features/movements/schema';

export type MovementListItem = z.output<typeof MovementListOut>['items'][number];
export type MovementDetail = z.output<typeof MovementOut>;
export type MovementLevel = MovementDetail['level'];
export type MovementKind = MovementDetail['kind'];
export type MovementStatus = MovementDetail['status'];
export type MovementCriterion = MovementDetail['criteria'][number];
export type MovementParticipant = MovementDetail['participants'][number];
export type MovementReport = MovementParticipant['reports'][number];
export type MovementReview = NonNullable<MovementDetail['midReview']>;
