// /tin-bai: news articles for the public portal (tin, bài tuyên truyền), paged and searched on the
// server; the standing office writes a draft, sends it for review, publishes it (then it is on
// /cong-khai/tin-tuc and in the RSS feed) or takes it down.
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Form, type FormInstance, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { z } from 'zod';
import { ARTICLE_STATUS_LABELS, type ArticleStatus } from '../../../../src/domain/models/vocab';
import type { ArticleListOut, ArticleOut } from '../../../../src/features/articles/schema';
import { api } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { fmtDateTime, optionsOf } from '../../ui/format';
import { applyApiError, FormProblemAlert, useFormProblem } from '../../ui/forms';
import { useDebounced } from '../../ui/hooks';
import { OrgTreeSelect } from '../../ui/orgs';
import { LoadError, PageHeader, useDocumentTitle } from '../../ui/page';
import { useServerPaging } from '../../ui/paging';

type List = z.output<typeof ArticleListOut>;
type Row = List['items'][number];
export type Article = z.output<typeof ArticleOut>;

export const ARTICLES_KEY = ['articles'] as const;
export const STATUS_COLORS: Record<ArticleStatus, string> = {
  draft: 'default',
  review: 'gold',
  published: 'green',
  withdrawn: 'red',
};

export const MARKUP_HELP =
  'Dòng trống: sang đoạn mới. "## " đầu dòng: tiêu đề mục. "- " đầu dòng: gạch đầu dòng. **chữ đậm**. Ảnh: ![mô tả](anh:mã-ảnh) trên một dòng riêng.';

export function ArticlesPage() {
  useDocumentTitle('Tin bài tuyên truyền');
  const { can } = useAuth();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<ArticleStatus | undefined>();
  const term = useDebounced(search.trim());
  const paging = useServerPaging({ q: term, status });
  const [open, setOpen] = useState(false);
  const list = useQuery({
    queryKey: [...ARTICLES_KEY, paging.query],
    queryFn: () => api.get<List>(`/articles?${paging.query}`),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageHeader
        title="Tin bài tuyên truyền"
        subtitle="Viết, gửi duyệt và đăng tin bài trên trang công khai (/cong-khai/tin-tuc)"
        actions={
          can('portal.manage') ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setOpen(true)}>
              Viết tin bài
            </Button>
          ) : null
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 12 }}>
          <Input
            aria-label="Tìm tin bài"
            placeholder="Tìm theo tiêu đề, sa-pô"
            prefix={<SearchOutlined aria-hidden />}
            allowClear
            style={{ width: 360 }}
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              paging.update({});
            }}
          />
          <Select
            aria-label="Trạng thái"
            placeholder="Mọi trạng thái"
            allowClear
            style={{ width: 200 }}
            value={status}
            onChange={(v) => {
              setStatus(v);
              paging.update({});
            }}
            options={optionsOf(ARTICLE_STATUS_LABELS)}
          />
        </Flex>
        {list.isError ? (
          <LoadError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <Table<Row>
            rowKey="id"
            loading={list.isPending}
            dataSource={list.data?.items}
            scroll={{ x: 800 }}
            pagination={paging.pagination(list.data?.total)}
            locale={{ emptyText: 'Chưa có tin bài nào.' }}
            columns={[
              {
                title: 'Tiêu đề',
                dataIndex: 'title',
                render: (v: string, r) => (
                  <>
                    <Link to={`/tin-bai/${r.id}`}>{v}</Link>
                    <div>
                      <Typography.Text type="secondary">{r.summary}</Typography.Text>
                    </div>
                  </>
                ),
              },
              {
                title: 'Trạng thái',
                dataIndex: 'status',
                width: 140,
                render: (s: ArticleStatus, r) => <Tag color={STATUS_COLORS[s]}>{r.statusLabel}</Tag>,
              },
              { title: 'Đăng lúc', dataIndex: 'publishedAt', width: 170, render: fmtDateTime },
            ]}
          />
        )}
      </Card>
      {open ? <CreateArticleModal onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function CreateArticleModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm();
  const { problem, setProblem } = useFormProblem();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const save = useMutation({
    mutationFn: (v: Record<string, unknown>) => api.post<Article>('/articles', v),
    onSuccess: async (a) => {
      await qc.invalidateQueries({ queryKey: ARTICLES_KEY });
      void navigate(`/tin-bai/${a.id}`);
    },
    onError: (e) => setProblem(applyApiError(form, e)),
  });
  return (
    <Modal
      open
      title="Viết tin bài"
      okText="Lưu bản nháp"
      cancelText="Hủy"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      width={760}
    >
      <FormProblemAlert problem={problem} />
      <ArticleFields form={form} onFinish={(v) => save.mutate(v)} withOrg />
    </Modal>
  );
}

/** The fields of an article, shared by writing and editing. */
export function ArticleFields({
  form,
  onFinish,
  withOrg,
  initial,
}: {
  form: FormInstance;
  onFinish: (v: Record<string, unknown>) => void;
  withOrg?: boolean;
  initial?: Partial<Article>;
}) {
  const models = useQuery({
    queryKey: ['models', 'pick'],
    queryFn: () => api.get<{ items: { id: string; name: string }[] }>('/models', { pageSize: 200 }),
  });
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={(v: Record<string, unknown>) =>
        onFinish({
          ...v,
          modelId: v.modelId ?? null,
          decisionNo: v.decisionNo || null,
        })
      }
    >
      {withOrg ? (
        <Form.Item name="orgId" label="Đơn vị đăng" rules={[{ required: true, message: 'Chọn đơn vị.' }]}>
          <OrgTreeSelect placeholder="Chọn đơn vị" />
        </Form.Item>
      ) : null}
      <Form.Item name="title" label="Tiêu đề" rules={[{ required: true, message: 'Nhập tiêu đề.' }]}>
        <Input maxLength={250} />
      </Form.Item>
      <Form.Item name="summary" label="Sa-pô (tóm tắt)" rules={[{ required: true, message: 'Nhập sa-pô.' }]}>
        <Input.TextArea rows={2} maxLength={600} />
      </Form.Item>
      <Form.Item
        name="body"
        label="Nội dung"
        rules={[{ required: true, message: 'Nhập nội dung.' }]}
        extra={MARKUP_HELP}
      >
        <Input.TextArea rows={10} maxLength={50000} />
      </Form.Item>
      <Form.Item name="modelId" label="Gương điển hình được nói tới">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="Không gắn"
          loading={models.isPending}
          options={(models.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))}
        />
      </Form.Item>
      <Form.Item name="decisionNo" label="Số quyết định khen thưởng liên quan">
        <Input maxLength={60} placeholder="Ví dụ: 123/QĐ-UBND" />
      </Form.Item>
    </Form>
  );
}
