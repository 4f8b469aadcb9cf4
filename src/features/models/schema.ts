// Zod schemas of the exemplary-models register: requests and responses (issue 12).
import { z } from '@hono/zod-openapi';
import { CEREMONY_KINDS, MODEL_FIELDS, MODEL_KINDS } from '../../domain/models/index.js';
import { IsoDate, NameText, OptionalText, Paging, RequiredText, SafeString, Uuid } from '../../server/schemas.js';

export const MODEL_FIELD_LABELS_VI: Record<string, string> = {
  kind: 'Loại điển hình',
  personId: 'Cá nhân',
  orgId: 'Tập thể',
  householdId: 'Hộ gia đình',
  areaOrgId: 'Địa bàn',
  field: 'Lĩnh vực',
  headline: 'Tóm tắt',
  story: 'Câu chuyện điển hình',
  awardRecordIds: 'Thành tích',
  givenBy: 'Người đồng ý',
  capacity: 'Tư cách người đồng ý',
  givenOn: 'Ngày đồng ý',
  purposes: 'Mục đích đồng ý',
  note: 'Ghi chú',
  heldOn: 'Ngày tổ chức',
  place: 'Địa điểm',
  presentedBy: 'Người trao',
  fostering: 'Kế hoạch bồi dưỡng',
  alt: 'Mô tả ảnh',
  q: 'Tìm kiếm',
  status: 'Trạng thái',
  page: 'Trang',
  pageSize: 'Số dòng mỗi trang',
};

/** Multi-line text: NFC, trimmed, control characters refused; paragraphs kept. */
const LongText = (max: number) =>
  SafeString({ error: 'Không được để trống.' })
    .transform((s) =>
      s
        .normalize('NFC')
        .replace(/\r\n?/g, '\n')
        .replace(/[^\S\n]+/g, ' ')
        .replace(/\n{3,}/g, '\n\n')
        .trim(),
    )
    .pipe(z.string().min(1, 'Không được để trống.').max(max, `Không được dài quá ${max} ký tự.`));

export const Fostering = z
  .object({
    year: z.number().int().min(2000).max(2100),
    criteria: z.array(z.object({ text: RequiredText(300), met: z.boolean().default(false) }).strict()).max(30),
    milestones: z
      .array(z.object({ title: RequiredText(300), dueOn: IsoDate, doneOn: IsoDate.nullable().optional() }).strict())
      .max(30),
  })
  .strict();

export const ModelCreateBody = z
  .object({
    kind: z.enum(MODEL_KINDS, { error: 'Loại điển hình không hợp lệ.' }),
    personId: Uuid.optional(),
    orgId: Uuid.optional(),
    householdId: Uuid.optional(),
    areaOrgId: Uuid,
    field: z.enum(MODEL_FIELDS, { error: 'Lĩnh vực không hợp lệ.' }),
    headline: RequiredText(300),
    story: LongText(20000),
    origin: z.enum(['suggested', 'proposed']).default('proposed'),
    /** Award records to show as achievements; all of the subject's when omitted. */
    awardRecordIds: z.array(Uuid).max(200).optional(),
  })
  .strict()
  .openapi('ModelCreate');

export const ModelUpdateBody = z
  .object({
    areaOrgId: Uuid.optional(),
    field: z.enum(MODEL_FIELDS, { error: 'Lĩnh vực không hợp lệ.' }).optional(),
    headline: RequiredText(300).optional(),
    story: LongText(20000).optional(),
    awardRecordIds: z.array(Uuid).max(200).optional(),
    fostering: Fostering.nullable().optional(),
  })
  .strict()
  .openapi('ModelUpdate');

export const ConsentBody = z
  .object({
    givenBy: NameText(150),
    capacity: RequiredText(150),
    givenOn: IsoDate,
    purposes: RequiredText(1000),
  })
  .strict()
  .openapi('ModelConsentCreate');

export const WithdrawBody = z.object({ note: OptionalText(1000) }).strict();

export const CeremonyBody = z
  .object({
    kind: z.enum(CEREMONY_KINDS, { error: 'Loại buổi lễ không hợp lệ.' }),
    heldOn: IsoDate,
    place: RequiredText(300),
    presentedBy: NameText(200),
    note: OptionalText(2000),
  })
  .strict()
  .openapi('ModelCeremonyCreate');

export const ModelsQuery = z.object({
  q: z.string().trim().max(100).optional(),
  status: z.enum(['draft', 'published']).optional(),
  ...Paging,
});

export const SuggestQuery = z.object({
  orgId: Uuid.optional(),
  minAwards: z.coerce.number().int().min(1).max(20).default(3),
});

const Consent = z.object({
  id: Uuid,
  givenBy: z.string(),
  capacity: z.string(),
  givenOn: z.string(),
  purposes: z.string(),
  recordedAt: z.string(),
  withdrawnAt: z.string().nullable(),
  withdrawNote: z.string().nullable(),
});

const Achievement = z.object({
  awardRecordId: Uuid,
  awardName: z.string(),
  period: z.string(),
  decisionNo: z.string().nullable(),
  decisionDate: z.string().nullable(),
  issuer: z.string().nullable(),
});

export const ModelSummaryOut = z
  .object({
    id: Uuid,
    slug: z.string(),
    kind: z.enum(MODEL_KINDS),
    name: z.string(),
    unitName: z.string().nullable(),
    areaOrgId: Uuid,
    areaName: z.string().nullable(),
    field: z.string(),
    fieldLabel: z.string(),
    headline: z.string(),
    status: z.enum(['draft', 'published']),
    isPublic: z.boolean(),
  })
  .openapi('ModelSummary');

export const ModelListOut = z
  .object({ items: z.array(ModelSummaryOut), total: z.number(), page: z.number(), pageSize: z.number() })
  .openapi('ModelList');

export const ModelOut = ModelSummaryOut.extend({
  personId: Uuid.nullable(),
  orgId: Uuid.nullable(),
  householdId: Uuid.nullable(),
  origin: z.enum(['suggested', 'proposed']),
  story: z.string(),
  publicPath: z.string(),
  publishedAt: z.string().nullable(),
  fostering: Fostering.nullable(),
  consents: z.array(Consent),
  achievements: z.array(Achievement),
  photos: z.array(z.object({ id: Uuid, fileId: Uuid, alt: z.string() })),
  ceremonies: z.array(
    z.object({
      id: Uuid,
      kind: z.enum(CEREMONY_KINDS),
      heldOn: z.string(),
      place: z.string(),
      presentedBy: z.string(),
      note: z.string().nullable(),
      /** Photos of the ceremony, for the officers only (GET /models/{id}/photos/{fileId}). */
      photoFileIds: z.array(Uuid),
    }),
  ),
}).openapi('Model');

export const SuggestionListOut = z
  .object({
    items: z.array(
      z.object({
        kind: z.enum(MODEL_KINDS),
        personId: Uuid.nullable(),
        orgId: Uuid.nullable(),
        householdId: Uuid.nullable(),
        name: z.string(),
        awardCount: z.number(),
        awards: z.array(z.string()),
      }),
    ),
  })
  .openapi('ModelSuggestions');
