// Writing a validated import without freezing anyone else (threat model and guarantees: IMPORTS.md).
//
// 1. Prepare, one short transaction: the file's conflicts are checked again against the data as it
//    is now, the job becomes "writing" and the audit entry is appended. This is the commit point.
// 2. Write, in chunks of CHUNK rows, each chunk its own small transaction that also records how far
//    the job got. Other users' requests run between chunks; on PGlite, which has one connection,
//    one long transaction would hold every other request for seconds.
// 3. A restart part-way resumes from the last chunk written (roll forward), so a file is written
//    whole once it passed the commit point. A chunk the database refuses (a conflicting row written
//    by someone else between two chunks) undoes the chunks already written and the job goes back
//    to "validated" with the reason.
// Row ids are derived from the job id and the row's place in the file, so a resumed or undone
// write names exactly the rows of the first attempt.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import { and, eq, getTableColumns, getTableName, inArray, is, like, SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db, Tx } from '../../db/client.js';
import { awardRecords, households, jobs, memberships, organisations, people, ratings } from '../../db/schema.js';
import { awardName, RATING_LABELS } from '../../domain/registry/vocab.js';
import { periodName } from '../../domain/eligibility/streaks.js';
import { firstRecordConflict, type RecordLike } from '../../domain/eligibility/grants.js';
import { isoDateInVietnam, nameSortKey, searchKey, textSortKey } from '../../domain/vi-text/index.js';
import { refreshSearchTables } from '../../db/maintenance.js';
import { now as clockNow } from '../../server/clock.js';
import { AppError, invalid, refuse } from '../../server/errors.js';
import { appendAudit, type AuditActor } from '../audit/append.js';
import { personSearchKey, ratingPeriodProblem } from '../people/service.js';
import {
  type AwardImport,
  catalogueRules,
  type HouseholdImport,
  type ImportKind,
  type OrgImport,
  type PersonImport,
  type RatingImport,
  SPECS,
} from './kinds.js';

/**
 * Rows in the first chunk, and the fewest in any chunk: 250 people hold PGlite for about 0.1 s on
 * a quiet machine (0.2–0.4 s under heavy load), the longest a request waiting for its one
 * connection waits (bench/import-responsiveness.bench.ts). When a chunk takes less than
 * CHUNK_TARGET_MS the next one is larger (`nextChunkSize`), up to MAX_CHUNK rows.
 */
export const CHUNK = 250;
export const MAX_CHUNK = 2000;
export const CHUNK_TARGET_MS = 100;

/**
 * The next chunk's rows from the last chunk's rows and duration: sized to take CHUNK_TARGET_MS,
 * at most double the last, never fewer than CHUNK (smaller chunks would only add per-transaction
 * cost on a loaded machine) nor more than MAX_CHUNK.
 */
export function nextChunkSize(rows: number, tookMs: number): number {
  const aimed = tookMs > 0 ? Math.floor((rows * CHUNK_TARGET_MS) / tookMs) : MAX_CHUNK;
  return Math.max(CHUNK, Math.min(MAX_CHUNK, rows * 2, aimed));
}
/** The audit entry names at most this many rows; the rest are in the import itself. */
const AUDIT_ROWS = 200;

type Planned =
  | { kind: 'organisations'; id: string; parentId: string; v: OrgImport }
  | { kind: 'people'; id: string; membershipId: string; v: PersonImport }
  | { kind: 'households'; id: string; v: HouseholdImport }
  | { kind: 'ratings'; id: string; v: RatingImport }
  | { kind: 'awards'; id: string; v: AwardImport };

