import { z } from '@hono/zod-openapi';
import { VERDICT_STATUSES } from '../../domain/eligibility/status.js';
import { AWARD_TRACKS, CATALOGUE_AWARD_CODES, SUBJECT_KINDS } from '../../domain/registry/vocab.js';
import { IsoDate, JsonValue, RequiredText, Uuid } from '../../server/schemas.js';
import { ListPage, PageFields } from '../../server/paging.js';
import { Period } from '../people/schema.js';

export const PeriodQuery = z.object({ period: Period.optional(), decisionDate: IsoDate.optional() });

export const BulkQuery = z.object({
  orgId: Uuid,
  award: z.enum(CATALOGUE_AWARD_CODES, { error: 'Danh hiệu, hình thức không hợp lệ.' }),
  period: Period.optional(),
  decisionDate: IsoDate.optional(),
});

export const VerdictOverrideBody = z
  .object({
    subjectKind: z.enum(SUBJECT_KINDS),
    subjectId: Uuid,
    award: z.enum(CATALOGUE_AWARD_CODES),
    period: Period,
    eligible: z.boolean(),
    reason: RequiredText(1000).pipe(z.string().min(10, 'Lý do phải nêu rõ căn cứ (ít nhất 10 ký tự).')),
  })
  .strict();

export const RuleOverrideBody = z
  .object({
    key: z.string().trim().min(1, 'Chưa chọn tham số.').max(300),
    value: z.union([
      z.number(),
      z.string(),
      z.boolean(),
      z.null(),
      z.array(z.object({ from: IsoDate, value: z.number() }).strict()),
    ]),
    effectiveFrom: IsoDate,
    effectiveTo: IsoDate.nullable().optional(),
    citation: z.string().trim().max(300).optional(),
    note: z.string().trim().max(1000).optional(),
    reason: RequiredText(1000),
  })
  .strict();

// ── Responses ──────────────────────────────────────────────────────────────────────────────

const Award = z.enum(CATALOGUE_AWARD_CODES);
const Status = z.enum(VERDICT_STATUSES);
const MARKS = ['V', 'R', 'U'] as const;
const Mark = z
  .enum(MARKS)
  .openapi({ description: 'V: đã kiểm chứng; R: cần xem lại; U: chưa chắc chắn (chỉ quản trị viên thấy)' });
const CRITERION_KINDS = [
  'rating',
  'rating_streak',
  'title_held',
  'title_streak',
  'title_repeat',
  'initiatives',
  'no_discipline_ever',
  'window_after',
  'members_count',
  'members_share',
  'members_clean',
  'judgement',
  'all_of',
  'any_of',
] as const;

/** An administrator's decision on a verdict, which the engine's result shows beside it. */
const OverrideOut = z
  .object({
    eligible: z.boolean(),
    reason: z.string(),
    by: Uuid,
    byName: z.string(),
    at: z.string().openapi({ format: 'date-time' }),
  })
  .nullable();

const VerdictOutput = z.object({
  period: z.string(),
  eligible: z.boolean(),
  withheld: z.boolean(),
  criteria: z.array(z.object({ id: z.string(), met: z.boolean().nullable(), basis: z.string(), message: z.string() })),
  award: Award,
  bonus: z.object({
    multiplier: z.number().nullable(),
    baseSalary: z.number(),
    amount: z.number().nullable(),
    amountInWords: z.string(),
    note: z.string().optional(),
  }),
});

const verdictFields = {
  award: Award,
  name: z.string(),
  output: VerdictOutput,
  status: Status,
  statusText: z.string(),
  conditions: z.array(
    z.object({
      kind: z.enum(['title', 'members']),
      award: z.string(),
      period: z.string(),
      count: z.number().int().optional(),
      text: z.string(),
    }),
  ),
  dataFailed: z.boolean().openapi({ description: 'Thiếu dữ liệu để xét' }),
  override: OverrideOut,
};

