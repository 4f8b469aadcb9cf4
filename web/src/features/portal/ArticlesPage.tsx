// /tin-bai: news articles for the public portal (tin, bài tuyên truyền), paged and searched on the
// server; a writer drafts an article and sends it for review, someone else with the right to review
// (the chairman or the standing office) publishes it (then it is on /cong-khai/tin-tuc and in the
// RSS feed), and it can be taken down.
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { z } from 'zod';
import { ARTICLE_STATUS_LABELS, type ArticleStatus } from '../../../../src/domain/models/vocab';
import type { ArticleListOut, ArticleOut } from '../../../../src/features/articles/schema';
import { api } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { fmtDateTime, optionsOf } from '../../ui/format';
import { OrgTreeSelect } from '../../ui/orgs';
import { PageHeader, useDocumentTitle } from '../../ui/page';
import { articleKeys, modelKeys } from './keys';
import { PortalList, StatusTag } from './PortalList';

type Row = z.output<typeof ArticleListOut>['items'][number];
export type Article = z.output<typeof ArticleOut>;

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
  const [open, setOpen] = useState(false);
  return (
    <>
      <PageHeader
        title="Tin bài tuyên truyền"
        subtitle="Viết, gửi duyệt; người khác có quyền duyệt thì đăng lên trang công khai (/cong-khai/tin-tuc)"
        actions={
          can('portal.manage') ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setOpen(true)}>
              Viết tin bài
            </Button>
          ) : null
        }
      />
      <PortalList<Row>
        path="/articles"
        queryKey={articleKeys.list}
        search={{ label: 'Tìm tin bài', placeholder: 'Tìm theo tiêu đề, sa-pô', width: 360 }}
        filters={[
          {
            key: 'status',
            label: 'Trạng thái',
            placeholder: 'Mọi trạng thái',
            options: optionsOf(ARTICLE_STATUS_LABELS),
          },
        ]}
        empty={{ none: 'Chưa có tin bài nào.', filtered: 'Không có tin bài nào phù hợp.' }}
        scrollX={800}
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
            render: (s: ArticleStatus, r) => <StatusTag color={STATUS_COLORS[s]} label={r.statusLabel} />,
          },
          { title: 'Đăng lúc', dataIndex: 'publishedAt', width: 170, render: fmtDateTime },
        ]}
      />
      <CreateArticleModal open={open} onClose={() => setOpen(false)} />
    </>
  );
}

/** What the article form holds. */
export interface ArticleValues {
  orgId?: string;
  title: string;
  summary: string;
  body: string;
  modelId?: string | null;
  decisionNo?: string | null;
}

/** The body the API takes from the form's values. */
export const articleBody = (v: ArticleValues) => ({
  ...v,
  modelId: v.modelId ?? null,
  decisionNo: v.decisionNo || null,
});

function CreateArticleModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const state = useFormModal<ArticleValues, Article>({
    open,
    submit: (v) => api.post<Article>('/articles', articleBody(v)),
    onSuccess: async (a) => {
      await qc.invalidateQueries({ queryKey: articleKeys.all });
      onClose();
      void navigate(`/tin-bai/${a.id}`);
    },
  });
  return (
    <FormModal
      state={state}
      open={open}
      onClose={onClose}
      title="Viết tin bài"
      okText="Lưu bản nháp"
      name="article-create"
      width={760}
    >
      <ArticleFields withOrg />
    </FormModal>
  );
}

/** The fields of an article, shared by writing and editing (inside a FormModal). */
export function ArticleFields({ withOrg }: { withOrg?: boolean }) {
  const models = useQuery({
    queryKey: modelKeys.pick(),
    queryFn: () => api.get<{ items: { id: string; name: string }[] }>('/models', { pageSize: 200 }),
  });
  return (
    <>
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
    </>
  );
}
