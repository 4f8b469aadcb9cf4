// How long a bulk eligibility check keeps its rows (eligibility_bulk_rows) and its Excel file once
// it has finished. They are derived results, made again by running the check again, not records a
// decision rests on: past the retention period (BULK_RESULTS_KEEP_DAYS, 30 days by default, the
// product's choice, not a legal rule) the periodic cleanup marks the job's results expired, removes
// its file, and deletes its rows in bounded batches, each in its own short statement, with a pause
// between them. The job keeps its summary (what was checked, the counts); its rows and file answer
// 410 "kết quả đã hết hạn lưu" from then on. Each job's expiry is audited as the system's.
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { eligibilityBulkRows, jobs } from '../../db/schema.js';
import { now as clockNow } from '../../server/clock.js';
import { gone } from '../../server/errors.js';
import { startPeriodicCheck } from '../../server/periodic.js';
import { appendAudit } from '../audit/append.js';
import { deleteFilesOf } from '../files/store.js';

export const BULK_RESULTS_DEFAULT_KEEP_DAYS = 30;
/** Who the audit log names for the cleanup. */
export const CLEANUP_ACTOR_NAME = 'Hệ thống (dọn kết quả hết hạn lưu)';
const KIND = 'eligibility_bulk';

/** BULK_RESULTS_KEEP_DAYS: days a finished bulk check keeps its rows and file (a whole number from 1). */
export function bulkResultsKeepDays(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.BULK_RESULTS_KEEP_DAYS;
  if (raw === undefined || raw === '') return BULK_RESULTS_DEFAULT_KEEP_DAYS;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 1)
    throw new Error(`BULK_RESULTS_KEEP_DAYS phải là số ngày nguyên từ 1 trở lên (nhận được "${raw}").`);
  return days;
}

/** The refusal of an expired job's rows or file. */
export function bulkResultsExpired(keepDays = bulkResultsKeepDays()) {
  return gone(
    'BULK_CHECK_EXPIRED',
    `Kết quả đã hết hạn lưu: danh sách chi tiết và tệp Excel của một lượt xét hàng loạt được giữ ${keepDays} ngày sau khi xét xong. Hãy chạy lại lượt xét để có kết quả mới.`,
  );
}

export interface BulkCleanupOptions {
  keepDays?: number;
  /** Rows deleted per statement. */
  batchSize?: number;
  /** Pause between statements, in ms: lets waiting requests run. */
  pauseMs?: number;
  /** Stops the cleanup between statements (server shutting down). */
  signal?: AbortSignal;
}

interface ExpiringJob {
  tenantId: string;
  id: string;
  result: unknown;
  expired: boolean;
}

/**
 * Expires the results of every bulk check finished more than `keepDays` ago: first marks the job
 * (its views refuse from then on), removes its file and audits it, in one transaction; then deletes
 * its rows `batchSize` at a time. A job whose rows were not all deleted (the server stopped) is
 * finished on the next run.
 */
