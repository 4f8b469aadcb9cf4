// The public petition pages (no sign-in): /cong-khai/don-thu, the citizen's form, which answers
// with a tracking code; /cong-khai/don-thu/tra-cuu?ma=…, the status of a petition by its code.
import { SearchOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Flex, Form, Input, Radio, Result, Select, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PETITION_KIND_LABELS, type PetitionKind } from '../../../../src/domain/petitions/rules';
import { api } from '../../ui/api';
import { fmtDate } from '../../ui/format';
import { applyApiError, FormProblemAlert, useFormProblem } from '../../ui/forms';
import { useDocumentTitle } from '../../ui/page';
import { PublicLayout } from '../../ui/public-layout';
import { petitionKeys } from './keys';
import { STATUS_COLOR } from './DeadlineTag';
import type { PetitionReceipt, PetitionRecipients, PetitionStatusOut } from './types';

function PetitionLayout({ children }: { children: ReactNode }) {
  return (
    <PublicLayout
      brand="Gửi đơn thư"
      brandLabel="Trang công khai — Trang chủ"
      links={[
        { to: '/cong-khai/don-thu', label: 'Gửi đơn' },
        { to: '/cong-khai/don-thu/tra-cuu', label: 'Tra cứu đơn' },
      ]}
      width={900}
    >
      {children}
    </PublicLayout>
  );
}

interface Values {
  recipientId?: string;
  kind: PetitionKind;
  senderName?: string;
  senderAddress?: string;
  contact?: string;
  title: string;
  subjectText?: string;
  content: string;
  website?: string;
}

const KIND_HELP: Record<PetitionKind, string> = {
  complaint:
    'Đề nghị xem xét lại quyết định, việc làm về thi đua, khen thưởng mà bạn cho là trái pháp luật, ảnh hưởng đến quyền lợi của bạn.',
  denunciation:
    'Báo cho cơ quan biết hành vi vi phạm pháp luật về thi đua, khen thưởng. Phải ghi rõ họ tên, địa chỉ người tố cáo.',
  recommendation: 'Đề xuất, góp ý về chính sách, cách làm công tác thi đua, khen thưởng.',
  reflection: 'Cung cấp thông tin về một việc bạn thấy chưa đúng để cơ quan biết, xem xét.',
};

