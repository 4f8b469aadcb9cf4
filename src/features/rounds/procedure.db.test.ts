// Uncertain procedure parameters on each engine (issue 9.3): the office sees one list of what the
// administrator must confirm, never the doubts; only the administrator confirms, citing the
// tenant's own provincial decision (number, date, issuer, trích yếu); from its date the rules'
// printed basis is that decision and the parameter leaves the list.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { users } from '../../db/schema.js';
import { ENGINES, openTestDatabase } from '../../db/testing/engines.js';
import { seedFixture } from '../../db/testing/fixture.js';
import { findInternalMarkers } from '../../documents/internal-markers.js';
import { printedBasis } from '../../domain/rounds/procedure.js';
import { isoDateInVietnam } from '../../domain/vi-text/index.js';
import type { Ctx } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { loadActor } from '../../server/session.js';
import { tenantProcedureRules } from '../eligibility/service.js';
import { confirmProcedureParam, pendingProcedureParams } from './procedure.js';

const NOW = new Date('2026-11-21T09:00:00+07:00');
const TODAY = isoDateInVietnam(NOW);

describe.each(ENGINES)('procedure parameters to confirm on %s', (engine) => {
  let d: Database;
  let tenantId: string;
  let office: Ctx;
  let admin: Ctx;
  let clerk: Ctx;
  const ctxFor = async (username: string): Promise<Ctx> => {
    const [u] = await d.db
      .select()
      .from(users)
      .where(and(eq(users.tenantId, tenantId), eq(users.username, username)));
    return { db: d.db, actor: (await loadActor(d.db, tenantId, u.id))!, now: NOW };
  };

  beforeAll(async () => {
    d = await openTestDatabase(engine);
    ({ tenantId } = await seedFixture(d.db));
    office = await ctxFor('ward.officer');
    admin = await ctxFor('admin');
    clerk = await ctxFor('clerk.school');
  });
  afterAll(() => d?.close());

  it('shows the office what to confirm, without the doubts; a clerk sees nothing', async () => {
    const p = await pendingProcedureParams(office);
    expect(p.canConfirm).toBe(false);
    expect(p.items.map((i) => i.key)).toEqual(
      expect.arrayContaining(['procedure.quorum.share', 'procedure.voteRules.1.share']),
    );
    expect(findInternalMarkers(JSON.stringify(p))).toEqual([]);
    expect((await pendingProcedureParams(clerk)).items).toEqual([]);
  });

  it("lets only the administrator confirm, citing the tenant's decision; documents then cite it", async () => {
    const input = {
      key: 'procedure.quorum.share',
      effectiveFrom: '2026-01-01',
      decision: {
        number: '15/2025/QĐ-UBND',
        date: '2025-08-20',
        issuer: 'Ủy ban nhân dân tỉnh Điện Biên',
        title: 'ban hành Quy chế hoạt động của Hội đồng Thi đua - Khen thưởng tỉnh',
      },
      reason: 'Theo quy chế của tỉnh',
    };
    await expect(confirmProcedureParam(office, input)).rejects.toBeInstanceOf(AppError);
    await expect(confirmProcedureParam(admin, { ...input, effectiveFrom: '2025-01-01' })).rejects.toMatchObject({
      status: 400,
    });
    const r = await confirmProcedureParam(admin, input);
    expect(r.citation).toBe(
      'Quyết định số 15/2025/QĐ-UBND ngày 20/08/2025 của Ủy ban nhân dân tỉnh Điện Biên ban hành Quy chế hoạt động của Hội đồng Thi đua - Khen thưởng tỉnh',
    );
    const rules = await tenantProcedureRules(d.db, tenantId, TODAY);
    expect(printedBasis(rules.quorum)).toBe(r.citation);
    expect(rules.quorum.share).toBeCloseTo(2 / 3);
    const after = await pendingProcedureParams(office);
    expect(after.items.map((i) => i.key)).not.toContain('procedure.quorum.share');
    expect(after.items.length).toBeGreaterThan(0);
  });
});
