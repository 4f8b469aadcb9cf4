// Boundary schemas of movements (phong trào thi đua).
import { z } from '@hono/zod-openapi';
import { IsoDate, RequiredText, Uuid } from '../../server/schemas.js';
import { ListPage, PageFields, SearchText, sortParam } from '../../server/paging.js';
import { OwnedFileOut } from '../files/schema.js';

const Text = (max: number) =>
  z
    .string()
    .max(max, `Không được dài quá ${max} ký tự.`)
    .transform((s) => s.normalize('NFC').trim());

export const MOVEMENT_LEVELS = ['central', 'province', 'commune', 'unit'] as const;
export const MOVEMENT_LEVEL_LABELS = {
  central: 'Thủ tướng Chính phủ phát động',
  province: 'Tỉnh phát động',
  commune: 'Xã, phường phát động',
  unit: 'Cơ quan, đơn vị phát động',
} as const;
export const MOVEMENT_KINDS = ['regular', 'thematic', 'peak'] as const;
export const MOVEMENT_KIND_LABELS = {
  regular: 'Thi đua thường xuyên',
  thematic: 'Thi đua theo chuyên đề',
  peak: 'Thi đua cao điểm (theo đợt)',
} as const;
export const MOVEMENT_STATUS_LABELS = {
  draft: 'Đang soạn',
  launched: 'Đã phát động',
  mid_reviewed: 'Đã sơ kết',
  closed: 'Đã tổng kết',
} as const;

export const MovementBody = z
  .object({
    orgId: Uuid,
    level: z.enum(MOVEMENT_LEVELS, { error: 'Cấp phát động không hợp lệ.' }),
    kind: z.enum(MOVEMENT_KINDS, { error: 'Hình thức thi đua không hợp lệ.' }),
    theme: RequiredText(500),
    fromDate: IsoDate,
    toDate: IsoDate,
    purposes: z.array(Text(2000)).default([]),
    criteria: z
      .array(z.object({ text: RequiredText(1000), target: Text(300).nullable().default(null) }))
      .min(1, 'Cần ít nhất một nội dung, chỉ tiêu thi đua.'),
    awards: z.array(Text(300)).default([]),
    midReviewBy: IsoDate.nullable().default(null),
    finalReviewBy: IsoDate.nullable().default(null),
    participantOrgIds: z.array(Uuid).min(1, 'Chọn ít nhất một đơn vị tham gia.'),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.toDate < v.fromDate)
      ctx.addIssue({ code: 'custom', path: ['toDate'], message: 'Ngày kết thúc phải sau ngày bắt đầu.' });
    if (v.midReviewBy && (v.midReviewBy < v.fromDate || v.midReviewBy > v.toDate))
      ctx.addIssue({ code: 'custom', path: ['midReviewBy'], message: 'Thời hạn sơ kết phải trong thời gian thi đua.' });
    if (v.finalReviewBy && v.finalReviewBy < v.fromDate)
      ctx.addIssue({
        code: 'custom',
        path: ['finalReviewBy'],
        message: 'Thời hạn tổng kết phải sau ngày bắt đầu thi đua.',
      });
    if (v.finalReviewBy && v.midReviewBy && v.finalReviewBy < v.midReviewBy)
      ctx.addIssue({ code: 'custom', path: ['finalReviewBy'], message: 'Thời hạn tổng kết phải sau thời hạn sơ kết.' });
  });

export const ReportBody = z
  .object({
    orgId: Uuid,
    reportedOn: IsoDate,
    summary: RequiredText(5000),
    results: z.record(z.string(), Text(1000)).default({}),
  })
  .strict();

export const ReviewBody = z.object({ summary: RequiredText(10000), heldOn: IsoDate }).strict();

