import { z } from '@hono/zod-openapi';
import { NameText, OptionalText, Paging, RequiredText, Uuid } from '../../server/schemas.js';

export const HouseholdBody = z
  .object({
    headName: NameText(150),
    headPersonId: Uuid.nullable().optional(),
    address: RequiredText(300),
    villageOrgId: Uuid,
    memberCount: z.number({ error: 'Số nhân khẩu phải là số.' }).int().min(1, 'Số nhân khẩu ít nhất là 1.').max(50),
  })
  .strict()
  .openapi('HouseholdCreate');

export const HouseholdUpdateBody = z
  .object({
    headName: NameText(150).optional(),
    headPersonId: Uuid.nullable().optional(),
    address: RequiredText(300).optional(),
    memberCount: z.number().int().min(1, 'Số nhân khẩu ít nhất là 1.').max(50).optional(),
    reason: OptionalText(500),
  })
  .strict();

export const HouseholdsQuery = z.object({
  q: z.string().trim().max(100).optional(),
  orgId: Uuid.optional(),
  ...Paging,
});

export const HouseholdOut = z
  .object({
    id: Uuid,
    headName: z.string(),
    headPersonId: Uuid.nullable(),
    address: z.string(),
    villageOrgId: Uuid,
    villageName: z.string().nullable(),
    memberCount: z.number(),
  })
  .openapi('Household');

/** A household with the titles and awards it holds. */
export const HouseholdDetailOut = HouseholdOut.extend({
  awards: z.array(
    z.object({
      id: Uuid,
      awardCode: z.string(),
      awardName: z.string(),
      period: z.string(),
      decisionNo: z.string().nullable(),
      decisionDate: z.string().nullable(),
      issuer: z.string().nullable(),
    }),
  ),
}).openapi('HouseholdDetail');