/** A stable uuid for the n-th row of a job (and a role, e.g. the membership of a person). */
export function rowId(jobId: string, role: string, n: number): string {
  const h = createHash('sha256').update(`${jobId}:${role}:${n}`).digest('hex');
  // RFC 9562 version 8 (custom), variant 10.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * The rows to write, in the order they must be written. Organisations come parents first; a
 * parent named by code is either another row of the file or an organisation already on record.
 */
export function planRows(
  kind: ImportKind,
  jobId: string,
  values: unknown[],
  orgIdByCode: ReadonlyMap<string, string>,
): Planned[] {
  if (kind === 'organisations') {
    const list = values as OrgImport[];
    const idOf = new Map<string, string>();
    list.forEach((v, i) => idOf.set(v.code, rowId(jobId, 'org', i)));
    const placed = new Set<string>();
    const out: Planned[] = [];
    let pending = list.map((v, i) => ({ v, i }));
    while (pending.length) {
      const next: typeof pending = [];
      for (const p of pending) {
        const inFile = idOf.has(p.v.parentCode);
        if (inFile && !placed.has(p.v.parentCode)) {
          next.push(p);
          continue;
        }
        const parentId = inFile
          ? idOf.get(p.v.parentCode)!
          : (orgIdByCode.get(p.v.parentCode) ?? orgIdByCode.get(p.v.parentCode.toUpperCase()));
        if (!parentId)
          throw invalid([], `Không xác định được đơn vị cấp trên "${p.v.parentCode}" của đơn vị "${p.v.code}".`);
        out.push({ kind, id: idOf.get(p.v.code)!, parentId, v: p.v });
        placed.add(p.v.code);
      }
      if (next.length === pending.length) throw invalid([], 'Không xác định được đơn vị cấp trên của một số dòng.');
      pending = next;
    }
    return out;
  }
  if (kind === 'people')
    return (values as PersonImport[]).map((v, i) => ({
      kind,
      id: rowId(jobId, 'person', i),
      membershipId: rowId(jobId, 'membership', i),
      v,
    }));
  if (kind === 'households')
    return (values as HouseholdImport[]).map((v, i) => ({ kind, id: rowId(jobId, 'household', i), v }));
  if (kind === 'ratings') return (values as RatingImport[]).map((v, i) => ({ kind, id: rowId(jobId, 'rating', i), v }));
  return (values as AwardImport[]).map((v, i) => ({ kind: 'awards', id: rowId(jobId, 'award', i), v }));
}

/** How a written row reads in the audit log. */
export function rowLabel(p: Planned): string {
  switch (p.kind) {
    case 'organisations':
      return `${p.v.code} ${p.v.name}`;
    case 'people':
      return p.v.fullName;
    case 'households':
      return p.v.headName;
    case 'ratings':
      return `${p.v.label}: xếp loại ${periodName(p.v.period)} ${RATING_LABELS[p.v.rating]}${p.v.reason ? ` (lý do: ${p.v.reason})` : ''}`;
    case 'awards':
      return `${p.v.label}: ${awardName(p.v.awardCode)} ${p.v.period}`;
  }
}

/** The rows of a chunk as plain records per table, in the order the tables must be written. */
function chunkRecords(tenantId: string, rows: Planned[], now: Date): [PgTable, Record<string, unknown>[]][] {
  const today = isoDateInVietnam(now);
  const first = rows[0];
  if (!first) return [];
  if (first.kind === 'organisations') {
    const list = rows as Extract<Planned, { kind: 'organisations' }>[];
    return [
      [
        organisations,
        list.map(({ id, parentId, v }) => ({
          tenantId,
          id,
          parentId,
          type: v.type,
          code: v.code,
          name: v.name,
          shortName: v.shortName,
          address: v.address,
          searchKey: searchKey(`${v.name} ${v.shortName ?? ''} ${v.code}`),
          sortKey: textSortKey(v.name),
          effectiveFrom: v.effectiveFrom ?? today,
          createdAt: now,
          updatedAt: now,
        })),
      ],
    ];
  }
  if (first.kind === 'people') {
    const list = rows as Extract<Planned, { kind: 'people' }>[];
    return [
      [
        people,
        list.map(({ id, v }) => {
          const { joinedOn: _j, ...f } = v;
          return {
            tenantId,
            ...f,
            id,
            birthDate: f.birthDate ?? null,
            cccd: f.cccd ?? null,
            searchKey: personSearchKey(f),
            sortKey: nameSortKey(f.fullName),
            createdAt: now,
            updatedAt: now,
          };
        }),
      ],
      [
        memberships,
        list.map(({ id, membershipId, v }) => ({
          tenantId,
          id: membershipId,
          personId: id,
          orgId: v.orgId,
          fromDate: v.joinedOn ?? today,
          position: v.position,
        })),
      ],
    ];
  }
  if (first.kind === 'households') {
    const list = rows as Extract<Planned, { kind: 'households' }>[];
    return [
      [
        households,
        list.map(({ id, v }) => ({
          tenantId,
          id,
          ...v,
          headPersonId: v.headPersonId ?? null,
          searchKey: searchKey(`${v.headName} ${v.address}`),
          sortKey: nameSortKey(v.headName),
          createdAt: now,
          updatedAt: now,
        })),
      ],
    ];
  }
  if (first.kind === 'ratings') {
    const list = rows as Extract<Planned, { kind: 'ratings' }>[];
    return [
      [
        ratings,
        list.map(({ id, v }) => ({
          tenantId,
          id,
          subjectKind: 'individual',
          personId: v.personId,
          orgId: null,
          period: v.period,
          rating: v.rating,
          createdAt: now,
        })),
      ],
    ];
  }
  const list = rows as Extract<Planned, { kind: 'awards' }>[];
  return [
    [
      awardRecords,
      list.map(({ id, v }) => {
        const { label: _l, ...f } = v;
        return { tenantId, id, ...f, decisionDate: f.decisionDate ?? null, householdId: null, createdAt: now };
      }),
    ],
  ];
}

/** One value in COPY's text format: \N for null, backslash escapes for the characters that frame rows and fields. */
function copyValue(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  const s =
    v instanceof Date
      ? v.toISOString()
      : typeof v === 'boolean'
        ? v
          ? 't'
          : 'f'
        : typeof v === 'object'
          ? JSON.stringify(v)
          : String(v);
  return /[\\\n\r\t]/.test(s) ? s.replace(/[\\\n\r\t]/g, (c) => COPY_ESCAPES[c]!) : s;
}
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Rows of values as the body of `COPY … FROM` in text format (one line a row, tab-separated). */
export function copyText(rows: readonly (readonly unknown[])[]): string {
  let out = '';
  for (const r of rows) out += `${r.map(copyValue).join('\t')}\n`;
  return out;
}

interface CopyBatch {
  table: string;
  columns: string[];
  text: string;
}

/**
 * A table's records as one COPY: the columns are those some record names (the others take the
 * database's default); a record leaving out a named column gets the column's default as drizzle
 * would give it (a constant, or the time of the write), else null.
 */
function copyBatch(table: PgTable, records: Record<string, unknown>[], now: Date): CopyBatch {
  const named = new Set<string>();
  for (const r of records) for (const k in r) if (r[k] !== undefined) named.add(k);
  const cols = Object.entries(getTableColumns(table)).filter(([k]) => named.has(k));
  const fallback = cols.map(([, c]) => (!c.hasDefault ? null : is(c.default, SQL) ? now : (c.default ?? null)));
  const lines = records.map((r) => cols.map(([k], i) => (r[k] === undefined ? fallback[i] : r[k])));
  return { table: getTableName(table), columns: cols.map(([, c]) => c.name), text: copyText(lines) };
}

const quoteIdent = (s: string) => `"${s.replaceAll('"', '""')}"`;
const copySql = (b: CopyBatch, source: string) =>
  `COPY ${quoteIdent(b.table)} (${b.columns.map(quoteIdent).join(', ')}) FROM ${source}`;
const PROGRESS_SQL = 'UPDATE jobs SET processed = $1 WHERE tenant_id = $2 AND id = $3';

/**
 * Writes one chunk and the job's progress in one transaction, by COPY on both engines: COPY FROM
 * STDIN on PostgreSQL (pg-copy-streams), COPY FROM '/dev/blob' on PGlite. No per-row query
 * building: the rows go as one text body per table.
 */
async function writeChunk(db: Db, job: WriteJob, rows: Planned[], upTo: number, now: Date) {
  const batches = chunkRecords(job.tenantId, rows, now).map(([t, r]) => copyBatch(t, r, now));
  const progress = [upTo, job.tenantId, job.jobId];
  const client = (db as unknown as { $client: unknown }).$client;
  if (client instanceof pg.Pool) {
    const conn = await client.connect();
    let broken: Error | undefined;
    try {
      await conn.query('BEGIN');
      try {
        for (const b of batches) await pipeline(Readable.from([b.text]), conn.query(copyFrom(copySql(b, 'STDIN'))));
        await conn.query(PROGRESS_SQL, progress);
        await conn.query('COMMIT');
      } catch (e) {
        await conn.query('ROLLBACK').catch((r: Error) => {
          broken = r;
        });
        throw e;
      }
    } finally {
      conn.release(broken);
    }
    return;
  }
  const lite = client as PGlite;
  await lite.transaction(async (tx) => {
    for (const b of batches) await tx.query(copySql(b, "'/dev/blob'"), [], { blob: new Blob([b.text]) });
    await tx.query(PROGRESS_SQL, progress);
  });
}

/** Removes rows written by this job, children before parents. Only rows nobody else refers to yet can go. */
async function undoRows(tx: Tx, tenantId: string, rows: Planned[]) {
  const first = rows[0];
  if (!first) return;
  const ids = rows.map((r) => r.id);
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    if (first.kind === 'people') {
      await tx.delete(memberships).where(and(eq(memberships.tenantId, tenantId), inArray(memberships.personId, part)));
      await tx.delete(people).where(and(eq(people.tenantId, tenantId), inArray(people.id, part)));
    } else if (first.kind === 'households')
      await tx.delete(households).where(and(eq(households.tenantId, tenantId), inArray(households.id, part)));
    else if (first.kind === 'ratings')
      await tx.delete(ratings).where(and(eq(ratings.tenantId, tenantId), inArray(ratings.id, part)));
    else if (first.kind === 'awards')
      await tx.delete(awardRecords).where(and(eq(awardRecords.tenantId, tenantId), inArray(awardRecords.id, part)));
  }
  if (first.kind === 'organisations') {
    // Children were written after their parents: remove them in reverse order, one by one.
    for (const r of [...rows].reverse())
      await tx.delete(organisations).where(and(eq(organisations.tenantId, tenantId), eq(organisations.id, r.id)));
  }
}

