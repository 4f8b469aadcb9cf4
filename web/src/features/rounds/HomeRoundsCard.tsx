// The home page's "Đợt xét khen thưởng" card: the open rounds the user takes part in with the
// days left to the deadline and, for a unit, its dossier's status; for the office, the dossiers
// waiting for appraisal with their statutory clock.
import { useQueries, useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { api } from '../../ui/api';
import { fmtDate } from '../../ui/format';
import { periodText } from '../eligibility/labels';
import { ClockLine, Countdown, ProposalStatusTag } from './parts';
import type { RoundDetail, RoundList } from './types';
import { roundKeys } from './keys';

export function HomeRoundsCard() {
  // The dashboard is where people look for what changed: read it again whenever it is shown.
  const list = useQuery({
    queryKey: roundKeys.home(),
    // The newest 200 rounds: the open ones and those still being appraised are among them.
    queryFn: () => api.get<RoundList>('/rounds?pageSize=200'),
    refetchOnMount: 'always',
  });
  const items = list.data?.items ?? [];
  const open = items.filter((r) => r.status === 'open');
  // Dossiers waiting for the office: in rounds it runs that still take or appraise dossiers.
  const managed = items
    .filter((r) => r.manage && (r.status === 'open' || r.status === 'closed') && r.submittedCount > 0)
    .slice(0, 8);
  const details = useQueries({
    queries: managed.map((r) => ({
      queryKey: roundKeys.detail(r.id),
      queryFn: () => api.get<RoundDetail>(`/rounds/${r.id}`),
      refetchOnMount: 'always' as const,
    })),
  });
  const waiting = details
    .flatMap((d) =>
      d.data ? d.data.proposals.filter((p) => p.status === 'submitted').map((p) => ({ round: d.data!, p })) : [],
    )
    .sort((a, b) => (a.p.clock?.dueOn ?? '').localeCompare(b.p.clock?.dueOn ?? ''));

  let body: ReactNode;
  if (list.isPending) body = <Skeleton active paragraph={{ rows: 3 }} />;
  else if (list.error) body = <Typography.Text type="danger">Không tải được danh sách đợt xét.</Typography.Text>;
  else if (!open.length && !waiting.length)
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Hiện không có đợt xét nào đang nhận hồ sơ." />;
  else
    body = (
      <>
        {open.length > 0 && (
          <ul className="item-list home-rounds">
            {open.map((r) => (
              <li key={r.id}>
                <Flex justify="space-between" align="center" gap={8} wrap>
                  <div style={{ minWidth: 0 }}>
                    <Link to={`/dot-xet/${r.id}`} style={{ fontWeight: 600 }}>
                      {r.name}
                    </Link>
                    <div className="muted">
                      {r.orgName} · {periodText(r.period)} · hạn nộp {fmtDate(r.submitBy)}
                    </div>
                  </div>
                  <Flex gap={4} wrap align="center">
                    {r.manage ? (
                      <Tag>
                        {r.submittedCount}/{r.invitedCount} đơn vị đã gửi
                      </Tag>
                    ) : r.mine.length ? (
                      r.mine.map((m) => <ProposalStatusTag key={m.orgId} status={m.status} />)
                    ) : (
                      <Tag>Chưa lập hồ sơ</Tag>
                    )}
                    <Countdown daysLeft={r.daysLeft} />
                  </Flex>
                </Flex>
              </li>
            ))}
          </ul>
        )}
        {waiting.length > 0 && (
          <>
            <Typography.Title level={3} style={{ fontSize: 15, margin: '16px 0 4px' }}>
              Hồ sơ chờ thẩm định ({waiting.length})
            </Typography.Title>
            <ul className="item-list">
              {waiting.map(({ round, p }) => (
                <li key={p.id}>
                  <Flex justify="space-between" align="center" gap={8} wrap>
                    <div style={{ minWidth: 0 }}>
                      <Link to={`/dot-xet/${round.id}/tham-dinh`} style={{ fontWeight: 600 }}>
                        {p.orgName}
                      </Link>
                      <div className="muted">{round.name}</div>
                    </div>
                    {p.clock && <ClockLine clock={p.clock} />}
                  </Flex>
                </li>
              ))}
            </ul>
          </>
        )}
      </>
    );

  return (
    <Card title="Đợt xét khen thưởng" extra={<Link to="/dot-xet">Tất cả đợt xét</Link>} style={{ marginBottom: 24 }}>
      {body}
    </Card>
  );
}
