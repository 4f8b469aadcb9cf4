// Every audit action and entity type the server writes as a literal has a Vietnamese label: the
// audit page would otherwise show an internal code such as "plan.units.late_notice" to the user.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ACTION_LABELS, ENTITY_LABELS } from './labels';

const SRC = fileURLToPath(new URL('../../../../src', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'testing' ? [] : sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

const code = sources(SRC).map((f) => readFileSync(f, 'utf8'));
const literals = (re: RegExp) => [...new Set(code.flatMap((c) => [...c.matchAll(re)].map((m) => m[1]!)))].sort();

describe('audit labels', () => {
  it('name every action the server records', () => {
    const actions = literals(/\baction: '([a-z_]+\.[a-z_.]+)'/g);
    expect(actions.length).toBeGreaterThan(50);
    expect(actions.filter((a) => !ACTION_LABELS[a])).toEqual([]);
  });

  it('name every kind of record the audit refers to', () => {
    const types = literals(/\bentityType: '([a-z_]+)'/g);
    expect(types.length).toBeGreaterThan(20);
    expect(types.filter((t) => !ENTITY_LABELS[t])).toEqual([]);
  });
});
