// /hoi-nghi: the year's conferences and ceremonies (sơ kết, tổng kết, the cluster's, award
// ceremonies) filtered by year on the server, and one conference: invitees, attendance, awards
// presented (decisions) and documents.
import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { z } from 'zod';
import type { Dayjs } from 'dayjs';
import { CONFERENCE_KIND_LABELS } from '../../../../src/domain/conferences/index';
import type {
  ConferenceDetail,
  ConferencePage as ConferencePageOut,
} from '../../../../src/features/conferences/schema';
import { api, errorMessage } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { DATE_FORMATS, fmtDate, optionsOf, toIso } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { useUrlListState } from '../../ui/hooks';
import { OrgTreeSelect } from '../../ui/orgs';
import { LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import { conferenceKeys } from './keys';

type Page = z.output<typeof ConferencePageOut>;
type Detail = z.output<typeof ConferenceDetail>;

export function ConferencesPage() {
  useDocumentTitle('Hội nghị sơ kết, tổng kết');
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year') ?? new Date().getFullYear());
  const { page, pageSize, update } = useUrlListState(params, setParams);
  const [open, setOpen] = useState(false);
  const query = { year, page, pageSize };
  const list = useQuery({
    queryKey: conferenceKeys.list(query),
    queryFn: () => api.get<Page>('/conferences', query),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageHeader
        title="Hội nghị sơ kết, tổng kết"
        subtitle="Hội nghị sơ kết, tổng kết, hội nghị Cụm, Khối thi đua và lễ trao tặng khen thưởng"
        actions={
          can('plan.manage') ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setOpen(true)}>
              Thêm hội nghị
            </Button>
          ) : null
        }
      />
      <Space style={{ marginBottom: 12 }}>
        <span>Năm</span>
        <InputNumber aria-label="Năm" min={2000} max={2100} value={year} onChange={(v) => v && update({ year: v })} />
      </Space>
      {list.isError ? (
        <LoadError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <Table
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data?.items}
          scroll={{ x: 800 }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total,
            onChange: (p, s) => update({ page: p, pageSize: s }, true),
          }}
          columns={[
            {
              title: 'Hội nghị',
              dataIndex: 'title',
              render: (v: string, r) => <Link to={`/hoi-nghi/${r.id}`}>{v}</Link>,
            },
            { title: 'Loại', dataIndex: 'kindLabel' },
            { title: 'Đơn vị tổ chức', dataIndex: 'orgName' },
            { title: 'Ngày', dataIndex: 'heldOn', render: fmtDate, width: 110 },
            { title: 'Trạng thái', dataIndex: 'statusLabel', render: (v: string) => <Tag>{v}</Tag> },
            { title: 'Đại biểu (có mặt)', key: 'n', render: (_: unknown, r) => `${r.invitees} (${r.attended})` },
          ]}
        />
      )}
      {open ? <ConferenceModal onClose={() => setOpen(false)} /> : null}
    </>
  );
}

interface ConferenceValues {
  orgId: string;
  kind: string;
  title: string;
  heldOn: Dayjs;
  place?: string;
}

function ConferenceModal({ onClose }: { onClose: () => void }) {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const state = useFormModal<ConferenceValues, Detail>({
    open: true,
    submit: (v) =>
      api.post<Detail>('/conferences', {
        orgId: v.orgId,
        kind: v.kind,
        title: v.title,
        heldOn: toIso(v.heldOn),
        place: v.place || null,
      }),
    onSuccess: async (d) => {
      await qc.invalidateQueries({ queryKey: conferenceKeys.all });
      void navigate(`/hoi-nghi/${d.id}`);
    },
  });
  return (
    <FormModal state={state} open onClose={onClose} title="Thêm hội nghị" okText="Lưu" name="conference">
      <Form.Item name="orgId" label="Đơn vị tổ chức" rules={[{ required: true, message: 'Chọn đơn vị.' }]}>
        <OrgTreeSelect placeholder="Chọn đơn vị" />
      </Form.Item>
      <Form.Item name="kind" label="Loại" rules={[{ required: true, message: 'Chọn loại.' }]}>
        <Select options={optionsOf(CONFERENCE_KIND_LABELS)} />
      </Form.Item>
      <Form.Item name="title" label="Tên hội nghị" rules={[{ required: true, message: 'Nhập tên.' }]}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="heldOn" label="Ngày tổ chức" rules={[{ required: true, message: 'Chọn ngày.' }]}>
        <DatePicker format={DATE_FORMATS} />
      </Form.Item>
      <Form.Item name="place" label="Địa điểm">
        <Input maxLength={300} />
      </Form.Item>
    </FormModal>
  );
}

