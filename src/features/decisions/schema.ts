// Boundary schemas of the decisions feature: drafting from a round's result, editing the draft,
// signing, revocation (Law Art. 93), sending up (khen cao) and recording the higher decision.
import { z } from '@hono/zod-openapi';
import { ORG_TYPES } from '../../domain/registry/vocab.js';
import {
  DECISION_STATUSES,
  MEETING_STATUSES,
  NOMINEE_STATUSES,
  ROUND_KINDS,
  ROUND_STATUSES,
} from '../../domain/rounds/vocab.js';
import { IsoDate, OptionalText, RequiredText, Uuid } from '../../server/schemas.js';
import { ListPage, PageFields, SearchText, sortParam } from '../../server/paging.js';

const Lines = (max: number, label: string) =>
  z.array(RequiredText(max), { error: `${label} phải là một danh sách.` }).max(40, `${label}: tối đa 40 dòng.`);

/** Register symbol: 'QĐ-UBND', 'QĐ-CTUBND'… letters, digits, Đ, hyphen and slash. */
export const RegisterSymbol = z
  .string({ error: 'Không được để trống.' })
  .trim()
  .min(2, 'Ký hiệu quá ngắn.')
  .max(30, 'Ký hiệu không được dài quá 30 ký tự.')
  .regex(/^[\p{L}\p{N}]+(?:[-/][\p{L}\p{N}]+)*$/u, 'Ký hiệu chỉ gồm chữ, số và dấu gạch nối, ví dụ QĐ-UBND.');

const contentFields = {
  subject: RequiredText(300),
  authority: RequiredText(300),
  bases: Lines(600, 'Căn cứ').min(1, 'Cần ít nhất một căn cứ.'),
  achievement: RequiredText(500),
  fund: RequiredText(300),
  effect: RequiredText(500),
  executors: RequiredText(1000),
  recipients: Lines(300, 'Nơi nhận'),
  archive: Lines(100, 'Lưu'),
  issuerSuperior: Lines(120, 'Cơ quan chủ quản'),
  issuerName: Lines(120, 'Tên cơ quan ban hành').min(1, 'Cần tên cơ quan ban hành.'),
  place: RequiredText(100),
  issuer: RequiredText(200),
};

export const DraftBody = z
  .object({
    /** Nominees to include (default: every passed nominee the round's body decides itself). */
    nomineeIds: z.array(Uuid).max(5000).optional(),
    symbol: RegisterSymbol.optional(),
    plannedDate: IsoDate.optional(),
    signerUserId: Uuid.nullable().optional(),
  })
  .strict()
  .openapi('DecisionDraft');

export const UpdateBody = z
  .object({
    ...(Object.fromEntries(Object.entries(contentFields).map(([k, v]) => [k, v.optional()])) as {
      [K in keyof typeof contentFields]: z.ZodOptional<(typeof contentFields)[K]>;
    }),
    symbol: RegisterSymbol.optional(),
    plannedDate: IsoDate.optional(),
    /** true: the decision carries the planned date; false: the day it is signed. */
    fixDate: z.boolean().optional(),
    signerUserId: Uuid.nullable().optional(),
    /** Signature lines: ['CHỦ TỊCH'] or ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']. */
    signerLines: Lines(80, 'Chức danh người ký').min(1, 'Cần chức danh người ký.').max(4).optional(),
    /** Nominees kept in the decision (others are taken out). */
    nomineeIds: z
      .array(Uuid)
      .min(1, 'Quyết định phải có ít nhất một người (tập thể) được khen thưởng.')
      .max(5000)
      .optional(),
  })
  .strict()
  .openapi('DecisionUpdate');

export const RevokeBody = z
  .object({
    reason: RequiredText(1000),
    revokedOn: IsoDate.optional(),
    /** The revoking act when the office records it ('Quyết định số 20/QĐ-UBND ngày …'). */
    document: OptionalText(300),
  })
  .strict()
  .openapi('DecisionRevoke');

export const SendUpBody = z
  .object({ nomineeIds: z.array(Uuid).min(1, 'Chọn ít nhất một người (tập thể) để trình cấp trên.').max(2000) })
  .strict()
  .openapi('DecisionSendUp');

export const ExternalBody = z
  .object({
    numberText: RequiredText(60),
    decisionDate: IsoDate,
    issuer: RequiredText(200),
    items: z
      .array(
        z
          .object({
            nomineeId: Uuid,
            amount: z
              .number()
              .int('Số tiền phải là số nguyên (đồng).')
              .min(0, 'Số tiền không được âm.')
              .nullable()
              .optional(),
          })
          .strict(),
      )
      .min(1, 'Chọn ít nhất một người (tập thể) có trong quyết định của cấp trên.')
      .max(2000),
    note: OptionalText(500),
  })
  .strict()
  .openapi('DecisionExternal');

export const DocFormat = z.enum(['docx', 'pdf'], { error: 'Định dạng phải là docx hoặc pdf.' });

export const FormatQuery = z.object({ format: DocFormat.default('docx') });

