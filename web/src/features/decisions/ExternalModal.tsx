// Recording the higher level's decision (khen cao) for nominees sent up: its number, date, issuer,
// who is in it and, when known, each one's reward.
import { useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Flex, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../ui/api';
import { DATE_FORMATS, toIso } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { decisionKeys } from './keys';
import type { Created, RoundView } from './types';

interface ExternalValues {
  numberText: string;
  decisionDate: Dayjs;
  issuer: string;
  nomineeIds: string[];
  amounts?: Record<string, number | null>;
}

export function ExternalModal({ view, open, onClose }: { view: RoundView; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const sent = view.nominees.filter((n) => n.status === 'sent_up');
  const state = useFormModal<ExternalValues, Created>({
    open,
    initialValues: () => ({ issuer: 'Chủ tịch UBND tỉnh' }),
    submit: (v) =>
      api.post<Created>(`/decisions/rounds/${view.round.id}/external`, {
        numberText: v.numberText,
        decisionDate: toIso(v.decisionDate),
        issuer: v.issuer,
        items: v.nomineeIds.map((id) => ({ nomineeId: id, amount: v.amounts?.[id] ?? null })),
      }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: decisionKeys.all });
      void message.success('Đã ghi nhận quyết định của cấp trên và cập nhật quá trình khen thưởng.');
      onClose();
    },
  });
  const chosen: string[] = Form.useWatch('nomineeIds', state.form) ?? [];
  return (
    <FormModal
      state={state}
      open={open}
      onClose={onClose}
      title="Ghi nhận quyết định khen thưởng của cấp trên"
      okText="Ghi nhận"
      width={720}
      name="decision-external"
    >
      <Flex gap={12} wrap>
        <Form.Item
          name="numberText"
          label="Số, ký hiệu"
          rules={[{ required: true, message: 'Nhập số quyết định.' }]}
          style={{ minWidth: 180 }}
        >
          <Input placeholder="125/QĐ-UBND" />
        </Form.Item>
        <Form.Item name="decisionDate" label="Ngày quyết định" rules={[{ required: true, message: 'Chọn ngày.' }]}>
          <DatePicker format={DATE_FORMATS} />
        </Form.Item>
        <Form.Item
          name="issuer"
          label="Cơ quan, người quyết định"
          rules={[{ required: true, message: 'Nhập người quyết định.' }]}
          style={{ flex: 1, minWidth: 220 }}
        >
          <Input />
        </Form.Item>
      </Flex>
      <Form.Item
        name="nomineeIds"
        label="Người (tập thể) có trong quyết định"
        rules={[{ required: true, message: 'Chọn ít nhất một người.' }]}
      >
        <Select
          mode="multiple"
          options={sent.map((c) => ({ value: c.id, label: `${c.displayName} — ${c.awardName}` }))}
        />
      </Form.Item>
      {chosen.map((id) => (
        <Form.Item
          key={id}
          name={['amounts', id]}
          label={`Tiền thưởng của ${sent.find((s) => s.id === id)?.displayName} (đồng, nếu đã biết)`}
        >
          <InputNumber min={0} step={10000} style={{ width: 220 }} />
        </Form.Item>
      ))}
    </FormModal>
  );
}