export function ConferencePage() {
  const { id = '' } = useParams();
  const q = useQuery({ queryKey: conferenceKeys.detail(id), queryFn: () => api.get<Detail>(`/conferences/${id}`) });
  useDocumentTitle(q.data?.title ?? 'Hội nghị');
  if (q.isPending) return <PageSkeleton />;
  if (q.isError) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  return <ConferenceView d={q.data} />;
}

function ConferenceView({ d }: { d: Detail }) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [orgIds, setOrgIds] = useState<string[]>([]);
  const [guest, setGuest] = useState('');
  const [marks, setMarks] = useState<Record<string, boolean>>({});
  const act = useMutation({
    mutationFn: ({ path, body }: { path: string; body: unknown }) =>
      api.post<Detail>(`/conferences/${d.id}${path}`, body),
    onSuccess: (x) => {
      qc.setQueryData(conferenceKeys.detail(d.id), x);
      void qc.invalidateQueries({ queryKey: conferenceKeys.all });
      setMarks({});
      void message.success('Đã lưu.');
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const attendedOf = (v: Detail['inviteeList'][number]) => marks[v.id] ?? v.attended === true;
  return (
    <>
      <PageHeader
        title={d.title}
        subtitle={`${d.kindLabel} — ${d.orgName} — ${fmtDate(d.heldOn)}${d.place ? ` — ${d.place}` : ''}`}
      />
      <Card title="Đại biểu và điểm danh" style={{ marginBottom: 16 }}>
        {d.canManage ? (
          <Space wrap style={{ marginBottom: 12 }}>
            <OrgTreeSelect
              multiple
              aria-label="Mời đơn vị"
              placeholder="Mời đơn vị"
              style={{ minWidth: 320 }}
              value={orgIds}
              onChange={(v) => setOrgIds(v as string[])}
            />
            <Input
              aria-label="Khách mời"
              placeholder="Khách mời (họ tên, chức vụ)"
              style={{ width: 300 }}
              value={guest}
              onChange={(e) => setGuest(e.target.value)}
            />
            <Button
              disabled={!orgIds.length && !guest.trim()}
              onClick={() => {
                act.mutate({ path: '/invitees', body: { orgIds, guests: guest.trim() ? [guest] : [] } });
                setOrgIds([]);
                setGuest('');
              }}
            >
              Mời
            </Button>
          </Space>
        ) : null}
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={d.inviteeList}
          locale={{ emptyText: 'Chưa mời đại biểu.' }}
          columns={[
            { title: 'Đại biểu', dataIndex: 'name' },
            {
              title: 'Có mặt',
              key: 'a',
              width: 110,
              render: (_: unknown, v) => (
                <Switch
                  aria-label={`Có mặt: ${v.name}`}
                  disabled={!d.canManage}
                  checked={attendedOf(v)}
                  onChange={(x) => setMarks({ ...marks, [v.id]: x })}
                />
              ),
            },
          ]}
        />
        {d.canManage && d.inviteeList.length ? (
          <Button
            type="primary"
            style={{ marginTop: 12 }}
            onClick={() =>
              act.mutate({
                path: '/attendance',
                body: { marks: d.inviteeList.map((v) => ({ inviteeId: v.id, attended: attendedOf(v) })) },
              })
            }
          >
            Lưu điểm danh
          </Button>
        ) : null}
      </Card>
      <Card title="Khen thưởng được trao tại hội nghị" style={{ marginBottom: 16 }}>
        <Table
          rowKey="decisionId"
          size="small"
          pagination={false}
          dataSource={d.awards}
          locale={{ emptyText: 'Chưa ghi quyết định nào.' }}
          columns={[
            {
              title: 'Quyết định',
              dataIndex: 'numberText',
              render: (v: string | null, r) => <Link to={`/quyet-dinh/${r.decisionId}`}>{v ?? 'Chưa có số'}</Link>,
            },
            { title: 'Ngày', dataIndex: 'decisionDate', render: fmtDate },
            { title: 'Trích yếu', dataIndex: 'subject' },
            { title: 'Số người, tập thể', dataIndex: 'recipients' },
          ]}
        />
      </Card>
      <Card title="Tài liệu hội nghị">
        {d.documents.length ? d.documents.map((f) => <div key={f.id}>{f.fileName}</div>) : 'Chưa có tài liệu.'}
      </Card>
    </>
  );
}
