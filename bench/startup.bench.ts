// Start-up of the product (not a test: it measures and prints a Markdown table).
//
//   node --import tsx bench/startup.bench.ts
//
// Issue 15, point 7: a restart on a warm data dir answers /api/health within 5 s, and the server no
// longer compiles TypeScript at run time. Compares, in the same run and on the same warm PGlite data
// dir, the old command (`node --import tsx src/cli/index.ts serve`, what `npm start` ran) with the
// new one (`node dist/server/cli.mjs serve`, the bundle scripts/build-server.mjs builds once). Also
// times the first start on an empty data dir (demo data loaded) and `npm start`'s own build checks
// on an unchanged tree (scripts/build-web.mjs + scripts/build-server.mjs, both skip).
// Settings: BENCH_RESTARTS (5) restarts per command, alternating.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESTARTS = Number(process.env.BENCH_RESTARTS ?? 5);

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
    });
  });

const COMMANDS = {
  old: ['--max-semi-space-size=64', '--import', 'tsx', 'src/cli/index.ts', 'serve'],
  built: ['--max-semi-space-size=64', '--enable-source-maps', 'dist/server/cli.mjs', 'serve'],
} as const;

/** Spawns the server, returns ms until /api/health answers 200, then stops it and waits for exit. */
async function timeStart(args: readonly string[], dataDir: string): Promise<{ ms: number; out: string }> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (b) => (out += b));
  child.stderr.on('data', (b) => (out += b));
  let ms = Number.NaN;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${out}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (r.ok) {
        ms = performance.now() - t0;
        break;
      }
    } catch {
      /* not up yet */
    }
    if (performance.now() - t0 > 600_000) throw new Error(`no answer in 10 min:\n${out}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
  return { ms, out };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main() {
  const build = spawnSync(process.execPath, ['scripts/build-server.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('server build failed');
  const dir = mkdtempSync(join(os.tmpdir(), 'tdkt-startup-'));
  try {
    const first = await timeStart(COMMANDS.built, dir);
    const progress = first.out.split('\n').filter((l) => /nạp dữ liệu|Đã nạp|bước/i.test(l));
    const times: Record<keyof typeof COMMANDS, number[]> = { old: [], built: [] };
    for (let i = 0; i < RESTARTS; i++) {
      for (const k of i % 2 ? (['built', 'old'] as const) : (['old', 'built'] as const)) {
        times[k].push((await timeStart(COMMANDS[k], dir)).ms);
      }
    }
    const checks: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      for (const s of ['scripts/build-web.mjs', 'scripts/build-server.mjs'])
        spawnSync(process.execPath, [s], { cwd: ROOT, stdio: 'ignore' });
      checks.push(performance.now() - t0);
    }
    console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, load ${os.loadavg()[0]!.toFixed(1)}`);
    console.log(`First start on an empty data dir (demo data loaded): ${fmt(first.ms)}`);
    console.log(
      `Progress lines printed: ${progress.length ? progress.map((l) => `“${l.trim()}”`).join(', ') : 'none'}`,
    );
    console.log('');
    console.log('| Warm restart to /api/health 200 | median | min | max |');
    console.log('|---|---|---|---|');
    for (const [k, label] of [
      ['old', 'old: `node --import tsx src/cli/index.ts serve` (baseline)'],
      ['built', 'new: `node dist/server/cli.mjs serve`'],
    ] as const) {
      const xs = times[k];
      console.log(`| ${label} | ${fmt(median(xs))} | ${fmt(Math.min(...xs))} | ${fmt(Math.max(...xs))} |`);
    }
    console.log(`| \`npm start\`'s build checks on an unchanged tree (both skip) | ${fmt(median(checks))} | | |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
