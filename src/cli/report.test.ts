// The command line of `report statistics` (biểu 0601–0605.N/BNV-TĐKT, TT 02/2023/TT-BNV).
import { describe, expect, it } from 'vitest';
import { parseReportArgs, runReport, type ReportIO } from './report.js';

describe('report statistics: command line', () => {
  it('reads the form, year, organisation and format in any order', () => {
    expect(
      parseReportArgs([
        'statistics',
        '--year',
        '2025',
        '--form',
        '0603',
        '--org',
        'DEMO',
        '--format',
        'xlsx',
        '--out',
        'b.xlsx',
      ]),
    ).toEqual({
      ok: true,
      value: { form: '0603', year: 2025, org: 'DEMO', tenant: undefined, format: 'xlsx', out: 'b.xlsx' },
    });
    expect(parseReportArgs(['statistics', '--form=0603.N/BNV-TĐKT', '--year=2025'])).toMatchObject({
      ok: true,
      value: { form: '0603', format: 'json' },
    });
  });

  it('refuses a wrong command line in Vietnamese, naming what is wrong', () => {
    expect(parseReportArgs(['statistics', '--form', '0609', '--year', '2025'])).toEqual({
      ok: false,
      message: 'Không có biểu "0609". Các biểu: 0601, 0602, 0603, 0604, 0605.',
    });
    expect(parseReportArgs(['statistics', '--form', '0601', '--year', '25'])).toMatchObject({
      ok: false,
      message: expect.stringContaining('Năm báo cáo "25"'),
    });
    expect(parseReportArgs(['statistics', '--form', '0601'])).toMatchObject({
      ok: false,
      message: 'Thiếu --year NĂM.',
    });
    expect(parseReportArgs(['statistics', '--form', '0601', '--year', '2025', '--format', 'pdf'])).toMatchObject({
      ok: false,
      message: expect.stringContaining('"pdf"'),
    });
    expect(parseReportArgs(['statistics', '--form', '0601', '--year', '2025', '--bogus', '1'])).toMatchObject({
      ok: false,
      message: 'Không có tùy chọn "--bogus".',
    });
    expect(parseReportArgs(['monthly'])).toMatchObject({ ok: false, message: 'Không có lệnh con "report monthly".' });
  });

  it('exits 2 without touching the database on a wrong line, and asks for --out before writing a binary file to a terminal', async () => {
    const err: string[] = [];
    const io: ReportIO = {
      writeFile: () => undefined,
      out: () => undefined,
      err: (s) => void err.push(s),
      stdoutIsTerminal: true,
    };
    let produced = 0;
    const produce = async () => {
      produced++;
      return { ok: true as const, bytes: new Uint8Array() };
    };
    expect(await runReport(['statistics', '--form', 'x', '--year', '2025'], io, produce)).toBe(2);
    expect(await runReport(['statistics', '--form', '0603', '--year', '2025', '--format', 'docx'], io, produce)).toBe(
      2,
    );
    expect(err.at(-1)).toContain('--out');
    expect(produced).toBe(0);
  });
});