/** Checks made inside the prepare transaction, against the data as it is at the commit point. */
async function checkAtCommitPoint(tx: Tx, tenantId: string, rows: Planned[]) {
  const first = rows[0];
  if (!first) return;
  if (first.kind === 'ratings') {
    const list = (rows as Extract<Planned, { kind: 'ratings' }>[]).map((r) => r.v);
    const personIds = [...new Set(list.map((v) => v.personId))];
    const existing = new Map<string, { period: string; rating: string }[]>();
    for (let i = 0; i < personIds.length; i += CHUNK) {
      const found = await tx
        .select({ personId: ratings.personId, period: ratings.period, rating: ratings.rating })
        .from(ratings)
        .where(and(eq(ratings.tenantId, tenantId), inArray(ratings.personId, personIds.slice(i, i + CHUNK))));
      for (const r of found) existing.set(r.personId!, [...(existing.get(r.personId!) ?? []), r]);
    }
    for (const v of list) {
      const problem = ratingPeriodProblem(v.label, existing.get(v.personId) ?? [], v.period, v.reason);
      if (problem) throw refuse('IMPORT_CONFLICT', `${problem.message} Hãy tải tệp lên lại.`);
      existing.set(v.personId, [...(existing.get(v.personId) ?? []), v]);
    }
  } else if (first.kind === 'awards') {
    // The awards on record now (written since the check?): one achievement rewarded once, the same
    // award twice or a title over overlapping calendar and school years (Law 06/2022 Art. 5.2.c).
    const list = (rows as Extract<Planned, { kind: 'awards' }>[]).map((r) => r.v);
    const personIds = [...new Set(list.map((v) => v.personId).filter(Boolean))] as string[];
    const orgIds = [...new Set(list.map((v) => v.orgId).filter(Boolean))] as string[];
    const held = new Map<string, RecordLike[]>();
    const cols = {
      awardCode: awardRecords.awardCode,
      period: awardRecords.period,
      track: awardRecords.track,
      decisionNo: awardRecords.decisionNo,
      decisionDate: awardRecords.decisionDate,
      revokedOn: awardRecords.revokedOn,
    };
    for (const [ids, col] of [
      [personIds, awardRecords.personId],
      [orgIds, awardRecords.orgId],
    ] as const) {
      for (let i = 0; i < ids.length; i += CHUNK) {
        const found = await tx
          .select({ who: col, ...cols })
          .from(awardRecords)
          .where(and(eq(awardRecords.tenantId, tenantId), inArray(col, ids.slice(i, i + CHUNK))));
        for (const { who, ...a } of found) held.set(who!, [...(held.get(who!) ?? []), a]);
      }
    }
    const bySubject = new Map<string, AwardImport[]>();
    for (const v of list)
      bySubject.set((v.personId ?? v.orgId)!, [...(bySubject.get((v.personId ?? v.orgId)!) ?? []), v]);
    const rules = catalogueRules(isoDateInVietnam(clockNow()));
    for (const [who, mine] of bySubject) {
      const clash = firstRecordConflict(
        mine[0].subjectKind === 'individual' ? `"${mine[0].label}"` : mine[0].label,
        held.get(who) ?? [],
        mine,
        rules,
      );
      if (clash) throw refuse('IMPORT_CONFLICT', `${clash.message} Hãy tải tệp lên lại.`);
    }
  }
}

