// /tap-huan/:id: one training course — participants from the registry, attendance (attendees get
// a certificate number), materials, the attendance list as Excel or Word, and certificates.
import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Select, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { z } from 'zod';
import type { TrainingDetail } from '../../../../src/features/trainings/schema';
import { api, downloadUrl, errorMessage } from '../../ui/api';
import { fmtDate } from '../../ui/format';
import { useDebounced } from '../../ui/hooks';
import { LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import { UploadButton } from '../../ui/upload-button';
import { peopleKeys } from '../people/keys';
import { trainingKeys } from './keys';

type Detail = z.output<typeof TrainingDetail>;

export function TrainingPage() {
  const { id = '' } = useParams();
  const q = useQuery({ queryKey: trainingKeys.detail(id), queryFn: () => api.get<Detail>(`/trainings/${id}`) });
  useDocumentTitle(q.data?.title ?? 'Lớp tập huấn');
  if (q.isPending) return <PageSkeleton />;
  if (q.isError) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  return <TrainingView d={q.data} />;
}

function TrainingView({ d }: { d: Detail }) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [marks, setMarks] = useState<Record<string, boolean>>({});
  const [search, setSearch] = useState('');
  const q = useDebounced(search, 300);
  const [picked, setPicked] = useState<string[]>([]);
  const people = useQuery({
    queryKey: peopleKeys.pick(d.orgId, q),
    queryFn: () =>
      api.get<{ items: { id: string; fullName: string }[] }>('/people', { orgId: d.orgId, q, pageSize: 20 }),
    enabled: d.canManage,
  });
  const act = useMutation({
    mutationFn: ({ path, body }: { path: string; body: unknown }) =>
      api.post<Detail>(`/trainings/${d.id}${path}`, body),
    onSuccess: (x) => {
      qc.setQueryData(trainingKeys.detail(d.id), x);
      void qc.invalidateQueries({ queryKey: trainingKeys.all });
      setMarks({});
      void message.success('Đã lưu.');
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const attendedOf = (p: Detail['people'][number]) => marks[p.personId] ?? p.attended === true;
  return (
    <>
      <PageHeader
        title={d.title}
        subtitle={`${d.orgName} — ${d.fromDate === d.toDate ? fmtDate(d.fromDate) : `${fmtDate(d.fromDate)} – ${fmtDate(d.toDate)}`}`}
        actions={
          <>
            <Button
              icon={<DownloadOutlined aria-hidden />}
              disabled={!d.people.length}
              href={downloadUrl(`/trainings/${d.id}/attendance-list`, { format: 'xlsx' })}
              download
            >
              Danh sách (Excel)
            </Button>
            <Button
              icon={<DownloadOutlined aria-hidden />}
              disabled={!d.people.length}
              href={downloadUrl(`/trainings/${d.id}/attendance-list`, { format: 'docx' })}
              download
            >
              Danh sách (Word)
            </Button>
          </>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label="Trạng thái">
            <Tag>{d.statusLabel}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label="Địa điểm">{d.place ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="Nội dung" span={2}>
            {d.content}
          </Descriptions.Item>
          <Descriptions.Item label="Báo cáo viên" span={2}>
            {d.trainers.join('; ') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label="Đơn vị được mời" span={2}>
            {d.invitedUnits.map((u) => u.name).join('; ') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label="Học viên">
            {d.participants} (có mặt {d.attended}, vắng {d.absent}, chưa điểm danh {d.unmarked})
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="Học viên và điểm danh" style={{ marginBottom: 16 }}>
        {d.canManage ? (
          <Space wrap style={{ marginBottom: 12 }}>
            <Select
              mode="multiple"
              aria-label="Thêm học viên"
              placeholder="Tìm cán bộ, công chức để thêm"
              style={{ minWidth: 360 }}
              showSearch={{ filterOption: false, onSearch: setSearch }}
              value={picked}
              onChange={setPicked}
              options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.fullName }))}
            />
            <Button
              disabled={!picked.length}
              onClick={() => {
                act.mutate({ path: '/participants', body: { personIds: picked } });
                setPicked([]);
              }}
            >
              Thêm học viên
            </Button>
          </Space>
        ) : null}
        <Table
          rowKey="personId"
          size="small"
          pagination={false}
          dataSource={d.people}
          locale={{ emptyText: 'Chưa có học viên.' }}
          columns={[
            { title: 'Họ và tên', dataIndex: 'fullName' },
            { title: 'Đơn vị', dataIndex: 'unitName' },
            {
              title: 'Có mặt',
              key: 'attended',
              width: 110,
              render: (_: unknown, p) => (
                <Switch
                  aria-label={`Có mặt: ${p.fullName}`}
                  disabled={!d.canManage}
                  checked={attendedOf(p)}
                  onChange={(v) => setMarks({ ...marks, [p.personId]: v })}
                />
              ),
            },
            {
              title: 'Giấy chứng nhận',
              key: 'cert',
              render: (_: unknown, p) =>
                p.certificateNo ? (
                  <a href={downloadUrl(`/trainings/${d.id}/certificates/${p.personId}`, { format: 'docx' })} download>
                    Số {p.certificateNo}
                  </a>
                ) : (
                  '—'
                ),
            },
          ]}
        />
        {d.canManage && d.people.length ? (
          <Button
            type="primary"
            style={{ marginTop: 12 }}
            loading={act.isPending}
            onClick={() =>
              act.mutate({
                path: '/attendance',
                body: { marks: d.people.map((p) => ({ personId: p.personId, attended: attendedOf(p) })) },
              })
            }
          >
            Lưu điểm danh
          </Button>
        ) : null}
      </Card>
      <Card title="Tài liệu">
        <Space direction="vertical">
          {d.materials.length
            ? d.materials.map((m) => (
                <a key={m.id} href={downloadUrl(`/trainings/${d.id}/files/${m.id}`)} download>
                  {m.fileName}
                </a>
              ))
            : 'Chưa có tài liệu.'}
          {d.canManage ? (
            <UploadButton
              path={`/trainings/${d.id}/files`}
              onUploaded={() => qc.invalidateQueries({ queryKey: trainingKeys.detail(d.id) })}
            >
              Tải lên tài liệu (PDF, Word, ảnh)
            </UploadButton>
          ) : null}
        </Space>
      </Card>
    </>
  );
}
