// The indexes a province-scale registry needs (issue 16): every foreign key a page follows has an
// index that starts with its columns, and the planner uses the trigram and sort indexes for person
// search, the people list and a person's page, on both engines.
import { and, asc, count, eq, getTableName, sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchCondition } from '../server/paging.js';
import { PEOPLE_ORDER, peopleOrderFor } from '../features/people/service.js';
import type { Database, Tx } from './client.js';
import { refreshSearchTables } from './maintenance.js';
import {
  households,
  initiativeApplications,
  movements,
  notices,
  organisations,
  people,
  petitions,
  rounds,
  users,
} from './schema.js';
import { searchKey } from '../domain/vi-text/index.js';
import { ENGINES, openTestDatabase } from './testing/engines.js';

const rows = <T>(r: unknown) => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];
const list = (v: string[] | string) =>
  Array.isArray(v) ? v : String(v).replace(/[{}]/g, '').split(',').filter(Boolean);

/**
 * Foreign keys that no query follows from the referenced row to the referencing rows: they are
 * only checked when a referenced row is deleted or its key changes, and those rows (users, rounds,
 * councils, …) are never deleted and their keys never change. Keep each entry justified; a new
 * foreign key that a page follows gets an index instead.
 */
const UNFOLLOWED_FKS = new Set<string>([
  // Who created or uploaded a row: shown on the row itself (a join from the row to users), never
  // "everything this user created"; users are deactivated, never deleted.
  'files_user_fk',
  'plan_task_notes_user_fk',
  'plan_task_links_user_fk',
  'plans_user_fk',
  'proposals_user_fk',
  'rounds_user_fk',
  'rule_overrides_user_fk',
  'verdict_overrides_user_fk',
  // A notice is read through its meeting (notices_meeting_idx), never listed by round; rounds are never deleted.
  'notices_round_fk',
]);

