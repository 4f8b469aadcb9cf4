// The scaffold of a yearly register page (inspections, training courses): the year and the page in
// the address, one server page of the list for that year, a year input, and the table with its
// pager or the load error.
import { keepPreviousData, type UseQueryResult, useQuery } from '@tanstack/react-query';
import { InputNumber, Space, Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { api } from './api';
import { useUrlListState } from './hooks';
import { LoadError } from './page';

interface ListPage<Row> {
  items: Row[];
  total: number;
}

/** The year (from the address, else the current one), the paging, and the list from `path`. */
export function useYearlyList<Row>(
  /** The feature's query-key prefix: the list's key is the prefix and the query. */
  key: readonly unknown[],
  path: string,
  filters: Record<string, string | number | undefined> = {},
  enabled = true,
) {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year') ?? new Date().getFullYear());
  const { page, pageSize, update } = useUrlListState(params, setParams);
  const query = { year, ...filters, page, pageSize };
  const list = useQuery({
    queryKey: [...key, query],
    queryFn: () => api.get<ListPage<Row>>(path, query),
    placeholderData: keepPreviousData,
    enabled,
  });
  return { params, year, page, pageSize, update, list };
}

type Paged<Row> = Pick<ReturnType<typeof useYearlyList<Row>>, 'page' | 'pageSize' | 'update'> & {
  list: UseQueryResult<ListPage<Row>>;
};

/** The year input, with any further filters beside it. */
export function YearFilter({
  year,
  update,
  children,
}: {
  year: number;
  update: Paged<unknown>['update'];
  children?: ReactNode;
}) {
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <span>Năm</span>
      <InputNumber
        aria-label="Năm"
        min={2000}
        max={2100}
        value={year}
        onChange={(v) => v && update({ year: String(v) })}
      />
      {children}
    </Space>
  );
}

/** One server page of the list in a table with its pager, or the load error. */
export function YearlyTable<Row extends { id: string }>({
  list,
  page,
  pageSize,
  update,
  columns,
  scrollX,
}: Paged<Row> & { columns: TableColumnsType<Row>; scrollX: number }) {
  if (list.isError) return <LoadError error={list.error} onRetry={() => list.refetch()} />;
  return (
    <Table<Row>
      rowKey="id"
      loading={list.isPending}
      dataSource={list.data?.items}
      scroll={{ x: scrollX }}
      pagination={{
        current: page,
        pageSize,
        total: list.data?.total,
        onChange: (p, s) => update({ page: p, pageSize: s }, true),
      }}
      columns={columns}
    />
  );
}
