import { createRoute, z } from '@hono/zod-openapi';
import { now } from '../../server/clock.js';
import { deleteCookie, setCookie } from 'hono/cookie';
import { clientAddress } from '../../server/client-address.js';
import type { Context } from 'hono';
import type { AppEnv } from '../../server/context.js';
import { ctxOf, ERRORS, IdParam, json, newRouter } from '../../server/router.js';
import { RequiredText } from '../../server/schemas.js';
import { SESSION_COOKIE } from '../../server/session.js';
import { ApiTokenOut, ChangePasswordBody, MeOut, SignInBody, TenantsOut } from './schema.js';
import * as svc from './service.js';
import { SignInThrottled } from './throttle.js';

const tags = ['Đăng nhập'];

const clientIp = (c: Context<AppEnv>) => clientAddress(c, c.get('config').trustProxy ?? 0);

/** Public: sign-in and the list of tenants for the sign-in form. */
export const publicAuthRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/auth/tenants',
      tags,
      summary: 'Đơn vị triển khai (cho màn hình đăng nhập)',
      responses: { 200: json(TenantsOut) },
    }),
    async (c) => c.json({ tenants: await svc.listTenants(c.get('database').db) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/sign-in',
      tags,
      summary: 'Đăng nhập',
      request: { body: { content: { 'application/json': { schema: SignInBody } }, required: true } },
      responses: { 204: { description: 'Đã đăng nhập; cookie phiên được đặt' }, ...ERRORS, 429: ERRORS[400] },
    }),
    async (c) => {
      const config = c.get('config');
      const { cookie } = await svc
        .signIn(c.get('database').db, c.req.valid('json'), {
          ip: clientIp(c),
          userAgent: c.req.header('user-agent') ?? null,
          now: now(),
          sessionHours: config.sessionHours,
        })
        .catch((e: unknown) => {
          if (e instanceof SignInThrottled) c.header('Retry-After', String(e.retryAfterSeconds));
          throw e;
        });
      setCookie(c, SESSION_COOKIE, cookie, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: config.secureCookies,
        path: '/',
        maxAge: config.sessionHours * 3600,
      });
      return c.body(null, 204);
    },
  );

/** Needs a session. */
export const authRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/auth/me',
      tags,
      summary: 'Người dùng hiện tại, quyền và mã CSRF',
      responses: { 200: json(MeOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.describeMe(c.get('database').db, c.get('actor'), c.get('session').csrfToken), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/sign-out',
      tags,
      summary: 'Đăng xuất',
      responses: { 204: { description: 'Đã đăng xuất' }, ...ERRORS },
    }),
    async (c) => {
      await svc.signOut(ctxOf(c), c.get('session').tokenHash);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/password',
      tags,
      summary: 'Đổi mật khẩu của mình',
      request: { body: { content: { 'application/json': { schema: ChangePasswordBody } }, required: true } },
      responses: { 204: { description: 'Đã đổi; mọi phiên đăng nhập cũ bị hủy' }, ...ERRORS },
    }),
    async (c) => {
      await svc.changeOwnPassword(ctxOf(c), c.req.valid('json'));
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/auth/tokens',
      tags,
      summary: 'Mã truy cập API của tôi',
      responses: { 200: json(z.object({ items: z.array(ApiTokenOut) })), ...ERRORS },
    }),
    async (c) => c.json({ items: await svc.listApiTokens(ctxOf(c)) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/tokens',
      tags,
      summary: 'Tạo mã truy cập API (hiển thị một lần; gửi trong tiêu đề Authorization: Bearer …)',
      request: {
        body: {
          content: { 'application/json': { schema: z.object({ name: RequiredText(100) }).strict() } },
          required: true,
        },
      },
      responses: { 201: json(z.object({ id: z.string(), name: z.string(), token: z.string() })), ...ERRORS },
    }),
    async (c) =>
      c.json(await svc.createApiToken(ctxOf(c), c.req.valid('json').name, { bearer: !!c.get('session').bearer }), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/tokens/{id}/revoke',
      tags,
      summary: 'Thu hồi mã truy cập API',
      request: { params: IdParam },
      responses: { 204: { description: 'Đã thu hồi' }, ...ERRORS },
    }),
    async (c) => {
      await svc.revokeApiToken(ctxOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
