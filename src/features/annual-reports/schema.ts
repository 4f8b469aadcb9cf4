// Request and response schemas of the six-month and annual reports (báo cáo sơ kết, tổng kết công
// tác thi đua, khen thưởng).
import { z } from '@hono/zod-openapi';
import { NARRATIVE_MAX, NARRATIVE_SECTIONS, PERIOD_REPORT_KINDS, ROLLUP_KEYS } from '../../domain/reports/annual.js';
import { badCharMessage, findBadChar } from '../../domain/vi-text/index.js';

export const PeriodReportQuery = z.object({
  year: z.coerce
    .number({ message: 'Năm báo cáo phải là một số.' })
    .int('Năm báo cáo phải là số nguyên.')
    .min(2000, 'Năm báo cáo không được trước năm 2000.')
    .max(2100, 'Năm báo cáo không được sau năm 2100.')
    .openapi({ param: { name: 'year', in: 'query' }, example: 2026 }),
  kind: z
    .enum(PERIOD_REPORT_KINDS, { message: 'Loại báo cáo phải là half (sơ kết 6 tháng) hoặc year (tổng kết năm).' })
    .default('year')
    .openapi({ param: { name: 'kind', in: 'query' } }),
  orgId: z
    .string()
    .uuid('Mã cơ quan, đơn vị không hợp lệ.')
    .optional()
    .openapi({ param: { name: 'orgId', in: 'query' } }),
});
export type PeriodReportQuery = z.infer<typeof PeriodReportQuery>;

export const PeriodReportExportQuery = PeriodReportQuery.extend({
  format: z
    .enum(['docx', 'pdf'], { message: 'Định dạng tải về phải là docx hoặc pdf.' })
    .openapi({ param: { name: 'format', in: 'query' } }),
});

const SectionText = (label: string) =>
  z
    .string({ message: `${label}: phải là văn bản.` })
    .max(NARRATIVE_MAX, `${label}: tối đa ${NARRATIVE_MAX.toLocaleString('vi-VN')} ký tự.`)
    .superRefine((s, c) => {
      const bad = findBadChar(s);
      if (bad) c.addIssue({ code: 'custom', message: `${label}: ${badCharMessage(bad)}` });
    })
    .transform((s) => s.normalize('NFC'));

export const NarrativeBody = z
  .object(
    Object.fromEntries(NARRATIVE_SECTIONS.map(([k, label]) => [k, SectionText(label)])) as Record<
      (typeof NARRATIVE_SECTIONS)[number][0],
      ReturnType<typeof SectionText>
    >,
  )
  .strict();

const NarrativeOut = z.object(
  Object.fromEntries(NARRATIVE_SECTIONS.map(([k]) => [k, z.string()])) as Record<
    (typeof NARRATIVE_SECTIONS)[number][0],
    z.ZodString
  >,
);

export const SaveNarrativeBody = z
  .object({
    year: z.number().int().min(2000).max(2100),
    kind: z.enum(PERIOD_REPORT_KINDS),
    orgId: z.string().uuid('Mã cơ quan, đơn vị không hợp lệ.'),
    /** The version the officer edited (0 for a report never saved): a stale save is refused. */
    version: z.number().int().min(0),
    narrative: NarrativeBody,
  })
  .strict();

export const SubmitBody = z
  .object({
    year: z.number().int().min(2000).max(2100),
    kind: z.enum(PERIOD_REPORT_KINDS),
    orgId: z.string().uuid('Mã cơ quan, đơn vị không hợp lệ.'),
  })
  .strict();

const Count = z.number().int();
const Headline = z.object(
  Object.fromEntries(ROLLUP_KEYS.map(([k]) => [k, Count])) as Record<(typeof ROLLUP_KEYS)[number][0], typeof Count>,
);

