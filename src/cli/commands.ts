// The operator commands behind src/cli/index.ts (which checks DATA_DIR's lock before loading this).
import { runServe } from './serve.js';
import { runMigrate, runSeed } from './db-commands.js';
import { OPS_HELP_LINES, openExclusive, type Opened, runAudit, runBackup, runRestore } from './ops.js';
import { processUsersIO, runUsers, USERS_HELP_LINES } from './users.js';
import { now } from '../server/clock.js';
import { runEligibility } from './eligibility.js';
import { PLAN_HELP_LINE, processPlanIO, runPlan } from './plan.js';
import { readFileSync } from 'node:fs';
import { DOCUMENTS_HELP_LINE, processDocumentsIO, runDocuments } from './documents.js';
import { REPORT_HELP_LINE, runReport } from './report.js';
import { produceReportOnDeployment } from './report-source.js';
import { writeFileSync } from 'node:fs';

const HELP = `Cách dùng: npm run -s cli -- <lệnh>

Lệnh:
  serve                       chạy máy chủ (PORT, DATA_DIR, DATABASE_URL)
  migrate                     áp dụng các bản chuyển đổi cơ sở dữ liệu
  seed                        nạp dữ liệu trình diễn (nếu chưa có)
  eligibility evaluate TỆP    xét điều kiện theo hợp đồng (TỆP JSON, hoặc - cho đầu vào chuẩn)
${OPS_HELP_LINES}
${USERS_HELP_LINES}
${PLAN_HELP_LINE}
${DOCUMENTS_HELP_LINE}
${REPORT_HELP_LINE}
`;

const [cmd, ...rest] = process.argv.slice(2);
const commands: Record<string, (args: string[]) => Promise<unknown>> = {
  serve: () => runServe(),
  migrate: () => runMigrate(),
  seed: () => runSeed(),
  backup: async (args) => {
    process.exitCode = await runBackup(args);
  },
  restore: async (args) => {
    process.exitCode = await runRestore(args);
  },
  audit: async (args) => {
    process.exitCode = await runAudit(args);
  },
  users: async (args) => {
    // Opened only once the command line is known to be right; on DATA_DIR the server must be stopped.
    let opened: Opened | undefined;
    try {
      process.exitCode = await runUsers(
        args,
        processUsersIO(),
        async () => {
          opened = await openExclusive('users');
          await opened.database.migrate();
          await opened.audit.anchors.ensureKeyed(opened.database.db);
          return opened.database.db;
        },
        now,
      );
      if (opened) await opened.audit.anchors.anchorHeads(opened.database.db);
    } finally {
      await opened?.close();
    }
  },
  plan: async (args) => {
    process.exitCode = await runPlan(args, processPlanIO());
  },
  report: async (args) => {
    process.exitCode = await runReport(
      args,
      {
        writeFile: (path, bytes) => writeFileSync(path, bytes),
        out: (s) => void process.stdout.write(s),
        err: (s) => void process.stderr.write(s),
        stdoutIsTerminal: process.stdout.isTTY === true,
      },
      produceReportOnDeployment,
    );
  },
  documents: async (args) => {
    process.exitCode = await runDocuments(args, processDocumentsIO());
  },
  eligibility: async (args) => {
    process.exitCode = runEligibility(args, {
      readStdin: () => readFileSync(0, 'utf8'),
      out: (s) => process.stdout.write(s),
      err: (s) => process.stderr.write(s),
    });
  },
};

const run = commands[cmd ?? ''];
if (!run) {
  process.stderr.write(cmd ? `Không có lệnh "${cmd}".\n\n${HELP}` : HELP);
  process.exit(cmd ? 2 : 0);
}
run(rest).catch((e) => {
  process.stderr.write(`Lỗi: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
