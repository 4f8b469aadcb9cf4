import { createRoute, z } from '@hono/zod-openapi';
import { ctxOf, ERRORS, IdParam, json, newRouter } from '../../server/router.js';
import * as svc from './service.js';

const tags = ['Thông báo'];
const Item = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});
const Ok = z.object({ ok: z.boolean() });

export const notificationRoutes = newRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/notifications',
      tags,
      summary: 'Thông báo của tôi',
      responses: { 200: json(z.object({ unread: z.number(), items: z.array(Item) })), ...ERRORS },
    }),
    async (c) => c.json(await svc.listMyNotifications(ctxOf(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/notifications/read-all',
      tags,
      summary: 'Đánh dấu đã đọc tất cả',
      responses: { 200: json(Ok), ...ERRORS },
    }),
    async (c) => c.json(await svc.markAllNotificationsRead(ctxOf(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/notifications/{id}/read',
      tags,
      summary: 'Đánh dấu đã đọc',
      request: { params: IdParam },
      responses: { 200: json(Ok), ...ERRORS },
    }),
    async (c) => c.json(await svc.markNotificationRead(ctxOf(c), c.req.valid('param').id), 200),
  );
