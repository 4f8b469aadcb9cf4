// Boundary schemas of the petition register (đơn thư): the office's requests and responses and
// the public form's.
import { z } from '@hono/zod-openapi';
import {
  COMPLEXITIES,
  PETITION_CHANNELS,
  PETITION_KINDS,
  PETITION_STATUSES,
  REJECT_REASONS,
} from '../../domain/petitions/rules.js';
import { IsoDate, OptionalName, OptionalText, RequiredText, Uuid } from '../../server/schemas.js';

export const PETITION_FIELD_LABELS: Record<string, string> = {
  orgId: 'Cơ quan tiếp nhận',
  recipientId: 'Cơ quan nhận đơn',
  kind: 'Loại đơn',
  channel: 'Hình thức tiếp nhận',
  senderName: 'Họ và tên người gửi',
  senderAddress: 'Địa chỉ người gửi',
  contact: 'Số điện thoại hoặc thư điện tử',
  title: 'Tóm tắt nội dung',
  content: 'Nội dung đơn',
  subjectText: 'Người, tập thể hoặc khen thưởng bị phản ánh',
  nomineeId: 'Người (tập thể) được đề nghị khen thưởng',
  awardRecordId: 'Khen thưởng bị phản ánh',
  receivedOn: 'Ngày nhận đơn',
  secondRound: 'Khiếu nại lần hai',
  complexity: 'Tính chất vụ việc',
  remote: 'Vùng sâu, vùng xa đi lại khó khăn',
  assigneeId: 'Người được giao xử lý',
  reason: 'Lý do',
  note: 'Ghi chú',
  newInformation: 'Có thông tin, tài liệu, chứng cứ mới',
  acceptedOn: 'Ngày thụ lý',
  answerNo: 'Số văn bản trả lời',
  answer: 'Nội dung trả lời, kết luận',
  outcome: 'Kết quả',
  website: 'Trang web',
  ma: 'Mã tra cứu',
  q: 'Tìm kiếm',
  status: 'Trạng thái',
  deadline: 'Thời hạn',
  page: 'Trang',
  pageSize: 'Số dòng mỗi trang',
};

const Content = z
  .string({ error: 'Không được để trống.' })
  .trim()
  .min(10, 'Nội dung cần ít nhất 10 ký tự.')
  .max(5000, 'Nội dung không được dài quá 5.000 ký tự.');

const kind = z.enum(PETITION_KINDS, { error: 'Chọn loại đơn: khiếu nại, tố cáo, kiến nghị hoặc phản ánh.' });

/** The office records a petition received on paper, in person or by post. */
export const CreatePetitionBody = z
  .object({
    orgId: Uuid,
    kind,
    channel: z.enum(['paper', 'in_person', 'post'], { error: 'Chọn hình thức tiếp nhận.' }),
    senderName: OptionalName(150),
    senderAddress: OptionalText(300),
    contact: OptionalText(200),
    title: RequiredText(300),
    content: Content,
    subjectText: OptionalText(300),
    nomineeId: Uuid.nullable().optional(),
    awardRecordId: Uuid.nullable().optional(),
    receivedOn: IsoDate.optional(),
    secondRound: z.boolean().optional(),
    complexity: z.enum(COMPLEXITIES).optional(),
    remote: z.boolean().optional(),
  })
  .strict()
  .openapi('PetitionCreate');

/** Classify and assign: the kind and the facts the deadlines rest on, the officer in charge, the subject. */
export const ClassifyPetitionBody = z
  .object({
    kind: kind.optional(),
    secondRound: z.boolean().optional(),
    complexity: z.enum(COMPLEXITIES, { error: 'Chọn tính chất vụ việc.' }).optional(),
    remote: z.boolean().optional(),
    assigneeId: Uuid.nullable().optional(),
    nomineeId: Uuid.nullable().optional(),
    awardRecordId: Uuid.nullable().optional(),
    // Absent keeps the recorded value; null or empty clears it.
    senderName: OptionalName(150).optional(),
    senderAddress: OptionalText(300).optional(),
    contact: OptionalText(200).optional(),
  })
  .strict()
  .openapi('PetitionClassify');

export const AcceptPetitionBody = z
  .object({
    acceptedOn: IsoDate.optional(),
    newInformation: z.boolean().optional(),
    note: OptionalText(1000),
  })
  .strict()
  .openapi('PetitionAccept');

export const RejectPetitionBody = z
  .object({
    reason: z.enum(REJECT_REASONS, { error: 'Chọn lý do không thụ lý.' }),
    note: RequiredText(2000),
  })
  .strict()
  .openapi('PetitionReject');

export const ExtendPetitionBody = z
  .object({ note: RequiredText(1000) })
  .strict()
  .openapi('PetitionExtend');

export const AnswerPetitionBody = z
  .object({
    answerNo: OptionalText(60),
    answer: z
      .string({ error: 'Không được để trống.' })
      .trim()
      .min(10, 'Nội dung trả lời cần ít nhất 10 ký tự.')
      .max(8000, 'Nội dung trả lời không được dài quá 8.000 ký tự.'),
  })
  .strict()
  .openapi('PetitionAnswer');

