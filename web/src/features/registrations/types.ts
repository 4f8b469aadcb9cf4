// Shapes of the registration API: the server's request and response schemas
// (src/features/registrations/schema.ts), imported as types only so no server code enters the bundle.
import type { z } from 'zod';
import type {
  CallListOut,
  CallOut,
  RegisterBody,
  RegistrationReportOut,
} from '../../../../src/features/registrations/schema';

export type CallListItem = z.output<typeof CallListOut>['items'][number];
export type CallAward = CallListItem['awards'][number];
export type CallDetail = z.output<typeof CallOut>;
export type RegistrationItem = CallDetail['items'][number];
export type RegisterItem = z.input<typeof RegisterBody>['items'][number];
export type RegistrationReport = z.output<typeof RegistrationReportOut>;
export type ReportRow = RegistrationReport['rows'][number];
export type RegistrationOutcome = ReportRow['outcome'];
