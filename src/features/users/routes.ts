import { createRoute, z } from '@hono/zod-openapi';
import { ctxOf, ERRORS, IdParam, json, newRouter } from '../../server/router.js';
import { ResetPasswordBody, UserCreateBody, UserListOut, UserListQuery, UserOut, UserUpdateBody } from './schema.js';
import { usersWorkbook } from '../../documents/exports.js';
import { sendFile } from '../../server/download.js';
import * as svc from './service.js';

const tags = ['Tài khoản'];
const body = <S extends z.ZodType>(schema: S) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

export const userRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/users/export',
      tags,
      summary: 'Xuất danh sách tài khoản ra Excel',
      responses: {
        200: {
          description: 'Tệp Excel',
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
              schema: z.string().openapi({ format: 'binary' }),
            },
          },
        },
        ...ERRORS,
      },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      return sendFile(c, await usersWorkbook(await svc.exportUsers(ctx), ctx.now), 'Danh sách tài khoản.xlsx');
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/users',
      tags,
      summary: 'Danh sách tài khoản',
      request: { query: UserListQuery },
      responses: { 200: json(UserListOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.listUsers(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/users',
      tags,
      summary: 'Tạo tài khoản',
      request: body(UserCreateBody),
      responses: { 201: json(UserOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.createUser(ctxOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/users/{id}',
      tags,
      summary: 'Sửa tài khoản, phân quyền, khóa/mở',
      request: { params: IdParam, ...body(UserUpdateBody) },
      responses: { 200: json(UserOut), ...ERRORS },
    }),
    async (c) => c.json(await svc.updateUser(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/users/{id}/password',
      tags,
      summary: 'Đặt lại mật khẩu',
      request: { params: IdParam, ...body(ResetPasswordBody) },
      responses: { 204: { description: 'Đã đặt lại' }, ...ERRORS },
    }),
    async (c) => {
      await svc.resetPassword(ctxOf(c), c.req.valid('param').id, c.req.valid('json'));
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/users/{id}/unlock-sign-in',
      tags,
      summary: 'Gỡ chặn đăng nhập (sau nhiều lần nhập sai mật khẩu), từ mọi địa chỉ',
      request: { params: IdParam },
      responses: { 204: { description: 'Đã gỡ chặn' }, ...ERRORS },
    }),
    async (c) => {
      await svc.unlockSignIn(ctxOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
