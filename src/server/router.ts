// Shared pieces for the features' routers: an OpenAPIHono whose validation failures become our
// Vietnamese field errors, the use-case context, and common responses.
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv, Ctx } from './context.js';
import { invalid } from './errors.js';
import { ErrorOut } from './schemas.js';
import { zodFieldErrors } from './zod-errors.js';
import { now } from './clock.js';

export function newRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw invalid(zodFieldErrors(result.error as z.ZodError));
    },
  });
}

export function ctxOf(c: Context<AppEnv>): Ctx {
  return { db: c.get('database').db, actor: c.get('actor'), now: now() };
}

const err = (description: string) => ({ description, content: { 'application/json': { schema: ErrorOut } } });

/** Error responses every authenticated route may answer. */
export const ERRORS = {
  400: err('Dữ liệu không hợp lệ'),
  401: err('Chưa đăng nhập'),
  403: err('Không có quyền'),
  404: err('Không tìm thấy'),
  409: err('Xung đột dữ liệu'),
} as const;

/** For routes whose result may be past its retention period (410). */
export const GONE = { 410: err('Đã hết hạn lưu') } as const;

export const json = <S extends z.ZodType>(schema: S, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});

export const IdParam = z.object({
  id: z
    .string()
    .uuid('Mã định danh không hợp lệ.')
    .openapi({ param: { name: 'id', in: 'path' } }),
});
