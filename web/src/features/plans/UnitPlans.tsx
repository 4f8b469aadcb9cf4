// Units' own plans under a plan: on the plan that asks, the units asked (sent with the date, late in
// red "Chậm", not yet due) and their tasks grouped by unit, paged; on a unit's plan, the request it
// answers with the signed copy and "Gửi kế hoạch"; on the plans list, the requests a unit's clerk
// has to answer.
import { FileDoneOutlined, SendOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { z } from 'zod';
import type { MyUnitRequestsOut, UnitPlansOut, UnitTasksOut } from '../../../../src/features/plans/units-schema';
import { api, downloadUrl, errorMessage } from '../../ui/api';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { DATE_FORMATS, fmtDate, fromIso, toIso } from '../../ui/format';
import { OrgTreeSelect } from '../../ui/orgs';
import { OverdueTag, QUARTER_LABELS, TaskStatusTag } from './labels';
import { planKeys } from './keys';

type UnitPlans = z.output<typeof UnitPlansOut>;
type AskedUnit = NonNullable<UnitPlans['request']>['units'][number];
type UnitTask = z.output<typeof UnitTasksOut>['items'][number];
type MyRequest = z.output<typeof MyUnitRequestsOut>['items'][number];
type UnitState = AskedUnit['state'];

export function useUnitPlans(planId: string) {
  return useQuery({ queryKey: planKeys.units(planId), queryFn: () => api.get<UnitPlans>(`/plans/${planId}/units`) });
}

export function UnitStateTag({ state, sentOn, late }: { state: UnitState; sentOn?: string | null; late?: boolean }) {
  if (state === 'sent')
    return (
      <Tag color="success">
        Đã gửi{sentOn ? ` ${fmtDate(sentOn)}` : ''}
        {late ? ' (sau hạn)' : ''}
      </Tag>
    );
  if (state === 'late') return <Tag color="error">Chậm</Tag>;
  return <Tag>Chưa đến hạn</Tag>;
}

// ─── The plan that asks ───

function RequestModal({
  planId,
  open,
  onClose,
  current,
}: {
  planId: string;
  open: boolean;
  onClose: () => void;
  current: UnitPlans['request'];
}) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const state = useFormModal<{ dueOn: ReturnType<typeof fromIso>; orgIds?: string[] }, UnitPlans & { linked: number }>({
    open,
    submit: (v) =>
      api.put(`/plans/${planId}/units`, {
        dueOn: toIso(v.dueOn),
        orgIds: v.orgIds?.length ? v.orgIds : undefined,
      }),
    initialValues: () =>
      current ? { dueOn: fromIso(current.dueOn), orgIds: current.units.map((u) => u.orgId) } : undefined,
    onSuccess: async (r) => {
      await qc.invalidateQueries({ queryKey: planKeys.all });
      void message.success(
        `Đã yêu cầu ${r.request?.units.length ?? 0} đơn vị gửi kế hoạch trước ngày ${fmtDate(r.request?.dueOn)}.`,
      );
      onClose();
    },
  });
  return (
    <FormModal
      state={state}
      open={open}
      onClose={onClose}
      name="unit-request"
      title="Yêu cầu đơn vị cấp dưới gửi kế hoạch"
      okText="Lưu yêu cầu"
      width={620}
      intro={
        <Typography.Paragraph type="secondary">
          Các đơn vị được yêu cầu lập kế hoạch của mình (hoặc tải lên bản đã ký) và gửi trước hạn. Để trống danh sách
          đơn vị để yêu cầu tất cả đơn vị trực thuộc trực tiếp.
        </Typography.Paragraph>
      }
    >
      <Form.Item name="dueOn" label="Hạn gửi kế hoạch" rules={[{ required: true, message: 'Chọn hạn gửi kế hoạch.' }]}>
        <DatePicker format={DATE_FORMATS} placeholder="dd/mm/yyyy" style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="orgIds" label="Đơn vị được yêu cầu">
        <OrgTreeSelect multiple hideClosed placeholder="Tất cả đơn vị trực thuộc trực tiếp" />
      </Form.Item>
    </FormModal>
  );
}

