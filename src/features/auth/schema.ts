import { z } from '@hono/zod-openapi';
import { PERMISSION_NAMES, type Permission } from '../../domain/access/permissions.js';
import { ROLES } from '../../domain/registry/vocab.js';

export const SignInBody = z
  .object({
    tenant: z
      .string()
      .trim()
      .max(50)
      .optional()
      .openapi({ description: 'Mã đơn vị triển khai; bỏ trống nếu hệ thống chỉ có một.' }),
    username: z.string().trim().toLowerCase().min(1, 'Chưa nhập tên đăng nhập.').max(100),
    password: z.string().min(1, 'Chưa nhập mật khẩu.').max(200),
  })
  .openapi('SignInBody');

export const GrantOut = z.object({
  role: z.enum(ROLES),
  orgId: z.string().uuid(),
  orgName: z.string(),
});

export const MeOut = z
  .object({
    userId: z.string().uuid(),
    username: z.string(),
    fullName: z.string(),
    tenant: z.object({ id: z.string().uuid(), code: z.string(), name: z.string() }),
    grants: z.array(GrantOut),
    permissions: z.array(z.enum(PERMISSION_NAMES as [Permission, ...Permission[]])),
    csrfToken: z.string(),
  })
  .openapi('Me');

export const TenantsOut = z.object({
  tenants: z.array(z.object({ code: z.string(), name: z.string() })),
});

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1, 'Chưa nhập mật khẩu hiện tại.'),
  newPassword: z.string().min(1, 'Chưa nhập mật khẩu mới.'),
});

export const ApiTokenOut = z.object({
  id: z.string().uuid(),
  name: z.string(),
  createdAt: z.string().openapi({ format: 'date-time' }),
  lastUsedAt: z.string().nullable().openapi({ format: 'date-time' }),
  revokedAt: z.string().nullable().openapi({ format: 'date-time' }),
});