export function PublicPetitionFormPage() {
  useDocumentTitle('Gửi đơn khiếu nại, tố cáo, kiến nghị, phản ánh');
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'reflection';
  const { problem, setProblem, clear } = useFormProblem();
  const recipients = useQuery({
    queryKey: petitionKeys.publicRecipients(),
    queryFn: () => api.get<PetitionRecipients>('/public/petitions/recipients'),
  });
  const send = useMutation({
    mutationFn: (v: Values) => api.post<PetitionReceipt>('/public/petitions', v),
    onError: (e) => setProblem(applyApiError(form, e)),
  });
  if (send.data)
    return (
      <PetitionLayout>
        <Card>
          <Result
            status="success"
            title="Cơ quan đã nhận đơn của bạn"
            subTitle={`${send.data.recipient}, ngày ${fmtDate(send.data.receivedOn)}. Ghi lại mã tra cứu dưới đây để theo dõi kết quả giải quyết.`}
            extra={
              <Flex vertical align="center" gap={8}>
                <Typography.Title
                  level={2}
                  copyable={{ tooltips: ['Sao chép mã', 'Đã sao chép'] }}
                  style={{ fontFamily: 'monospace' }}
                  aria-label="Mã tra cứu"
                  data-testid="tracking-code"
                >
                  {send.data.trackingCode}
                </Typography.Title>
                {send.data.notice && <Alert type="warning" showIcon title={send.data.notice} />}
                <Link to={`/cong-khai/don-thu/tra-cuu?ma=${encodeURIComponent(send.data.trackingCode)}`}>
                  Tra cứu tình trạng giải quyết
                </Link>
              </Flex>
            }
          />
        </Card>
      </PetitionLayout>
    );
  const many = (recipients.data?.items.length ?? 0) > 1;
  return (
    <PetitionLayout>
      <Typography.Title level={1} className="page-title">
        Gửi đơn khiếu nại, tố cáo, kiến nghị, phản ánh về thi đua, khen thưởng
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        Không cần đăng nhập. Sau khi gửi, bạn nhận một mã tra cứu để theo dõi kết quả. Thông tin người gửi không được
        công khai.
      </Typography.Paragraph>
      <Card>
        <FormProblemAlert problem={problem} />
        <Form
          form={form}
          layout="vertical"
          initialValues={{ kind: 'reflection' }}
          onValuesChange={clear}
          onFinish={(v) => send.mutate(v)}
        >
          {many && (
            <Form.Item
              name="recipientId"
              label="Cơ quan nhận đơn"
              rules={[{ required: true, message: 'Chọn cơ quan nhận đơn.' }]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                placeholder="Chọn cơ quan"
                loading={recipients.isPending}
                options={recipients.data?.items.map((r) => ({ value: r.id, label: r.name }))}
              />
            </Form.Item>
          )}
          <Form.Item name="kind" label="Loại đơn" extra={KIND_HELP[kind]} rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              options={(Object.keys(PETITION_KIND_LABELS) as PetitionKind[]).map((k) => ({
                value: k,
                label: PETITION_KIND_LABELS[k],
              }))}
            />
          </Form.Item>
          <Form.Item
            name="senderName"
            label="Họ và tên người gửi"
            rules={
              kind === 'complaint' || kind === 'denunciation'
                ? [{ required: true, whitespace: true, message: 'Nhập họ và tên.' }]
                : []
            }
          >
            <Input maxLength={150} autoComplete="name" />
          </Form.Item>
          <Form.Item
            name="senderAddress"
            label="Địa chỉ"
            rules={
              kind === 'complaint' || kind === 'denunciation'
                ? [{ required: true, whitespace: true, message: 'Nhập địa chỉ.' }]
                : []
            }
          >
            <Input maxLength={300} autoComplete="street-address" />
          </Form.Item>
          <Form.Item name="contact" label="Số điện thoại hoặc thư điện tử">
            <Input maxLength={200} autoComplete="tel" />
          </Form.Item>
          <Form.Item
            name="title"
            label="Tóm tắt nội dung"
            rules={[{ required: true, whitespace: true, message: 'Nhập tóm tắt nội dung.' }]}
          >
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item name="subjectText" label="Về người, tập thể hoặc khen thưởng nào (nếu có)">
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item
            name="content"
            label="Nội dung đơn"
            rules={[
              { required: true, whitespace: true, message: 'Nhập nội dung.' },
              { min: 10, message: 'Nội dung cần ít nhất 10 ký tự.' },
            ]}
          >
            <Input.TextArea rows={6} maxLength={5000} showCount />
          </Form.Item>
          <Form.Item name="website" hidden>
            <Input tabIndex={-1} autoComplete="off" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={send.isPending} block>
            Gửi đơn
          </Button>
        </Form>
      </Card>
    </PetitionLayout>
  );
}

export function PublicPetitionTrackPage() {
  useDocumentTitle('Tra cứu đơn thư');
  const [params, setParams] = useSearchParams();
  const code = params.get('ma') ?? '';
  const q = useQuery({
    queryKey: petitionKeys.publicTracking(code),
    queryFn: () => api.get<PetitionStatusOut>('/public/petitions/status', { ma: code }),
    enabled: code.length > 0,
  });
  return (
    <PetitionLayout>
      <Typography.Title level={1} className="page-title">
        Tra cứu tình trạng giải quyết đơn
      </Typography.Title>
      <Card>
        <Form
          layout="vertical"
          initialValues={{ ma: code }}
          onFinish={(v: { ma: string }) => setParams({ ma: v.ma.trim() })}
        >
          <Form.Item
            name="ma"
            label="Mã tra cứu"
            rules={[{ required: true, whitespace: true, message: 'Nhập mã tra cứu.' }]}
          >
            <Input placeholder="DT-XXXX-XXXX" maxLength={20} style={{ fontFamily: 'monospace', maxWidth: 240 }} />
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
              <Descriptions.Item label="Loại đơn">{q.data.kindLabel}</Descriptions.Item>
              <Descriptions.Item label="Nội dung">{q.data.title}</Descriptions.Item>
              <Descriptions.Item label="Cơ quan nhận">{q.data.recipient}</Descriptions.Item>
              <Descriptions.Item label="Ngày nhận">{fmtDate(q.data.receivedOn)}</Descriptions.Item>
              <Descriptions.Item label="Tình trạng">
                <Tag color={STATUS_COLOR[q.data.status]} data-testid="petition-status">
                  {q.data.statusLabel}
                </Tag>
              </Descriptions.Item>
              {q.data.acceptedOn && (
                <Descriptions.Item label="Ngày thụ lý">{fmtDate(q.data.acceptedOn)}</Descriptions.Item>
              )}
              {q.data.dueDate && (
                <Descriptions.Item label="Hạn giải quyết">{fmtDate(q.data.dueDate)}</Descriptions.Item>
              )}
              {q.data.rejectReason && (
                <Descriptions.Item label="Lý do không thụ lý">{q.data.rejectReason}</Descriptions.Item>
              )}
              {q.data.answer && (
                <Descriptions.Item label={`Kết quả (${fmtDate(q.data.closedOn)})`}>
                  <div style={{ whiteSpace: 'pre-wrap' }}>{q.data.answer}</div>
                </Descriptions.Item>
              )}
            </Descriptions>
          ) : null}
        </div>
      </Card>
    </PetitionLayout>
  );
}
