// /tin-bai/:id: one article — its preview as readers will see it, editing while not published,
// images (location metadata stripped on the server) and the steps of the workflow:
// Bản nháp → Chờ duyệt → Đã đăng (→ Đã gỡ → Bản nháp); "Chờ duyệt" may go back to the draft.
import { EditOutlined, LinkOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Form, Modal, Space, Tag, Typography, Upload } from 'antd';
import { Fragment, useState } from 'react';
import { useParams } from 'react-router';
import { parseMarkup } from '../../../../src/domain/models/rich-text';
import { ARTICLE_STATUS_LABELS, type ArticleStatus } from '../../../../src/domain/models/vocab';
import { api, errorMessage } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { fmtDateTime } from '../../ui/format';
import { applyApiError, FormProblemAlert, useFormProblem } from '../../ui/forms';
import { LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import { type Article, ARTICLES_KEY, ArticleFields, STATUS_COLORS } from './ArticlesPage';

/** The next steps from each status, as buttons (the server checks the same moves). */
const STEPS: Record<ArticleStatus, { to: ArticleStatus; label: string; primary?: boolean; danger?: boolean }[]> = {
  draft: [{ to: 'review', label: 'Gửi duyệt', primary: true }],
  review: [
    { to: 'published', label: 'Duyệt và đăng', primary: true },
    { to: 'draft', label: 'Trả lại bản nháp' },
  ],
  published: [{ to: 'withdrawn', label: 'Gỡ tin bài', danger: true }],
  withdrawn: [{ to: 'draft', label: 'Đưa về bản nháp' }],
};

export function ArticlePage() {
  const { id = '' } = useParams();
  const q = useQuery({
    queryKey: [...ARTICLES_KEY, 'one', id],
    queryFn: () => api.get<Article>(`/articles/${id}`),
  });
  useDocumentTitle(q.data?.title ?? 'Tin bài');
  if (q.isPending) return <PageSkeleton />;
  if (q.isError) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  return <ArticleView a={q.data} />;
}

/** Inline text with **bold**, as the public page renders it. */
function Inline({ text }: { text: string }) {
  const parts = text.split(/\*\*(.+?)\*\*/g);
  return (
    <>
      {parts.map((p, i) =>
        i % 2 ? <strong key={`${i}-${p}`}>{p}</strong> : <Fragment key={`${i}-${p}`}>{p}</Fragment>,
      )}
    </>
  );
}

function Preview({ body }: { body: string }) {
  return (
    <div className="article-preview">
      {parseMarkup(body).map((b, i) => {
        const k = `${b.type}-${i}`;
        if (b.type === 'h2')
          return (
            <Typography.Title level={3} key={k}>
              <Inline text={b.text} />
            </Typography.Title>
          );
        if (b.type === 'ul')
          return (
            <ul key={k}>
              {b.items.map((t, j) => (
                <li key={`${j}-${t}`}>
                  <Inline text={t} />
                </li>
              ))}
            </ul>
          );
        if (b.type === 'img')
          return (
            <Typography.Paragraph key={k} type="secondary">
              [Ảnh: {b.alt}]
            </Typography.Paragraph>
          );
        return (
          <Typography.Paragraph key={k}>
            <Inline text={b.text} />
          </Typography.Paragraph>
        );
      })}
    </div>
  );
}

function ArticleView({ a }: { a: Article }) {
  const { can } = useAuth();
  const manage = can('portal.manage');
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const saved = async (x: Article, text: string) => {
    qc.setQueryData([...ARTICLES_KEY, 'one', a.id], x);
    await qc.invalidateQueries({ queryKey: ARTICLES_KEY });
    void message.success(text);
  };
  const move = useMutation({
    mutationFn: (to: ArticleStatus) => api.post<Article>(`/articles/${a.id}/move`, { to }),
    onSuccess: (x) => saved(x, `Tin bài: ${ARTICLE_STATUS_LABELS[x.status].toLocaleLowerCase('vi')}.`),
    onError: (e) => message.error(errorMessage(e)),
  });
  return (
    <>
      <PageHeader
        title={a.title}
        subtitle={<Tag color={STATUS_COLORS[a.status]}>{a.statusLabel}</Tag>}
        actions={
          <>
            {a.status === 'published' ? (
              <Button icon={<LinkOutlined aria-hidden />} href={a.publicPath} target="_blank">
                Xem trên trang công khai
              </Button>
            ) : null}
            {manage && a.status !== 'published' ? (
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
                Sửa
              </Button>
            ) : null}
            {manage
              ? STEPS[a.status].map((s) => (
                  <Button
                    key={s.to}
                    type={s.primary ? 'primary' : 'default'}
                    danger={s.danger}
                    loading={move.isPending && move.variables === s.to}
                    onClick={() => move.mutate(s.to)}
                  >
                    {s.label}
                  </Button>
                ))
              : null}
          </>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" style={{ marginBottom: 16 }}>
          <Descriptions.Item label="Sa-pô" span={2}>
            {a.summary}
          </Descriptions.Item>
          {a.decisionNo ? <Descriptions.Item label="Quyết định">{a.decisionNo}</Descriptions.Item> : null}
          {a.publishedAt ? <Descriptions.Item label="Đăng lúc">{fmtDateTime(a.publishedAt)}</Descriptions.Item> : null}
        </Descriptions>
        <Typography.Title level={2} style={{ fontSize: 18 }}>
          Nội dung (xem trước)
        </Typography.Title>
        <Preview body={a.body} />
      </Card>
      <Card title="Ảnh của tin bài">
        <Space direction="vertical" style={{ width: '100%' }}>
          {a.images.length ? (
            <ul>
              {a.images.map((i) => (
                <li key={i.fileId}>
                  {i.fileName} — chèn vào nội dung:{' '}
                  <Typography.Text code copyable>{`![mô tả ảnh](anh:${i.fileId})`}</Typography.Text>
                </li>
              ))}
            </ul>
          ) : (
            <Typography.Text type="secondary">Chưa có ảnh.</Typography.Text>
          )}
          {manage && a.status !== 'published' ? (
            <Upload
              accept="image/jpeg,image/png"
              showUploadList={false}
              customRequest={async ({ file, onSuccess, onError }) => {
                const form = new FormData();
                form.append('file', file as File);
                try {
                  const x = await api.upload<Article>(`/articles/${a.id}/images`, form);
                  await saved(x, 'Đã thêm ảnh (đã bỏ thông tin vị trí).');
                  onSuccess?.(null);
                } catch (e) {
                  void message.error(errorMessage(e));
                  onError?.(e as Error);
                }
              }}
            >
              <Button icon={<UploadOutlined aria-hidden />}>Tải ảnh lên (JPEG, PNG)</Button>
            </Upload>
          ) : null}
        </Space>
      </Card>
      {editing ? <EditArticleModal a={a} onClose={() => setEditing(false)} onSaved={saved} /> : null}
    </>
  );
}

function EditArticleModal({
  a,
  onClose,
  onSaved,
}: {
  a: Article;
  onClose: () => void;
  onSaved: (x: Article, text: string) => Promise<void>;
}) {
  const [form] = Form.useForm();
  const { problem, setProblem } = useFormProblem();
  const save = useMutation({
    mutationFn: (v: Record<string, unknown>) => api.patch<Article>(`/articles/${a.id}`, v),
    onSuccess: async (x) => {
      await onSaved(x, 'Đã lưu tin bài.');
      onClose();
    },
    onError: (e) => setProblem(applyApiError(form, e)),
  });
  return (
    <Modal
      open
      title="Sửa tin bài"
      okText="Lưu"
      cancelText="Hủy"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      width={760}
    >
      <FormProblemAlert problem={problem} />
      <ArticleFields
        form={form}
        onFinish={(v) => save.mutate(v)}
        initial={{
          title: a.title,
          summary: a.summary,
          body: a.body,
          modelId: a.modelId ?? undefined,
          decisionNo: a.decisionNo ?? undefined,
        }}
      />
    </Modal>
  );
}
