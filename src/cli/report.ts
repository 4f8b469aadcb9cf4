// `report statistics --form 0601|0602|0603|0604|0605 --year YYYY [--org CODE] [--tenant CODE]
// --format json|xlsx|docx [--out FILE]`: a statistical form of TT 02/2023/TT-BNV computed on the
// deployment in DATA_DIR or DATABASE_URL (src/features/reports). JSON goes to standard output (or
// FILE); Excel and Word go to FILE, or to standard output when it is not a terminal. Exit 0 on
// success, 2 with a Vietnamese message for a wrong command line or an unknown organisation, 1 when
// the file cannot be written.
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { tenants } from '../db/schema.js';
import { isStatFormCode, STAT_FORM_CODES, type StatFormCode } from '../domain/reports/index.js';
import { computeStatisticalForm } from '../features/reports/service.js';
import { buildStatisticsDocx, buildStatisticsXlsx } from '../features/reports/exports.js';
import { findOrganisation } from '../features/reports/repository.js';
import { AppError } from '../server/errors.js';
import { now } from '../server/clock.js';
import {
  ANNUAL_HELP_LINE,
  ANNUAL_USAGE,
  type AnnualArgs,
  annualDone,
  parseAnnualArgs,
  produceAnnual,
} from './report-annual.js';

export const REPORT_USAGE = `Cách dùng: npm run -s cli -- report statistics --form BIỂU --year NĂM [--org MÃ_ĐƠN_VỊ] --format json|xlsx|docx [--out TỆP]
  BIỂU: ${STAT_FORM_CODES.join(' | ')} (biểu ….N/BNV-TĐKT, Thông tư 02/2023/TT-BNV)
  NĂM: năm báo cáo (kỳ báo cáo từ 01/12 năm trước đến 30/11 năm báo cáo)
  --org: mã cơ quan, đơn vị báo cáo (mặc định: cấp cao nhất); --tenant MÃ khi có nhiều đơn vị triển khai
${ANNUAL_USAGE}`;

export const REPORT_HELP_LINE = `  report statistics --form BIỂU --year NĂM [--org MÃ] --format json|xlsx|docx [--out TỆP]  biểu thống kê thi đua, khen thưởng (TT 02/2023/TT-BNV)\n${ANNUAL_HELP_LINE}`;

export interface StatisticsArgs {
  kind?: 'statistics';
  form: StatFormCode;
  year: number;
  org?: string;
  tenant?: string;
  format: 'json' | 'xlsx' | 'docx';
  out?: string;
}

/** `report statistics …` or `report annual …` (./report-annual.ts). */
export type ReportArgs = StatisticsArgs | AnnualArgs;

export function parseReportArgs(
  args: readonly string[],
): { ok: true; value: ReportArgs } | { ok: false; message: string } {
  const [sub, ...rest] = args;
  if (sub === 'annual') return parseAnnualArgs(rest);
  if (sub !== 'statistics')
    return {
      ok: false,
      message: sub ? `Không có lệnh con "report ${sub}".` : 'Thiếu lệnh con "statistics" hoặc "annual".',
    };
  const opts: Record<string, string> = {};
  const known = ['--form', '--year', '--org', '--tenant', '--format', '--out'];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const eqAt = a.indexOf('=');
    const name = eqAt > 0 ? a.slice(0, eqAt) : a;
    if (!known.includes(name))
      return { ok: false, message: a.startsWith('-') ? `Không có tùy chọn "${a}".` : `Thừa tham số "${a}".` };
    const value = eqAt > 0 ? a.slice(eqAt + 1) : rest[++i];
    if (value === undefined || value === '' || (eqAt < 0 && value.startsWith('--')))
      return { ok: false, message: `Thiếu giá trị sau ${name}.` };
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are refused on purpose.
    if (/[\u0000-\u001f]/u.test(value)) return { ok: false, message: `Giá trị của ${name} có ký tự điều khiển.` };
    opts[name.slice(2)] = value;
  }
  if (!opts.form) return { ok: false, message: 'Thiếu --form BIỂU.' };
  const form = opts.form.replace(/\.N\/BNV-TĐKT$/u, '');
  if (!isStatFormCode(form))
    return { ok: false, message: `Không có biểu "${opts.form}". Các biểu: ${STAT_FORM_CODES.join(', ')}.` };
  if (!opts.year) return { ok: false, message: 'Thiếu --year NĂM.' };
  if (!/^\d{4}$/u.test(opts.year) || Number(opts.year) < 2000 || Number(opts.year) > 2100)
    return { ok: false, message: `Năm báo cáo "${opts.year}" không hợp lệ (từ 2000 đến 2100).` };
  const format = opts.format ?? 'json';
  if (format !== 'json' && format !== 'xlsx' && format !== 'docx')
    return { ok: false, message: `Định dạng "${format}" không hợp lệ: json, xlsx hoặc docx.` };
  return {
    ok: true,
    value: { form, year: Number(opts.year), org: opts.org, tenant: opts.tenant, format, out: opts.out },
  };
}

