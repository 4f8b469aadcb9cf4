// Signed heads of the audit chain, written OUTSIDE the database (a JSON-lines file, by default
// DATA_DIR/audit-anchors.jsonl). Each line says "tenant T's chain had N rows ending in hash H at
// time t" and carries an HMAC under the audit key, so a database role can neither forge a line nor
// make the chain disagree with one unnoticed: deleting the last rows and moving the head leaves an
// anchor pointing past the end; rewriting and re-chaining leaves an anchor whose hash no longer
// matches. An auditor compares the file (or copies of it sent elsewhere) with `audit verify`.
//
// Lines: {"v":1,"kind":"keyed"|"head"|"backup","at":ISO,"tenantId","seq","hash","legacy":{…},"mac"}.
// The first line ("keyed") records, per tenant, the last row written before the key existed
// (chain version 1); rows after it must be version 2.
import { appendFileSync, chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { auditHeads, auditLog } from '../../db/schema.js';
import { canonicalJson } from '../../server/canonical.js';
import { hmacHex } from './keyring.js';

export const ANCHOR_FILE_NAME = 'audit-anchors.jsonl';

export type AnchorKind = 'keyed' | 'head' | 'backup';

export interface AnchorBody {
  v: 1;
  kind: AnchorKind;
  /** Wall-clock time the line was written (operational, not business time). */
  at: string;
  tenantId?: string;
  seq?: number;
  hash?: string;
  /** 'keyed' only: tenant → its last version-1 row when the key was introduced. */
  legacy?: Record<string, { seq: number; hash: string }>;
}

export interface AnchorRecord extends AnchorBody {
  mac: string;
}

export interface AnchorFile {
  exists: boolean;
  records: AnchorRecord[];
  /** Lines that do not parse or whose signature is wrong (1-based line numbers). */
  invalid: { line: number; reason: 'unreadable' | 'bad_signature' }[];
}

const macOf = (key: Buffer, body: AnchorBody) => hmacHex(key, 'tdkt-audit-anchor-v1\n', canonicalJson(body));

export function signAnchor(key: Buffer, body: AnchorBody): AnchorRecord {
  return { ...body, mac: macOf(key, body) };
}

export function parseAnchors(text: string, key: Buffer): Omit<AnchorFile, 'exists'> {
  const records: AnchorRecord[] = [];
  const invalid: AnchorFile['invalid'] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let rec: AnchorRecord;
    try {
      rec = JSON.parse(line) as AnchorRecord;
    } catch {
      invalid.push({ line: i + 1, reason: 'unreadable' });
      return;
    }
    if (!rec || typeof rec !== 'object' || typeof rec.mac !== 'string') {
      invalid.push({ line: i + 1, reason: 'unreadable' });
      return;
    }
    const { mac, ...body } = rec;
    if (macOf(key, body as AnchorBody) !== mac) {
      invalid.push({ line: i + 1, reason: 'bad_signature' });
      return;
    }
    records.push(rec);
  });
  return { records, invalid };
}

/** The anchors of one deployment: a file and the key that signs it. */
export class AnchorStore {
  private last = new Map<string, { seq: number; hash: string }>();
  private timer: NodeJS.Timeout | null = null;
  private pending: NodeJS.Timeout | null = null;
  private db: Db | null = null;

  constructor(
    readonly path: string,
    private readonly key: Buffer,
  ) {
    for (const r of this.read().records)
      if (r.tenantId && r.seq !== undefined && r.hash) this.last.set(r.tenantId, { seq: r.seq, hash: r.hash });
  }

  read(): AnchorFile {
    if (!existsSync(this.path)) return { exists: false, records: [], invalid: [] };
    return { exists: true, ...parseAnchors(readFileSync(this.path, 'utf8'), this.key) };
  }

  append(body: Omit<AnchorBody, 'v' | 'at'> & { at?: string }): AnchorRecord {
    // Wall-clock time: when the line was written, independent of any business clock.
    const rec = signAnchor(this.key, { v: 1, ...body, at: body.at ?? new Date().toISOString() });
    mkdirSync(dirname(this.path), { recursive: true });
    const fresh = !existsSync(this.path);
    // One write() of one line with O_APPEND: lines of concurrent writers never interleave.
    appendFileSync(this.path, `${JSON.stringify(rec)}\n`, { mode: 0o600 });
    if (fresh) chmodSync(this.path, 0o600);
    if (rec.tenantId && rec.seq !== undefined && rec.hash)
      this.last.set(rec.tenantId, { seq: rec.seq, hash: rec.hash });
    return rec;
  }

