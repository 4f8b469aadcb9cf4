// Clusters and blocs (Cụm, Khối thi đua): members per year, the leader and deputy marked;
// officers found a cluster and set a year's members.
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Empty, Flex, Row, Select, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { CLUSTER_KIND_LABELS, type ClusterRole } from '../../../../src/domain/registry/vocab';
import { api } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { useOrganisations } from '../../ui/orgs';
import { ButtonLink, LoadError, PageSkeleton } from '../../ui/page';
import type { Cluster } from '../../ui/types';
import { ClusterYearModal, NewClusterModal } from './ClusterModals';
import { ROLE_ORDER, roleLabel } from './cluster-roles';
import { clusterKeys } from './keys';
import { ROLE_COLOURS } from './OrgDetail';

export { roleLabel } from './cluster-roles';

function ClusterCard({ cluster, onEdit }: { cluster: Cluster; onEdit?: (year: number) => void }) {
  const { index } = useOrganisations();
  const years = useMemo(() => [...new Set(cluster.members.map((m) => m.year))].sort((a, b) => b - a), [cluster]);
  const [year, setYear] = useState<number | undefined>(years[0]);
  useEffect(() => {
    if (year === undefined || !years.includes(year)) setYear(years[0]);
  }, [years, year]);
  const members = cluster.members
    .filter((m) => m.year === year)
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  const selectId = `cluster-year-${cluster.id}`;
  return (
    <Card
      title={
        <Flex vertical style={{ whiteSpace: 'normal' }}>
          <span>{cluster.name}</span>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 13 }}>
            {CLUSTER_KIND_LABELS[cluster.kind]} · Mã {cluster.code} · Tổ chức:{' '}
            {index.label(cluster.organiserOrgId) || '—'}
          </Typography.Text>
        </Flex>
      }
      style={{ height: '100%' }}
    >
      <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
        <label htmlFor={selectId}>Năm</label>
        {years.length ? (
          <Select
            id={selectId}
            value={year}
            onChange={setYear}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 110 }}
          />
        ) : (
          <Typography.Text type="secondary">chưa có</Typography.Text>
        )}
        {onEdit && (
          <Button icon={<EditOutlined aria-hidden />} onClick={() => onEdit(year ?? new Date().getFullYear())}>
            Cập nhật thành viên
          </Button>
        )}
        {year !== undefined && (
          <ButtonLink
            to={`/cum-thi-dua/${cluster.id}/${year}`}
            aria-label={`Giao ước, chấm điểm ${cluster.name} năm ${year}`}
          >
            Giao ước, chấm điểm năm {year}
          </ButtonLink>
        )}
      </Flex>
      <Table
        size="small"
        rowKey="orgId"
        pagination={false}
        dataSource={members}
        locale={{ emptyText: 'Chưa có thành viên trong năm này.' }}
        columns={[
          { title: 'Đơn vị', dataIndex: 'orgName' },
          {
            title: 'Vai trò',
            dataIndex: 'role',
            width: 140,
            render: (r: ClusterRole) => <Tag color={ROLE_COLOURS[r]}>{roleLabel(cluster.kind, r)}</Tag>,
          },
        ]}
      />
    </Card>
  );
}

export function ClustersTab() {
  const { can } = useAuth();
  const q = useQuery({ queryKey: clusterKeys.all, queryFn: () => api.get<{ items: Cluster[] }>('/clusters') });
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<{ cluster: Cluster; year: number } | null>(null);
  const manage = can('org.manage');
  if (q.isPending) return <PageSkeleton />;
  if (q.error) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  const items = q.data.items;
  return (
    <>
      {manage && (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            Thành lập cụm, khối
          </Button>
        </Flex>
      )}
      {items.length === 0 ? (
        <Card>
          <Empty description="Chưa có cụm, khối thi đua nào trong phạm vi bạn được xem." />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          {items.map((c) => (
            <Col key={c.id} xs={24} xl={12}>
              <ClusterCard cluster={c} onEdit={manage ? (year) => setEditing({ cluster: c, year }) : undefined} />
            </Col>
          ))}
        </Row>
      )}
      <NewClusterModal open={creating} onClose={() => setCreating(false)} />
      <ClusterYearModal
        cluster={editing?.cluster ?? null}
        year={editing?.year ?? new Date().getFullYear()}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
