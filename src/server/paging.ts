// The one shape of a paged list: `page` and `pageSize` in the query (with an optional `sort` and
// a search `q`), `{ items, total, page, pageSize }` in the answer. Lists page, sort and filter in
// SQL; `offsetOf` turns the query into the OFFSET of its page.
import { z } from '@hono/zod-openapi';
import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import { foldSqlText } from '../db/fold.js';
import { searchKey } from '../domain/vi-text/normalize.js';

const NO_CONTROL = /^\P{Cc}*$/u;

/** Largest page a client may ask for; the lists' selectors (dropdowns) ask for this. */
export const MAX_PAGE_SIZE = 200;

export const ListPage = z.object({
  page: z.coerce
    .number({ message: 'Trang phải là một số.' })
    .int('Trang phải là số nguyên.')
    .min(1, 'Trang bắt đầu từ 1.')
    .max(100000, 'Trang quá lớn.')
    .default(1)
    .openapi({ param: { name: 'page', in: 'query' } }),
  pageSize: z.coerce
    .number({ message: 'Số dòng một trang phải là một số.' })
    .int('Số dòng một trang phải là số nguyên.')
    .min(1, 'Số dòng một trang ít nhất là 1.')
    .max(MAX_PAGE_SIZE, `Số dòng một trang tối đa ${MAX_PAGE_SIZE}.`)
    .default(50)
    .openapi({ param: { name: 'pageSize', in: 'query' } }),
});
export type ListPage = z.output<typeof ListPage>;

/** A search text: at most 200 characters, no control character. */
export const SearchText = z
  .string()
  .max(200, 'Từ khóa tìm kiếm tối đa 200 ký tự.')
  .regex(NO_CONTROL, 'Từ khóa tìm kiếm có ký tự điều khiển không hợp lệ.')
  .optional()
  .openapi({ param: { name: 'q', in: 'query' }, description: 'Từ khóa (không cần dấu)' });

/** A `sort` query parameter over the given orders, the first being the default. */
export function sortParam<T extends readonly [string, ...string[]]>(sorts: T) {
  return z
    .enum(sorts, { message: `Thứ tự phải là ${sorts.join(', ')}.` })
    .default(sorts[0] as T[number] as never)
    .openapi({ param: { name: 'sort', in: 'query' } });
}

/** The paging fields of a list answer, to spread into its `z.object`. */
export const PageFields = {
  total: z.number().int().openapi({ description: 'Số bản ghi khớp bộ lọc (mọi trang)' }),
  page: z.number().int(),
  pageSize: z.number().int(),
};

export function offsetOf(q: ListPage): number {
  return (q.page - 1) * q.pageSize;
}

/** The words of a search, folded as the stored search keys are (`searchKey`: no diacritics, lower case). */
export function searchWords(query: string | undefined): string[] {
  return searchKey(query ?? '')
    .split(' ')
    .filter(Boolean);
}

/** The LIKE pattern of one search word: it may appear anywhere (backslash, `%` and `_` are literal). */
export function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, '\\$&')}%`;
}

/**
 * "Matches the search": every word of the query appears in the stored search key `column` (a
 * `search_key` column folded like `searchKey`; a LIKE its pg_trgm GIN index serves). No word, no
 * condition.
 */
export function searchCondition(column: AnyColumn | SQL, query: string | undefined): SQL[] {
  return searchWords(query).map((word) => sql`${column} LIKE ${likePattern(word)}`);
}

/**
 * A text column (or expression) folded at query time exactly as the stored search keys are
 * (src/db/fold.ts). Costs a fold on every row: a list searched or sorted by text reads a stored
 * `search_key` column instead (see `searchKeyOf` in src/db/schema.ts).
 */
export function foldedSql(column: unknown): SQL {
  const [before, after] = foldSqlText('\u0000').split('\u0000');
  return sql`${sql.raw(before!)}${column}${sql.raw(after!)}`;
}
