import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { tenants } from '../db/schema.js';
import { generateDemoDataset } from '../demo/generate.js';
import { DEMO_PASSWORD, seedDataset } from '../demo/seed.js';
import { DEMO_COUNCIL_NAME, DEMO_EXTRA_COUNCIL_USERS } from '../demo/council-seed.js';
import { failStaleJobs } from '../features/imports/jobs.js';
import { resumeImportWrites } from '../features/imports/commit.js';
import { fileKeyStore, useBallotKeyStore } from '../features/councils/ballot-keys.js';
import { createApp } from '../server/app.js';
import { CLOCK_OFFSET_DAYS, TEST_START, now } from '../server/clock.js';
import { ROLE_LABELS } from '../domain/registry/vocab.js';
import { purgeExpiredSessions } from '../server/session.js';
import { mailSettingsFrom, startMailOutbox } from '../features/notifications/mailer.js';
import { startPetitionDeadlineChecks } from '../features/petitions/deadline-notices.js';
import { startOverdueChecks } from '../features/plans/service.js';
import { startLateReportChecks } from '../features/annual-reports/reminders.js';
import { startBulkResultsCleanup } from '../features/eligibility/bulk-retention.js';
import { backupDatabase, scheduleSettings, startScheduledBackups } from '../features/backup/service.js';
import { startAdminSocket } from './admin-socket.js';
import { produceReport } from './report.js';
import { openExclusive } from './ops.js';

/** AUDIT_ANCHOR_SECONDS (default 60): how often the audit heads are anchored besides after each write. */
function anchorIntervalMs() {
  const s = Number(process.env.AUDIT_ANCHOR_SECONDS ?? 60);
  return (Number.isFinite(s) && s >= 1 ? s : 60) * 1000;
}

