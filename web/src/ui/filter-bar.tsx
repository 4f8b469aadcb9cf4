// One shape for the filtered registers (people, households, the commendation register, TĐKT staff):
// a search box whose text reaches the address after a pause, a bar of filters above the list, and
// the list's card with "N found", the table and its server pager. The filters and the page live in
// the address (useUrlListState), so a filtered list can be bookmarked and shared.
import { SearchOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import { Card, Form, Input, Row, Table, type TableProps, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { fmtNumber } from './format';
import { useDebounced, useOnChange, type useUrlListState } from './hooks';
import { LoadError } from './page';

type Update = ReturnType<typeof useUrlListState>['update'];

/** The search box's text: starts from the address's `q` and writes back there after a pause. */
export function useSearchText(current: string | undefined, update: Update, ms = 350) {
  const [text, setText] = useState(current ?? '');
  const debounced = useDebounced(text, ms);
  useOnChange([debounced], () => {
    if ((debounced.trim() || undefined) !== current) update({ q: debounced.trim() });
  });
  return [text, setText] as const;
}

/** The card of filters above a list; its children are the filters' columns (`<Col>`). */
export function FilterBar({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Card styles={{ body: { paddingBottom: 8 } }} style={{ marginBottom: 16 }}>
      <Form layout="vertical" className="filter-bar" role="search" aria-label={label}>
        <Row gutter={12}>{children}</Row>
      </Form>
    </Card>
  );
}

/** The search box of a filter bar. */
export function SearchFilter({
  id,
  label = 'Tìm kiếm',
  placeholder,
  value,
  onChange,
}: {
  id: string;
  label?: string;
  placeholder: string;
  value: string;
  onChange: (text: string) => void;
}) {
  return (
    <Form.Item label={label} htmlFor={id}>
      <Input
        id={id}
        allowClear
        prefix={<SearchOutlined aria-hidden />}
        placeholder={placeholder}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </Form.Item>
  );
}

const PAGE_SIZES = [20, 50, 100];

/** One server page of a filtered list: the count, the table and its pager, or the load error. */
export function PagedListCard<Row extends object>({
  list,
  count,
  page,
  pageSize,
  update,
  table,
}: {
  list: UseQueryResult<{ items: Row[]; total: number }>;
  /** The line above the table, e.g. `Tìm thấy 12 cá nhân`. */
  count: (total: string) => string;
  page: number;
  pageSize: number;
  update: Update;
  /** The table's own props (rowKey, columns, locale, expandable …). */
  table: Omit<TableProps<Row>, 'dataSource' | 'loading' | 'pagination'>;
}) {
  if (list.error) return <LoadError error={list.error} onRetry={() => list.refetch()} />;
  return (
    <Card styles={{ body: { padding: 0 } }}>
      <Typography.Paragraph type="secondary" style={{ padding: '12px 16px 0', margin: 0 }} aria-live="polite">
        {list.data ? count(fmtNumber(list.data.total)) : 'Đang tải…'}
      </Typography.Paragraph>
      <Table<Row>
        scroll={{ x: 'max-content' }}
        size="middle"
        {...table}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (total, [from, to]) => `${fmtNumber(from)}–${fmtNumber(to)} / ${fmtNumber(total)}`,
          onChange: (p, s) => update({ page: p === 1 ? undefined : p, pageSize: s === 20 ? undefined : s }, true),
          style: { padding: '0 16px' },
        }}
      />
    </Card>
  );
}
