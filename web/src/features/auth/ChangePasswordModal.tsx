// The current user changes their own password; every session ends, so they sign in again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Form, Input, Modal, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { api, setCsrfToken } from '../../ui/api';
import { applyApiError, FormProblemAlert, useFormProblem } from '../../ui/forms';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export const PASSWORD_RULE = 'Ít nhất 8 ký tự, gồm cả chữ và số.';

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { problem, setProblem, clear } = useFormProblem();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const change = useMutation({
    mutationFn: (v: Values) =>
      api.post('/auth/password', { currentPassword: v.currentPassword, newPassword: v.newPassword }),
    onSuccess: () => {
      setCsrfToken(null);
      qc.clear();
      void navigate('/dang-nhap?thong-bao=doi-mat-khau', { replace: true });
    },
    onError: (e) => setProblem(applyApiError(form, e)),
  });
  return (
    <Modal
      open={open}
      title="Đổi mật khẩu"
      okText="Đổi mật khẩu"
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={() => {
        clear();
        form.resetFields();
        onClose();
      }}
      confirmLoading={change.isPending}
      destroyOnHidden
    >
      <FormProblemAlert problem={problem} />
      <Form
        form={form}
        name="change-password"
        layout="vertical"
        onFinish={(v) => {
          clear();
          change.mutate(v);
        }}
      >
        <Form.Item
          name="currentPassword"
          label="Mật khẩu hiện tại"
          rules={[{ required: true, message: 'Chưa nhập mật khẩu hiện tại.' }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label="Mật khẩu mới"
          extra={PASSWORD_RULE}
          rules={[{ required: true, message: 'Chưa nhập mật khẩu mới.' }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="Nhập lại mật khẩu mới"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: 'Chưa nhập lại mật khẩu mới.' },
            ({ getFieldValue }) => ({
              validator: (_, v) =>
                !v || v === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error('Hai lần nhập mật khẩu mới không giống nhau.')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Typography.Text type="secondary">
          Sau khi đổi, mọi phiên đăng nhập và mọi mã truy cập API của bạn sẽ bị thu hồi; bạn cần đăng nhập lại.
        </Typography.Text>
      </Form>
    </Modal>
  );
}
