// The current user changes their own password; every session ends, so they sign in again.
import { useQueryClient } from '@tanstack/react-query';
import { Form, Input, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { api, setCsrfToken } from '../../ui/api';
import { FormModal, useFormModal } from '../../ui/form-modal';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export const PASSWORD_RULE = 'Ít nhất 8 ký tự, gồm cả chữ và số.';

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const state = useFormModal<Values, unknown>({
    open,
    submit: (v) => api.post('/auth/password', { currentPassword: v.currentPassword, newPassword: v.newPassword }),
    onSuccess: () => {
      setCsrfToken(null);
      qc.clear();
      void navigate('/dang-nhap?thong-bao=doi-mat-khau', { replace: true });
    },
  });
  return (
    <FormModal
      state={state}
      open={open}
      onClose={onClose}
      title="Đổi mật khẩu"
      okText="Đổi mật khẩu"
      name="change-password"
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
    </FormModal>
  );
}
