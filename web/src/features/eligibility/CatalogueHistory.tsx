import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { api } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { EMPTY, fmtDate, fmtDateTime } from '../../ui/format';
import type { AuditEntry, Page } from '../../ui/types';
import { formatParamValue } from './labels';
import type { Catalogue, RuleOverrideRow } from './types';
import { eligibilityAuditKeys } from './keys';

// ---- History of changes ----

/** Who changed what and why, from the audit log (for users who may read it): key|at → entry. */
function useChangeAuthors(enabled: boolean) {
  const q = useQuery({
    queryKey: eligibilityAuditKeys.catalogueOverrides(),
    queryFn: () => api.get<Page<AuditEntry>>('/audit', { action: 'catalogue.override', pageSize: 200 }),
    enabled,
    staleTime: 30_000,
  });
  return useMemo(() => new Map((q.data?.items ?? []).map((e) => [`${e.entityId}|${e.at}`, e])), [q.data]);
}

export function OverridesTab({ data }: { data: Catalogue }) {
  const { can } = useAuth();
  const readAudit = can('audit.read');
  const authors = useChangeAuthors(readAudit && data.overrides.length > 0);
  const byKey = useMemo(() => new Map(data.params.map((p) => [p.key, p])), [data.params]);
  const columns: TableColumnsType<RuleOverrideRow> = [
    {
      title: 'Thời điểm, người thay đổi',
      dataIndex: 'createdAt',
      width: 170,
      render: (t: string, o) => (
        <div>
          <div>{fmtDateTime(t)}</div>
          <div className="muted">{o.createdByName ?? authors.get(`${o.key}|${o.createdAt}`)?.actorName ?? EMPTY}</div>
        </div>
      ),
    },
    {
      title: 'Tham số',
      dataIndex: 'key',
      width: 300,
      render: (key: string) => {
        const p = byKey.get(key);
        return (
          <div>
            <div>{p ? p.label : key}</div>
            <code className="param-key">{key}</code>
          </div>
        );
      },
    },
    {
      title: 'Giá trị mới',
      key: 'value',
      width: 120,
      render: (_v, o) => {
        const p = byKey.get(o.key);
        return <strong>{p ? formatParamValue(p.type, o.key, o.value) : JSON.stringify(o.value)}</strong>;
      },
    },
    {
      title: 'Hiệu lực',
      key: 'when',
      width: 130,
      render: (_v, o) =>
        o.effectiveTo ? `${fmtDate(o.effectiveFrom)} – ${fmtDate(o.effectiveTo)}` : `Từ ${fmtDate(o.effectiveFrom)}`,
    },
    {
      title: 'Lý do, căn cứ',
      key: 'reason',
      width: 300,
      render: (_v, o) => (
        <div>
          <div>{o.reason ?? authors.get(`${o.key}|${o.createdAt}`)?.reason ?? EMPTY}</div>
          {o.citation && <div className="muted">Căn cứ: {o.citation}</div>}
          {o.note && <div className="muted">Ghi chú: {o.note}</div>}
        </div>
      ),
    },
  ];
  return (
    <Card styles={{ body: { padding: 0 } }}>
      {!readAudit && data.overrides.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ margin: '12px 16px 0' }}
          title="Người thay đổi và lý do được ghi trong nhật ký hệ thống; tài khoản của bạn không được xem nhật ký."
        />
      )}
      <Table<RuleOverrideRow>
        aria-label="Các lần thay đổi tham số"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data.overrides}
        scroll={{ x: 1020 }}
        pagination={{ defaultPageSize: 20, hideOnSinglePage: true, style: { padding: '0 16px' } }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có thay đổi tham số nào." />,
        }}
      />
    </Card>
  );
}
