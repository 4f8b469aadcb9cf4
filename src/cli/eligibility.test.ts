import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEligibility } from './eligibility.js';

function run(args: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = runEligibility(args, { readStdin: () => stdin, out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const case2026 = {
  award: 'CSTD_TINH',
  period: '2026',
  decisionDate: '2026-12-15',
  subject: { kind: 'individual', group: 'cbccvc' },
  records: ['2024', '2025', '2026'].map((period) => ({ period, award: 'CSTD_CS', decisionDate: `${period}-12-20` })),
  ratings: [{ period: '2026', rating: 'HTXSNV' }],
  initiatives: [{ id: 'sk-12', recognizedOn: '2026-10-01', scope: 'tinh', usedFor: null }],
};

describe('eligibility evaluate (CLI)', () => {
  it('prints the verdict JSON for a file and exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'elig-'));
    const file = join(dir, 'case.json');
    writeFileSync(file, JSON.stringify(case2026));
    const r = run(['evaluate', file]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out).toMatchObject({ award: 'CSTD_TINH', period: '2026', eligible: true, withheld: false });
    expect(out.bonus).toEqual({
      multiplier: 3,
      baseSalary: 2530000,
      amount: 7590000,
      amountInWords: 'Bảy triệu năm trăm chín mươi nghìn đồng',
    });
    expect(out.criteria[0].message).toMatch(/2024, 2025, 2026/);
  });

  it('reads standard input with "-" and answers a batch in order', () => {
    const r = run(
      ['evaluate', '-'],
      JSON.stringify({ cases: [case2026, { ...case2026, award: 'LDTT', records: [] }] }),
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).results.map((x: { award: string }) => x.award)).toEqual(['CSTD_TINH', 'LDTT']);
  });

  it('exits 0 with eligible false when a criterion fails', () => {
    const r = run(['evaluate', '-'], JSON.stringify({ ...case2026, records: case2026.records.slice(2) }));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).eligible).toBe(false);
  });

  it('exits 2 with a Vietnamese message naming the field for bad input', () => {
    const unknown = run(['evaluate', '-'], JSON.stringify({ ...case2026, award: 'XYZ' }));
    expect(unknown.code).toBe(2);
    expect(unknown.out).toBe('');
    expect(unknown.err).toMatch(/Trường "award": mã danh hiệu "XYZ" không có trong danh mục/);
    const missing = run(
      ['evaluate', '-'],
      JSON.stringify({ award: 'LDTT', period: '2026', decisionDate: '2026-12-15', subject: {} }),
    );
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/subject\.kind/);
    const extra = run(['evaluate', '-'], JSON.stringify({ ...case2026, salary: 1 }));
    expect(extra.code).toBe(2);
    expect(extra.err).toMatch(/salary/);
    const notJson = run(['evaluate', '-'], '{award:');
    expect(notJson.code).toBe(2);
    expect(notJson.err).toMatch(/không phải JSON hợp lệ/);
    expect(run(['evaluate', '/khong/co/tep.json']).err).toMatch(/Không đọc được tệp/);
  });
});
