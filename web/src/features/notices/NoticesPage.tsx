// /quan-ly-cong-khai and /quan-ly-cong-khai/:id (the standing office): published notices, the
// comments and complaints received, and resolving them with a written answer.
import { LinkOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Form,
  Input,
  Radio,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../ui/api';
import { useServerPaging } from '../../ui/paging';
import { fmtDate, fmtDateTime, positionLine } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import { noticeKeys } from './keys';
import type { Feedback, NoticeDetail, NoticeList, NoticeRow } from './types';

const publicUrl = (slug: string) => `${window.location.origin}/cong-khai/${slug}`;

export function NoticesPage() {
  useDocumentTitle('Công khai danh sách');
  const paging = useServerPaging();
  const q = useQuery({
    queryKey: noticeKeys.list(paging.query),
    queryFn: () => api.get<NoticeList>(`/notices?${paging.query}`),
  });
  if (q.error) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  const columns: TableColumnsType<NoticeRow> = [
    {
      title: 'Thông báo',
      dataIndex: 'title',
      render: (t: string, r) => <Link to={`/quan-ly-cong-khai/${r.id}`}>{t}</Link>,
    },
    { title: 'Thời gian công khai', width: 210, render: (_, r) => `${fmtDate(r.publishedOn)} – ${fmtDate(r.endsOn)}` },
    { title: 'Số người', dataIndex: 'entryCount', width: 100, align: 'right', responsive: ['md'] },
    {
      title: 'Ý kiến',
      width: 170,
      render: (_, r) => (
        <>
          {r.feedbackCount} {r.openFeedback > 0 && <Tag color="warning">{r.openFeedback} chưa xử lý</Tag>}
        </>
      ),
    },
    {
      title: 'Trạng thái',
      width: 140,
      render: (_, r) => (r.inForce ? <Tag color="processing">Đang công khai</Tag> : <Tag>Đã hết hạn</Tag>),
    },
  ];
  return (
    <>
      <PageHeader
        title="Công khai danh sách"
        subtitle="Danh sách được Hội đồng thông qua, đăng trên trang công khai để nhân dân góp ý, phản ánh"
      />
      <Card>
        <Typography.Paragraph type="secondary">
          Để công khai, mở phiên họp đã kiểm phiếu trong mục <Link to="/hoi-dong">Hội đồng TĐKT</Link> và bấm “Công khai
          danh sách”. Trang công khai cho mọi người:{' '}
          <a href="/cong-khai" target="_blank" rel="noreferrer">
            /cong-khai
          </a>
          .
        </Typography.Paragraph>
        <Table
          rowKey="id"
          loading={q.isPending}
          dataSource={q.data?.items}
          columns={columns}
          pagination={paging.pagination(q.data?.total)}
          scroll={{ x: 640 }}
          locale={{ emptyText: <Empty description="Chưa công khai danh sách nào." /> }}
        />
      </Card>
    </>
  );
}

export function NoticeDetailPage() {
  const { id = '' } = useParams();
  const q = useQuery({ queryKey: noticeKeys.detail(id), queryFn: () => api.get<NoticeDetail>(`/notices/${id}`) });
  const [resolving, setResolving] = useState<Feedback | null>(null);
  useDocumentTitle(q.data?.title ?? 'Công khai danh sách');
  if (q.error) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  const n = q.data;
  if (!n) return <PageSkeleton />;
  const columns: TableColumnsType<Feedback> = [
    {
      title: 'Mã',
      dataIndex: 'trackingCode',
      width: 150,
      render: (c: string) => (
        <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
          {c}
        </Typography.Text>
      ),
    },
    {
      title: 'Nội dung',
      render: (_, f) => (
        <>
          <Tag color={f.kind === 'complaint' ? 'error' : 'blue'}>{f.kindLabel}</Tag>
          {f.nomineeName && <Typography.Text strong>về {f.nomineeName}</Typography.Text>}
          <Typography.Paragraph style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>{f.content}</Typography.Paragraph>
          <small className="muted">
            {f.senderName}
            {f.contact ? ` · ${f.contact}` : ''} · {fmtDateTime(f.createdAt)}
          </small>
          {f.resolution && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 4, marginBottom: 0 }}>
              Trả lời: {f.resolution}
            </Typography.Paragraph>
          )}
        </>
      ),
    },
    {
      title: 'Tình trạng',
      width: 190,
      render: (_, f) =>
        f.status === 'open' ? (
          <>
            <Tag color="warning">{f.statusLabel}</Tag>
            {f.withholds && (
              <div>
                <small>Đang tạm dừng xét người bị phản ánh</small>
              </div>
            )}
            <Button
              size="small"
              style={{ marginTop: 6 }}
              onClick={() => setResolving(f)}
              aria-label={`Giải quyết ý kiến ${f.trackingCode}`}
            >
              Giải quyết
            </Button>
          </>
        ) : (
          <Tag color={f.status === 'resolved' ? 'success' : 'default'}>{f.statusLabel}</Tag>
        ),
    },
  ];
  return (
    <>
      <PageHeader
        title={n.title}
        subtitle={n.roundName}
        actions={
          <Button icon={<LinkOutlined aria-hidden />} href={`/cong-khai/${n.slug}`} target="_blank">
            Mở trang công khai
          </Button>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label="Thời gian công khai">
            {fmtDate(n.publishedOn)} – {fmtDate(n.endsOn)}{' '}
            {n.inForce ? <Tag color="processing">Đang công khai</Tag> : <Tag>Đã hết hạn</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label="Địa chỉ công khai">
            <Typography.Text copyable>{publicUrl(n.slug)}</Typography.Text>
          </Descriptions.Item>
        </Descriptions>
        <Table
          rowKey="nomineeId"
          size="small"
          pagination={false}
          dataSource={n.entries}
          scroll={{ x: 560 }}
          columns={[
            { title: 'TT', dataIndex: 'ordinal', width: 48 },
            {
              title: 'Họ và tên',
              dataIndex: 'name',
              render: (name: string, e) => (
                <>
                  {name} {e.withheld && <Tag color="error">Tạm dừng (có khiếu nại)</Tag>}
                </>
              ),
            },
            { title: 'Chức vụ, đơn vị', render: (_, e) => positionLine(e.position, e.unit) },
            { title: 'Danh hiệu, hình thức', dataIndex: 'awardName' },
          ]}
        />
      </Card>
      <Card title={`Ý kiến nhận được (${n.feedback.length})`}>
        <Table
          rowKey="id"
          dataSource={n.feedback}
          columns={columns}
          pagination={false}
          scroll={{ x: 640 }}
          locale={{ emptyText: <Empty description="Chưa có ý kiến nào." /> }}
        />
      </Card>
      {resolving && <ResolveModal f={resolving} noticeId={n.id} onClose={() => setResolving(null)} />}
    </>
  );
}

interface ResolveValues {
  outcome: string;
  resolution: string;
}

function ResolveModal({ f, noticeId, onClose }: { f: Feedback; noticeId: string; onClose: () => void }) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const state = useFormModal<ResolveValues>({
    open: true,
    initialValues: () => ({ outcome: 'resolved' }),
    submit: (v) => api.post(`/notice-feedback/${f.id}/resolve`, v),
    onSuccess: () => {
      void message.success('Đã ghi nhận kết quả giải quyết.');
      void qc.invalidateQueries({ queryKey: noticeKeys.all });
      void qc.invalidateQueries({ queryKey: noticeKeys.detail(noticeId) });
      onClose();
    },
  });
  return (
    <FormModal
      state={state}
      open
      onClose={onClose}
      title={`Giải quyết ý kiến ${f.trackingCode}`}
      okText="Lưu kết quả"
      name="notice-resolve"
      intro={
        f.withholds && (
          <Typography.Paragraph type="secondary">
            Khi không còn phản ánh, khiếu nại nào đang xử lý đối với {f.nomineeName}, người này được tiếp tục xét (trở
            lại “Hội đồng thông qua”).
          </Typography.Paragraph>
        )
      }
    >
      <Form.Item name="outcome" label="Kết quả" rules={[{ required: true }]}>
        <Radio.Group
          options={[
            { value: 'resolved', label: 'Đã giải quyết' },
            { value: 'dismissed', label: 'Không có cơ sở' },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="resolution"
        label="Nội dung giải quyết"
        rules={[{ required: true, whitespace: true, message: 'Ghi nội dung giải quyết, trả lời.' }]}
      >
        <Input.TextArea rows={4} maxLength={3000} showCount />
      </Form.Item>
    </FormModal>
  );
}
