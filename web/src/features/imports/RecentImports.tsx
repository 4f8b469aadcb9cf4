import { useQuery } from '@tanstack/react-query';
import { Card, Table, Tag, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { api } from '../../ui/api';
import { EMPTY, fmtDateTime, fmtNumber } from '../../ui/format';
import { LoadError } from '../../ui/page';
import type { ImportKind, ImportStatus, ImportSummary } from '../../ui/types';
import { importKeys } from './keys';

import { KIND_LABELS, STATUS } from './shared';

export function RecentImports({ currentId }: { currentId?: string }) {
  const q = useQuery({
    queryKey: importKeys.recent(),
    queryFn: () => api.get<{ items: ImportSummary[] }>('/imports'),
  });
  const columns: TableColumnsType<ImportSummary> = [
    { title: 'Thời gian', dataIndex: 'createdAt', width: 150, render: fmtDateTime },
    {
      title: 'Tệp',
      dataIndex: 'fileName',
      render: (name: string, j) =>
        j.id === currentId ? <strong>{name}</strong> : <Link to={`/nhap-du-lieu/${j.id}`}>{name}</Link>,
    },
    { title: 'Loại dữ liệu', dataIndex: 'kind', width: 180, render: (k: ImportKind) => KIND_LABELS[k] ?? k },
    {
      title: 'Số dòng',
      dataIndex: 'total',
      width: 90,
      align: 'right',
      render: (n: number) => (n ? fmtNumber(n) : EMPTY),
    },
    {
      title: 'Trạng thái',
      dataIndex: 'status',
      width: 170,
      render: (s: ImportStatus) => <Tag color={STATUS[s]?.color}>{STATUS[s]?.label ?? s}</Tag>,
    },
  ];
  return (
    <Card
      title={<span id="recent-imports-title">Các lần nhập gần đây</span>}
      styles={{ body: { padding: 0 } }}
      role="region"
      aria-labelledby="recent-imports-title"
    >
      {q.error ? (
        <LoadError error={q.error} onRetry={() => q.refetch()} />
      ) : (
        <Table<ImportSummary>
          rowKey="id"
          columns={columns}
          dataSource={q.data?.items ?? []}
          loading={q.isPending}
          size="small"
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: 'Bạn chưa nhập tệp nào.' }}
        />
      )}
    </Card>
  );
}
