// The office's steps on a petition that take a form: classify and assign, refuse to accept (không
// thụ lý), extend a denunciation, answer.
import { Form, Input, Select, Switch } from 'antd';
import { COMPLEXITY_LABELS, PETITION_KIND_LABELS, REJECT_REASON_LABELS } from '../../../../src/domain/petitions/rules';
import { api } from '../../ui/api';
import { fmtDate, optionsOf } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import type { PetitionDetail } from './types';

export type Step = 'classify' | 'reject' | 'extend' | 'answer' | null;

const STEP_TITLES = {
  classify: 'Phân loại, giao xử lý',
  reject: 'Không thụ lý đơn',
  extend: 'Gia hạn giải quyết tố cáo',
  answer: 'Trả lời, kết luận',
};

export function StepModal({
  step,
  p,
  onClose,
  onDone,
}: {
  step: Step;
  p: PetitionDetail;
  onClose: () => void;
  onDone: (p: PetitionDetail, text: string) => void;
}) {
  const state = useFormModal<Record<string, unknown>, PetitionDetail>({
    open: !!step,
    subject: step,
    initialValues: () =>
      step === 'classify'
        ? {
            kind: p.kind,
            complexity: p.complexity,
            remote: p.remote,
            secondRound: p.secondRound,
            senderName: p.senderName ?? '',
            senderAddress: p.senderAddress ?? '',
            contact: p.contact ?? '',
          }
        : undefined,
    submit: (v) => api.post<PetitionDetail>(`/petitions/${p.id}/${step}`, v),
    onSuccess: (out) =>
      onDone(
        out,
        step === 'answer'
          ? 'Đã trả lời, kết luận đơn.'
          : step === 'reject'
            ? 'Đã ghi không thụ lý.'
            : step === 'extend'
              ? `Đã gia hạn đến ${fmtDate(out.dueDate)}.`
              : 'Đã lưu phân loại.',
      ),
  });
  if (!step) return null;
  return (
    <FormModal
      state={state}
      open
      onClose={onClose}
      title={STEP_TITLES[step]}
      okText="Lưu"
      width={640}
      name={`petition-${step}`}
    >
      {step === 'classify' && (
        <>
          <Form.Item name="kind" label="Loại đơn">
            <Select options={optionsOf(PETITION_KIND_LABELS)} disabled={p.status !== 'received'} />
          </Form.Item>
          <Form.Item name="complexity" label="Tính chất vụ việc">
            <Select options={optionsOf(COMPLEXITY_LABELS)} />
          </Form.Item>
          <Form.Item name="remote" label="Vùng sâu, vùng xa đi lại khó khăn" valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="secondRound" label="Khiếu nại lần hai" valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="senderName" label="Họ và tên người gửi">
            <Input maxLength={150} />
          </Form.Item>
          <Form.Item name="senderAddress" label="Địa chỉ người gửi">
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item name="contact" label="Số điện thoại hoặc thư điện tử">
            <Input maxLength={200} />
          </Form.Item>
        </>
      )}
      {step === 'reject' && (
        <>
          <Form.Item name="reason" label="Lý do không thụ lý" rules={[{ required: true, message: 'Chọn lý do.' }]}>
            <Select options={optionsOf(REJECT_REASON_LABELS)} />
          </Form.Item>
          <Form.Item
            name="note"
            label="Ghi chú, hướng xử lý"
            rules={[{ required: true, whitespace: true, message: 'Nhập ghi chú.' }]}
          >
            <Input.TextArea rows={4} maxLength={2000} />
          </Form.Item>
        </>
      )}
      {step === 'extend' && (
        <Form.Item
          name="note"
          label="Lý do gia hạn"
          rules={[{ required: true, whitespace: true, message: 'Nhập lý do.' }]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      )}
      {step === 'answer' && (
        <>
          <Form.Item
            name="answerNo"
            label="Số, ký hiệu văn bản trả lời"
            extra="Ví dụ 25/UBND-VHXH; để trống nếu chưa vào sổ."
          >
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item
            name="answer"
            label="Nội dung trả lời, kết luận"
            rules={[
              { required: true, whitespace: true, message: 'Nhập nội dung trả lời.' },
              { min: 10, message: 'Nội dung trả lời cần ít nhất 10 ký tự.' },
            ]}
          >
            <Input.TextArea rows={6} maxLength={8000} showCount />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
