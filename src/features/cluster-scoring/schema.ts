// Boundary schemas of a cluster's covenant and scoring.
import { z } from '@hono/zod-openapi';
import { CLUSTER_KINDS, CLUSTER_ROLES } from '../../domain/registry/vocab.js';
import { IsoDate, RequiredText, Uuid } from '../../server/schemas.js';

const Text = (max: number) =>
  z
    .string()
    .max(max, `Không được dài quá ${max} ký tự.`)
    .transform((s) => s.normalize('NFC').trim());

export const YearParam = z.object({
  id: Uuid.openapi({ param: { name: 'id', in: 'path' } }),
  year: z.coerce
    .number()
    .int()
    .min(2000, 'Năm không hợp lệ.')
    .max(2100, 'Năm không hợp lệ.')
    .openapi({ param: { name: 'year', in: 'path' } }),
});

export const CovenantBody = z
  .object({
    targets: z
      .array(
        z.object({
          group: RequiredText(300),
          items: z.array(RequiredText(1000)).min(1, 'Mỗi nhóm cần ít nhất một chỉ tiêu.'),
        }),
      )
      .min(1, 'Cần ít nhất một nhóm chỉ tiêu.'),
    implementation: z.array(Text(2000)).default([]),
    bases: z.array(Text(1000)).default([]),
  })
  .strict();

export const SignBody = z
  .object({ orgId: Uuid, signerName: RequiredText(150), position: RequiredText(200), signedOn: IsoDate })
  .strict();

// A criteria tree of up to three levels (group, sub-group, item), spelled out rather than
// recursive so that the OpenAPI document can describe it.
const criterionFields = {
  id: z.string().trim().min(1, 'Thiếu mã tiêu chí.').max(20),
  label: Text(500),
  maxPoints: z.number({ error: 'Điểm tối đa phải là một số.' }).min(0, 'Điểm tối đa không được âm.').max(1000),
  kind: z.enum(['normal', 'bonus', 'penalty']).optional(),
};
const Leaf = z.strictObject(criterionFields, { error: 'Thang điểm có tối đa ba cấp tiêu chí.' });
const Group = z.object({ ...criterionFields, children: z.array(Leaf).optional() });
const Criterion = z.object({ ...criterionFields, children: z.array(Group).optional() });

export const TableBody = z
  .object({
    table: z.object({
      criteria: z.array(Criterion).min(1, 'Bảng điểm cần ít nhất một tiêu chí.'),
      expectedTotal: z.number().min(0).max(1000).optional(),
    }),
    tieBreaks: z
      .array(
        z.union([
          z.object({ kind: z.literal('criterion'), id: z.string() }),
          z.object({ kind: z.literal('fewer_penalty') }),
          z.object({ kind: z.literal('more_bonus') }),
        ]),
      )
      .default([]),
  })
  .strict();

export const SheetBody = z
  .object({
    orgId: Uuid,
    entries: z.record(z.string(), z.number({ error: 'Điểm phải là một số.' }).nullable()),
    evidence: z.record(z.string(), Text(2000)).default({}),
  })
  .strict();

export const SubmitSheetBody = z.object({ orgId: Uuid }).strict();

export const ReviewBody = z
  .object({
    orgId: Uuid,
    criterionId: z.string().min(1),
    points: z.number({ error: 'Điểm phải là một số.' }),
    reason: RequiredText(1000),
  })
  .strict();

export const PublishBody = z
  .object({
    /** Second step: the total the officer saw in the preview, typed back as confirmation. */
    confirm: z.literal(true, { error: 'Cần xác nhận công bố kết quả.' }),
    previewHash: z.string().min(8),
  })
  .strict();

export const HandOverBody = z.object({ leaderOrgId: Uuid, deputyOrgId: Uuid }).strict();

// ── Responses ──────────────────────────────────────────────────────────────────────────────

