// Linking a plan task to the work that fulfils it (a round, a movement, a news article, a unit's
// report, an inspection, a training course or a conference): the task's status then follows that
// work (done when the round's decision is signed, the movement closed, the article published, the
// report sent up, the inspection concluded, the course or conference held). Each link shows the
// work's own state and opens its page.
import { DeleteOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Form, List, Modal, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, errorMessage } from '../../ui/api';
import { fmtDate } from '../../ui/format';
import type { PlanTask, TaskLink } from './types';
import { planKeys } from './keys';

type Kind = TaskLink['kind'];

const KIND_OPTIONS: { value: Kind; label: string }[] = [
  { value: 'round', label: 'Đợt xét khen thưởng' },
  { value: 'movement', label: 'Phong trào thi đua' },
  { value: 'report', label: 'Báo cáo (sơ kết, tổng kết)' },
  { value: 'inspection', label: 'Kiểm tra' },
  { value: 'training', label: 'Tập huấn' },
  { value: 'conference', label: 'Hội nghị' },
  { value: 'article', label: 'Tin bài (tuyên truyền, gương điển hình)' },
];

const lower = (s: string) => s.toLocaleLowerCase('vi');

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
    ).items.map((a) => ({ value: a.id, label: `${a.title} (${lower(a.statusLabel)})` }));
  if (kind === 'inspection')
    return (
      await api.get<{
        items: { id: string; subject: string; targetOrgName: string; year: number; statusLabel: string }[];
      }>('/inspections', { pageSize: 200 })
    ).items.map((i) => ({
      value: i.id,
      label: `${i.targetOrgName}, năm ${i.year}: ${i.subject} (${lower(i.statusLabel)})`,
    }));
  if (kind === 'training')
    return (
      await api.get<{ items: { id: string; title: string; fromDate: string; statusLabel: string }[] }>('/trainings', {
        pageSize: 200,
      })
    ).items.map((t) => ({ value: t.id, label: `${t.title} (${fmtDate(t.fromDate)}, ${lower(t.statusLabel)})` }));
  if (kind === 'conference')
    return (
      await api.get<{ items: { id: string; title: string; heldOn: string; statusLabel: string }[] }>('/conferences', {
        pageSize: 200,
      })
    ).items.map((c) => ({ value: c.id, label: `${c.title} (${fmtDate(c.heldOn)}, ${lower(c.statusLabel)})` }));
  if (kind === 'report')
    return (
      await api.get<{ items: { id: string; label: string; statusLabel: string }[] }>('/reports/period/list', {
        pageSize: 200,
      })
    ).items.map((r) => ({ value: r.id, label: `${r.label} (${lower(r.statusLabel)})` }));
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
          {l.page ? <Link to={l.page}>{`${l.kindLabel}: ${l.label}`}</Link> : `${l.kindLabel}: ${l.label}`}
          {l.stateLabel || l.progressLabel ? ` (${lower(l.stateLabel ?? l.progressLabel ?? '')})` : ''}
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
    queryKey: planKeys.linkTargets(kind),
    enabled: !!task,
    queryFn: () => targetOptions(kind),
  });
  const done = async (text: string) => {
    await qc.invalidateQueries({ queryKey: planKeys.all });
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
            ban hành, khi phong trào đã tổng kết, khi tin bài đã đăng trên cổng công khai, khi báo cáo đã gửi cấp trên,
            khi cuộc kiểm tra đã có kết luận, khi lớp tập huấn đã tổ chức (có người tham dự) hoặc khi hội nghị đã tổ
            chức. Cập nhật trạng thái bằng tay (kèm ghi chú) thì trạng thái không tự đổi nữa, cho đến khi liên kết lại.
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
                  {l.page ? (
                    <Link to={l.page}>
                      {l.kindLabel}: {l.label}
                    </Link>
                  ) : (
                    `${l.kindLabel}: ${l.label}`
                  )}{' '}
                  {l.stateLabel && <Tag>{l.stateLabel}</Tag>}
                  {l.progressLabel && <Tag color={l.progress === 'done' ? 'green' : undefined}>{l.progressLabel}</Tag>}
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
                notFoundContent={
                  kind === 'report'
                    ? 'Chưa có báo cáo nào được lưu. Hãy mở Báo cáo sơ kết, tổng kết của đơn vị và lưu lần đầu.'
                    : 'Không có công việc nào phù hợp.'
                }
                onChange={(v: string) => setTargetId(v)}
              />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
