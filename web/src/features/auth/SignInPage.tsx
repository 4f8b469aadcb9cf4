// Sign-in: username and password; the tenant is asked only when the server hosts several.
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api, ApiError, errorMessage } from '../../ui/api';
import { ME_KEY } from '../../ui/auth';
import { useDocumentTitle } from '../../ui/page';

interface SignInValues {
  tenant?: string;
  username: string;
  password: string;
}

/** Only same-site paths are followed after signing in. */
function safeNext(raw: string | null): string {
  if (!raw?.startsWith('/') || raw.startsWith('//') || raw.startsWith('/dang-nhap')) return '/';
  return raw;
}

export function SignInPage() {
  useDocumentTitle('Đăng nhập');
  const [form] = Form.useForm<SignInValues>();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const notice = params.get('thong-bao');

  const tenants = useQuery({
    queryKey: ['auth', 'tenants'],
    queryFn: () => api.get<{ tenants: { code: string; name: string }[] }>('/auth/tenants'),
    staleTime: Infinity,
  });
  const list = tenants.data?.tenants ?? [];
  const many = list.length > 1;

  const signIn = useMutation({
    mutationFn: (v: SignInValues) => api.post('/auth/sign-in', { ...v, tenant: many ? v.tenant : undefined }),
    onSuccess: async () => {
      qc.removeQueries();
      await qc.invalidateQueries({ queryKey: ME_KEY });
      void navigate(safeNext(params.get('tiep')), { replace: true });
    },
    onError: (e) => {
      setError(errorMessage(e));
      if (e instanceof ApiError) {
        const onForm = e.fields.filter((f) => ['tenant', 'username', 'password'].includes(f.field));
        form.setFields(onForm.map((f) => ({ name: f.field as keyof SignInValues, errors: [f.message] })));
      }
      form.setFieldValue('password', '');
      form.focusField('password');
    },
  });

  return (
    <main className="sign-in-page">
      <Card className="sign-in-card">
        <div style={{ textAlign: 'center', marginBottom: 20 }}>
          <img src="/favicon.svg" alt="" width={48} height={48} />
          <Typography.Title level={1} style={{ fontSize: 22, margin: '12px 0 4px' }}>
            Quản lý thi đua, khen thưởng
          </Typography.Title>
          <Typography.Text type="secondary">Đăng nhập để tiếp tục</Typography.Text>
        </div>
        {notice === 'doi-mat-khau' && (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 16 }}
            title="Đã đổi mật khẩu. Vui lòng đăng nhập lại bằng mật khẩu mới."
          />
        )}
        {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={error} />}
        <Form
          form={form}
          name="sign-in"
          layout="vertical"
          requiredMark={false}
          onFinish={(v) => {
            setError(null);
            signIn.mutate(v);
          }}
          initialValues={{ tenant: undefined }}
        >
          {many && (
            <Form.Item
              name="tenant"
              label="Đơn vị triển khai"
              rules={[{ required: true, message: 'Chọn đơn vị triển khai.' }]}
            >
              <Select
                options={list.map((t) => ({ value: t.code, label: t.name }))}
                placeholder="Chọn đơn vị triển khai"
                showSearch={{ optionFilterProp: 'label' }}
              />
            </Form.Item>
          )}
          <Form.Item
            name="username"
            label="Tên đăng nhập"
            rules={[{ required: true, message: 'Chưa nhập tên đăng nhập.' }]}
          >
            <Input
              prefix={<UserOutlined aria-hidden />}
              autoComplete="username"
              autoFocus
              autoCapitalize="none"
              spellCheck={false}
            />
          </Form.Item>
          <Form.Item name="password" label="Mật khẩu" rules={[{ required: true, message: 'Chưa nhập mật khẩu.' }]}>
            <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={signIn.isPending}>
            Đăng nhập
          </Button>
        </Form>
      </Card>
    </main>
  );
}
