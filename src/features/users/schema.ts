import { z } from '@hono/zod-openapi';
import { ROLES } from '../../domain/registry/vocab.js';
import { NameText, OptionalText, RequiredText, Uuid } from '../../server/schemas.js';

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
