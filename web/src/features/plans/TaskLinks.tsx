// Linking a plan task to the work that fulfils it (a round, a movement or a news article): the task's
// status then follows that work (done when the round's decision is signed, the movement closed, or
// the article published).
import { DeleteOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Form, List, Modal, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, errorMessage } from '../../ui/api';
import type { PlanTask, TaskLink } from './types';

type Kind = 'round' | 'movement' | 'article';

const KIND_OPTIONS: { value: Kind; label: string }[] = [
  { value: 'round', label: 'Đợt xét khen thưởng' },
  { value: 'movement', label: 'Phong trào thi đua' },
  { value: 'article', label: 'Tin bài (tuyên truyền, gương điển hình)' },
];

/** The work of one kind the user may link, as options. */
async function targetOptions(kind: Kind): Promise<{ value: string; label: string }[]> {
  if (kind === 'round')
    return (await api.get<{ items: { id: string; name: string }[] }>('/rounds')).items.map((r) => ({
      value: r.id,
      label: r.name,
    }));
  if (kind === 'article')
    return (
      await api.get<{ items: { id: string; title: string; statusLabel: string }[] }>('/articles', { pageSize: 100 })
    ).items.map((a) => ({ value: a.id, label: `${a.title} (${a.statusLabel.toLocaleLowerCase('vi')})` }));
  return (await api.get<{ items: { id: string; theme: string }[] }>('/movements', { pageSize: 200 })).items.map(
    (m) => ({ value: m.id, label: m.theme }),
  );
}

/** The linked work of a task, as small tags under its title. */
export function TaskLinkTags({ links }: { links: TaskLink[] }) {
  if (!links.length) return null;
  return (
    <div className="plan-links">
      {links.map((l) => (
        <Tag key={l.id} color={l.progress === 'done' ? 'green' : 'blue'}>
          {l.kindLabel}: {l.label}
          {l.progressLabel ? ` (${l.progressLabel.toLocaleLowerCase('vi')})` : ''}
        </Tag>
      ))}
    </div>
  );
}

export function TaskLinkModal({
  planId,
  task,
  onClose,
}: {
  planId: string;
  task: PlanTask | null;
  onClose: () => void;
}) {
  const [kind, setKind] = useState<Kind>('round');
  const [targetId, setTargetId] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const qc = useQueryClient();
  const { message } = App.useApp();
  const targets = useQuery({
    queryKey: ['plan-link-targets', kind],
    enabled: !!task,
    queryFn: () => targetOptions(kind),
  });
  const done = async (text: string) => {
    await qc.invalidateQueries({ queryKey: ['plans'] });
    void message.success(text);
  };
  const link = useMutation({
    mutationFn: () => api.post(`/plans/${planId}/tasks/${task!.id}/links`, { kind, targetId }),
    onSuccess: async () => {
      setTargetId(undefined);
      setError(null);
      await done('Đã liên kết nhiệm vụ; trạng thái sẽ theo công việc được liên kết.');
      onClose();
    },
    onError: (e) => setError(errorMessage(e)),
  });
  const unlink = useMutation({
    mutationFn: (linkId: string) => api.del(`/plans/${planId}/tasks/${task!.id}/links/${linkId}`),
    onSuccess: () => done('Đã bỏ liên kết.'),
    onError: (e) => setError(errorMessage(e)),
  });
  return (
    <Modal
      open={!!task}
      title="Liên kết nhiệm vụ với công việc thực hiện"
      okText="Liên kết"
      cancelText="Đóng"
      okButtonProps={{ disabled: !targetId }}
      onOk={() => link.mutate()}
      confirmLoading={link.isPending}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      {task && (
        <>
          <Typography.Paragraph strong>{task.title}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">
            Trạng thái nhiệm vụ sẽ theo công việc được liên kết: hoàn thành khi đợt xét có quyết định khen thưởng đã ký
            ban hành, khi phong trào đã tổng kết, hoặc khi tin bài đã đăng trên cổng công khai. Cập nhật trạng thái bằng
            tay (kèm ghi chú) thì trạng thái không tự đổi nữa, cho đến khi liên kết lại.
          </Typography.Paragraph>
          {task.links.length > 0 ? (
            <List
              size="small"
              bordered
              style={{ marginBottom: 16 }}
              dataSource={task.links}
              renderItem={(l) => (
                <List.Item
                  actions={[
                    <Button
                      key="x"
                      size="small"
                      danger
                      icon={<DeleteOutlined aria-hidden />}
                      loading={unlink.isPending}
                      onClick={() => unlink.mutate(l.id)}
                      aria-label={`Bỏ liên kết ${l.label}`}
                    />,
                  ]}
                >
                  {l.kindLabel}: {l.label} {l.progressLabel && <Tag>{l.progressLabel}</Tag>}
                </List.Item>
              )}
            />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa liên kết với công việc nào" />
          )}
          {error && <Typography.Paragraph type="danger">{error}</Typography.Paragraph>}
          <Form layout="vertical">
            <Form.Item label="Loại công việc" htmlFor="link-kind">
              <Select
                id="link-kind"
                value={kind}
                options={KIND_OPTIONS}
                onChange={(v: Kind) => {
                  setKind(v);
                  setTargetId(undefined);
                }}
              />
            </Form.Item>
            <Form.Item label={KIND_OPTIONS.find((o) => o.value === kind)?.label} htmlFor="link-target">
              <Select
                id="link-target"
                showSearch
                optionFilterProp="label"
                placeholder="Chọn công việc"
                loading={targets.isLoading}
                value={targetId}
                options={targets.data ?? []}
                onChange={(v: string) => setTargetId(v)}
              />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
