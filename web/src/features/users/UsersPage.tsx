// /tai-khoan (administrators): accounts with their roles per unit; create, edit roles, lock or
// unlock, reset a password, lift a sign-in back-off after repeated wrong passwords.
import {
  EditOutlined,
  KeyOutlined,
  LockOutlined,
  MinusCircleOutlined,
  PlusOutlined,
  SearchOutlined,
  UnlockOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  Row,
  Select,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { ROLE_LABELS, type Role } from '../../../../src/domain/registry/vocab';
import { api } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { fmtDateTime, fmtNumber, optionsOf } from '../../ui/format';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { useDebounced } from '../../ui/hooks';
import { useServerPaging } from '../../ui/paging';
import { OrgTreeSelect } from '../../ui/orgs';
import { ExportButton, LoadError, PageHeader, useDocumentTitle } from '../../ui/page';
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

function UserModal({ user, open, onClose }: { user: UserAccount | null; open: boolean; onClose: () => void }) {
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

function ResetPasswordModal({ user, onClose }: { user: UserAccount | null; onClose: () => void }) {
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

export function UsersPage() {
  useDocumentTitle('Tài khoản');
  const { me } = useAuth();
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const [search, setSearch] = useState('');
  const term = useDebounced(search.trim());
  const paging = useServerPaging({ q: term });
  // The server searches, pages and keeps the list to the accounts this administrator manages.
  const q = useQuery({
    queryKey: userKeys.list(paging.query),
    queryFn: () => api.get<{ items: UserAccount[]; total: number }>(`/users?${paging.query}`),
    placeholderData: keepPreviousData,
  });
  const [editing, setEditing] = useState<UserAccount | null>(null);
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<UserAccount | null>(null);

  const toggle = useMutation({
    mutationFn: (u: UserAccount) => api.patch(`/users/${u.id}`, { active: !u.active }),
    onSuccess: async (_, u) => {
      await qc.invalidateQueries({ queryKey: userKeys.all });
      void message.success(u.active ? `Đã khóa tài khoản "${u.username}".` : `Đã mở khóa tài khoản "${u.username}".`);
    },
    onError: (e) => message.error(e.message),
  });

  const unlockSignIn = useMutation({
    mutationFn: (u: UserAccount) => api.post(`/users/${u.id}/unlock-sign-in`, {}),
    onSuccess: async (_, u) => {
      await qc.invalidateQueries({ queryKey: userKeys.all });
      void message.success(`Đã gỡ chặn đăng nhập cho "${u.username}". Người dùng có thể đăng nhập lại ngay.`);
    },
    onError: (e) => message.error(e.message),
  });

  const rows = q.data?.items ?? [];

  const columns: TableColumnsType<UserAccount> = [
    {
      title: 'Tài khoản',
      dataIndex: 'username',
      width: 220,
      render: (username: string, u) => (
        <div>
          <div style={{ fontWeight: 600 }}>{u.fullName}</div>
          <Typography.Text type="secondary">{username}</Typography.Text>
        </div>
      ),
    },
    {
      title: 'Vai trò — đơn vị',
      dataIndex: 'grants',
      render: (grants: UserAccount['grants']) =>
        grants.length ? (
          <Flex vertical gap={4}>
            {grants.map((g) => (
              <span key={`${g.role}-${g.orgId}`}>
                <Tag color="blue">{ROLE_LABELS[g.role]}</Tag>
                {g.orgName}
              </span>
            ))}
          </Flex>
        ) : (
          <Typography.Text type="secondary">Chưa phân quyền</Typography.Text>
        ),
    },
    {
      title: 'Trạng thái',
      dataIndex: 'active',
      width: 200,
      render: (a: boolean, u) => (
        <Flex vertical gap={4} align="start">
          {a ? <Tag color="green">Đang hoạt động</Tag> : <Tag color="red">Đã khóa</Tag>}
          {u.signInBlockedUntil ? (
            <Tag color="orange">Tạm chặn đăng nhập đến {fmtDateTime(u.signInBlockedUntil)}</Tag>
          ) : u.signInFailures > 0 ? (
            <Typography.Text type="secondary">{fmtNumber(u.signInFailures)} lần đăng nhập sai</Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      title: 'Thao tác',
      key: 'actions',
      width: 360,
      render: (_, u) => (
        <Flex gap={6} wrap>
          <Button
            size="small"
            icon={<EditOutlined aria-hidden />}
            onClick={() => setEditing(u)}
            aria-label={`Sửa tài khoản ${u.username}`}
          >
            Sửa
          </Button>
          {u.id !== me.userId && (
            <Button
              size="small"
              danger={u.active}
              icon={u.active ? <LockOutlined aria-hidden /> : <UnlockOutlined aria-hidden />}
              aria-label={`${u.active ? 'Khóa' : 'Mở khóa'} tài khoản ${u.username}`}
              onClick={() =>
                modal.confirm({
                  title: u.active ? `Khóa tài khoản "${u.username}"?` : `Mở khóa tài khoản "${u.username}"?`,
                  content: u.active
                    ? 'Người dùng sẽ bị đăng xuất và không đăng nhập được cho đến khi được mở khóa.'
                    : 'Người dùng sẽ đăng nhập lại được.',
                  okText: u.active ? 'Khóa' : 'Mở khóa',
                  okButtonProps: { danger: u.active },
                  cancelText: 'Hủy',
                  onOk: () => toggle.mutateAsync(u),
                })
              }
            >
              {u.active ? 'Khóa' : 'Mở khóa'}
            </Button>
          )}
          <Button
            size="small"
            icon={<KeyOutlined aria-hidden />}
            onClick={() => setResetting(u)}
            aria-label={`Đặt lại mật khẩu tài khoản ${u.username}`}
          >
            Đặt lại mật khẩu
          </Button>
          {u.signInFailures > 0 && (
            <Button
              size="small"
              icon={<UndoOutlined aria-hidden />}
              aria-label={`Gỡ chặn đăng nhập tài khoản ${u.username}`}
              loading={unlockSignIn.isPending && unlockSignIn.variables?.id === u.id}
              onClick={() =>
                modal.confirm({
                  title: `Gỡ chặn đăng nhập cho "${u.username}"?`,
                  content: `Đã có ${fmtNumber(u.signInFailures)} lần nhập sai mật khẩu. Nếu không phải do chính người dùng, hãy đặt lại mật khẩu thay vì chỉ gỡ chặn.`,
                  okText: 'Gỡ chặn',
                  cancelText: 'Hủy',
                  onOk: () => unlockSignIn.mutateAsync(u),
                })
              }
            >
              Gỡ chặn đăng nhập
            </Button>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="Tài khoản"
        actions={
          <>
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              Tạo tài khoản
            </Button>
            <ExportButton path="/users/export" />
          </>
        }
      />
      {q.error ? (
        <LoadError error={q.error} onRetry={() => q.refetch()} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Flex gap={12} align="center" wrap style={{ padding: '12px 16px' }}>
            <Input
              allowClear
              prefix={<SearchOutlined aria-hidden />}
              placeholder="Tìm theo tên đăng nhập, họ tên, đơn vị…"
              aria-label="Tìm tài khoản"
              value={search}
              onChange={(e) => {
                setSearch(e.target.value);
                if (paging.page !== 1) paging.update({ page: undefined });
              }}
              style={{ maxWidth: 360 }}
            />
            <Typography.Text type="secondary" aria-live="polite">
              {q.data ? `${fmtNumber(q.data.total)} tài khoản` : 'Đang tải…'}
            </Typography.Text>
          </Flex>
          <Table<UserAccount>
            rowKey="id"
            columns={columns}
            dataSource={rows}
            loading={q.isPending}
            scroll={{ x: 'max-content' }}
            pagination={paging.pagination(q.data?.total)}
            locale={{ emptyText: search ? 'Không có tài khoản nào phù hợp.' : 'Chưa có tài khoản nào.' }}
          />
        </Card>
      )}
      <UserModal
        user={editing}
        open={creating || !!editing}
        onClose={() => {
          setCreating(false);
          setEditing(null);
        }}
      />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
