import { z } from '@hono/zod-openapi';
import { ROLES } from '../../domain/registry/vocab.js';
import { NameText, OptionalText, Uuid } from '../../server/schemas.js';
import { ListPage, PageFields, SearchText, sortParam } from '../../server/paging.js';

export const GrantIn = z.object({ role: z.enum(ROLES, { error: 'Vai trò không hợp lệ.' }), orgId: Uuid }).strict();

export const UserCreateBody = z
  .object({
    username: z
      .string()
      .trim()
      .toLowerCase()
      .min(3, 'Tên đăng nhập phải có ít nhất 3 ký tự.')
      .max(60)
      .regex(/^[a-z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ không dấu, số và các ký tự . _ -'),
    fullName: NameText(150),
    password: z.string().min(1, 'Chưa nhập mật khẩu.'),
    personId: Uuid.nullable().optional(),
    grants: z.array(GrantIn).min(1, 'Tài khoản phải có ít nhất một vai trò.'),
  })
  .strict()
  .openapi('UserCreate');

export const UserUpdateBody = z
  .object({
    fullName: NameText(150).optional(),
    active: z.boolean().optional(),
    grants: z.array(GrantIn).min(1, 'Tài khoản phải có ít nhất một vai trò.').optional(),
    reason: OptionalText(500),
  })
  .strict();

export const ResetPasswordBody = z.object({ password: z.string().min(1, 'Chưa nhập mật khẩu.') }).strict();

// ── Responses ──────────────────────────────────────────────────────────────────────────────

export const UserOut = z
  .object({
    id: Uuid,
    username: z.string(),
    fullName: z.string(),
    active: z.boolean(),
    personId: Uuid.nullable(),
    grants: z.array(z.object({ role: z.enum(ROLES), orgId: Uuid, orgName: z.string() })),
    lastSignInAt: z.string().nullable().openapi({ format: 'date-time' }),
    signInFailures: z.number().int().openapi({ description: 'Số lần nhập sai mật khẩu gần đây (mọi địa chỉ)' }),
    signInBlockedUntil: z.string().nullable().openapi({ description: 'Bị chặn đăng nhập đến (ISO), nếu đang bị chặn' }),
  })
  .openapi('User');

export const UserListQuery = ListPage.extend({
  q: SearchText.openapi({ description: 'Tên đăng nhập hoặc họ tên (không cần dấu)' }),
  active: z
    .enum(['true', 'false'], { message: 'Trạng thái phải là true hoặc false.' })
    .optional()
    .openapi({ param: { name: 'active', in: 'query' } }),
  sort: sortParam(['username', 'name', 'recent'] as const),
});
export type UserListQuery = z.output<typeof UserListQuery>;

export const UserListOut = z.object({ items: z.array(UserOut), ...PageFields }).openapi('UserList');
