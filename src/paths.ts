// Where the project's own files are (migrations, fonts, the built web app), found from this
// module's location whether it runs from src/ (tsx, tests) or from the built dist/server/ bundle.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'tdkt') return dir;
    if (dirname(dir) === dir) throw new Error(`project root (package.json "tdkt") not found above ${from}`);
  }
}

export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
export const fromRoot = (...parts: string[]) => join(PROJECT_ROOT, ...parts);
