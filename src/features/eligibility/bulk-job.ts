// The bulk eligibility check as a background job (issue 16): a province-wide check reads its people
// a chunk at a time (keyset paging), evaluates them, writes the rows it lists in one small
// transaction per chunk with the job's progress, and yields to the event loop between chunks, so
// that other users' requests go through while it runs (on PGlite too, where every query shares
// one thread). At the end the rows are written to an Excel file, row by row; the screen pages
// through the rows in SQL and downloads the file, instead of one 50 MB answer.
import { createHash } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { eligibilityBulkRows, files, jobs, organisations, people } from '../../db/schema.js';
import type { CatalogueAwardCode } from '../../domain/registry/vocab.js';
import { now as clockNow } from '../../server/clock.js';
import type { Ctx } from '../../server/context.js';
import { notFound, refuse } from '../../server/errors.js';
import { type ListPage, offsetOf } from '../../server/paging.js';
import { requireAnywhere } from '../../server/policy.js';
import { recordAudit } from '../audit/append.js';
import { bulkResultsExpired } from './bulk-retention.js';
import { requireOrgAccess } from '../organisations/scope.js';
import { streamEligibilityWorkbook } from './export.js';
import {
  BULK_GROUPS,
  type BulkGroup,
  type BulkPerson,
  type BulkPlan,
  type BulkQuery,
  type BulkRow,
  type BulkTally,
  judgeBulkChunk,
  planBulkCheck,
  withOverrides,
} from './service.js';

export const BULK_JOB_KIND = 'eligibility_bulk';
export const BULK_JOB_STATUSES = ['running', 'done', 'failed'] as const;
type BulkJobStatus = (typeof BULK_JOB_STATUSES)[number];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * People read, evaluated and written per transaction: small enough that a chunk takes well under
 * a second on PGlite (TDKT_BULK_CHUNK changes it, for tests and benchmarks).
 */
const chunkSize = () => Number(process.env.TDKT_BULK_CHUNK) || 250;
/** Rows read back per query while the Excel file is written. */
const FILE_BATCH = 1000;

/** What the job row keeps (small: read by every poll). */
interface BulkJobResult {
  orgId: string;
  award: CatalogueAwardCode;
  awardName: string;
  period: string;
  decisionDate: string;
  checked: number;
  withheld: number;
  alreadyAwarded: number;
  counts: Record<BulkGroup, number>;
  /** True while the rows are all written and the Excel file is being made. */
  writingFile?: boolean;
  fileId?: string;
  fileName?: string;
  error?: string;
  /** When the cleanup removed the rows and the file (src/features/eligibility/bulk-retention.ts). */
  expiredOn?: string;
}

const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));
/**
 * A pause after each chunk, half as long as the chunk took (5–250 ms): a request of another user
 * runs several queries one after the other, and on PGlite each of them queues behind whatever the
 * job has asked for; without a pause it would wait for the job's next chunk at every step.
 */
const breathe = (chunkMs: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.min(250, Math.max(5, chunkMs / 2))));

/** Starts a bulk check of a subtree as a job; answers at once with the job's id and the number of people. */
export async function startBulkCheckJob(ctx: Ctx, q: BulkQuery) {
  const plan = await planBulkCheck(ctx, q);
  const t = plan.tenantId;
  const [running] = await ctx.db
    .select({ id: jobs.id, total: jobs.total, result: jobs.result })
    .from(jobs)
    .where(
      and(
        eq(jobs.tenantId, t),
        eq(jobs.createdBy, ctx.actor.userId),
        eq(jobs.kind, BULK_JOB_KIND),
        eq(jobs.status, 'running'),
      ),
    )
    .limit(1);
  if (running) {
    // The same check asked again (a second click, Enter in the form) follows the one already running.
    const r = running.result as Partial<BulkJobResult> | null;
    if (
      r?.orgId === q.orgId &&
      r.award === plan.award &&
      r.period === plan.period &&
      r.decisionDate === plan.decisionDate
    )
      return { id: running.id, total: running.total };
    throw refuse(
      'BULK_CHECK_RUNNING',
      'Bạn đang có một lượt xét hàng loạt chưa xong: hãy chờ lượt đó xong rồi chạy lượt mới.',
    );
  }
  const [{ total }] = await ctx.db
    .select({ total: sql<number>`count(*)::int` })
    .from(people)
    .where(and(eq(people.tenantId, t), inArray(people.orgId, plan.orgIds)));
  const id = crypto.randomUUID();
  const result: BulkJobResult = {
    orgId: q.orgId,
    award: plan.award,
    awardName: plan.awardName,
    period: plan.period,
    decisionDate: plan.decisionDate,
    checked: 0,
    withheld: 0,
    alreadyAwarded: 0,
    counts: { eligible: 0, judgementOnly: 0, oneShort: 0 },
  };
  await ctx.db.insert(jobs).values({
    tenantId: t,
    id,
    kind: BULK_JOB_KIND,
    status: 'running',
    total,
    processed: 0,
    result,
    createdBy: ctx.actor.userId,
    createdAt: ctx.now,
  });
  const finished = runBulkCheckJob(ctx, id, plan, result);
  pending.set(id, finished);
  void finished.finally(() => pending.delete(id));
  return { id, total };
}

