// Boundary schemas of units' own plans under a plan: the request to the units, its state per unit,
// the units' tasks rolled up, sending a unit's plan and its signed file.
import { z } from '@hono/zod-openapi';
import { TASK_QUARTERS } from '../../domain/plans/index.js';
import { TASK_STATUSES } from '../../domain/plans/progress.js';
import { IsoDate, OptionalText, Uuid } from '../../server/schemas.js';
import { OwnedFileOut } from '../files/schema.js';

export const UnitRequestBody = z
  .object({
    dueOn: IsoDate,
    /** The units asked; absent: the plan organisation's direct sub-organisations. */
    orgIds: z.array(Uuid).min(1, 'Chọn ít nhất một đơn vị.').max(2000, 'Không được quá 2.000 đơn vị.').optional(),
    reason: OptionalText(500),
  })
  .strict()
  .openapi('PlanUnitRequest');

export const UNIT_PLAN_STATES = ['sent', 'late', 'pending'] as const;

const UnitState = z.enum(UNIT_PLAN_STATES).openapi({
  description: 'sent: đã gửi; late: quá hạn chưa gửi ("Chậm"); pending: chưa đến hạn',
});

export const AskedUnitOut = z.object({
  orgId: Uuid,
  orgName: z.string(),
  /** The plan the unit wrote under this plan, if any (draft or issued). */
  planId: Uuid.nullable(),
  planStatus: z.enum(['draft', 'issued']).nullable(),
  taskCount: z.number().int(),
  sentAt: z.string().openapi({ format: 'date-time' }).nullable(),
  /** The day it was sent (Vietnam time), ISO. */
  sentOn: z.string().nullable(),
  /** Sent after the date asked. */
  sentLate: z.boolean(),
  state: UnitState,
});

export const UnitPlansOut = z
  .object({
    /** What this plan asks of its units, or null. */
    request: z
      .object({
        dueOn: z.string(),
        units: z.array(AskedUnitOut),
        counts: z.object({ sent: z.number().int(), late: z.number().int(), pending: z.number().int() }),
      })
      .nullable(),
    /** For a unit's own plan: the plan above that asked for it, and where this one stands. */
    parent: z
      .object({
        planId: Uuid,
        orgName: z.string(),
        year: z.number().int(),
        dueOn: z.string(),
        sentAt: z.string().openapi({ format: 'date-time' }).nullable(),
        /** The day it was sent (Vietnam time), ISO; after `dueOn` when sent late. */
        sentOn: z.string().nullable(),
        state: UnitState,
      })
      .nullable(),
    /** The signed copies uploaded for this plan. */
    signedFiles: z.array(OwnedFileOut),
    /** May ask the units (the standing office of the plan's organisation). */
    canRequest: z.boolean(),
    /** May send this plan to the plan above (a unit's plan, by who may write it). */
    canSend: z.boolean(),
  })
  .openapi('PlanUnitPlans');

export const UnitTasksQuery = z.object({
  orgId: Uuid.optional().openapi({ param: { name: 'orgId', in: 'query' }, description: 'Một đơn vị cấp dưới' }),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const UnitTasksOut = z
  .object({
    items: z.array(
      z.object({
        id: Uuid,
        planId: Uuid,
        orgId: Uuid,
        orgName: z.string(),
        position: z.number().int(),
        quarter: z.enum(TASK_QUARTERS),
        title: z.string(),
        lead: z.string(),
        due: z.string().nullable(),
        deadline: z.string().nullable(),
        status: z.enum(TASK_STATUSES),
        overdue: z.boolean(),
      }),
    ),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi('PlanUnitTasks');

export const PlanFileParam = z.object({
  id: Uuid.openapi({ param: { name: 'id', in: 'path' } }),
  fileId: Uuid.openapi({ param: { name: 'fileId', in: 'path' } }),
});

/** The requests addressed to the units the actor may write plans for (a clerk's starting point). */
export const MyUnitRequestsOut = z
  .object({
    items: z.array(
      z.object({
        askingPlanId: Uuid,
        askingOrgName: z.string(),
        year: z.number().int(),
        dueOn: z.string(),
        orgId: Uuid,
        orgName: z.string(),
        planId: Uuid.nullable(),
        sentAt: z.string().openapi({ format: 'date-time' }).nullable(),
        state: UnitState,
      }),
    ),
  })
  .openapi('PlanMyUnitRequests');
