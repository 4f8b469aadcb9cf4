// Where `report statistics` computes: on DATABASE_URL, or on a DATA_DIR no live process holds, it
// opens the database itself (read-only use; migrations applied first); when a running server
// holds DATA_DIR (the embedded database is one process), it asks that server over the local admin
// socket (src/cli/admin-socket.ts), as `backup` does.
import { readConfig } from '../server/config.js';
import { askServer } from './admin-socket.js';
import { holderAlive, readLock } from './lock.js';
import { openExclusive } from './ops.js';
import { produceReport, type Produced, type ReportArgs } from './report.js';

export async function produceReportOnDeployment(a: ReportArgs): Promise<Produced> {
  const cfg = readConfig(process.env);
  if (!cfg.databaseUrl) {
    const holder = readLock(cfg.dataDir);
    if (holder && holderAlive(holder) && holder.adminSocket) {
      const answer = await askServer(holder.adminSocket, { op: 'report', args: a });
      if (!answer.ok) return { ok: false, message: answer.message };
      return { ok: true, bytes: Buffer.from(String(answer.data), 'base64') };
    }
  }
  const opened = await openExclusive('report');
  try {
    await opened.database.migrate();
    return await produceReport(opened.database.db, a);
  } finally {
    await opened.close();
  }
}