export const AnnualFiguresSchema = z.object({
  movements: z.object({
    launched: Count,
    regular: Count,
    thematic: Count,
    peak: Count,
    midReviewed: Count,
    finalReviewed: Count,
  }),
  registrations: z.object({ total: Count, individuals: Count, collectives: Count, households: Count, units: Count }),
  awards: z.object({ total: Count, state: Count, province: Count, local: Count, titles: Count, forms: Count }),
  awardLines: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      level: z.enum(['state', 'province', 'local']),
      category: z.enum(['title', 'form']),
      individuals: Count,
      collectives: Count,
      households: Count,
      total: Count,
    }),
  ),
  initiatives: z.object({ total: Count, coSo: Count, tinh: Count, toanQuoc: Count }),
  clusters: z.array(
    z.object({ name: z.string(), members: Count, leaders: z.array(z.string()), ownRank: Count.nullable() }),
  ),
  khenCao: z.object({ sent: Count, awarded: Count, pending: Count }),
  share: z.object({
    individuals: Count,
    previousIndividuals: Count,
    lines: z.array(z.object({ key: z.string(), label: z.string(), current: Count, previous: Count })),
  }),
  /** Inspections, training, conferences and petitions of the period, counted from their records. */
  oversight: z.object({
    inspections: z.object({
      planned: Count,
      conducted: Count,
      concluded: Count,
      recommendations: Count,
      openRecommendations: Count,
    }),
    trainings: z.object({ planned: Count, held: Count, attendees: Count }),
    conferences: z.object({ total: Count, soKet: Count, tongKet: Count, cluster: Count, ceremony: Count }),
    petitions: z.object({ received: Count, settled: Count, notAccepted: Count, pending: Count }),
  }),
});

export const PeriodReport = z
  .object({
    id: z.string().nullable(),
    unit: z.object({ id: z.string(), code: z.string(), name: z.string() }),
    receiver: z.string(),
    /** Whether the receiver is a body in the system (the report can be submitted to it). */
    parentInSystem: z.boolean(),
    year: z.number().int(),
    kind: z.enum(PERIOD_REPORT_KINDS),
    kindLabel: z.string(),
    subject: z.string(),
    period: z.object({ from: z.string(), to: z.string() }),
    status: z.enum(['draft', 'submitted']),
    version: z.number().int(),
    narrative: NarrativeOut,
    sections: z.array(z.object({ key: z.string(), label: z.string() })),
    figures: AnnualFiguresSchema,
    submittedAt: z.string().nullable(),
    updatedAt: z.string().nullable(),
    versions: z.array(z.object({ version: z.number().int(), editedAt: z.string(), editorName: z.string().nullable() })),
    units: z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        name: z.string(),
        status: z.enum(['none', 'draft', 'submitted']),
        submittedAt: z.string().nullable(),
        headline: Headline.nullable(),
      }),
    ),
    rollup: z.object({
      submitted: Count,
      total: Count,
      totals: Headline,
      labels: z.array(z.object({ key: z.string(), label: z.string() })),
    }),
    canEdit: z.boolean(),
  })
  .openapi('PeriodReport');
export type PeriodReport = z.infer<typeof PeriodReport>;

/** The stored reports a reader may see (a plan task's link picker lists them). */
export const StoredReportsQuery = z.object({
  year: z.coerce
    .number({ message: 'Năm báo cáo phải là một số.' })
    .int('Năm báo cáo phải là số nguyên.')
    .min(2000, 'Năm báo cáo không được trước năm 2000.')
    .max(2100, 'Năm báo cáo không được sau năm 2100.')
    .optional()
    .openapi({ param: { name: 'year', in: 'query' } }),
  page: z.coerce
    .number({ message: 'Trang phải là một số.' })
    .int('Trang phải là số nguyên.')
    .min(1, 'Trang bắt đầu từ 1.')
    .max(100000, 'Trang quá lớn.')
    .default(1)
    .openapi({ param: { name: 'page', in: 'query' } }),
  pageSize: z.coerce
    .number({ message: 'Số dòng một trang phải là một số.' })
    .int('Số dòng một trang phải là số nguyên.')
    .min(1, 'Số dòng một trang ít nhất là 1.')
    .max(200, 'Số dòng một trang tối đa 200.')
    .default(50)
    .openapi({ param: { name: 'pageSize', in: 'query' } }),
});

export const StoredReportsPage = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        orgId: z.string(),
        orgName: z.string(),
        year: z.number().int(),
        kind: z.enum(PERIOD_REPORT_KINDS),
        kindLabel: z.string(),
        /** 'Báo cáo tổng kết năm 2026 — Phường Mường Lay' */
        label: z.string(),
        status: z.enum(['draft', 'submitted']),
        statusLabel: z.string(),
        submittedAt: z.string().nullable(),
      }),
    ),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi('StoredPeriodReports');
