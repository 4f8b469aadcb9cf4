// Boundary schemas of councils, meetings and the secret ballot (Zod, Vietnamese messages).
import { z } from '@hono/zod-openapi';
import {
  BALLOT_CHOICES,
  COUNCIL_ROLES,
  MEETING_STATUSES,
  NOMINEE_STATUSES,
  ROUND_STATUSES,
} from '../../domain/rounds/vocab.js';
import { VERDICT_STATUSES } from '../../domain/eligibility/status.js';
import { IsoDate, NameText, OptionalText, RequiredText, Uuid } from '../../server/schemas.js';
import { ListPage, MAX_PAGE_SIZE, PageFields, SearchText, sortParam } from '../../server/paging.js';

/** Labels of this feature's fields, for validation messages ("Ngày họp: …"). */
export const COUNCIL_FIELD_LABELS: Record<string, string> = {
  name: 'Tên Hội đồng',
  orgId: 'Cơ quan, đơn vị',
  termFrom: 'Nhiệm kỳ từ ngày',
  termTo: 'Nhiệm kỳ đến ngày',
  members: 'Thành viên',
  userId: 'Tài khoản thành viên',
  role: 'Vai trò trong Hội đồng',
  fullName: 'Họ và tên',
  position: 'Chức vụ',
  roundId: 'Đợt xét khen thưởng',
  councilId: 'Hội đồng',
  heldOn: 'Ngày họp',
  place: 'Địa điểm',
  present: 'Thành viên có mặt',
  choices: 'Phiếu bầu',
  choice: 'Lựa chọn',
  recusals: 'Không tham gia biểu quyết',
  nomineeId: 'Người được đề nghị',
  reason: 'Lý do',
  code: 'Mã xác nhận phiếu',
};

const Member = z
  .object({
    userId: Uuid,
    role: z.enum(COUNCIL_ROLES, { error: 'Vai trò trong Hội đồng không hợp lệ.' }),
    fullName: NameText(150),
    position: OptionalText(200).transform((s) => s ?? ''),
  })
  .strict();

const councilFields = {
  name: NameText(300),
  termFrom: IsoDate,
  termTo: IsoDate.nullable().optional(),
  members: z.array(Member).max(60, 'Hội đồng có tối đa 60 thành viên.'),
};

function checkCouncil(
  v: { termFrom?: string; termTo?: string | null; members?: { userId: string; role: string }[] },
  ctx: z.RefinementCtx,
) {
  if (v.termFrom && v.termTo && v.termTo < v.termFrom)
    ctx.addIssue({ code: 'custom', path: ['termTo'], message: 'Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu.' });
  if (!v.members) return;
  const seen = new Set<string>();
  v.members.forEach((m, i) => {
    if (seen.has(m.userId))
      ctx.addIssue({
        code: 'custom',
        path: ['members', i, 'userId'],
        message: 'Thành viên này đã có trong danh sách.',
      });
    seen.add(m.userId);
  });
  const chairs = v.members.filter((m) => m.role === 'chair').length;
  if (chairs > 1) ctx.addIssue({ code: 'custom', path: ['members'], message: 'Hội đồng chỉ có một Chủ tịch.' });
}

export const CouncilCreateBody = z
  .object({ orgId: Uuid, ...councilFields })
  .strict()
  .superRefine(checkCouncil)
  .openapi('CouncilCreate');

export const CouncilUpdateBody = z
  .object({
    name: councilFields.name.optional(),
    termFrom: IsoDate.optional(),
    termTo: councilFields.termTo,
    members: councilFields.members.optional(),
    reason: OptionalText(500),
  })
  .strict()
  .superRefine(checkCouncil)
  .openapi('CouncilUpdate');

export const MeetingCreateBody = z
  .object({
    roundId: Uuid,
    councilId: Uuid,
    heldOn: IsoDate,
    /** Start time (Vietnam time): voting cannot open before it. */
    startsAt: z
      .string({ error: 'Giờ họp phải có dạng HH:MM.' })
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/u, 'Giờ họp phải có dạng HH:MM, ví dụ 08:00.')
      .optional(),
    place: RequiredText(300),
  })
  .strict()
  .openapi('MeetingCreate');

export const AttendanceBody = z.object({ present: z.array(Uuid).max(60) }).strict();

export const RecusalBody = z.object({ nomineeId: Uuid, reason: RequiredText(500) }).strict();