/** The tab of the plan that asks: the request, each unit's state, the units' tasks. */
export function UnitPlansTab({ planId }: { planId: string }) {
  const q = useUnitPlans(planId);
  const [editing, setEditing] = useState(false);
  if (q.error) return <Alert type="error" showIcon title={errorMessage(q.error)} />;
  if (!q.data) return <Card loading />;
  const { request, canRequest } = q.data;
  const columns: TableColumnsType<AskedUnit> = [
    { title: 'Đơn vị', dataIndex: 'orgName' },
    {
      title: 'Kế hoạch của đơn vị',
      key: 'plan',
      width: 220,
      render: (_, u) =>
        u.planId ? (
          <Link to={`/ke-hoach/${u.planId}`}>
            {u.planStatus === 'issued' ? 'Đã ban hành' : 'Dự thảo'} · {u.taskCount} nhiệm vụ
          </Link>
        ) : (
          <span className="muted">Chưa lập</span>
        ),
    },
    {
      title: 'Tình trạng',
      key: 'state',
      width: 200,
      render: (_, u) => <UnitStateTag state={u.state} sentOn={u.sentOn} late={u.sentLate} />,
    },
  ];
  return (
    <>
      <Card
        size="small"
        style={{ marginBottom: 16 }}
        title={<h2 className="plan-group-title">Kế hoạch của đơn vị cấp dưới</h2>}
        extra={
          canRequest && (
            <Button onClick={() => setEditing(true)}>{request ? 'Sửa yêu cầu' : 'Yêu cầu đơn vị gửi kế hoạch'}</Button>
          )
        }
      >
        {request ? (
          <>
            <Typography.Paragraph>
              Hạn gửi kế hoạch: <strong>{fmtDate(request.dueOn)}</strong> —{' '}
              <Tag color="success">{request.counts.sent} đã gửi</Tag>
              <Tag color={request.counts.late ? 'error' : 'default'}>{request.counts.late} chậm</Tag>
              <Tag>{request.counts.pending} chưa đến hạn</Tag>
            </Typography.Paragraph>
            <Table<AskedUnit>
              rowKey="orgId"
              size="small"
              columns={columns}
              dataSource={request.units}
              pagination={request.units.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
              rowClassName={(u) => (u.state === 'late' ? 'plan-row-overdue' : '')}
            />
          </>
        ) : (
          <Typography.Text type="secondary">
            Kế hoạch chưa yêu cầu đơn vị cấp dưới gửi kế hoạch của mình.
          </Typography.Text>
        )}
      </Card>
      {request && <UnitTasks planId={planId} units={request.units} />}
      <RequestModal planId={planId} open={editing} onClose={() => setEditing(false)} current={request} />
    </>
  );
}

function UnitTasks({ planId, units }: { planId: string; units: AskedUnit[] }) {
  const [page, setPage] = useState(1);
  const [orgId, setOrgId] = useState<string | undefined>();
  const pageSize = 50;
  const q = useQuery({
    queryKey: planKeys.unitTasks(planId, orgId ?? '', page),
    queryFn: () => api.get<z.output<typeof UnitTasksOut>>(`/plans/${planId}/unit-tasks`, { orgId, page, pageSize }),
  });
  const items = q.data?.items ?? [];
  // Grouped by unit: the unit's name spans its rows on the page.
  const span = (i: number) => {
    if (i > 0 && items[i - 1]?.orgId === items[i]?.orgId) return 0;
    let n = 1;
    while (items[i + n]?.orgId === items[i]?.orgId) n++;
    return n;
  };
  const columns: TableColumnsType<UnitTask> = [
    { title: 'Đơn vị', dataIndex: 'orgName', width: 200, onCell: (_, i) => ({ rowSpan: span(i ?? 0) }) },
    {
      title: 'Nhiệm vụ',
      dataIndex: 'title',
      render: (title: string, t) => (
        <>
          {title} {t.overdue && <OverdueTag />}
        </>
      ),
    },
    {
      title: 'Thời hạn',
      key: 'due',
      width: 120,
      render: (_, t) => (t.due ? fmtDate(t.due) : t.quarter === 'regular' ? 'Thường xuyên' : QUARTER_LABELS[t.quarter]),
    },
    { title: 'Trạng thái', key: 'status', width: 140, render: (_, t) => <TaskStatusTag status={t.status} /> },
  ];
  return (
    <Card
      size="small"
      title={<h2 className="plan-group-title">Nhiệm vụ của đơn vị cấp dưới ({q.data?.total ?? 0})</h2>}
      extra={
        <Select
          allowClear
          placeholder="Tất cả đơn vị"
          aria-label="Lọc theo đơn vị"
          style={{ width: 260 }}
          value={orgId}
          onChange={(v) => {
            setOrgId(v);
            setPage(1);
          }}
          options={units.filter((u) => u.planId).map((u) => ({ value: u.orgId, label: u.orgName }))}
        />
      }
    >
      <Table<UnitTask>
        rowKey="id"
        size="small"
        bordered
        loading={q.isFetching}
        columns={columns}
        dataSource={items}
        locale={{ emptyText: 'Chưa có đơn vị nào lập kế hoạch có nhiệm vụ.' }}
        pagination={{
          current: page,
          pageSize,
          total: q.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
          hideOnSinglePage: true,
        }}
        scroll={{ x: 800 }}
      />
    </Card>
  );
}

// ─── A unit's plan ───

/** On a unit's own plan: what it answers, its signed copy and "Gửi kế hoạch". */
export function UnitPlanBanner({ planId, canManage }: { planId: string; canManage: boolean }) {
  const q = useUnitPlans(planId);
  const qc = useQueryClient();
  const { message } = App.useApp();
  const send = useMutation({
    mutationFn: () => api.post<UnitPlans>(`/plans/${planId}/send`, {}),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: planKeys.all });
      void message.success('Đã gửi kế hoạch lên cấp trên.');
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const upload = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api.upload(`/plans/${planId}/signed-files`, form);
    },
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: planKeys.units(planId) });
      void message.success('Đã tải lên bản kế hoạch đã ký.');
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const parent = q.data?.parent;
  if (!parent) return null;
  const files = q.data?.signedFiles ?? [];
  return (
    <Alert
      style={{ marginBottom: 16 }}
      type={parent.state === 'late' ? 'error' : parent.state === 'sent' ? 'success' : 'info'}
      showIcon
      title={
        <>
          Kế hoạch này gửi <strong>{parent.orgName}</strong> theo yêu cầu, hạn gửi {fmtDate(parent.dueOn)}.{' '}
          <UnitStateTag
            state={parent.state}
            sentOn={parent.sentOn}
            late={!!parent.sentOn && parent.sentOn > parent.dueOn}
          />
        </>
      }
      description={
        <Space wrap>
          {files.map((f) => (
            <a key={f.id} href={downloadUrl(`/plans/${planId}/signed-files/${f.id}`)} download>
              <FileDoneOutlined aria-hidden /> {f.fileName}
            </a>
          ))}
          {canManage && !parent.sentAt && (
            <Upload
              accept=".pdf,.docx,.jpg,.jpeg,.png"
              showUploadList={false}
              beforeUpload={(file) => {
                upload.mutate(file);
                return false;
              }}
            >
              <Button icon={<UploadOutlined aria-hidden />} loading={upload.isPending}>
                Tải lên bản đã ký
              </Button>
            </Upload>
          )}
          {q.data?.canSend && (
            <Popconfirm
              title="Gửi kế hoạch lên cấp trên?"
              description="Kế hoạch được ban hành và gửi; không gửi lại được."
              okText="Gửi"
              cancelText="Hủy"
              onConfirm={() => send.mutate()}
            >
              <Button type="primary" icon={<SendOutlined aria-hidden />} loading={send.isPending}>
                Gửi kế hoạch
              </Button>
            </Popconfirm>
          )}
        </Space>
      }
    />
  );
}

