// The loop the background checks share (overdue plan tasks, petition deadlines, late period
// reports): read the candidates by key in small pages; write each page in one short transaction
// per tenant (or finer group): a claim, one multi-row insert, one audit entry; pause between pages
// so that requests waiting on the database run; stop between pages once the signal is aborted.
import type { Db, Tx } from '../db/client.js';

export interface BatchOptions {
  /** Candidates read and handled per transaction. */
  batchSize?: number;
  /** Pause between pages, in ms: lets waiting requests run. */
  pauseMs?: number;
  /** Stops the loop between pages (server shutting down). */
  signal?: AbortSignal;
}

export const DEFAULT_BATCH_SIZE = 200;
export const DEFAULT_PAUSE_MS = 10;

export interface KeyedBatches<Row, Key, Item, Totals extends Record<string, number>> {
  /** At most `limit` candidates after `after` (null: from the first), in the order of their key. */
  read: (after: Key | null, limit: number) => Promise<Row[]>;
  /** A row's key: the next page starts after the last row's. */
  keyOf: (row: Row) => Key;
  /** What of a page to act on (outside any transaction); every row when absent. */
  select?: (page: Row[]) => Promise<Item[]> | Item[];
  /**
   * The group an item belongs to (its tenant, or finer: tenant and plan): each group's items of a
   * page are written in their own transaction, in the order the groups first appear.
   */
  groupOf: (item: Item) => string;
  /** Writes one group's items of a page; answers what it did, added up over the run. */
  write: (tx: Tx, group: string, items: Item[]) => Promise<Totals>;
  /** The totals before the first page. */
  zero: Totals;
}

/** Runs the loop to the last page (or until the signal stops it between pages); answers the totals. */
export async function runKeyedBatches<
  Row,
  Key,
  Item = Row,
  Totals extends Record<string, number> = Record<string, number>,
>(db: Db, spec: KeyedBatches<Row, Key, Item, Totals>, opts: BatchOptions = {}): Promise<Totals> {
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const pauseMs = opts.pauseMs ?? DEFAULT_PAUSE_MS;
  const totals = { ...spec.zero };
  let after: Key | null = null;
  while (!opts.signal?.aborted) {
    const page = await spec.read(after, batchSize);
    if (!page.length) break;
    after = spec.keyOf(page[page.length - 1]!);
    const items = spec.select ? await spec.select(page) : (page as unknown as Item[]);
    const groups = new Map<string, Item[]>();
    for (const item of items) {
      const key = spec.groupOf(item);
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
    for (const [key, group] of groups) {
      const done = await db.transaction((tx) => spec.write(tx, key, group));
      for (const k of Object.keys(done) as (keyof Totals)[])
        (totals as Record<keyof Totals, number>)[k] = totals[k] + done[k];
    }
    if (page.length < batchSize) break;
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  return totals;
}
