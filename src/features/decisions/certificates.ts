// Certificates of a decision as a background job (like imports): the user starts a batch, leaves
// the page and comes back; progress lives in memory while it runs and in the jobs table, and the
// finished file is stored in the files table with its checksum, for download.
import { createHash } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import { files, jobs } from '../../db/schema.js';
import type { Ctx } from '../../server/context.js';
import { notFound, refuse } from '../../server/errors.js';
import { recordAudit } from '../audit/append.js';
import { certificateBatch, certificateCount, type DocFormat, MIME } from './documents.js';
import type { CERTIFICATE_BATCH_STATUSES } from './schema.js';
import { getDecision } from './queries.js';
import { now as clockNow } from '../../server/clock.js';

const KIND = 'certificates';
/** The jobs table keeps status as text: a batch is only ever written running, done or failed. */
type CertificateBatchStatus = (typeof CERTIFICATE_BATCH_STATUSES)[number];
const progress = new Map<string, { done: number; total: number }>();

interface BatchResult {
  decisionId: string;
  format: DocFormat;
  mode: 'full' | 'blank';
  fileId?: string;
  fileName?: string;
  error?: string;
}

export async function startCertificateBatch(ctx: Ctx, decisionId: string, format: DocFormat, mode: 'full' | 'blank') {
  await getDecision(ctx, decisionId); // access check
  const total = await certificateCount(ctx, decisionId);
  const id = crypto.randomUUID();
  const t = ctx.actor.tenantId;
  const result: BatchResult = { decisionId, format, mode };
  await ctx.db.insert(jobs).values({
    tenantId: t,
    id,
    kind: KIND,
    status: 'running',
    total,
    processed: 0,
    result,
    createdBy: ctx.actor.userId,
    createdAt: ctx.now,
  });
  progress.set(id, { done: 0, total });
  void run(ctx, id, decisionId, format, mode, total);
  return { id, total };
}

async function run(ctx: Ctx, id: string, decisionId: string, format: DocFormat, mode: 'full' | 'blank', total: number) {
  const t = ctx.actor.tenantId;
  const where = and(eq(jobs.tenantId, t), eq(jobs.id, id));
  let lastWrite = 0;
  try {
    const out = await certificateBatch(ctx, decisionId, format, mode, (done) => {
      progress.set(id, { done, total });
      // The row follows too (every 25), so another server process or a reload sees it.
      if (done - lastWrite >= 25) {
        lastWrite = done;
        void ctx.db
          .update(jobs)
          .set({ processed: done })
          .where(where)
          .catch(() => undefined);
      }
    });
    const fileId = crypto.randomUUID();
    await ctx.db.transaction(async (tx) => {
      await tx.insert(files).values({
        tenantId: t,
        id: fileId,
        ownerType: 'job',
        ownerId: id,
        fileName: out.fileName,
        mime: MIME[format],
        size: out.data.length,
        sha256: createHash('sha256').update(out.data).digest('hex'),
        content: out.data,
        uploadedBy: ctx.actor.userId,
      });
      await tx
        .update(jobs)
        .set({
          status: 'done',
          processed: total,
          finishedAt: clockNow(),
          result: { decisionId, format, mode, fileId, fileName: out.fileName } satisfies BatchResult,
        })
        .where(where);
      await recordAudit(
        tx,
        { ...ctx, now: clockNow() },
        {
          action: 'decision.certificates',
          entityType: 'decision',
          entityId: decisionId,
          summary: `In ${out.count} giấy khen, giấy chứng nhận (${format.toUpperCase()}${mode === 'blank' ? ', in trên phôi' : ''})`,
        },
      );
    });
  } catch (e) {
    await ctx.db
      .update(jobs)
      .set({
        status: 'failed',
        finishedAt: clockNow(),
        result: { decisionId, format, mode, error: e instanceof Error ? e.message : String(e) } satisfies BatchResult,
      })
      .where(where)
      .catch(() => undefined);
  } finally {
    progress.delete(id);
  }
}

async function loadJob(ctx: Ctx, id: string) {
  const [job] = await ctx.db
    .select()
    .from(jobs)
    .where(and(eq(jobs.tenantId, ctx.actor.tenantId), eq(jobs.id, id), eq(jobs.kind, KIND)));
  if (!job) throw notFound('lượt in giấy khen');
  await getDecision(ctx, (job.result as BatchResult).decisionId);
  return job;
}

function present(job: typeof jobs.$inferSelect) {
  const r = job.result as BatchResult;
  const live = progress.get(job.id);
  // The row is the truth: a batch cut off by a restart is marked failed when the server starts
  // (failStaleJobs). Guessing it from the in-memory progress raced with a batch just finishing.
  const status = job.status as CertificateBatchStatus;
  return {
    id: job.id,
    decisionId: r.decisionId,
    format: r.format,
    mode: r.mode,
    status,
    processed: live?.done ?? job.processed,
    total: job.total,
    fileName: r.fileName ?? null,
    error:
      status === 'failed' ? (r.error ?? 'Lượt in bị gián đoạn (máy chủ khởi động lại). Hãy tạo lượt in mới.') : null,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

export async function getCertificateBatch(ctx: Ctx, id: string) {
  return present(await loadJob(ctx, id));
}

export async function listCertificateBatches(ctx: Ctx, decisionId: string) {
  await getDecision(ctx, decisionId);
  const rows = await ctx.db
    .select()
    .from(jobs)
    .where(
      and(
        eq(jobs.tenantId, ctx.actor.tenantId),
        eq(jobs.kind, KIND),
        sql`${jobs.result}->>'decisionId' = ${decisionId}`,
      ),
    )
    .orderBy(desc(jobs.createdAt))
    .limit(10);
  return { items: rows.map(present) };
}

export async function certificateBatchFile(ctx: Ctx, id: string) {
  const job = await loadJob(ctx, id);
  const r = job.result as BatchResult;
  if (job.status !== 'done' || !r.fileId) throw refuse('CERTIFICATES_NOT_READY', 'Lượt in chưa xong.');
  const [f] = await ctx.db
    .select()
    .from(files)
    .where(and(eq(files.tenantId, ctx.actor.tenantId), eq(files.id, r.fileId)));
  if (!f) throw notFound('tệp giấy khen');
  return { data: Buffer.from(f.content as Uint8Array), fileName: f.fileName, mime: f.mime };
}
