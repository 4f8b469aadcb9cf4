// Appending to the hash-chained audit log. Called inside the same transaction as the write it
// records, so a write and its audit row land together or not at all.
import { createHash } from 'node:crypto';
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { auditHeads, auditLog } from '../../db/schema.js';
import { canonicalJson } from '../../server/canonical.js';
import { searchKey } from '../../domain/vi-text/index.js';

export const GENESIS_HASH = '0'.repeat(64);

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

interface HashedFields {
  tenantId: string;
  seq: number;
  at: string;
  actorUserId: string | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string | null;
  orgId: string | null;
  summary: string;
  before: unknown;
  after: unknown;
  reason: string | null;
}

export function auditHash(prevHash: string, f: HashedFields): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(f)).digest('hex');
}

/** JSON round trip, so what we hash is exactly what jsonb gives back (dates become strings). */
const plain = (v: unknown) => (v === undefined || v === null ? null : JSON.parse(JSON.stringify(v)));

export async function appendAudit(tx: Tx, actor: AuditActor, entry: AuditEntry, at = new Date()): Promise<number> {
  await tx.insert(auditHeads).values({ tenantId: actor.tenantId, seq: 0, hash: GENESIS_HASH }).onConflictDoNothing();
  const [head] = await tx
    .select()
    .from(auditHeads)
    .where(eq(auditHeads.tenantId, actor.tenantId))
    .for('update');
  const fields: HashedFields = {
    tenantId: actor.tenantId,
    seq: head.seq + 1,
    at: at.toISOString(),
    actorUserId: actor.userId,
    actorName: actor.name,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    orgId: entry.orgId ?? null,
    summary: entry.summary,
    before: plain(entry.before),
    after: plain(entry.after),
    reason: entry.reason ?? null,
  };
  const hash = auditHash(head.hash, fields);
  await tx.insert(auditLog).values({ ...fields, at, prevHash: head.hash, hash, summaryKey: searchKey(fields.summary), actorKey: searchKey(fields.actorName) });
  await tx
    .update(auditHeads)
    .set({ seq: fields.seq, hash })
    .where(eq(auditHeads.tenantId, actor.tenantId));
  return fields.seq;
}

export interface ChainCheck {
  ok: boolean;
  checked: number;
  /** First sequence number whose row does not match its hash or its predecessor. */
  brokenAt: number | null;
}

/** Walks the tenant's chain from the start and recomputes every hash. */
export async function verifyAuditChain(db: Db | Tx, tenantId: string, batch = 2000): Promise<ChainCheck> {
  let prev = GENESIS_HASH;
  let lastSeq = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, tenantId), gt(auditLog.seq, lastSeq)))
      .orderBy(asc(auditLog.seq))
      .limit(batch);
    if (rows.length === 0) break;
    for (const r of rows) {
      const expected = auditHash(prev, {
        tenantId: r.tenantId,
        seq: r.seq,
        at: r.at.toISOString(),
        actorUserId: r.actorUserId,
        actorName: r.actorName,
        action: r.action,
        entityType: r.entityType,
        entityId: r.entityId,
        orgId: r.orgId,
        summary: r.summary,
        before: r.before,
        after: r.after,
        reason: r.reason,
      });
      if (r.seq !== lastSeq + 1 || r.prevHash !== prev || r.hash !== expected) {
        return { ok: false, checked, brokenAt: r.seq };
      }
      prev = r.hash;
      lastSeq = r.seq;
      checked++;
    }
  }
  const [head] = await db.select().from(auditHeads).where(eq(auditHeads.tenantId, tenantId));
  if (head && (head.seq !== lastSeq || head.hash !== prev)) return { ok: false, checked, brokenAt: lastSeq + 1 };
  return { ok: true, checked, brokenAt: null };
}


/** Audit a use case's write as the acting user. */
export function recordAudit(tx: Tx, ctx: { actor: { tenantId: string; userId: string; fullName: string }; now: Date }, entry: AuditEntry) {
  return appendAudit(tx, { tenantId: ctx.actor.tenantId, userId: ctx.actor.userId, name: ctx.actor.fullName }, entry, ctx.now);
}
