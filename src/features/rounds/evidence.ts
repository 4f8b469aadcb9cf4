// Evidence files of a dossier (PDF, DOCX, images): type and size checked against the content,
// stored in the database with their SHA-256, changeable only while the dossier is editable.
import { proposalMachine } from '../../domain/rounds/index.js';
import type { Ctx } from '../../server/context.js';
import { notFound, refuse } from '../../server/errors.js';
import { loadFile, removeFile, storeFile } from '../files/store.js';
import { requireOrgAccess, scopeFor } from '../organisations/scope.js';
import { orgChain } from '../organisations/tree.js';
import { findNominee, findProposal, findRound } from './repository.js';

async function ownerProposal(ctx: Ctx, ownerType: 'proposal' | 'nominee', ownerId: string) {
  const t = ctx.actor.tenantId;
  let proposalId = ownerId;
  let label = 'hồ sơ';
  if (ownerType === 'nominee') {
    const n = await findNominee(ctx.db, t, ownerId);
    if (!n) throw notFound('người (tập thể) được đề nghị');
    proposalId = n.proposalId;
    label = n.displayName;
    if (n.status !== 'draft' && n.status !== 'returned')
      throw refuse('NOMINEE_SENT', 'Chỉ thêm, bỏ tệp minh chứng khi đề nghị chưa gửi hoặc bị trả lại.');
  }
  const p = await findProposal(ctx.db, t, proposalId);
  if (!p) throw notFound('hồ sơ đề nghị');
  return { p, label };
}

export async function uploadEvidence(
  ctx: Ctx,
  ownerType: 'proposal' | 'nominee',
  ownerId: string,
  fileName: string,
  bytes: Uint8Array,
) {
  const t = ctx.actor.tenantId;
  const { p, label } = await ownerProposal(ctx, ownerType, ownerId);
  await requireOrgAccess(ctx.db, ctx.actor, 'proposal.submit', p.orgId);
  if (!proposalMachine.can(p.status, 'edit')) throw refuse('PROPOSAL_SENT', 'Hồ sơ đã gửi: không thêm được tệp.');
  const r = await findRound(ctx.db, t, p.roundId);
  if (r?.status !== 'open') throw refuse('ROUND_NOT_OPEN', 'Đợt xét không còn nhận hồ sơ.');
  return storeFile(ctx, { ownerType, ownerId, fileName, bytes, orgId: p.orgId, label });
}

/** The file, for whoever may read its dossier (the unit and the office running the round). */
export async function readEvidence(ctx: Ctx, id: string) {
  const t = ctx.actor.tenantId;
  const f = await loadFile(ctx.db, t, id);
  if (f.ownerType !== 'proposal' && f.ownerType !== 'nominee') throw notFound('tệp');
  const proposalId = f.ownerType === 'nominee' ? (await findNominee(ctx.db, t, f.ownerId))?.proposalId : f.ownerId;
  const p = proposalId ? await findProposal(ctx.db, t, proposalId) : null;
  if (!p) throw notFound('tệp');
  const unitScope = await scopeFor(ctx.db, ctx.actor, 'proposal.submit');
  const r = await findRound(ctx.db, t, p.roundId);
  const officeScope = await scopeFor(ctx.db, ctx.actor, 'round.manage');
  const chain = await orgChain(ctx.db, t, r!.orgId);
  const ok =
    unitScope === null || unitScope.has(p.orgId) || officeScope === null || chain.some((o) => officeScope.has(o));
  if (!ok) throw notFound('tệp');
  return { fileName: f.fileName, mime: f.mime, content: Buffer.from(f.content) };
}

export async function deleteEvidence(ctx: Ctx, id: string) {
  const f = await loadFile(ctx.db, ctx.actor.tenantId, id);
  if (f.ownerType !== 'proposal' && f.ownerType !== 'nominee') throw notFound('tệp');
  const { p } = await ownerProposal(ctx, f.ownerType, f.ownerId);
  await requireOrgAccess(ctx.db, ctx.actor, 'proposal.submit', p.orgId);
  if (!proposalMachine.can(p.status, 'edit')) throw refuse('PROPOSAL_SENT', 'Hồ sơ đã gửi: không bỏ được tệp.');
  await removeFile(ctx, f, p.orgId);
  return { ok: true };
}
