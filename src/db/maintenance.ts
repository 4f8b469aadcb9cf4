// Upkeep after bulk writes. PostgreSQL's autovacuum does this on its own schedule; PGlite runs no
// autovacuum at all, so there nothing refreshes planner statistics or flushes the GIN pending lists
// of the trigram search indexes unless the application asks.
import { sql } from 'drizzle-orm';
import type { Db } from './client.js';

/**
 * Flushes the trigram indexes' pending lists and refreshes the statistics of the searched tables.
 * Call it after a bulk write (an import commit), outside any transaction. Without it, on PGlite,
 * a search after an import of tens of thousands of rows scans the table instead of the index
 * (measured: 27 ms against 5 ms per search on 50,000 rows; the upkeep took 0.4 s).
 */
export async function refreshSearchTables(db: Db): Promise<void> {
  await db.execute(sql`VACUUM (ANALYZE) people, households, organisations`);
}