const Problem = z.object({ id: z.string().nullable(), message: z.string() });
const leafOut = {
  id: z.string(),
  label: z.string(),
  maxPoints: z.number(),
  kind: z.enum(['normal', 'bonus', 'penalty']).optional(),
};
const LeafOut = z.object(leafOut);
const GroupOut = z.object({ ...leafOut, children: z.array(LeafOut).optional() });
const CriterionOut = z.object({ ...leafOut, children: z.array(GroupOut).optional() });
/** A scoring table as saved (TableBody): criteria in up to three levels. */
export const ScoreTableOut = z.object({ criteria: z.array(CriterionOut), expectedTotal: z.number().optional() });

export const RankingRowOut = z.object({
  orgId: Uuid,
  name: z.string(),
  rank: z.number().int(),
  tieNote: z.string().nullable().openapi({ description: 'Cách phân định khi bằng điểm' }),
  total: z.number(),
  normal: z.number(),
  bonus: z.number(),
  penalty: z.number(),
  byCriterion: z.record(z.string(), z.number()),
});

/** A cluster's year: members, covenant with signatures, scoring table, sheets and ranking. */
export const ClusterYearOut = z
  .object({
    cluster: z.object({ id: Uuid, name: z.string(), kind: z.enum(CLUSTER_KINDS) }),
    year: z.number().int(),
    manage: z.boolean(),
    myOrgIds: z.array(Uuid),
    members: z.array(z.object({ orgId: Uuid, name: z.string(), role: z.enum(CLUSTER_ROLES) })),
    covenant: z
      .object({
        id: Uuid,
        targets: z.array(z.object({ group: z.string(), items: z.array(z.string()) })),
        implementation: z.array(z.string()),
        bases: z.array(z.string()),
        signatures: z.array(
          z.object({ orgId: Uuid, signerName: z.string(), position: z.string(), signedOn: z.string() }),
        ),
        inForce: z.boolean(),
        signed: z.number().int(),
        total: z.number().int(),
        waitingFor: z.array(Uuid),
      })
      .nullable(),
    scoring: z
      .object({
        id: Uuid,
        status: z.enum(['draft', 'scoring', 'reviewing', 'published']),
        statusLabel: z.string(),
        table: ScoreTableOut,
        tieBreaks: z.array(
          z.union([
            z.object({ kind: z.literal('criterion'), id: z.string() }),
            z.object({ kind: z.literal('fewer_penalty') }),
            z.object({ kind: z.literal('more_bonus') }),
          ]),
        ),
        problems: z.array(Problem),
        publishedAt: z.string().nullable().openapi({ format: 'date-time' }),
        sheets: z.array(
          z.object({
            orgId: Uuid,
            name: z.string(),
            selfEntries: z.record(z.string(), z.number().nullable()),
            evidence: z.record(z.string(), z.string()),
            reviewedEntries: z.record(z.string(), z.number().nullable()).nullable(),
            submittedAt: z.string().nullable().openapi({ format: 'date-time' }),
            selfTotal: z.number().nullable(),
            reviewedTotal: z.number().nullable(),
            problems: z.array(Problem),
            changes: z.array(
              z.object({
                criterionId: z.string(),
                from: z.string().nullable(),
                to: z.string(),
                reason: z.string(),
                at: z.string().openapi({ format: 'date-time' }),
              }),
            ),
          }),
        ),
        ranking: z
          .array(RankingRowOut)
          .nullable()
          .openapi({ description: 'Kết quả đã công bố, hoặc bảng xếp hạng tạm cho người điều hành' }),
      })
      .nullable(),
    nextYear: z.object({ leader: z.string().nullable(), deputy: z.string().nullable() }).nullable(),
  })
  .openapi('ClusterYear');

export const PublicationPreviewOut = z.object({
  ranking: z.array(RankingRowOut),
  previewHash: z.string().openapi({ description: 'Gửi lại khi công bố để xác nhận đúng bản đã xem' }),
});
