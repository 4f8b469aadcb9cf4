// Boundary schemas of registrations (đăng ký thi đua).
import { z } from '@hono/zod-openapi';
import type { RegistrationOutcome } from '../../domain/emulation/registration.js';
import { SUBJECT_KINDS } from '../../domain/registry/vocab.js';
import { IsoDate, Uuid } from '../../server/schemas.js';
import { ListPage, PageFields } from '../../server/paging.js';
import { Period } from '../people/schema.js';

const AwardCode = z.string().regex(/^[A-Z0-9_]{2,20}$/, 'Mã danh hiệu, hình thức không hợp lệ.');

export const CallBody = z
  .object({
    orgId: Uuid,
    period: Period,
    awardCodes: z.array(AwardCode).min(1, 'Chọn ít nhất một danh hiệu.'),
    deadline: IsoDate,
  })
  .strict();

export const RegisterBody = z
  .object({
    unitOrgId: Uuid,
    items: z
      .array(z.object({ subjectKind: z.enum(SUBJECT_KINDS), subjectId: Uuid, awardCode: AwardCode }))
      .min(1, 'Chưa có đăng ký nào.')
      .max(2000),
  })
  .strict();

// ── Responses ──────────────────────────────────────────────────────────────────────────────

const OUTCOMES = [
  'achieved',
  'eligible_pending',
  'not_achieved',
  'unregistered_achieved',
] as const satisfies readonly RegistrationOutcome[];
const AwardOut = z.object({ code: z.string(), name: z.string() });

export const CallListQuery = ListPage.extend({
  period: z
    .string()
    .regex(/^\d{4}(-\d{4})?$/u, 'Năm phải có dạng 2026 hoặc 2025-2026.')
    .optional()
    .openapi({ param: { name: 'period', in: 'query' } }),
});
export type CallListQuery = z.output<typeof CallListQuery>;

export const CallListOut = z.object({
  ...PageFields,
  items: z.array(
    z.object({
      id: Uuid,
      orgName: z.string(),
      period: z.string(),
      deadline: z.string(),
      awards: z.array(AwardOut),
      open: z.boolean(),
    }),
  ),
});

/** A call with the registrations the reader may see (all, or their units'). */
export const CallOut = z
  .object({
    id: Uuid,
    orgId: Uuid,
    period: z.string(),
    deadline: z.string(),
    open: z.boolean(),
    awards: z.array(AwardOut),
    manage: z.boolean(),
    myUnits: z.array(Uuid),
    items: z.array(
      z.object({
        id: Uuid,
        unitOrgId: Uuid,
        unitName: z.string(),
        subjectKind: z.enum(SUBJECT_KINDS),
        subjectKey: z.string(),
        displayName: z.string(),
        awardCode: z.string(),
        awardName: z.string(),
      }),
    ),
  })
  .openapi('RegistrationCall');

export const RegisteredOut = z.object({
  added: z.number().int(),
  already: z.number().int().openapi({ description: 'Đã đăng ký từ trước' }),
});

export const OkOut = z.object({ ok: z.boolean() });

const PerOutcome = <S extends z.ZodType>(s: S) =>
  z.object(Object.fromEntries(OUTCOMES.map((o) => [o, s])) as Record<(typeof OUTCOMES)[number], S>);

/** Year end: what was registered against what was achieved and what the eligibility check says. */
export const RegistrationReportOut = z.object({
  period: z.string(),
  decisionDate: z.string(),
  counts: PerOutcome(z.number().int()),
  labels: PerOutcome(z.string()),
  rows: z.array(
    z.object({
      subjectKey: z.string(),
      award: z.string(),
      outcome: z.enum(OUTCOMES),
      name: z.string(),
      unitName: z.string().nullable(),
      awardName: z.string(),
      outcomeLabel: z.string(),
    }),
  ),
});