export async function runServe() {
  // One server per DATA_DIR: a second one stops here with a clear message (src/cli/lock.ts).
  const { cfg, database, lock, audit } = await openExclusive('serve');
  console.log(
    `Cơ sở dữ liệu: ${database.kind === 'pglite' ? `PGlite (nhúng) tại ${join(cfg.dataDir, 'pglite')}` : 'PostgreSQL'}`,
  );
  await database.migrate();
  await audit.anchors.ensureKeyed(database.db);
  if (database.kind === 'postgres' && audit.key.source === 'data-dir') {
    console.warn(
      `Lưu ý: khóa nhật ký đang ở ${audit.key.where}. Với PostgreSQL nên đặt AUDIT_KEY hoặc AUDIT_KEY_FILE (mọi máy chủ dùng chung một khóa, để ngoài máy cơ sở dữ liệu).`,
    );
  }
  const existing = await database.db.select({ id: tenants.id }).from(tenants).limit(1);
  let seeded = false;
  if (existing.length === 0) {
    console.log('Lần chạy đầu: đang nạp dữ liệu trình diễn…');
    await seedDataset(database.db, generateDemoDataset(), { onProgress: (stage) => console.log(`  · ${stage}…`) });
    seeded = true;
  }
  await audit.anchors.anchorHeads(database.db);
  await purgeExpiredSessions(database.db, now());
  await failStaleJobs(database.db);
  // Imports cut off past their commit point are written to the end, in the background.
  void resumeImportWrites(database.db)
    .then((n) => n > 0 && console.log(`Đã ghi tiếp ${n} lần nhập dữ liệu bị gián đoạn.`))
    .catch((e) => console.error(e));
  // Keys of open ballot boxes: outside the database, so a restart during a vote loses nothing.
  useBallotKeyStore(fileKeyStore(join(cfg.dataDir, 'keys', 'ballots')));
  const app = createApp(database, {
    secureCookies: cfg.secureCookies,
    webRoot: cfg.webRoot,
    sessionHours: cfg.sessionHours,
  });
  const server = serve({ fetch: app.fetch, port: cfg.port, hostname: cfg.host }, (info) => {
    const url = `http://localhost:${info.port}`;
    console.log(`\nHệ thống đang chạy tại ${url}`);
    console.log(`Tài liệu API (OpenAPI): ${url}/api/openapi.json`);
    if (seeded || process.env.SHOW_DEMO_LOGINS !== 'false') printDemoLogins();
  });
  if (TEST_START !== undefined)
    console.warn(
      `CẢNH BÁO: đồng hồ hệ thống bắt đầu từ ${new Date(TEST_START).toISOString()} (TDKT_TEST_NOW), chỉ dùng để thử nghiệm.`,
    );
  if (CLOCK_OFFSET_DAYS)
    console.warn(
      `CẢNH BÁO: đồng hồ hệ thống đang được dịch ${CLOCK_OFFSET_DAYS} ngày (TDKT_CLOCK_OFFSET_DAYS), chỉ dùng để thử nghiệm.`,
    );
  const mail = mailSettingsFrom();
  const stopMail = mail ? startMailOutbox(database.db, mail) : () => undefined;
  if (mail) console.log('Thông báo sẽ được gửi kèm qua thư điện tử (SMTP_URL).');
  // Owners of plan tasks that became overdue are told once: shortly after start-up (in small
  // batches that let requests through), then daily.
  const stopPlanChecks = startOverdueChecks(database.db);
  // Officers handling a petition are warned once as its statutory deadline nears and once when it passes.
  const stopPetitionChecks = startPetitionDeadlineChecks(database.db);
  // Units late with their six-month or annual report to the body above are reminded once per due date.
  const stopReportChecks = startLateReportChecks(database.db);
  // Bulk eligibility checks' detailed rows and Excel files past BULK_RESULTS_KEEP_DAYS are removed daily.
  const stopBulkCleanup = startBulkResultsCleanup(database.db);
  // Signed audit heads outside the database, shortly after each write and at an interval.
  audit.anchors.start(database.db, anchorIntervalMs());
  // `backup` asks this process over a local socket while it holds the embedded database.
  const admin = await startAdminSocket(cfg.dataDir, async (req) => {
    if (req.op === 'report') {
      const r = await produceReport(database.db, req.args);
      return r.ok ? { ok: true, data: Buffer.from(r.bytes).toString('base64') } : r;
    }
    if (req.op !== 'backup') return { ok: false, message: 'Yêu cầu không được hỗ trợ.' };
    const r = await backupDatabase(database, req.out, audit);
    return { ok: true, file: r.file, bytes: r.bytes, tables: r.tables };
  }).catch((e) => {
    console.warn(
      `Không mở được cổng quản trị cục bộ (${e instanceof Error ? e.message : e}); lệnh backup cần dừng máy chủ.`,
    );
    return null;
  });
  if (admin) lock.update({ adminSocket: admin.path });
  const backups = scheduleSettings(process.env, cfg.dataDir);
  // Scheduled backups for the embedded default; on PostgreSQL only when BACKUP_DIR is set.
  const stopBackups =
    database.kind === 'pglite' || process.env.BACKUP_DIR
      ? startScheduledBackups(database, audit, backups)
      : () => undefined;
  if (backups.intervalHours > 0 && (database.kind === 'pglite' || process.env.BACKUP_DIR)) {
    console.log(
      `Sao lưu định kỳ mỗi ${backups.intervalHours} giờ vào ${backups.dir}, giữ ${backups.keep} bản gần nhất.`,
    );
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nNhận tín hiệu ${signal}: đang dừng…`);
    server.close();
    stopMail();
    stopPlanChecks();
    stopReportChecks();
    stopPetitionChecks();
    stopBulkCleanup();
    stopBackups();
    admin?.close();
    await audit.anchors.stop();
    await database.close();
    lock.release();
    console.log('Đã dừng, dữ liệu đã được ghi an toàn.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

export function printDemoLogins() {
  const d = generateDemoDataset();
  console.log(`\nTài khoản trình diễn (mật khẩu chung: ${DEMO_PASSWORD}):`);
  const orgName = new Map(d.orgs.map((o) => [o.key, o.name]));
  for (const u of d.users) {
    const grants = u.grants.map((g) => `${ROLE_LABELS[g.role]} (${orgName.get(g.orgKey)})`).join('; ');
    console.log(`  ${u.username.padEnd(22)} ${grants}`);
  }
  for (const username of DEMO_EXTRA_COUNCIL_USERS)
    console.log(`  ${username.padEnd(22)} ${ROLE_LABELS.council} (${DEMO_COUNCIL_NAME})`);
}
