// Fixture helpers for the council and notice database tests: council members' accounts, and a
// round whose nominees the office has already accepted (rows written directly, as the rounds
// feature would leave them after appraisal).
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { nominees, organisations, people, proposals, roleGrants, rounds, tenants, users } from '../../db/schema.js';
import type { Role } from '../../domain/registry/vocab.js';
import { nameSortKey } from '../../domain/vi-text/index.js';
import { hashPassword } from '../../server/passwords.js';

export async function tenantOf(db: Db, code = 'TEST') {
  const [t] = await db.select().from(tenants).where(eq(tenants.code, code));
  return t!.id;
}

export async function orgIdByCode(db: Db, tenantId: string, code: string) {
  const [o] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.tenantId, tenantId), eq(organisations.code, code)));
  return o!.id;
}

export async function userId(db: Db, tenantId: string, username: string) {
  const [u] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.username, username)));
  return u!.id;
}

/** Accounts with one role on an organisation, all with the same password. */
export async function addUsers(
  db: Db,
  tenantId: string,
  orgId: string,
  password: string,
  specs: { username: string; fullName: string; role: Role }[],
) {
  const passwordHash = await hashPassword(password);
  const out: Record<string, string> = {};
  for (const s of specs) {
    const id = crypto.randomUUID();
    await db.insert(users).values({ tenantId, id, username: s.username, fullName: s.fullName, passwordHash });
    await db.insert(roleGrants).values({ tenantId, userId: id, role: s.role, orgId });
    out[s.username] = id;
  }
  return out;
}

/**
 * A round of `orgId` with one proposal per unit and the given people accepted for the given
 * awards; answers the round and the nominee id of each person (by full name).
 */
export async function acceptedRound(
  db: Db,
  tenantId: string,
  args: {
    orgId: string;
    createdBy: string;
    name?: string;
    period?: string;
    nominees: { fullName: string; award: string }[];
  },
) {
  const roundId = crypto.randomUUID();
  const period = args.period ?? '2026';
  await db.insert(rounds).values({
    tenantId,
    id: roundId,
    orgId: args.orgId,
    name: args.name ?? `Tổng kết năm ${period}`,
    kind: 'year_end',
    period,
    awardCodes: [...new Set(args.nominees.map((n) => n.award))],
    opensOn: `${period}-11-01`,
    submitBy: `${period}-11-30`,
    decisionBy: `${period}-12-20`,
    status: 'closed',
    createdBy: args.createdBy,
  });
  const ps = await db
    .select()
    .from(people)
    .where(
      and(
        eq(people.tenantId, tenantId),
        inArray(
          people.fullName,
          args.nominees.map((n) => n.fullName),
        ),
      ),
    );
  const proposalOf = new Map<string, string>();
  const ids: Record<string, string> = {};
  for (const n of args.nominees) {
    const p = ps.find((x) => x.fullName === n.fullName)!;
    let proposalId = proposalOf.get(p.orgId!);
    if (!proposalId) {
      proposalId = crypto.randomUUID();
      await db.insert(proposals).values({
        tenantId,
        id: proposalId,
        roundId,
        orgId: p.orgId!,
        status: 'appraised',
        submissions: 1,
        createdBy: args.createdBy,
      });
      proposalOf.set(p.orgId!, proposalId);
    }
    const id = crypto.randomUUID();
    await db.insert(nominees).values({
      tenantId,
      id,
      proposalId,
      roundId,
      subjectKind: 'individual',
      personId: p.id,
      subjectKey: `person:${p.id}`,
      displayName: p.fullName,
      sortKey: nameSortKey(p.fullName),
      positionText: p.position,
      awardCode: n.award,
      period,
      status: 'accepted',
      active: true,
    });
    ids[n.fullName] = id;
  }
  return { roundId, nominees: ids };
}