/** A digest of the validated rows, so the audit entry pins exactly what was written. */
export function rowsDigest(values: unknown[]): string {
  const h = createHash('sha256');
  for (const v of values) h.update(JSON.stringify(v)).update('\n');
  return h.digest('hex');
}

export interface WriteJob {
  tenantId: string;
  jobId: string;
  kind: ImportKind;
  fileName: string;
  values: unknown[];
}

/** The commit point: conflicts checked again, the job marked "writing" and the audit entry appended, together. */
export async function prepareWrite(
  db: Db,
  actor: AuditActor,
  job: WriteJob,
  orgIdByCode: ReadonlyMap<string, string>,
  at: Date,
) {
  const rows = planRows(job.kind, job.jobId, job.values, orgIdByCode);
  await db.transaction(async (tx) => {
    await checkAtCommitPoint(tx, job.tenantId, rows);
    const marked = await tx
      .update(jobs)
      .set({ status: 'writing', processed: 0, total: rows.length })
      .where(and(eq(jobs.tenantId, job.tenantId), eq(jobs.id, job.jobId), eq(jobs.status, 'committing')))
      .returning({ id: jobs.id });
    if (marked.length === 0) throw refuse('IMPORT_NOT_VALIDATED', 'Lần nhập này không còn ở trạng thái chờ ghi.');
    await appendAudit(
      tx,
      actor,
      {
        action: `import.${job.kind}`,
        entityType: 'import',
        entityId: job.jobId,
        summary: `Nhập ${rows.length} dòng ${SPECS[job.kind].title.toLowerCase()} từ tệp "${job.fileName}"`,
        after: {
          fileName: job.fileName,
          count: rows.length,
          digest: rowsDigest(job.values),
          records: rows.slice(0, AUDIT_ROWS).map((r) => ({ id: r.id, label: rowLabel(r) })),
          ...(rows.length > AUDIT_ROWS ? { more: rows.length - AUDIT_ROWS } : {}),
        },
      },
      at,
    );
  });
  return rows;
}

