// The office edits a draft decision's texts: symbol, planned date, signer and the articles.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Checkbox, DatePicker, Flex, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../ui/api';
import { DATE_FORMATS, fromIso, toIso } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { decisionKeys } from './keys';
import type { DecisionDetail, RoundView } from './types';

interface EditValues {
  symbol: string;
  plannedDate: Dayjs | null;
  fixDate: boolean;
  signerUserId?: string | null;
  signerLines?: string;
  subject: string;
  bases?: string;
  achievement: string;
  fund: string;
  effect: string;
  executors: string;
  recipients?: string;
}

const lines = (s: string | undefined) =>
  (s ?? '')
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

export function EditModal({ detail, open, onClose }: { detail: DecisionDetail; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const d = detail.decision;
  const c = d.content;
  const signers = useQuery({
    queryKey: decisionKeys.round(d.roundId),
    queryFn: () => api.get<RoundView>(`/decisions/rounds/${d.roundId}`),
  });
  const state = useFormModal<EditValues, unknown>({
    open,
    initialValues: () => ({
      symbol: d.symbol,
      plannedDate: fromIso(c.plannedDate),
      fixDate: c.fixDate,
      signerUserId: d.signerUserId,
      signerLines: c.signerLines.join('\n'),
      subject: c.subject,
      bases: c.bases.join('\n'),
      achievement: c.achievement,
      fund: c.fund,
      effect: c.effect,
      executors: c.executors,
      recipients: c.recipients.join('\n'),
    }),
    submit: (v) =>
      api.patch(`/decisions/${d.id}`, {
        symbol: v.symbol,
        plannedDate: toIso(v.plannedDate),
        fixDate: v.fixDate,
        signerUserId: v.signerUserId ?? null,
        signerLines: lines(v.signerLines),
        subject: v.subject,
        bases: lines(v.bases),
        achievement: v.achievement,
        fund: v.fund,
        effect: v.effect,
        executors: v.executors,
        recipients: lines(v.recipients),
      }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: decisionKeys.all });
      void message.success('Đã lưu dự thảo.');
      onClose();
    },
  });
  return (
    <FormModal
      state={state}
      open={open}
      onClose={onClose}
      title="Sửa dự thảo quyết định"
      okText="Lưu dự thảo"
      width={820}
      name="decision-edit"
    >
      <Flex gap={12} wrap>
        <Form.Item name="symbol" label="Ký hiệu" rules={[{ required: true, message: 'Nhập ký hiệu.' }]}>
          <Input style={{ width: 150 }} />
        </Form.Item>
        <Form.Item name="plannedDate" label="Ngày dự kiến" rules={[{ required: true, message: 'Chọn ngày.' }]}>
          <DatePicker format={DATE_FORMATS} />
        </Form.Item>
        <Form.Item name="fixDate" valuePropName="checked" label="Ngày quyết định">
          <Checkbox>Ấn định ngày này (nếu không: ngày ký)</Checkbox>
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap>
        <Form.Item name="signerUserId" label="Người ký" style={{ flex: 1, minWidth: 240 }}>
          <Select
            loading={signers.isLoading}
            options={(signers.data?.signers ?? []).map((s) => ({
              value: s.id,
              label: `${s.fullName}${s.position ? ` — ${s.position}` : ''}`,
            }))}
            allowClear
          />
        </Form.Item>
        <Form.Item name="signerLines" label="Chức danh ký (mỗi dòng một dòng in)" style={{ flex: 1, minWidth: 240 }}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
        </Form.Item>
      </Flex>
      <Form.Item name="subject" label="Trích yếu" rules={[{ required: true, message: 'Nhập trích yếu.' }]}>
        <Input />
      </Form.Item>
      <Form.Item name="bases" label="Căn cứ (mỗi dòng một căn cứ)">
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} />
      </Form.Item>
      <Form.Item name="achievement" label="Điều 1 — thành tích" rules={[{ required: true, message: 'Nhập nội dung.' }]}>
        <Input />
      </Form.Item>
      <Form.Item name="fund" label="Nguồn chi" rules={[{ required: true, message: 'Nhập nguồn chi.' }]}>
        <Input />
      </Form.Item>
      <Form.Item name="effect" label="Điều 2 — hiệu lực" rules={[{ required: true, message: 'Nhập nội dung.' }]}>
        <Input />
      </Form.Item>
      <Form.Item
        name="executors"
        label="Điều 3 — tổ chức thực hiện"
        rules={[{ required: true, message: 'Nhập nội dung.' }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
      </Form.Item>
      <Form.Item name="recipients" label="Nơi nhận (mỗi dòng một nơi)">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </FormModal>
  );
}
