import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { AWARD_NAMES } from '../../../../src/domain/registry/vocab';
import { api } from '../../ui/api';
import { EMPTY } from '../../ui/format';
import { LoadError } from '../../ui/page';
import { INDIVIDUAL_AWARDS } from './labels';
import type { BulkGroup, BulkRow, BulkRowsPage } from './types';
import { eligibilityKeys } from './keys';

export type NumberedRow = BulkRowsPage['items'][number];

export const AWARD_OPTIONS = INDIVIDUAL_AWARDS.map((code) => ({ value: code, label: AWARD_NAMES[code] }));

/** "Không đạt tiêu chuẩn nào: A | B" (the alternatives of one criterion) as a list. */
export function FailedCriterion({ row }: { row: BulkRow }) {
  const f = row.failed[0];
  if (!f) return <>{EMPTY}</>;
  const parts = f.message.split(' | ');
  if (parts.length === 1) return <span>{f.message}</span>;
  const m = /^([^:]+):\s*(.*)$/s.exec(parts[0]);
  const head = m ? `${m[1]}:` : null;
  const items = m ? [m[2], ...parts.slice(1)] : parts;
  return (
    <div>
      {head && <div>{head}</div>}
      <ul className="plain-list">
        {items.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
    </div>
  );
}

/** One group of a finished check, a page at a time from the job's rows (paged in SQL). */
export function GroupTable({
  jobId,
  group,
  label,
  columns,
  emptyText,
  scrollX,
}: {
  jobId: string;
  group: BulkGroup;
  label: string;
  columns: TableColumnsType<NumberedRow>;
  emptyText?: string;
  scrollX: number | 'max-content';
}) {
  const [paging, setPaging] = useState({ page: 1, pageSize: 10 });
  const rows = useQuery({
    queryKey: eligibilityKeys.bulkRows(jobId, group, paging),
    queryFn: () => api.get<BulkRowsPage>(`/eligibility/bulk-jobs/${jobId}/rows`, { group, ...paging }),
    placeholderData: keepPreviousData,
  });
  if (rows.error) return <LoadError error={rows.error} onRetry={() => rows.refetch()} />;
  return (
    <Table<NumberedRow>
      aria-label={label}
      rowKey="personId"
      size="middle"
      columns={columns}
      dataSource={rows.data?.items ?? []}
      loading={rows.isFetching}
      scroll={{ x: scrollX }}
      pagination={{
        current: paging.page,
        pageSize: paging.pageSize,
        total: rows.data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        hideOnSinglePage: true,
        style: { padding: '0 16px' },
        onChange: (page, pageSize) => setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize }),
      }}
      locale={emptyText ? { emptyText } : undefined}
    />
  );
}
