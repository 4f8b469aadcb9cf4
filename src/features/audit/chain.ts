// How an audit row's hash is computed, for each chain version. Pure: no I/O.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../server/canonical.js';
import { hmacHex } from './keyring.js';

export const GENESIS_HASH = '0'.repeat(64);
/** The version every new row is written with. */
export const CHAIN_VERSION = 2;

export interface HashedFields {
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

/** Version 1: unkeyed SHA-256. Anyone who can write the table can recompute it. */
export function auditHashV1(prevHash: string, f: HashedFields): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(f)).digest('hex');
}

/** Version 2: HMAC-SHA256 under the audit key, over the previous hash, the version and the fields. */
export function auditHashV2(key: Buffer, prevHash: string, f: HashedFields): string {
  return hmacHex(key, 'tdkt-audit-v2\n', prevHash, '\n', canonicalJson(f));
}

export function auditHashOf(version: number, key: Buffer, prevHash: string, f: HashedFields): string | null {
  if (version === 1) return auditHashV1(prevHash, f);
  if (version === 2) return auditHashV2(key, prevHash, f);
  return null;
}

/**
 * A string as PostgreSQL will store and give it back: a lone surrogate cannot be encoded in UTF-8
 * (the driver writes U+FFFD instead) and U+0000 cannot be stored at all, so both become U+FFFD
 * before the row is written and hashed. What is hashed is then exactly what is stored.
 */
export function storedText(s: string): string {
  // A lone high surrogate (not followed by a low one) or a lone low surrogate (not after a high one).
  // biome-ignore lint/suspicious/noControlCharactersInRegex: U+0000 cannot be stored, so it is matched on purpose.
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\u0000/g, '\uFFFD');
}

/** A JSON value as jsonb gives it back: JSON round trip (dates become strings), then every string and key as stored. */
export function storedJson(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  return deep(JSON.parse(JSON.stringify(v)));
}

function deep(v: unknown): unknown {
  if (typeof v === 'string') return storedText(v);
  if (Array.isArray(v)) return v.map(deep);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[storedText(k)] = deep(x);
    return out;
  }
  return v;
}

/** The hashed fields of a row as read back from the database. */
export function fieldsOfRow(r: {
  tenantId: string;
  seq: number;
  at: Date;
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
}): HashedFields {
  return {
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
    before: r.before ?? null,
    after: r.after ?? null,
    reason: r.reason,
  };
}
