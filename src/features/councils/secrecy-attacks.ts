// The attacks on the secret ballot from issue 10, as pure functions over what a database reader
// sees, so the tests can replay them against the real box (ballot-secrecy.db.test.ts) and show
// they do find the link in a box that leaks it (secrecy-attacks.test.ts). Test support only.

/**
 * The WAL-order attack. `observations[i]` is what the reader saw up to or during step i (step i <
 * casts is the i-th cast in audit order; the last step is the tally). Each final ballot row is
 * given to the step where one of its values (receipt hash, id) first showed up: -1 when never.
 */
export function firstAppearance(
  observations: readonly (string | Buffer)[],
  rows: readonly { values: readonly string[] }[],
): number[] {
  return rows.map((r) => {
    for (let i = 0; i < observations.length; i++) if (r.values.some((v) => observations[i]!.includes(v))) return i;
    return -1;
  });
}

/**
 * How many voters the attack linked to their choices: voter k is linked when the rows given to
 * step k are exactly his rows (so their choices are his). `truth[j]` is the real voter of row j.
 */
export function linkedVoters(assigned: readonly number[], truth: readonly number[], voters: number): number {
  let linked = 0;
  for (let k = 0; k < voters; k++) {
    const given = assigned.map((a, j) => (a === k ? j : -1)).filter((j) => j >= 0);
    const his = truth.map((v, j) => (v === k ? j : -1)).filter((j) => j >= 0);
    if (given.length > 0 && given.length === his.length && given.every((j) => truth[j] === k)) linked++;
  }
  return linked;
}

/** A table's rows as a reader sees them: one JSON text per row. */
export type Snapshot = Record<string, string[]>;

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}(:?\d{2})?|Z)?$/;

/**
 * What a row tells apart from its identity: per column, the kind and length of its value. Times
 * and numbers count as such (PostgreSQL trims trailing zeros of fractions, and sequence numbers
 * grow), every other value by the length of its text.
 */
export function rowShape(json: string): string {
  const row = JSON.parse(json) as Record<string, unknown>;
  return Object.keys(row)
    .sort()
    .map((k) => {
      const v = row[k];
      if (v === null || typeof v === 'boolean' || typeof v === 'number')
        return `${k}:${v === null ? 'null' : typeof v}`;
      if (typeof v === 'string') return TIMESTAMP.test(v) ? `${k}:time` : `${k}:s${v.length}`;
      return `${k}:j${JSON.stringify(v).length}`;
    })
    .join(',');
}

/**
 * The polling attack's view of one step: per table, the shapes of the rows that appeared and how
 * many disappeared. Two runs where the same members cast in the same order with different
 * choices must give the same view, step by step, for the diff to say nothing about a choice.
 */
export function diffShape(before: Snapshot, after: Snapshot): Record<string, { added: string[]; removed: number }> {
  const out: Record<string, { added: string[]; removed: number }> = {};
  for (const table of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const was = new Set(before[table] ?? []);
    const now = new Set(after[table] ?? []);
    const added = [...now]
      .filter((r) => !was.has(r))
      .map(rowShape)
      .sort();
    const removed = [...was].filter((r) => !now.has(r)).length;
    if (added.length || removed) out[table] = { added, removed };
  }
  return out;
}
