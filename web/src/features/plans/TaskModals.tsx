// The two dialogs of a task: its status with a progress note (and the notes so far), and its
// details (quarter, task, lead and coordinating units, deadline, owner).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Radio, Select, Timeline, Typography } from 'antd';
import { api } from '../../ui/api';
import { applyApiError, FormProblemAlert, useFormProblem } from '../../ui/forms';
import { DATE_FORMATS, fmtDateTime, fromIso, toIso } from '../../ui/format';
import { QUARTER_LABELS, QUARTERS, STATUSES, TASK_STATUS_LABELS, TaskStatusTag } from './labels';
import type { AssignableUser, PlanTask, TaskNote, TaskStatus } from './types';
import { planKeys } from './keys';

export function TaskStatusModal({
  planId,
  task,
  notes,
  onClose,
}: {
  planId: string;
  task: PlanTask | null;
  notes: TaskNote[];
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ status: TaskStatus; note?: string }>();
  const { problem, setProblem, clear } = useFormProblem();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const save = useMutation({
    mutationFn: (v: { status: TaskStatus; note?: string }) =>
      api.post(`/plans/${planId}/tasks/${task!.id}/status`, {
        status: v.status === task!.status ? undefined : v.status,
        note: v.note || undefined,
      }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: planKeys.all });
      void message.success('Đã cập nhật tiến độ nhiệm vụ.');
      onClose();
    },
    onError: (e) => setProblem(applyApiError(form, e)),
  });
  const mine = task ? notes.filter((n) => n.taskId === task.id) : [];
  return (
    <Modal
      open={!!task}
      title="Cập nhật tiến độ nhiệm vụ"
      okText="Lưu"
      cancelText="Đóng"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={640}
    >
      {task && (
        <>
          <Typography.Paragraph strong>{task.title}</Typography.Paragraph>
          <FormProblemAlert problem={problem} />
          <Form
            form={form}
            layout="vertical"
            preserve={false}
            initialValues={{ status: task.status }}
            onFinish={(v) => {
              clear();
              save.mutate(v);
            }}
            onValuesChange={clear}
          >
            <Form.Item name="status" label="Trạng thái">
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                options={STATUSES.map((s) => ({ value: s, label: TASK_STATUS_LABELS[s] }))}
              />
            </Form.Item>
            <Form.Item
              name="note"
              label="Ghi chú tiến độ"
              extra="Ghi chú được lưu kèm người ghi và thời điểm; không sửa, không xóa."
            >
              <Input.TextArea
                rows={3}
                maxLength={4000}
                showCount
                placeholder="Ví dụ: Đã ban hành Kế hoạch số …/KH-UBND ngày …"
              />
            </Form.Item>
          </Form>
          <Typography.Title level={3} style={{ fontSize: 15 }}>
            Quá trình thực hiện
          </Typography.Title>
          {mine.length === 0 ? (
            <Typography.Text type="secondary">Chưa có ghi chú tiến độ.</Typography.Text>
          ) : (
            <Timeline
              items={[...mine].reverse().map((n) => ({
                key: n.id,
                content: (
                  <div>
                    <div>
                      {n.toStatus && <TaskStatusTag status={n.toStatus} />} {n.note}
                    </div>
                    <div className="muted">
                      {n.authorName} · {fmtDateTime(n.createdAt)}
                    </div>
                  </div>
                ),
              }))}
            />
          )}
        </>
      )}
    </Modal>
  );
}

interface TaskValues {
  quarter: PlanTask['quarter'];
  title: string;
  lead?: string;
  partners?: string[];
  due?: ReturnType<typeof fromIso>;
  ownerId?: string | null;
}

/** Adds a task (task null) or edits one. */
export function TaskFormModal({
  planId,
  open,
  task,
  onClose,
}: {
  planId: string;
  open: boolean;
  task: PlanTask | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<TaskValues>();
  const { problem, setProblem, clear } = useFormProblem();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const people = useQuery({
    queryKey: planKeys.assignable(planId),
    queryFn: () => api.get<{ items: AssignableUser[] }>(`/plans/${planId}/assignable-users`),
    enabled: open,
  });
  const save = useMutation({
    mutationFn: (v: TaskValues) => {
      const body = {
        quarter: v.quarter,
        title: v.title,
        lead: v.lead ?? '',
        partners: v.partners ?? [],
        due: toIso(v.due ?? null),
        ownerId: v.ownerId ?? null,
      };
      return task ? api.patch(`/plans/${planId}/tasks/${task.id}`, body) : api.post(`/plans/${planId}/tasks`, body);
    },
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: planKeys.all });
      void message.success(task ? 'Đã lưu nhiệm vụ.' : 'Đã thêm nhiệm vụ.');
      onClose();
    },
    onError: (e) => setProblem(applyApiError(form, e)),
  });
  return (
    <Modal
      open={open}
      title={task ? 'Sửa nhiệm vụ' : 'Thêm nhiệm vụ'}
      okText="Lưu"
      cancelText="Hủy"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={680}
    >
      <FormProblemAlert problem={problem} />
      <Form<TaskValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={task ? { ...task, due: fromIso(task.due) } : { quarter: 'I', partners: [] }}
        onFinish={(v) => {
          clear();
          save.mutate(v);
        }}
        onValuesChange={clear}
      >
        <Form.Item name="quarter" label="Thời gian thực hiện" rules={[{ required: true }]}>
          <Radio.Group optionType="button" options={QUARTERS.map((q) => ({ value: q, label: QUARTER_LABELS[q] }))} />
        </Form.Item>
        <Form.Item
          name="title"
          label="Nhiệm vụ"
          rules={[{ required: true, whitespace: true, message: 'Nhập nội dung nhiệm vụ.' }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="lead"
          label="Đơn vị chủ trì"
          extra="Tên trùng với một đơn vị trong hệ thống (không phân biệt dấu) sẽ được liên kết với đơn vị đó."
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="partners" label="Đơn vị phối hợp" extra="Gõ tên rồi nhấn Enter; mỗi đơn vị một mục.">
          <Select mode="tags" open={false} tokenSeparators={[';']} placeholder="Ví dụ: Văn phòng HĐND và UBND phường" />
        </Form.Item>
        <Form.Item
          name="due"
          label="Thời hạn"
          extra="Để trống: hạn là ngày cuối quý (nhiệm vụ thường xuyên không có hạn)."
        >
          <DatePicker format={DATE_FORMATS} placeholder="dd/mm/yyyy" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="ownerId" label="Người phụ trách">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={people.isPending}
            placeholder="Chọn tài khoản phụ trách"
            options={(people.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.fullName} (${u.username})` }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
