// `report annual`: the command line, the format from the file's extension, and refusals.
import { describe, expect, it } from 'vitest';
import { parseReportArgs } from './report.js';

describe('report annual command line', () => {
  it('takes the year, the period, the organisation and the format from the file name', () => {
    expect(parseReportArgs(['annual', '--year', '2025', '--out', 'bao-cao.docx'])).toEqual({
      ok: true,
      value: { kind: 'annual', year: 2025, period: 'year', format: 'docx', out: 'bao-cao.docx' },
    });
    const pdf = parseReportArgs(['annual', '--year=2026', '--period', 'half', '--org', 'ML', '--out', 'x.PDF']);
    expect(pdf).toMatchObject({ ok: true, value: { period: 'half', org: 'ML', format: 'pdf' } });
  });

  it('refuses a wrong year, period, format or option with a Vietnamese message', () => {
    expect(parseReportArgs(['annual', '--out', 'x.docx'])).toEqual({ ok: false, message: 'Thiếu --year NĂM.' });
    expect(parseReportArgs(['annual', '--year', '99', '--out', 'x.docx'])).toMatchObject({ ok: false });
    expect(parseReportArgs(['annual', '--year', '2025', '--period', 'quy'])).toMatchObject({
      ok: false,
      message: expect.stringContaining('Kỳ báo cáo'),
    });
    expect(parseReportArgs(['annual', '--year', '2025', '--format', 'xlsx'])).toMatchObject({ ok: false });
    expect(parseReportArgs(['annual', '--year', '2025', '--form', '0601'])).toMatchObject({
      ok: false,
      message: 'Không có tùy chọn "--form".',
    });
  });
});
