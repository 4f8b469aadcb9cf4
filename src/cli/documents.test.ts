import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxText } from '../documents/nd30/index.js';
import { looksLikePdf, pdfPageCount } from '../documents/pdf/inspect.js';
import { sampleRound, type SampleRound } from './document-sample.js';
import { DOCUMENTS_USAGE, parseDocumentsArgs, runDocuments } from './documents.js';

let round: SampleRound;
beforeAll(() => {
  round = sampleRound();
});

async function run(args: string[]) {
  let out = '';
  let err = '';
  const files = new Map<string, Uint8Array>();
  const code = await runDocuments(
    args,
    { writeFile: (p, b) => void files.set(p, b), out: (s) => (out += s), err: (s) => (err += s) },
    () => round,
  );
  return { code, out, err, files };
}

describe('documents sample (CLI)', () => {
  it('writes a DOCX of each kind', async () => {
    const expected: Record<string, string> = {
      proposal: 'TỜ TRÌNH',
      minutes: 'BIÊN BẢN',
      decision: 'QUYẾT ĐỊNH',
      certificate: 'TẶNG DANH HIỆU',
      'payment-list': 'DANH SÁCH CHI TIỀN THƯỞNG',
    };
    for (const [kind, marker] of Object.entries(expected)) {
      const r = await run(['sample', kind, '--out', `x/${kind}.docx`]);
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
      expect(r.out).toMatch(new RegExp(`\\(DOCX, [\\d.]+ byte\\) vào x/${kind}\\.docx\\n$`, 'u'));
      const bytes = r.files.get(`x/${kind}.docx`)!;
      expect(await docxText(bytes)).toContain(marker);
    }
  });

  it('writes a PDF when the file ends in .pdf', async () => {
    const r = await run(['sample', 'certificate', '--out', 'giay-khen.PDF']);
    expect(r.code).toBe(0);
    const pdf = r.files.get('giay-khen.PDF')!;
    expect(looksLikePdf(pdf)).toBe(true);
    expect(pdfPageCount(pdf)).toBe(round.certificates.length);
  });

  it('exits 2 with a Vietnamese message for an unknown kind, a missing --out or a wrong sub-command', async () => {
    expect(await run(['sample', 'letter', '--out', 'a.docx'])).toMatchObject({
      code: 2,
      out: '',
      err: `Không có loại văn bản "letter". Các loại: proposal, minutes, decision, certificate, payment-list.\n${DOCUMENTS_USAGE}\n`,
    });
    expect(await run(['sample', 'decision'])).toMatchObject({
      code: 2,
      err: `Thiếu --out TỆP (tệp .docx hoặc .pdf cần ghi).\n${DOCUMENTS_USAGE}\n`,
    });
    expect(await run(['sample', 'decision', '--out'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('Thiếu tên tệp sau --out.'),
    });
    expect(await run(['build', 'decision'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('Không có lệnh con "documents build".'),
    });
    expect(await run([])).toMatchObject({ code: 2 });
    expect(await run(['--help'])).toEqual({ code: 0, out: `${DOCUMENTS_USAGE}\n`, err: '', files: new Map() });
    expect(parseDocumentsArgs(['sample', '--out=a.pdf', 'minutes'])).toEqual({
      ok: true,
      kind: 'minutes',
      out: 'a.pdf',
    });
  });

  it('exits 1 when the file cannot be written', async () => {
    const r = await runDocuments(
      ['sample', 'minutes', '--out', '/x/y.docx'],
      {
        writeFile: () => {
          throw Object.assign(new Error('no'), { code: 'ENOENT' });
        },
        out: () => undefined,
        err: (s) => expect(s).toBe('Không ghi được tệp "/x/y.docx" (thư mục không tồn tại).\n'),
      },
      () => round,
    );
    expect(r).toBe(1);
  });

  it('runs through the real command with the real exit code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'documents-cli-'));
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const exec = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'documents', ...args], {
        encoding: 'utf8',
        cwd: root,
      });
    const ok = exec(['sample', 'decision', '--out', join(dir, 'qd.pdf')]);
    expect(ok.status).toBe(0);
    expect(looksLikePdf(readFileSync(join(dir, 'qd.pdf')))).toBe(true);
    const bad = exec(['sample', 'nope', '--out', join(dir, 'x.docx')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Không có loại văn bản "nope"');
  }, 60_000);
});
