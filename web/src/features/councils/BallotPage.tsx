// /phieu-bau and /phieu-bau/:id (council members): the meetings where I can vote, my ballot paper
// (one choice per nominee, or stepping aside with a reason), a confirmation before casting, the
// receipt code shown once with a copy button, and checking a paper with its code.
import { CheckCircleOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Flex, List, Pagination, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { api } from '../../ui/api';
import { fmtDate } from '../../ui/format';
import { LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import { useServerPaging } from '../../ui/paging';
import { meetingKeys } from './keys';
import { MeetingStatusTag } from './parts';
import type { Meeting, MyMeetingList } from './types';
import { BallotPaper } from './BallotPaper';
import { ReceiptCheckCard } from './ReceiptCheckCard';

export function BallotListPage() {
  useDocumentTitle('Phiếu bầu');
  // One page of the member's meetings, latest first; the page lives in the address.
  const paging = useServerPaging();
  const q = useQuery({
    queryKey: meetingKeys.minePage(paging.query),
    queryFn: () => api.get<MyMeetingList>(`/meetings/mine?${paging.query}`),
    placeholderData: keepPreviousData,
  });
  if (q.error) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  return (
    <>
      <PageHeader title="Phiếu bầu Hội đồng" subtitle="Các phiên họp của Hội đồng mà bạn là thành viên" />
      <Card loading={q.isPending}>
        {q.data && q.data.items.length === 0 ? (
          <Empty description="Bạn chưa là thành viên Hội đồng nào có phiên họp." />
        ) : (
          <List
            dataSource={q.data?.items}
            renderItem={(m) => (
              <List.Item
                actions={[
                  <Link
                    key="open"
                    to={`/phieu-bau/${m.id}`}
                    aria-label={`${m.canVote ? 'Bỏ phiếu' : 'Xem'}: ${m.roundName}`}
                  >
                    {m.canVote ? 'Bỏ phiếu' : 'Xem, kiểm tra phiếu'}
                  </Link>,
                ]}
              >
                <List.Item.Meta
                  title={<Link to={`/phieu-bau/${m.id}`}>{m.roundName}</Link>}
                  description={
                    <Flex gap={8} wrap align="center">
                      <span>
                        {m.councilName} · {fmtDate(m.heldOn)} · {m.place}
                      </span>
                      <MeetingStatusTag status={m.status} label={m.statusLabel} />
                      {m.hasVoted && (
                        <Tag color="success" icon={<CheckCircleOutlined aria-hidden />}>
                          Đã bỏ phiếu
                        </Tag>
                      )}
                      {m.status !== 'draft' && !m.present && <Tag>Vắng mặt</Tag>}
                    </Flex>
                  }
                />
              </List.Item>
            )}
          />
        )}
        <Pagination {...paging.pagination(q.data?.total)} align="end" />
      </Card>
    </>
  );
}

export function BallotPage() {
  const { id = '' } = useParams();
  const q = useQuery({ queryKey: meetingKeys.detail(id), queryFn: () => api.get<Meeting>(`/meetings/${id}`) });
  const m = q.data;
  useDocumentTitle('Phiếu bầu');
  if (q.error) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  if (!m) return <PageSkeleton />;
  return (
    <>
      <PageHeader
        title={`Phiếu bầu: ${m.roundName}`}
        subtitle={
          <span>
            {m.council.name} · Ngày {fmtDate(m.heldOn)} · {m.place}{' '}
            <MeetingStatusTag status={m.status} label={m.statusLabel} />
          </span>
        }
      />
      <Flex vertical gap={16}>
        {!m.viewer.member ? (
          <Alert
            type="info"
            showIcon
            title="Bạn không phải thành viên Hội đồng của phiên họp này nên không có phiếu bầu."
          />
        ) : m.viewer.hasVoted ? (
          <Alert
            type="success"
            showIcon
            title="Bạn đã bỏ phiếu tại phiên họp này."
            description="Dùng mã xác nhận phiếu đã nhận để kiểm tra phiếu của bạn có trong hòm phiếu."
          />
        ) : m.status === 'draft' ? (
          <Alert
            type="info"
            showIcon
            title="Phiên họp chưa mở bỏ phiếu."
            description="Khi cán bộ thường trực mở bỏ phiếu, bạn sẽ nhận được thông báo."
          />
        ) : m.status === 'closed' ? (
          <Alert type="warning" showIcon title="Phiên họp đã kết thúc bỏ phiếu." />
        ) : !m.viewer.present ? (
          <Alert
            type="warning"
            showIcon
            title="Bạn không có mặt tại phiên họp (theo điểm danh) nên không có phiếu bầu."
          />
        ) : (
          <BallotPaper m={m} />
        )}
        {m.viewer.member && m.status !== 'draft' && <ReceiptCheckCard meetingId={m.id} />}
      </Flex>
    </>
  );
}

/** The nominee's achievements and the engine's verdict, as members weigh them while voting. */
