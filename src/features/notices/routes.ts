// HTTP routes of public notices: the office's (behind sign-in) and the public's (mounted before
// the session gate: no sign-in, sizes limited, throttled per address).
import { createRoute, type z } from '@hono/zod-openapi';
import { now } from '../../server/clock.js';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { ctxOf, ERRORS, IdParam, json } from '../../server/router.js';
import { labelledRouter } from '../councils/router.js';
import {
  CodeQuery,
  FeedbackBody,
  FeedbackTrackOut,
  NOTICE_FIELD_LABELS,
  NoticeListOut,
  NoticeListQuery,
  NoticeOut,
  PublicNoticeListOut,
  PublicNoticeOut,
  PublishBody,
  ResolveBody,
  SlugParam,
  TrackingCodeOut,
} from './schema.js';
import * as svc from './service.js';
import { createThrottle } from './throttle.js';

const tags = ['Công khai danh sách'];
const body = <S extends z.ZodType>(schema: S) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

export const noticeRoutes = labelledRouter(NOTICE_FIELD_LABELS)
  .openapi(
    createRoute({
      method: 'get',
      path: '/notices',
      tags,
      summary: 'Các thông báo công khai',
      request: { query: NoticeListQuery },
      responses: { 200: json(NoticeListOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.listNotices(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/notices/{id}',
      tags,
      summary: 'Thông báo công khai và ý kiến nhận được',
      request: { params: IdParam },
      responses: { 200: json(NoticeOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.getNotice(ctxOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/meetings/{id}/notice',
      tags,
      summary: 'Công khai danh sách được Hội đồng thông qua',
      request: { params: IdParam, ...body(PublishBody) },
      responses: { 201: json(NoticeOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.publishNotice(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/notice-feedback/{id}/resolve',
      tags,
      summary: 'Giải quyết ý kiến, phản ánh',
      request: { params: IdParam, ...body(ResolveBody) },
      responses: { 200: json(NoticeOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.resolveFeedback(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

function clientIp(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

const throttled = (what: string) =>
  new AppError('THROTTLED', `Bạn đã ${what} quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau ít phút.`);
const publicErrors = { 400: ERRORS[400], 404: ERRORS[404], 409: ERRORS[409], 429: ERRORS[400] };

/** The public routes, with their own throttles (per address: 5 comments in 10 minutes, 60 reads a minute). */
export function publicNoticeRoutes() {
  const feedbackThrottle = createThrottle(5, 10 * 60_000);
  const readThrottle = createThrottle(60, 60_000);
  const r = labelledRouter(NOTICE_FIELD_LABELS);
  r.use(
    '/public/*',
    bodyLimit({
      maxSize: 32 * 1024,
      onError: () => {
        throw new AppError('PAYLOAD_TOO_LARGE', 'Nội dung gửi lên quá dài (tối đa 32 KB).');
      },
    }),
  );
  r.use('/public/*', async (c, next) => {
    if (c.req.method === 'GET' && !readThrottle.hit(clientIp(c))) throw throttled('tra cứu');
    await next();
  });
  return r
    .openapi(
      createRoute({
        method: 'get',
        path: '/public/notices',
        tags,
        summary: 'Danh sách đang công khai (không cần đăng nhập)',
        responses: { 200: json(PublicNoticeListOut), ...publicErrors },
      }),
      async (c) => c.json(await svc.publicNoticeIndex(c.get('database').db, now()), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/public/notices/{slug}',
        tags,
        summary: 'Một thông báo công khai (không cần đăng nhập)',
        request: { params: SlugParam },
        responses: { 200: json(PublicNoticeOut), ...publicErrors },
      }),
      async (c) => c.json(await svc.publicNotice(c.get('database').db, c.req.valid('param').slug, now()), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/public/notices/{slug}/feedback',
        tags,
        summary: 'Gửi góp ý, phản ánh (không cần đăng nhập); trả về mã tra cứu',
        request: { params: SlugParam, ...body(FeedbackBody) },
        responses: { 201: json(TrackingCodeOut), ...publicErrors },
      }),
      async (c) => {
        if (!feedbackThrottle.hit(clientIp(c))) throw throttled('gửi ý kiến');
        return c.json(
          await svc.submitFeedback(c.get('database').db, c.req.valid('param').slug, c.req.valid('json'), now()),
          201,
        );
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/public/feedback',
        tags,
        summary: 'Tra cứu tình trạng xử lý ý kiến theo mã (không cần đăng nhập)',
        request: { query: CodeQuery },
        responses: { 200: json(FeedbackTrackOut), ...publicErrors },
      }),
      async (c) => c.json(await svc.trackFeedback(c.get('database').db, c.req.valid('query').ma), 200),
    );
}
