// /phong-trao: the emulation movements the user may see (launched by the office, or joined by the
// user's unit) and, for the office, the drawer that drafts a new one (CreateMovementDrawer).
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Grid, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { fmtDate } from '../../ui/format';
import { LoadError, PageHeader, useDocumentTitle } from '../../ui/page';
import { useServerPaging } from '../../ui/paging';
import { CreateMovementDrawer } from './CreateMovementDrawer';
import { movementKeys } from './keys';
import { STATUS_COLOURS } from './labels';
import type { MovementListItem } from './types';

export function MovementsPage() {
  useDocumentTitle('Phong trào thi đua');
  const { can } = useAuth();
  const manage = can('plan.manage');
  const [creating, setCreating] = useState(false);
  const screens = Grid.useBreakpoint();
  const phone = !(screens.md ?? true);
  const paging = useServerPaging();
  const q = useQuery({
    queryKey: movementKeys.list(paging.query),
    queryFn: () => api.get<{ items: MovementListItem[]; total: number }>(`/movements?${paging.query}`),
  });

  const status = (m: MovementListItem) => <Tag color={STATUS_COLOURS[m.status]}>{m.statusLabel}</Tag>;
  const columns: TableColumnsType<MovementListItem> = [
    {
      title: 'Phong trào',
      dataIndex: 'theme',
      render: (theme: string, m) => (
        <div>
          <Link to={`/phong-trao/${m.id}`} style={{ fontWeight: 600 }}>
            {theme}
          </Link>
          <div className="muted">
            {m.kindLabel} · {m.orgName}
          </div>
        </div>
      ),
    },
    { title: 'Cấp phát động', dataIndex: 'levelLabel', width: 200 },
    {
      title: 'Thời gian',
      key: 'period',
      width: 200,
      render: (_, m) => (
        <span className="nowrap">
          {fmtDate(m.fromDate)} – {fmtDate(m.toDate)}
        </span>
      ),
    },
    { title: 'Đơn vị tham gia', dataIndex: 'participants', width: 130, align: 'right' },
    { title: 'Trạng thái', key: 'status', width: 140, render: (_, m) => status(m) },
  ];
  const compact: TableColumnsType<MovementListItem> = [
    {
      title: 'Phong trào',
      dataIndex: 'theme',
      render: (theme: string, m) => (
        <div>
          <Link to={`/phong-trao/${m.id}`} style={{ fontWeight: 600 }}>
            {theme}
          </Link>
          <div className="muted">
            {m.kindLabel} · {fmtDate(m.fromDate)} – {fmtDate(m.toDate)}
          </div>
          <div>
            {status(m)} <span className="muted">{m.participants} đơn vị tham gia</span>
          </div>
        </div>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="Phong trào thi đua"
        subtitle={
          manage
            ? 'Phong trào do cơ quan bạn phát động và các phong trào đơn vị bạn tham gia: chỉ tiêu, báo cáo kết quả, sơ kết, tổng kết.'
            : 'Các phong trào đơn vị bạn tham gia: chỉ tiêu và báo cáo kết quả thực hiện.'
        }
        actions={
          manage ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              Soạn phong trào
            </Button>
          ) : undefined
        }
      />
      {q.error ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<MovementListItem>
            rowKey="id"
            columns={phone ? compact : columns}
            dataSource={q.data?.items ?? []}
            loading={q.isPending}
            pagination={paging.pagination(q.data?.total)}
            size="middle"
            scroll={phone ? undefined : { x: 900 }}
            locale={{
              emptyText: manage
                ? 'Chưa có phong trào nào. Bấm "Soạn phong trào" để bắt đầu.'
                : 'Đơn vị bạn chưa tham gia phong trào thi đua nào.',
            }}
          />
        </Card>
      )}
      {manage && <CreateMovementDrawer open={creating} onClose={() => setCreating(false)} />}
    </>
  );
}
