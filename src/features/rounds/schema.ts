// Boundary schemas of rounds and proposals: what the office and the units send.
import { z } from '@hono/zod-openapi';
import { VERDICT_STATUSES } from '../../domain/eligibility/status.js';
import type { RoundAction } from '../../domain/rounds/machines.js';
import { NOMINEE_STATUSES, PROPOSAL_STATUSES, ROUND_KINDS, ROUND_STATUSES } from '../../domain/rounds/vocab.js';
import { SUBJECT_KINDS } from '../../domain/registry/vocab.js';
import { IsoDate, RequiredText, Uuid } from '../../server/schemas.js';
import { ListPage, PageFields, SearchText, sortParam } from '../../server/paging.js';
import { Period } from '../people/schema.js';

const AwardCode = z
  .string()
  .trim()
  .regex(/^[A-Z0-9_]{2,20}$/, 'Mã danh hiệu, hình thức không hợp lệ.');
const LongText = (max: number) =>
  z
    .string()
    .max(max, `Không được dài quá ${max} ký tự.`)
    .transform((s) => s.normalize('NFC').replace(/\r\n?/g, '\n').trim());

export const RoundBody = z
  .object({
    name: RequiredText(300),
    kind: z.enum(ROUND_KINDS, { error: 'Loại đợt xét không hợp lệ.' }),
    period: Period,
    awardCodes: z.array(AwardCode).min(1, 'Chọn ít nhất một danh hiệu hoặc hình thức.').max(30),
    invitedOrgIds: z.array(Uuid).min(1, 'Chọn ít nhất một đơn vị được mời đề nghị.').max(2000),
    orgId: Uuid,
    opensOn: IsoDate,
    submitBy: IsoDate,
    decisionBy: IsoDate,
    note: LongText(2000).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.submitBy < v.opensOn)
      ctx.addIssue({ code: 'custom', path: ['submitBy'], message: 'Hạn nộp hồ sơ phải từ ngày mở đợt trở đi.' });
    if (v.decisionBy < v.submitBy)
      ctx.addIssue({
        code: 'custom',
        path: ['decisionBy'],
        message: 'Ngày dự kiến quyết định phải sau hạn nộp hồ sơ.',
      });
  })
  .openapi('RoundCreate');

export const ProposalOpenBody = z.object({ orgId: Uuid }).strict();
export const ProposalUpdateBody = z.object({ summary: LongText(5000) }).strict();

export const NomineeBody = z
  .object({
    subjectKind: z.enum(SUBJECT_KINDS, { error: 'Đối tượng đề nghị không hợp lệ.' }),
    subjectId: Uuid,
    awardCode: AwardCode,
    achievement: LongText(20000).optional(),
  })
  .strict()
  .openapi('NomineeAdd');

export const NomineeUpdateBody = z
  .object({ awardCode: AwardCode.optional(), achievement: LongText(20000).optional() })
  .strict();

/** Whom a unit may pick for its dossier, optionally searched by name. */
export const CandidateQuery = z.object({
  kind: z.enum(['person', 'org', 'household']),
  q: z.string().max(100).optional(),
});

export const ReasonBody = z.object({ reason: RequiredText(1000) }).strict();
export const AcceptBody = z
  .object({
    overrideReason: z
      .string()
      .max(1000)
      .optional()
      .transform((s) => s?.normalize('NFC').trim() || undefined),
  })
  .strict();

/** The administrator confirms an uncertain procedure parameter citing the tenant's own decision. */
export const ProcedureConfirmationBody = z
  .object({
    key: z.string({ error: 'Chưa chọn tham số.' }).trim().min(1, 'Chưa chọn tham số.').max(80, 'Mã tham số quá dài.'),
    value: z.union([z.number({ error: 'Giá trị phải là một số.' }), z.boolean()]).optional(),
    effectiveFrom: IsoDate,
    decision: z
      .object({
        number: z
          .string({ error: 'Không được để trống.' })
          .trim()
          .min(3, 'Số, ký hiệu quá ngắn.')
          .max(40, 'Số, ký hiệu quá dài.')
          .regex(/^\d+\/[\p{L}\p{N}./-]+$/u, 'Số, ký hiệu có dạng 15/2025/QĐ-UBND.'),
        date: IsoDate,
        issuer: RequiredText(200),
        title: RequiredText(500),
      })
      .strict(),
    reason: RequiredText(500),
  })
  .strict();

// ── Responses ──

