// /hoi-dong (the standing office): council meetings (create one for a round) and the councils
// themselves (members with their role in the council and their name and position as printed).
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, Pagination, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../ui/api';
import { fmtDate } from '../../ui/format';
import { LoadError, PageHeader, useDocumentTitle } from '../../ui/page';
import { useServerPaging } from '../../ui/paging';
import { CouncilModal } from './CouncilModal';
import { councilKeys, meetingKeys } from './keys';
import { MeetingCreateModal } from './MeetingCreateModal';
import { MeetingStatusTag } from './parts';
import type { Council, CouncilList, MeetingList, MeetingRow } from './types';

export function CouncilsPage() {
  useDocumentTitle('Hội đồng Thi đua - Khen thưởng');
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'hoi-dong' ? 'councils' : 'meetings';
  return (
    <>
      <PageHeader
        title="Hội đồng Thi đua - Khen thưởng"
        subtitle="Phiên họp xét khen thưởng, bỏ phiếu kín và thành viên Hội đồng"
      />
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'councils' ? { tab: 'hoi-dong' } : {}, { replace: true })}
        items={[
          { key: 'meetings', label: 'Phiên họp', children: <MeetingsTab /> },
          { key: 'councils', label: 'Hội đồng và thành viên', children: <CouncilsTab /> },
        ]}
      />
    </>
  );
}

// ── Meetings ──

function MeetingsTab() {
  // One page of the meetings, newest first; the page lives in the address.
  const paging = useServerPaging();
  const meetings = useQuery({
    queryKey: meetingKeys.list(paging.query),
    queryFn: () => api.get<MeetingList>(`/meetings?${paging.query}`),
    placeholderData: keepPreviousData,
  });
  const [creating, setCreating] = useState(false);
  if (meetings.error) return <LoadError error={meetings.error} onRetry={() => meetings.refetch()} />;
  const columns: TableColumnsType<MeetingRow> = [
    { title: 'Ngày họp', dataIndex: 'heldOn', width: 120, render: (d: string) => fmtDate(d) },
    {
      title: 'Đợt xét',
      dataIndex: 'roundName',
      render: (n: string, r) => <Link to={`/hoi-dong/phien-hop/${r.id}`}>{n}</Link>,
    },
    { title: 'Hội đồng', dataIndex: 'councilName', responsive: ['md'] },
    { title: 'Số nội dung', dataIndex: 'itemCount', width: 110, align: 'right' },
    {
      title: 'Trạng thái',
      dataIndex: 'status',
      width: 190,
      render: (_: unknown, r) => <MeetingStatusTag status={r.status} label={r.statusLabel} />,
    },
  ];
  return (
    <Card
      title="Phiên họp"
      extra={
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
          Tạo phiên họp
        </Button>
      }
    >
      <Table
        rowKey="id"
        size="middle"
        loading={meetings.isFetching}
        dataSource={meetings.data?.items}
        columns={columns}
        pagination={paging.pagination(meetings.data?.total)}
        scroll={{ x: 640 }}
        locale={{ emptyText: <Empty description="Chưa có phiên họp nào." /> }}
      />
      <MeetingCreateModal open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}

// ── Councils ──

function CouncilsTab() {
  // One page of the councils, latest term first; the page lives in the address.
  const paging = useServerPaging();
  const councils = useQuery({
    queryKey: councilKeys.list(paging.query),
    queryFn: () => api.get<CouncilList>(`/councils?${paging.query}`),
    placeholderData: keepPreviousData,
  });
  const [editing, setEditing] = useState<Council | 'new' | null>(null);
  const { modal, message } = App.useApp();
  const qc = useQueryClient();
  if (councils.error) return <LoadError error={councils.error} onRetry={() => councils.refetch()} />;
  const onDelete = (c: Council) =>
    modal.confirm({
      title: `Xóa ${c.name}?`,
      content: 'Chỉ xóa được Hội đồng chưa có phiên họp.',
      okText: 'Xóa',
      okButtonProps: { danger: true },
      cancelText: 'Hủy',
      onOk: async () => {
        try {
          await api.del(`/councils/${c.id}`);
          void message.success('Đã xóa Hội đồng.');
          await qc.invalidateQueries({ queryKey: councilKeys.all });
        } catch (e) {
          void message.error((e as Error).message);
        }
      },
    });
  return (
    <Card
      title="Hội đồng theo nhiệm kỳ"
      extra={
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
          Thành lập Hội đồng
        </Button>
      }
    >
      {councils.isPending ? null : councils.data.items.length === 0 ? (
        <Empty description="Chưa có Hội đồng nào." />
      ) : (
        <Flex vertical gap={16}>
          {councils.data.items.map((c) => (
            <Card
              key={c.id}
              type="inner"
              title={c.name}
              extra={
                <Flex gap={8}>
                  <Button
                    icon={<EditOutlined aria-hidden />}
                    onClick={() => setEditing(c)}
                    aria-label={`Sửa ${c.name}`}
                  >
                    Sửa
                  </Button>
                  {c.meetingCount === 0 && (
                    <Button
                      danger
                      icon={<DeleteOutlined aria-hidden />}
                      onClick={() => onDelete(c)}
                      aria-label={`Xóa ${c.name}`}
                    />
                  )}
                </Flex>
              }
            >
              <Typography.Paragraph type="secondary">
                {c.orgName} · Nhiệm kỳ từ {fmtDate(c.termFrom)}
                {c.termTo ? ` đến ${fmtDate(c.termTo)}` : ''} · {c.members.length} thành viên · {c.meetingCount} phiên
                họp
              </Typography.Paragraph>
              <Table
                rowKey="userId"
                size="small"
                pagination={false}
                dataSource={c.members}
                columns={[
                  { title: 'TT', width: 50, render: (_: unknown, __: unknown, i: number) => i + 1 },
                  { title: 'Họ và tên', dataIndex: 'fullName' },
                  { title: 'Chức vụ', dataIndex: 'position', responsive: ['md'] },
                  {
                    title: 'Vai trò trong Hội đồng',
                    dataIndex: 'roleLabel',
                    width: 190,
                    render: (l: string) => <Tag>{l}</Tag>,
                  },
                ]}
              />
            </Card>
          ))}
          <Pagination {...paging.pagination(councils.data.total)} align="end" />
        </Flex>
      )}
      {editing && <CouncilModal council={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}
