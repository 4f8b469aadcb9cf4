// Demo data for the council's secret ballot: the Hội đồng Thi đua - Khen thưởng of phường Mường
// Lay with five voting members. The ward has two 'council' accounts in the generated dataset; two
// more (muonglay.hoidong3, muonglay.hoidong4) are added here, linked to managers of the ward's
// units, so the demo's council of five can vote. Does nothing for a dataset without that ward.
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import * as s from '../db/schema.js';
import type { CouncilRole } from '../domain/rounds/vocab.js';
import { codeUnitCompare } from '../domain/vi-text/index.js';
import { subtreeIds } from '../features/organisations/tree.js';

export const DEMO_COUNCIL_NAME = 'Hội đồng Thi đua - Khen thưởng phường Mường Lay';
/** The two accounts this seed adds (printed with the demo logins). */
export const DEMO_EXTRA_COUNCIL_USERS = ['muonglay.hoidong3', 'muonglay.hoidong4'] as const;

/** "Trưởng phòng" + "Phòng Kinh tế…" → "Trưởng phòng Kinh tế…": joins without repeating words. */
export function positionAt(position: string | null, orgName: string): string {
  if (!position) return orgName;
  const a = position.split(' ');
  const b = orgName.replace('Mặt trận Tổ quốc Việt Nam', 'MTTQ').split(' ');
  for (let k = Math.min(a.length, b.length); k > 0; k--) {
    if (a.slice(-k).join(' ').toLowerCase() === b.slice(0, k).join(' ').toLowerCase())
      return [...a, ...b.slice(k)].join(' ');
  }
  return `${position} ${orgName}`;
}

export async function seedDemoCouncil(tx: Tx, tenantId: string, opts: { passwordHash: string; now: Date }) {
  const t = tenantId;
  const [ward] = await tx
    .select()
    .from(s.organisations)
    .where(and(eq(s.organisations.tenantId, t), eq(s.organisations.code, 'DEMO.MLAY')));
  if (!ward) return null;
  const byName = async (username: string) => {
    const [u] = await tx
      .select({
        id: s.users.id,
        fullName: s.users.fullName,
        position: s.people.position,
        orgName: s.organisations.name,
      })
      .from(s.users)
      .leftJoin(s.people, and(eq(s.people.tenantId, s.users.tenantId), eq(s.people.id, s.users.personId)))
      .leftJoin(
        s.organisations,
        and(eq(s.organisations.tenantId, s.people.tenantId), eq(s.organisations.id, s.people.orgId)),
      )
      .where(and(eq(s.users.tenantId, t), eq(s.users.username, username)));
    return u ?? null;
  };
  const chair = await byName('muonglay.chutich');
  const one = await byName('muonglay.hoidong1');
  const two = await byName('muonglay.hoidong2');
  if (!chair || !one || !two) return null;

  // Two more members: managers of the ward's units who have no account yet.
  const orgIds = await subtreeIds(tx, t, [ward.id]);
  const linked = (await tx.select({ personId: s.users.personId }).from(s.users).where(eq(s.users.tenantId, t))).map(
    (u) => u.personId,
  );
  const managers = (
    await tx
      .select({ p: s.people, orgName: s.organisations.name })
      .from(s.people)
      .innerJoin(
        s.organisations,
        and(eq(s.organisations.tenantId, s.people.tenantId), eq(s.organisations.id, s.people.orgId)),
      )
      .where(and(eq(s.people.tenantId, t), eq(s.people.isManager, true), inArray(s.people.orgId, orgIds)))
  )
    .filter((m) => !linked.includes(m.p.id) && m.p.orgId !== ward.id)
    .sort((a, b) => codeUnitCompare(a.p.sortKey, b.p.sortKey));
  const extra: { username: string; id: string; fullName: string; position: string }[] = [];
  for (const [i, m] of managers.slice(0, 2).entries()) {
    const username = DEMO_EXTRA_COUNCIL_USERS[i]!;
    const [exists] = await tx
      .select({ id: s.users.id })
      .from(s.users)
      .where(and(eq(s.users.tenantId, t), eq(s.users.username, username)));
    const id = exists?.id ?? crypto.randomUUID();
    if (!exists) {
      await tx.insert(s.users).values({
        tenantId: t,
        id,
        username,
        fullName: m.p.fullName,
        passwordHash: opts.passwordHash,
        personId: m.p.id,
        active: true,
        createdAt: opts.now,
        updatedAt: opts.now,
      });
      await tx.insert(s.roleGrants).values({ tenantId: t, userId: id, role: 'council', orgId: ward.id });
    }
    extra.push({ username, id, fullName: m.p.fullName, position: positionAt(m.p.position, m.orgName) });
  }
  if (extra.length < 2) return null;

  const councilId = crypto.randomUUID();
  await tx.insert(s.councils).values({
    tenantId: t,
    id: councilId,
    orgId: ward.id,
    name: DEMO_COUNCIL_NAME,
    termFrom: '2025-07-01',
    termTo: null,
    createdAt: opts.now,
  });
  const members: { userId: string; role: CouncilRole; fullName: string; position: string }[] = [
    { userId: chair.id, role: 'chair', fullName: chair.fullName, position: 'Chủ tịch UBND phường' },
    {
      userId: one.id,
      role: 'vice_chair',
      fullName: one.fullName,
      position: positionAt(one.position, one.orgName ?? ward.name),
    },
    { userId: extra[0]!.id, role: 'secretary', fullName: extra[0]!.fullName, position: extra[0]!.position },
    {
      userId: two.id,
      role: 'member',
      fullName: two.fullName,
      position: positionAt(two.position, two.orgName ?? ward.name),
    },
    { userId: extra[1]!.id, role: 'member', fullName: extra[1]!.fullName, position: extra[1]!.position },
  ];
  await tx.insert(s.councilMembers).values(members.map((m) => ({ tenantId: t, councilId, ...m })));
  return {
    councilId,
    usernames: ['muonglay.chutich', 'muonglay.hoidong1', extra[0]!.username, 'muonglay.hoidong2', extra[1]!.username],
  };
}
