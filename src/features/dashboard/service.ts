// The dashboard (tổng quan) of the office and the chairman: awards by year and level, the share
// of individuals by category and manager flag at award time (Chỉ thị 41-CT/TW asks that the share
// of non-managers, workers and farmers rise), registrations against achievements, movements and
// their progress, rounds in flight with their deadlines, the fund's balance, and the decisions
// waiting for the user's signature. Every figure is an SQL aggregate inside what the user may read.
import { awardRecords, movements, registrations, rounds } from '../../db/schema.js';
import { AWARD_LEVEL_LABELS } from '../../domain/register/levels.js';
import { awardName, PERSON_CATEGORIES, PERSON_CATEGORY_LABELS } from '../../domain/registry/vocab.js';
import { ROUND_STATUS_LABELS } from '../../domain/rounds/vocab.js';
import { isoDateInVietnam } from '../../domain/vi-text/index.js';
import type { Ctx } from '../../server/context.js';
import { MAX_PAGE_SIZE } from '../../server/paging.js';
import { grantRoots } from '../../server/policy.js';
import { signerInbox } from '../decisions/lists.js';
import { listFundBodies } from '../fund/service.js';
import { MOVEMENT_STATUS_LABELS } from '../movements/schema.js';
import { readableOrgCondition } from '../organisations/scope.js';
import * as repo from './repository.js';
import type { DashboardOut, DashboardQuery } from './schema.js';

/** Years shown in the trends: the chosen year and the four before it. */
export const TREND_YEARS = 5;

const dayMs = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);

export async function getDashboard(ctx: Ctx, q: DashboardQuery): Promise<DashboardOut> {
  const t = ctx.actor.tenantId;
  const today = isoDateInVietnam(ctx.now);
  const year = q.year ?? Number(today.slice(0, 4));
  const from = year - TREND_YEARS + 1;
  const [awardScope, regScope, movScope, roundScope] = await Promise.all([
    readableOrgCondition(ctx.db, ctx.actor, awardRecords.subjectOrgId, q.orgId),
    readableOrgCondition(ctx.db, ctx.actor, registrations.unitOrgId, q.orgId),
    readableOrgCondition(ctx.db, ctx.actor, movements.orgId, q.orgId),
    readableOrgCondition(ctx.db, ctx.actor, rounds.orgId, q.orgId),
  ]);
  const canSign = grantRoots(ctx.actor, 'decision.sign').length > 0;
  const canFund = grantRoots(ctx.actor, 'fund.read').length > 0;
  const [byYear, share, regs, movs, rs, fund, inbox] = await Promise.all([
    repo.awardsByYearLevel(ctx.db, t, from, year, awardScope),
    repo.individualShare(ctx.db, t, from, year, awardScope),
    repo.registrationsAgainstAwards(ctx.db, t, String(year), regScope),
    repo.movementsOfYear(ctx.db, t, year, movScope),
    repo.roundsInFlight(ctx.db, t, roundScope),
    canFund ? listFundBodies(ctx) : Promise.resolve(null),
    // The longest-waiting drafts, at most a page's worth (the inbox page has them all).
    canSign ? signerInbox(ctx, { page: 1, pageSize: MAX_PAGE_SIZE, sort: 'oldest' }) : Promise.resolve({ items: [] }),
  ]);

  const ofYear = share.filter((s) => s.year === year);
  const byCategory = PERSON_CATEGORIES.map((c) => ({
    category: c,
    label: PERSON_CATEGORY_LABELS[c],
    count: ofYear.filter((s) => s.category === c).reduce((a, s) => a + s.count, 0),
  })).filter((c) => c.count > 0);
  const years = Array.from({ length: TREND_YEARS }, (_, i) => from + i);
  return {
    year,
    years,
    awardsByYear: byYear,
    levelLabels: AWARD_LEVEL_LABELS,
    share: {
      byCategory,
      managers: ofYear.filter((s) => s.manager).reduce((a, s) => a + s.count, 0),
      nonManagers: ofYear.filter((s) => !s.manager).reduce((a, s) => a + s.count, 0),
      trend: years.map((y) => {
        const rows = share.filter((s) => s.year === y);
        return {
          year: y,
          individuals: rows.reduce((a, s) => a + s.count, 0),
          nonManagers: rows.filter((s) => !s.manager).reduce((a, s) => a + s.count, 0),
        };
      }),
    },
    registrations: regs.map((r) => ({ ...r, awardName: awardName(r.awardCode) })),
    movements: movs.map((m) => ({ ...m, statusLabel: MOVEMENT_STATUS_LABELS[m.status] })),
    rounds: rs.map((r) => ({
      ...r,
      statusLabel: ROUND_STATUS_LABELS[r.status],
      daysLeft: daysBetween(today, r.decisionBy),
    })),
    fund: fund ? { total: fund.items.reduce((a, b) => a + b.balance, 0), bodies: fund.items } : null,
    awaitingSignature: inbox.items.map((d) => ({
      id: d.id,
      subject: d.content.subject,
      roundName: d.roundName,
      orgName: d.orgName,
      itemCount: d.itemCount,
      totalAmount: d.totalAmount,
    })),
  };
}
