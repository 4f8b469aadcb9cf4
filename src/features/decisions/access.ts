// Loading what a decision use case works on, and the one access rule of the feature: the office
// (round.manage) drafts and the signer (decision.sign) signs on the round's organisation.
import type { Ctx } from '../../server/context.js';
import { forbidden, notFound } from '../../server/errors.js';
import { can, type Permission } from '../../server/policy.js';
import type { Db, Tx } from '../../db/client.js';
import { isoDateInVietnam } from '../../domain/vi-text/index.js';
import { findOrganisation } from '../organisations/repository.js';
import { orgChain } from '../organisations/tree.js';
import { findRound } from '../rounds/repository.js';
import type { DecisionContent } from './content.js';
import { type DecisionRow, findDecision } from './repository.js';

type Q = Db | Tx;

/** Today in Vietnam, from the request's clock. */
export const today = (ctx: Ctx) => isoDateInVietnam(ctx.now);

export const asContent = (d: DecisionRow) => d.content as DecisionContent;

export async function loadRound(q: Q, tenantId: string, roundId: string) {
  const r = await findRound(q, tenantId, roundId);
  if (!r) throw notFound('đợt xét khen thưởng');
  return r;
}

export async function loadOrg(q: Q, tenantId: string, orgId: string) {
  const o = await findOrganisation(q, tenantId, orgId);
  if (!o) throw notFound('cơ quan, đơn vị');
  return o;
}

export async function loadDecision(q: Q, tenantId: string, id: string, lock = false) {
  const d = await findDecision(q, tenantId, id, lock);
  if (!d) throw notFound('quyết định');
  return d;
}

/** The actor's permissions on an organisation among `wanted`; 403 (with the first message) when none. */
export async function requireOneOf(
  ctx: Ctx,
  orgId: string,
  wanted: Permission[],
  message?: string,
): Promise<Set<Permission>> {
  const chain = await orgChain(ctx.db, ctx.actor.tenantId, orgId);
  if (!chain.length) throw notFound('cơ quan, đơn vị');
  const held = new Set(wanted.filter((p) => can(ctx.actor, p, chain)));
  if (!held.size)
    throw forbidden(
      message ??
        (wanted[0] === 'decision.sign'
          ? 'Chỉ người có thẩm quyền ký mới được ký quyết định.'
          : 'Chỉ cán bộ thường trực TĐKT mới được quản lý quyết định khen thưởng.'),
    );
  return held;
}
