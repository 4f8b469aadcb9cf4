// Request and response schemas of the year's conferences and ceremonies (hội nghị sơ kết, tổng
// kết, the cluster's conferences, award ceremonies): invitees, attendance, documents, awards presented.
import { z } from '@hono/zod-openapi';
import { CONFERENCE_KINDS, CONFERENCE_STATUSES } from '../../domain/conferences/index.js';
import { IsoDate, NameText, OptionalText, RequiredText, Uuid } from '../../server/schemas.js';
import { OwnedFileOut } from '../files/schema.js';
import { PageParams, YearParam } from '../inspections/schema.js';

export const ConferenceQuery = z.object({
  year: YearParam.optional().openapi({ param: { name: 'year', in: 'query' }, example: 2026 }),
  orgId: Uuid.optional().openapi({
    param: { name: 'orgId', in: 'query' },
    description: 'Đơn vị tổ chức (gồm trực thuộc)',
  }),
  kind: z
    .enum(CONFERENCE_KINDS, { message: 'Loại hội nghị không hợp lệ.' })
    .optional()
    .openapi({ param: { name: 'kind', in: 'query' } }),
  ...PageParams,
});
export type ConferenceQuery = z.output<typeof ConferenceQuery>;

export const ConferenceBody = z
  .object({
    orgId: Uuid,
    kind: z.enum(CONFERENCE_KINDS, { message: 'Loại hội nghị không hợp lệ.' }),
    title: RequiredText(500),
    heldOn: IsoDate,
    place: OptionalText(300),
  })
  .strict();
export type ConferenceBody = z.output<typeof ConferenceBody>;

export const InviteesBody = z
  .object({
    orgIds: z.array(Uuid).max(500).default([]),
    personIds: z.array(Uuid).max(500).default([]),
    guests: z.array(NameText(300)).max(100).default([]),
  })
  .strict()
  .refine((v) => v.orgIds.length + v.personIds.length + v.guests.length > 0, {
    message: 'Chọn ít nhất một đại biểu.',
    path: ['orgIds'],
  });
export type InviteesBody = z.output<typeof InviteesBody>;

export const ConferenceAttendanceBody = z
  .object({
    marks: z
      .array(
        z.object({ inviteeId: Uuid, attended: z.boolean({ message: 'Có mặt phải là true hoặc false.' }) }).strict(),
      )
      .min(1)
      .max(2000),
    summary: OptionalText(10000),
  })
  .strict();
export type ConferenceAttendanceBody = z.output<typeof ConferenceAttendanceBody>;

export const AwardsBody = z
  .object({ decisionIds: z.array(Uuid).min(1, 'Chọn ít nhất một quyết định.').max(50) })
  .strict();

export const ConferenceSummary = z
  .object({
    id: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    kind: z.enum(CONFERENCE_KINDS),
    kindLabel: z.string(),
    title: z.string(),
    heldOn: z.string(),
    place: z.string().nullable(),
    status: z.enum(CONFERENCE_STATUSES),
    statusLabel: z.string(),
    invitees: z.number().int(),
    attended: z.number().int(),
  })
  .openapi('ConferenceSummary');
export type ConferenceSummary = z.infer<typeof ConferenceSummary>;

export const ConferencePage = z
  .object({
    items: z.array(ConferenceSummary),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi('ConferencePage');
export type ConferencePage = z.infer<typeof ConferencePage>;

export const ConferenceDetail = ConferenceSummary.extend({
  summary: z.string().nullable(),
  inviteeList: z.array(
    z.object({
      id: z.string(),
      orgId: z.string().nullable(),
      personId: z.string().nullable(),
      name: z.string(),
      attended: z.boolean().nullable(),
    }),
  ),
  awards: z.array(
    z.object({
      decisionId: z.string(),
      numberText: z.string().nullable(),
      decisionDate: z.string().nullable(),
      subject: z.string(),
      recipients: z.number().int(),
    }),
  ),
  documents: z.array(OwnedFileOut),
  canManage: z.boolean(),
}).openapi('ConferenceDetail');
export type ConferenceDetail = z.infer<typeof ConferenceDetail>;