export const FinalReviewBody = ReviewBody.extend({
  round: z
    .object({
      name: RequiredText(300),
      awardCodes: z.array(z.string().regex(/^[A-Z0-9_]{2,20}$/)).min(1, 'Chọn ít nhất một hình thức khen thưởng.'),
      submitBy: IsoDate,
      decisionBy: IsoDate,
    })
    .strict()
    .superRefine((v, ctx) => {
      if (v.decisionBy < v.submitBy)
        ctx.addIssue({
          code: 'custom',
          path: ['decisionBy'],
          message: 'Ngày dự kiến quyết định phải sau hạn nộp hồ sơ.',
        });
    })
    .nullable()
    .default(null),
}).strict();

// ── Responses ──────────────────────────────────────────────────────────────────────────────

export const MOVEMENT_STATUSES = ['draft', 'launched', 'mid_reviewed', 'closed'] as const;

export const MovementListQuery = ListPage.extend({
  q: SearchText.openapi({ description: 'Chủ đề phong trào (không cần dấu)' }),
  status: z
    .enum(MOVEMENT_STATUSES, { message: 'Trạng thái phong trào không hợp lệ.' })
    .optional()
    .openapi({ param: { name: 'status', in: 'query' } }),
  level: z
    .enum(MOVEMENT_LEVELS, { message: 'Cấp phát động không hợp lệ.' })
    .optional()
    .openapi({ param: { name: 'level', in: 'query' } }),
  year: z.coerce
    .number({ message: 'Năm phải là một số.' })
    .int('Năm phải là số nguyên.')
    .min(1945, 'Năm không được trước năm 1945.')
    .max(2100, 'Năm không được sau năm 2100.')
    .optional()
    .openapi({ param: { name: 'year', in: 'query' } }),
  sort: sortParam(['newest', 'oldest', 'theme'] as const),
});
export type MovementListQuery = z.output<typeof MovementListQuery>;

export const MovementListOut = z.object({
  ...PageFields,
  items: z.array(
    z.object({
      id: Uuid,
      theme: z.string(),
      orgName: z.string(),
      level: z.enum(MOVEMENT_LEVELS),
      levelLabel: z.string(),
      kind: z.enum(MOVEMENT_KINDS),
      kindLabel: z.string(),
      fromDate: z.string(),
      toDate: z.string(),
      status: z.enum(MOVEMENT_STATUSES),
      statusLabel: z.string(),
      participants: z.number().int(),
      roundId: Uuid.nullable(),
    }),
  ),
});

const ReviewOut = z.object({ summary: z.string(), heldOn: z.string() });

/** A movement with its participants' progress reports and their evidence. */
export const MovementOut = z
  .object({
    id: Uuid,
    orgId: Uuid,
    orgName: z.string(),
    level: z.enum(MOVEMENT_LEVELS),
    levelLabel: z.string(),
    kind: z.enum(MOVEMENT_KINDS),
    kindLabel: z.string(),
    theme: z.string(),
    fromDate: z.string(),
    toDate: z.string(),
    purposes: z.array(z.string()),
    criteria: z.array(z.object({ id: z.string(), text: z.string(), target: z.string().nullable() })),
    awards: z.array(z.string()),
    midReviewBy: z.string().nullable(),
    finalReviewBy: z.string().nullable(),
    status: z.enum(MOVEMENT_STATUSES),
    statusLabel: z.string(),
    midReview: ReviewOut.nullable(),
    finalReview: ReviewOut.nullable(),
    roundId: Uuid.nullable(),
    manage: z.boolean().openapi({ description: 'Người xem quản lý phong trào này' }),
    myOrgIds: z.array(Uuid).openapi({ description: 'Đơn vị tham gia mà người xem được báo cáo thay' }),
    participants: z.array(
      z.object({
        orgId: Uuid,
        name: z.string(),
        reports: z.array(
          z.object({
            id: Uuid,
            reportedOn: z.string(),
            summary: z.string(),
            results: z.record(z.string(), z.string()).openapi({ description: 'Kết quả theo mã chỉ tiêu' }),
            files: z.array(OwnedFileOut),
          }),
        ),
      }),
    ),
  })
  .openapi('Movement');
