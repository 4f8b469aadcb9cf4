// The home page's "Nhiệm vụ quá hạn" card: open plan tasks past their deadline in the plans of
// the organisations the user may read, earliest deadline first.
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { api } from '../../ui/api';
import { fmtDate } from '../../ui/format';
import { TaskStatusTag } from './labels';
import type { OverdueTask } from './types';
import './plans.css';
import { planKeys } from './keys';

export function HomeOverdueCard() {
  const q = useQuery({
    queryKey: planKeys.overdue(),
    queryFn: () => api.get<{ items: OverdueTask[]; total: number }>('/plans/overdue-tasks'),
  });
  let body: ReactNode;
  if (q.isPending) body = <Skeleton active paragraph={{ rows: 2 }} />;
  else if (q.error) body = <Typography.Text type="danger">Không tải được nhiệm vụ quá hạn.</Typography.Text>;
  else if (!q.data.total)
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Không có nhiệm vụ kế hoạch nào quá hạn." />;
  else
    body = (
      <ul className="item-list home-overdue">
        {q.data.items.slice(0, 6).map((t) => (
          <li key={t.id}>
            <Link to={`/ke-hoach/${t.planId}`} className="plan-overdue-text" style={{ fontWeight: 600 }}>
              {t.title}
            </Link>
            <div className="muted">
              {t.orgName} · hạn {fmtDate(t.deadline)} · {t.ownerName ?? 'chưa giao người phụ trách'}{' '}
              <TaskStatusTag status={t.status} />
            </div>
          </li>
        ))}
      </ul>
    );
  return (
    <Card
      title={q.data?.total ? `Nhiệm vụ kế hoạch quá hạn (${q.data.total})` : 'Nhiệm vụ kế hoạch quá hạn'}
      extra={<Link to="/ke-hoach">Xem kế hoạch</Link>}
      style={{ marginBottom: 24 }}
    >
      {body}
    </Card>
  );
}