export const CertificateQuery = z.object({
  format: DocFormat.default('docx'),
  mode: z
    .enum(['full', 'blank'], { error: 'Kiểu in phải là full (giấy A4) hoặc blank (phôi in sẵn).' })
    .default('full'),
});

export const CertificateBatchBody = z
  .object({
    format: DocFormat.default('pdf'),
    mode: z.enum(['full', 'blank']).default('full'),
  })
  .strict()
  .openapi('CertificateBatch');

export const NomineeParam = z.object({
  id: Uuid.openapi({ param: { name: 'id', in: 'path' } }),
  nomineeId: Uuid.openapi({ param: { name: 'nomineeId', in: 'path' } }),
});
export const RoundParam = z.object({ roundId: Uuid.openapi({ param: { name: 'roundId', in: 'path' } }) });
export const MeetingParam = z.object({ meetingId: Uuid.openapi({ param: { name: 'meetingId', in: 'path' } }) });
export const JobParam = z.object({ jobId: Uuid.openapi({ param: { name: 'jobId', in: 'path' } }) });

const RegisterNumber = z
  .number({ error: 'Số phải là một số nguyên dương.' })
  .int('Số phải là số nguyên.')
  .min(1, 'Số phải từ 1 trở lên.')
  .max(99_999, 'Số không được lớn hơn 99.999.');

/** Signing: the văn thư may enter the number of the body's register (else the register's next). */
export const SignBody = z.object({ number: RegisterNumber.optional() }).strict();

/** Where the body's register continues for a symbol and year. */
export const RegisterNextBody = z
  .object({
    orgId: Uuid,
    symbol: RegisterSymbol,
    year: z
      .number({ error: 'Năm phải là một số.' })
      .int('Năm phải là số nguyên.')
      .min(2000, 'Năm không hợp lệ.')
      .max(2100, 'Năm không hợp lệ.'),
    nextNumber: RegisterNumber,
    reason: RequiredText(500),
  })
  .strict();

// ── Responses ──

/** A calendar day as ISO 'YYYY-MM-DD'. */
const Day = z.string().openapi({ format: 'date' });
/** An instant as ISO 8601 with time. */
const Instant = z.string().openapi({ format: 'date-time' });
const Count = z.number().int();
/** An amount of money in đồng. */
const Money = z.number().int();

export const IdOut = z.object({ id: z.string() });

/** Where a body's register of decision numbers stands for a symbol and year. */
export const RegisterPositionOut = z.object({
  symbol: z.string(),
  year: Count,
  last: Count.openapi({ description: 'Số cuối cùng đã cấp (0 khi chưa cấp số nào)' }),
  next: Count,
  nextText: z.string().openapi({ description: 'Số, ký hiệu tiếp theo, ví dụ 291/QĐ-UBND' }),
});

/** The texts of a decision that are not rows: subject, bases, articles, recipients. */
export const DecisionContentOut = z.object({
  subject: z.string(),
  authority: z.string(),
  bases: z.array(z.string()),
  achievement: z.string(),
  fund: z.string(),
  effect: z.string(),
  executors: z.string(),
  recipients: z.array(z.string()),
  archive: z.array(z.string()),
  issuerSuperior: z.array(z.string()),
  issuerName: z.array(z.string()),
  place: z.string(),
  plannedDate: Day,
  fixDate: z.boolean().openapi({ description: 'Quyết định mang ngày dự kiến (không phải ngày ký)' }),
  signerLines: z.array(z.string()),
  submittedAt: Instant.nullable().optional().openapi({ description: 'Thời điểm trình ký (xóa khi sửa dự thảo)' }),
  submittedBy: z.string().nullable().optional(),
  revokeDocument: z.string().nullable().optional(),
  note: z.string().nullable().optional(),
});

export const DecisionOut = z
  .object({
    id: z.string(),
    roundId: z.string(),
    orgId: z.string(),
    external: z.boolean().openapi({ description: 'Quyết định của cấp trên được ghi nhận' }),
    status: z.enum(DECISION_STATUSES),
    symbol: z.string(),
    number: Count.nullable(),
    numberText: z.string().nullable(),
    year: Count.nullable(),
    decisionDate: Day.nullable(),
    issuer: z.string(),
    signerUserId: z.string().nullable(),
    signerName: z.string().nullable(),
    signerTitle: z.string().nullable(),
    content: DecisionContentOut,
    totalAmount: Money,
    createdAt: Instant,
    signedAt: Instant.nullable(),
    revokedOn: Day.nullable(),
    revokeReason: z.string().nullable(),
  })
  .openapi('Decision');

export const DecisionRoundsQuery = ListPage.extend({
  q: SearchText.openapi({ description: 'Tên đợt xét (không cần dấu)' }),
  status: z
    .enum(ROUND_STATUSES, { message: 'Trạng thái đợt xét không hợp lệ.' })
    .optional()
    .openapi({ param: { name: 'status', in: 'query' } }),
  /** Newest round first (default), oldest first, or by the date the decision is due. */
  sort: sortParam(['newest', 'oldest', 'decisionBy'] as const),
});
export type DecisionRoundsQuery = z.output<typeof DecisionRoundsQuery>;

