// /tai-khoan (administrators): accounts with their roles per unit; create, edit roles, lock or
// unlock, reset a password, lift a sign-in back-off after repeated wrong passwords.
import {
  EditOutlined,
  KeyOutlined,
  LockOutlined,
  PlusOutlined,
  SearchOutlined,
  UnlockOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Input, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { ROLE_LABELS } from '../../../../src/domain/registry/vocab';
import { api } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { fmtDateTime, fmtNumber } from '../../ui/format';
import { useDebounced } from '../../ui/hooks';
import { useServerPaging } from '../../ui/paging';
import { ExportButton, LoadError, PageHeader, useDocumentTitle } from '../../ui/page';
import type { UserAccount } from '../../ui/types';
import { userKeys } from './keys';
import { ResetPasswordModal, UserModal } from './UserModals';

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
