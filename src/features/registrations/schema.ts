// Boundary schemas of registrations (đăng ký thi đua).
import { z } from '@hono/zod-openapi';
import { SUBJECT_KINDS } from '../../domain/registry/vocab.js';
import { IsoDate, Uuid } from '../../server/schemas.js';
import { Period } from '../people/schema.js';

const AwardCode = z.string().regex(/^[A-Z0-9_]{2,20}$/, 'Mã danh hiệu, hình thức không hợp lệ.');

export const CallBody = z.object({ orgId: Uuid, period: Period, awardCodes: z.array(AwardCode).min(1, 'Chọn ít nhất một danh hiệu.'), deadline: IsoDate }).strict();

export const RegisterBody = z
  .object({
    unitOrgId: Uuid,
    items: z.array(z.object({ subjectKind: z.enum(SUBJECT_KINDS), subjectId: Uuid, awardCode: AwardCode })).min(1, 'Chưa có đăng ký nào.').max(2000),
  })
  .strict();
