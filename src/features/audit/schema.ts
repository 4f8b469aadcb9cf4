import { z } from '@hono/zod-openapi';
import { IsoDate, Paging } from '../../server/schemas.js';

export const AuditQuery = z.object({
  entityType: z.string().trim().max(40).optional(),
  entityId: z.string().trim().max(60).optional(),
  action: z.string().trim().max(60).optional(),
  actor: z.string().trim().max(100).optional(),
  q: z.string().trim().max(100).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  ...Paging,
});
