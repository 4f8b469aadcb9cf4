import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './client.js';
import { ENGINES, openTestDatabase } from './testing/engines.js';

const rows = <T>(r: unknown) => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];

// Tables that are not tenant business data: the tenant list itself and the migration ledger.
const NOT_BUSINESS = new Set(['tenants']);

describe.each(ENGINES)('schema on %s', (engine) => {
  let d: Database;
  beforeAll(async () => {
    d = await openTestDatabase(engine);
  });
  afterAll(() => d?.close());

  it('puts tenant_id first in every primary, unique and foreign key of every business table', async () => {
    const constraints = rows<{ table_name: string; name: string; type: string; cols: string[] | string }>(
      await d.db.execute(sql`
        SELECT c.relname AS table_name, con.conname AS name, con.contype AS type,
               array(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                     JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS cols
        FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND con.contype IN ('p', 'u', 'f')`),
    );
    const tables = rows<{ table_name: string }>(
      await d.db.execute(
        sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
      ),
    ).map((t) => t.table_name);
    const business = tables.filter((t) => !NOT_BUSINESS.has(t));
    expect(business.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const table of business) {
      const own = constraints.filter((c) => c.table_name === table);
      const cols = (c: (typeof own)[number]) =>
        Array.isArray(c.cols) ? c.cols : String(c.cols).replace(/[{}]/g, '').split(',');
      if (!own.some((c) => c.type === 'p')) problems.push(`${table}: no primary key`);
      for (const c of own)
        if (cols(c)[0] !== 'tenant_id') problems.push(`${table}.${c.name} (${c.type}) starts with ${cols(c)[0]}`);
    }
    expect(problems).toEqual([]);
  });

  it('refuses to update or delete audit rows', async () => {
    const tenantId = crypto.randomUUID();
    await d.db.execute(sql`INSERT INTO tenants (id, code, name) VALUES (${tenantId}, 'X', 'X')`);
    await d.db.execute(sql`INSERT INTO audit_log (tenant_id, seq, at, actor_name, action, entity_type, summary, prev_hash, hash)
      VALUES (${tenantId}, 1, now(), 'a', 'x', 'y', 'z', 'p', 'h')`);
    await expect(d.db.execute(sql`UPDATE audit_log SET summary = 'changed'`)).rejects.toThrow();
    await expect(d.db.execute(sql`DELETE FROM audit_log`)).rejects.toThrow();
    const left = rows<{ summary: string }>(await d.db.execute(sql`SELECT summary FROM audit_log`));
    expect(left).toEqual([{ summary: 'z' }]);
  });
});
