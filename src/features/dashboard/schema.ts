// Request and response schemas of the dashboard (tổng quan) for the office and the chairman.
import { z } from '@hono/zod-openapi';
import { AWARD_LEVELS } from '../../domain/register/levels.js';

export const DashboardQuery = z.object({
  orgId: z
    .string()
    .uuid('Mã cơ quan, đơn vị không hợp lệ.')
    .optional()
    .openapi({ param: { name: 'orgId', in: 'query' } }),
  year: z.coerce
    .number({ message: 'Năm phải là một số.' })
    .int('Năm phải là số nguyên.')
    .min(2000, 'Năm không được trước năm 2000.')
    .max(2100, 'Năm không được sau năm 2100.')
    .optional()
    .openapi({ param: { name: 'year', in: 'query' }, example: 2026 }),
});
export type DashboardQuery = z.output<typeof DashboardQuery>;

const Count = z.number().int();

export const DashboardOut = z.object({
  year: z.number(),
  years: z.array(z.number()),
  /** Award records (not revoked) by the decision's year and level. */
  awardsByYear: z.array(z.object({ year: z.number(), level: z.enum(AWARD_LEVELS), count: Count })),
  levelLabels: z.record(z.string(), z.string()),
  /** Individuals awarded in the year by subject category and manager flag at the time of award. */
  share: z.object({
    byCategory: z.array(z.object({ category: z.string(), label: z.string(), count: Count })),
    managers: Count,
    nonManagers: Count,
    /** The same share over the years (non-managers / individuals), for the trend. */
    trend: z.array(z.object({ year: z.number(), individuals: Count, nonManagers: Count })),
  }),
  /** Registrations of the year's period by title against the awards of that title and period. */
  registrations: z.array(
    z.object({ awardCode: z.string(), awardName: z.string(), registered: Count, achieved: Count }),
  ),
  movements: z.array(
    z.object({
      id: z.string(),
      theme: z.string(),
      status: z.string(),
      statusLabel: z.string(),
      fromDate: z.string(),
      toDate: z.string(),
      participants: Count,
      reported: Count,
    }),
  ),
  rounds: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      status: z.string(),
      statusLabel: z.string(),
      submitBy: z.string(),
      decisionBy: z.string(),
      daysLeft: z.number(),
      nominees: Count,
    }),
  ),
  /** Balances of the funds the user may read; null when the user may read none. */
  fund: z
    .object({
      total: z.number(),
      bodies: z.array(z.object({ id: z.string(), name: z.string(), balance: z.number() })),
    })
    .nullable(),
  /** Decisions waiting for this user's signature (the chairman sees these first). */
  awaitingSignature: z.array(
    z.object({
      id: z.string(),
      subject: z.string(),
      roundName: z.string(),
      orgName: z.string(),
      itemCount: Count,
      totalAmount: z.number(),
    }),
  ),
});
export type DashboardOut = z.infer<typeof DashboardOut>;