export const CastBody = z
  .object({
    choices: z
      .array(
        z
          .object({
            nomineeId: Uuid,
            choice: z.enum(BALLOT_CHOICES, { error: 'Chưa chọn Đồng ý, Không đồng ý hoặc Không biểu quyết.' }),
          })
          .strict(),
      )
      .max(500),
    recusals: z.array(RecusalBody).max(500).default([]),
  })
  .strict()
  .openapi('BallotCast');

export const ReceiptBody = z
  .object({ code: z.string().trim().min(1, 'Chưa nhập mã xác nhận phiếu.').max(40, 'Mã xác nhận phiếu không hợp lệ.') })
  .strict();

// ── Responses ──

/** A calendar day as ISO 'YYYY-MM-DD'. */
const Day = z.string().openapi({ format: 'date' });
/** An instant as ISO 8601 with time. */
const Instant = z.string().openapi({ format: 'date-time' });
const Count = z.number().int();

export const CouncilOut = z
  .object({
    id: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    name: z.string(),
    termFrom: Day,
    termTo: Day.nullable(),
    meetingCount: Count,
    members: z.array(
      z.object({
        userId: z.string(),
        role: z.enum(COUNCIL_ROLES),
        roleLabel: z.string(),
        fullName: z.string(),
        position: z.string(),
      }),
    ),
  })
  .openapi('Council');

export const CouncilListQuery = ListPage.extend({
  orgId: Uuid.optional().openapi({ param: { name: 'orgId', in: 'query' } }),
  q: SearchText.openapi({ description: 'Tên Hội đồng (không cần dấu)' }),
  /** Latest term first (default), or by name. */
  sort: sortParam(['newest', 'name'] as const),
});
export type CouncilListQuery = z.output<typeof CouncilListQuery>;

export const CouncilListOut = z.object({ ...PageFields, items: z.array(CouncilOut) }).openapi('CouncilList');

export const MeetingListQuery = ListPage.extend({
  roundId: Uuid.optional().openapi({ param: { name: 'roundId', in: 'query' } }),
  status: z
    .enum(MEETING_STATUSES, { message: 'Trạng thái phiên họp không hợp lệ.' })
    .optional()
    .openapi({ param: { name: 'status', in: 'query' } }),
  q: SearchText.openapi({ description: 'Tên đợt xét hoặc Hội đồng (không cần dấu)' }),
  /** Latest meeting first (default) or earliest first. */
  sort: sortParam(['newest', 'oldest'] as const),
});
export type MeetingListQuery = z.output<typeof MeetingListQuery>;

export const MeetingRoundsQuery = ListPage.extend({
  q: SearchText.openapi({ description: 'Tên đợt xét (không cần dấu)' }),
});
export type MeetingRoundsQuery = z.output<typeof MeetingRoundsQuery>;

export const MyMeetingsQuery = ListPage;
export type MyMeetingsQuery = z.output<typeof MyMeetingsQuery>;

/**
 * The accounts that may sit on a council of `orgId`, a page at a time: by default one page of the
 * largest size, which holds every account of a commune or ward; a province searches with `q`.
 */
export const CouncilCandidateQuery = ListPage.extend({
  orgId: Uuid,
  q: SearchText.openapi({ description: 'Tên hoặc tên đăng nhập (không cần dấu)' }),
  pageSize: ListPage.shape.pageSize
    .unwrap()
    .default(MAX_PAGE_SIZE)
    .openapi({ param: { name: 'pageSize', in: 'query' } }),
});
export type CouncilCandidateQuery = z.output<typeof CouncilCandidateQuery>;

export const CouncilCandidatesOut = z
  .object({
    ...PageFields,
    items: z.array(
      z.object({
        userId: z.string(),
        username: z.string(),
        fullName: z.string(),
        position: z.string(),
        roles: z.array(z.string()).openapi({ description: 'Vai trò của tài khoản (nhãn tiếng Việt)' }),
        canBallot: z.boolean().openapi({ description: 'Vai trò cho phép bỏ phiếu' }),
      }),
    ),
  })
  .openapi('CouncilCandidates');

export const MeetingListOut = z
  .object({
    ...PageFields,
    items: z.array(
      z.object({
        id: z.string(),
        roundId: z.string(),
        roundName: z.string(),
        councilId: z.string(),
        councilName: z.string(),
        heldOn: Day,
        place: z.string(),
        status: z.enum(MEETING_STATUSES),
        statusLabel: z.string(),
        itemCount: Count,
      }),
    ),
  })
  .openapi('MeetingList');

