import { useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, InputNumber, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { z } from 'zod';
import { FUND_KIND_INFO, type FundEntryKind, MANUAL_KINDS } from '../../../../src/domain/fund';
import type { FundEntryOut, FundLedgerOut } from '../../../../src/features/fund/schema';
import { api } from '../../ui/api';
import { DATE_FORMATS, fmtDate, fmtMoney, toIso } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { fundKeys } from './keys';

type Line = z.output<typeof FundLedgerOut>['lines'][number];
type Entry = z.output<typeof FundEntryOut>;

interface PostValues {
  kind: string;
  entryDate: Dayjs;
  amount: number;
  description: string;
  sourceDocument?: string;
}

export function PostEntryModal({ orgId, onClose }: { orgId: string; onClose: () => void }) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const state = useFormModal<PostValues, Entry>({
    open: true,
    submit: (v) =>
      api.post<Entry>('/fund/entries', {
        orgId,
        kind: v.kind,
        entryDate: toIso(v.entryDate),
        amount: v.amount,
        description: v.description,
        sourceDocument: v.sourceDocument ?? null,
      }),
    onSuccess: () => {
      void message.success('Đã ghi sổ quỹ.');
      void qc.invalidateQueries({ queryKey: fundKeys.all });
      onClose();
    },
  });
  return (
    <FormModal
      state={state}
      open
      onClose={onClose}
      title="Ghi khoản thu, chi vào sổ quỹ"
      okText="Ghi sổ"
      name="fund-entry"
    >
      <Form.Item name="kind" label="Loại" rules={[{ required: true, message: 'Chọn loại khoản thu, chi.' }]}>
        <Select
          options={MANUAL_KINDS.map((k) => ({
            value: k,
            label: `${FUND_KIND_INFO[k as FundEntryKind].direction === 'chi' ? 'Chi' : FUND_KIND_INFO[k as FundEntryKind].direction === 'thu' ? 'Thu' : 'Số dư'}: ${FUND_KIND_INFO[k as FundEntryKind].label}`,
          }))}
        />
      </Form.Item>
      <Form.Item name="entryDate" label="Ngày ghi sổ" rules={[{ required: true, message: 'Nhập ngày ghi sổ.' }]}>
        <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
      </Form.Item>
      <Form.Item name="amount" label="Số tiền (đồng)" rules={[{ required: true, message: 'Nhập số tiền.' }]}>
        <InputNumber<number>
          min={1}
          style={{ width: '100%' }}
          formatter={(v) => (v ? Number(v).toLocaleString('vi-VN') : '')}
          parser={(v) => Number((v ?? '').replace(/\D/g, ''))}
        />
      </Form.Item>
      <Form.Item name="description" label="Nội dung" rules={[{ required: true, message: 'Nhập nội dung.' }]}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="sourceDocument" label="Chứng từ, văn bản">
        <Input maxLength={300} placeholder="Quyết định số …, phiếu thu số …" />
      </Form.Item>
    </FormModal>
  );
}

export function ReverseModal({ line, onClose }: { line: Line; onClose: () => void }) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const state = useFormModal<{ reason: string }, Entry>({
    open: true,
    submit: (v) => api.post<Entry>(`/fund/entries/${line.id}/reverse`, v),
    onSuccess: () => {
      void message.success('Đã ghi bút toán đảo.');
      void qc.invalidateQueries({ queryKey: fundKeys.all });
      onClose();
    },
  });
  return (
    <FormModal
      state={state}
      open
      onClose={onClose}
      title="Đảo bút toán"
      okText="Ghi bút toán đảo"
      name="fund-reverse"
      intro={
        <Typography.Paragraph>
          Bút toán ngày {fmtDate(line.entryDate)}: {line.description} ({fmtMoney(line.amount)}). Bút toán cũ được giữ
          nguyên; một bút toán ngược dấu được ghi với lý do dưới đây.
        </Typography.Paragraph>
      }
    >
      <Form.Item name="reason" label="Lý do" rules={[{ required: true, message: 'Nhập lý do điều chỉnh.' }]}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
