// Boundary schemas of public notices (công khai) and the public's feedback on them.
import { z } from '@hono/zod-openapi';
import { FEEDBACK_KINDS, FEEDBACK_STATUSES } from '../../domain/rounds/vocab.js';
import { NameText, OptionalText, RequiredText, Uuid } from '../../server/schemas.js';
import { ListPage, PageFields, SearchText } from '../../server/paging.js';

export const NOTICE_FIELD_LABELS: Record<string, string> = {
  title: 'Tiêu đề',
  kind: 'Loại ý kiến',
  nomineeId: 'Người (tập thể) được phản ánh',
  senderName: 'Họ và tên người gửi',
  contact: 'Địa chỉ, số điện thoại hoặc thư điện tử',
  content: 'Nội dung',
  website: 'Trang web',
  outcome: 'Kết quả',
  resolution: 'Nội dung giải quyết',
  code: 'Mã tra cứu',
  slug: 'Đường dẫn',
};

export const PublishBody = z
  .object({
    title: OptionalText(300),
    /** Days of public notice; the legal minimum of the procedure rules when omitted, never fewer. */
    days: z
      .number({ error: 'Số ngày công khai phải là một số.' })
      .int('Số ngày công khai phải là số nguyên.')
      .min(1, 'Số ngày công khai phải từ 1 trở lên.')
      .max(60, 'Số ngày công khai không quá 60.')
      .optional(),
  })
  .strict()
  .openapi('NoticePublish');

export const FeedbackBody = z
  .object({
    kind: z.enum(FEEDBACK_KINDS, { error: 'Chọn Góp ý hoặc Phản ánh, khiếu nại.' }),
    nomineeId: Uuid.nullable().optional(),
    senderName: NameText(150),
    contact: OptionalText(200),
    content: z
      .string({ error: 'Không được để trống.' })
      .trim()
      .min(10, 'Nội dung cần ít nhất 10 ký tự.')
      .max(5000, 'Nội dung không được dài quá 5.000 ký tự.'),
    /** Left empty by people; filled by naive robots (the field is hidden in the form). */
    website: z.string().max(200).optional(),
  })
  .strict()
  .openapi('NoticeFeedback');

export const ResolveBody = z
  .object({
    outcome: z.enum(['resolved', 'dismissed'], { error: 'Chọn kết quả: Đã giải quyết hoặc Không có cơ sở.' }),
    resolution: RequiredText(3000),
  })
  .strict();

export const SlugParam = z.object({
  slug: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .regex(/^[a-z0-9-]+$/, 'Đường dẫn không hợp lệ.')
    .openapi({ param: { name: 'slug', in: 'path' } }),
});
export const CodeQuery = z.object({
  ma: z.string().trim().min(1, 'Chưa nhập mã tra cứu.').max(40, 'Mã tra cứu không hợp lệ.'),
});

// ── Responses ──

/** A calendar day as ISO 'YYYY-MM-DD'. */
const Day = z.string().openapi({ format: 'date' });
/** An instant as ISO 8601 with time. */
const Instant = z.string().openapi({ format: 'date-time' });

const NoticeHeader = {
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  roundName: z.string(),
  meetingId: z.string(),
  publishedOn: Day,
  endsOn: Day,
  inForce: z.boolean().openapi({ description: 'Đang trong thời gian công khai' }),
};

export const NoticeListQuery = ListPage.extend({
  q: SearchText.openapi({ description: 'Tiêu đề thông báo (không cần dấu)' }),
  roundId: z
    .string()
    .uuid('Mã đợt xét khen thưởng không hợp lệ.')
    .optional()
    .openapi({ param: { name: 'roundId', in: 'query' } }),
  state: z
    .enum(['in_force', 'ended'], { message: 'Tình trạng phải là in_force hoặc ended.' })
    .optional()
    .openapi({ param: { name: 'state', in: 'query' }, description: 'Đang công khai hoặc đã hết hạn' }),
});
export type NoticeListQuery = z.output<typeof NoticeListQuery>;

export const NoticeListOut = z
  .object({
    ...PageFields,
    items: z.array(
      z.object({
        ...NoticeHeader,
        entryCount: z.number().int(),
        feedbackCount: z.number().int(),
        openFeedback: z.number().int().openapi({ description: 'Số ý kiến đang xử lý' }),
      }),
    ),
  })
  .openapi('NoticeList');

export const NoticeEntryOut = z.object({
  nomineeId: z.string(),
  ordinal: z.number().int(),
  name: z.string(),
  position: z.string().nullable(),
  unit: z.string(),
  awardCode: z.string(),
  awardName: z.string(),
});

export const NoticeFeedbackOut = z.object({
  id: z.string(),
  trackingCode: z.string(),
  kind: z.enum(FEEDBACK_KINDS),
  kindLabel: z.string(),
  nomineeId: z.string().nullable(),
  nomineeName: z.string().nullable(),
  senderName: z.string(),
  contact: z.string().nullable(),
  content: z.string(),
  status: z.enum(FEEDBACK_STATUSES),
  statusLabel: z.string(),
  resolution: z.string().nullable(),
  resolvedAt: Instant.nullable(),
  withholds: z.boolean().openapi({ description: 'Phản ánh đang tạm dừng xét người (tập thể) được phản ánh' }),
  createdAt: Instant,
});

export const NoticeOut = z
  .object({
    ...NoticeHeader,
    entries: z.array(NoticeEntryOut.extend({ withheld: z.boolean() })),
    feedback: z.array(NoticeFeedbackOut),
  })
  .openapi('Notice');

export const PublicNoticeListOut = z
  .object({
    items: z.array(
      z.object({
        slug: z.string(),
        title: z.string(),
        issuer: z.string(),
        tenant: z.string(),
        publishedOn: Day,
        endsOn: Day,
        entryCount: z.number().int(),
      }),
    ),
  })
  .openapi('PublicNoticeList');

export const PublicNoticeOut = z
  .object({
    slug: z.string(),
    title: z.string(),
    issuer: z.string(),
    publishedOn: Day,
    endsOn: Day,
    inForce: z.boolean(),
    entries: z.array(NoticeEntryOut.omit({ awardCode: true })),
  })
  .openapi('PublicNotice');

export const FeedbackTrackOut = z
  .object({
    trackingCode: z.string(),
    kind: z.enum(FEEDBACK_KINDS),
    kindLabel: z.string(),
    status: z.enum(FEEDBACK_STATUSES),
    statusLabel: z.string(),
    noticeTitle: z.string(),
    noticeSlug: z.string(),
    receivedOn: Day,
    resolution: z.string().nullable(),
    resolvedOn: Day.nullable(),
  })
  .openapi('FeedbackTrack');

export const TrackingCodeOut = z.object({ trackingCode: z.string() });
