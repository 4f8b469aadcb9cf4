// The one officer list of the portal (articles, models, the legal library): a search box and the
// page's filters above a table paged, searched and filtered on the server. Each page gives only its
// address, its columns and its filters.
import { SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, type QueryKey, useQuery } from '@tanstack/react-query';
import { Card, Flex, Input, Select, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { api } from '../../ui/api';
import { useDebounced } from '../../ui/hooks';
import { LoadError } from '../../ui/page';
import { useServerPaging } from '../../ui/paging';

export interface ListFilter {
  /** The query parameter the server filters on. */
  key: string;
  label: string;
  placeholder: string;
  options: { value: string; label: string }[];
  width?: number;
}

export interface PortalListProps<Row> {
  /** The API list, e.g. `/articles`; it answers `{ items, total }` for `q`, the filters and the page. */
  path: string;
  queryKey: (query: string) => QueryKey;
  search: { label: string; placeholder: string; width?: number };
  filters?: ListFilter[];
  columns: TableColumnsType<Row>;
  /** What the empty table says, without and with a search or filter. */
  empty: { none: string; filtered: string };
  scrollX?: number;
}

export function PortalList<Row extends { id: string }>({
  path,
  queryKey,
  search,
  filters = [],
  columns,
  empty,
  scrollX = 900,
}: PortalListProps<Row>) {
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<Record<string, string | undefined>>({});
  const term = useDebounced(text.trim());
  const paging = useServerPaging({ q: term, ...chosen });
  const list = useQuery({
    queryKey: queryKey(paging.query),
    queryFn: () => api.get<{ items: Row[]; total: number }>(`${path}?${paging.query}`),
    placeholderData: keepPreviousData,
  });
  const filtered = Boolean(term) || Object.values(chosen).some(Boolean);
  return (
    <Card>
      <Flex gap={12} wrap style={{ marginBottom: 12 }} role="search" aria-label={search.label}>
        <Input
          aria-label={search.label}
          placeholder={search.placeholder}
          prefix={<SearchOutlined aria-hidden />}
          allowClear
          style={{ width: search.width ?? 380, maxWidth: '100%' }}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            paging.update({});
          }}
        />
        {filters.map((f) => (
          <Select
            key={f.key}
            aria-label={f.label}
            placeholder={f.placeholder}
            allowClear
            style={{ width: f.width ?? 200 }}
            value={chosen[f.key]}
            onChange={(v: string | undefined) => {
              setChosen((c) => ({ ...c, [f.key]: v }));
              paging.update({});
            }}
            options={f.options}
          />
        ))}
      </Flex>
      {list.isError ? (
        <LoadError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <Table<Row>
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data?.items}
          scroll={{ x: scrollX }}
          pagination={paging.pagination(list.data?.total)}
          locale={{ emptyText: filtered ? empty.filtered : empty.none }}
          columns={columns}
        />
      )}
    </Card>
  );
}

/** A status as a coloured tag, the same in every portal list. */
export function StatusTag({ color, label }: { color?: string; label: string }) {
  return <Tag color={color}>{label}</Tag>;
}
