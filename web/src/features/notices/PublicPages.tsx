// The public pages (no sign-in) still in the web app: /cong-khai/:slug (one list, with a form to
// send a comment or a complaint), /cong-khai/tra-cuu?ma=… (status of a tracking code). The portal's
// home /cong-khai is server-rendered (src/features/portal); the brand link reloads to reach it.
import { SearchOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  Radio,
  Result,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../../ui/api';
import { fmtDate, positionLine } from '../../ui/format';
import { applyApiError, FormProblemAlert, useFormProblem } from '../../ui/forms';
import { LoadError, PageSkeleton, useDocumentTitle } from '../../ui/page';
import { PublicLayout } from '../../ui/public-layout';
import { noticeKeys } from './keys';
import type { PublicNotice, Tracked, TrackingCode } from './types';

function NoticeLayout({ children }: { children: ReactNode }) {
  return (
    <PublicLayout
      brand="Công khai khen thưởng"
      brandLabel="Công khai danh sách khen thưởng — Trang chủ"
      links={[
        { to: '/cong-khai/tra-cuu', label: 'Tra cứu ý kiến' },
        { to: '/dang-nhap', label: 'Đăng nhập cán bộ' },
      ]}
      width={1100}
    >
      {children}
    </PublicLayout>
  );
}

export function PublicNoticePage() {
  const { slug = '' } = useParams();
  const q = useQuery({
    queryKey: noticeKeys.publicNotice(slug),
    queryFn: () => api.get<PublicNotice>(`/public/notices/${slug}`),
  });
  useDocumentTitle(q.data?.title ?? 'Công khai danh sách');
  const n = q.data;
  return (
    <NoticeLayout>
      {q.error ? (
        <LoadError error={q.error} onRetry={() => q.refetch()} />
      ) : !n ? (
        <PageSkeleton />
      ) : (
        <Flex vertical gap={16}>
          <div>
            <Typography.Text type="secondary">{n.issuer}</Typography.Text>
            <Typography.Title level={1} className="page-title">
              {n.title}
            </Typography.Title>
            <Typography.Text>
              Thời gian công khai: từ {fmtDate(n.publishedOn)} đến hết {fmtDate(n.endsOn)}{' '}
              {n.inForce ? <Tag color="processing">Đang công khai</Tag> : <Tag>Đã hết thời gian công khai</Tag>}
            </Typography.Text>
          </div>
          <Card title={`Danh sách (${n.entries.length})`}>
            <Table
              rowKey="nomineeId"
              size="middle"
              pagination={false}
              dataSource={n.entries}
              columns={[
                { title: 'TT', dataIndex: 'ordinal', width: 48 },
                {
                  title: 'Họ và tên',
                  dataIndex: 'name',
                  render: (s: string, e) => (
                    <>
                      <b>{s}</b>
                      <div className="muted">
                        <small>{positionLine(e.position, e.unit)}</small>
                      </div>
                    </>
                  ),
                },
                { title: 'Danh hiệu, hình thức đề nghị', dataIndex: 'awardName' },
              ]}
            />
          </Card>
          {n.inForce ? (
            <FeedbackForm n={n} />
          ) : (
            <Alert type="info" showIcon title="Thời gian công khai đã kết thúc; trang này không nhận thêm ý kiến." />
          )}
        </Flex>
      )}
    </NoticeLayout>
  );
}

interface FeedbackValues {
  kind: 'comment' | 'complaint';
  nomineeId?: string | null;
  senderName: string;
  contact?: string;
  content: string;
  website?: string;
}

function FeedbackForm({ n }: { n: PublicNotice }) {
  const [form] = Form.useForm<FeedbackValues>();
  const { problem, setProblem, clear } = useFormProblem();
  const send = useMutation({
    mutationFn: (v: FeedbackValues) =>
      api.post<TrackingCode>(`/public/notices/${n.slug}/feedback`, { ...v, nomineeId: v.nomineeId ?? null }),
    onError: (e) => setProblem(applyApiError(form, e)),
  });
  if (send.data)
    return (
      <Card>
        <Result
          status="success"
          title="Đã nhận ý kiến của bạn"
          subTitle="Ghi lại mã tra cứu dưới đây để theo dõi kết quả xử lý."
          extra={
            <Flex vertical align="center" gap={8}>
              <Typography.Title
                level={2}
                copyable={{ tooltips: ['Sao chép mã', 'Đã sao chép'] }}
                style={{ fontFamily: 'monospace' }}
                aria-label="Mã tra cứu"
              >
                {send.data.trackingCode}
              </Typography.Title>
              <Link to={`/cong-khai/tra-cuu?ma=${encodeURIComponent(send.data.trackingCode)}`}>
                Tra cứu tình trạng xử lý
              </Link>
            </Flex>
          }
        />
      </Card>
    );
  return (
    <Card title="Gửi góp ý, phản ánh">
      <FormProblemAlert problem={problem} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'comment' }}
        onValuesChange={clear}
        onFinish={(v) => send.mutate(v)}
        style={{ maxWidth: 720 }}
      >
        <Form.Item name="kind" label="Loại ý kiến" rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: 'comment', label: 'Góp ý' },
              { value: 'complaint', label: 'Phản ánh, khiếu nại' },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="nomineeId"
          label="Về người (tập thể)"
          extra="Không bắt buộc. Phản ánh, khiếu nại về một người sẽ tạm dừng việc xét khen thưởng người đó cho đến khi được giải quyết."
        >
          <Select
            allowClear
            placeholder="Chọn trong danh sách (nếu có)"
            options={n.entries.map((e) => ({ value: e.nomineeId, label: `${e.ordinal}. ${e.name} — ${e.awardName}` }))}
          />
        </Form.Item>
        <Form.Item
          name="senderName"
          label="Họ và tên người gửi"
          rules={[{ required: true, whitespace: true, message: 'Nhập họ và tên.' }]}
        >
          <Input maxLength={150} autoComplete="name" />
        </Form.Item>
        <Form.Item
          name="contact"
          label="Địa chỉ, số điện thoại hoặc thư điện tử"
          extra="Để cơ quan trả lời (không công khai)."
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="content"
          label="Nội dung"
          rules={[
            { required: true, whitespace: true, message: 'Nhập nội dung.' },
            { min: 10, message: 'Nội dung cần ít nhất 10 ký tự.' },
          ]}
        >
          <Input.TextArea rows={5} maxLength={5000} showCount />
        </Form.Item>
        <Form.Item name="website" hidden>
          <Input tabIndex={-1} autoComplete="off" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={send.isPending}>
          Gửi ý kiến
        </Button>
      </Form>
    </Card>
  );
}

