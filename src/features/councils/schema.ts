// Boundary schemas of councils, meetings and the secret ballot (Zod, Vietnamese messages).
import { z } from '@hono/zod-openapi';
import { BALLOT_CHOICES, COUNCIL_ROLES } from '../../domain/rounds/vocab.js';
import { IsoDate, NameText, OptionalText, RequiredText, Uuid } from '../../server/schemas.js';

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

function checkCouncil(v: { termFrom?: string; termTo?: string | null; members?: { userId: string; role: string }[] }, ctx: z.RefinementCtx) {
  if (v.termFrom && v.termTo && v.termTo < v.termFrom) ctx.addIssue({ code: 'custom', path: ['termTo'], message: 'Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu.' });
  if (!v.members) return;
  const seen = new Set<string>();
  v.members.forEach((m, i) => {
    if (seen.has(m.userId)) ctx.addIssue({ code: 'custom', path: ['members', i, 'userId'], message: 'Thành viên này đã có trong danh sách.' });
    seen.add(m.userId);
  });
  const chairs = v.members.filter((m) => m.role === 'chair').length;
  if (chairs > 1) ctx.addIssue({ code: 'custom', path: ['members'], message: 'Hội đồng chỉ có một Chủ tịch.' });
}

export const CouncilCreateBody = z.object({ orgId: Uuid, ...councilFields }).strict().superRefine(checkCouncil).openapi('CouncilCreate');

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
    choices: z.array(z.object({ nomineeId: Uuid, choice: z.enum(BALLOT_CHOICES, { error: 'Chưa chọn Đồng ý, Không đồng ý hoặc Không biểu quyết.' }) }).strict()).max(500),
    recusals: z.array(RecusalBody).max(500).default([]),
  })
  .strict()
  .openapi('BallotCast');

export const ReceiptBody = z.object({ code: z.string().trim().min(1, 'Chưa nhập mã xác nhận phiếu.').max(40, 'Mã xác nhận phiếu không hợp lệ.') }).strict();
