#!/usr/bin/env node
// Builds the web app (vite) only when its inputs changed since the last build: `npm start` on an
// unchanged tree starts the server at once instead of spending half a minute rebuilding.
// The inputs: web/, the non-test sources under src/ (the web imports the domain's labels and the
// server's response types), and the build's configuration and lock file. Their digest is kept
// beside the build (dist/web/.inputs-sha256); `--force` builds regardless.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist', 'web');
const stamp = join(out, '.inputs-sha256');

function* files(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (!/\.(test|db\.test|e2e)\.tsx?$/.test(e.name)) yield p;
  }
}

function inputsDigest() {
  const h = createHash('sha256');
  const list = [...files(join(root, 'web')), ...files(join(root, 'src'))];
  for (const f of ['vite.config.ts', 'package-lock.json', 'tsconfig.json', 'package.json']) {
    if (existsSync(join(root, f))) list.push(join(root, f));
  }
  for (const f of list.sort()) h.update(relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex');
}

const digest = inputsDigest();
const force = process.argv.includes('--force');
if (
  !force &&
  existsSync(join(out, 'index.html')) &&
  existsSync(stamp) &&
  readFileSync(stamp, 'utf8').trim() === digest
) {
  console.log('Giao diện web không thay đổi từ lần dựng trước: bỏ qua bước dựng.');
  process.exit(0);
}
console.log('Đang dựng giao diện web…');
const vite = join(root, 'node_modules', '.bin', 'vite');
const r = spawnSync(vite, ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
writeFileSync(stamp, `${digest}\n`);
