// The one shape of a paged list: `page` and `pageSize` in the query (with an optional `sort` and
// a search `q`), `{ items, total, page, pageSize }` in the answer. Lists page, sort and filter in
// SQL; `offsetOf` turns the query into the OFFSET of its page.
import { z } from '@hono/zod-openapi';
import { type SQL, sql } from 'drizzle-orm';

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

/** The LIKE patterns of a search: every word must appear (callers pass `searchKey(q)` words). */
export function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, '\\$&')}%`;
}

// The Vietnamese letters with diacritics (both cases) and their search-key letter, for
// `translate()`: a text column folded in SQL as searchKey folds the query.
const VI_LETTERS = (() => {
  const from: string[] = [];
  const to: string[] = [];
  const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
  const bases: [string, string][] = [
    ['a', 'a'],
    ['a\u0306', 'a'],
    ['a\u0302', 'a'],
    ['e', 'e'],
    ['e\u0302', 'e'],
    ['i', 'i'],
    ['o', 'o'],
    ['o\u0302', 'o'],
    ['o\u031b', 'o'],
    ['u', 'u'],
    ['u\u031b', 'u'],
    ['y', 'y'],
  ];
  for (const [base, plain] of bases)
    for (const tone of tones) {
      const lower = (base + tone).normalize('NFC');
      if (lower === plain) continue;
      from.push(lower, lower.toUpperCase());
      to.push(plain, plain);
    }
  from.push('đ', 'Đ');
  to.push('d', 'd');
  return { from: from.join(''), to: to.join('') };
})();

/** A text column (or expression) folded like `searchKey`: no diacritics, lower case. */
export function foldedSql(column: unknown): SQL {
  return sql`lower(translate(${column}, ${VI_LETTERS.from}, ${VI_LETTERS.to}))`;
}
