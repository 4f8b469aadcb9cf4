// Overdue-task notices at scale, on each engine: 15,000 overdue tasks are told once each, to the
// task's owner or else the plan officers of the plan's own organisation; a second run writes
// nothing; and while the check runs, other requests get through between its small batches.
import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { auditLog, notifications, organisations, planTasks, plans } from '../../db/schema.js';
import { ENGINES, openTestDatabase } from '../../db/testing/engines.js';
import { seedFixture } from '../../db/testing/fixture.js';
import { isoDateInVietnam } from '../../domain/vi-text/index.js';
import { createApp } from '../../server/app.js';
import { now as clockNow } from '../../server/clock.js';
import { verifyAuditChain } from '../audit/append.js';
import { notifyOverdueTasks, startOverdueChecks } from './service.js';

const rows = <T>(r: unknown) => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];

const WARD_UNOWNED = 10_000;
const WARD_OWNED = 4_500;
const PROVINCE_UNOWNED = 500;
const NOT_DUE = 300;

describe.each(ENGINES)('overdue notices at scale on %s', (engine) => {
  let d: Database;
  let tenantId = '';
  let ids: Record<string, string> = {};
  const now = clockNow();
  // Last year's plans: every quarter-I task is past its deadline (31/03 of that year).
  const year = Number(isoDateInVietnam(now).slice(0, 4)) - 1;

  async function addPlan(orgCode: string) {
    const [org] = await d.db.select().from(organisations).where(eq(organisations.code, orgCode));
    const id = crypto.randomUUID();
    await d.db.insert(plans).values({
      tenantId,
      id,
      orgId: org!.id,
      year,
      title: `Kế hoạch công tác thi đua, khen thưởng năm ${year}`,
      issuerLines: ['ỦY BAN NHÂN DÂN', org!.name.toUpperCase()],
      place: 'Mường Lay',
      bases: [],
      sections: [],
      recipients: [],
      signerLines: [],
      archive: [],
      status: 'issued',
      createdBy: ids.admin!,
    });
    return id;
  }

  /** Many tasks in one INSERT … SELECT (the fast path; the service's own writes are not under test here). */
  async function addTasks(
    planId: string,
    n: number,
    from: number,
    o: { owner?: string; quarter?: string; status?: string } = {},
  ) {
    await d.db.execute(sql`
      INSERT INTO plan_tasks (tenant_id, id, plan_id, position, quarter, title, partners, status, owner_id)
      SELECT ${tenantId}, gen_random_uuid(), ${planId}, g, ${o.quarter ?? 'I'}, 'Nhiệm vụ số ' || g, '{}',
        ${o.status ?? 'not_started'}, ${o.owner ?? null}::uuid
      FROM generate_series(${from}::int, ${from + n - 1}::int) AS g`);
  }

  beforeAll(async () => {
    d = await openTestDatabase(engine);
    await seedFixture(d.db);
    tenantId = rows<{ id: string }>(await d.db.execute(sql`SELECT id FROM tenants`))[0]!.id;
    ids = Object.fromEntries(
      rows<{ username: string; id: string }>(await d.db.execute(sql`SELECT username, id FROM users`)).map((u) => [
        u.username,
        u.id,
      ]),
    );
    const ward = await addPlan('T.W1');
    const province = await addPlan('T');
    await addTasks(ward, WARD_UNOWNED, 1);
    await addTasks(ward, WARD_OWNED, WARD_UNOWNED + 1, { owner: ids['clerk.school']! });
    await addTasks(province, PROVINCE_UNOWNED, 1);
    // Not chased: done, cancelled, and year-round tasks without a date.
    await addTasks(ward, NOT_DUE, 20_001, { status: 'done' });
    await addTasks(ward, NOT_DUE, 30_001, { status: 'cancelled' });
    await addTasks(province, NOT_DUE, 20_001, { quarter: 'regular' });
  }, 120_000);
  afterAll(() => d?.close());

  const noticesTo = async (username: string) =>
    Number(
      (
        await d.db
          .select({ n: count() })
          .from(notifications)
          .where(and(eq(notifications.userId, ids[username]!), eq(notifications.kind, 'plan.task.overdue')))
      )[0]!.n,
    );

  it('tells each of 15,000 overdue tasks once, to its owner or the plan’s own officers, while others get through', async () => {
    const app = createApp(d, { secureCookies: false, webRoot: null, sessionHours: 1 });
    let finished = false;
    const started = performance.now();
    const check = notifyOverdueTasks(d.db, now).finally(() => {
      finished = true;
    });
    // Health checks issued while the check runs: each answers between two batches, well before the end.
    const answered: { ms: number; during: boolean }[] = [];
    while (!finished) {
      const t0 = performance.now();
      const res = await app.request('/api/health');
      expect(res.status).toBe(200);
      answered.push({ ms: performance.now() - t0, during: !finished });
      // Requests arrive from the network (a new event-loop turn), not in one chain of promises.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const result = await check;
    const total = performance.now() - started;
    expect(result.notified).toBe(WARD_UNOWNED + WARD_OWNED + PROVINCE_UNOWNED);
    // Owner → 1; ward plan without owner → the ward's officer only; province plan → its officer and admin.
    const intended = WARD_UNOWNED * 1 + WARD_OWNED * 1 + PROVINCE_UNOWNED * 2;
    expect(result.notices).toBe(intended);
    const [all] = await d.db.select({ n: count() }).from(notifications);
    expect(Number(all!.n)).toBe(intended);
    expect(await noticesTo('ward.officer')).toBe(WARD_UNOWNED);
    expect(await noticesTo('clerk.school')).toBe(WARD_OWNED);
    expect(await noticesTo('officer')).toBe(PROVINCE_UNOWNED);
    expect(await noticesTo('admin')).toBe(PROVINCE_UNOWNED);
    // The first health check answered long before the check ended, and many more in between.
    expect(answered[0]!.during).toBe(true);
    expect(answered[0]!.ms).toBeLessThan(Math.min(1000, total / 2));
    expect(answered.filter((a) => a.during).length).toBeGreaterThanOrEqual(5);
    const told = await d.db
      .select({ n: count() })
      .from(planTasks)
      .where(sql`${planTasks.overdueNotifiedFor} IS NOT NULL`);
    expect(Number(told[0]!.n)).toBe(result.notified);
    // One audit entry per batch, all naming the system, and the chain still verifies.
    const audit = await d.db.select().from(auditLog).where(eq(auditLog.action, 'plan.task.overdue_notice'));
    expect(audit.length).toBeGreaterThan(1);
    expect(audit.reduce((s, a) => s + (a.after as { taskIds: string[] }).taskIds.length, 0)).toBe(result.notified);
    expect((await verifyAuditChain(d.db, tenantId)).ok).toBe(true);
  }, 300_000);

  it('writes nothing on a second run the same day or the next (a restart)', async () => {
    const before = await d.db.select({ n: count() }).from(notifications);
    expect(await notifyOverdueTasks(d.db, now)).toEqual({ notified: 0, notices: 0 });
    expect(await notifyOverdueTasks(d.db, new Date(now.getTime() + 24 * 3600_000))).toEqual({
      notified: 0,
      notices: 0,
    });
    expect(await d.db.select({ n: count() }).from(notifications)).toEqual(before);
  }, 120_000);

  it('a check stopped midway resumes where it left off without telling anyone twice', async () => {
    // A new deadline on some tasks makes them due again; stop the check after its first batch.
    await d.db.execute(sql`
      UPDATE plan_tasks SET due = ${`${year}-06-30`}::date
      WHERE tenant_id = ${tenantId} AND quarter = 'I' AND status = 'not_started' AND owner_id IS NOT NULL`);
    const before = await noticesTo('clerk.school');
    const stop = new AbortController();
    let batches = 0;
    const partial = await notifyOverdueTasks(d.db, now, {
      batchSize: 500,
      pauseMs: 0,
      signal: {
        get aborted() {
          batches += 1;
          if (batches > 3) stop.abort();
          return stop.signal.aborted;
        },
      } as AbortSignal,
    });
    expect(partial.notified).toBeGreaterThan(0);
    expect(partial.notified).toBeLessThan(WARD_OWNED);
    const rest = await notifyOverdueTasks(d.db, now);
    expect(partial.notified + rest.notified).toBe(WARD_OWNED);
    expect((await noticesTo('clerk.school')) - before).toBe(WARD_OWNED);
  }, 120_000);

  it('a server starting with 15,000 overdue tasks answers /api/health over HTTP within 5 s, and all along', async () => {
    // Back to a database where nobody has been told yet: 15,000 overdue tasks waiting.
    await d.db.execute(sql`UPDATE plan_tasks SET overdue_notified_for = NULL WHERE tenant_id = ${tenantId}`);
    await d.db.delete(notifications).where(eq(notifications.kind, 'plan.task.overdue'));
    const waiting = async () =>
      Number(
        (await d.db.select({ n: count() }).from(notifications).where(eq(notifications.kind, 'plan.task.overdue')))[0]!
          .n,
      );
    const intended = WARD_UNOWNED + WARD_OWNED + PROVINCE_UNOWNED * 2;
    // What `serve` does once the database is open: the app on a port, requests from the network,
    // the overdue check started (here at once rather than 5 s later, the worst case).
    const app = createApp(d, { secureCookies: false, webRoot: null, sessionHours: 1 });
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    let stopChecks: () => void = () => undefined;
    try {
      await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', resolve)));
      const { port } = server.address() as AddressInfo;
      // A new connection each time, as separate users' browsers would open.
      const health = async () => {
        const t0 = performance.now();
        const status = await new Promise<number | undefined>((resolve, reject) =>
          get({ host: '127.0.0.1', port, path: '/api/health', agent: false }, (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode));
          }).on('error', reject),
        );
        expect(status).toBe(200);
        return performance.now() - t0;
      };
      const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1]!;
      // Baseline on this machine, in the same run: the server with nothing else to do.
      const idle: number[] = [];
      for (let i = 0; i < 20; i++) idle.push(await health());
      const started = performance.now();
      stopChecks = startOverdueChecks(d.db, 24 * 3600_000, 0);
      const times: number[] = [];
      let firstAt = 0;
      let told = 0;
      // Health checks every 50 ms until everyone has been told (bounded: 4 minutes).
      while (performance.now() - started < 240_000) {
        times.push(await health());
        if (!firstAt) firstAt = performance.now() - started;
        if (times.length % 10 === 0 && (told = await waiting()) >= intended) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(told).toBe(intended);
      // The target is absolute (within 5 s of starting, p95 under 1 s while it runs); on a machine
      // already slower than that with nothing running, the bound is 3× that machine's own idle p95.
      // A check that held the database (94 s in issue 16) fails either way.
      const idleP95 = p95(idle);
      const detail = `idle p95 ${Math.round(idleP95)} ms; first answer ${Math.round(firstAt)} ms after the check started; during: p95 ${Math.round(p95(times))} ms over ${times.length}`;
      expect(firstAt, detail).toBeLessThan(Math.max(5000, 3 * idleP95));
      expect(times.length, detail).toBeGreaterThanOrEqual(20);
      expect(p95(times), detail).toBeLessThan(Math.max(1000, 3 * idleP95));
    } finally {
      stopChecks();
      await new Promise((resolve) => server.close(resolve));
    }
  }, 300_000);
});
