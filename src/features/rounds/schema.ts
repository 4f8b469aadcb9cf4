// Boundary schemas of rounds and proposals: what the office and the units send.
import { z } from '@hono/zod-openapi';
import { ROUND_KINDS } from '../../domain/rounds/vocab.js';
import { SUBJECT_KINDS } from '../../domain/registry/vocab.js';
import { IsoDate, RequiredText, Uuid } from '../../server/schemas.js';
import { Period } from '../people/schema.js';

const AwardCode = z.string().trim().regex(/^[A-Z0-9_]{2,20}$/, 'Mã danh hiệu, hình thức không hợp lệ.');
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
    if (v.submitBy < v.opensOn) ctx.addIssue({ code: 'custom', path: ['submitBy'], message: 'Hạn nộp hồ sơ phải từ ngày mở đợt trở đi.' });
    if (v.decisionBy < v.submitBy) ctx.addIssue({ code: 'custom', path: ['decisionBy'], message: 'Ngày dự kiến quyết định phải sau hạn nộp hồ sơ.' });
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

export const ReasonBody = z.object({ reason: RequiredText(1000) }).strict();
export const AcceptBody = z.object({ overrideReason: z.string().max(1000).optional().transform((s) => s?.normalize('NFC').trim() || undefined) }).strict();

/** The administrator confirms an uncertain procedure parameter citing the tenant's own decision. */
export const ProcedureConfirmationBody = z
  .object({
    key: z.string({ error: 'Chưa chọn tham số.' }).trim().min(1, 'Chưa chọn tham số.').max(80, 'Mã tham số quá dài.'),
    value: z.union([z.number({ error: 'Giá trị phải là một số.' }), z.boolean()]).optional(),
    effectiveFrom: IsoDate,
    decision: z
      .object({
        number: z.string({ error: 'Không được để trống.' }).trim().min(3, 'Số, ký hiệu quá ngắn.').max(40, 'Số, ký hiệu quá dài.').regex(/^\d+\/[\p{L}\p{N}./-]+$/u, 'Số, ký hiệu có dạng 15/2025/QĐ-UBND.'),
        date: IsoDate,
        issuer: RequiredText(200),
        title: RequiredText(500),
      })
      .strict(),
    reason: RequiredText(500),
  })
  .strict();

