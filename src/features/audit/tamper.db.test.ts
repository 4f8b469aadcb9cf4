// Tampering with the audit log through the application's own database connection: what someone
// holding the app's role can do (disable the append-only triggers, rewrite rows, recompute an
// unkeyed chain, move the head, delete the last rows). Verification must report each of these,
// every broken range of it, on both engines.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { ENGINES, openTestDatabase } from '../../db/testing/engines.js';
import { seedFixture } from '../../db/testing/fixture.js';
import { rowsOf } from '../../db/testing/frame.js';
import { createApp } from '../../server/app.js';
import { TestClient } from '../../db/testing/http.js';
import { FIXTURE_PASSWORD } from '../../db/testing/fixture.js';
import { AnchorStore, configureAnchors } from './anchors.js';
import { appendAudit } from './append.js';
import { auditHashV1, fieldsOfRow, GENESIS_HASH } from './chain.js';
import { configureAuditKey } from './keyring.js';
import { verifyAuditChain } from './verify.js';

const KEY = Buffer.from('a-test-key-of-the-deployment-under-test-0001');

describe.each(ENGINES)('audit tampering (%s)', (engine) => {
  let d: Database;
  let dir: string;
  let anchors: AnchorStore;
  let tenantId: string;
  let baseSeq: number;

  const exec = (q: ReturnType<typeof sql>) => d.db.execute(q);
  const rows = async () =>
    rowsOf<{ seq: string | number; hash: string; prev_hash: string }>(
      await exec(sql`SELECT seq, hash, prev_hash FROM audit_log WHERE tenant_id = ${tenantId} ORDER BY seq`),
    ).map((r) => ({ ...r, seq: Number(r.seq) }));
  const append = (n: number, summary = 'Ghi thử') =>
    d.db.transaction(async (tx) => {
      for (let i = 0; i < n; i++)
        await appendAudit(
          tx,
          { tenantId, userId: null, name: 'Người thử' },
          { action: 'test.write', entityType: 'test', summary: `${summary} ${i}`, after: { i, ten: 'Lò Thị Ánh' } },
        );
    });
  /** What the attacker can do: switch the triggers off around a statement. */
  const behindTheBack = async (q: ReturnType<typeof sql>) => {
    await exec(sql`ALTER TABLE audit_log DISABLE TRIGGER USER`);
    await exec(q);
    await exec(sql`ALTER TABLE audit_log ENABLE TRIGGER USER`);
  };

  beforeAll(() => {
    configureAuditKey({ key: KEY, source: 'env', where: 'test' });
  });
  afterAll(() => {
    configureAuditKey(null);
    configureAnchors(null);
  });
  beforeEach(async () => {
    d = await openTestDatabase(engine);
    await seedFixture(d.db);
    tenantId = rowsOf<{ id: string }>(await exec(sql`SELECT id FROM tenants`))[0]!.id;
    dir = mkdtempSync(join(tmpdir(), 'tdkt-anchors-'));
    anchors = new AnchorStore(join(dir, 'audit-anchors.jsonl'), KEY);
    configureAnchors(anchors);
    await anchors.ensureKeyed(d.db);
    baseSeq = (await rows()).length;
    await append(10);
    await anchors.anchorHeads(d.db);
  });
  afterEach(async () => {
    await d.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('verifies a whole chain, including texts the database cannot store as given', async () => {
    const lone = 'Token \uD800 của Lò Văn \uDC00An\u0000';
    await d.db.transaction((tx) =>
      appendAudit(
        tx,
        { tenantId, userId: null, name: `Văn thư \uDBFF` },
        {
          action: 'token.create',
          entityType: 'api_token',
          summary: `Tạo khóa "${lone}"`,
          before: { 'k\uD83D': lone },
          after: { name: lone, ok: '😀' },
        },
      ),
    );
    const r = await verifyAuditChain(d.db, tenantId);
    expect(r).toMatchObject({ ok: true, brokenAt: null, breaks: [], checked: baseSeq + 11 });
    const [row] = rowsOf<{ summary: string; after: { name: string; ok: string } }>(
      await exec(sql`SELECT summary, after FROM audit_log WHERE tenant_id = ${tenantId} ORDER BY seq DESC LIMIT 1`),
    );
    // Stored as U+FFFD, and the hash covers exactly that; a real pair (the emoji) is kept.
    expect(row!.summary).toBe('Tạo khóa "Token \uFFFD của Lò Văn \uFFFDAn\uFFFD"');
    expect(row!.after.ok).toBe('😀');
  });

  it('reports every rewritten row, not only the first', async () => {
    const s = baseSeq;
    await behindTheBack(
      sql`UPDATE audit_log SET summary = 'sửa lén' WHERE tenant_id = ${tenantId} AND seq IN (${s + 3}, ${s + 7}, ${s + 8})`,
    );
    const r = await verifyAuditChain(d.db, tenantId);
    expect(r.ok).toBe(false);
    expect(r.brokenAt).toBe(s + 3);
    expect(r.checked).toBe(s + 10);
    expect(r.breaks.map((b) => [b.from, b.to, b.reason])).toEqual([
      [s + 3, s + 3, 'altered'],
      [s + 7, s + 8, 'altered'],
    ]);
    expect(r.breaks[1]!.message).toBe(`Bản ghi số ${s + 7}–${s + 8} đã bị sửa: mã kiểm tra không khớp nội dung.`);
  });

  it('notices a chain recomputed without the key and a moved head', async () => {
    // The attacker rewrites row 3 and recomputes every hash after it the only way they can (no
    // key): unkeyed SHA-256, marked as legacy rows, and moves the head to match.
    const all = rowsOf<Record<string, unknown>>(
      await exec(sql`SELECT * FROM audit_log WHERE tenant_id = ${tenantId} ORDER BY seq`),
    );
    let prev = GENESIS_HASH;
    await exec(sql`ALTER TABLE audit_log DISABLE TRIGGER USER`);
    for (const raw of all) {
      const seq = Number(raw.seq);
      const summary = seq === baseSeq + 3 ? 'đã sửa' : (raw.summary as string);
      const f = fieldsOfRow({
        tenantId,
        seq,
        at: new Date(raw.at as string | Date),
        actorUserId: raw.actor_user_id as string | null,
        actorName: raw.actor_name as string,
        action: raw.action as string,
        entityType: raw.entity_type as string,
        entityId: raw.entity_id as string | null,
        orgId: raw.org_id as string | null,
        summary,
        before: raw.before,
        after: raw.after,
        reason: raw.reason as string | null,
      });
      const hash = auditHashV1(prev, f);
      await exec(
        sql`UPDATE audit_log SET summary = ${summary}, prev_hash = ${prev}, hash = ${hash}, chain_version = 1 WHERE tenant_id = ${tenantId} AND seq = ${seq}`,
      );
      prev = hash;
    }
    await exec(sql`ALTER TABLE audit_log ENABLE TRIGGER USER`);
    await exec(sql`UPDATE audit_heads SET hash = ${prev} WHERE tenant_id = ${tenantId}`);
    const r = await verifyAuditChain(d.db, tenantId);
    expect(r.ok).toBe(false);
    expect(r.breaks.filter((b) => b.reason === 'unkeyed').map((b) => [b.from, b.to])).toEqual([[1, baseSeq + 10]]);
    // The signed anchor of the last row no longer matches either.
    expect(r.breaks.some((b) => b.reason === 'anchor_mismatch' && b.from === baseSeq + 10)).toBe(true);
  });

  it('notices the last rows deleted and the head moved back', async () => {
    const s = baseSeq;
    const kept = (await rows()).find((r) => r.seq === s + 8)!;
    await behindTheBack(sql`DELETE FROM audit_log WHERE tenant_id = ${tenantId} AND seq > ${s + 8}`);
    await exec(sql`UPDATE audit_heads SET seq = ${s + 8}, hash = ${kept.hash} WHERE tenant_id = ${tenantId}`);
    const r = await verifyAuditChain(d.db, tenantId);
    expect(r.ok).toBe(false);
    expect(r.breaks).toEqual([expect.objectContaining({ from: s + 9, to: s + 10, reason: 'truncated' })]);
    expect(r.breaks[0]!.message).toMatch(
      new RegExp(`^Bản ghi số ${s + 9}–${s + 10} đã bị xóa: mốc đã ký lúc \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}`),
    );
  });

  it('notices a row deleted in the middle and a head moved alone', async () => {
    const s = baseSeq;
    await behindTheBack(sql`DELETE FROM audit_log WHERE tenant_id = ${tenantId} AND seq = ${s + 4}`);
    await exec(sql`UPDATE audit_heads SET seq = seq - 2 WHERE tenant_id = ${tenantId}`);
    const r = await verifyAuditChain(d.db, tenantId);
    expect(r.breaks.map((b) => [b.from, b.to, b.reason])).toEqual([
      [s + 4, s + 4, 'missing'],
      [s + 9, s + 10, 'head'],
    ]);
  });

  it('refuses a forged or missing anchor file', async () => {
    const path = join(dir, 'audit-anchors.jsonl');
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    const last = JSON.parse(lines.at(-1)!);
    writeFileSync(path, `${[...lines.slice(0, -1), JSON.stringify({ ...last, seq: last.seq - 1 })].join('\n')}\n`);
    const r = await verifyAuditChain(d.db, tenantId);
    expect(r.ok).toBe(false);
    expect(r.anchors.problems).toEqual([`Dòng ${lines.length} của tệp mốc nhật ký có chữ ký sai: đã bị sửa.`]);
    rmSync(path);
    const gone = await verifyAuditChain(d.db, tenantId);
    expect(gone.ok).toBe(false);
    expect(gone.anchors.problems[0]).toMatch(/^Không thấy tệp mốc nhật ký/);
  });

  it('keeps rows written before the key checkable, and refuses them rewritten', async () => {
    // A deployment from before the key: its rows are version 1. The first start with a key signs
    // their last hash; rows after it are version 2.
    await exec(sql`ALTER TABLE audit_log DISABLE TRIGGER USER`);
    await exec(sql`DELETE FROM audit_log WHERE tenant_id = ${tenantId}`);
    await exec(sql`ALTER TABLE audit_log ENABLE TRIGGER USER`);
    let prev = GENESIS_HASH;
    const at = new Date('2026-01-05T03:00:00Z');
    for (let seq = 1; seq <= 4; seq++) {
      const f = fieldsOfRow({
        tenantId,
        seq,
        at,
        actorUserId: null,
        actorName: 'Cũ',
        action: 'old.write',
        entityType: 'test',
        entityId: null,
        orgId: null,
        summary: `Cũ ${seq}`,
        before: null,
        after: { seq },
        reason: null,
      });
      const hash = auditHashV1(prev, f);
      await exec(
        sql`INSERT INTO audit_log (tenant_id, seq, at, actor_name, action, entity_type, summary, after, prev_hash, hash, chain_version) VALUES (${tenantId}, ${seq}, ${at}, 'Cũ', 'old.write', 'test', ${`Cũ ${seq}`}, ${JSON.stringify({ seq })}::jsonb, ${prev}, ${hash}, 1)`,
      );
      prev = hash;
    }
    await exec(sql`UPDATE audit_heads SET seq = 4, hash = ${prev} WHERE tenant_id = ${tenantId}`);
    rmSync(join(dir, 'audit-anchors.jsonl'));
    anchors = new AnchorStore(join(dir, 'audit-anchors.jsonl'), KEY);
    configureAnchors(anchors);
    expect((await anchors.ensureKeyed(d.db)).legacy[tenantId]).toEqual({ seq: 4, hash: prev });
    await append(3);
    const ok = await verifyAuditChain(d.db, tenantId);
    expect(ok).toMatchObject({ ok: true, legacyUntil: 4, checked: 7 });
    // Rewriting a legacy row and recomputing the legacy chain up to the boundary is caught by the signed boundary.
    let p2 = GENESIS_HASH;
    await exec(sql`ALTER TABLE audit_log DISABLE TRIGGER USER`);
    for (let seq = 1; seq <= 4; seq++) {
      const summary = seq === 2 ? 'Cũ đã sửa' : `Cũ ${seq}`;
      const hash = auditHashV1(
        p2,
        fieldsOfRow({
          tenantId,
          seq,
          at,
          actorUserId: null,
          actorName: 'Cũ',
          action: 'old.write',
          entityType: 'test',
          entityId: null,
          orgId: null,
          summary,
          before: null,
          after: { seq },
          reason: null,
        }),
      );
      await exec(
        sql`UPDATE audit_log SET summary = ${summary}, prev_hash = ${p2}, hash = ${hash} WHERE tenant_id = ${tenantId} AND seq = ${seq}`,
      );
      p2 = hash;
    }
    await exec(sql`ALTER TABLE audit_log ENABLE TRIGGER USER`);
    const r = await verifyAuditChain(d.db, tenantId);
    expect(r.ok).toBe(false);
    expect(r.breaks.map((b) => b.reason)).toEqual(['anchor_mismatch', 'link']);
    expect(r.breaks[0]).toMatchObject({ from: 4, to: 4 });
  });

  it('answers every break over HTTP, additively (ok, checked, brokenAt kept)', async () => {
    const s = baseSeq;
    await behindTheBack(
      sql`UPDATE audit_log SET reason = 'x' WHERE tenant_id = ${tenantId} AND seq IN (${s + 2}, ${s + 9})`,
    );
    const app = createApp(d, { secureCookies: false, webRoot: null, sessionHours: 1 });
    const admin = new TestClient(app);
    await admin.signIn('admin', FIXTURE_PASSWORD);
    const res = await admin.get('/api/v1/audit/verify');
    expect(res.status).toBe(200);
    // Signing in is itself audited, after the anchored rows.
    expect(res.body).toMatchObject({ ok: false, brokenAt: s + 2, anchors: { compared: true, problems: [] } });
    expect(res.body.checked).toBeGreaterThan(s + 10);
    expect(res.body.breaks.map((b: { from: number }) => b.from)).toEqual([s + 2, s + 9]);
  });
});
