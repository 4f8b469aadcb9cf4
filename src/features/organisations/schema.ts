import { z } from '@hono/zod-openapi';
import { CLUSTER_KINDS, CLUSTER_ROLES, ORG_LINK_KINDS, ORG_TYPES } from '../../domain/registry/vocab.js';
import { TDKT_OFFICE_KINDS } from '../../domain/reports/forms.js';
import { IsoDate, NameText, OptionalName, OptionalText, RequiredText, Uuid } from '../../server/schemas.js';

const Code = z
  .string({ error: 'Chưa nhập mã.' })
  .trim()
  .min(1, 'Chưa nhập mã.')
  .max(50, 'Mã không được dài quá 50 ký tự.')
  .regex(/^[A-Za-z0-9._-]+$/, 'Mã chỉ gồm chữ không dấu, số và các ký tự . _ -');

export const OrgOut = z
  .object({
    id: Uuid,
    parentId: Uuid.nullable(),
    type: z.enum(ORG_TYPES),
    code: z.string(),
    name: z.string(),
    shortName: z.string().nullable(),
    address: z.string().nullable(),
    effectiveFrom: z.string(),
    effectiveTo: z.string().nullable(),
    /** The kind of TĐKT office this body is, counted by biểu 0604.N/BNV-TĐKT; null if none. */
    tdktOffice: z.enum(TDKT_OFFICE_KINDS).nullable(),
  })
  .openapi('Organisation');

export const OrgCreateBody = z
  .object({
    parentId: Uuid,
    type: z.enum(ORG_TYPES, { error: 'Loại đơn vị không hợp lệ.' }),
    code: Code,
    name: NameText(300),
    shortName: OptionalName(100),
    address: OptionalText(300),
    effectiveFrom: IsoDate.optional(),
  })
  .strict()
  .openapi('OrganisationCreate');

export const OrgUpdateBody = z
  .object({
    type: z.enum(ORG_TYPES).optional(),
    code: Code.optional(),
    name: NameText(300).optional(),
    shortName: OptionalName(100),
    address: OptionalText(300),
    effectiveFrom: IsoDate.optional(),
    effectiveTo: IsoDate.nullable().optional(),
    tdktOffice: z
      .enum(TDKT_OFFICE_KINDS, { error: 'Loại tổ chức làm công tác thi đua, khen thưởng không hợp lệ.' })
      .nullable()
      .optional(),
    reason: OptionalText(500),
  })
  .strict()
  .openapi('OrganisationUpdate');

export const OrgMergeBody = z
  .object({
    kind: z.enum(ORG_LINK_KINDS),
    fromOrgIds: z.array(Uuid).min(1, 'Chọn ít nhất một đơn vị cũ.'),
    toOrgId: Uuid,
    effectiveDate: IsoDate,
    decisionRef: OptionalText(300),
    note: OptionalText(500),
  })
  .strict()
  .openapi('OrganisationLink');

export const ClusterBody = z
  .object({
    kind: z.enum(CLUSTER_KINDS),
    code: RequiredText(50),
    name: NameText(300),
    organiserOrgId: Uuid,
  })
  .strict();

export const ClusterYearBody = z
  .object({
    year: z.number().int().min(2000).max(2100),
    members: z
      .array(z.object({ orgId: Uuid, role: z.enum(CLUSTER_ROLES) }).strict())
      .min(1, 'Cụm, khối phải có ít nhất một thành viên.'),
  })
  .strict();

// ── Responses ──────────────────────────────────────────────────────────────────────────────

/** An organisation the reader may not open: named, never described. */
export const OrgRefOut = z
  .object({ id: Uuid, name: z.string(), code: z.string(), readable: z.literal(false) })
  .openapi('OrganisationRef');

const OrgLinkOut = z.object({
  kind: z.enum(ORG_LINK_KINDS),
  kindLabel: z.string(),
  org: z.union([OrgOut, OrgRefOut]).nullable(),
  effectiveDate: z.string(),
  decisionRef: z.string().nullable(),
  note: z.string().nullable(),
});

export const OrgDetailOut = OrgOut.extend({
  parent: z.union([OrgOut, OrgRefOut]).nullable(),
  predecessors: z.array(OrgLinkOut),
  successors: z.array(OrgLinkOut),
  clusters: z.array(
    z.object({ year: z.number().int(), role: z.enum(CLUSTER_ROLES), clusterId: Uuid, clusterName: z.string() }),
  ),
}).openapi('OrganisationDetail');

export const ClusterOut = z
  .object({
    id: Uuid,
    kind: z.enum(CLUSTER_KINDS),
    code: z.string(),
    name: z.string(),
    organiserOrgId: Uuid,
    members: z.array(
      z.object({ year: z.number().int(), role: z.enum(CLUSTER_ROLES), orgId: Uuid, orgName: z.string() }),
    ),
  })
  .openapi('Cluster');

/** The row of a cluster just created (its members come with the years). */
export const ClusterCreatedOut = z.object({
  id: Uuid,
  tenantId: Uuid,
  kind: z.enum(CLUSTER_KINDS),
  code: z.string(),
  name: z.string(),
  organiserOrgId: Uuid,
  createdAt: z.string().openapi({ format: 'date-time' }),
});
