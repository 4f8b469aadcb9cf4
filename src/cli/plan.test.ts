import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { seedPath } from '../domain/plans/fixtures/seeds.js';
import { processPlanIO, runPlan, PLAN_USAGE } from './plan.js';

async function run(args: string[], files: Record<string, Uint8Array | string> = {}) {
  let out = '';
  let err = '';
  const code = await runPlan(args, {
    readFile: (path) => {
      if (path in files) {
        const f = files[path];
        return typeof f === 'string' ? new TextEncoder().encode(f) : f;
      }
      return readFileSync(path);
    },
    out: (s) => (out += s),
    err: (s) => (err += s),
  });
  return { code, out, err };
}

describe('plan import (CLI)', () => {
  it('prints the tasks of seed 000 as pretty JSON and exits 0', async () => {
    const r = await run(['import', seedPath('muongLay')]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out.endsWith('\n')).toBe(true);
    expect(r.out).toContain('\n  "tasks": [\n');
    const json = JSON.parse(r.out) as {
      year: number | null;
      sections: { heading: string; text: string }[];
      tasks: { quarter: string; lead: string; partners: string[]; due: string | null; fromProse: boolean }[];
    };
    expect(Object.keys(json)).toEqual(['year', 'sections', 'tasks']);
    expect(json.sections.map((s) => s.heading)).toEqual([
      'MỤC ĐÍCH, YÊU CẦU',
      'NHIỆM VỤ TRỌNG TÂM NĂM 2026',
      'NHIỆM VỤ CỤ THỂ, ĐƠN VỊ THỰC HIỆN',
      'TỔ CHỨC THỰC HIỆN',
    ]);
    expect(json.sections[0].text).toContain('\n2. Yêu cầu\nPhát động và tổ chức các phong trào thi đua yêu nước');
    // The plan's own year, from its title ("… NĂM 2026"), whatever day it is read on.
    expect(json.year).toBe(2026);
    expect(json.tasks).toHaveLength(23);
    expect(json.tasks[0]).toEqual({
      quarter: 'I',
      title: 'Hoàn thiện hồ sơ trình UBND tỉnh khen thưởng và đề nghị khen cao thành tích khen thưởng năm 2025',
      lead: 'Phòng Văn hóa - Xã hội phường',
      partners: ['Các cơ quan, đơn vị trên địa bàn phường'],
      due: null,
      fromProse: false,
    });
    expect(Object.keys(json.tasks[0])).toEqual(['title', 'lead', 'partners', 'quarter', 'due', 'fromProse']);
    expect(json.tasks.filter((t) => t.quarter === 'regular')).toHaveLength(3);
  });

  it('reads the duties of a prose plan (seed 004) as tasks marked fromProse', async () => {
    const r = await run(['import', seedPath('xuanTruong')]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { year: number; tasks: { lead: string; quarter: string; fromProse: boolean }[] };
    expect(json.year).toBe(2026);
    expect(json.tasks).toHaveLength(6);
    expect(json.tasks.every((t) => t.fromProse && t.quarter === 'regular')).toBe(true);
  });

  it('exits 2 with the Vietnamese message for a file that is not a plan', async () => {
    const r = await run(['import', 'thu.txt'], {
      'thu.txt': new TextEncoder().encode('Kính gửi anh Minh,\nHẹn gặp lại.\n'),
    });
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(
      'Không tìm thấy nhiệm vụ trong tệp "thu.txt": không có bảng nhiệm vụ (các cột Nhiệm vụ/Nội dung và Đơn vị chủ trì) cũng không có mục "Tổ chức thực hiện" giao việc cho từng đơn vị.\n',
    );
  });

  it('exits 2 when the file cannot be read', async () => {
    const r = await run(['import', '/khong/co/tep-nay.txt']);
    expect(r).toEqual({ code: 2, out: '', err: 'Không đọc được tệp "/khong/co/tep-nay.txt" (không có tệp này).\n' });
    const dir = mkdtempSync(join(tmpdir(), 'plan-'));
    expect((await run(['import', dir])).err).toBe(`Không đọc được tệp "${dir}" (đây là thư mục).\n`);
    // A file over the upload limit is refused from its size, without being read.
    const big = join(dir, 'ke-hoach.docx');
    writeFileSync(big, '');
    truncateSync(big, 26 * 1024 * 1024);
    const err: string[] = [];
    const code = await runPlan(['import', big], {
      ...processPlanIO(),
      out: () => undefined,
      err: (s) => void err.push(s),
    });
    expect({ code, err: err.join('') }).toEqual({ code: 2, err: `Không đọc được tệp "${big}" (tệp lớn hơn 25 MB).\n` });
  });

  it('exits 2 with the usage for a wrong command line, 0 for help', async () => {
    expect(await run([])).toEqual({ code: 2, out: '', err: `${PLAN_USAGE}\n` });
    expect(await run(['import'])).toEqual({ code: 2, out: '', err: `${PLAN_USAGE}\n` });
    expect(await run(['import', 'a.txt', 'b.txt'])).toMatchObject({ code: 2, out: '' });
    expect(await run(['export', 'a.txt'])).toEqual({
      code: 2,
      out: '',
      err: `Không có lệnh con "plan export".\n${PLAN_USAGE}\n`,
    });
    expect(await run(['--help'])).toEqual({ code: 0, out: `${PLAN_USAGE}\n`, err: '' });
  });

  it('reads a DOCX given by path', async () => {
    const { Document, Packer, Paragraph, Table, TableCell, TableRow } = await import('docx');
    const row = (cells: string[]) =>
      new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) });
    const doc = new Document({
      sections: [
        {
          children: [
            new Table({
              rows: [
                row(['STT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian thực hiện']),
                row(['1', 'Ban hành kế hoạch', 'Phòng Văn hóa - Xã hội', 'Tháng 3/2026']),
              ],
            }),
          ],
        },
      ],
    });
    const r = await run(['import', 'ke-hoach.docx'], { 'ke-hoach.docx': new Uint8Array(await Packer.toBuffer(doc)) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      year: 2026,
      sections: [],
      tasks: [
        {
          quarter: 'I',
          title: 'Ban hành kế hoạch',
          lead: 'Phòng Văn hóa - Xã hội',
          partners: [],
          due: '2026-03-31',
          fromProse: false,
        },
      ],
    });
  });

  it('writes to the real stdout and stderr with the real exit code (processPlanIO)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-cli-'));
    const script = join(dir, 'main.mts');
    const planModule = pathToFileURL(fileURLToPath(new URL('./plan.ts', import.meta.url))).href;
    writeFileSync(
      script,
      `import { runPlan, processPlanIO } from ${JSON.stringify(planModule)};\nprocess.exitCode = await runPlan(process.argv.slice(2), processPlanIO());\n`,
    );
    const exec = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
        encoding: 'utf8',
        cwd: fileURLToPath(new URL('../..', import.meta.url)),
      });

    const ok = exec(['import', seedPath('diemHe')]);
    expect(ok.status).toBe(0);
    expect((JSON.parse(ok.stdout) as { tasks: unknown[] }).tasks).toHaveLength(18);

    const none = exec(['import', '/khong/co/tep-nay.txt']);
    expect(none.status).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('Không đọc được tệp');
  }, 30_000);
});
