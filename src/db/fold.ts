// The SQL side of `searchKey` (src/domain/vi-text): one expression for the stored search keys that
// PostgreSQL generates (src/db/schema.ts) and for folding a column at query time (foldedSql).
import { SEARCH_FOLD } from '../domain/vi-text/normalize.js';

/** The SQL text folding the SQL expression `expr` as `searchKey` folds a query (see SEARCH_FOLD). */
export function foldSqlText(expr: string): string {
  const { marks, from, to } = SEARCH_FOLD;
  return `lower(normalize(translate(regexp_replace(normalize(${expr}, NFD), '${marks}', '', 'g'), '${from}', '${to}'), NFC))`;
}