export async function purgeExpiredBulkResults(
  db: Db,
  now = clockNow(),
  opts: BulkCleanupOptions = {},
): Promise<{ jobs: number; rows: number }> {
  const keepDays = opts.keepDays ?? bulkResultsKeepDays();
  const batchSize = opts.batchSize ?? 1000;
  const pauseMs = opts.pauseMs ?? 20;
  const cutoff = new Date(now.getTime() - keepDays * 86_400_000);
  const pause = () => new Promise((resolve) => setTimeout(resolve, pauseMs));
  let expiredJobs = 0;
  let rows = 0;
  let after: { tenantId: string; id: string } | null = null;
  while (!opts.signal?.aborted) {
    // Finished jobs past the period not yet marked, or marked with rows left: by key, a few at a time.
    const page: ExpiringJob[] = await db
      .select({
        tenantId: jobs.tenantId,
        id: jobs.id,
        result: jobs.result,
        expired: sql<boolean>`coalesce((${jobs.result} ->> 'expiredOn') IS NOT NULL, false)`,
      })
      .from(jobs)
      .where(
        and(
          eq(jobs.kind, KIND),
          inArray(jobs.status, ['done', 'failed']),
          lt(jobs.finishedAt, cutoff),
          sql`(${jobs.result} ->> 'expiredOn' IS NULL OR EXISTS (SELECT 1 FROM ${eligibilityBulkRows} r
                WHERE r.tenant_id = ${jobs.tenantId} AND r.job_id = ${jobs.id}))`,
          after ? sql`(${jobs.tenantId}, ${jobs.id}) > (${after.tenantId}, ${after.id})` : undefined,
        ),
      )
      .orderBy(jobs.tenantId, jobs.id)
      .limit(50);
    if (!page.length) break;
    const last = page[page.length - 1]!;
    after = { tenantId: last.tenantId, id: last.id };
    for (const job of page) {
      if (opts.signal?.aborted) break;
      if (!job.expired) {
        await db.transaction(async (tx) => {
          const [{ n }] = await tx
            .select({ n: sql<number>`count(*)::int` })
            .from(eligibilityBulkRows)
            .where(and(eq(eligibilityBulkRows.tenantId, job.tenantId), eq(eligibilityBulkRows.jobId, job.id)));
          const r = (job.result ?? {}) as Record<string, unknown>;
          const { fileId: _f, fileName: _n, ...kept } = r;
          await tx
            .update(jobs)
            .set({ result: { ...kept, expiredOn: now.toISOString() } })
            .where(and(eq(jobs.tenantId, job.tenantId), eq(jobs.id, job.id)));
          await deleteFilesOf(tx, job.tenantId, 'job', job.id);
          await appendAudit(
            tx,
            { tenantId: job.tenantId, userId: null, name: CLEANUP_ACTOR_NAME },
            {
              action: 'eligibility.bulk_results_expired',
              entityType: 'job',
              entityId: job.id,
              orgId: typeof r.orgId === 'string' ? r.orgId : null,
              summary: `Xóa kết quả chi tiết (${n.toLocaleString('vi-VN')} dòng) và tệp Excel của lượt xét hàng loạt ${String(r.awardName ?? '')} ${String(r.period ?? '')} đã quá ${keepDays} ngày lưu; giữ bản tóm tắt`,
              after: { rows: n, keepDays, fileName: r.fileName ?? null },
            },
            now,
          );
        });
        expiredJobs++;
      }
      while (!opts.signal?.aborted) {
        const deleted = await db.execute(sql`
          DELETE FROM eligibility_bulk_rows WHERE (tenant_id, job_id, grp, seq) IN (
            SELECT tenant_id, job_id, grp, seq FROM eligibility_bulk_rows
            WHERE tenant_id = ${job.tenantId} AND job_id = ${job.id} LIMIT ${batchSize})
          RETURNING seq`);
        const n = ((deleted as { rows?: unknown[] }).rows ?? (deleted as unknown as unknown[])).length;
        rows += n;
        if (n < batchSize) break;
        await pause();
      }
    }
  }
  return { jobs: expiredJobs, rows };
}

/** Runs the cleanup shortly after start-up (never before the server answers), then daily; returns the stop function. */
export function startBulkResultsCleanup(db: Db, everyMs = 24 * 60 * 60 * 1000, firstAfterMs = 15_000): () => void {
  const keepDays = bulkResultsKeepDays();
  return startPeriodicCheck({
    run: (signal) => purgeExpiredBulkResults(db, clockNow(), { keepDays, signal }),
    report: (r) =>
      r.jobs > 0 &&
      `Đã xóa kết quả chi tiết của ${r.jobs} lượt xét hàng loạt quá ${keepDays} ngày lưu (${r.rows.toLocaleString('vi-VN')} dòng).`,
    failure: 'Dọn kết quả xét hàng loạt hết hạn lưu gặp lỗi:',
    everyMs,
    firstAfterMs,
  });
}
