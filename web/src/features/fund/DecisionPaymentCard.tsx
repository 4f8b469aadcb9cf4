// On a signed decision's page: its payment list against the body's fund. The office marks the list
// paid (date and who paid), which posts the payment into the fund; beyond the balance it first
// shows the warning and asks to confirm. A revoked paid decision shows the recovery posted.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, Space } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { DecisionPaymentOut } from '../../../../src/features/fund/schema';
import { api, isApiError } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { DATE_FORMATS, fmtDate, fmtMoney, toIso } from '../../ui/format';
import { applyApiError, FormProblemAlert, useFormProblem } from '../../ui/forms';
import { fundKeys } from './keys';

type Payment = z.output<typeof DecisionPaymentOut>;

export function DecisionPaymentCard({ decisionId }: { decisionId: string }) {
  const { can } = useAuth();
  const q = useQuery({
    queryKey: fundKeys.payment(decisionId),
    queryFn: () => api.get<Payment>(`/fund/decisions/${decisionId}/payment`),
    enabled: can('fund.read'),
    retry: false,
  });
  const [form] = Form.useForm();
  const { problem, setProblem } = useFormProblem();
  const [confirm, setConfirm] = useState(false);
  const qc = useQueryClient();
  const { message } = App.useApp();
  const pay = useMutation({
    mutationFn: (v: { paidOn: string | null; handledBy: string | null; acceptShortfall: boolean }) =>
      api.post<Payment>(`/fund/decisions/${decisionId}/payment`, v),
    onSuccess: () => {
      void message.success('Đã ghi chi tiền thưởng vào sổ quỹ.');
      setConfirm(false);
      void qc.invalidateQueries({ queryKey: fundKeys.all });
    },
    onError: (e) => {
      if (isApiError(e, 409) && e.fields.some((f) => f.field === 'acceptShortfall')) {
        setConfirm(true);
        void qc.invalidateQueries({ queryKey: fundKeys.payment(decisionId) });
      }
      setProblem(applyApiError(form, e));
    },
  });
  const p = q.data;
  if (!can('fund.read') || !p) return null;
  return (
    <Card size="small" title="Chi trả tiền thưởng từ quỹ thi đua, khen thưởng">
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label="Tổng tiền thưởng">{fmtMoney(p.total)}</Descriptions.Item>
        <Descriptions.Item label="Quỹ">
          <Link to={`/quy-thi-dua?orgId=${p.orgId}`}>{p.orgName}</Link>
        </Descriptions.Item>
        <Descriptions.Item label="Số dư quỹ hiện nay">{fmtMoney(p.balance)}</Descriptions.Item>
      </Descriptions>
      {p.payment ? (
        <Alert
          type="success"
          showIcon
          message={`Đã chi ngày ${fmtDate(p.payment.entryDate)}${p.payment.handledBy ? ` — người chi: ${p.payment.handledBy}` : ''}: ${fmtMoney(p.payment.amount)}`}
        />
      ) : p.blocked ? (
        <Alert type="info" showIcon message={p.blocked} />
      ) : (
        <>
          {p.shortfall > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              message={`Danh sách chi vượt số dư quỹ ${fmtMoney(p.shortfall)}.`}
              description="Hãy bổ sung nguồn quỹ trước khi chi, hoặc xác nhận chi vượt số dư."
            />
          )}
          {can('fund.manage') && (
            <>
              <FormProblemAlert problem={problem} />
              <Form
                form={form}
                layout="inline"
                initialValues={{ paidOn: dayjs() }}
                onFinish={(v) =>
                  pay.mutate({
                    paidOn: toIso(v.paidOn),
                    handledBy: v.handledBy ?? null,
                    acceptShortfall: confirm || p.shortfall > 0,
                  })
                }
              >
                <Form.Item name="paidOn" label="Ngày chi trả" rules={[{ required: true, message: 'Nhập ngày chi.' }]}>
                  <DatePicker format={DATE_FORMATS} placeholder="dd/mm/yyyy" />
                </Form.Item>
                <Form.Item name="handledBy" label="Người chi trả">
                  <Input maxLength={200} placeholder="Kế toán …" />
                </Form.Item>
                <Space>
                  <Button type="primary" htmlType="submit" loading={pay.isPending} danger={p.shortfall > 0}>
                    {p.shortfall > 0 ? 'Xác nhận chi vượt số dư' : 'Xác nhận đã chi'}
                  </Button>
                </Space>
              </Form>
            </>
          )}
        </>
      )}
      {p.recovery && (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 12 }}
          message={`Quyết định bị hủy bỏ: đã ghi thu hồi ${fmtMoney(p.recovery.amount)} vào quỹ ngày ${fmtDate(p.recovery.entryDate)}.`}
        />
      )}
    </Card>
  );
}
