#!/usr/bin/env node
// Builds the server once into dist/server/cli.mjs (esbuild: TypeScript stripped, one ES module,
// packages left in node_modules) so that `npm start` runs plain JavaScript: no TypeScript compiler
// at run time, and a restart costs only loading the bundle. Like build-web.mjs it builds only
// when its inputs changed: the non-test sources under src/ and the lock file, whose digest is kept
// beside the bundle (dist/server/.inputs-sha256). `--force` builds regardless.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist', 'server');
const bundle = join(out, 'cli.mjs');
const stamp = join(out, '.inputs-sha256');

function* files(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.') || e.name === 'fixtures') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (!/\.(test|db\.test|e2e)\.tsx?$/.test(e.name)) yield p;
  }
}

function inputsDigest() {
  const h = createHash('sha256');
  const list = [...files(join(root, 'src'))];
  for (const f of ['package-lock.json', 'tsconfig.json', 'package.json', 'scripts/build-server.mjs']) {
    if (existsSync(join(root, f))) list.push(join(root, f));
  }
  for (const f of list.sort()) h.update(relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex');
}

const digest = inputsDigest();
if (
  !process.argv.includes('--force') &&
  existsSync(bundle) &&
  existsSync(stamp) &&
  readFileSync(stamp, 'utf8').trim() === digest
) {
  process.exit(0);
}
console.log('Đang dựng máy chủ…');
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(root, 'src', 'cli', 'index.ts')],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
writeFileSync(stamp, `${digest}\n`);
