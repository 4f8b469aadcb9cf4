import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Table, Typography } from 'antd';
import { api } from '../../ui/api';
import { applyApiError, FormProblemAlert, useFormProblem } from '../../ui/forms';
import type { ReceiptCheck } from './types';

export function ReceiptCheckCard({ meetingId }: { meetingId: string }) {
  const [form] = Form.useForm<{ code: string }>();
  const { problem, setProblem, clear } = useFormProblem();
  const check = useMutation({
    mutationFn: (code: string) => api.post<ReceiptCheck>(`/meetings/${meetingId}/receipt`, { code }),
    onError: (e) => setProblem(applyApiError(form, e)),
  });
  return (
    <Card title="Kiểm tra phiếu">
      <Typography.Paragraph type="secondary">
        Nhập mã xác nhận phiếu bạn nhận được khi bỏ phiếu để xem phiếu của bạn trong hòm phiếu.
      </Typography.Paragraph>
      <FormProblemAlert problem={problem} />
      <Form form={form} layout="inline" onValuesChange={clear} onFinish={(v) => check.mutate(v.code)}>
        <Form.Item
          name="code"
          label="Mã xác nhận phiếu"
          rules={[{ required: true, whitespace: true, message: 'Nhập mã xác nhận phiếu.' }]}
        >
          <Input
            placeholder="ABCDE-FGHJK"
            maxLength={20}
            style={{ fontFamily: 'monospace', width: 180 }}
            autoComplete="off"
          />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" loading={check.isPending}>
            Kiểm tra
          </Button>
        </Form.Item>
      </Form>
      {check.data && (
        <div style={{ marginTop: 16 }} aria-live="polite">
          {check.data.found ? (
            <>
              <Alert type="success" showIcon title="Phiếu của bạn có trong hòm phiếu." style={{ marginBottom: 12 }} />
              <Table
                size="small"
                pagination={false}
                rowKey="ordinal"
                dataSource={check.data.items}
                columns={[
                  { title: 'TT', dataIndex: 'ordinal', width: 48 },
                  { title: 'Họ và tên', dataIndex: 'displayName' },
                  { title: 'Ý kiến', dataIndex: 'choiceLabel' },
                ]}
              />
            </>
          ) : (
            <Alert
              type="warning"
              showIcon
              title="Không tìm thấy phiếu nào với mã này."
              description="Kiểm tra lại mã (10 ký tự, dạng ABCDE-FGHJK)."
            />
          )}
        </div>
      )}
    </Card>
  );
}