/** What the office may do to a round's status. */
export const ROUND_ACTIONS = ['open', 'close', 'reopen', 'finish'] as const satisfies readonly RoundAction[];

/** A calendar day as ISO 'YYYY-MM-DD'. */
const Day = z.string().openapi({ format: 'date' });
/** An instant as ISO 8601 with time. */
const Instant = z.string().openapi({ format: 'date-time' });
const Count = z.number().int();

export const OkOut = z.object({ ok: z.boolean() });

export const ProcedurePendingOut = z.object({
  date: Day,
  items: z.array(
    z.object({ key: z.string(), label: z.string(), value: z.union([z.number(), z.boolean(), z.string(), z.null()]) }),
  ),
  canConfirm: z.boolean(),
});

export const ProcedureConfirmationOut = z.object({
  id: z.string(),
  key: z.string(),
  citation: z.string().openapi({ description: 'Căn cứ sẽ in trong văn bản' }),
});

export const RoundListQuery = ListPage.extend({
  q: SearchText.openapi({ description: 'Tên đợt xét (không cần dấu)' }),
  status: z
    .enum(ROUND_STATUSES, { message: 'Trạng thái đợt xét không hợp lệ.' })
    .optional()
    .openapi({ param: { name: 'status', in: 'query' } }),
  kind: z
    .enum(ROUND_KINDS, { message: 'Loại đợt xét không hợp lệ.' })
    .optional()
    .openapi({ param: { name: 'kind', in: 'query' } }),
  period: z
    .string()
    .regex(/^\d{4}(-\d{4})?$/u, 'Năm xét phải có dạng 2026 hoặc 2025-2026.')
    .optional()
    .openapi({ param: { name: 'period', in: 'query' } }),
  sort: sortParam(['newest', 'oldest', 'deadline'] as const),
});
export type RoundListQuery = z.output<typeof RoundListQuery>;

export const RoundListOut = z
  .object({
    ...PageFields,
    items: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        kind: z.enum(ROUND_KINDS),
        period: z.string(),
        status: z.enum(ROUND_STATUSES),
        orgName: z.string(),
        awardCodes: z.array(z.string()),
        opensOn: Day,
        submitBy: Day,
        decisionBy: Day,
        daysLeft: z.number().int().openapi({ description: 'Số ngày đến hạn nộp hồ sơ (âm khi đã quá hạn)' }),
        manage: z.boolean().openapi({ description: 'Người dùng quản lý đợt xét (cơ quan thường trực)' }),
        invitedCount: Count,
        submittedCount: Count,
        mine: z
          .array(z.object({ orgId: z.string(), status: z.enum(PROPOSAL_STATUSES) }))
          .openapi({ description: 'Hồ sơ của các đơn vị của người dùng' }),
        myOrgCount: Count,
      }),
    ),
  })
  .openapi('RoundList');

const Award = z.object({ code: z.string(), name: z.string() });

/** The statutory appraisal time of a dossier. */
const Clock = z
  .object({
    completeOn: Day,
    dueOn: Day,
    workingDaysLeft: z.number().int().openapi({ description: 'Số ngày làm việc còn lại (âm khi quá hạn)' }),
    late: z.boolean(),
  })
  .nullable();

const AppraisalRule = z.object({
  workingDays: Count,
  basis: z.string().nullable().openapi({ description: 'Căn cứ in được (null khi chưa xác nhận)' }),
  mark: z.enum(['V', 'U']),
});

export const RoundOut = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(ROUND_KINDS),
    period: z.string(),
    status: z.enum(ROUND_STATUSES),
    orgId: z.string(),
    orgName: z.string(),
    awards: z.array(Award),
    opensOn: Day,
    submitBy: Day,
    decisionBy: Day,
    note: z.string().nullable(),
    daysLeft: z.number().int(),
    manage: z.boolean(),
    actions: z.array(z.enum(ROUND_ACTIONS)),
    invited: z.array(z.object({ orgId: z.string(), name: z.string(), canPropose: z.boolean() })),
    proposals: z.array(
      z.object({
        id: z.string(),
        orgId: z.string(),
        orgName: z.string(),
        status: z.enum(PROPOSAL_STATUSES),
        submittedAt: Instant.nullable(),
        submissions: Count,
        nominees: z
          .partialRecord(z.enum(NOMINEE_STATUSES), Count)
          .openapi({ description: 'Số đề nghị theo trạng thái' }),
        clock: Clock,
      }),
    ),
    appraisalRule: AppraisalRule,
  })
  .openapi('Round');