export function PublicTrackPage() {
  useDocumentTitle('Tra cứu ý kiến');
  const [params, setParams] = useSearchParams();
  const code = params.get('ma') ?? '';
  const q = useQuery({
    queryKey: noticeKeys.publicFeedback(code),
    queryFn: () => api.get<Tracked>('/public/feedback', { ma: code }),
    enabled: code.length > 0,
  });
  return (
    <NoticeLayout>
      <Typography.Title level={1} className="page-title">
        Tra cứu tình trạng xử lý ý kiến
      </Typography.Title>
      <Card>
        <Form
          layout="inline"
          initialValues={{ ma: code }}
          onFinish={(v: { ma: string }) => setParams({ ma: v.ma.trim() })}
        >
          <Form.Item
            name="ma"
            label="Mã tra cứu"
            rules={[{ required: true, whitespace: true, message: 'Nhập mã tra cứu.' }]}
          >
            <Input placeholder="PA-XXXX-XXXX" maxLength={20} style={{ fontFamily: 'monospace', width: 200 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined aria-hidden />}>
            Tra cứu
          </Button>
        </Form>
        <div style={{ marginTop: 16 }} aria-live="polite">
          {q.error ? (
            <Alert type="warning" showIcon title={(q.error as Error).message} />
          ) : q.data ? (
            <Descriptions bordered size="small" column={1}>
              <Descriptions.Item label="Mã tra cứu">{q.data.trackingCode}</Descriptions.Item>
              <Descriptions.Item label="Loại ý kiến">{q.data.kindLabel}</Descriptions.Item>
              <Descriptions.Item label="Về danh sách">
                <Link to={`/cong-khai/${q.data.noticeSlug}`}>{q.data.noticeTitle}</Link>
              </Descriptions.Item>
              <Descriptions.Item label="Ngày nhận">{fmtDate(q.data.receivedOn)}</Descriptions.Item>
              <Descriptions.Item label="Tình trạng">
                <Tag
                  color={q.data.status === 'open' ? 'warning' : q.data.status === 'resolved' ? 'success' : 'default'}
                >
                  {q.data.statusLabel}
                </Tag>
              </Descriptions.Item>
              {q.data.resolution && (
                <Descriptions.Item label={`Kết quả (${fmtDate(q.data.resolvedOn)})`}>
                  {q.data.resolution}
                </Descriptions.Item>
              )}
            </Descriptions>
          ) : null}
        </div>
      </Card>
    </NoticeLayout>
  );
}
