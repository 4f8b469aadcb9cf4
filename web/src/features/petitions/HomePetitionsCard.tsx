// The home page's petitions card: open petitions whose statutory due date is near or passed,
// earliest first — the warning before a deadline passes.
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { api } from '../../ui/api';
import { fmtDate } from '../../ui/format';
import { DeadlineTag } from './DeadlineTag';
import { petitionKeys } from './keys';
import type { PetitionPage } from './types';

export function HomePetitionsCard() {
  const q = useQuery({
    queryKey: petitionKeys.home(),
    queryFn: async () => {
      const [overdue, soon] = await Promise.all([
        api.get<PetitionPage>('/petitions', { deadline: 'overdue', pageSize: 5 }),
        api.get<PetitionPage>('/petitions', { deadline: 'due_soon', pageSize: 5 }),
      ]);
      return { items: [...overdue.items, ...soon.items].slice(0, 6), counts: overdue.counts };
    },
  });
  let body: ReactNode;
  if (q.isPending) body = <Skeleton active paragraph={{ rows: 2 }} />;
  else if (q.error) body = <Typography.Text type="danger">Không tải được đơn thư.</Typography.Text>;
  else if (!q.data.items.length)
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Không có đơn thư nào sắp đến hạn hoặc quá hạn." />;
  else
    body = (
      <ul className="item-list">
        {q.data.items.map((p) => (
          <li key={p.id}>
            <Link to={`/don-thu/${p.id}`} style={{ fontWeight: 600 }}>
              {p.kindLabel}: {p.title}
            </Link>
            <div className="muted">
              {p.trackingCode} · {p.dueStage === 'accept' ? 'hạn thụ lý' : 'hạn giải quyết'} {fmtDate(p.dueDate)}{' '}
              <DeadlineTag p={p} />
            </div>
          </li>
        ))}
      </ul>
    );
  const c = q.data?.counts;
  return (
    <Card
      title={
        c && (c.overdue || c.dueSoon)
          ? `Đơn thư cần xử lý gấp (${c.overdue} quá hạn, ${c.dueSoon} sắp đến hạn)`
          : 'Đơn thư cần xử lý gấp'
      }
      extra={<Link to="/don-thu">Sổ đơn thư</Link>}
      style={{ marginBottom: 24 }}
    >
      {body}
    </Card>
  );
}
