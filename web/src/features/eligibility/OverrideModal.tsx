// An officer sets aside the engine's verdict for one subject, award and period, with a written
// reason; the server keeps the verdict it replaced and the reason in the audit log.
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Radio, Typography } from 'antd';
import type { CatalogueAwardCode } from '../../../../src/domain/registry/vocab';
import { api } from '../../ui/api';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { periodText, STATUS, type VerdictStatus } from './labels';
import type { OverrideSubjectKind } from './types';
import { eligibilityAuditKeys, eligibilityKeys } from './keys';

export interface OverrideTarget {
  subjectKind: OverrideSubjectKind;
  subjectId: string;
  subjectName: string;
  award: CatalogueAwardCode;
  awardName: string;
  period: string;
  status: VerdictStatus;
}

interface Values {
  eligible: boolean;
  reason: string;
}

export function OverrideModal({ target, onClose }: { target: OverrideTarget | null; onClose: () => void }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const state = useFormModal<Values, unknown>({
    open: !!target,
    subject: target,
    submit: (v) =>
      api.post('/eligibility/overrides', {
        subjectKind: target!.subjectKind,
        subjectId: target!.subjectId,
        award: target!.award,
        period: target!.period,
        eligible: v.eligible,
        reason: v.reason.trim(),
      }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: eligibilityKeys.all });
      await qc.invalidateQueries({ queryKey: eligibilityAuditKeys.all });
      void message.success('Đã ghi nhận điều chỉnh kết quả xét.');
      onClose();
    },
  });
  return (
    <FormModal
      state={state}
      open={!!target}
      title={target ? `Điều chỉnh kết quả — ${target.awardName}` : ''}
      okText="Ghi nhận điều chỉnh"
      onClose={onClose}
      width={600}
      name="verdict-override"
      intro={
        target && (
          <>
            <Typography.Paragraph>
              {target.subjectName}, {periodText(target.period)}. Kết quả hệ thống tính:{' '}
              <strong>{STATUS[target.status].label}</strong>.
            </Typography.Paragraph>
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title="Việc điều chỉnh được ghi vào nhật ký hệ thống"
              description="Nhật ký lưu người điều chỉnh, thời điểm, kết quả hệ thống đã tính và lý do bạn nêu; không sửa, xóa được. Lần điều chỉnh sau cùng được áp dụng."
            />
          </>
        )
      }
    >
      <Form.Item
        name="eligible"
        label="Kết quả sau điều chỉnh"
        rules={[{ required: true, message: 'Chọn kết quả sau điều chỉnh.' }]}
      >
        <Radio.Group
          options={[
            { value: true, label: 'Đủ điều kiện' },
            { value: false, label: 'Không đủ điều kiện' },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label="Lý do"
        extra="Nêu rõ căn cứ: biên bản họp Hội đồng, văn bản, hồ sơ bổ sung… (ít nhất 10 ký tự)."
        rules={[
          { required: true, whitespace: true, message: 'Chưa nhập lý do.' },
          { min: 10, message: 'Lý do phải nêu rõ căn cứ (ít nhất 10 ký tự).' },
        ]}
      >
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </FormModal>
  );
}
