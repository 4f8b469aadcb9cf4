// Boundary schemas of the initiative council and its reviews.
import { z } from '@hono/zod-openapi';
import { INITIATIVE_SCOPES } from '../../domain/registry/vocab.js';
import { IsoDate, RequiredText, Uuid } from '../../server/schemas.js';
import { ListPage, PageFields, SearchText, sortParam } from '../../server/paging.js';
import { StoredFileOut } from '../files/schema.js';

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

const Criterion = z.object({
  id: z.string().trim().min(1).max(20),
  label: RequiredText(200),
  maxPoints: z.number().min(1).max(100),
});

export const ApplicationBody = z
  .object({
    councilId: Uuid,
    personId: Uuid,
    title: RequiredText(500),
    description: z
      .string()
      .max(20000)
      .transform((s) => s.normalize('NFC').trim())
      .pipe(z.string().min(1, 'Không được để trống.')),
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
    recusalReason: z
      .string()
      .max(1000)
      .optional()
      .transform((s) => s?.normalize('NFC').trim() || undefined),
    scores: z.record(z.string(), z.number({ error: 'Điểm phải là một số.' })).default({}),
    vote: z.enum(['yes', 'no', 'abstain']).nullable().default(null),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.recused && !v.recusalReason)
      ctx.addIssue({
        code: 'custom',
        path: ['recusalReason'],
        message: 'Cần ghi lý do không tham gia (xung đột lợi ích).',
      });
    if (!v.recused && !v.vote)
      ctx.addIssue({ code: 'custom', path: ['vote'], message: 'Cần biểu quyết đồng ý hoặc không đồng ý.' });
  });

export const CloseBody = z.object({ decisionNo: RequiredText(50), decidedOn: IsoDate }).strict();

// ── Responses ──────────────────────────────────────────────────────────────────────────────

export const APPLICATION_STATUSES = ['submitted', 'reviewing', 'recognised', 'refused'] as const;
const COUNCIL_ROLES = ['chair', 'secretary', 'member'] as const;
const VOTES = ['yes', 'no', 'abstain'] as const;
const Scores = z.record(z.string(), z.number()).openapi({ description: 'Điểm theo mã tiêu chí' });

export const InitiativeCouncilListQuery = ListPage.extend({
  year: z.coerce
    .number({ message: 'Năm phải là một số.' })
    .int('Năm phải là số nguyên.')
    .min(1945, 'Năm không được trước năm 1945.')
    .max(2100, 'Năm không được sau năm 2100.')
    .optional()
    .openapi({ param: { name: 'year', in: 'query' } }),
});
export type InitiativeCouncilListQuery = z.output<typeof InitiativeCouncilListQuery>;

export const InitiativeCouncilListOut = z.object({
  ...PageFields,
  items: z.array(
    z.object({
      id: Uuid,
      orgId: Uuid,
      orgName: z.string(),
      year: z.number().int(),
      name: z.string(),
      member: z.boolean().openapi({ description: 'Người xem là thành viên' }),
      members: z.array(z.object({ userId: Uuid, role: z.enum(COUNCIL_ROLES), fullName: z.string() })),
    }),
  ),
});

export const CreatedOut = z.object({ id: Uuid });

export const ApplicationListQuery = ListPage.extend({
  q: SearchText.openapi({ description: 'Tên sáng kiến hoặc tác giả (không cần dấu)' }),
  status: z
    .enum(APPLICATION_STATUSES, { message: 'Trạng thái sáng kiến không hợp lệ.' })
    .optional()
    .openapi({ param: { name: 'status', in: 'query' } }),
  councilId: z
    .string()
    .uuid('Mã Hội đồng sáng kiến không hợp lệ.')
    .optional()
    .openapi({ param: { name: 'councilId', in: 'query' } }),
  sort: sortParam(['newest', 'oldest', 'title'] as const),
});
export type ApplicationListQuery = z.output<typeof ApplicationListQuery>;

export const ApplicationListOut = z.object({
  ...PageFields,
  items: z.array(
    z.object({
      id: Uuid,
      title: z.string(),
      author: z.string(),
      scope: z.enum(INITIATIVE_SCOPES),
      status: z.enum(APPLICATION_STATUSES),
      statusLabel: z.string(),
      decidedOn: z.string().nullable(),
      assessing: z.boolean().openapi({ description: 'Người xem đang phải chấm điểm sáng kiến này' }),
    }),
  ),
});

/** An initiative under review, with the council's scores once the review is closed. */
export const ApplicationOut = z
  .object({
    id: Uuid,
    title: z.string(),
    description: z.string(),
    appliedFrom: z.string().nullable(),
    scope: z.enum(INITIATIVE_SCOPES),
    scopeLabel: z.string(),
    status: z.enum(APPLICATION_STATUSES),
    statusLabel: z.string(),
    author: z.object({
      personId: Uuid,
      fullName: z.string(),
      position: z.string().nullable(),
      orgName: z.string().nullable(),
    }),
    criteria: z.array(z.object({ id: z.string(), label: z.string(), maxPoints: z.number() })),
    rule: z.object({ share: z.number(), minAverage: z.number().nullable(), basis: z.string() }),
    result: z
      .object({
        recognised: z.boolean(),
        members: z.number().int(),
        voters: z.number().int(),
        yes: z.number().int(),
        required: z.number().int(),
        average: z.number().nullable(),
        problems: z.array(z.string()),
        text: z.string(),
      })
      .nullable(),
    decisionNo: z.string().nullable(),
    decidedOn: z.string().nullable(),
    initiativeId: Uuid.nullable(),
    manage: z.boolean(),
    member: z.boolean(),
    files: z.array(StoredFileOut),
    council: z.array(
      z.object({ userId: Uuid, role: z.enum(COUNCIL_ROLES), fullName: z.string(), assessed: z.boolean() }),
    ),
    mine: z
      .object({
        recused: z.boolean(),
        recusalReason: z.string().nullable(),
        scores: Scores,
        vote: z.enum(VOTES).nullable(),
      })
      .nullable(),
    assessments: z
      .array(
        z.object({
          userId: Uuid,
          fullName: z.string(),
          recused: z.boolean(),
          recusalReason: z.string().nullable(),
          scores: Scores,
          vote: z.enum(VOTES).nullable(),
        }),
      )
      .nullable()
      .openapi({ description: 'Điểm của từng thành viên, chỉ khi đã kết thúc xét' }),
  })
  .openapi('InitiativeApplication');
