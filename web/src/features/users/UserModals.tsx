// The accounts screen's modal forms: create or edit an account with its roles per unit, and reset
// a password.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Col, Form, Input, Row, Select, Typography } from 'antd';
import { ROLE_LABELS, type Role } from '../../../../src/domain/registry/vocab';
import { api } from '../../ui/api';
import { optionsOf } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { OrgTreeSelect } from '../../ui/orgs';
import type { UserAccount } from '../../ui/types';
import { PASSWORD_RULE } from '../auth/ChangePasswordModal';
import { userKeys } from './keys';

interface GrantValue {
  role?: Role;
  orgId?: string;
}

interface UserValues {
  username?: string;
  fullName: string;
  password?: string;
  grants: GrantValue[];
  reason?: string;
}

function GrantsField() {
  return (
    <Form.List
      name="grants"
      rules={[
        {
          validator: async (_, grants: GrantValue[] | undefined) => {
            if (!grants || grants.length === 0) throw new Error('Tài khoản phải có ít nhất một vai trò.');
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          <Typography.Text strong>Phân quyền</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            Mỗi vai trò áp dụng cho đơn vị được chọn và toàn bộ đơn vị trực thuộc.
          </Typography.Paragraph>
          {fields.map((f, i) => (
            <Row key={f.key} gutter={8} wrap={false} align="top">
              <Col flex="200px">
                <Form.Item name={[f.name, 'role']} rules={[{ required: true, message: 'Chọn vai trò.' }]}>
                  <Select
                    aria-label={`Vai trò thứ ${i + 1}`}
                    placeholder="Vai trò"
                    options={optionsOf(ROLE_LABELS)}
                    popupMatchSelectWidth={false}
                  />
                </Form.Item>
              </Col>
              <Col flex="auto" style={{ minWidth: 0 }}>
                <Form.Item name={[f.name, 'orgId']} rules={[{ required: true, message: 'Chọn đơn vị.' }]}>
                  <OrgTreeSelect aria-label={`Đơn vị của vai trò thứ ${i + 1}`} hideClosed />
                </Form.Item>
              </Col>
              <Col flex="40px">
                <Button
                  type="text"
                  icon={<MinusCircleOutlined aria-hidden />}
                  onClick={() => remove(f.name)}
                  aria-label={`Bỏ vai trò thứ ${i + 1}`}
                />
              </Col>
            </Row>
          ))}
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            block
            icon={<PlusOutlined aria-hidden />}
            onClick={() => add({})}
            style={{ marginTop: 4 }}
          >
            Thêm vai trò
          </Button>
        </>
      )}
    </Form.List>
  );
}

export function UserModal({ user, open, onClose }: { user: UserAccount | null; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const state = useFormModal<UserValues, unknown>({
    open,
    subject: user,
    initialValues: () =>
      user
        ? { fullName: user.fullName, grants: user.grants.map((g) => ({ role: g.role, orgId: g.orgId })) }
        : { grants: [{}] },
    submit: (v) => {
      const grants = v.grants.map((g) => ({ role: g.role, orgId: g.orgId }));
      return user
        ? api.patch(`/users/${user.id}`, { fullName: v.fullName, grants, reason: v.reason?.trim() || null })
        : api.post('/users', { username: v.username?.trim(), fullName: v.fullName, password: v.password, grants });
    },
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: userKeys.all });
      void message.success(
        user ? 'Đã lưu thay đổi. Người dùng cần đăng nhập lại để nhận quyền mới.' : 'Đã tạo tài khoản.',
      );
      onClose();
    },
  });
  return (
    <FormModal
      state={state}
      open={open}
      onClose={onClose}
      title={user ? `Sửa tài khoản "${user.username}"` : 'Tạo tài khoản'}
      okText={user ? 'Lưu thay đổi' : 'Tạo tài khoản'}
      width={720}
      name="user"
    >
      {!user && (
        <Form.Item
          name="username"
          label="Tên đăng nhập"
          extra="Chữ không dấu, số và các ký tự . _ -; ví dụ muonglay.vanthu"
          rules={[
            { required: true, whitespace: true, message: 'Chưa nhập tên đăng nhập.' },
            { min: 3, message: 'Tên đăng nhập phải có ít nhất 3 ký tự.' },
            { pattern: /^[A-Za-z0-9._-]+$/, message: 'Tên đăng nhập chỉ gồm chữ không dấu, số và các ký tự . _ -' },
          ]}
        >
          <Input maxLength={60} autoComplete="off" spellCheck={false} />
        </Form.Item>
      )}
      <Form.Item
        name="fullName"
        label="Họ và tên"
        rules={[{ required: true, whitespace: true, message: 'Chưa nhập họ và tên.' }]}
      >
        <Input maxLength={150} autoComplete="off" />
      </Form.Item>
      {!user && (
        <Form.Item
          name="password"
          label="Mật khẩu ban đầu"
          extra={PASSWORD_RULE}
          rules={[{ required: true, message: 'Chưa nhập mật khẩu.' }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      )}
      <GrantsField />
      {user && (
        <Form.Item name="reason" label="Lý do" extra="Ghi vào nhật ký hệ thống." style={{ marginTop: 16 }}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      )}
    </FormModal>
  );
}

export function ResetPasswordModal({ user, onClose }: { user: UserAccount | null; onClose: () => void }) {
  const { message } = App.useApp();
  const state = useFormModal<{ password: string }, unknown>({
    open: !!user,
    subject: user,
    submit: (v) => api.post(`/users/${user!.id}/password`, v),
    onSuccess: () => {
      void message.success(`Đã đặt lại mật khẩu cho "${user!.username}". Hãy báo mật khẩu mới cho người dùng.`);
      onClose();
    },
  });
  return (
    <FormModal
      state={state}
      open={!!user}
      onClose={onClose}
      title={user ? `Đặt lại mật khẩu — ${user.username}` : ''}
      okText="Đặt lại"
      name="user-password"
    >
      <Form.Item
        name="password"
        label="Mật khẩu mới"
        extra={`${PASSWORD_RULE} Mọi phiên đăng nhập và mã truy cập API của người dùng sẽ bị thu hồi.`}
        rules={[{ required: true, message: 'Chưa nhập mật khẩu mới.' }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
