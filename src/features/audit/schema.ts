import { z } from '@hono/zod-openapi';
import { IsoDate, JsonValue, Paging } from '../../server/schemas.js';

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

/** The answer of a chain verification; `breaks` lists every broken range (brokenAt is the first). */
export const ChainCheckSchema = z.object({
  ok: z.boolean(),
  checked: z.number(),
  brokenAt: z.number().nullable(),
  breaks: z.array(
    z.object({
      from: z.number(),
      to: z.number(),
      reason: z.enum(['altered', 'link', 'unkeyed', 'missing', 'truncated', 'anchor_mismatch', 'head']),
      message: z.string(),
    }),
  ),
  legacyUntil: z.number(),
  anchors: z.object({
    compared: z.boolean(),
    count: z.number(),
    lastSeq: z.number().nullable(),
    lastAt: z.string().nullable(),
    problems: z.array(z.string()),
  }),
});

/** One entry of the audit log as readers see it (no tenant, no keys). */
export const AuditEntryOut = z
  .object({
    seq: z.number().int(),
    at: z.string().openapi({ format: 'date-time' }),
    actorName: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    orgId: z.string().nullable(),
    summary: z.string(),
    before: JsonValue.openapi({ description: 'Dữ liệu trước khi thay đổi (null khi không có)' }),
    after: JsonValue.openapi({ description: 'Dữ liệu sau khi thay đổi (null khi không có)' }),
    reason: z.string().nullable(),
    hash: z.string(),
  })
  .openapi('AuditEntry');

export const AuditPageOut = z.object({
  items: z.array(AuditEntryOut),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