export const PersonVerdictsOut = z
  .object({
    period: z.string(),
    decisionDate: z.string(),
    rules: z.object({ id: z.string(), name: z.string() }),
    items: z.array(z.object(verdictFields)),
  })
  .openapi('PersonVerdicts');

export const OrganisationVerdictsOut = z
  .object({
    period: z.string(),
    decisionDate: z.string(),
    members: z
      .object({
        total: z.number().int(),
        completedTasks: z.number().int(),
        ldtt: z.number().int(),
        cstdcs: z.number().int(),
        disciplined: z.object({ canh_cao_or_above: z.number().int(), any: z.number().int() }),
      })
      .nullable(),
    rules: z.object({ id: z.string(), name: z.string() }),
    items: z.array(z.object(verdictFields)),
  })
  .openapi('OrganisationVerdicts');

const BulkRow = z.object({
  personId: Uuid,
  fullName: z.string(),
  orgName: z.string().nullable(),
  position: z.string().nullable(),
  eligible: z.boolean(),
  withheld: z.boolean(),
  status: Status,
  statusText: z.string(),
  failed: z.array(z.object({ id: z.string(), message: z.string() })),
  judgement: z.number().int().openapi({ description: 'Số tiêu chí cần cấp có thẩm quyền đánh giá' }),
  amount: z.number().nullable(),
  override: OverrideOut,
});

export const BulkCheckOut = z
  .object({
    period: z.string(),
    decisionDate: z.string(),
    award: Award,
    awardName: z.string(),
    checked: z.number().int(),
    withheld: z.number().int(),
    alreadyAwarded: z.number().int(),
    eligible: z.array(BulkRow),
    judgementOnly: z.array(BulkRow),
    oneShort: z.array(BulkRow),
  })
  .openapi('BulkCheck');

/** Starting a bulk check as a job: the same fields as the one-answer check. */
export const BulkJobBody = BulkQuery.strict().openapi('BulkCheckJobStart');

export const BulkJobStartOut = z.object({
  id: Uuid,
  total: z.number().int().openapi({ description: 'Số cá nhân sẽ xét' }),
});

const BULK_GROUP_VALUES = ['eligible', 'judgementOnly', 'oneShort'] as const;

export const BulkJobOut = z
  .object({
    id: Uuid,
    status: z.enum(['running', 'done', 'failed']),
    processed: z.number().int().openapi({ description: 'Số cá nhân đã xét' }),
    total: z.number().int(),
    writingFile: z.boolean().openapi({ description: 'Đã xét xong, đang ghi tệp Excel' }),
    orgId: Uuid,
    award: Award,
    awardName: z.string(),
    period: z.string(),
    decisionDate: z.string(),
    checked: z.number().int(),
    withheld: z.number().int(),
    alreadyAwarded: z.number().int(),
    counts: z.object({ eligible: z.number().int(), judgementOnly: z.number().int(), oneShort: z.number().int() }),
    fileName: z.string().nullable(),
    expired: z
      .boolean()
      .openapi({ description: 'Kết quả đã hết hạn lưu: danh sách chi tiết và tệp Excel đã được xóa, còn bản tóm tắt' }),
    error: z.string().nullable(),
    createdAt: z.string().openapi({ format: 'date-time' }),
    finishedAt: z.string().openapi({ format: 'date-time' }).nullable(),
  })
  .openapi('BulkCheckJob');

export const BulkRowsQuery = ListPage.extend({
  group: z
    .enum(BULK_GROUP_VALUES, { error: 'Nhóm kết quả phải là eligible, judgementOnly hoặc oneShort.' })
    .openapi({ param: { name: 'group', in: 'query' } }),
});

export const BulkRowsOut = z
  .object({
    items: z.array(BulkRow.extend({ stt: z.number().int().openapi({ description: 'Số thứ tự trong nhóm' }) })),
    ...PageFields,
  })
  .openapi('BulkCheckRows');

