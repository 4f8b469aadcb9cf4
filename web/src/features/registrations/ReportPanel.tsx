import { useQuery } from '@tanstack/react-query';
import { Grid, Segmented, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { api } from '../../ui/api';
import { fmtDate, fmtNumber } from '../../ui/format';
import { LoadError, PageSkeleton } from '../../ui/page';
import { periodText } from '../eligibility/labels';
import { lineKey, OUTCOME_COLOURS, OUTCOME_ORDER } from './labels';
import type { CallDetail, RegistrationOutcome, RegistrationReport, ReportRow } from './types';
import { registrationKeys } from './keys';

export function ReportPanel({ call, unitId }: { call: CallDetail; unitId: string | undefined }) {
  const [filter, setFilter] = useState<'all' | RegistrationOutcome>('all');
  const screens = Grid.useBreakpoint();
  const phone = !(screens.md ?? true);
  const q = useQuery({
    queryKey: registrationKeys.report(call.id, unitId ?? null),
    queryFn: () => api.get<RegistrationReport>(`/registration-calls/${call.id}/report`, { unitOrgId: unitId }),
  });
  if (q.isPending) return <PageSkeleton />;
  if (q.error) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  const r = q.data;
  const shown = filter === 'all' ? r.rows : r.rows.filter((x) => x.outcome === filter);
  const tag = (row: ReportRow) => <Tag color={OUTCOME_COLOURS[row.outcome]}>{row.outcomeLabel}</Tag>;
  const columns: TableColumnsType<ReportRow> = phone
    ? [
        {
          title: 'Kết quả',
          key: 'all',
          render: (_, row) => (
            <div>
              <div style={{ fontWeight: 600 }}>{row.name}</div>
              <div>{row.awardName}</div>
              {tag(row)}
            </div>
          ),
        },
      ]
    : [
        {
          title: 'Tập thể, cá nhân',
          dataIndex: 'name',
          render: (n: string) => <span style={{ fontWeight: 600 }}>{n}</span>,
        },
        { title: 'Danh hiệu đăng ký', dataIndex: 'awardName', width: 280 },
        { title: 'Kết quả', key: 'outcome', width: 280, render: (_, row) => tag(row) },
      ];
  return (
    <div>
      <Typography.Paragraph type="secondary">
        Đối chiếu ngày {fmtDate(r.decisionDate)}: "Đã đạt" khi đã có quyết định khen thưởng {periodText(r.period)}; "Đủ
        điều kiện, chưa có quyết định" theo kết quả xét điều kiện hiện tại.
      </Typography.Paragraph>
      {/* biome-ignore lint/a11y/useSemanticElements: a grid of figures styled as cards; the roles name it a list. */}
      <div className="registration-counts" role="list" aria-label="Số lượng theo kết quả">
        {OUTCOME_ORDER.map((o) => (
          // biome-ignore lint/a11y/useSemanticElements: as above.
          <div key={o} role="listitem" className={`registration-count registration-count-${o}`}>
            <div className="registration-count-value">{fmtNumber(r.counts[o] ?? 0)}</div>
            <div className="registration-count-label">{r.labels[o]}</div>
          </div>
        ))}
      </div>
      <div style={{ overflowX: 'auto', margin: '16px 0 12px' }}>
        <Segmented<'all' | RegistrationOutcome>
          value={filter}
          onChange={setFilter}
          aria-label="Lọc theo kết quả"
          options={[
            { value: 'all', label: `Tất cả (${r.rows.length})` },
            ...OUTCOME_ORDER.filter((o) => r.counts[o]).map((o) => ({
              value: o,
              label: `${r.labels[o]} (${r.counts[o]})`,
            })),
          ]}
        />
      </div>
      <Table<ReportRow>
        rowKey={(row) => lineKey(row.subjectKey, row.award)}
        columns={columns}
        dataSource={shown}
        size="middle"
        aria-label="Đăng ký so với kết quả"
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: 'Chưa có đăng ký nào.' }}
      />
    </div>
  );
}
