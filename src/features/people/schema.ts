import { z } from '@hono/zod-openapi';
import {
  AWARD_TRACKS,
  DISCIPLINE_FORMS,
  EDUCATION_LEVELS,
  GENDERS,
  INITIATIVE_SCOPES,
  PERSON_CATEGORIES,
  RATINGS,
} from '../../domain/registry/vocab.js';
import { validateCccd } from '../../domain/vi-text/index.js';
import { IsoDate, NameText, OptionalText, Paging, RequiredText, Uuid } from '../../server/schemas.js';

export const Period = z
  .string()
  .trim()
  .regex(/^(\d{4})(-(\d{4}))?$/, 'Năm xét phải có dạng 2026 hoặc 2025-2026.')
  .refine((p) => {
    const m = /^(\d{4})-(\d{4})$/.exec(p);
    return !m || Number(m[2]) === Number(m[1]) + 1;
  }, 'Năm học phải gồm hai năm liền nhau, ví dụ 2025-2026.');

const Cccd = z
  .string()
  .trim()
  .nullable()
  .optional()
  .transform((s) => (s ? s.replace(/\s+/g, '') : null))
  .superRefine((s, ctx) => {
    // The format is checked on its own, so it is reported even when other fields are wrong.
    if (!s) return;
    const r = validateCccd(s);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message });
  });

const personFields = {
  fullName: NameText(150),
  gender: z.enum(GENDERS, { error: 'Giới tính phải là Nam hoặc Nữ.' }),
  birthDate: IsoDate.nullable().optional(),
  cccd: Cccd,
  position: OptionalText(200),
  isManager: z.boolean().default(false),
  category: z.enum(PERSON_CATEGORIES, { error: 'Đối tượng không hợp lệ.' }),
  hometown: OptionalText(300),
  educationLevel: z
    .enum(EDUCATION_LEVELS, {
      error: 'Trình độ đào tạo phải là Sơ cấp, Trung cấp, Cao đẳng, Đại học hoặc Trên đại học.',
    })
    .nullable()
    .optional(),
  phone: OptionalText(30),
  email: OptionalText(200).pipe(z.email('Thư điện tử không hợp lệ.').nullable()),
};

/** CCCD must match the gender and birth year it encodes. */
function checkCccd(
  v: { cccd?: string | null; gender?: 'male' | 'female'; birthDate?: string | null },
  ctx: z.RefinementCtx,
) {
  if (!v.cccd || !validateCccd(v.cccd).ok) return;
  const r = validateCccd(v.cccd, { gender: v.gender, birthDate: v.birthDate ?? undefined });
  if (!r.ok) ctx.addIssue({ code: 'custom', path: ['cccd'], message: r.message });
}

export const PersonCreateBody = z
  .object({ ...personFields, orgId: Uuid, joinedOn: IsoDate.optional() })
  .strict()
  .superRefine(checkCccd)
  .openapi('PersonCreate');

export const PersonUpdateBody = z
  .object({
    fullName: personFields.fullName.optional(),
    gender: personFields.gender.optional(),
    // Left out means unchanged; null or "" clears (the optional fields alone would turn a
    // missing field into null, so a partial update erased the CCCD or the phone number).
    birthDate: personFields.birthDate.optional(),
    cccd: personFields.cccd.optional(),
    position: personFields.position.optional(),
    isManager: z.boolean().optional(),
    category: personFields.category.optional(),
    hometown: personFields.hometown.optional(),
    educationLevel: personFields.educationLevel.optional(),
    phone: personFields.phone.optional(),
    email: personFields.email.optional(),
    reason: OptionalText(500),
  })
  .strict()
  .openapi('PersonUpdate');

export const PersonMoveBody = z
  .object({ orgId: Uuid, fromDate: IsoDate, position: OptionalText(200), reason: OptionalText(500) })
  .strict();

export const PeopleQuery = z.object({
  q: z.string().trim().max(100).optional(),
  orgId: Uuid.optional(),
  category: z.enum(PERSON_CATEGORIES).optional(),
  gender: z.enum(GENDERS).optional(),
  isManager: z.enum(['true', 'false']).optional(),
  ...Paging,
});

export const PersonOut = z
  .object({
    id: Uuid,
    fullName: z.string(),
    gender: z.enum(GENDERS),
    birthDate: z.string().nullable(),
    cccd: z.string().nullable(),
    position: z.string().nullable(),
    isManager: z.boolean(),
    category: z.enum(PERSON_CATEGORIES),
    hometown: z.string().nullable(),
    educationLevel: z.enum(EDUCATION_LEVELS).nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    orgId: Uuid.nullable(),
    orgName: z.string().nullable(),
  })
  .openapi('Person');

export const AwardRecordBody = z
  .object({
    awardCode: z.string().trim().min(1, 'Chưa chọn danh hiệu, hình thức.').max(40),
    period: Period,
    track: z.enum(AWARD_TRACKS).default('cong_trang'),
    decisionNo: OptionalText(100),
    decisionDate: IsoDate.nullable().optional(),
    issuer: OptionalText(200),
    note: OptionalText(500),
  })
  .strict();

export const RatingBody = z
  .object({
    period: Period,
    rating: z.enum(RATINGS, { error: 'Mức xếp loại không hợp lệ.' }),
    /** Required when the period overlaps a rating of the other kind (a calendar year and a school year). */
    reason: OptionalText(500),
  })
  .strict();

export const InitiativeBody = z
  .object({
    title: RequiredText(500),
    recognizedOn: IsoDate,
    scope: z.enum(INITIATIVE_SCOPES),
    decisionNo: OptionalText(100),
  })
  .strict();

export const DisciplineBody = z
  .object({
    form: z.enum(DISCIPLINE_FORMS),
    fromDate: IsoDate,
    toDate: IsoDate,
    decisionNo: OptionalText(100),
    reason: OptionalText(500),
  })
  .strict()
  .refine((d) => d.toDate >= d.fromDate, { path: ['toDate'], message: 'Ngày kết thúc phải sau ngày bắt đầu.' });

// ── Responses ──────────────────────────────────────────────────────────────────────────────

export const TIMELINE_KINDS = ['award', 'rating', 'initiative', 'discipline', 'pending', 'membership'] as const;

/** A person's page: the record, where they worked, their households and their whole history. */
export const PersonDetailOut = z
  .object({
    person: PersonOut,
    memberships: z.array(
      z.object({
        id: Uuid,
        orgId: Uuid,
        orgName: z.string(),
        fromDate: z.string(),
        toDate: z.string().nullable(),
        position: z.string().nullable(),
      }),
    ),
    households: z.array(z.object({ id: Uuid, address: z.string() })),
    timeline: z.array(
      z.object({
        kind: z.enum(TIMELINE_KINDS),
        date: z.string(),
        period: z.string().nullable(),
        title: z.string(),
        detail: z.string(),
        id: z.string(),
      }),
    ),
  })
  .openapi('PersonDetail');
