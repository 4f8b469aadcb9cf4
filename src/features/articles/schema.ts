// Zod schemas of news articles (issue 12).
import { z } from '@hono/zod-openapi';
import { ARTICLE_STATUSES } from '../../domain/models/index.js';
import { OptionalText, Paging, RequiredText, SafeString, Uuid } from '../../server/schemas.js';

export const ARTICLE_FIELD_LABELS: Record<string, string> = {
  orgId: 'Đơn vị đăng',
  title: 'Tiêu đề',
  summary: 'Sa-pô (tóm tắt)',
  body: 'Nội dung',
  movementId: 'Phong trào',
  modelId: 'Gương điển hình',
  decisionNo: 'Số quyết định',
  to: 'Bước tiếp theo',
  q: 'Tìm kiếm',
  status: 'Trạng thái',
  alt: 'Mô tả ảnh',
};

const Body = SafeString({ error: 'Không được để trống.' })
  .transform((s) => s.normalize('NFC').replace(/\r\n?/g, '\n').trim())
  .pipe(z.string().min(1, 'Không được để trống.').max(50000, 'Không được dài quá 50000 ký tự.'));

export const ArticleBody = z
  .object({
    orgId: Uuid,
    title: RequiredText(250),
    summary: RequiredText(600),
    body: Body,
    movementId: Uuid.nullable().optional(),
    modelId: Uuid.nullable().optional(),
    decisionNo: OptionalText(60),
  })
  .strict()
  .openapi('ArticleCreate');

export const ArticleUpdateBody = ArticleBody.omit({ orgId: true }).partial().strict().openapi('ArticleUpdate');

export const ArticleMoveBody = z
  .object({ to: z.enum(ARTICLE_STATUSES, { error: 'Bước không hợp lệ.' }) })
  .strict()
  .openapi('ArticleMove');

export const ArticlesQuery = z.object({
  q: z.string().trim().max(100).optional(),
  status: z.enum(ARTICLE_STATUSES).optional(),
  ...Paging,
});

export const ArticleOut = z
  .object({
    id: Uuid,
    slug: z.string(),
    orgId: Uuid,
    title: z.string(),
    summary: z.string(),
    body: z.string(),
    status: z.enum(ARTICLE_STATUSES),
    statusLabel: z.string(),
    movementId: Uuid.nullable(),
    modelId: Uuid.nullable(),
    decisionNo: z.string().nullable(),
    publishedAt: z.string().nullable(),
    publicPath: z.string(),
    images: z.array(z.object({ fileId: Uuid, fileName: z.string() })),
    /** Whether the signed-in user wrote or changed it (then they may not approve it). */
    youEdited: z.boolean(),
    /** Whether the signed-in user may approve and publish it now. */
    mayApprove: z.boolean(),
  })
  .openapi('Article');

export const ArticleListOut = z
  .object({
    items: z.array(ArticleOut.omit({ body: true, images: true, youEdited: true, mayApprove: true })),
    total: z.number(),
    page: z.number(),
    pageSize: z.number(),
  })
  .openapi('ArticleList');