/** Jobs of this process still running (tests and benchmarks wait for them). */
const pending = new Map<string, Promise<void>>();
export function bulkCheckJobDone(id: string): Promise<void> {
  return pending.get(id) ?? Promise.resolve();
}

async function runBulkCheckJob(ctx: Ctx, id: string, plan: BulkPlan, result: BulkJobResult): Promise<void> {
  const t = plan.tenantId;
  const where = and(eq(jobs.tenantId, t), eq(jobs.id, id));
  try {
    const tally: BulkTally = { checked: 0, withheld: 0, alreadyAwarded: 0 };
    let after: { key: string; id: string } | null = null;
    const chunk = chunkSize();
    let chunkMs = 0;
    for (;;) {
      await breathe(chunkMs);
      const t0 = performance.now();
      const part: (BulkPerson & { sortKey: string })[] = await ctx.db
        .select({
          id: people.id,
          fullName: people.fullName,
          category: people.category,
          position: people.position,
          orgName: organisations.name,
          sortKey: people.sortKey,
        })
        .from(people)
        .leftJoin(organisations, and(eq(organisations.tenantId, people.tenantId), eq(organisations.id, people.orgId)))
        .where(
          and(
            eq(people.tenantId, t),
            inArray(people.orgId, plan.orgIds),
            after
              ? sql`(${people.sortKey} COLLATE "C", ${people.id}) > (${after.key} COLLATE "C", ${after.id}::uuid)`
              : undefined,
          ),
        )
        .orderBy(sql`${people.sortKey} COLLATE "C"`, asc(people.id))
        .limit(chunk);
      if (!part.length) break;
      const last = part[part.length - 1];
      after = { key: last.sortKey, id: last.id };
      await yieldToOthers();
      const listed = await judgeBulkChunk(ctx.db, plan, part, tally);
      await yieldToOthers();
      const values = listed.map((x) => ({
        tenantId: t,
        jobId: id,
        grp: x.group,
        seq: ++result.counts[x.group],
        personId: x.row.personId,
        data: x.row,
      }));
      Object.assign(result, tally);
      await ctx.db.transaction(async (tx) => {
        if (values.length) await tx.insert(eligibilityBulkRows).values(values);
        await tx.update(jobs).set({ processed: tally.checked, result }).where(where);
      });
      chunkMs = performance.now() - t0;
    }
    await ctx.db
      .update(jobs)
      .set({ result: { ...result, writingFile: true } })
      .where(where);
    const data = await streamEligibilityWorkbook(result, fileBatches(ctx, id, plan), clockNow());
    const fileName = `Xét ${plan.awardName} ${plan.period}.xlsx`;
    const fileId = crypto.randomUUID();
    await ctx.db.transaction(async (tx) => {
      await tx.insert(files).values({
        tenantId: t,
        id: fileId,
        ownerType: 'job',
        ownerId: id,
        fileName,
        mime: XLSX,
        size: data.length,
        sha256: createHash('sha256').update(data).digest('hex'),
        content: data,
        uploadedBy: ctx.actor.userId,
      });
      await tx
        .update(jobs)
        .set({
          status: 'done',
          processed: tally.checked,
          finishedAt: clockNow(),
          result: { ...result, fileId, fileName } satisfies BulkJobResult,
        })
        .where(where);
      await recordAudit(
        tx,
        { ...ctx, now: clockNow() },
        {
          action: 'eligibility.bulk_check',
          entityType: 'organisation',
          entityId: result.orgId,
          orgId: result.orgId,
          summary: `Xét hàng loạt ${plan.awardName} ${plan.period}: ${tally.checked.toLocaleString('vi-VN')} cá nhân, ${result.counts.eligible.toLocaleString('vi-VN')} đủ điều kiện, ${result.counts.oneShort.toLocaleString('vi-VN')} còn thiếu một tiêu chí`,
        },
      );
    });
  } catch (e) {
    await ctx.db
      .update(jobs)
      .set({
        status: 'failed',
        finishedAt: clockNow(),
        result: { ...result, error: e instanceof Error ? e.message : String(e) } satisfies BulkJobResult,
      })
      .where(where)
      .catch(() => undefined);
  }
}