export interface ReportIO {
  writeFile(path: string, bytes: Uint8Array): void;
  out(s: string | Uint8Array): void;
  err(s: string): void;
  stdoutIsTerminal: boolean;
}

class UsageError extends Error {}

export type Produced = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** Computes the form on this database and renders it in the requested format. */
export async function produceReport(db: Db, a: ReportArgs): Promise<Produced> {
  try {
    const all = await db.select().from(tenants).orderBy(asc(tenants.code));
    const tenant = a.tenant
      ? (await db.select().from(tenants).where(eq(tenants.code, a.tenant)))[0]
      : all.length === 1
        ? all[0]
        : undefined;
    if (!tenant) {
      throw new UsageError(
        a.tenant
          ? `Không có đơn vị triển khai "${a.tenant}".`
          : all.length === 0
            ? 'Cơ sở dữ liệu chưa có đơn vị triển khai nào (hãy chạy "seed" hoặc nhập dữ liệu).'
            : `Có nhiều đơn vị triển khai: hãy chọn --tenant (${all.map((t) => t.code).join(', ')}).`,
      );
    }
    const root = await findOrganisation(db, tenant.id, { root: true });
    if (!root) throw new UsageError(`Đơn vị triển khai "${tenant.code}" chưa có cơ quan, đơn vị nào.`);
    let orgId: string | undefined;
    if (a.org) {
      const org = await findOrganisation(db, tenant.id, { code: a.org });
      if (!org) throw new UsageError(`Không có cơ quan, đơn vị mã "${a.org}".`);
      orgId = org.id;
    }
    // The operator of the deployment reads every organisation of the tenant.
    const ctx = {
      db,
      actor: {
        tenantId: tenant.id,
        userId: '00000000-0000-0000-0000-000000000000',
        username: 'cli',
        fullName: 'Dòng lệnh quản trị',
        grants: [{ role: 'viewer' as const, orgId: root.id }],
      },
      now: a.kind === 'annual' ? now() : new Date(0),
    };
    if (a.kind === 'annual') return { ok: true, bytes: await produceAnnual(ctx, a, orgId) };
    const form = await computeStatisticalForm(ctx, { form: a.form, year: a.year, orgId });
    if (a.format === 'json') {
      const body = {
        form: form.form,
        title: form.title,
        period: form.period,
        reportingUnit: form.reportingUnit,
        receivingUnit: form.receivingUnit,
        columns: form.columns.map((c) => ({ no: c.no, label: c.label })),
        rows: form.rows,
      };
      return { ok: true, bytes: new TextEncoder().encode(`${JSON.stringify(body, null, 2)}\n`) };
    }
    return { ok: true, bytes: a.format === 'xlsx' ? await buildStatisticsXlsx(form) : await buildStatisticsDocx(form) };
  } catch (e) {
    if (e instanceof UsageError || e instanceof AppError) return { ok: false, message: e.message };
    throw e;
  }
}

/**
 * `produce` computes the report: on a database this process opens, or (DATA_DIR held by a
 * running server) in the server, asked over its local admin socket.
 */
export async function runReport(
  args: string[],
  io: ReportIO,
  produce: (a: ReportArgs) => Promise<Produced>,
): Promise<number> {
  if (args[0] === '--help' || args[0] === '-h' || args[0] === 'help' || args.length === 0) {
    (args.length === 0 ? io.err : io.out)(`${REPORT_USAGE}\n`);
    return args.length === 0 ? 2 : 0;
  }
  const parsed = parseReportArgs(args);
  if (!parsed.ok) {
    io.err(`${parsed.message}\n${REPORT_USAGE}\n`);
    return 2;
  }
  const a = parsed.value;
  if (a.format !== 'json' && !a.out && io.stdoutIsTerminal) {
    io.err(`Tệp ${a.format.toUpperCase()} cần --out TỆP (hoặc chuyển hướng đầu ra sang tệp).\n`);
    return 2;
  }
  const produced = await produce(a);
  if (!produced.ok) {
    io.err(`${produced.message}\n`);
    return 2;
  }
  const bytes = produced.bytes;
  if (!a.out) {
    io.out(bytes);
    return 0;
  }
  try {
    io.writeFile(a.out, bytes);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? ' (thư mục không tồn tại)'
        : code === 'EISDIR'
          ? ' (đây là thư mục)'
          : code === 'EACCES'
            ? ' (không có quyền ghi)'
            : '';
    io.err(`Không ghi được tệp "${a.out}"${why}.\n`);
    return 1;
  }
  if (a.kind === 'annual') {
    io.err(annualDone(a, bytes.length));
    return 0;
  }
  io.err(
    `Đã ghi biểu ${a.form} năm ${a.year} (${a.format.toUpperCase()}, ${bytes.length.toLocaleString('vi-VN')} byte) vào ${a.out}\n`,
  );
  return 0;
}