describe.each(ENGINES)('indexes on %s', (engine) => {
  let d: Database;
  beforeAll(async () => {
    d = await openTestDatabase(engine);
  });
  afterAll(() => d?.close());

  it('indexes every foreign key, except the listed ones no query follows', async () => {
    const fks = rows<{ table_name: string; name: string; cols: string[] | string }>(
      await d.db.execute(sql`
        SELECT c.relname AS table_name, con.conname AS name,
               array(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                     JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS cols
        FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND con.contype = 'f'`),
    );
    // Each usable index's key columns in order (an expression column reads as null); partial
    // indexes do not count, since a foreign key lookup does not match their predicate.
    const idx = rows<{ table_name: string; cols: string[] | string }>(
      await d.db.execute(sql`
        SELECT c.relname AS table_name,
               array(SELECT coalesce(a.attname::text, '') FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
                     LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                     WHERE k.ord <= i.indnkeyatts ORDER BY k.ord) AS cols
        FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND i.indpred IS NULL AND i.indisvalid`),
    );
    expect(fks.length).toBeGreaterThan(50);
    const covered = (table: string, cols: string[]) =>
      idx.some((i) => {
        if (i.table_name !== table) return false;
        const lead = list(i.cols).slice(0, cols.length);
        return lead.length === cols.length && cols.every((c) => lead.includes(c));
      });
    const unindexed = fks
      .filter((f) => !covered(f.table_name, list(f.cols)))
      .map((f) => `${f.table_name}.${f.name} (${list(f.cols).join(', ')})`);
    const stale = [...UNFOLLOWED_FKS].filter((name) => !fks.some((f) => f.name === name));
    expect({
      unindexed: unindexed.filter((u) => !UNFOLLOWED_FKS.has(u.split(' ')[0].split('.')[1])).sort(),
      stale,
    }).toEqual({ unindexed: [], stale: [] });
    // The allow-list holds only foreign keys that really lack an index.
    expect(
      fks.filter((f) => UNFOLLOWED_FKS.has(f.name) && covered(f.table_name, list(f.cols))).map((f) => f.name),
    ).toEqual([]);
  });

  describe('query plans', () => {
    const tenantId = crypto.randomUUID();
    const orgId = crypto.randomUUID();
    let personId = '';
    // Enough rows that the planner's choice means something (with sequential scans priced out as well).
    const N = 20_000;

    beforeAll(async () => {
      await d.db.execute(sql`INSERT INTO tenants (id, code, name) VALUES (${tenantId}, 'PLAN', 'Kế hoạch truy vấn')`);
      await d.db.execute(sql`INSERT INTO organisations (tenant_id, id, type, code, name, search_key, sort_key, effective_from)
        VALUES (${tenantId}, ${orgId}, 'province', 'P', 'Tỉnh', 'tinh', 'tinh', '2025-07-01')`);
      await d.db.execute(sql`INSERT INTO organisations (tenant_id, id, parent_id, type, code, name, search_key, sort_key, effective_from)
        SELECT ${tenantId}, gen_random_uuid(), ${orgId}, 'school', 'S' || g, 'Trường ' || g, 'truong ' || md5(g::text), md5(g::text), '2025-07-01'
        FROM generate_series(1, 2000) g`);
      // Names spread over many distinct trigrams, so that a search for one person is selective.
      await d.db.execute(sql`INSERT INTO people (tenant_id, id, full_name, gender, category, org_id, search_key, sort_key)
        SELECT ${tenantId}, gen_random_uuid(), 'Người ' || g, 'male', 'vien_chuc', ${orgId},
               'nguoi ' || md5(g::text), md5(g::text) || ' ' || g
        FROM generate_series(1, ${N}) g`);
      await d.db.execute(sql`INSERT INTO households (tenant_id, id, head_person_id, head_name, address, village_org_id, search_key, sort_key)
        SELECT tenant_id, gen_random_uuid(), id, full_name, 'Thôn 1', org_id, search_key, sort_key FROM people WHERE tenant_id = ${tenantId}`);
      const [p] = rows<{ id: string }>(
        await d.db.execute(
          sql`SELECT id FROM people WHERE tenant_id = ${tenantId} ORDER BY sort_key COLLATE "C" OFFSET 1234 LIMIT 1`,
        ),
      );
      personId = p.id;
      // As after an import: without it PGlite (no autovacuum) keeps the rows in the GIN pending
      // lists and the planner has no statistics, and search scans the tenant instead.
      await refreshSearchTables(d.db);
    });

    /** The plan of a query with sequential scans priced out, so that any usable index is chosen. */
    async function plan(query: { getSQL(): SQL }): Promise<string> {
      return d.db.transaction(async (tx: Tx) => {
        await tx.execute(sql`SET LOCAL enable_seqscan = off`);
        const r = rows<Record<string, string>>(await tx.execute(sql`EXPLAIN ${query.getSQL()}`));
        return r.map((x) => Object.values(x)[0]).join('\n');
      });
    }

    it('finds a person by a fragment of the search key through the trigram index', async () => {
      const [p] = rows<{ search_key: string }>(
        await d.db.execute(sql`SELECT search_key FROM people WHERE tenant_id = ${tenantId} AND id = ${personId}`),
      );
      const fragment = p.search_key.split(' ')[1].slice(3, 12);
      const where = and(eq(people.tenantId, tenantId), ...searchCondition(people.searchKey, fragment));
      const found = await d.db.select({ id: people.id }).from(people).where(where);
      expect(found.map((f) => f.id)).toContain(personId);
      const counted = await plan(d.db.select({ n: sql`count(*)` }).from(people).where(where));
      expect(counted).toContain('people_search_trgm_idx');
      const page0 = () =>
        d.db
          .select({ id: people.id })
          .from(people)
          .where(where)
          .orderBy(...PEOPLE_ORDER)
          .limit(20);
      const page = await plan(page0());
      expect(page).toContain('people_search_trgm_idx');
      // The product's order for a search with few matches: the same rows, sorted from the matches.
      const [{ n }] = await d.db.select({ n: count() }).from(people).where(where);
      const few = d.db
        .select({ id: people.id })
        .from(people)
        .where(where)
        .orderBy(...peopleOrderFor(n, fragment))
        .limit(20);
      expect(await plan(few)).toContain('people_search_trgm_idx');
      expect(await plan(few)).not.toContain('people_sort_idx');
      expect((await few).map((r) => r.id)).toEqual((await page0()).map((r) => r.id));
    });

    it('finds households and organisations through their trigram indexes', async () => {
      const h = await plan(
        d.db
          .select({ id: households.id })
          .from(households)
          .where(and(eq(households.tenantId, tenantId), ...searchCondition(households.searchKey, 'nguoi c4ca4238'))),
      );
      expect(h).toContain('households_search_trgm_idx');
      const o = await plan(
        d.db
          .select({ id: organisations.id })
          .from(organisations)
          .where(
            and(eq(organisations.tenantId, tenantId), ...searchCondition(organisations.searchKey, 'truong c4ca4238')),
          ),
      );
      expect(o).toContain('organisations_search_trgm_idx');
    });

    it('reads a page of the people list in index order, without sorting the tenant', async () => {
      const page = await plan(
        d.db
          .select({ id: people.id })
          .from(people)
          .where(eq(people.tenantId, tenantId))
          .orderBy(...PEOPLE_ORDER)
          .limit(20)
          .offset(40),
      );
      expect(page).toContain('people_sort_idx');
      expect(page).not.toMatch(/\bSort\b/);
    });

    it("looks up a person's households through the head-of-household index", async () => {
      const q = d.db
        .select()
        .from(households)
        .where(and(eq(households.tenantId, tenantId), eq(households.headPersonId, personId)));
      expect((await q).length).toBe(1);
      expect(await plan(q)).toContain('households_head_idx');
    });

    it("folds the lists' stored search keys as searchKey folds the query, on every write", async () => {
      const fullName = 'ĐẶNG Thị Ánh Tuyết';
      const [u] = rows<{ id: string; search_key: string }>(
        await d.db.execute(sql`INSERT INTO users (tenant_id, id, username, full_name, password_hash)
          VALUES (${tenantId}, gen_random_uuid(), 'dang.tuyet', ${fullName}, 'x') RETURNING id, search_key`),
      );
      expect(u.search_key).toBe(searchKey(`dang.tuyet ${fullName}`));
      const renamed = 'Đặng Thị Ánh Nguyệt';
      const [v] = rows<{ search_key: string }>(
        await d.db.execute(
          sql`UPDATE users SET full_name = ${renamed} WHERE tenant_id = ${tenantId} AND id = ${u.id} RETURNING search_key`,
        ),
      );
      expect(v.search_key).toBe('dang.tuyet dang thi anh nguyet');
      const found = await d.db
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.tenantId, tenantId), ...searchCondition(users.searchKey, 'ANH nguyệt')));
      expect(found.map((f) => f.id)).toEqual([u.id]);
    });

    it("matches the lists' searches through their trigram indexes", async () => {
      // Accounts at scale: the planner picks the trigram index for a tenant's search, as for people.
      await d.db.execute(sql`INSERT INTO users (tenant_id, id, username, full_name, password_hash)
        SELECT ${tenantId}, gen_random_uuid(), 'u' || g, 'Cán bộ ' || md5(g::text), 'x' FROM generate_series(1, ${N / 4}) g`);
      await d.db.execute(sql`VACUUM (ANALYZE) users`);
      const account = and(eq(users.tenantId, tenantId), ...searchCondition(users.searchKey, 'can bo c4ca4238'));
      expect(await d.db.select({ id: users.id }).from(users).where(account)).toHaveLength(1);
      expect(await plan(d.db.select({ n: sql`count(*)` }).from(users).where(account))).toContain(
        'users_search_trgm_idx',
      );
      // The other lists' tables are empty here; with sequential scans priced out, a plan of the bare
      // LIKE names the trigram index only if the index can answer it (same column, operator class
      // and pattern): what the accounts and people show above then holds for them as well.
      for (const [table, column] of [
        [rounds, rounds.searchKey],
        [movements, movements.searchKey],
        [notices, notices.searchKey],
        [initiativeApplications, initiativeApplications.searchKey],
        [petitions, petitions.searchKey],
      ] as const) {
        const name = getTableName(table);
        const where = and(...searchCondition(column, 'thi dua'));
        expect(await plan(d.db.select({ n: sql`count(*)` }).from(table).where(where)), name).toContain(
          `${name}_search_trgm_idx`,
        );
      }
    });

    it('reads a page of the household list in index order', async () => {
      const page = await plan(
        d.db
          .select({ id: households.id })
          .from(households)
          .where(eq(households.tenantId, tenantId))
          .orderBy(sql`${households.sortKey} COLLATE "C"`, asc(households.id))
          .limit(20),
      );
      expect(page).toContain('households_sort_idx');
      expect(page).not.toMatch(/\bSort\b/);
    });
  });
});
