// Server paging of a list page: the page and page size live in the address (useUrlListState),
// the server answers one page with its total, and the table's pager writes back to the address.
import type { TablePaginationConfig } from 'antd';
import { useSearchParams } from 'react-router';
import { fmtNumber } from './format';
import { useUrlListState } from './hooks';

export const PAGE_SIZES = [20, 50, 100];

/** The largest page the server answers (MAX_PAGE_SIZE in src/server/paging.ts), for selectors. */
export const MAX_PAGE_SIZE = 200;

/** The list's page in the address, the query string for the API, and the table's pager. */
export function useServerPaging(extra: Record<string, string | number | undefined | null> = {}) {
  const [params, setParams] = useSearchParams();
  const { page, pageSize, update } = useUrlListState(params, setParams);
  const query = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== null && v !== '') query.set(k, String(v));
  const pagination = (total: number | undefined): TablePaginationConfig => ({
    current: page,
    pageSize,
    total: total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: PAGE_SIZES,
    hideOnSinglePage: (total ?? 0) <= PAGE_SIZES[0]!,
    showTotal: (t, [from, to]) => `${fmtNumber(from)}–${fmtNumber(to)} / ${fmtNumber(t)}`,
    onChange: (p, s) => update({ page: p === 1 ? undefined : p, pageSize: s === 20 ? undefined : s }, true),
    style: { padding: '0 16px' },
  });
  return { page, pageSize, params, update, query: query.toString(), pagination };
}
