// /dot-xet: the commendation rounds. The office sees the rounds it runs (status, period, deadline,
// how many invited units have sent their dossier) and opens a new one; a unit sees the open rounds
// it is invited to, with the days left to the deadline and its own dossier's status.
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Grid, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ROUND_KIND_LABELS } from '../../../../src/domain/rounds/vocab';
import { api } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { fmtDate } from '../../ui/format';
import { useServerPaging } from '../../ui/paging';
import { LoadError, PageHeader, useDocumentTitle } from '../../ui/page';
import { periodLabel, showsCountdown } from './labels';
import { Countdown, ProposalStatusTag, RoundStatusTag } from './parts';
import { ProcedureBanner } from './ProcedureBanner';
import type { RoundList, RoundListItem } from './types';
import { roundKeys } from './keys';
import { CreateRoundModal } from './CreateRoundModal';

export { useAwardOptions } from './CreateRoundModal';

/** Award choices with their names, grouped as titles and forms, from the catalogue in force on a date. */

function DossierCell({ r }: { r: RoundListItem }) {
  if (r.manage) {
    return (
      <span>
        {r.submittedCount}/{r.invitedCount} đơn vị đã gửi
      </span>
    );
  }
  if (!r.mine.length) return <Tag>Chưa lập hồ sơ</Tag>;
  return (
    <span>
      {r.mine.map((m) => (
        <ProposalStatusTag key={m.orgId} status={m.status} />
      ))}
    </span>
  );
}

function Deadline({ r }: { r: RoundListItem }) {
  return (
    <span className="round-deadline">
      {fmtDate(r.submitBy)} {showsCountdown(r.status) && <Countdown daysLeft={r.daysLeft} />}
    </span>
  );
}

export function RoundsPage() {
  useDocumentTitle('Đợt xét khen thưởng');
  const { can } = useAuth();
  const [creating, setCreating] = useState(false);
  const screens = Grid.useBreakpoint();
  const phone = !(screens.md ?? true);
  const paging = useServerPaging();
  const list = useQuery({
    queryKey: roundKeys.list(paging.query),
    queryFn: () => api.get<RoundList>(`/rounds?${paging.query}`),
  });
  const manage = can('round.manage');

  const columns: TableColumnsType<RoundListItem> = [
    {
      title: 'Đợt xét',
      dataIndex: 'name',
      render: (name: string, r) => (
        <div>
          <Link to={`/dot-xet/${r.id}`} style={{ fontWeight: 600 }}>
            {name}
          </Link>
          <div className="muted">
            {ROUND_KIND_LABELS[r.kind]} · {r.orgName}
          </div>
        </div>
      ),
    },
    {
      title: 'Kỳ xét',
      dataIndex: 'period',
      width: 150,
      render: (p: string) => <span className="nowrap">{periodLabel(p)}</span>,
    },
    {
      title: 'Trạng thái',
      dataIndex: 'status',
      width: 170,
      render: (_: unknown, r) => <RoundStatusTag status={r.status} />,
    },
    { title: 'Hạn nộp hồ sơ', dataIndex: 'submitBy', width: 210, render: (_: unknown, r) => <Deadline r={r} /> },
    { title: 'Hồ sơ', key: 'dossiers', width: 180, render: (_: unknown, r) => <DossierCell r={r} /> },
  ];
  const compact: TableColumnsType<RoundListItem> = [
    {
      title: 'Đợt xét',
      dataIndex: 'name',
      render: (name: string, r) => (
        <div className="round-compact">
          <Link to={`/dot-xet/${r.id}`} style={{ fontWeight: 600 }}>
            {name}
          </Link>
          <div className="muted">
            {ROUND_KIND_LABELS[r.kind]} · {periodLabel(r.period)}
          </div>
          <div>
            <RoundStatusTag status={r.status} /> <DossierCell r={r} />
          </div>
          <div>
            Hạn nộp: <Deadline r={r} />
          </div>
        </div>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="Đợt xét khen thưởng"
        subtitle={
          manage
            ? 'Các đợt xét do cơ quan bạn tổ chức và các đợt đơn vị bạn được mời đề nghị.'
            : 'Các đợt xét đơn vị bạn được mời gửi hồ sơ đề nghị khen thưởng.'
        }
        actions={
          manage ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              Lập đợt xét
            </Button>
          ) : undefined
        }
      />
      {manage && <ProcedureBanner />}
      {list.error ? (
        <LoadError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<RoundListItem>
            rowKey="id"
            columns={phone ? compact : columns}
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            pagination={paging.pagination(list.data?.total)}
            size="middle"
            locale={{
              emptyText: manage
                ? 'Chưa có đợt xét nào. Bấm "Lập đợt xét" để bắt đầu.'
                : 'Hiện không có đợt xét nào mời đơn vị bạn gửi hồ sơ.',
            }}
          />
        </Card>
      )}
      {manage && <CreateRoundModal open={creating} onClose={() => setCreating(false)} />}
    </>
  );
}
