// /cum-thi-dua/:id/:year — a cluster's (or bloc's) year: members and roles, the covenant and its
// signatures, the scoring table, each member's self-score, the leader's review, the ranking and its
// publication, the hand-over and proposals for commendation. /cum-thi-dua lists the clusters.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Select, Table, Tabs, Tag, Typography } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { CLUSTER_KIND_LABELS, type ClusterRole } from '../../../../src/domain/registry/vocab';
import { api } from '../../ui/api';
import { ButtonLink, LoadError, NotFoundResult, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import type { Cluster } from '../../ui/types';
import { ROLE_COLOURS } from '../organisations/OrgDetail';
import { roleLabel } from '../organisations/ClustersTab';
import { CovenantCard } from './CovenantCard';
import { ScoringSteps } from './parts';
import { ResultsCard } from './ResultsCard';
import { ReviewBoard, ScoringProgress } from './ReviewView';
import { SelfScoreCard } from './SelfScoreForm';
import { TableBuilder } from './TableBuilder';
import { clusterListKey, clusterYearKeys } from './keys';
import type { ClusterYear } from './types';

const ROLE_ORDER: Record<ClusterRole, number> = { leader: 0, deputy: 1, member: 2 };

function MembersCard({ data }: { data: ClusterYear }) {
  const members = [...data.members].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  return (
    <Card title={`Thành viên năm ${data.year}`} style={{ marginBottom: 16 }}>
      <Table
        size="small"
        rowKey="orgId"
        pagination={false}
        dataSource={members}
        aria-label="Thành viên"
        columns={[
          {
            title: 'Đơn vị',
            dataIndex: 'name',
            render: (n: string, m) => (
              <span>
                {n} {data.myOrgIds.includes(m.orgId) && !data.manage && <Tag color="blue">Đơn vị của bạn</Tag>}
              </span>
            ),
          },
          {
            title: 'Vai trò',
            dataIndex: 'role',
            width: 140,
            render: (r: ClusterRole) => <Tag color={ROLE_COLOURS[r]}>{roleLabel(data.cluster.kind, r)}</Tag>,
          },
        ]}
      />
    </Card>
  );
}

type TabKey = 'giao-uoc' | 'thang-diem' | 'tu-cham' | 'tham-dinh' | 'ket-qua';

export function ClusterYearPage() {
  const { id = '', year: yearParam = '' } = useParams();
  const year = Number(yearParam);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const valid = /^\d{4}$/.test(yearParam);
  const q = useQuery({
    queryKey: clusterYearKeys.detail(id, year),
    queryFn: () => api.get<ClusterYear>(`/clusters/${id}/years/${year}`),
    enabled: valid,
  });
  const clusters = useQuery({ queryKey: clusterListKey, queryFn: () => api.get<{ items: Cluster[] }>('/clusters') });
  const years = useMemo(() => {
    const c = clusters.data?.items.find((x) => x.id === id);
    return [...new Set([...(c?.members.map((m) => m.year) ?? []), year])].sort((a, b) => b - a);
  }, [clusters.data, id, year]);
  useDocumentTitle(q.data ? `${q.data.cluster.name} năm ${year}` : 'Cụm, khối thi đua');

  if (!valid) return <NotFoundResult />;
  if (q.isPending) return <PageSkeleton />;
  if (q.error) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  const d = q.data;
  const s = d.scoring;
  const member = d.myOrgIds.length > 0;

  const available: { key: TabKey; label: string }[] = [
    { key: 'giao-uoc', label: 'Thành viên, giao ước' },
    ...(d.manage || s ? [{ key: 'thang-diem' as const, label: 'Thang điểm' }] : []),
    ...(member && s && s.status !== 'draft' ? [{ key: 'tu-cham' as const, label: 'Tự chấm điểm' }] : []),
    ...(d.manage && s && s.status !== 'draft' ? [{ key: 'tham-dinh' as const, label: 'Thẩm định' }] : []),
    ...(s?.ranking
      ? [{ key: 'ket-qua' as const, label: s.status === 'published' ? 'Kết quả' : 'Xếp hạng, công bố' }]
      : []),
  ];
  const fallback: TabKey = !s
    ? d.manage
      ? 'thang-diem'
      : 'giao-uoc'
    : s.status === 'published'
      ? 'ket-qua'
      : s.status === 'draft'
        ? d.manage
          ? 'thang-diem'
          : 'giao-uoc'
        : d.manage
          ? 'tham-dinh'
          : member
            ? 'tu-cham'
            : 'giao-uoc';
  const asked = params.get('tab') as TabKey | null;
  const tab =
    asked && available.some((t) => t.key === asked)
      ? asked
      : available.some((t) => t.key === fallback)
        ? fallback
        : 'giao-uoc';

  const content: Record<TabKey, ReactNode> = {
    'giao-uoc': (
      <>
        <MembersCard data={d} />
        <CovenantCard data={d} />
      </>
    ),
    'thang-diem': <TableBuilder data={d} />,
    'tu-cham': s ? <SelfScoreCard data={d} scoring={s} /> : null,
    'tham-dinh': s ? (
      <>
        {s.status === 'scoring' && <ScoringProgress data={d} scoring={s} />}
        {s.status !== 'scoring' && <ReviewBoard data={d} scoring={s} />}
      </>
    ) : null,
    'ket-qua': s ? (
      <>
        <ResultsCard data={d} scoring={s} />
        {s.status === 'published' && !d.manage && <ReviewBoard data={d} scoring={s} />}
      </>
    ) : null,
  };

  return (
    <>
      <PageHeader
        title={`${d.cluster.name} — năm ${d.year}`}
        subtitle={
          <>
            {CLUSTER_KIND_LABELS[d.cluster.kind]}
            {s ? ` · ${s.statusLabel}` : ' · Chưa xây dựng thang điểm'}
          </>
        }
        actions={
          <>
            <Flex gap={6} align="center">
              <label htmlFor="cluster-year">Năm</label>
              <Select
                id="cluster-year"
                value={year}
                onChange={(y) => navigate(`/cum-thi-dua/${id}/${y}`)}
                options={years.map((y) => ({ value: y, label: String(y) }))}
                style={{ width: 100 }}
              />
            </Flex>
            <ButtonLink to="/cum-thi-dua" icon={<ArrowLeftOutlined aria-hidden />}>
              Các cụm, khối
            </ButtonLink>
          </>
        }
      />
      {d.members.length === 0 ? (
        <Card>
          <Empty description={`Cụm chưa có thành viên năm ${d.year}.`} />
        </Card>
      ) : (
        <>
          <Card size="small" style={{ marginBottom: 16 }}>
            <ScoringSteps status={s?.status ?? null} />
          </Card>
          <Tabs
            activeKey={tab}
            onChange={(k) => {
              const next = new URLSearchParams(params);
              next.set('tab', k);
              setParams(next, { replace: true });
            }}
            items={available.map((t) => ({
              key: t.key,
              label: t.label,
              children: t.key === tab ? content[t.key] : null,
            }))}
          />
        </>
      )}
    </>
  );
}

/** /cum-thi-dua — the clusters and blocs the user may read, each year a link to its page. */
export function ClustersPage() {
  useDocumentTitle('Cụm, khối thi đua');
  const q = useQuery({ queryKey: clusterListKey, queryFn: () => api.get<{ items: Cluster[] }>('/clusters') });
  if (q.isPending) return <PageSkeleton />;
  if (q.error) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  const now = new Date().getFullYear();
  return (
    <>
      <PageHeader
        title="Cụm, khối thi đua"
        subtitle="Giao ước, chấm điểm, xếp hạng và bàn giao của các cụm, khối thi đua."
      />
      {q.data.items.length === 0 ? (
        <Card>
          <Empty description="Chưa có cụm, khối thi đua nào trong phạm vi bạn được xem." />
        </Card>
      ) : (
        <Flex vertical gap={16}>
          {q.data.items.map((c) => {
            const years = [...new Set(c.members.map((m) => m.year))].sort((a, b) => b - a);
            const latest = years.includes(now) ? now : years[0];
            const members = c.members
              .filter((m) => m.year === latest)
              .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
            return (
              <Card key={c.id} title={c.name} extra={<Tag>{CLUSTER_KIND_LABELS[c.kind]}</Tag>}>
                {latest !== undefined && (
                  <Typography.Paragraph>
                    Năm {latest}:{' '}
                    {members
                      .map((m) => `${m.orgName}${m.role !== 'member' ? ` (${roleLabel(c.kind, m.role)})` : ''}`)
                      .join(', ')}
                  </Typography.Paragraph>
                )}
                <Flex gap={8} wrap align="center">
                  <span className="muted">Mở năm:</span>
                  {years.map((y) => (
                    <Link
                      key={y}
                      to={`/cum-thi-dua/${c.id}/${y}`}
                      className="cs-year-link"
                      aria-label={`${c.name} năm ${y}`}
                    >
                      {y}
                    </Link>
                  ))}
                </Flex>
              </Card>
            );
          })}
        </Flex>
      )}
    </>
  );
}
