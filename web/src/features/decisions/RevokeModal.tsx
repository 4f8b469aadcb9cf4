// Revoking a signed decision (Law Art. 93): the reason, the date and the revoking document; the
// awards are marked revoked and the money paid is to be recovered.
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../ui/api';
import { DATE_FORMATS, toIso } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { decisionKeys } from './keys';
import { money } from './parts';
import type { DecisionDetail, RevokeResult } from './types';

interface RevokeValues {
  reason: string;
  revokedOn?: Dayjs | null;
  document?: string;
}

export function RevokeModal({ detail, open, onClose }: { detail: DecisionDetail; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const state = useFormModal<RevokeValues, RevokeResult>({
    open,
    submit: (v) =>
      api.post<RevokeResult>(`/decisions/${detail.decision.id}/revoke`, {
        reason: v.reason,
        revokedOn: toIso(v.revokedOn) ?? undefined,
        document: v.document ?? null,
      }),
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: decisionKeys.all });
      void message.success(`Đã hủy bỏ quyết định. Số tiền phải thu hồi: ${money(r.recoverTotal)}.`);
      onClose();
    },
  });
  return (
    <FormModal
      state={state}
      open={open}
      onClose={onClose}
      title={`Hủy bỏ Quyết định số ${detail.decision.numberText ?? ''}`}
      okText="Hủy bỏ quyết định"
      okDanger
      cancelText="Đóng"
      name="decision-revoke"
      intro={
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message="Điều 93 Luật Thi đua, khen thưởng"
          description={`Khen thưởng của ${detail.items.length} người (tập thể) sẽ bị hủy; hồ sơ khen thưởng vẫn được lưu và đánh dấu đã hủy; tiền thưởng đã chi (${money(detail.decision.totalAmount)}) phải thu hồi.`}
        />
      }
    >
      <Form.Item name="reason" label="Lý do hủy" rules={[{ required: true, message: 'Phải ghi lý do hủy.' }]}>
        <Input.TextArea autoSize={{ minRows: 3 }} placeholder="Ví dụ: kê khai thành tích không trung thực" />
      </Form.Item>
      <Form.Item name="revokedOn" label="Ngày hủy">
        <DatePicker format={DATE_FORMATS} placeholder="Hôm nay" />
      </Form.Item>
      <Form.Item name="document" label="Văn bản quyết định hủy (bắt buộc với cán bộ thường trực)">
        <Input placeholder="Quyết định số …/QĐ-UBND ngày …" />
      </Form.Item>
    </FormModal>
  );
}