export const PetitionListQuery = z.object({
  q: z.string().trim().max(100, 'Từ khóa không quá 100 ký tự.').optional(),
  status: z.enum(PETITION_STATUSES).optional(),
  kind: z.enum(PETITION_KINDS).optional(),
  deadline: z.enum(['overdue', 'due_soon']).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const PetitionExportQuery = PetitionListQuery.omit({ page: true, pageSize: true });

/** The registry search behind the nominee picker of the petition form. */
export const PetitionSubjectQuery = z.object({
  q: z.string().trim().max(100, 'Từ khóa không quá 100 ký tự.').optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
/** People, collectives and households under consideration (nominees of a round not yet decided). */
export const PetitionSubjectList = z
  .object({
    items: z.array(
      z.object({
        nomineeId: z.string(),
        /** "<name> — <award>", as the petition will show it. */
        label: z.string(),
        roundName: z.string(),
        statusLabel: z.string(),
      }),
    ),
  })
  .openapi('PetitionSubjectList');

/** The public form (no sign-in). */
export const PublicPetitionBody = z
  .object({
    recipientId: Uuid.optional(),
    kind,
    senderName: OptionalName(150),
    senderAddress: OptionalText(300),
    contact: OptionalText(200),
    title: RequiredText(300),
    content: Content,
    subjectText: OptionalText(300),
    /** Left empty by people; filled by naive robots (hidden in the form). */
    website: z.string().max(200).optional(),
  })
  .strict()
  .openapi('PublicPetition');

export const CodeQuery = z.object({
  ma: z.string().trim().min(1, 'Chưa nhập mã tra cứu.').max(40, 'Mã tra cứu không hợp lệ.'),
});

// ── Responses ──

const Day = z.string().openapi({ format: 'date' });
const Instant = z.string().openapi({ format: 'date-time' });

export const PetitionItem = z
  .object({
    id: z.string(),
    trackingCode: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    kind: z.enum(PETITION_KINDS),
    kindLabel: z.string(),
    channel: z.enum(PETITION_CHANNELS),
    channelLabel: z.string(),
    status: z.enum(PETITION_STATUSES),
    statusLabel: z.string(),
    title: z.string(),
    senderName: z.string().nullable(),
    anonymous: z.boolean(),
    subjectName: z.string().nullable(),
    receivedOn: Day,
    acceptedOn: Day.nullable(),
    dueDate: Day.openapi({ description: 'Hạn theo luật của bước đang làm (thụ lý, hoặc giải quyết sau khi thụ lý)' }),
    dueStage: z.enum(['accept', 'settle']),
    deadlineState: z.enum(['ok', 'due_soon', 'overdue', 'closed']),
    deadlineLabel: z.string(),
    workingDaysLeft: z.number().int(),
    withholds: z.boolean().openapi({ description: 'Đang tạm dừng xét khen thưởng đối tượng bị phản ánh' }),
    duplicateOfCode: z.string().nullable(),
    assigneeName: z.string().nullable(),
    closedOn: Day.nullable(),
  })
  .openapi('PetitionItem');

export const PetitionPage = z
  .object({
    items: z.array(PetitionItem),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    counts: z.object({
      open: z.number().int(),
      dueSoon: z.number().int(),
      overdue: z.number().int(),
    }),
  })
  .openapi('PetitionPage');

export const PetitionDetail = PetitionItem.extend({
  senderAddress: z.string().nullable(),
  contact: z.string().nullable(),
  content: z.string(),
  subjectText: z.string().nullable(),
  nomineeId: z.string().nullable(),
  awardRecordId: z.string().nullable(),
  secondRound: z.boolean(),
  complexity: z.enum(COMPLEXITIES),
  complexityLabel: z.string(),
  remote: z.boolean(),
  extensions: z.number().int(),
  assigneeId: z.string().nullable(),
  rejectReason: z.enum(REJECT_REASONS).nullable(),
  rejectReasonLabel: z.string().nullable(),
  answerNo: z.string().nullable(),
  answer: z.string().nullable(),
  /** How the due date is made, with the legal basis (shown to the office, never printed when uncertain). */
  dueBasis: z.array(z.object({ days: z.number().int(), working: z.boolean(), basis: z.string(), mark: z.string() })),
  /** Refusals the law would give now, so the screen can explain a disabled button. */
  acceptBlocked: z.string().nullable(),
  extendBlocked: z.string().nullable(),
  noticeFeedbackId: z.string().nullable(),
  createdAt: Instant,
}).openapi('PetitionDetail');

export const PublicPetitionReceipt = z
  .object({
    trackingCode: z.string(),
    receivedOn: Day,
    recipient: z.string(),
    anonymous: z.boolean(),
    notice: z.string().nullable().openapi({ description: 'Lưu ý theo luật (ví dụ tố cáo nặc danh)' }),
  })
  .openapi('PublicPetitionReceipt');

export const PublicPetitionStatus = z
  .object({
    trackingCode: z.string(),
    kind: z.enum(PETITION_KINDS),
    kindLabel: z.string(),
    status: z.enum(PETITION_STATUSES),
    statusLabel: z.string(),
    title: z.string(),
    recipient: z.string(),
    receivedOn: Day,
    acceptedOn: Day.nullable(),
    dueDate: Day.nullable(),
    closedOn: Day.nullable(),
    answer: z.string().nullable(),
    rejectReason: z.string().nullable(),
  })
  .openapi('PublicPetitionStatus');

export const PublicRecipients = z
  .object({ items: z.array(z.object({ id: z.string(), name: z.string(), tenant: z.string() })) })
  .openapi('PetitionRecipients');