export const JobParam = z.object({ jobId: Uuid.openapi({ param: { name: 'jobId', in: 'path' } }) });

export const CreatedOut = z.object({ id: Uuid });

export const TenantProvinceOut = z.object({ provinceCode: z.string().nullable() });

const ProvinceCoverage = z.enum(['national', 'provincial']);

/** The catalogue in force on a date: rule sets, awards and their criteria, parameters, overrides. */
export const CatalogueOut = z
  .object({
    date: z.string(),
    province: z.string().nullable(),
    provinces: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        provinceName: z.string(),
        citation: z.string(),
        effectiveFrom: z.string(),
        coverage: ProvinceCoverage,
        notice: z.string(),
        checkedOn: z.string().optional(),
        sources: z
          .array(
            z.object({
              number: z.string(),
              issuer: z.string(),
              title: z.string(),
              issuedOn: z.string(),
              effectiveFrom: z.string().nullable(),
              url: z.string(),
              read: z.enum(['full', 'opening']),
              status: z.enum(['current', 'old_law', 'procedures']),
              note: z.string(),
            }),
          )
          .optional()
          .openapi({ description: 'Văn bản nguồn, chỉ cho người quản lý danh mục' }),
      }),
    ),
    rules: z.object({
      id: z.string(),
      name: z.string(),
      citations: z.array(z.string()),
      appliedOverrides: z.array(z.string()),
      province: z
        .object({
          code: z.string(),
          setId: z.string(),
          name: z.string(),
          coverage: ProvinceCoverage,
          notice: z.string(),
        })
        .nullable(),
    }),
    ruleSets: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        citation: z.string(),
        scope: z.string(),
        effectiveFrom: z.string(),
        effectiveTo: z.string().nullable(),
      }),
    ),
    awards: z.array(
      z.object({
        code: Award,
        name: z.string(),
        category: z.enum(['title', 'form']),
        rank: z.number().nullable(),
        track: z.enum(AWARD_TRACKS),
        subjectKinds: z.array(z.enum(SUBJECT_KINDS)),
        periodTypes: z.array(z.enum(['calendar', 'school', 'ad_hoc'])),
        decidedBy: z.string(),
        decidedByBasis: z.string(),
        multipliers: z.partialRecord(z.enum(SUBJECT_KINDS), z.number()),
        bonusBasis: z.string(),
        bonusMarks: z.partialRecord(z.enum(SUBJECT_KINDS), Mark),
        bonusNote: z.string().nullable(),
        bonusUndetermined: z.string().nullable(),
        contract: z.boolean().openapi({ description: 'Thuộc hợp đồng giao tiếp của bộ máy xét' }),
        criteria: z.array(
          z.object({ id: z.string(), label: z.string(), basis: z.string(), mark: Mark, kind: z.enum(CRITERION_KINDS) }),
        ),
      }),
    ),
    baseSalary: z.array(z.object({ from: z.string(), value: z.number(), citation: z.string(), mark: Mark })),
    params: z.array(
      z.object({
        key: z.string(),
        value: JsonValue.openapi({ description: 'Giá trị theo kiểu (type) của tham số' }),
        type: z.enum(['number', 'integer', 'boolean', 'code', 'enum', 'dated-table', 'discipline-form', 'month-day']),
        options: z.array(z.string()).readonly().optional(),
        label: z.string(),
        basis: z.string().optional(),
        mark: Mark.optional(),
        min: z.number().optional(),
        max: z.number().optional(),
      }),
    ),
    overrides: z.array(
      z.object({
        id: Uuid,
        key: z.string(),
        value: JsonValue,
        effectiveFrom: z.string(),
        effectiveTo: z.string().nullable(),
        citation: z.string().nullable(),
        note: z.string().nullable(),
        reason: z.string(),
        createdBy: Uuid,
        createdByName: z.string(),
        createdAt: z.string().openapi({ format: 'date-time' }),
      }),
    ),
  })
  .openapi('Catalogue');
