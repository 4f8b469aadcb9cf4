// Writes a dataset (the demo one, or any built the same way) into a new tenant, in one
// transaction, with one audit entry that says what was loaded.
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import * as s from '../db/schema.js';
import { formatNumberVN, nameSortKey, searchKey, textSortKey } from '../domain/vi-text/index.js';
import { hashPassword } from '../server/passwords.js';
import { appendAudit } from '../features/audit/append.js';
import { personSearchKey } from '../features/people/service.js';
import type { DemoDataset, DemoSubject } from './dataset-types.js';
import { seedDemoCouncil } from './council-seed.js';
import { seedReportHistory } from './report-seed.js';
import { seedPortalDemo } from './portal-seed.js';
import { seedFundEntries } from './fund-seed.js';
import { seedPeriodReports } from './period-report-seed.js';
import { seedDemoPetitions } from './petition-seed.js';
import { seedOversight } from './oversight-seed.js';
import { seedDemoPlans } from './plan-seed.js';
import { seedDemoRounds } from './round-seed.js';
import { now as clockNow } from '../server/clock.js';

export const DEMO_PASSWORD = 'tdkt2026';

async function insertMany<T extends Record<string, unknown>>(
  tx: Tx,
  table: Parameters<Tx['insert']>[0],
  rows: T[],
  size = 500,
) {
  for (let i = 0; i < rows.length; i += size) await tx.insert(table).values(rows.slice(i, i + size) as never);
}

/**
 * Loads a demo province. `onProgress` hears a short Vietnamese line before each stage (the first
 * start prints them: loading takes seconds on a small machine).
 */