/** Pause so that requests waiting for the database (and the event loop) go first. */
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Writes the rows from `from` on, chunk by chunk, then marks the job committed. A chunk refused by
 * the database undoes what this job wrote and returns the job to "validated" with the reason.
 */
export async function writeRows(
  db: Db,
  job: WriteJob,
  rows: Planned[],
  from: number,
  onProgress?: (n: number) => void,
) {
  let done = from;
  let size = CHUNK;
  try {
    while (done < rows.length) {
      const part = rows.slice(done, done + size);
      const upTo = done + part.length;
      const started = performance.now();
      await writeChunk(db, job, part, upTo, clockNow());
      size = nextChunkSize(part.length, performance.now() - started);
      done = upTo;
      onProgress?.(done);
      await yieldToOthers();
    }
    // The validated rows stay on the job (merged in SQL, not sent again): the import shows what it wrote.
    await db
      .update(jobs)
      .set({
        status: 'committed',
        finishedAt: clockNow(),
        processed: rows.length,
        result: sql`${jobs.result} || ${JSON.stringify({ created: rows.length })}::jsonb`,
      })
      .where(and(eq(jobs.tenantId, job.tenantId), eq(jobs.id, job.jobId)));
  } catch (e) {
    await undoWrite(db, job, rows.slice(0, done), e);
    return;
  }
  // PGlite runs no autovacuum: without this, searches after a large import scan the table.
  if (job.kind === 'people' || job.kind === 'households' || job.kind === 'organisations') {
    await refreshSearchTables(db).catch((e) =>
      console.error(`Không làm mới được chỉ mục tìm kiếm sau lần nhập ${job.jobId}: ${(e as Error).message}`),
    );
  }
}

