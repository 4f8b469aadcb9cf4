// Shapes of the public-notice API's answers: the server's response schemas
// (src/features/notices/schema.ts), imported as types only so no server code enters the bundle.
import type { z } from 'zod';
import type {
  FeedbackTrackOut,
  NoticeListOut,
  NoticeOut,
  PublicNoticeListOut,
  PublicNoticeOut,
  TrackingCodeOut,
} from '../../../../src/features/notices/schema';

export type NoticeList = z.output<typeof NoticeListOut>;
export type NoticeRow = NoticeList['items'][number];
export type NoticeDetail = z.output<typeof NoticeOut>;
export type Feedback = NoticeDetail['feedback'][number];
export type PublicIndex = z.output<typeof PublicNoticeListOut>;
export type PublicNotice = z.output<typeof PublicNoticeOut>;
export type Tracked = z.output<typeof FeedbackTrackOut>;
export type TrackingCode = z.output<typeof TrackingCodeOut>;