  /**
   * The first start with a key: records, per tenant, the last row hashed without a key (version 1),
   * so those rows stay checkable (their last hash is now signed) and no version-1 row can appear
   * after them. Later starts find the record and do nothing.
   */
  async ensureKeyed(db: Db): Promise<{ created: boolean; legacy: Record<string, { seq: number; hash: string }> }> {
    const file = this.read();
    const keyed = file.records.find((r) => r.kind === 'keyed');
    if (keyed) return { created: false, legacy: keyed.legacy ?? {} };
    if (file.exists && file.records.length > 0) {
      console.warn(
        `CẢNH BÁO: tệp mốc nhật ký ${this.path} không có dòng khởi đầu hợp lệ; ghi lại mốc từ trạng thái hiện tại.`,
      );
    }
    const rows = await db.execute(sql`
      SELECT DISTINCT ON (tenant_id) tenant_id AS "tenantId", seq, hash FROM audit_log
      WHERE chain_version = 1 ORDER BY tenant_id, seq DESC`);
    const legacy: Record<string, { seq: number; hash: string }> = {};
    for (const r of rowsOf<{ tenantId: string; seq: string | number; hash: string }>(rows))
      legacy[r.tenantId] = { seq: Number(r.seq), hash: r.hash };
    this.append({ kind: 'keyed', legacy });
    if (Object.keys(legacy).length) {
      console.log(
        `Nhật ký: ${Object.keys(legacy).length} chuỗi có bản ghi cũ chưa có khóa; đã ký mốc tại bản ghi cuối của từng chuỗi, từ nay mọi bản ghi được ký bằng khóa.`,
      );
    }
    await this.anchorHeads(db);
    return { created: true, legacy };
  }

  /** Appends a signed head for every tenant whose head moved since its last anchor (or all, for a backup). */
  async anchorHeads(
    db: Db,
    kind: 'head' | 'backup' = 'head',
    heads?: { tenantId: string; seq: number; hash: string }[],
  ) {
    const list = heads ?? (await db.select().from(auditHeads));
    const written: AnchorRecord[] = [];
    for (const h of list) {
      const prev = this.last.get(h.tenantId);
      if (kind === 'head' && prev && prev.seq === h.seq && prev.hash === h.hash) continue;
      if (kind === 'head' && !prev && h.seq === 0) continue;
      written.push(this.append({ kind, tenantId: h.tenantId, seq: h.seq, hash: h.hash }));
    }
    return written;
  }

  /** Anchors shortly after each append (coalesced) and at a fixed interval, until stopped. */
  start(db: Db, intervalMs: number) {
    this.db = db;
    const tick = () =>
      void this.anchorHeads(db).catch((e) =>
        console.error(`Không ghi được mốc nhật ký: ${e instanceof Error ? e.message : e}`),
      );
    this.timer = setInterval(tick, intervalMs);
    this.timer.unref();
    return () => this.stop();
  }

  /** Called after an audit row is appended: anchor the new head about a second later. */
  noteAppend() {
    if (!this.db || this.pending) return;
    const db = this.db;
    this.pending = setTimeout(() => {
      this.pending = null;
      void this.anchorHeads(db).catch((e) =>
        console.error(`Không ghi được mốc nhật ký: ${e instanceof Error ? e.message : e}`),
      );
    }, 1000);
    this.pending.unref();
  }

  async stop() {
    if (this.timer) clearInterval(this.timer);
    if (this.pending) clearTimeout(this.pending);
    this.timer = this.pending = null;
    const db = this.db;
    this.db = null;
    if (db) await this.anchorHeads(db).catch(() => undefined);
  }
}

const rowsOf = <T>(r: unknown) => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];

let current: AnchorStore | null = null;

export function configureAnchors(store: AnchorStore | null) {
  current = store;
}

export function currentAnchors(): AnchorStore | null {
  return current;
}

/** The hash of one row, or null when it does not exist (for comparing an anchor). */
export async function rowHash(db: Db, tenantId: string, seq: number): Promise<string | null> {
  const [r] = await db
    .select({ hash: auditLog.hash })
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenantId), eq(auditLog.seq, seq)))
    .orderBy(desc(auditLog.seq))
    .limit(1);
  return r?.hash ?? null;
}