/** The engine's verdict on a nominee (fields marked optional are absent on verdicts kept before they existed). */
export const NomineeVerdictOut = z
  .object({
    eligible: z.boolean(),
    withheld: z.boolean(),
    status: z.enum(VERDICT_STATUSES).optional(),
    statusText: z.string().optional(),
    conditions: z
      .array(
        z.object({
          kind: z.enum(['title', 'members']),
          award: z.string(),
          period: z.string(),
          count: Count.optional(),
          text: z.string(),
        }),
      )
      .optional(),
    dataFailed: z.boolean().optional(),
    period: z.string().optional(),
    amount: z.number().nullable(),
    amountInWords: z.string().nullable(),
    criteria: z.array(
      z.object({ id: z.string(), met: z.boolean().nullable(), message: z.string(), basis: z.string() }),
    ),
    rules: z.string(),
  })
  .openapi('NomineeVerdict');

export const StoredFileOut = z.object({
  id: z.string(),
  fileName: z.string(),
  size: Count,
  sha256: z.string(),
  mime: z.string(),
});
const DossierFile = StoredFileOut.extend({ ownerType: z.string(), ownerId: z.string() });

const NomineeFields = {
  id: z.string(),
  subjectKind: z.enum(SUBJECT_KINDS),
  subjectId: z.string().nullable(),
  displayName: z.string(),
  positionText: z.string().nullable(),
  awardCode: z.string(),
  awardName: z.string(),
  period: z.string(),
  achievement: z.string(),
  status: z.enum(NOMINEE_STATUSES),
  officeReason: z.string().nullable(),
  overrideReason: z.string().nullable(),
  verdict: NomineeVerdictOut.nullable().openapi({ description: 'Kết quả xét điều kiện hiện tại' }),
  submittedVerdict: NomineeVerdictOut.nullable().openapi({ description: 'Kết quả xét điều kiện khi gửi hồ sơ' }),
};

export const ProposalOut = z
  .object({
    id: z.string(),
    round: z.object({
      id: z.string(),
      name: z.string(),
      period: z.string(),
      status: z.enum(ROUND_STATUSES),
      submitBy: Day,
      decisionBy: Day,
      awards: z.array(Award),
    }),
    orgId: z.string(),
    orgName: z.string(),
    status: z.enum(PROPOSAL_STATUSES),
    summary: z.string(),
    returnReason: z.string().nullable(),
    submittedAt: Instant.nullable(),
    submissions: Count,
    editable: z.boolean(),
    clock: Clock,
    files: z.array(DossierFile),
    nominees: z.array(z.object({ ...NomineeFields, files: z.array(DossierFile) })),
  })
  .openapi('Proposal');

export const AppraisalOut = z
  .object({
    round: z.object({ id: z.string(), name: z.string(), period: z.string(), status: z.enum(ROUND_STATUSES) }),
    appraisalRule: AppraisalRule,
    proposals: z.array(
      z.object({
        id: z.string(),
        orgName: z.string(),
        status: z.enum(PROPOSAL_STATUSES),
        summary: z.string(),
        submittedAt: Instant.nullable(),
        submissions: Count,
        clock: Clock,
        nominees: z.array(
          z.object({
            ...NomineeFields,
            duplicates: z
              .array(
                z.object({
                  id: z.string(),
                  status: z.enum(NOMINEE_STATUSES),
                  roundName: z.string(),
                  orgName: z.string(),
                  sameRound: z.boolean(),
                }),
              )
              .openapi({ description: 'Cùng người (tập thể), cùng danh hiệu, cùng kỳ được đề nghị ở nơi khác' }),
            actions: z.array(z.enum(['accept', 'return', 'reject'])),
          }),
        ),
      }),
    ),
  })
  .openapi('Appraisal');

export const ProposalOpenOut = z.object({ id: z.string() });

export const CandidatesOut = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), detail: z.string() })),
});

export const AcceptEligibleOut = z.object({
  accepted: Count.openapi({ description: 'Số đề nghị đã chấp nhận' }),
  left: Count.openapi({ description: 'Số đề nghị còn lại để xét từng người' }),
  slotTaken: z
    .array(z.string())
    .openapi({ description: 'Đề nghị đủ điều kiện nhưng cùng danh hiệu, cùng kỳ đã được chấp nhận ở hồ sơ khác' }),
});
