// Assembles the HTTP application: health, public routes, the session gate with CSRF, the
// features' routers under /api/v1, the OpenAPI document, and the built web app.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { serveStatic } from '@hono/node-server/serve-static';
import { getCookie } from 'hono/cookie';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { Database } from '../db/client.js';
import { auditRoutes } from '../features/audit/routes.js';
import { authRoutes, publicAuthRoutes } from '../features/auth/routes.js';
import { eligibilityRoutes } from '../features/eligibility/routes.js';
import { householdRoutes } from '../features/households/routes.js';
import { importRoutes } from '../features/imports/routes.js';
import { organisationRoutes } from '../features/organisations/routes.js';
import { peopleRoutes } from '../features/people/routes.js';
import { userRoutes } from '../features/users/routes.js';
import { notificationRoutes } from '../features/notifications/routes.js';
import { decisionRoutes } from '../features/decisions/routes.js';
import { councilRoutes } from '../features/councils/routes.js';
import { noticeRoutes, publicNoticeRoutes } from '../features/notices/routes.js';
import { petitionRoutes, publicPetitionRoutes } from '../features/petitions/routes.js';
import { roundRoutes } from '../features/rounds/routes.js';
import { clusterScoringRoutes } from '../features/cluster-scoring/routes.js';
import { initiativeRoutes } from '../features/initiatives/routes.js';
import { movementRoutes } from '../features/movements/routes.js';
import { registrationRoutes } from '../features/registrations/routes.js';
import { planRoutes } from '../features/plans/routes.js';
import { unitPlanRoutes } from '../features/plans/units-routes.js';
import { reportRoutes } from '../features/reports/routes.js';
import { periodReportRoutes } from '../features/annual-reports/routes.js';
import { registerRoutes } from '../features/register/routes.js';
import { tdktStaffRoutes } from '../features/tdkt-staff/routes.js';
import { portalRoutes } from '../features/portal/routes.js';
import { libraryRoutes } from '../features/portal/library.js';
import { fundRoutes } from '../features/fund/routes.js';
import { dashboardRoutes } from '../features/dashboard/routes.js';
import { inspectionRoutes } from '../features/inspections/routes.js';
import { conferenceRoutes } from '../features/conferences/routes.js';
import { trainingRoutes } from '../features/trainings/routes.js';
import { modelRoutes } from '../features/models/routes.js';
import { articleRoutes } from '../features/articles/routes.js';
import type { AppConfig, AppEnv } from './context.js';
import { AppError } from './errors.js';
import { json } from './router.js';
import { HTTPException } from 'hono/http-exception';
import { now } from './clock.js';
import { refuseBadFormText, refuseBadText } from './text-guard.js';
import { CSRF_HEADER, resolveApiToken, resolveSession, SESSION_COOKIE } from './session.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function createApp(database: Database, config: AppConfig) {
  const app = new OpenAPIHono<AppEnv>();

  // The web app loads only its own bundled scripts (no inline script); Ant Design injects its
  // CSS-in-JS <style> elements at run time, hence 'unsafe-inline' for styles only. Checked in the
  // browser by e2e/security-headers.e2e.ts (no CSP violation while signing in and working).
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      xFrameOptions: 'DENY',
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use('*', async (c, next) => {
    c.set('database', database);
    c.set('config', config);
    await next();
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: 25 * 1024 * 1024,
      onError: () => {
        throw new AppError('PAYLOAD_TOO_LARGE', 'Tệp hoặc dữ liệu gửi lên quá lớn (tối đa 25 MB).');
      },
    }),
  );
  // NUL, control characters and broken UTF-16 in the path, query or JSON body: a 400 naming the field.
  app.use('/api/*', refuseBadText);

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/health',
      tags: ['Hệ thống'],
      summary: 'Máy chủ và cơ sở dữ liệu đang chạy (không cần đăng nhập)',
      responses: { 200: json(z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) })) },
    }),
    async (c) => {
      await database.db.execute(sql`select 1`);
      return c.json({ status: 'ok' as const, database: database.kind }, 200);
    },
  );

  const v1 = new OpenAPIHono<AppEnv>();
  v1.route('/', publicAuthRoutes);
  v1.route('/', publicNoticeRoutes());
  v1.route('/', publicPetitionRoutes());
  // Everything below needs a session; unsafe methods also need the session's CSRF token.
  v1.use('*', async (c, next) => {
    const authorization = c.req.header('authorization');
    if (authorization) {
      // Other systems: a bearer API token acts as its user; no cookie, so no CSRF token needed.
      const actor = await resolveApiToken(database.db, authorization, now());
      if (!actor) throw new AppError('UNAUTHENTICATED', 'Mã truy cập API không hợp lệ hoặc đã bị thu hồi.');
      c.set('actor', actor);
      c.set('session', { tokenHash: '', csrfToken: '', bearer: true });
      return next();
    }
    const resolved = await resolveSession(database.db, getCookie(c, SESSION_COOKIE), now());
    if (!resolved) throw new AppError('UNAUTHENTICATED', 'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn.');
    if (!SAFE.has(c.req.method) && c.req.header(CSRF_HEADER) !== resolved.session.csrfToken) {
      throw new AppError('CSRF', 'Yêu cầu không hợp lệ (thiếu mã chống giả mạo). Vui lòng tải lại trang.');
    }
    c.set('actor', resolved.actor);
    c.set('session', resolved.session);
    await next();
  });
  v1.use('*', refuseBadFormText);
  v1.route('/', authRoutes);
  v1.route('/', organisationRoutes);
  v1.route('/', peopleRoutes);
  v1.route('/', householdRoutes);
  v1.route('/', userRoutes);
  v1.route('/', auditRoutes);
  v1.route('/', importRoutes);
  v1.route('/', eligibilityRoutes);
  v1.route('/', notificationRoutes);
  v1.route('/', decisionRoutes);
  v1.route('/', councilRoutes);
  v1.route('/', noticeRoutes);
  v1.route('/', roundRoutes);
  v1.route('/', clusterScoringRoutes);
  v1.route('/', initiativeRoutes);
  v1.route('/', movementRoutes);
  v1.route('/', registrationRoutes);
  // Before planRoutes: '/plans/unit-requests' is not a plan id.
  v1.route('/', unitPlanRoutes);
  v1.route('/', planRoutes);
  v1.route('/', reportRoutes);
  v1.route('/', periodReportRoutes);
  v1.route('/', registerRoutes);
  v1.route('/', tdktStaffRoutes);
  v1.route('/', petitionRoutes);
  v1.route('/', fundRoutes);
  v1.route('/', dashboardRoutes);
  v1.route('/', inspectionRoutes);
  v1.route('/', conferenceRoutes);
  v1.route('/', trainingRoutes);
  v1.route('/', modelRoutes);
  v1.route('/', articleRoutes);
  v1.route('/', libraryRoutes);
  app.route('/api/v1', v1);
  // The public portal's server-rendered pages (no sign-in); other /cong-khai/* paths reach the web app.
  app.route('/', portalRoutes());

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Nền tảng quản lý thi đua, khen thưởng — API',
      version: '1',
      description:
        'Mọi đường dẫn /api/v1 (trừ đăng nhập) cần phiên đăng nhập (cookie tdkt_session) và, với thao tác ghi, tiêu đề X-CSRF-Token.',
    },
    servers: [{ url: '/api/v1' }],
  });

  app.notFound((c) => {
    if (c.req.path.startsWith('/api/'))
      return c.json(new AppError('NOT_FOUND', 'Không tìm thấy đường dẫn API này.').toJSON(), 404);
    return c.text('Không tìm thấy trang.', 404);
  });

  app.onError((err, c) => {
    if (err instanceof AppError) return c.json(err.toJSON(), err.status as 400);
    // The router's own refusals (a body of the wrong media type, malformed JSON) are the client's.
    if (err instanceof HTTPException && err.status < 500) {
      const message =
        err.status === 415
          ? 'Dữ liệu gửi lên không đúng định dạng (Content-Type) mà đường dẫn này nhận.'
          : 'Yêu cầu không hợp lệ.';
      return c.json(new AppError('VALIDATION', message).toJSON(), 400);
    }
    console.error(err);
    return c.json(
      new AppError('INTERNAL', 'Hệ thống gặp lỗi ngoài dự kiến. Vui lòng thử lại hoặc báo quản trị viên.').toJSON(),
      500,
    );
  });

  if (config.webRoot && existsSync(join(config.webRoot, 'index.html'))) {
    const root = config.webRoot;
    const index = readFileSync(join(root, 'index.html'), 'utf8');
    app.use('/assets/*', serveStatic({ root }));
    app.use('/favicon.svg', serveStatic({ root }));
    app.get('*', (c) => (c.req.path.startsWith('/api/') ? c.notFound() : c.html(index)));
  }
  return app;
}
