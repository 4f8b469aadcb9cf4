// Evidence files of a dossier (PDF, DOCX, images): type and size checked against the content,
// stored in the database with their SHA-256, changeable only while the dossier is editable.
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { files, nominees, proposals, rounds } from '../../db/schema.js';
import { checkEvidence, proposalMachine } from '../../domain/rounds/index.js';
import type { Ctx } from '../../server/context.js';
import { conflict, invalid, notFound } from '../../server/errors.js';
import { recordAudit } from '../audit/append.js';
import { requireOrgAccess, scopeFor } from '../organisations/scope.js';
import { orgChain } from '../organisations/tree.js';

async function ownerProposal(ctx: Ctx, ownerType: 'proposal' | 'nominee', ownerId: string) {
  const t = ctx.actor.tenantId;
  let proposalId = ownerId;
  let label = 'hồ sơ';
  if (ownerType === 'nominee') {
    const [n] = await ctx.db.select().from(nominees).where(and(eq(nominees.tenantId, t), eq(nominees.id, ownerId)));
    if (!n) throw notFound('người (tập thể) được đề nghị');
    proposalId = n.proposalId;
    label = n.displayName;
    if (n.status !== 'draft' && n.status !== 'returned') throw conflict('Chỉ thêm, bỏ tệp minh chứng khi đề nghị chưa gửi hoặc bị trả lại.');
  }
  const [p] = await ctx.db.select().from(proposals).where(and(eq(proposals.tenantId, t), eq(proposals.id, proposalId)));
  if (!p) throw notFound('hồ sơ đề nghị');
  return { p, label };
}

export async function uploadEvidence(ctx: Ctx, ownerType: 'proposal' | 'nominee', ownerId: string, fileName: string, bytes: Uint8Array) {
  const t = ctx.actor.tenantId;
  const { p, label } = await ownerProposal(ctx, ownerType, ownerId);
  await requireOrgAccess(ctx.db, ctx.actor, 'proposal.submit', p.orgId);
  if (!proposalMachine.can(p.status, 'edit')) throw conflict('Hồ sơ đã gửi: không thêm được tệp.');
  const [r] = await ctx.db.select({ status: rounds.status }).from(rounds).where(and(eq(rounds.tenantId, t), eq(rounds.id, p.roundId)));
  if (r?.status !== 'open') throw conflict('Đợt xét không còn nhận hồ sơ.');
  const name = fileName.normalize('NFC').replace(/[\\/]/g, '_').slice(0, 200);
  const check = checkEvidence(name, bytes);
  if (!check.ok) throw invalid([{ field: 'file', label: 'Tệp', message: check.message }]);
  const id = crypto.randomUUID();
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await ctx.db.transaction(async (tx) => {
    await tx.insert(files).values({ tenantId: t, id, ownerType, ownerId, fileName: name, mime: check.kind.mime, size: bytes.length, sha256, content: bytes, uploadedBy: ctx.actor.userId, createdAt: ctx.now });
    await recordAudit(tx, ctx, {
      action: 'file.upload', entityType: 'file', entityId: id, orgId: p.orgId,
      summary: `Tải lên tệp minh chứng "${name}" (${label})`, after: { fileName: name, size: bytes.length, sha256, ownerType, ownerId },
    });
  });
  return { id, fileName: name, size: bytes.length, sha256, mime: check.kind.mime };
}

/** The file, for whoever may read its dossier (the unit and the office running the round). */
export async function readEvidence(ctx: Ctx, id: string) {
  const t = ctx.actor.tenantId;
  const [f] = await ctx.db.select().from(files).where(and(eq(files.tenantId, t), eq(files.id, id)));
  if (!f) throw notFound('tệp');
  const proposalId = f.ownerType === 'nominee'
    ? (await ctx.db.select({ id: nominees.proposalId }).from(nominees).where(and(eq(nominees.tenantId, t), eq(nominees.id, f.ownerId))))[0]?.id
    : f.ownerId;
  const [p] = await ctx.db.select().from(proposals).where(and(eq(proposals.tenantId, t), eq(proposals.id, proposalId ?? '')));
  if (!p) throw notFound('tệp');
  const unitScope = await scopeFor(ctx.db, ctx.actor, 'proposal.submit');
  const [r] = await ctx.db.select({ orgId: rounds.orgId }).from(rounds).where(and(eq(rounds.tenantId, t), eq(rounds.id, p.roundId)));
  const officeScope = await scopeFor(ctx.db, ctx.actor, 'round.manage');
  const chain = await orgChain(ctx.db, t, r!.orgId);
  const ok = unitScope === null || unitScope.has(p.orgId) || officeScope === null || chain.some((o) => officeScope.has(o));
  if (!ok) throw notFound('tệp');
  return { fileName: f.fileName, mime: f.mime, content: Buffer.from(f.content) };
}

export async function deleteEvidence(ctx: Ctx, id: string) {
  const t = ctx.actor.tenantId;
  const [f] = await ctx.db.select().from(files).where(and(eq(files.tenantId, t), eq(files.id, id)));
  if (!f) throw notFound('tệp');
  const { p } = await ownerProposal(ctx, f.ownerType as 'proposal' | 'nominee', f.ownerId);
  await requireOrgAccess(ctx.db, ctx.actor, 'proposal.submit', p.orgId);
  if (!proposalMachine.can(p.status, 'edit')) throw conflict('Hồ sơ đã gửi: không bỏ được tệp.');
  await ctx.db.transaction(async (tx) => {
    await tx.delete(files).where(and(eq(files.tenantId, t), eq(files.id, id)));
    await recordAudit(tx, ctx, {
      action: 'file.delete', entityType: 'file', entityId: id, orgId: p.orgId,
      summary: `Bỏ tệp minh chứng "${f.fileName}"`, before: { fileName: f.fileName, size: f.size, sha256: f.sha256 },
    });
  });
  return { ok: true };
}
