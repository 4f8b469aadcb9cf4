// Loading a round, a dossier or a nominee with the checks every use case needs: the office holds
// 'round.manage' on (an ancestor of) the organisation that runs the round; a unit's clerk holds
// 'proposal.submit' on the unit and proposes only for invited units, and only while the round is
// open and the dossier not sent.
import { isoDateInVietnam } from '../../domain/vi-text/index.js';
import { proposalMachine } from '../../domain/rounds/index.js';
import type { Ctx } from '../../server/context.js';
import { moved, notFound, refuse } from '../../server/errors.js';
import { requireOrgAccess, scopeFor } from '../organisations/scope.js';
import { orgChain } from '../organisations/tree.js';
import {
  findNominee,
  findProposal,
  findRound,
  invitedUnits,
  type NomineeRow,
  type ProposalRow,
  type RoundRow,
} from './repository.js';
import type { Db, Tx } from '../../db/client.js';

type Q = Db | Tx;

/** Today's date in Vietnam (the business clock), as yyyy-mm-dd. */
export const today = (ctx: Ctx) => isoDateInVietnam(ctx.now);

/** Days left until the round's deadline for dossiers (negative once it has passed). */
export function countdown(ctx: Ctx, round: RoundRow) {
  const d = (Date.parse(round.submitBy) - Date.parse(today(ctx))) / 86_400_000;
  return Math.round(d);
}

export async function loadRound(db: Q, tenantId: string, id: string): Promise<RoundRow> {
  const r = await findRound(db, tenantId, id);
  if (!r) throw notFound('đợt xét khen thưởng');
  return r;
}

export async function loadProposal(db: Q, tenantId: string, id: string): Promise<ProposalRow> {
  const p = await findProposal(db, tenantId, id);
  if (!p) throw notFound('hồ sơ đề nghị');
  return p;
}

export async function loadNominee(db: Q, tenantId: string, id: string): Promise<NomineeRow> {
  const n = await findNominee(db, tenantId, id);
  if (!n) throw notFound('người (tập thể) được đề nghị');
  return n;
}

export async function requireManage(ctx: Ctx, round: RoundRow) {
  await requireOrgAccess(ctx.db, ctx.actor, 'round.manage', round.orgId);
}

/** What the actor may do in a round: manage it (the office), and propose for which invited units. */
export async function accessTo(ctx: Ctx, round: RoundRow) {
  const chain = await orgChain(ctx.db, ctx.actor.tenantId, round.orgId);
  const scopeManage = await scopeFor(ctx.db, ctx.actor, 'round.manage');
  const manage = scopeManage === null || chain.some((o) => scopeManage.has(o));
  const invited = await invitedUnits(ctx.db, ctx.actor.tenantId, round.id);
  const scopePropose = await scopeFor(ctx.db, ctx.actor, 'proposal.submit');
  const proposeOrgs = invited.filter((o) => scopePropose === null || scopePropose.has(o.orgId));
  return { manage, invited, proposeOrgs };
}

/** The unit's side: a clerk of the proposing unit (or the office, which may also help). */
export async function requireProposalWrite(ctx: Ctx, p: ProposalRow) {
  await requireOrgAccess(ctx.db, ctx.actor, 'proposal.submit', p.orgId);
}

/** Whether the actor may read a dossier: the unit's clerks and the office running the round. */
export async function canReadProposal(ctx: Ctx, p: ProposalRow, round: RoundRow) {
  const scope = await scopeFor(ctx.db, ctx.actor, 'proposal.submit');
  if (scope === null || scope.has(p.orgId)) return true;
  const chain = await orgChain(ctx.db, ctx.actor.tenantId, round.orgId);
  const m = await scopeFor(ctx.db, ctx.actor, 'round.manage');
  return m === null || chain.some((o) => m.has(o));
}

/** The unit may still change its dossier: not sent, and the round still takes dossiers. */
export async function requireEditable(ctx: Ctx, p: ProposalRow) {
  await requireProposalWrite(ctx, p);
  const round = await loadRound(ctx.db, ctx.actor.tenantId, p.roundId);
  moved(() => proposalMachine.move(p.status, 'edit'));
  if (round.status !== 'open') throw refuse('ROUND_NOT_OPEN', 'Đợt xét đã hết hạn nhận hồ sơ: không sửa được hồ sơ.');
  return round;
}

/** A nominee the office acts on, with its round, once the actor is checked to manage the round. */
export async function officeNominee(ctx: Ctx, id: string) {
  const t = ctx.actor.tenantId;
  const n = await loadNominee(ctx.db, t, id);
  const round = await loadRound(ctx.db, t, n.roundId);
  await requireManage(ctx, round);
  return { n, round };
}
