import { z } from '@hono/zod-openapi';
import { CATALOGUE_AWARD_CODES, SUBJECT_KINDS } from '../../domain/registry/vocab.js';
import { IsoDate, RequiredText, Uuid } from '../../server/schemas.js';
import { Period } from '../people/schema.js';

export const PeriodQuery = z.object({ period: Period.optional(), decisionDate: IsoDate.optional() });

export const BulkQuery = z.object({
  orgId: Uuid,
  award: z.enum(CATALOGUE_AWARD_CODES, { error: 'Danh hiệu, hình thức không hợp lệ.' }),
  period: Period.optional(),
  decisionDate: IsoDate.optional(),
});

export const VerdictOverrideBody = z
  .object({
    subjectKind: z.enum(SUBJECT_KINDS),
    subjectId: Uuid,
    award: z.enum(CATALOGUE_AWARD_CODES),
    period: Period,
    eligible: z.boolean(),
    reason: RequiredText(1000).pipe(z.string().min(10, 'Lý do phải nêu rõ căn cứ (ít nhất 10 ký tự).')),
  })
  .strict();

export const RuleOverrideBody = z
  .object({
    key: z.string().trim().min(1, 'Chưa chọn tham số.').max(300),
    value: z.union([z.number(), z.string(), z.boolean(), z.null(), z.array(z.object({ from: IsoDate, value: z.number() }).strict())]),
    effectiveFrom: IsoDate,
    effectiveTo: IsoDate.nullable().optional(),
    citation: z.string().trim().max(300).optional(),
    note: z.string().trim().max(1000).optional(),
    reason: RequiredText(1000),
  })
  .strict();