/** Undoes a write refused part-way; the job can be written again once the cause is gone. */
async function undoWrite(db: Db, job: WriteJob, written: Planned[], cause: unknown) {
  if (!(cause instanceof AppError)) {
    const db = (cause as { cause?: { message?: string } }).cause?.message;
    console.error(`Lần nhập ${job.jobId} bị cơ sở dữ liệu từ chối: ${db ?? String(cause).slice(0, 300)}`);
  }
  const reason =
    cause instanceof AppError
      ? cause.message
      : 'Hệ thống gặp lỗi khi ghi dữ liệu (có thể một dòng vừa được người khác ghi trùng); chưa có dòng nào được ghi.';
  const system: AuditActor = { tenantId: job.tenantId, userId: null, name: 'Hệ thống' };
  try {
    await db.transaction(async (tx) => {
      await undoRows(tx, job.tenantId, written);
      await markCommitError(tx, job.tenantId, job.jobId, reason);
      await appendAudit(tx, system, {
        action: `import.${job.kind}.undo`,
        entityType: 'import',
        entityId: job.jobId,
        summary: `Hủy lần nhập từ tệp "${job.fileName}": ${reason}`,
        after: { undone: written.length },
      });
    });
  } catch (e) {
    // Someone already refers to a row written by this job: nothing can be removed safely.
    console.error(e);
    await db
      .update(jobs)
      .set({
        status: 'failed',
        finishedAt: clockNow(),
        result: sql`${jobs.result} || ${JSON.stringify({ fatal: `Ghi được ${written.length.toLocaleString('vi-VN')} dòng thì gặp lỗi: ${reason} Các dòng đã ghi được giữ lại; hãy kiểm tra và nhập phần còn lại.` })}::jsonb`,
      })
      .where(and(eq(jobs.tenantId, job.tenantId), eq(jobs.id, job.jobId)));
  }
}

/** Back to "validated" with the reason the write did not happen (the validated rows stay, merged in SQL). */
export async function markCommitError(db: Db | Tx, tenantId: string, jobId: string, reason: string) {
  await db
    .update(jobs)
    .set({
      status: 'validated',
      processed: sql`${jobs.total}`,
      result: sql`${jobs.result} || ${JSON.stringify({ commitError: reason })}::jsonb`,
    })
    .where(and(eq(jobs.tenantId, tenantId), eq(jobs.id, jobId)));
}

/**
 * At start-up: imports cut off before their commit point go back to "validated" (nothing was
 * written); those past it are written to the end in the background.
 */
export async function resumeImportWrites(db: Db): Promise<number> {
  await db
    .update(jobs)
    .set({ status: 'validated' })
    .where(and(eq(jobs.status, 'committing'), like(jobs.kind, 'import.%')));
  const cut = await db.select().from(jobs).where(eq(jobs.status, 'writing'));
  for (const j of cut) {
    if (!j.kind.startsWith('import.')) continue;
    const kind = j.kind.slice('import.'.length) as ImportKind;
    const values = (j.payload as { values?: unknown[] } | null)?.values ?? [];
    const job: WriteJob = { tenantId: j.tenantId, jobId: j.id, kind, fileName: j.fileName ?? '', values };
    const orgs = await db
      .select({ id: organisations.id, code: organisations.code })
      .from(organisations)
      .where(eq(organisations.tenantId, j.tenantId));
    const rows = planRows(job.kind, job.jobId, job.values, new Map(orgs.map((o) => [o.code, o.id])));
    await writeRows(db, job, rows, j.processed);
  }
  return cut.length;
}