/** The job's rows in list order, a batch at a time, with the officers' overrides as they stand. */
async function* fileBatches(ctx: Ctx, id: string, plan: BulkPlan) {
  for (const group of BULK_GROUPS) {
    let after = 0;
    let batchMs = 0;
    for (;;) {
      await breathe(batchMs);
      const t0 = performance.now();
      const rows = await ctx.db
        .select({ seq: eligibilityBulkRows.seq, data: eligibilityBulkRows.data })
        .from(eligibilityBulkRows)
        .where(
          and(
            eq(eligibilityBulkRows.tenantId, plan.tenantId),
            eq(eligibilityBulkRows.jobId, id),
            eq(eligibilityBulkRows.grp, group),
            sql`${eligibilityBulkRows.seq} > ${after}`,
          ),
        )
        .orderBy(asc(eligibilityBulkRows.seq))
        .limit(FILE_BATCH);
      if (!rows.length) break;
      after = rows[rows.length - 1].seq;
      const withOv = await withOverrides(
        ctx.db,
        plan.tenantId,
        plan.award,
        plan.period,
        rows.map((r) => r.data as Omit<BulkRow, 'override'>),
      );
      yield { group, rows: withOv };
      batchMs = performance.now() - t0;
    }
  }
}

/** The job, once the reader is known to see its unit. */
async function loadJob(ctx: Ctx, id: string) {
  requireAnywhere(ctx.actor, 'eligibility.use');
  const [job] = await ctx.db
    .select()
    .from(jobs)
    .where(and(eq(jobs.tenantId, ctx.actor.tenantId), eq(jobs.id, id), eq(jobs.kind, BULK_JOB_KIND)));
  if (!job) throw notFound('lượt xét hàng loạt');
  const r = job.result as BulkJobResult;
  await requireOrgAccess(ctx.db, ctx.actor, 'registry.read', r.orgId);
  return { job, r };
}

/** A bulk check's progress and counts. */
export async function getBulkCheckJob(ctx: Ctx, id: string) {
  const { job, r } = await loadJob(ctx, id);
  const status = job.status as BulkJobStatus;
  return {
    id: job.id,
    status,
    processed: job.processed,
    total: job.total,
    writingFile: status === 'running' && !!r.writingFile,
    orgId: r.orgId,
    award: r.award,
    awardName: r.awardName,
    period: r.period,
    decisionDate: r.decisionDate,
    checked: r.checked,
    withheld: r.withheld,
    alreadyAwarded: r.alreadyAwarded,
    counts: r.counts,
    fileName: r.fileName ?? null,
    expired: !!r.expiredOn,
    error:
      status === 'failed'
        ? r.error
          ? 'Lượt xét gặp lỗi và đã dừng. Hãy chạy lại; nếu vẫn lỗi, báo quản trị hệ thống.'
          : 'Lượt xét bị gián đoạn (máy chủ khởi động lại). Hãy chạy lại.'
        : null,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

/** One page of one group of a bulk check's rows (read while it runs too), with current overrides. */
export async function listBulkCheckRows(ctx: Ctx, id: string, q: ListPage & { group: BulkGroup }) {
  const { r } = await loadJob(ctx, id);
  if (r.expiredOn) throw bulkResultsExpired();
  const offset = offsetOf(q);
  const rows = await ctx.db
    .select({ seq: eligibilityBulkRows.seq, data: eligibilityBulkRows.data })
    .from(eligibilityBulkRows)
    .where(
      and(
        eq(eligibilityBulkRows.tenantId, ctx.actor.tenantId),
        eq(eligibilityBulkRows.jobId, id),
        eq(eligibilityBulkRows.grp, q.group),
        // seq numbers the group from 1 without gaps: a page is a range of the primary key.
        sql`${eligibilityBulkRows.seq} > ${offset} AND ${eligibilityBulkRows.seq} <= ${offset + q.pageSize}`,
      ),
    )
    .orderBy(asc(eligibilityBulkRows.seq));
  const items = await withOverrides(
    ctx.db,
    ctx.actor.tenantId,
    r.award,
    r.period,
    rows.map((x) => ({ ...(x.data as Omit<BulkRow, 'override'>), stt: x.seq })),
  );
  return { items, total: r.counts[q.group], page: q.page, pageSize: q.pageSize };
}

/** The finished check's Excel file. */
export async function bulkCheckFile(ctx: Ctx, id: string) {
  const { job, r } = await loadJob(ctx, id);
  if (r.expiredOn) throw bulkResultsExpired();
  if (job.status !== 'done' || !r.fileId) throw refuse('BULK_CHECK_NOT_READY', 'Lượt xét chưa xong.');
  const [f] = await ctx.db
    .select()
    .from(files)
    .where(and(eq(files.tenantId, ctx.actor.tenantId), eq(files.id, r.fileId)));
  if (!f) throw notFound('tệp kết quả xét hàng loạt');
  return { data: Buffer.from(f.content as Uint8Array), fileName: f.fileName, mime: f.mime };
}