export const SignerInboxQuery = ListPage.extend({
  /** Longest waiting first (default) or newest first. */
  sort: sortParam(['oldest', 'newest'] as const),
});
export type SignerInboxQuery = z.output<typeof SignerInboxQuery>;

export const DecisionRoundsOut = z
  .object({
    ...PageFields,
    items: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        kind: z.enum(ROUND_KINDS),
        period: z.string(),
        status: z.enum(ROUND_STATUSES),
        orgId: z.string(),
        orgName: z.string(),
        decisionBy: Day,
        nominees: z
          .partialRecord(z.enum(NOMINEE_STATUSES), Count)
          .openapi({ description: 'Số người (tập thể) theo trạng thái' }),
        decisions: z
          .partialRecord(z.enum(DECISION_STATUSES), Count)
          .openapi({ description: 'Số quyết định theo trạng thái' }),
      }),
    ),
  })
  .openapi('DecisionRounds');

export const SignerInboxOut = z
  .object({
    ...PageFields,
    items: z.array(DecisionOut.extend({ roundName: z.string(), orgName: z.string(), itemCount: Count })),
  })
  .openapi('SignerInbox');

/** Whether a nominee may be decided on the date: its notice ended, no open complaint. */
const NoticeState = z.object({ ok: z.boolean(), message: z.string().nullable() }).nullable();

export const RoundDecisionViewOut = z
  .object({
    round: z.object({
      id: z.string(),
      name: z.string(),
      kind: z.enum(ROUND_KINDS),
      period: z.string(),
      status: z.enum(ROUND_STATUSES),
      decisionBy: Day,
      orgId: z.string(),
      orgName: z.string(),
      orgType: z.enum(ORG_TYPES),
    }),
    canManage: z.boolean(),
    canSign: z.boolean(),
    nominees: z.array(
      z.object({
        id: z.string(),
        displayName: z.string(),
        positionText: z.string().nullable(),
        unitName: z.string(),
        awardCode: z.string(),
        awardName: z.string(),
        period: z.string(),
        status: z.enum(NOMINEE_STATUSES),
        decidesHere: z
          .boolean()
          .openapi({ description: 'Thuộc thẩm quyền quyết định của cơ quan (không phải trình khen cao)' }),
        decisionId: z.string().nullable(),
        notice: NoticeState,
      }),
    ),
    decisions: z.array(DecisionOut.extend({ itemCount: Count })),
    meetings: z.array(z.object({ id: z.string(), heldOn: Day, place: z.string(), status: z.enum(MEETING_STATUSES) })),
    signers: z.array(
      z.object({ id: z.string(), fullName: z.string(), position: z.string().nullable(), lines: z.array(z.string()) }),
    ),
  })
  .openapi('RoundDecisions');

export const DecisionDetailOut = z
  .object({
    decision: DecisionOut,
    round: z.object({ id: z.string(), name: z.string(), period: z.string(), kind: z.enum(ROUND_KINDS) }),
    org: z.object({ id: z.string(), name: z.string(), type: z.enum(ORG_TYPES) }),
    canEdit: z.boolean(),
    canSign: z.boolean(),
    canRevoke: z.boolean(),
    items: z.array(
      z.object({
        nomineeId: z.string(),
        ordinal: Count,
        displayName: z.string(),
        positionText: z.string().nullable(),
        unitName: z.string(),
        awardCode: z.string(),
        awardName: z.string(),
        category: z.enum(['title', 'form']),
        period: z.string(),
        status: z.enum(NOMINEE_STATUSES),
        amount: Money.nullable(),
        payable: Money.nullable(),
        payNote: z.string().nullable(),
        recoverAmount: Money.nullable(),
        awardRecordId: z.string().nullable(),
        notice: NoticeState,
      }),
    ),
    recovery: z.object({ total: Money }).nullable(),
  })
  .openapi('DecisionDetail');

export const SubmitOut = z.object({ id: z.string(), submittedAt: Instant.nullable() });
export const SignOut = z.object({
  id: z.string(),
  number: Count,
  numberText: z.string(),
  decisionDate: Day,
  totalAmount: Money,
});
export const RevokeOut = z.object({
  id: z.string(),
  revokedOn: Day,
  recoverTotal: Money.openapi({ description: 'Tổng số tiền phải thu hồi' }),
});
export const SendUpOut = z.object({ count: Count });

export const CERTIFICATE_BATCH_STATUSES = ['running', 'done', 'failed'] as const;

export const CertificateBatchOut = z
  .object({
    id: z.string(),
    decisionId: z.string(),
    format: DocFormat,
    mode: z.enum(['full', 'blank']),
    status: z.enum(CERTIFICATE_BATCH_STATUSES),
    processed: Count,
    total: Count,
    fileName: z.string().nullable(),
    error: z.string().nullable(),
    createdAt: Instant,
    finishedAt: Instant.nullable(),
  })
  .openapi('CertificateBatchJob');

export const CertificateBatchListOut = z.object({ items: z.array(CertificateBatchOut) });
export const CertificateBatchStartOut = z.object({ id: z.string(), total: Count });
