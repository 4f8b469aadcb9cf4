import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { jobs } from '../../db/schema.js';
import { now as clockNow } from '../../server/clock.js';

/**
 * Jobs cut off by a restart (files being read, certificate batches) are marked failed at start, so
 * nobody waits on them. Imports being written are not: resumeImportWrites (commit.ts) finishes them.
 */
export async function failStaleJobs(db: Db) {
  await db
    .update(jobs)
    .set({ status: 'failed', finishedAt: clockNow() })
    .where(inArray(jobs.status, ['validating', 'running']));
}