// ─── The plans list: requests to answer ───

export function MyUnitRequests() {
  const q = useQuery({
    queryKey: planKeys.unitRequests(),
    queryFn: () => api.get<z.output<typeof MyUnitRequestsOut>>('/plans/unit-requests'),
  });
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const create = useMutation({
    mutationFn: (r: MyRequest) => api.post<{ id: string }>('/plans', { orgId: r.orgId, year: r.year, tasks: [] }),
    onSuccess: async (p) => {
      await qc.invalidateQueries({ queryKey: planKeys.all });
      void navigate(`/ke-hoach/${p.id}`);
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const items = q.data?.items ?? [];
  if (!items.length) return null;
  const columns: TableColumnsType<MyRequest> = [
    {
      title: 'Yêu cầu',
      key: 'what',
      render: (_, r) => (
        <>
          <strong>{r.askingOrgName}</strong> yêu cầu <strong>{r.orgName}</strong> gửi kế hoạch năm {r.year}
        </>
      ),
    },
    { title: 'Hạn gửi', dataIndex: 'dueOn', width: 110, render: (d: string) => fmtDate(d) },
    { title: 'Tình trạng', key: 'state', width: 170, render: (_, r) => <UnitStateTag state={r.state} /> },
    {
      title: 'Thao tác',
      key: 'act',
      width: 260,
      render: (_, r) =>
        r.planId ? (
          <Link to={`/ke-hoach/${r.planId}`}>Mở kế hoạch của đơn vị</Link>
        ) : (
          <Space size={4} wrap>
            <Button
              size="small"
              type="primary"
              loading={create.isPending && create.variables?.orgId === r.orgId}
              onClick={() => create.mutate(r)}
            >
              Lập kế hoạch
            </Button>
            <Button size="small" onClick={() => void navigate(`/ke-hoach/nhap?donvi=${r.orgId}&nam=${r.year}`)}>
              Nhập từ tệp
            </Button>
          </Space>
        ),
    },
  ];
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={<h2 className="plan-group-title">Cấp trên yêu cầu gửi kế hoạch</h2>}
    >
      <Table<MyRequest>
        rowKey={(r) => `${r.askingPlanId}:${r.orgId}`}
        size="small"
        columns={columns}
        dataSource={items}
        pagination={false}
        rowClassName={(r) => (r.state === 'late' ? 'plan-row-overdue' : '')}
      />
    </Card>
  );
}
