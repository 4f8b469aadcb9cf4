// Evidence files kept in the database with their SHA-256: type and size checked against the
// content (PDF, DOCX, images), every upload and removal audited. Features decide who may attach
// to what and who may read it; this module only stores and reads.
import { createHash } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { files } from '../../db/schema.js';
import { checkEvidence } from '../../domain/rounds/index.js';
import type { Ctx } from '../../server/context.js';
import { invalid, notFound } from '../../server/errors.js';
import { recordAudit } from '../audit/append.js';

export interface StoredFile {
  id: string;
  fileName: string;
  size: number;
  sha256: string;
  mime: string;
}

/** Checks and stores one file for an owner; `label` says in the audit log what it belongs to. */
export async function storeFile(
  ctx: Ctx,
  o: { ownerType: string; ownerId: string; fileName: string; bytes: Uint8Array; orgId: string; label: string },
): Promise<StoredFile> {
  const name = o.fileName.normalize('NFC').replace(/[\\/]/g, '_').slice(0, 200);
  const check = checkEvidence(name, o.bytes);
  if (!check.ok) throw invalid([{ field: 'file', label: 'Tệp', message: check.message }]);
  const id = crypto.randomUUID();
  const sha256 = createHash('sha256').update(o.bytes).digest('hex');
  const t = ctx.actor.tenantId;
  await ctx.db.transaction(async (tx) => {
    await tx.insert(files).values({
      tenantId: t,
      id,
      ownerType: o.ownerType,
      ownerId: o.ownerId,
      fileName: name,
      mime: check.kind.mime,
      size: o.bytes.length,
      sha256,
      content: o.bytes,
      uploadedBy: ctx.actor.userId,
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'file.upload',
      entityType: 'file',
      entityId: id,
      orgId: o.orgId,
      summary: `Tải lên tệp minh chứng "${name}" (${o.label})`,
      after: { fileName: name, size: o.bytes.length, sha256, ownerType: o.ownerType, ownerId: o.ownerId },
    });
  });
  return { id, fileName: name, size: o.bytes.length, sha256, mime: check.kind.mime };
}

/** Files of some owners (without their content), oldest first. */
export async function filesOf(db: Db | Tx, tenantId: string, ownerType: string, ownerIds: readonly string[]) {
  if (!ownerIds.length) return [];
  return db
    .select({
      id: files.id,
      ownerId: files.ownerId,
      fileName: files.fileName,
      size: files.size,
      sha256: files.sha256,
      mime: files.mime,
    })
    .from(files)
    .where(and(eq(files.tenantId, tenantId), eq(files.ownerType, ownerType), inArray(files.ownerId, [...ownerIds])))
    .orderBy(asc(files.createdAt));
}

/** Files of some owners of any of the owner types, with their content (a dossier package). */
export async function filesWithContentOf(
  db: Db | Tx,
  tenantId: string,
  ownerTypes: readonly string[],
  ownerIds: readonly string[],
) {
  if (!ownerIds.length || !ownerTypes.length) return [];
  return db
    .select()
    .from(files)
    .where(
      and(
        eq(files.tenantId, tenantId),
        inArray(files.ownerId, [...ownerIds]),
        inArray(files.ownerType, [...ownerTypes]),
      ),
    );
}

/**
 * Removes every file of one owner inside the caller's transaction: for an owner the caller is
 * itself removing (and auditing), such as a nominee taken off a dossier still being written.
 */
export async function deleteFilesOf(q: Db | Tx, tenantId: string, ownerType: string, ownerId: string) {
  await q
    .delete(files)
    .where(and(eq(files.tenantId, tenantId), eq(files.ownerType, ownerType), eq(files.ownerId, ownerId)));
}

/** One file with its content; the caller checks that the actor may read its owner. */
export async function loadFile(db: Db | Tx, tenantId: string, id: string) {
  const [f] = await db
    .select()
    .from(files)
    .where(and(eq(files.tenantId, tenantId), eq(files.id, id)));
  if (!f) throw notFound('tệp');
  return f;
}

/** Removes a file of a record still being written (never one a decision rests on), audited. */
export async function removeFile(
  ctx: Ctx,
  f: { id: string; fileName: string; size: number; sha256: string },
  orgId: string,
) {
  const t = ctx.actor.tenantId;
  await ctx.db.transaction(async (tx) => {
    await tx.delete(files).where(and(eq(files.tenantId, t), eq(files.id, f.id)));
    await recordAudit(tx, ctx, {
      action: 'file.delete',
      entityType: 'file',
      entityId: f.id,
      orgId,
      summary: `Bỏ tệp minh chứng "${f.fileName}"`,
      before: { fileName: f.fileName, size: f.size, sha256: f.sha256 },
    });
  });
}
