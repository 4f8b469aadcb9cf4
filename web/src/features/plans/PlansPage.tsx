// The plans the user may see (one per organisation and year), with progress and overdue counts,
// and the two ways to start one: blank, or from an existing plan file.
import { CloudUploadOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Form,
  InputNumber,
  Modal,
  Progress,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { applyApiError, FormProblemAlert, useFormProblem } from '../../ui/forms';
import { OrgTreeSelect } from '../../ui/orgs';
import { ButtonLink, LoadError, PageHeader, useDocumentTitle } from '../../ui/page';
import { PLAN_STATUS_LABELS } from './labels';
import type { Plan, PlanListItem } from './types';
import { MyUnitRequests } from './UnitPlans';
import './plans.css';
import { planKeys } from './keys';

export function PlansPage() {
  useDocumentTitle('Kế hoạch thi đua, khen thưởng');
  const { can } = useAuth();
  const manage = can('plan.manage');
  const [creating, setCreating] = useState(false);
  const q = useQuery({
    queryKey: planKeys.list(),
    queryFn: () => api.get<{ items: PlanListItem[] }>('/plans', { pageSize: 200 }),
  });

  const columns: TableColumnsType<PlanListItem> = [
    { title: 'Năm', dataIndex: 'year', width: 80 },
    {
      title: 'Kế hoạch',
      key: 'title',
      render: (_, p) => (
        <>
          <Link to={`/ke-hoach/${p.id}`} style={{ fontWeight: 600 }}>
            {p.title}
          </Link>
          <div className="muted">{p.orgName}</div>
        </>
      ),
    },
    {
      title: 'Trạng thái',
      dataIndex: 'status',
      width: 130,
      render: (s: Plan['status']) => <Tag color={s === 'issued' ? 'green' : 'default'}>{PLAN_STATUS_LABELS[s]}</Tag>,
    },
    {
      title: 'Tiến độ',
      key: 'progress',
      width: 220,
      render: (_, p) => (
        <div>
          <Progress
            percent={p.taskCount ? Math.round((p.doneCount / p.taskCount) * 100) : 0}
            size="small"
            aria-label={`Đã hoàn thành ${p.doneCount} trên ${p.taskCount} nhiệm vụ`}
          />
          <span className="muted">
            {p.doneCount}/{p.taskCount} nhiệm vụ hoàn thành
          </span>
        </div>
      ),
    },
    {
      title: 'Quá hạn',
      dataIndex: 'overdueCount',
      width: 100,
      render: (n: number) => (n ? <Tag color="error">{n} quá hạn</Tag> : <span className="muted">0</span>),
    },
  ];

  return (
    <>
      <PageHeader
        title="Kế hoạch thi đua, khen thưởng"
        subtitle="Kế hoạch công tác thi đua, khen thưởng hằng năm: nhiệm vụ theo quý, đơn vị chủ trì, phối hợp, thời hạn và tiến độ."
        actions={
          manage && (
            <>
              <ButtonLink to="/ke-hoach/nhap" icon={<CloudUploadOutlined aria-hidden />} type="primary">
                Nhập từ tệp kế hoạch
              </ButtonLink>
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                Lập kế hoạch trống
              </Button>
            </>
          )
        }
      />
      <MyUnitRequests />
      {q.error ? (
        <LoadError error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <Card>
          <Table
            rowKey="id"
            columns={columns}
            dataSource={q.data?.items ?? []}
            loading={q.isPending}
            pagination={false}
            scroll={{ x: 720 }}
            locale={{
              emptyText: manage
                ? 'Chưa có kế hoạch nào. Hãy nhập từ tệp kế hoạch đã có hoặc lập kế hoạch trống.'
                : 'Chưa có kế hoạch nào.',
            }}
          />
        </Card>
      )}
      <NewPlanModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}

function NewPlanModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ orgId: string; year: number }>();
  const { problem, setProblem, clear } = useFormProblem();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const create = useMutation({
    mutationFn: (v: { orgId: string; year: number }) => api.post<Plan>('/plans', { ...v, tasks: [] }),
    onSuccess: async (p) => {
      await qc.invalidateQueries({ queryKey: planKeys.all });
      void message.success('Đã lập kế hoạch.');
      onClose();
      void navigate(`/ke-hoach/${p.id}`);
    },
    onError: (e) => setProblem(applyApiError(form, e)),
  });
  return (
    <Modal
      open={open}
      title="Lập kế hoạch trống"
      okText="Lập kế hoạch"
      cancelText="Hủy"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <FormProblemAlert problem={problem} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ year: new Date().getFullYear() + (new Date().getMonth() >= 9 ? 1 : 0) }}
        onFinish={(v) => {
          clear();
          create.mutate(v);
        }}
        onValuesChange={clear}
      >
        <Form.Item
          name="orgId"
          label="Cơ quan, đơn vị lập kế hoạch"
          rules={[{ required: true, message: 'Chọn đơn vị.' }]}
        >
          <OrgTreeSelect placeholder="Chọn đơn vị" hideClosed />
        </Form.Item>
        <Form.Item name="year" label="Năm kế hoạch" rules={[{ required: true, message: 'Nhập năm.' }]}>
          <InputNumber min={2000} max={2100} style={{ width: 160 }} />
        </Form.Item>
        <Typography.Text type="secondary">
          Kế hoạch được tạo với các phần mẫu (Mục đích, yêu cầu; Nhiệm vụ trọng tâm; Tổ chức thực hiện; Kinh phí) để
          chỉnh sửa.
        </Typography.Text>
      </Form>
    </Modal>
  );
}