export async function seedDataset(
  db: Db,
  data: DemoDataset,
  opts: { password?: string; now?: Date; onProgress?: (stage: string) => void } = {},
) {
  const now = opts.now ?? clockNow();
  const progress = opts.onProgress ?? (() => undefined);
  const n = (x: number) => formatNumberVN(x);
  const [existing] = await db.select().from(s.tenants).where(eq(s.tenants.code, data.tenant.code));
  if (existing) throw new Error(`Đơn vị triển khai "${data.tenant.code}" đã có dữ liệu.`);
  const tenantId = crypto.randomUUID();
  const ids = new Map<string, string>();
  const idOf = (ns: string, key: string) => {
    const k = `${ns}:${key}`;
    let v = ids.get(k);
    if (!v) ids.set(k, (v = crypto.randomUUID()));
    return v;
  };
  const org = (key: string) => idOf('org', key);
  const person = (key: string) => idOf('person', key);
  const household = (key: string) => idOf('household', key);
  const subjectCols = (sub: DemoSubject) =>
    sub.kind === 'individual'
      ? { subjectKind: sub.kind, personId: person(sub.personKey), orgId: null, householdId: null }
      : sub.kind === 'household'
        ? { subjectKind: sub.kind, personId: null, orgId: null, householdId: household(sub.householdKey) }
        : { subjectKind: sub.kind, personId: null, orgId: org(sub.orgKey), householdId: null };
  const passwordHash = await hashPassword(opts.password ?? DEMO_PASSWORD);
  const t = tenantId;

  await db.transaction(async (tx) => {
    await tx.insert(s.tenants).values({ id: t, code: data.tenant.code, name: data.tenant.name, createdAt: now });
    progress(`${n(data.orgs.length)} cơ quan, đơn vị`);
    // Parents before children: sort by depth.
    const byKey = new Map(data.orgs.map((o) => [o.key, o]));
    const depth = (k: string | null): number => (k ? 1 + depth(byKey.get(k)!.parentKey) : 0);
    const orgs = [...data.orgs].sort((a, b) => depth(a.parentKey) - depth(b.parentKey));
    for (const o of orgs) {
      await tx.insert(s.organisations).values({
        tenantId: t,
        id: org(o.key),
        parentId: o.parentKey ? org(o.parentKey) : null,
        type: o.type,
        code: o.code,
        name: o.name,
        shortName: o.shortName ?? null,
        address: o.address ?? null,
        searchKey: searchKey(`${o.name} ${o.shortName ?? ''} ${o.code}`),
        sortKey: textSortKey(o.name),
        effectiveFrom: o.effectiveFrom,
        effectiveTo: o.effectiveTo ?? null,
        createdAt: now,
        updatedAt: now,
      });
    }
    await insertMany(
      tx,
      s.orgLinks,
      data.links.map((l) => ({
        tenantId: t,
        id: crypto.randomUUID(),
        kind: l.kind,
        fromOrgId: org(l.fromKey),
        toOrgId: org(l.toKey),
        effectiveDate: l.effectiveDate,
        decisionRef: l.decisionRef ?? null,
        note: l.note ?? null,
        createdAt: now,
      })),
    );
    await insertMany(
      tx,
      s.clusters,
      data.clusters.map((c) => ({
        tenantId: t,
        id: idOf('cluster', c.key),
        kind: c.kind,
        code: c.code,
        name: c.name,
        organiserOrgId: org(c.organiserKey),
        createdAt: now,
      })),
    );
    await insertMany(
      tx,
      s.clusterMembers,
      data.clusters.flatMap((c) =>
        c.members.map((m) => ({
          tenantId: t,
          clusterId: idOf('cluster', c.key),
          year: m.year,
          orgId: org(m.orgKey),
          role: m.role,
        })),
      ),
    );
    progress(`${n(data.people.length)} cá nhân và ${n(data.households.length)} hộ gia đình`);
    await insertMany(
      tx,
      s.people,
      data.people.map((p) => {
        const current = p.memberships.find((m) => m.to === null) ?? p.memberships[p.memberships.length - 1];
        return {
          tenantId: t,
          id: person(p.key),
          fullName: p.fullName,
          gender: p.gender,
          birthDate: p.birthDate,
          cccd: p.cccd,
          position: p.position ?? null,
          isManager: p.isManager,
          category: p.category,
          phone: p.phone ?? null,
          email: null,
          orgId: current ? org(current.orgKey) : null,
          searchKey: personSearchKey(p),
          sortKey: nameSortKey(p.fullName),
          createdAt: now,
          updatedAt: now,
        };
      }),
    );
    await insertMany(
      tx,
      s.memberships,
      data.people.flatMap((p) =>
        p.memberships.map((m) => ({
          tenantId: t,
          id: crypto.randomUUID(),
          personId: person(p.key),
          orgId: org(m.orgKey),
          fromDate: m.from,
          toDate: m.to,
          position: m.position ?? null,
        })),
      ),
    );
    await insertMany(
      tx,
      s.households,
      data.households.map((h) => ({
        tenantId: t,
        id: household(h.key),
        headPersonId: h.headPersonKey ? person(h.headPersonKey) : null,
        headName: h.headName,
        address: h.address,
        villageOrgId: org(h.villageKey),
        memberCount: h.memberCount,
        searchKey: searchKey(`${h.headName} ${h.address}`),
        sortKey: nameSortKey(h.headName),
        createdAt: now,
        updatedAt: now,
      })),
    );
    progress(`${n(data.awards.length)} khen thưởng đã có, đánh giá xếp loại, sáng kiến`);
    await insertMany(
      tx,
      s.awardRecords,
      data.awards.map((a) => ({
        tenantId: t,
        id: crypto.randomUUID(),
        ...subjectCols(a.subject),
        awardCode: a.award,
        period: a.period,
        track: a.track,
        decisionNo: a.decisionNo,
        decisionDate: a.decisionDate,
        issuer: a.issuer,
        note: null,
        createdAt: now,
      })),
    );
    await insertMany(
      tx,
      s.ratings,
      data.ratings.map((r) => {
        const { householdId: _h, ...cols } = subjectCols(r.subject);
        return { tenantId: t, id: crypto.randomUUID(), ...cols, period: r.period, rating: r.rating, createdAt: now };
      }),
    );
    await insertMany(
      tx,
      s.initiatives,
      data.initiatives.map((i) => ({
        tenantId: t,
        id: idOf('initiative', i.key),
        personId: person(i.personKey),
        title: i.title,
        recognizedOn: i.recognizedOn,
        scope: i.scope,
        decisionNo: i.decisionNo,
        usedForAwardCode: i.usedFor?.award ?? null,
        usedForPeriod: i.usedFor?.period ?? null,
        createdAt: now,
      })),
    );
    await insertMany(
      tx,
      s.disciplines,
      data.discipline.map((d) => ({
        tenantId: t,
        id: crypto.randomUUID(),
        personId: person(d.personKey),
        form: d.form,
        fromDate: d.from,
        toDate: d.to,
        decisionNo: d.decisionNo,
        reason: d.reason,
        createdAt: now,
      })),
    );
    await insertMany(
      tx,
      s.pendingMatters,
      data.pending.map((x) => ({
        tenantId: t,
        id: crypto.randomUUID(),
        ...subjectCols(x.subject),
        kind: x.kind,
        since: x.since,
        resolvedOn: null,
        note: x.note,
        createdAt: now,
      })),
    );
    for (const u of data.users) {
      const userId = idOf('user', u.username);
      await tx.insert(s.users).values({
        tenantId: t,
        id: userId,
        username: u.username,
        fullName: u.fullName,
        passwordHash,
        personId: u.personKey ? person(u.personKey) : null,
        active: true,
        createdAt: now,
        updatedAt: now,
      });
      await tx
        .insert(s.roleGrants)
        .values(u.grants.map((g) => ({ tenantId: t, userId, role: g.role, orgId: org(g.orgKey) })));
    }
    progress('tài khoản, hội đồng, cổng thông tin, báo cáo, quỹ, đơn thư, thanh tra');
    await seedDemoCouncil(tx, t, { passwordHash, now });
    // The portal's demo content goes with the demo history only (test fixtures stay as they are).
    if (data.reportHistory) await seedPortalDemo(tx, t, now);
    if (data.reportHistory) await seedReportHistory(tx, t, now);
    if (data.reportHistory) await seedFundEntries(tx, t, now);
    if (data.reportHistory) await seedPeriodReports(tx, t, now);
    await seedDemoPetitions(tx, t, now);
    if (data.reportHistory) await seedOversight(tx, t, now);
    // The seeds' five real plans, after the movements their tasks link to.
    if (data.reportHistory) {
      const rootCode = data.orgs.find((o) => o.parentKey === null)?.code;
      if (rootCode) await seedDemoPlans(tx, t, rootCode, now);
    }
    await appendAudit(
      tx,
      { tenantId: t, userId: null, name: 'Hệ thống' },
      {
        action: 'tenant.seed',
        entityType: 'tenant',
        entityId: t,
        summary: `Nạp dữ liệu trình diễn: ${data.orgs.length} cơ quan, đơn vị; ${data.people.length} cá nhân; ${data.households.length} hộ gia đình; ${data.awards.length} khen thưởng`,
        after: {
          orgs: data.orgs.length,
          people: data.people.length,
          households: data.households.length,
          awards: data.awards.length,
          users: data.users.map((u) => u.username),
        },
      },
      now,
    );
  });
  // Commendation rounds of phường Bạch Đằng, after the rest is committed: the open round is written
  // through the use cases, which run their own transactions.
  if (data.reportHistory) {
    progress('đợt xét khen thưởng');
    await seedDemoRounds(db, t, now);
  }
  return { tenantId };
}
