// /sang-kien — initiatives (sáng kiến) registered for recognition, with their status; the office
// sets up each unit's initiative council for the year (members and roles) and registers an
// initiative for an author found in the registry, with optional criteria of its own and the share
// of votes needed.
import { PlusOutlined, SolutionOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Empty, Row, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { INITIATIVE_SCOPE_LABELS, type InitiativeScope } from '../../../../src/domain/registry/vocab';
import { api } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { fmtDate } from '../../ui/format';
import { useServerPaging } from '../../ui/paging';
import { LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import { CouncilModal } from './CouncilModal';
import { initiativeKeys } from './keys';
import { RegisterModal } from './RegisterModal';
import {
  INITIATIVE_COUNCIL_ROLE_LABELS,
  STATUS_COLOURS,
  type InitiativeCouncil,
  type InitiativeListItem,
} from './types';

export function InitiativesPage() {
  useDocumentTitle('Sáng kiến');
  const { can } = useAuth();
  const manage = can('initiative.manage');
  const [modal, setModal] = useState<'council' | 'register' | null>(null);
  const paging = useServerPaging();
  const list = useQuery({
    queryKey: initiativeKeys.list(paging.query),
    queryFn: () => api.get<{ items: InitiativeListItem[]; total: number }>(`/initiative-applications?${paging.query}`),
  });
  const councils = useQuery({
    queryKey: initiativeKeys.councils(),
    queryFn: () => api.get<{ items: InitiativeCouncil[] }>('/initiative-councils', { pageSize: 200 }),
  });
  if (list.isPending) return <PageSkeleton />;
  if (list.error) return <LoadError error={list.error} onRetry={() => list.refetch()} />;
  const toAssess = list.data.items.filter((i) => i.assessing).length;
  return (
    <>
      <PageHeader
        title="Sáng kiến"
        subtitle="Đăng ký, Hội đồng sáng kiến xét và công nhận; sáng kiến được công nhận được tính khi xét danh hiệu thi đua."
        actions={
          manage ? (
            <>
              <Button icon={<SolutionOutlined aria-hidden />} onClick={() => setModal('council')}>
                Thành lập Hội đồng sáng kiến
              </Button>
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setModal('register')}>
                Đăng ký sáng kiến
              </Button>
            </>
          ) : undefined
        }
      />
      {toAssess > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`Có ${toAssess} sáng kiến đang được Hội đồng (có bạn là thành viên) xét: mở sáng kiến để chấm điểm, biểu quyết.`}
        />
      )}
      <Card title="Sáng kiến đăng ký xét công nhận" style={{ marginBottom: 16 }}>
        <Table
          size="small"
          rowKey="id"
          dataSource={list.data.items}
          aria-label="Sáng kiến đăng ký xét công nhận"
          pagination={paging.pagination(list.data.total)}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: 'Chưa có sáng kiến nào.' }}
          columns={[
            {
              title: 'Tên sáng kiến',
              dataIndex: 'title',
              render: (t: string, r) => (
                <span>
                  <Link to={`/sang-kien/${r.id}`}>{t}</Link>
                  {r.assessing && (
                    <Tag color="blue" style={{ marginInlineStart: 6 }}>
                      Bạn trong Hội đồng xét
                    </Tag>
                  )}
                </span>
              ),
            },
            { title: 'Tác giả', dataIndex: 'author', width: 180 },
            {
              title: 'Phạm vi',
              dataIndex: 'scope',
              width: 110,
              render: (s: InitiativeScope) => INITIATIVE_SCOPE_LABELS[s],
            },
            {
              title: 'Tình trạng',
              dataIndex: 'status',
              width: 170,
              render: (s: InitiativeListItem['status'], r) => <Tag color={STATUS_COLOURS[s]}>{r.statusLabel}</Tag>,
            },
            { title: 'Ngày quyết định', dataIndex: 'decidedOn', width: 130, render: fmtDate },
          ]}
        />
      </Card>
      <Card title="Hội đồng sáng kiến">
        {councils.isPending ? (
          <PageSkeleton />
        ) : councils.error ? (
          <LoadError error={councils.error} onRetry={() => councils.refetch()} />
        ) : councils.data.items.length === 0 ? (
          <Empty description="Chưa có Hội đồng sáng kiến." />
        ) : (
          <Row gutter={[16, 16]}>
            {councils.data.items.map((c) => (
              <Col key={c.id} xs={24} lg={12}>
                <Card
                  size="small"
                  title={`${c.name} — năm ${c.year}`}
                  extra={c.member ? <Tag color="blue">Bạn là thành viên</Tag> : undefined}
                >
                  <Typography.Paragraph type="secondary" style={{ marginBottom: 6 }}>
                    {c.orgName}
                  </Typography.Paragraph>
                  <ul className="item-list">
                    {c.members.map((m) => (
                      <li key={m.userId}>
                        {m.fullName} <span className="muted">— {INITIATIVE_COUNCIL_ROLE_LABELS[m.role]}</span>
                      </li>
                    ))}
                  </ul>
                </Card>
              </Col>
            ))}
          </Row>
        )}
      </Card>
      {manage && (
        <>
          <CouncilModal open={modal === 'council'} onClose={() => setModal(null)} />
          <RegisterModal
            open={modal === 'register'}
            councils={councils.data?.items ?? []}
            onClose={() => setModal(null)}
          />
        </>
      )}
    </>
  );
}
