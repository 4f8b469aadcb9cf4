// Verifying a tenant's audit chain: every row's hash (keyed from version 2 on), every link, the
// head in the database and the signed anchors outside it. Reports EVERY broken range, so one
// damaged row does not hide what follows.
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { auditHeads, auditLog } from '../../db/schema.js';
import { type AnchorRecord, currentAnchors } from './anchors.js';
import { auditHashOf, fieldsOfRow, GENESIS_HASH } from './chain.js';
import { currentAuditKey } from './keyring.js';

export type BreakReason = 'altered' | 'link' | 'unkeyed' | 'missing' | 'truncated' | 'anchor_mismatch' | 'head';

export interface ChainBreak {
  /** First and last sequence number of the broken range. */
  from: number;
  to: number;
  reason: BreakReason;
  /** Vietnamese, for the administrator. */
  message: string;
}

export interface ChainCheck {
  ok: boolean;
  checked: number;
  /** First sequence number of the first broken range (null when the chain is whole). */
  brokenAt: number | null;
  /** Every broken range, in order. */
  breaks: ChainBreak[];
  /** Rows up to this number were written before the key existed (chain version 1). */
  legacyUntil: number;
  anchors: {
    /** Whether signed anchors outside the database were compared (false only without an anchor file configured). */
    compared: boolean;
    count: number;
    lastSeq: number | null;
    lastAt: string | null;
    /** Problems with the anchor file itself (missing, unreadable or forged lines). */
    problems: string[];
  };
}

