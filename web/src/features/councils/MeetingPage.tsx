// /hoi-dong/phien-hop/:id (the standing office): the agenda with each item's threshold, the roll
// call and quorum, opening the secret ballot, the live number of papers cast (only the number),
// closing and the results with thresholds and citations; then publishing the public notice.
import { LockOutlined, ReloadOutlined, SendOutlined, UnlockOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Flex,
  InputNumber,
  Progress,
  Result,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { api, errorMessage } from '../../ui/api';
import { fmtDate } from '../../ui/format';
import { useOnChange } from '../../ui/hooks';
import { ButtonLink, LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import { meetingKeys } from './keys';
import { MeetingItemsCard } from './MeetingItemsCard';
import { MeetingStatusTag, QuorumAlert } from './parts';
import type { Meeting } from './types';

export function MeetingPage() {
  const { id = '' } = useParams();
  const qc = useQueryClient();
  const { message, modal } = App.useApp();
  const q = useQuery({
    queryKey: meetingKeys.detail(id),
    queryFn: () => api.get<Meeting>(`/meetings/${id}`),
    // While voting, the number of papers cast follows along.
    refetchInterval: (query) => (query.state.data?.status === 'voting' ? 4000 : false),
  });
  const m = q.data;
  useDocumentTitle(m ? `Phiên họp ${fmtDate(m.heldOn)}` : 'Phiên họp');
  const [present, setPresent] = useState<string[]>([]);
  useOnChange([m?.id, m?.attendanceRecorded], () => {
    if (m) setPresent(m.members.filter((x) => x.present).map((x) => x.userId));
  });

  const act = useMutation({
    mutationFn: ({ path, body, method }: { path: string; body?: unknown; method?: 'put' }) =>
      method === 'put'
        ? api.put<Meeting>(`/meetings/${id}${path}`, body)
        : api.post<Meeting>(`/meetings/${id}${path}`, body),
    onSuccess: (data, v) => {
      if ((data as Meeting | undefined)?.id === id) qc.setQueryData(meetingKeys.detail(id), data);
      else void qc.invalidateQueries({ queryKey: meetingKeys.detail(id) });
      void qc.invalidateQueries({ queryKey: meetingKeys.all });
      const done: Record<string, string> = {
        '/attendance': 'Đã lưu điểm danh.',
        '/open': 'Đã mở bỏ phiếu kín. Các thành viên có mặt đã được thông báo.',
        '/close': 'Đã kết thúc bỏ phiếu và kiểm phiếu.',
        '/revote': 'Đã cho bỏ phiếu lại. Các thành viên có mặt đã được thông báo.',
        '/agenda': 'Đã cập nhật danh sách trình Hội đồng.',
        '/notice': 'Đã công khai danh sách.',
      };
      void message.success(done[v.path] ?? 'Đã lưu.');
    },
    onError: (e) => message.error(errorMessage(e)),
  });

  if (q.error) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  if (!m) return <PageSkeleton />;
  if (!m.viewer.office)
    return (
      <Result
        status="info"
        title="Trang dành cho cán bộ thường trực"
        extra={
          <ButtonLink to={`/phieu-bau/${m.id}`} type="primary">
            Mở phiếu bầu của tôi
          </ButtonLink>
        }
      />
    );

  const closed = m.status === 'closed';
  const confirmClose = () =>
    modal.confirm({
      title: 'Kết thúc bỏ phiếu và kiểm phiếu?',
      content: `${m.ballotsCast}/${m.presentCount} thành viên có mặt đã bỏ phiếu. Sau khi kết thúc, không thể mở lại và không nhận thêm phiếu; kết quả được ghi vào biên bản.`,
      okText: 'Kết thúc và kiểm phiếu',
      cancelText: 'Chưa',
      onOk: () => act.mutateAsync({ path: '/close' }),
    });
  const confirmPublish = () => {
    // Publishing is final and starts the legal notice period: ask, with the period (legal minimum by default).
    let days = m.noticeRule.minDays;
    const passed = m.items.filter((i) => i.passed).length;
    modal.confirm({
      title: 'Công khai danh sách được Hội đồng thông qua?',
      content: (
        <Flex vertical gap={8}>
          <span>
            {passed} trường hợp sẽ được đăng trên trang công khai từ hôm nay để Nhân dân góp ý, phản ánh. Sau khi công
            khai, danh sách không sửa được; quyết định chỉ ký được sau khi hết thời hạn công khai.
          </span>
          <label>
            Số ngày công khai{m.noticeRule.working ? ' (ngày làm việc)' : ''}:{' '}
            <InputNumber
              aria-label="Số ngày công khai"
              min={m.noticeRule.minDays}
              max={60}
              defaultValue={m.noticeRule.minDays}
              onChange={(v) => (days = typeof v === 'number' ? v : m.noticeRule.minDays)}
            />
          </label>
          <small className="muted">
            Tối thiểu theo quy định: {m.noticeRule.minDays} ngày{m.noticeRule.working ? ' làm việc' : ''}.
          </small>
        </Flex>
      ),
      okText: 'Công khai',
      cancelText: 'Chưa',
      onOk: () => act.mutateAsync({ path: '/notice', body: { days } }),
    });
  };
  const confirmRevote = () =>
    modal.confirm({
      title: 'Cho bỏ phiếu lại?',
      content: `Hòm phiếu niêm phong không mở được nên ${m.ballotsCast} phiếu đã bỏ không thể kiểm. Bỏ phiếu lại sẽ hủy các phiếu đó; mọi thành viên có mặt bỏ phiếu lại từ đầu. Việc này được ghi vào nhật ký.`,
      okText: 'Cho bỏ phiếu lại',
      okButtonProps: { danger: true },
      cancelText: 'Chưa',
      onOk: () => act.mutateAsync({ path: '/revote' }),
    });
  const confirmOpen = () =>
    modal.confirm({
      title: 'Mở bỏ phiếu kín?',
      content: 'Sau khi mở, không thể sửa điểm danh và danh sách trình Hội đồng.',
      okText: 'Mở bỏ phiếu',
      cancelText: 'Chưa',
      onOk: () => act.mutateAsync({ path: '/open' }),
    });

  return (
    <>
      <PageHeader
        title={`Phiên họp ${m.council.name}`}
        subtitle={
          <span>
            {m.roundName} · Ngày {fmtDate(m.heldOn)} · {m.place}{' '}
            <MeetingStatusTag status={m.status} label={m.statusLabel} />
          </span>
        }
        actions={
          <>
            {m.status === 'draft' && (
              <>
                <Button
                  icon={<ReloadOutlined aria-hidden />}
                  onClick={() => act.mutate({ path: '/agenda' })}
                  loading={act.isPending && act.variables?.path === '/agenda'}
                >
                  Cập nhật danh sách
                </Button>
                <Button
                  type="primary"
                  icon={<UnlockOutlined aria-hidden />}
                  disabled={!m.attendanceRecorded || !m.quorum.met}
                  onClick={confirmOpen}
                >
                  Mở bỏ phiếu
                </Button>
              </>
            )}
            {m.status === 'voting' && (
              <Button type="primary" danger icon={<LockOutlined aria-hidden />} onClick={confirmClose}>
                Kết thúc và kiểm phiếu
              </Button>
            )}
            {closed && !m.notice && (
              <Button
                type="primary"
                icon={<SendOutlined aria-hidden />}
                onClick={confirmPublish}
                loading={act.isPending && act.variables?.path === '/notice'}
              >
                Công khai danh sách
              </Button>
            )}
            {m.notice && <ButtonLink to={`/quan-ly-cong-khai/${m.notice.id}`}>Xem thông báo công khai</ButtonLink>}
          </>
        }
      />
      <Flex vertical gap={16}>
        <Flex gap={16} wrap align="stretch">
          <Card title="Điểm danh" style={{ flex: '1 1 420px' }}>
            {m.status === 'draft' ? (
              <>
                <Checkbox.Group
                  value={present}
                  onChange={(v) => setPresent(v as string[])}
                  style={{ display: 'block' }}
                >
                  <Flex vertical gap={6}>
                    {m.members.map((x) => (
                      <Checkbox key={x.userId} value={x.userId}>
                        {x.fullName}{' '}
                        <small className="muted">
                          — {x.roleLabel}
                          {x.position ? `, ${x.position}` : ''}
                        </small>
                      </Checkbox>
                    ))}
                  </Flex>
                </Checkbox.Group>
                <Button
                  style={{ marginTop: 12 }}
                  onClick={() => act.mutate({ path: '/attendance', method: 'put', body: { present } })}
                  loading={act.isPending && act.variables?.path === '/attendance'}
                >
                  Lưu điểm danh
                </Button>
              </>
            ) : (
              <ul className="plain-list">
                {m.members.map((x) => (
                  <li key={x.userId}>
                    <Tag color={x.present ? 'success' : 'default'}>{x.present ? 'Có mặt' : 'Vắng'}</Tag> {x.fullName}{' '}
                    <small className="muted">— {x.roleLabel}</small>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title="Số thành viên và phiếu" style={{ flex: '1 1 360px' }}>
            <Flex vertical gap={12}>
              <QuorumAlert m={m} />
              {m.ballotBoxLost && (
                <Alert
                  type="error"
                  showIcon
                  message="Không mở được hòm phiếu niêm phong"
                  description="Máy chủ không còn giữ khóa niêm phong của hòm phiếu này (ví dụ: thư mục khóa bị mất khi cài lại máy chủ). Các phiếu đã bỏ vẫn còn nhưng chưa thể kiểm. Hãy đề nghị quản trị hệ thống khôi phục thư mục khóa; nếu không thể, cho bỏ phiếu lại."
                  action={
                    <Button danger onClick={confirmRevote} loading={act.isPending}>
                      Cho bỏ phiếu lại
                    </Button>
                  }
                />
              )}
              {m.status !== 'draft' && (
                <div aria-live="polite">
                  <Typography.Text>
                    Đã bỏ phiếu: <b>{m.ballotsCast}</b>/{m.presentCount} thành viên có mặt
                  </Typography.Text>
                  <Progress
                    percent={m.presentCount ? Math.round((m.ballotsCast / m.presentCount) * 100) : 0}
                    aria-label="Tỷ lệ thành viên đã bỏ phiếu"
                  />
                  <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                    Bỏ phiếu kín: hệ thống chỉ cho biết số phiếu đã bỏ, không ai xem được ai đã chọn gì.
                  </Typography.Paragraph>
                </div>
              )}
              <Descriptions size="small" column={1}>
                <Descriptions.Item label="Thành viên Hội đồng">{m.memberCount}</Descriptions.Item>
                <Descriptions.Item label="Có mặt">{m.presentCount}</Descriptions.Item>
                {m.openedAt && (
                  <Descriptions.Item label="Mở bỏ phiếu">
                    {new Date(m.openedAt).toLocaleString('vi-VN')}
                  </Descriptions.Item>
                )}
                {m.closedAt && (
                  <Descriptions.Item label="Kết thúc">{new Date(m.closedAt).toLocaleString('vi-VN')}</Descriptions.Item>
                )}
              </Descriptions>
            </Flex>
          </Card>
        </Flex>
        <MeetingItemsCard m={m} />
      </Flex>
    </>
  );
}
