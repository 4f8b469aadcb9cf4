// One plan: its tasks grouped by quarter (status, owner, deadline, overdue highlighted, progress
// notes), the year's calendar, the document's parts, and the DOCX/PDF downloads.
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  CopyOutlined,
  EditOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  LinkOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  Flex,
  Popconfirm,
  Row,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { api, downloadUrl, errorMessage } from '../../ui/api';
import { fmtDate } from '../../ui/format';
import { LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import { groupTitle, OverdueTag, PLAN_STATUS_LABELS, QUARTER_LABELS, QUARTERS, TaskStatusTag } from './labels';
import { PlanCalendar } from './PlanCalendar';
import { PlanEditor } from './PlanEditor';
import { TaskLinkModal, TaskLinkTags } from './TaskLinks';
import { TaskFormModal, TaskStatusModal } from './TaskModals';
import type { PlanDetail, PlanTask } from './types';
import { UnitPlanBanner, UnitPlansTab } from './UnitPlans';
import './plans.css';
import { planKeys } from './keys';

export function PlanPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'tasks';
  const q = useQuery({ queryKey: planKeys.detail(id), queryFn: () => api.get<PlanDetail>(`/plans/${id}`) });
  const [statusOf, setStatusOf] = useState<PlanTask | null>(null);
  const [editing, setEditing] = useState<PlanTask | null | 'new'>(null);
  const [linking, setLinking] = useState<string | null>(null);
  const qc = useQueryClient();
  const { message } = App.useApp();
  useDocumentTitle(q.data ? `Kế hoạch năm ${q.data.plan.year}` : 'Kế hoạch');

  const issue = useMutation({
    mutationFn: (status: 'issued' | 'draft') => api.patch(`/plans/${id}`, { status }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: planKeys.all });
      void message.success('Đã cập nhật trạng thái kế hoạch.');
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const navigate = useNavigate();
  const copy = useMutation({
    mutationFn: () => api.post<{ id: string; year: number }>(`/plans/${id}/copy-next-year`, {}),
    onSuccess: async (next) => {
      await qc.invalidateQueries({ queryKey: planKeys.all });
      void message.success(`Đã tạo dự thảo kế hoạch năm ${next.year}; hãy rà soát và sửa trước khi ban hành.`);
      void navigate(`/ke-hoach/${next.id}`);
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const reorder = useMutation({
    mutationFn: (taskIds: string[]) => api.post(`/plans/${id}/tasks/reorder`, { taskIds }),
    onSuccess: () => qc.invalidateQueries({ queryKey: planKeys.detail(id) }),
    onError: (e) => message.error(errorMessage(e)),
  });

  if (q.error) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return <PageSkeleton />;
  const { plan, tasks, notes, canManage, overdueCount } = q.data;
  const done = tasks.filter((t) => t.status === 'done').length;

  const move = (t: PlanTask, dir: -1 | 1) => {
    const group = tasks.filter((x) => x.quarter === t.quarter);
    const i = group.findIndex((x) => x.id === t.id);
    const other = group[i + dir];
    if (!other) return;
    const order = tasks.map((x) => x.id);
    const a = order.indexOf(t.id);
    const b = order.indexOf(other.id);
    [order[a], order[b]] = [order[b], order[a]];
    reorder.mutate(order);
  };

  const columns = (group: PlanTask[]): TableColumnsType<PlanTask> => [
    { title: 'TT', key: 'no', width: 52, align: 'center', render: (_, t) => group.indexOf(t) + 1 },
    {
      title: 'Nhiệm vụ',
      dataIndex: 'title',
      render: (title: string, t) => (
        <>
          <span className="plan-task-title">{title}</span> {t.overdue && <OverdueTag />}
          {t.partners.length > 0 && <div className="muted plan-partners">Phối hợp: {t.partners.join('; ')}</div>}
          <TaskLinkTags links={t.links} />
        </>
      ),
    },
    {
      title: 'Đơn vị chủ trì',
      dataIndex: 'lead',
      width: 170,
      render: (lead: string, t) =>
        t.leadOrgName ? (
          <Tooltip title={`Đơn vị trong hệ thống: ${t.leadOrgName}`}>
            <span>{lead}</span>
          </Tooltip>
        ) : (
          lead || <span className="muted">—</span>
        ),
    },
    {
      title: 'Thời hạn',
      key: 'due',
      width: 110,
      render: (_, t) => (
        <span className={t.overdue ? 'plan-overdue-text' : undefined}>
          {t.due ? fmtDate(t.due) : t.quarter === 'regular' ? 'Thường xuyên' : `${QUARTER_LABELS[t.quarter]}`}
          {!t.due && t.deadline && <div className="muted">hạn {fmtDate(t.deadline)}</div>}
        </span>
      ),
    },
    {
      title: 'Phụ trách',
      dataIndex: 'ownerName',
      width: 130,
      render: (n: string | null) => n ?? <span className="muted">Chưa giao</span>,
    },
    {
      title: 'Trạng thái',
      dataIndex: 'status',
      width: 150,
      render: (_, t) => (
        <Button
          size="small"
          type="text"
          className="plan-status-button"
          onClick={() => setStatusOf(t)}
          aria-label={`Cập nhật tiến độ: ${t.title}`}
        >
          <TaskStatusTag status={t.status} />
          <EditOutlined aria-hidden />
        </Button>
      ),
    },
    ...(canManage
      ? [
          {
            title: 'Thao tác',
            key: 'actions',
            width: 140,
            render: (_: unknown, t: PlanTask) => (
              <Space size={2}>
                <Button
                  size="small"
                  icon={<EditOutlined aria-hidden />}
                  onClick={() => setEditing(t)}
                  aria-label={`Sửa nhiệm vụ: ${t.title}`}
                />
                <Tooltip title="Liên kết với công việc thực hiện (đợt xét, phong trào, kiểm tra, tập huấn, hội nghị, báo cáo, tin bài)">
                  <Button
                    size="small"
                    icon={<LinkOutlined aria-hidden />}
                    onClick={() => setLinking(t.id)}
                    aria-label={`Liên kết nhiệm vụ: ${t.title}`}
                  />
                </Tooltip>
                <Button
                  size="small"
                  icon={<ArrowUpOutlined aria-hidden />}
                  disabled={group.indexOf(t) === 0}
                  onClick={() => move(t, -1)}
                  aria-label="Đưa lên"
                />
                <Button
                  size="small"
                  icon={<ArrowDownOutlined aria-hidden />}
                  disabled={group.indexOf(t) === group.length - 1}
                  onClick={() => move(t, 1)}
                  aria-label="Đưa xuống"
                />
              </Space>
            ),
          },
        ]
      : []),
  ];

  const taskTab = (
    <>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={8}>
          <Card size="small">
            <Statistic title="Nhiệm vụ" value={tasks.length} />
          </Card>
        </Col>
        <Col xs={8}>
          <Card size="small">
            <Statistic title="Đã hoàn thành" value={done} suffix={`/ ${tasks.length}`} />
          </Card>
        </Col>
        <Col xs={8}>
          <Card size="small">
            <Statistic
              title="Quá hạn"
              value={overdueCount}
              styles={{ content: { color: overdueCount ? '#cf1322' : undefined } }}
            />
          </Card>
        </Col>
      </Row>
      {canManage && (
        <Button icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')} style={{ marginBottom: 16 }}>
          Thêm nhiệm vụ
        </Button>
      )}
      {tasks.length === 0 && <Card>Kế hoạch chưa có nhiệm vụ nào.</Card>}
      {QUARTERS.map((quarter) => {
        const group = tasks.filter((t) => t.quarter === quarter);
        if (!group.length) return null;
        return (
          <Card
            key={quarter}
            size="small"
            className="plan-group"
            title={
              <h2 className="plan-group-title">
                {groupTitle(quarter, plan.year)} ({group.length})
              </h2>
            }
            style={{ marginBottom: 16 }}
          >
            <Table<PlanTask>
              rowKey="id"
              size="small"
              columns={columns(group)}
              dataSource={group}
              pagination={false}
              scroll={{ x: 900 }}
              rowClassName={(t) => (t.overdue ? 'plan-row-overdue' : t.status === 'done' ? 'plan-row-done' : '')}
            />
          </Card>
        );
      })}
    </>
  );

  return (
    <>
      <PageHeader
        title={`Kế hoạch năm ${plan.year}`}
        subtitle={
          <>
            {plan.title} — {plan.orgName}{' '}
            <Tag color={plan.status === 'issued' ? 'green' : 'default'}>{PLAN_STATUS_LABELS[plan.status]}</Tag>
            {plan.number && (
              <span>
                Số {plan.number}/{plan.symbol}
              </span>
            )}
          </>
        }
        actions={
          <>
            <Button icon={<FileWordOutlined aria-hidden />} href={downloadUrl(`/plans/${plan.id}/docx`)} download>
              Tải DOCX
            </Button>
            <Button icon={<FilePdfOutlined aria-hidden />} href={downloadUrl(`/plans/${plan.id}/pdf`)} download>
              Tải PDF
            </Button>
            {canManage && (
              <Popconfirm
                title={`Sao chép sang năm ${plan.year + 1}?`}
                description="Giữ các phần và nhiệm vụ, lùi hạn một năm; không chép liên kết và trạng thái."
                okText="Sao chép"
                cancelText="Hủy"
                onConfirm={() => copy.mutate()}
              >
                <Button icon={<CopyOutlined aria-hidden />} loading={copy.isPending}>
                  Sao chép sang năm {plan.year + 1}
                </Button>
              </Popconfirm>
            )}
            {canManage &&
              (plan.status === 'draft' ? (
                <Popconfirm
                  title="Ban hành kế hoạch?"
                  description="Kế hoạch vẫn có thể cập nhật tiến độ sau khi ban hành."
                  okText="Ban hành"
                  cancelText="Hủy"
                  onConfirm={() => issue.mutate('issued')}
                >
                  <Button type="primary" loading={issue.isPending}>
                    Ban hành
                  </Button>
                </Popconfirm>
              ) : (
                <Button onClick={() => issue.mutate('draft')} loading={issue.isPending}>
                  Chuyển về dự thảo
                </Button>
              ))}
          </>
        }
      />
      <UnitPlanBanner planId={plan.id} canManage={canManage} />
      {overdueCount > 0 && (
        <Typography.Paragraph>
          <Tag color="error">{overdueCount} nhiệm vụ quá hạn</Tag>
          <span className="muted">Nhiệm vụ theo quý chưa có ngày cụ thể được tính hạn vào ngày cuối quý.</span>
        </Typography.Paragraph>
      )}
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'tasks' ? {} : { tab: k }, { replace: true })}
        items={[
          { key: 'tasks', label: 'Nhiệm vụ', children: taskTab },
          {
            key: 'calendar',
            label: 'Lịch năm',
            children: <PlanCalendar year={plan.year} tasks={tasks} onOpen={setStatusOf} />,
          },
          { key: 'units', label: 'Đơn vị cấp dưới', children: <UnitPlansTab planId={plan.id} /> },
          {
            key: 'content',
            label: 'Nội dung kế hoạch',
            children: <PlanEditor key={plan.updatedAt} plan={plan} canManage={canManage} />,
          },
        ]}
      />
      <TaskStatusModal planId={plan.id} task={statusOf} notes={notes} onClose={() => setStatusOf(null)} />
      <TaskLinkModal
        planId={plan.id}
        task={tasks.find((t) => t.id === linking) ?? null}
        onClose={() => setLinking(null)}
      />
      <TaskFormModal
        planId={plan.id}
        open={editing !== null}
        task={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
      />
      <Flex />
    </>
  );
}
