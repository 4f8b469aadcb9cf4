// /guong-dien-hinh/:id: one exemplary model — its story and achievements, the consent to publish
// (Nghị định 13/2023/NĐ-CP: who gave it, when, for what; withdrawing takes the public page down at
// once), photos (location metadata stripped on the server), ceremonies, publish and unpublish.
import { EditOutlined, LinkOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { CEREMONY_KIND_LABELS, MODEL_FIELD_LABELS, MODEL_KIND_LABELS } from '../../../../src/domain/models/vocab';
import { api, errorMessage } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { DATE_FORMATS, fmtDate, fmtDateTime, optionsOf, toIso } from '../../ui/format';
import { applyApiError, FormProblemAlert, useFormProblem } from '../../ui/forms';
import { LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import { type Model, MODELS_KEY } from './ModelsPage';

export function ModelPage() {
  const { id = '' } = useParams();
  const q = useQuery({ queryKey: [...MODELS_KEY, 'one', id], queryFn: () => api.get<Model>(`/models/${id}`) });
  useDocumentTitle(q.data?.name ?? 'Gương điển hình');
  if (q.isPending) return <PageSkeleton />;
  if (q.isError) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  return <ModelView m={q.data} />;
}

type Dialog = 'edit' | 'consent' | 'withdraw' | 'ceremony' | null;

function ModelView({ m }: { m: Model }) {
  const { can } = useAuth();
  const manage = can('portal.manage');
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [alt, setAlt] = useState('');
  const saved = async (x: Model, text: string) => {
    qc.setQueryData([...MODELS_KEY, 'one', m.id], x);
    await qc.invalidateQueries({ queryKey: MODELS_KEY });
    setDialog(null);
    void message.success(text);
  };
  const act = useMutation({
    mutationFn: (path: 'publish' | 'unpublish') => api.post<Model>(`/models/${m.id}/${path}`),
    onSuccess: (x, path) =>
      saved(x, path === 'publish' ? 'Đã công khai trên cổng thông tin.' : 'Đã gỡ khỏi trang công khai.'),
    onError: (e) => message.error(errorMessage(e)),
  });
  const consent = m.consents.find((c) => c.withdrawnAt === null) ?? null;
  return (
    <>
      <PageHeader
        title={m.name}
        subtitle={`${MODEL_KIND_LABELS[m.kind]} · ${m.fieldLabel}${m.areaName ? ` · ${m.areaName}` : ''}`}
        actions={
          <>
            {m.isPublic ? (
              <Button icon={<LinkOutlined aria-hidden />} href={m.publicPath} target="_blank">
                Xem trang công khai
              </Button>
            ) : null}
            {manage && m.status === 'draft' ? (
              <Button type="primary" loading={act.isPending} onClick={() => act.mutate('publish')}>
                Công khai
              </Button>
            ) : null}
            {manage && m.status === 'published' ? (
              <Button loading={act.isPending} onClick={() => act.mutate('unpublish')}>
                Gỡ khỏi trang công khai
              </Button>
            ) : null}
          </>
        }
      />
      {m.status === 'published' && !m.isPublic ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message="Không hiển thị trên trang công khai vì chưa có sự đồng ý còn hiệu lực."
        />
      ) : null}
      <Card
        title="Hồ sơ"
        style={{ marginBottom: 16 }}
        extra={
          manage ? (
            <Button icon={<EditOutlined aria-hidden />} onClick={() => setDialog('edit')}>
              Sửa
            </Button>
          ) : null
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label="Trạng thái">
            {m.isPublic ? <Tag color="green">Đang công khai</Tag> : <Tag>Chưa công khai</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label="Đơn vị">{m.unitName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="Tóm tắt" span={2}>
            {m.headline}
          </Descriptions.Item>
          <Descriptions.Item label="Câu chuyện điển hình" span={2}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-line', marginBottom: 0 }}>{m.story}</Typography.Paragraph>
          </Descriptions.Item>
          {m.publishedAt ? (
            <Descriptions.Item label="Công khai lúc">{fmtDateTime(m.publishedAt)}</Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      <Card
        title="Sự đồng ý công khai thông tin (Nghị định 13/2023/NĐ-CP)"
        style={{ marginBottom: 16 }}
        extra={
          manage ? (
            <Space>
              <Button onClick={() => setDialog('consent')}>Ghi nhận sự đồng ý</Button>
              {consent ? (
                <Button danger onClick={() => setDialog('withdraw')}>
                  Rút lại sự đồng ý
                </Button>
              ) : null}
            </Space>
          ) : null
        }
      >
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={m.consents}
          locale={{ emptyText: 'Chưa có sự đồng ý: chưa thể công khai.' }}
          scroll={{ x: 700 }}
          columns={[
            { title: 'Người đồng ý', dataIndex: 'givenBy' },
            { title: 'Tư cách', dataIndex: 'capacity' },
            { title: 'Ngày đồng ý', dataIndex: 'givenOn', render: fmtDate, width: 120 },
            { title: 'Mục đích', dataIndex: 'purposes' },
            {
              title: 'Hiệu lực',
              key: 'state',
              width: 200,
              render: (_: unknown, c) =>
                c.withdrawnAt ? (
                  <Tag color="red">Đã rút lại {fmtDateTime(c.withdrawnAt)}</Tag>
                ) : (
                  <Tag color="green">Còn hiệu lực</Tag>
                ),
            },
          ]}
        />
      </Card>
      <Card title="Thành tích" style={{ marginBottom: 16 }}>
        <Table
          rowKey="awardRecordId"
          size="small"
          pagination={false}
          dataSource={m.achievements}
          locale={{ emptyText: 'Chưa gắn thành tích nào.' }}
          columns={[
            { title: 'Hình thức khen thưởng', dataIndex: 'awardName' },
            { title: 'Năm, giai đoạn', dataIndex: 'period', width: 130 },
            {
              title: 'Quyết định',
              key: 'd',
              render: (_: unknown, a) =>
                a.decisionNo ? `${a.decisionNo}${a.decisionDate ? ` ngày ${fmtDate(a.decisionDate)}` : ''}` : '—',
            },
            { title: 'Cấp khen', dataIndex: 'issuer', render: (v: string | null) => v ?? '—' },
          ]}
        />
      </Card>
      <Card title="Ảnh" style={{ marginBottom: 16 }}>
        <Space direction="vertical" style={{ width: '100%' }}>
          {m.photos.length ? (
            <ul>
              {m.photos.map((p) => (
                <li key={p.id}>{p.alt}</li>
              ))}
            </ul>
          ) : (
            <Typography.Text type="secondary">Chưa có ảnh.</Typography.Text>
          )}
          {manage ? (
            <Space wrap>
              <Input
                aria-label="Mô tả ảnh"
                placeholder="Mô tả ảnh (cho người khiếm thị), bắt buộc"
                style={{ width: 360 }}
                value={alt}
                maxLength={300}
                onChange={(e) => setAlt(e.target.value)}
              />
              <Upload
                accept="image/jpeg,image/png"
                showUploadList={false}
                disabled={!alt.trim()}
                customRequest={async ({ file, onSuccess, onError }) => {
                  const form = new FormData();
                  form.append('file', file as File);
                  form.append('alt', alt.trim());
                  try {
                    const x = await api.upload<Model>(`/models/${m.id}/photos`, form);
                    setAlt('');
                    await saved(x, 'Đã thêm ảnh (đã bỏ thông tin vị trí).');
                    onSuccess?.(null);
                  } catch (e) {
                    void message.error(errorMessage(e));
                    onError?.(e as Error);
                  }
                }}
              >
                <Button icon={<UploadOutlined aria-hidden />} disabled={!alt.trim()}>
                  Tải ảnh lên (JPEG, PNG)
                </Button>
              </Upload>
            </Space>
          ) : null}
        </Space>
      </Card>
      <Card
        title="Lễ trao tặng, đón nhận"
        extra={manage ? <Button onClick={() => setDialog('ceremony')}>Ghi nhận buổi lễ</Button> : null}
      >
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={m.ceremonies}
          locale={{ emptyText: 'Chưa có buổi lễ nào.' }}
          columns={[
            {
              title: 'Buổi lễ',
              dataIndex: 'kind',
              render: (k: keyof typeof CEREMONY_KIND_LABELS) => CEREMONY_KIND_LABELS[k],
            },
            { title: 'Ngày', dataIndex: 'heldOn', render: fmtDate, width: 120 },
            { title: 'Địa điểm', dataIndex: 'place' },
            { title: 'Người trao', dataIndex: 'presentedBy' },
          ]}
        />
      </Card>
      {dialog === 'edit' ? <EditModal m={m} onClose={() => setDialog(null)} onSaved={saved} /> : null}
      {dialog === 'consent' || dialog === 'withdraw' || dialog === 'ceremony' ? (
        <RecordModal kind={dialog} m={m} onClose={() => setDialog(null)} onSaved={saved} />
      ) : null}
    </>
  );
}

type Saved = (x: Model, text: string) => Promise<void>;

function EditModal({ m, onClose, onSaved }: { m: Model; onClose: () => void; onSaved: Saved }) {
  const [form] = Form.useForm();
  const { problem, setProblem } = useFormProblem();
  const save = useMutation({
    mutationFn: (v: Record<string, unknown>) => api.patch<Model>(`/models/${m.id}`, v),
    onSuccess: (x) => onSaved(x, 'Đã lưu hồ sơ.'),
    onError: (e) => setProblem(applyApiError(form, e)),
  });
  return (
    <Modal
      open
      title="Sửa hồ sơ gương điển hình"
      okText="Lưu"
      cancelText="Hủy"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      width={720}
    >
      <FormProblemAlert problem={problem} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ field: m.field, headline: m.headline, story: m.story }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="field" label="Lĩnh vực" rules={[{ required: true, message: 'Chọn lĩnh vực.' }]}>
          <Select options={optionsOf(MODEL_FIELD_LABELS)} />
        </Form.Item>
        <Form.Item name="headline" label="Tóm tắt" rules={[{ required: true, message: 'Nhập tóm tắt.' }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          name="story"
          label="Câu chuyện điển hình"
          rules={[{ required: true, message: 'Nhập câu chuyện.' }]}
          extra="Không ghi số CCCD, ngày sinh, địa chỉ, số điện thoại."
        >
          <Input.TextArea rows={8} maxLength={20000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const RECORD = {
  consent: { title: 'Ghi nhận sự đồng ý công khai thông tin', path: 'consents', ok: 'Đã ghi nhận sự đồng ý.' },
  withdraw: {
    title: 'Rút lại sự đồng ý',
    path: 'consents/withdraw',
    ok: 'Đã rút lại sự đồng ý; trang công khai đã được gỡ.',
  },
  ceremony: { title: 'Ghi nhận lễ trao tặng, đón nhận', path: 'ceremonies', ok: 'Đã ghi nhận buổi lễ.' },
} as const;

function RecordModal({
  kind,
  m,
  onClose,
  onSaved,
}: {
  kind: keyof typeof RECORD;
  m: Model;
  onClose: () => void;
  onSaved: Saved;
}) {
  const [form] = Form.useForm();
  const { problem, setProblem } = useFormProblem();
  const spec = RECORD[kind];
  const save = useMutation({
    mutationFn: (v: Record<string, unknown>) => api.post<Model>(`/models/${m.id}/${spec.path}`, v),
    onSuccess: (x) => onSaved(x, spec.ok),
    onError: (e) => setProblem(applyApiError(form, e)),
  });
  return (
    <Modal
      open
      title={spec.title}
      okText={kind === 'withdraw' ? 'Rút lại' : 'Lưu'}
      okButtonProps={{ danger: kind === 'withdraw' }}
      cancelText="Hủy"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      width={640}
    >
      <FormProblemAlert problem={problem} />
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          save.mutate(
            kind === 'consent'
              ? { givenBy: v.givenBy, capacity: v.capacity, givenOn: toIso(v.givenOn), purposes: v.purposes }
              : kind === 'ceremony'
                ? {
                    kind: v.kind,
                    heldOn: toIso(v.heldOn),
                    place: v.place,
                    presentedBy: v.presentedBy,
                    note: v.note || null,
                  }
                : { note: v.note || null },
          )
        }
      >
        {kind === 'consent' ? (
          <>
            <Form.Item name="givenBy" label="Người đồng ý" rules={[{ required: true, message: 'Nhập người đồng ý.' }]}>
              <Input maxLength={150} />
            </Form.Item>
            <Form.Item
              name="capacity"
              label="Tư cách người đồng ý"
              rules={[{ required: true, message: 'Nhập tư cách (bản thân, chủ hộ, thủ trưởng đơn vị...).' }]}
            >
              <Input maxLength={150} placeholder="Bản thân, chủ hộ, thủ trưởng đơn vị..." />
            </Form.Item>
            <Form.Item name="givenOn" label="Ngày đồng ý" rules={[{ required: true, message: 'Chọn ngày đồng ý.' }]}>
              <DatePicker format={DATE_FORMATS} placeholder="dd/mm/yyyy" />
            </Form.Item>
            <Form.Item
              name="purposes"
              label="Mục đích đồng ý"
              rules={[{ required: true, message: 'Nhập mục đích đồng ý.' }]}
              initialValue="Đăng câu chuyện, thành tích và ảnh trên trang công khai của đơn vị"
            >
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          </>
        ) : null}
        {kind === 'withdraw' ? (
          <>
            <Typography.Paragraph>
              Trang công khai, ảnh và mục trong danh sách gương điển hình sẽ được gỡ ngay. Bản ghi sự đồng ý vẫn được
              lưu.
            </Typography.Paragraph>
            <Form.Item name="note" label="Ghi chú">
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          </>
        ) : null}
        {kind === 'ceremony' ? (
          <>
            <Form.Item name="kind" label="Buổi lễ" rules={[{ required: true, message: 'Chọn loại buổi lễ.' }]}>
              <Select options={optionsOf(CEREMONY_KIND_LABELS)} />
            </Form.Item>
            <Form.Item name="heldOn" label="Ngày tổ chức" rules={[{ required: true, message: 'Chọn ngày.' }]}>
              <DatePicker format={DATE_FORMATS} placeholder="dd/mm/yyyy" />
            </Form.Item>
            <Form.Item name="place" label="Địa điểm" rules={[{ required: true, message: 'Nhập địa điểm.' }]}>
              <Input maxLength={300} />
            </Form.Item>
            <Form.Item name="presentedBy" label="Người trao" rules={[{ required: true, message: 'Nhập người trao.' }]}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="note" label="Ghi chú">
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </>
        ) : null}
      </Form>
    </Modal>
  );
}
