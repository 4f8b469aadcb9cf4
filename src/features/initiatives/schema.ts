// Boundary schemas of the initiative council and its reviews.
import { z } from '@hono/zod-openapi';
import { INITIATIVE_SCOPES } from '../../domain/registry/vocab.js';
import { IsoDate, RequiredText, Uuid } from '../../server/schemas.js';

export const CouncilBody = z
  .object({
    orgId: Uuid,
    year: z.number().int().min(2000).max(2100),
    name: RequiredText(300),
    members: z
      .array(z.object({ userId: Uuid, role: z.enum(['chair', 'secretary', 'member']) }))
      .min(3, 'Hội đồng sáng kiến cần ít nhất 3 thành viên.')
      .max(25),
  })
  .strict();

const Criterion = z.object({ id: z.string().trim().min(1).max(20), label: RequiredText(200), maxPoints: z.number().min(1).max(100) });

export const ApplicationBody = z
  .object({
    councilId: Uuid,
    personId: Uuid,
    title: RequiredText(500),
    description: z.string().max(20000).transform((s) => s.normalize('NFC').trim()).pipe(z.string().min(1, 'Không được để trống.')),
    appliedFrom: IsoDate.optional(),
    scope: z.enum(INITIATIVE_SCOPES, { error: 'Phạm vi ảnh hưởng không hợp lệ.' }),
    criteria: z.array(Criterion).min(1).optional(),
    share: z.number().gt(0, 'Tỷ lệ phải lớn hơn 0.').max(1, 'Tỷ lệ không quá 1.').optional(),
    minAverage: z.number().min(0).max(100).nullable().optional(),
  })
  .strict();

export const AssessBody = z
  .object({
    recused: z.boolean().default(false),
    recusalReason: z.string().max(1000).optional().transform((s) => s?.normalize('NFC').trim() || undefined),
    scores: z.record(z.string(), z.number({ error: 'Điểm phải là một số.' })).default({}),
    vote: z.enum(['yes', 'no', 'abstain']).nullable().default(null),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.recused && !v.recusalReason) ctx.addIssue({ code: 'custom', path: ['recusalReason'], message: 'Cần ghi lý do không tham gia (xung đột lợi ích).' });
    if (!v.recused && !v.vote) ctx.addIssue({ code: 'custom', path: ['vote'], message: 'Cần biểu quyết đồng ý hoặc không đồng ý.' });
  });

export const CloseBody = z.object({ decisionNo: RequiredText(50), decidedOn: IsoDate }).strict();
