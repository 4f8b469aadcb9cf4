// Loading a council or a meeting with the checks every use case needs: the office holds
// 'round.manage' on the organisation that runs the round; a council member acts in his own
// council's meetings. Voting rights come from council membership (set by the office), not from
// the account's role: the commune chairman chairs and votes although his role is 'signer'.
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { councilMembers, councils, meetings } from '../../db/schema.js';
import type { Ctx } from '../../server/context.js';
import { forbidden, notFound } from '../../server/errors.js';
import { can, type Actor } from '../../server/policy.js';
import { orgChain } from '../organisations/tree.js';
import { findRound } from '../rounds/repository.js';

export type Q = Db | Tx;

export async function mayManage(db: Q, actor: Actor, orgId: string): Promise<boolean> {
  const chain = await orgChain(db, actor.tenantId, orgId);
  return chain.length > 0 && can(actor, 'round.manage', chain);
}

export async function requireManage(db: Q, actor: Actor, orgId: string) {
  if (!(await mayManage(db, actor, orgId)))
    throw forbidden('Chỉ cán bộ thường trực Hội đồng Thi đua - Khen thưởng mới được thực hiện thao tác này.');
}

export async function loadCouncil(db: Q, tenantId: string, id: string) {
  const [c] = await db
    .select()
    .from(councils)
    .where(and(eq(councils.tenantId, tenantId), eq(councils.id, id)));
  if (!c) throw notFound('Hội đồng');
  return c;
}

export async function councilMemberRows(db: Q, tenantId: string, councilId: string) {
  return db
    .select()
    .from(councilMembers)
    .where(and(eq(councilMembers.tenantId, tenantId), eq(councilMembers.councilId, councilId)));
}

export async function loadMeeting(db: Q, tenantId: string, id: string, lock = false) {
  const q = db
    .select()
    .from(meetings)
    .where(and(eq(meetings.tenantId, tenantId), eq(meetings.id, id)));
  const [m] = lock ? await q.for('update') : await q;
  if (!m) throw notFound('phiên họp');
  const r = await findRound(db, tenantId, m.roundId);
  return { meeting: m, round: r! };
}

export type Viewer = { office: boolean; member: typeof councilMembers.$inferSelect | null };

/** Who the actor is for this meeting: the office, a member of its council, both, or neither (403). */
export async function meetingViewer(
  db: Q,
  ctx: Ctx,
  meeting: { councilId: string },
  roundOrgId: string,
): Promise<Viewer> {
  const office = await mayManage(db, ctx.actor, roundOrgId);
  const [member] = await db
    .select()
    .from(councilMembers)
    .where(
      and(
        eq(councilMembers.tenantId, ctx.actor.tenantId),
        eq(councilMembers.councilId, meeting.councilId),
        eq(councilMembers.userId, ctx.actor.userId),
      ),
    );
  if (!office && !member) throw forbidden('Bạn không phải thành viên Hội đồng của phiên họp này.');
  return { office, member: member ?? null };
}

export { moved } from '../../server/errors.js';
