// Appending to the hash-chained audit log. Called inside the same transaction as the write it
// records, so a write and its audit row land together or not at all. Rows are chain version 2:
// HMAC-SHA256 under the audit key (src/features/audit/keyring.ts), which is not in the database.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { auditHeads, auditLog } from '../../db/schema.js';
import { searchKey } from '../../domain/vi-text/index.js';
import { now as clockNow } from '../../server/clock.js';
import { currentAnchors } from './anchors.js';
import { auditHashV2, CHAIN_VERSION, GENESIS_HASH, type HashedFields, storedJson, storedText } from './chain.js';
import { currentAuditKey } from './keyring.js';

export { GENESIS_HASH } from './chain.js';
export { verifyAuditChain, type ChainBreak, type ChainCheck } from './verify.js';

export interface AuditActor {
  tenantId: string;
  userId: string | null;
  name: string;
}

export interface AuditEntry {
  action: string; // verb.noun, e.g. 'person.create'
  entityType: string;
  entityId?: string | null;
  orgId?: string | null;
  summary: string; // Vietnamese, shown in the log
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

export async function appendAudit(tx: Tx, actor: AuditActor, entry: AuditEntry, at = clockNow()): Promise<number> {
  await tx.insert(auditHeads).values({ tenantId: actor.tenantId, seq: 0, hash: GENESIS_HASH }).onConflictDoNothing();
  const [head] = await tx.select().from(auditHeads).where(eq(auditHeads.tenantId, actor.tenantId)).for('update');
  // Every text as the database will store it (see storedText), so the hash covers exactly the row.
  const text = (v: string | null | undefined) => (v === undefined || v === null ? null : storedText(v));
  const fields: HashedFields = {
    tenantId: actor.tenantId,
    seq: head.seq + 1,
    at: at.toISOString(),
    actorUserId: actor.userId,
    actorName: storedText(actor.name),
    action: storedText(entry.action),
    entityType: storedText(entry.entityType),
    entityId: text(entry.entityId),
    orgId: entry.orgId ?? null,
    summary: storedText(entry.summary),
    before: storedJson(entry.before),
    after: storedJson(entry.after),
    reason: text(entry.reason),
  };
  const hash = auditHashV2(currentAuditKey().key, head.hash, fields);
  await tx.insert(auditLog).values({
    ...fields,
    at,
    prevHash: head.hash,
    hash,
    chainVersion: CHAIN_VERSION,
    summaryKey: searchKey(fields.summary),
    actorKey: searchKey(fields.actorName),
  });
  await tx.update(auditHeads).set({ seq: fields.seq, hash }).where(eq(auditHeads.tenantId, actor.tenantId));
  currentAnchors()?.noteAppend();
  return fields.seq;
}

/** Audit a use case's write as the acting user. */
export function recordAudit(
  tx: Tx,
  ctx: { actor: { tenantId: string; userId: string; fullName: string }; now: Date },
  entry: AuditEntry,
) {
  return appendAudit(
    tx,
    { tenantId: ctx.actor.tenantId, userId: ctx.actor.userId, name: ctx.actor.fullName },
    entry,
    ctx.now,
  );
}
