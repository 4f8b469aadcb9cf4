// /tin-bai/:id: one article — its preview as readers will see it, editing while a draft, images
// (location metadata stripped on the server; shown here from the route behind the login) and the
// steps of the workflow: Bản nháp → Chờ duyệt → Đã đăng (→ Đã gỡ → Bản nháp). Someone who neither
// wrote nor changed it approves it; "Chờ duyệt" may go back to the draft.
import { EditOutlined, LinkOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Flex, Image, Space, Tag, Typography } from 'antd';
import { Fragment, useState } from 'react';
import { useParams } from 'react-router';
import { parseMarkup } from '../../../../src/domain/models/rich-text';
import { ARTICLE_STATUS_LABELS, type ArticleStatus } from '../../../../src/domain/models/vocab';
import { ARTICLE_STEP_PERMISSIONS } from '../../../../src/domain/models/workflow';
import { API_BASE, api, errorMessage } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { FormModal, useFormModal } from '../../ui/form-modal';
import { fmtDateTime } from '../../ui/format';
import { LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import { type Article, ArticleFields, type ArticleValues, articleBody, STATUS_COLORS } from './ArticlesPage';
import { articleKeys } from './keys';
import { IMAGE_TYPES, UploadButton } from './UploadButton';

/** The next steps from each status, as buttons (the server checks the same moves and rights). */
const STEPS: Record<ArticleStatus, { to: ArticleStatus; label: string; primary?: boolean; danger?: boolean }[]> = {
  draft: [{ to: 'review', label: 'Gửi duyệt', primary: true }],
  review: [
    { to: 'published', label: 'Duyệt và đăng', primary: true },
    { to: 'draft', label: 'Trả lại bản nháp' },
  ],
  published: [{ to: 'withdrawn', label: 'Gỡ tin bài', danger: true }],
  withdrawn: [{ to: 'draft', label: 'Đưa về bản nháp' }],
};

const imageUrl = (articleId: string, fileId: string) => `${API_BASE}/articles/${articleId}/images/${fileId}`;

export function ArticlePage() {
  const { id = '' } = useParams();
  const q = useQuery({ queryKey: articleKeys.detail(id), queryFn: () => api.get<Article>(`/articles/${id}`) });
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

function Preview({ a }: { a: Article }) {
  const own = new Set(a.images.map((i) => i.fileId));
  return (
    <div className="article-preview">
      {parseMarkup(a.body).map((b, i) => {
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
          return own.has(b.fileId) ? (
            <figure key={k} style={{ margin: '0 0 16px' }}>
              <Image src={imageUrl(a.id, b.fileId)} alt={b.alt} width={320} />
              <figcaption>
                <Typography.Text type="secondary">{b.alt}</Typography.Text>
              </figcaption>
            </figure>
          ) : (
            <Typography.Paragraph key={k} type="danger">
              [Ảnh không thuộc tin bài này: {b.alt}]
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
    qc.setQueryData(articleKeys.detail(a.id), x);
    await qc.invalidateQueries({ queryKey: articleKeys.all });
    void message.success(text);
  };
  const move = useMutation({
    mutationFn: (to: ArticleStatus) => api.post<Article>(`/articles/${a.id}/move`, { to }),
    onSuccess: (x) => saved(x, `Tin bài: ${ARTICLE_STATUS_LABELS[x.status].toLocaleLowerCase('vi')}.`),
    onError: (e) => message.error(errorMessage(e)),
  });
  // Approving rests on the server's answer (the right to review, and not one of the writers).
  const steps = STEPS[a.status].filter((s) =>
    s.to === 'published' ? a.mayApprove : ARTICLE_STEP_PERMISSIONS[s.to].some((p) => can(p)),
  );
  const editable = manage && (a.status === 'draft' || a.status === 'withdrawn');
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
            {editable ? (
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
                Sửa
              </Button>
            ) : null}
            {steps.map((s) => (
              <Button
                key={s.to}
                type={s.primary ? 'primary' : 'default'}
                danger={s.danger}
                loading={move.isPending && move.variables === s.to}
                onClick={() => move.mutate(s.to)}
              >
                {s.label}
              </Button>
            ))}
          </>
        }
      />
      {a.status === 'review' && !a.mayApprove ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message="Đang chờ duyệt"
          description={
            a.youEdited
              ? 'Bạn đã viết hoặc sửa tin bài này nên không tự duyệt được: một người khác có quyền (Chủ tịch hoặc cán bộ thường trực) sẽ duyệt và đăng.'
              : 'Tin bài chờ người có quyền duyệt và đăng.'
          }
        />
      ) : null}
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
        <Preview a={a} />
      </Card>
      <Card title="Ảnh của tin bài">
        <Space direction="vertical" style={{ width: '100%' }}>
          {a.images.length ? (
            <Image.PreviewGroup>
              <Flex gap={16} wrap>
                {a.images.map((i) => (
                  <Flex key={i.fileId} vertical gap={4} style={{ width: 200 }}>
                    <Image
                      src={imageUrl(a.id, i.fileId)}
                      alt={i.fileName}
                      width={200}
                      height={140}
                      style={{ objectFit: 'cover' }}
                    />
                    <Typography.Text code copyable={{ text: `![mô tả ảnh](anh:${i.fileId})` }} ellipsis>
                      {i.fileName}
                    </Typography.Text>
                  </Flex>
                ))}
              </Flex>
            </Image.PreviewGroup>
          ) : (
            <Typography.Text type="secondary">Chưa có ảnh.</Typography.Text>
          )}
          {a.images.length && editable ? (
            <Typography.Text type="secondary">
              Bấm biểu tượng sao chép để lấy mã chèn ảnh vào nội dung: ![mô tả ảnh](anh:mã-ảnh).
            </Typography.Text>
          ) : null}
          {editable ? (
            <UploadButton<Article>
              path={`/articles/${a.id}/images`}
              accept={IMAGE_TYPES}
              label="Tải ảnh lên (JPEG, PNG)"
              onUploaded={(x) => saved(x, 'Đã thêm ảnh (đã bỏ thông tin vị trí).')}
            />
          ) : null}
        </Space>
      </Card>
      <EditArticleModal a={a} open={editing} onClose={() => setEditing(false)} onSaved={saved} />
    </>
  );
}

function EditArticleModal({
  a,
  open,
  onClose,
  onSaved,
}: {
  a: Article;
  open: boolean;
  onClose: () => void;
  onSaved: (x: Article, text: string) => Promise<void>;
}) {
  const state = useFormModal<ArticleValues, Article>({
    open,
    subject: a.id,
    initialValues: () => ({
      title: a.title,
      summary: a.summary,
      body: a.body,
      modelId: a.modelId ?? undefined,
      decisionNo: a.decisionNo ?? undefined,
    }),
    submit: (v) => api.patch<Article>(`/articles/${a.id}`, articleBody(v)),
    onSuccess: async (x) => {
      await onSaved(x, 'Đã lưu tin bài.');
      onClose();
    },
  });
  return (
    <FormModal
      state={state}
      open={open}
      onClose={onClose}
      title="Sửa tin bài"
      okText="Lưu"
      name="article-edit"
      width={760}
    >
      <ArticleFields />
    </FormModal>
  );
}