const vnTime = (iso: string) => {
  const d = new Date(Date.parse(iso) + 7 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
};
const range = (a: number, b: number) => (a === b ? `số ${a}` : `số ${a}–${b}`);

function message(reason: BreakReason, from: number, to: number, extra?: string): string {
  switch (reason) {
    case 'altered':
      return `Bản ghi ${range(from, to)} đã bị sửa: mã kiểm tra không khớp nội dung.`;
    case 'link':
      return `Bản ghi ${range(from, to)} không nối với bản ghi liền trước: đã bị thay hoặc chèn.`;
    case 'unkeyed':
      return `Bản ghi ${range(from, to)} không được ký bằng khóa nhật ký: chuỗi đã bị tính lại ngoài hệ thống.`;
    case 'missing':
      return `Thiếu bản ghi ${range(from, to)}: đã bị xóa.`;
    case 'truncated':
      return `Bản ghi ${range(from, to)} đã bị xóa: mốc đã ký ${extra ?? ''} ghi nhận chuỗi dài tới số ${to}.`;
    case 'anchor_mismatch':
      return `Bản ghi ${range(from, to)} khác với mốc đã ký ${extra ?? ''}: đã bị sửa hoặc chuỗi đã bị tính lại.`;
    case 'head':
      return `Đầu chuỗi trong cơ sở dữ liệu không khớp bản ghi cuối (${extra ?? ''}).`;
  }
}

/** Walks the tenant's chain from the start and checks it against the key and the anchors. */
export async function verifyAuditChain(db: Db | Tx, tenantId: string, batch = 2000): Promise<ChainCheck> {
  const key = currentAuditKey().key;
  const store = currentAnchors();
  const file = store?.read();
  const problems: string[] = [];
  const mine: AnchorRecord[] = [];
  let legacy: { seq: number; hash: string } | null = null;
  if (store && file) {
    if (!file.exists) problems.push(`Không thấy tệp mốc nhật ký ${store.path}: tệp đã bị xóa hoặc chuyển đi.`);
    for (const p of file.invalid) {
      problems.push(
        p.reason === 'bad_signature'
          ? `Dòng ${p.line} của tệp mốc nhật ký có chữ ký sai: đã bị sửa.`
          : `Dòng ${p.line} của tệp mốc nhật ký không đọc được.`,
      );
    }
    const keyed = file.records.find((r) => r.kind === 'keyed');
    if (file.exists && !keyed) problems.push('Tệp mốc nhật ký thiếu dòng khởi đầu (mốc lúc bắt đầu dùng khóa).');
    legacy = keyed?.legacy?.[tenantId] ?? (keyed ? { seq: 0, hash: GENESIS_HASH } : null);
    for (const r of file.records)
      if (r.tenantId === tenantId && r.kind !== 'keyed' && r.seq !== undefined && r.hash) mine.push(r);
  }
  // Sequence numbers whose stored hash an anchor vouches for.
  const expect = new Map<number, AnchorRecord[]>();
  for (const a of mine) expect.set(a.seq!, [...(expect.get(a.seq!) ?? []), a]);
  if (legacy && legacy.seq > 0)
    expect.set(legacy.seq, [
      ...(expect.get(legacy.seq) ?? []),
      { v: 1, kind: 'keyed', at: '', seq: legacy.seq, hash: legacy.hash, mac: '' },
    ]);

  const bad: { seq: number; reason: BreakReason; extra?: string }[] = [];
  const gaps: ChainBreak[] = [];
  let prevHash = GENESIS_HASH;
  let lastSeq = 0;
  let checked = 0;
  let seenKeyed = false;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, tenantId), gt(auditLog.seq, lastSeq)))
      .orderBy(asc(auditLog.seq))
      .limit(batch);
    if (rows.length === 0) break;
    for (const r of rows) {
      const gap = r.seq !== lastSeq + 1;
      if (gap)
        gaps.push({
          from: lastSeq + 1,
          to: r.seq - 1,
          reason: 'missing',
          message: message('missing', lastSeq + 1, r.seq - 1),
        });
      const expected = auditHashOf(r.chainVersion, key, r.prevHash, fieldsOfRow(r));
      const legacyAllowed = legacy ? r.seq <= legacy.seq : !seenKeyed;
      if (r.chainVersion === 1 && !legacyAllowed) bad.push({ seq: r.seq, reason: 'unkeyed' });
      else if (expected === null || r.hash !== expected) bad.push({ seq: r.seq, reason: 'altered' });
      else if (!gap && r.prevHash !== prevHash) bad.push({ seq: r.seq, reason: 'link' });
      if (r.chainVersion !== 1) seenKeyed = true;
      for (const a of expect.get(r.seq) ?? []) {
        if (a.hash !== r.hash)
          bad.push({
            seq: r.seq,
            reason: 'anchor_mismatch',
            extra: a.at ? `lúc ${vnTime(a.at)}` : 'khi bắt đầu dùng khóa',
          });
      }
      prevHash = r.hash;
      lastSeq = r.seq;
      checked++;
    }
  }

  const breaks: ChainBreak[] = [...gaps];
  // Consecutive rows broken for the same reason form one range (anchor mismatches stay one per anchor).
  bad.sort((a, b) => a.seq - b.seq);
  const open = new Map<BreakReason, ChainBreak>();
  for (const b of bad) {
    const cur = open.get(b.reason);
    if (cur && cur.to === b.seq) continue;
    if (cur && cur.to === b.seq - 1 && b.reason !== 'anchor_mismatch') {
      cur.to = b.seq;
      cur.message = message(b.reason, cur.from, cur.to, b.extra);
      continue;
    }
    const next: ChainBreak = {
      from: b.seq,
      to: b.seq,
      reason: b.reason,
      message: message(b.reason, b.seq, b.seq, b.extra),
    };
    breaks.push(next);
    open.set(b.reason, next);
  }

  // Anchors past the end: rows that were deleted from the tail (and the head moved back).
  const beyond = mine.filter((a) => a.seq! > lastSeq).sort((a, b) => b.seq! - a.seq!)[0];
  if (beyond)
    breaks.push({
      from: lastSeq + 1,
      to: beyond.seq!,
      reason: 'truncated',
      message: message('truncated', lastSeq + 1, beyond.seq!, `lúc ${vnTime(beyond.at)}`),
    });
  else if (legacy && legacy.seq > lastSeq)
    breaks.push({
      from: lastSeq + 1,
      to: legacy.seq,
      reason: 'truncated',
      message: message('truncated', lastSeq + 1, legacy.seq, 'khi bắt đầu dùng khóa'),
    });

  const [head] = await db.select().from(auditHeads).where(eq(auditHeads.tenantId, tenantId));
  if (head && (head.seq !== lastSeq || head.hash !== prevHash)) {
    if (head.seq > lastSeq) {
      if (!beyond || beyond.seq! < head.seq)
        breaks.push({
          from: lastSeq + 1,
          to: head.seq,
          reason: 'missing',
          message: message('missing', lastSeq + 1, head.seq),
        });
    } else {
      const from = head.seq < lastSeq ? head.seq + 1 : lastSeq;
      breaks.push({
        from,
        to: lastSeq,
        reason: 'head',
        message: message('head', from, lastSeq, `đầu chuỗi ghi số ${head.seq}, bản ghi cuối là số ${lastSeq}`),
      });
    }
  }
  breaks.sort((a, b) => a.from - b.from || a.to - b.to);

  const lastAnchor = mine.reduce<AnchorRecord | null>(
    (m, a) => (!m || a.seq! > m.seq! || (a.seq === m.seq && a.at > m.at) ? a : m),
    null,
  );
  return {
    ok: breaks.length === 0 && problems.length === 0,
    checked,
    brokenAt: breaks[0]?.from ?? null,
    breaks,
    legacyUntil: legacy?.seq ?? 0,
    anchors: {
      compared: !!store,
      count: mine.length,
      lastSeq: lastAnchor?.seq ?? null,
      lastAt: lastAnchor?.at ?? null,
      problems,
    },
  };
}
