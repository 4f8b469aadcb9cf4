// Proposing the leading members of a published ranking for commendation: into the leader's proposal
// in an open round, for an award of that round; then a link to the proposal.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Checkbox, Form, Input, Select } from 'antd';
import { Link } from 'react-router';
import { api } from '../../ui/api';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { roundKeys } from '../rounds/keys';
import type { RoundDetail, RoundListItem } from '../rounds/types';
import { pointsText } from './parts';
import type { ClusterYear, RankingRow } from './types';

interface ProposeValues {
  roundId: string;
  awardCode: string;
  orgIds: string[];
  achievement?: string;
}

export function ProposeModal({
  data,
  ranking,
  open,
  onClose,
}: {
  data: ClusterYear;
  ranking: RankingRow[];
  open: boolean;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const state = useFormModal<ProposeValues, { id: string }>({
    open,
    initialValues: () => ({ orgIds: ranking.filter((r) => r.rank === 1).map((r) => r.orgId), achievement: '' }),
    submit: (v) =>
      api.post<{ id: string }>(`/clusters/${data.cluster.id}/years/${data.year}/propose`, {
        ...v,
        achievement: v.achievement ?? '',
      }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: roundKeys.all });
      void message.success('Đã đưa các đơn vị vào hồ sơ đề nghị khen thưởng.');
    },
  });
  const { form } = state;
  const done = state.result;
  const roundId = Form.useWatch('roundId', form);
  const rounds = useQuery({
    queryKey: roundKeys.select(),
    queryFn: () => api.get<{ items: RoundListItem[] }>('/rounds?pageSize=200'),
    enabled: open,
  });
  const round = useQuery({
    queryKey: roundKeys.detail(roundId),
    queryFn: () => api.get<RoundDetail>(`/rounds/${roundId}`),
    enabled: open && !!roundId,
  });
  const openRounds = (rounds.data?.items ?? []).filter((r) => r.status === 'open');
  return (
    <FormModal
      state={state}
      open={open}
      onClose={onClose}
      title="Đề nghị khen thưởng các đơn vị dẫn đầu"
      okText="Đưa vào hồ sơ đề nghị"
      cancelText="Đóng"
      width={680}
      name="cluster-propose"
      formProps={{ onValuesChange: state.clear }}
      done={
        done && (
          <Alert
            type="success"
            showIcon
            title="Đã thêm vào hồ sơ đề nghị của đơn vị Cụm trưởng."
            description={
              <Link to={`/ho-so/${done.id}`} onClick={onClose}>
                Mở hồ sơ đề nghị
              </Link>
            }
          />
        )
      }
    >
      <Form.Item
        name="roundId"
        label="Đợt xét khen thưởng đang nhận hồ sơ"
        rules={[{ required: true, message: 'Chọn đợt xét.' }]}
      >
        <Select
          loading={rounds.isPending}
          placeholder="Chọn đợt xét"
          notFoundContent="Không có đợt xét nào đang nhận hồ sơ"
          options={openRounds.map((r) => ({ value: r.id, label: `${r.name} (${r.orgName})` }))}
          onChange={() => form.setFieldValue('awardCode', undefined)}
        />
      </Form.Item>
      <Form.Item
        name="awardCode"
        label="Danh hiệu, hình thức đề nghị"
        rules={[{ required: true, message: 'Chọn danh hiệu, hình thức.' }]}
      >
        <Select
          loading={round.isFetching}
          disabled={!roundId}
          placeholder="Ví dụ: Cờ thi đua, Bằng khen"
          options={(round.data?.awards ?? []).map((a) => ({ value: a.code, label: a.name }))}
        />
      </Form.Item>
      <Form.Item
        name="orgIds"
        label="Đơn vị được đề nghị"
        rules={[{ required: true, type: 'array', min: 1, message: 'Chọn ít nhất một đơn vị.' }]}
      >
        <Checkbox.Group
          className="cs-check-list"
          options={ranking.map((r) => ({
            value: r.orgId,
            label: `Hạng ${r.rank} — ${r.name} (${pointsText(r.total)} điểm)`,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="achievement"
        label="Tóm tắt thành tích chung"
        extra="Thứ hạng và tổng điểm của từng đơn vị được tự động ghi thêm."
      >
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
    </FormModal>
  );
}
