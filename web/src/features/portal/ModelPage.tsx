// /guong-dien-hinh/:id: one exemplary model — its story and achievements, the consent to publish
// (Nghị định 13/2023/NĐ-CP: who gave it, when, for what; withdrawing takes the public page down at
// once), photos with a preview (location metadata stripped on the server), ceremonies, publish and
// unpublish. The modal forms are in ./ModelModals.tsx, the photos and ceremonies in ./ModelMedia.tsx.
import { EditOutlined, LinkOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { MODEL_KIND_LABELS } from '../../../../src/domain/models/vocab';
import { api, errorMessage } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { fmtDate, fmtDateTime } from '../../ui/format';
import { LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import { modelKeys } from './keys';
import { CeremoniesCard, PhotosCard } from './ModelMedia';
import { EditModelModal, type RecordKind, RecordModal } from './ModelModals';
import type { Model } from './ModelsPage';

export function ModelPage() {
  const { id = '' } = useParams();
  const q = useQuery({ queryKey: modelKeys.detail(id), queryFn: () => api.get<Model>(`/models/${id}`) });
  useDocumentTitle(q.data?.name ?? 'Gương điển hình');
  if (q.isPending) return <PageSkeleton />;
  if (q.isError) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  return <ModelView m={q.data} />;
}

type Dialog = 'edit' | RecordKind | null;

function ModelView({ m }: { m: Model }) {
  const { can } = useAuth();
  const manage = can('portal.manage');
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const saved = async (x: Model, text: string) => {
    qc.setQueryData(modelKeys.detail(m.id), x);
    await qc.invalidateQueries({ queryKey: modelKeys.all });
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
      <PhotosCard m={m} manage={manage} onSaved={saved} />
      <CeremoniesCard m={m} manage={manage} onSaved={saved} onAdd={() => setDialog('ceremony')} />
      <EditModelModal m={m} open={dialog === 'edit'} onClose={() => setDialog(null)} onSaved={saved} />
      <RecordModal kind={dialog === 'edit' ? null : dialog} m={m} onClose={() => setDialog(null)} onSaved={saved} />
    </>
  );
}
