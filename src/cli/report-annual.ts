// `report annual --year YYYY [--period half|year] [--org CODE] [--tenant CODE] --out FILE.docx|FILE.pdf`:
// the six-month or annual report on a body's TĐKT work (src/features/annual-reports) in the Nghị
// định 30 layout, with the narrative its officer saved in the app (or the starting text when none).
// The format follows the file's extension (or --format docx|pdf).
import type { Db } from '../db/client.js';
import { buildAnnualReportDocx, buildAnnualReportPdf } from '../documents/report/annual.js';
import { periodReportDocument } from '../features/annual-reports/service.js';
import type { Ctx } from '../server/context.js';

export interface AnnualArgs {
  kind: 'annual';
  year: number;
  period: 'half' | 'year';
  org?: string;
  tenant?: string;
  format: 'docx' | 'pdf';
  out?: string;
}

export const ANNUAL_USAGE = `Cách dùng: npm run -s cli -- report annual --year NĂM [--period year|half] [--org MÃ_ĐƠN_VỊ] --out TỆP.docx|TỆP.pdf
  --period: year = tổng kết năm (mặc định), half = sơ kết 6 tháng
  Định dạng theo đuôi tệp (.docx hoặc .pdf), hoặc --format docx|pdf`;

export const ANNUAL_HELP_LINE =
  '  report annual --year NĂM [--period year|half] [--org MÃ] --out TỆP.docx|TỆP.pdf  báo cáo tổng kết năm / sơ kết 6 tháng công tác thi đua, khen thưởng';

export function parseAnnualArgs(
  rest: readonly string[],
): { ok: true; value: AnnualArgs } | { ok: false; message: string } {
  const opts: Record<string, string> = {};
  const known = ['--year', '--period', '--org', '--tenant', '--format', '--out'];
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
  if (!opts.year) return { ok: false, message: 'Thiếu --year NĂM.' };
  if (!/^\d{4}$/u.test(opts.year) || Number(opts.year) < 2000 || Number(opts.year) > 2100)
    return { ok: false, message: `Năm báo cáo "${opts.year}" không hợp lệ (từ 2000 đến 2100).` };
  const period = opts.period ?? 'year';
  if (period !== 'year' && period !== 'half')
    return {
      ok: false,
      message: `Kỳ báo cáo "${period}" không hợp lệ: year (tổng kết năm) hoặc half (sơ kết 6 tháng).`,
    };
  const ext = /\.(docx|pdf)$/iu.exec(opts.out ?? '')?.[1]?.toLowerCase();
  const format = opts.format ?? ext ?? 'docx';
  if (format !== 'docx' && format !== 'pdf')
    return { ok: false, message: `Định dạng "${format}" không hợp lệ: docx hoặc pdf.` };
  return {
    ok: true,
    value: {
      kind: 'annual',
      year: Number(opts.year),
      period,
      org: opts.org,
      tenant: opts.tenant,
      format,
      out: opts.out,
    },
  };
}

/** Renders the report for the organisation (or the top one) as the operator, who reads everything. */
export async function produceAnnual(ctx: Ctx, a: AnnualArgs, orgId: string | undefined): Promise<Uint8Array> {
  const doc = await periodReportDocument(ctx, { year: a.year, kind: a.period, orgId });
  return a.format === 'docx' ? await buildAnnualReportDocx(doc) : await buildAnnualReportPdf(doc);
}

export const annualDone = (a: AnnualArgs, bytes: number) =>
  `Đã ghi báo cáo ${a.period === 'year' ? 'tổng kết năm' : 'sơ kết 6 tháng năm'} ${a.year} (${a.format.toUpperCase()}, ${bytes.toLocaleString('vi-VN')} byte) vào ${a.out}\n`;

export type { Db };