export const MeetingRoundsOut = z
  .object({
    ...PageFields,
    items: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        orgId: z.string(),
        period: z.string(),
        status: z.enum(ROUND_STATUSES),
        waiting: Count.openapi({ description: 'Số đề nghị đã thẩm định chưa đưa ra phiên họp nào' }),
      }),
    ),
  })
  .openapi('MeetingRounds');

export const MyMeetingsOut = z
  .object({
    ...PageFields,
    items: z.array(
      z.object({
        id: z.string(),
        councilName: z.string(),
        roundName: z.string(),
        heldOn: Day,
        place: z.string(),
        status: z.enum(MEETING_STATUSES),
        statusLabel: z.string(),
        present: z.boolean(),
        hasVoted: z.boolean(),
        canVote: z.boolean(),
      }),
    ),
  })
  .openapi('MyMeetings');

/** A printed legal basis: null when doubtful (doubts stay on the administrator's screens). */
const PrintedBasis = {
  basis: z.string().nullable(),
  confirmed: z.boolean(),
};

export const MeetingOut = z
  .object({
    id: z.string(),
    roundId: z.string(),
    roundName: z.string(),
    roundOrgId: z.string(),
    council: z.object({ id: z.string(), name: z.string() }),
    heldOn: Day,
    startsAt: z.string().nullable().openapi({ description: 'Giờ họp HH:MM' }),
    place: z.string(),
    status: z.enum(MEETING_STATUSES),
    statusLabel: z.string(),
    openedAt: Instant.nullable(),
    closedAt: Instant.nullable(),
    attendanceRecorded: z.boolean(),
    members: z.array(
      z.object({
        userId: z.string(),
        fullName: z.string(),
        position: z.string(),
        role: z.enum(COUNCIL_ROLES),
        roleLabel: z.string(),
        present: z.boolean(),
      }),
    ),
    memberCount: Count,
    presentCount: Count,
    quorum: z.object({ met: z.boolean(), required: Count, text: z.string(), ...PrintedBasis }),
    ballotsCast: Count,
    ballotBoxLost: z.boolean(),
    items: z.array(
      z.object({
        nomineeId: z.string(),
        ordinal: Count,
        displayName: z.string(),
        positionText: z.string().nullable(),
        unitName: z.string(),
        awardCode: z.string(),
        awardName: z.string(),
        nomineeStatus: z.enum(NOMINEE_STATUSES),
        nomineeStatusLabel: z.string(),
        achievement: z.string(),
        verdict: z
          .object({
            eligible: z.boolean(),
            withheld: z.boolean(),
            status: z.enum(VERDICT_STATUSES).nullable(),
            statusText: z.string().nullable(),
            dataFailed: z.boolean(),
            criteria: z.array(z.object({ met: z.boolean().nullable(), message: z.string() })),
            overrideReason: z.string().nullable(),
          })
          .nullable(),
        threshold: z.object({
          share: z.number(),
          of: z.enum(['all', 'present']),
          strict: z.boolean(),
          text: z.string(),
          ...PrintedBasis,
        }),
        recusals: z.array(z.object({ fullName: z.string(), reason: z.string() })),
        recusedCount: Count,
        yes: Count.nullable(),
        no: Count.nullable(),
        abstain: Count.nullable(),
        passed: z.boolean().nullable(),
        resultText: z.string().nullable(),
        required: Count.nullable(),
      }),
    ),
    notice: z.object({ id: z.string(), slug: z.string() }).nullable(),
    noticeRule: z.object({ minDays: Count, working: z.boolean() }),
    viewer: z.object({
      office: z.boolean(),
      member: z.boolean(),
      present: z.boolean(),
      hasVoted: z.boolean(),
      myRecusals: z.array(z.string()),
    }),
  })
  .openapi('Meeting');

export const CastOut = z.object({ receiptCode: z.string(), items: Count });

export const ReceiptOut = z
  .object({
    found: z.boolean(),
    items: z.array(
      z.object({ ordinal: Count, displayName: z.string(), choice: z.enum(BALLOT_CHOICES), choiceLabel: z.string() }),
    ),
  })
  .openapi('BallotReceipt');
