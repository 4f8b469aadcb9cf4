// Shapes of the councils, meetings and ballot API answers: the server's response schemas
// (src/features/councils/schema.ts), imported as types only so no server code enters the bundle.
import type { z } from 'zod';
import type {
  CastOut,
  CouncilCandidatesOut,
  CouncilListOut,
  CouncilOut,
  MeetingListOut,
  MeetingOut,
  MeetingRoundsOut,
  MyMeetingsOut,
  ReceiptOut,
} from '../../../../src/features/councils/schema';

export type Council = z.output<typeof CouncilOut>;
export type CouncilMember = Council['members'][number];
export type Candidate = z.output<typeof CouncilCandidatesOut>['items'][number];
export type MeetingRow = z.output<typeof MeetingListOut>['items'][number];
export type RoundOption = z.output<typeof MeetingRoundsOut>['items'][number];
export type Meeting = z.output<typeof MeetingOut>;
export type MeetingItem = Meeting['items'][number];
export type Threshold = MeetingItem['threshold'];
export type MyMeeting = z.output<typeof MyMeetingsOut>['items'][number];
export type ReceiptCheck = z.output<typeof ReceiptOut>;
export type CouncilList = z.output<typeof CouncilListOut>;
export type CandidateList = z.output<typeof CouncilCandidatesOut>;
export type MeetingList = z.output<typeof MeetingListOut>;
export type RoundOptionList = z.output<typeof MeetingRoundsOut>;
export type MyMeetingList = z.output<typeof MyMeetingsOut>;
export type CastResult = z.output<typeof CastOut>;
