// The frame of an HTTP-level database test on one engine: a fresh migrated database holding the
// fixture (src/db/testing/fixture.ts), the app over it, clients signed in by username (cached),
// and the fixture's ids by organisation code, person name and username. Read the fields inside
// tests: they are set before the first test runs.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../../server/app.js';
import type { Database } from '../client.js';
import { type EngineName, openTestDatabase } from './engines.js';
import { FIXTURE_PASSWORD, seedFixture } from './fixture.js';
import { TestClient } from './http.js';

/** Rows of a raw `db.execute` on either engine. */
export const rowsOf = <T>(r: unknown) => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];

export interface FixtureApp {
  readonly database: Database;
  readonly db: Database['db'];
  readonly app: ReturnType<typeof createApp>;
  /** organisation code → id */
  readonly orgs: Record<string, string>;
  /** person's full name → id */
  readonly people: Record<string, string>;
  /** username → id */
  readonly users: Record<string, string>;
  readonly tenantId: string;
  /** A client signed in as this fixture user. */
  as(username: string): Promise<TestClient>;
}

export function fixtureApp(engine: EngineName): FixtureApp {
  let database: Database | undefined;
  let app: ReturnType<typeof createApp> | undefined;
  const ids = {
    orgs: {} as Record<string, string>,
    people: {} as Record<string, string>,
    users: {} as Record<string, string>,
    tenantId: '',
  };
  const clients: Record<string, TestClient> = {};
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await seedFixture(database.db);
    app = createApp(database, { secureCookies: false, webRoot: null, sessionHours: 1 });
    const q = async <T>(text: ReturnType<typeof sql>) => rowsOf<T>(await database!.db.execute(text));
    ids.orgs = Object.fromEntries(
      (await q<{ code: string; id: string }>(sql`SELECT code, id FROM organisations`)).map((o) => [o.code, o.id]),
    );
    ids.people = Object.fromEntries(
      (await q<{ full_name: string; id: string }>(sql`SELECT full_name, id FROM people`)).map((p) => [
        p.full_name,
        p.id,
      ]),
    );
    ids.users = Object.fromEntries(
      (await q<{ username: string; id: string }>(sql`SELECT username, id FROM users`)).map((u) => [u.username, u.id]),
    );
    ids.tenantId = (await q<{ id: string }>(sql`SELECT id FROM tenants`))[0]!.id;
  });
  afterAll(() => database?.close());
  const started = <T>(v: T | undefined): T => {
    if (v === undefined) throw new Error('the test database is not open yet');
    return v;
  };
  return {
    get database() {
      return started(database);
    },
    get db() {
      return started(database).db;
    },
    get app() {
      return started(app);
    },
    get orgs() {
      return ids.orgs;
    },
    get people() {
      return ids.people;
    },
    get users() {
      return ids.users;
    },
    get tenantId() {
      return ids.tenantId;
    },
    async as(username: string) {
      if (!clients[username]) {
        clients[username] = new TestClient(started(app));
        await clients[username].signIn(username, FIXTURE_PASSWORD);
      }
      return clients[username];
    },
  };
}
