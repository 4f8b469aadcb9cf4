// /nhap-du-lieu[/:jobId]: choose what to import, download the template, upload; the server checks
// every row (progress shown, the page may be left and reopened from "recent imports"), then
// either lists the errors by row and column, or shows a preview to write everything at once.
import { CloudUploadOutlined, DownloadOutlined, InboxOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Progress,
  Radio,
  Result,
  Row,
  Table,
  Tag,
  Typography,
  Upload,
  type TableColumnsType,
  type UploadFile,
} from 'antd';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  awardName,
  GENDER_LABELS,
  ORG_TYPE_LABELS,
  PERSON_CATEGORY_LABELS,
  RATING_LABELS,
  type Gender,
  type OrgType,
  type PersonCategory,
  type Rating,
} from '../../../../src/domain/registry/vocab';
import { api, downloadUrl, errorMessage, isApiError } from '../../ui/api';
import { EMPTY, fmtDate, fmtDateTime, fmtNumber } from '../../ui/format';
import { useOrganisations, type OrgIndex } from '../../ui/orgs';
import { ButtonLink, LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import type { ImportIssue, ImportJob, ImportKind, ImportStatus, ImportSummary } from '../../ui/types';
import { householdKeys } from '../households/keys';
import { organisationKeys } from '../organisations/keys';
import { peopleKeys } from '../people/keys';
import { importKeys } from './keys';

export const KIND_LABELS: Record<ImportKind, string> = {
  organisations: 'Cơ quan, đơn vị',
  people: 'Cá nhân',
  households: 'Hộ gia đình',
  awards: 'Quá trình khen thưởng',
  ratings: 'Đánh giá, xếp loại',
};
/** What a committed row is called, for "Đã ghi 3 cá nhân". */
const KIND_NOUNS: Record<ImportKind, string> = {
  organisations: 'cơ quan, đơn vị',
  people: 'cá nhân',
  households: 'hộ gia đình',
  awards: 'bản ghi khen thưởng',
  ratings: 'kết quả đánh giá, xếp loại',
};
const KIND_LISTS: Partial<Record<ImportKind, { to: string; label: string }>> = {
  organisations: { to: '/co-quan', label: 'Xem cây cơ quan, đơn vị' },
  people: { to: '/ca-nhan', label: 'Xem danh sách cá nhân' },
  households: { to: '/ho-gia-dinh', label: 'Xem danh sách hộ gia đình' },
};

const STATUS: Record<ImportStatus, { label: string; color: string }> = {
  validating: { label: 'Đang kiểm tra', color: 'processing' },
  rejected: { label: 'Có lỗi, chưa ghi', color: 'error' },
  validated: { label: 'Hợp lệ, chờ ghi', color: 'warning' },
  committing: { label: 'Đang ghi', color: 'processing' },
  committed: { label: 'Đã ghi vào hệ thống', color: 'success' },
  failed: { label: 'Bị gián đoạn', color: 'default' },
};

const REJECTED_MESSAGE = 'Tệp có lỗi, chưa có dữ liệu nào được ghi. Hãy sửa các dòng dưới đây và tải lên lại.';
const RUNNING: ImportStatus[] = ['validating', 'committing'];

type PreviewRow = Record<string, unknown>;
const str = (v: unknown) => (v === null || v === undefined || v === '' ? EMPTY : String(v));

function previewColumns(kind: ImportKind, index: OrgIndex): TableColumnsType<PreviewRow> {
  const org = (v: unknown) => (typeof v === 'string' ? index.label(v) || EMPTY : EMPTY);
  switch (kind) {
    case 'people':
      return [
        { title: 'Họ và tên', dataIndex: 'fullName', render: str },
        { title: 'Giới tính', dataIndex: 'gender', render: (v) => GENDER_LABELS[v as Gender] ?? str(v) },
        { title: 'Ngày sinh', dataIndex: 'birthDate', render: (v) => fmtDate(v as string | null) },
        { title: 'Số CCCD', dataIndex: 'cccd', render: str },
        { title: 'Chức vụ', dataIndex: 'position', render: str },
        {
          title: 'Đối tượng',
          dataIndex: 'category',
          render: (v) => PERSON_CATEGORY_LABELS[v as PersonCategory] ?? str(v),
        },
        { title: 'Đơn vị', dataIndex: 'orgId', render: org },
      ];
    case 'organisations':
      return [
        { title: 'Mã đơn vị', dataIndex: 'code', render: str },
        { title: 'Tên đơn vị', dataIndex: 'name', render: str },
        { title: 'Loại đơn vị', dataIndex: 'type', render: (v) => ORG_TYPE_LABELS[v as OrgType] ?? str(v) },
        { title: 'Mã đơn vị cấp trên', dataIndex: 'parentCode', render: str },
        { title: 'Ngày hiệu lực', dataIndex: 'effectiveFrom', render: (v) => fmtDate(v as string | null) },
      ];
    case 'households':
      return [
        { title: 'Chủ hộ', dataIndex: 'headName', render: str },
        { title: 'Địa chỉ', dataIndex: 'address', render: str },
        { title: 'Thôn, tổ dân phố', dataIndex: 'villageOrgId', render: org },
        { title: 'Số nhân khẩu', dataIndex: 'memberCount', render: str },
      ];
    case 'awards':
      return [
        { title: 'Đối tượng', dataIndex: 'label', render: str },
        { title: 'Danh hiệu, hình thức', dataIndex: 'awardCode', render: (v) => awardName(String(v)) },
        { title: 'Năm', dataIndex: 'period', render: str },
        { title: 'Số quyết định', dataIndex: 'decisionNo', render: str },
        { title: 'Ngày quyết định', dataIndex: 'decisionDate', render: (v) => fmtDate(v as string | null) },
      ];
    case 'ratings':
      return [
        { title: 'Cá nhân', dataIndex: 'label', render: str },
        { title: 'Năm', dataIndex: 'period', render: str },
        { title: 'Xếp loại', dataIndex: 'rating', render: (v) => RATING_LABELS[v as Rating] ?? str(v) },
        { title: 'Lý do', dataIndex: 'reason', render: str },
      ];
  }
}

const ERROR_COLUMNS: TableColumnsType<ImportIssue> = [
  { title: 'Dòng', dataIndex: 'row', width: 80, render: (r: number) => (r > 0 ? r : EMPTY) },
  { title: 'Cột', dataIndex: 'column', width: 70, render: str },
  { title: 'Tên cột', dataIndex: 'header', width: 200, render: str },
  { title: 'Lỗi', dataIndex: 'message' },
];

function UploadCard() {
  const [kind, setKind] = useState<ImportKind>('people');
  const [files, setFiles] = useState<UploadFile[]>([]);
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: () => {
      const form = new FormData();
      form.append('file', files[0].originFileObj as File, files[0].name);
      return api.upload<{ id: string }>(`/imports/${kind}`, form);
    },
    onSuccess: async ({ id }) => {
      setFiles([]);
      await qc.invalidateQueries({ queryKey: importKeys.all });
      void navigate(`/nhap-du-lieu/${id}`);
    },
    onError: (e) =>
      setError(isApiError(e) && e.fields.length ? e.fields.map((f) => f.message).join(' ') : errorMessage(e)),
  });
  return (
    <Card title="Tải tệp Excel lên" style={{ marginBottom: 16 }}>
      <Flex vertical gap={16}>
        <div>
          <Typography.Text strong id="import-kind-label">
            Loại dữ liệu
          </Typography.Text>
          <div style={{ marginTop: 8 }}>
            <Radio.Group
              aria-labelledby="import-kind-label"
              optionType="button"
              buttonStyle="solid"
              value={kind}
              onChange={(e) => setKind(e.target.value)}
              options={(Object.keys(KIND_LABELS) as ImportKind[]).map((k) => ({ value: k, label: KIND_LABELS[k] }))}
            />
          </div>
        </div>
        <div>
          <Button icon={<DownloadOutlined aria-hidden />} href={downloadUrl(`/imports/templates/${kind}`)} download>
            Tải tệp mẫu
          </Button>
          <Typography.Text type="secondary" style={{ marginInlineStart: 12 }}>
            Điền dữ liệu vào tệp mẫu ({KIND_LABELS[kind]}); cột có dấu * là bắt buộc, ngày ghi dd/mm/yyyy.
          </Typography.Text>
        </div>
        <Upload.Dragger
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          maxCount={1}
          fileList={files}
          beforeUpload={(file) => {
            setError(null);
            setFiles([
              { uid: file.uid, name: file.name, size: file.size, type: file.type, originFileObj: file, status: 'done' },
            ]);
            return false;
          }}
          onRemove={() => {
            setFiles([]);
            return true;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined aria-hidden />
          </p>
          <p className="ant-upload-text">Bấm để chọn tệp hoặc kéo tệp .xlsx vào đây</p>
          <p className="ant-upload-hint">
            Mỗi lần một tệp, tối đa 25 MB. Chỉ khi mọi dòng hợp lệ thì dữ liệu mới được ghi.
          </p>
        </Upload.Dragger>
        {error && <Alert type="error" showIcon title={error} />}
        <div>
          <Button
            type="primary"
            icon={<CloudUploadOutlined aria-hidden />}
            disabled={!files.length}
            loading={upload.isPending}
            onClick={() => upload.mutate()}
          >
            Tải lên và kiểm tra
          </Button>
        </div>
      </Flex>
    </Card>
  );
}

function JobCard({ id }: { id: string }) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const { index } = useOrganisations();
  const [commitError, setCommitError] = useState<string | null>(null);
  // The server writes in the background; the job's status tells when it is done.
  const commit = useMutation({
    mutationFn: () => api.post<ImportJob>(`/imports/jobs/${id}/commit`),
    onSuccess: (job) => qc.setQueryData(importKeys.job(id), job),
    onError: (e) => setCommitError(errorMessage(e)),
  });
  const q = useQuery({
    queryKey: importKeys.job(id),
    queryFn: () => api.get<ImportJob>(`/imports/jobs/${id}`),
    refetchInterval: (query) =>
      commit.isPending || (query.state.data && RUNNING.includes(query.state.data.status)) ? 500 : false,
    staleTime: 0,
  });
  // The recent list shows each job's status: refresh it when this job's status changes, and
  // announce a finished write (the lists it changed are refreshed too).
  const status = q.data?.status;
  const previous = useRef(status);
  useEffect(() => {
    if (status) void qc.invalidateQueries({ queryKey: importKeys.recent() });
    if (previous.current === 'committing' && status === 'committed' && q.data) {
      for (const key of [peopleKeys.all, householdKeys.all, organisationKeys.all])
        void qc.invalidateQueries({ queryKey: key });
      void message.success(
        `Đã ghi ${fmtNumber(q.data.created ?? q.data.valid)} ${KIND_NOUNS[q.data.kind]} vào hệ thống.`,
      );
    }
    previous.current = status;
  }, [status, qc, q.data, message]);

  if (q.isPending)
    return (
      <Card>
        <PageSkeleton />
      </Card>
    );
  if (q.error)
    return (
      <Card>
        <LoadError error={q.error} onRetry={() => q.refetch()} />
      </Card>
    );
  const job = q.data;
  const percent = job.total > 0 ? Math.min(100, Math.round((job.processed / job.total) * 100)) : 0;

  let body: ReactNode;
  if (job.status === 'validating' || job.status === 'committing' || commit.isPending) {
    const committing = job.status === 'committing' || commit.isPending;
    body = (
      <div aria-live="polite">
        <Typography.Paragraph>
          {committing ? 'Đang ghi dữ liệu vào hệ thống…' : 'Đang kiểm tra từng dòng của tệp…'}
          {job.total > 0 && ` (${fmtNumber(job.processed)}/${fmtNumber(job.total)} dòng)`}
        </Typography.Paragraph>
        <Progress percent={committing && job.total === 0 ? 99 : percent} status="active" aria-label="Tiến độ" />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          Bạn có thể rời trang này; lần nhập vẫn tiếp tục và được liệt kê ở mục “Các lần nhập gần đây”.
        </Typography.Paragraph>
      </div>
    );
  } else if (job.status === 'rejected') {
    body = (
      <>
        <Alert
          type="error"
          showIcon
          title={REJECTED_MESSAGE}
          description={
            job.fatal ??
            `Có ${fmtNumber(job.errors.length)} lỗi${job.errors.length >= 2000 ? ' (chỉ hiện 2.000 lỗi đầu tiên)' : ''}.`
          }
          style={{ marginBottom: 16 }}
        />
        {job.hasReport && (
          <Flex gap={12} align="center" wrap style={{ marginBottom: 16 }}>
            <Button
              icon={<DownloadOutlined aria-hidden />}
              href={downloadUrl(`/imports/jobs/${job.id}/report`)}
              download
            >
              Tải báo cáo lỗi (Excel)
            </Button>
            <Typography.Text type="secondary">Các dòng của tệp, lỗi ghi bên cạnh từng dòng (tô đỏ).</Typography.Text>
          </Flex>
        )}
        {job.errors.length > 0 && (
          <Table<ImportIssue>
            rowKey={(r) => `${r.row}-${r.column}-${r.message}`}
            columns={ERROR_COLUMNS}
            dataSource={job.errors}
            size="small"
            scroll={{ x: 'max-content' }}
            pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          />
        )}
      </>
    );
  } else if (job.status === 'validated') {
    body = (
      <>
        <Alert
          type="success"
          showIcon
          title={`Tệp hợp lệ: ${fmtNumber(job.valid)} dòng sẵn sàng ghi vào hệ thống.`}
          description="Xem trước các dòng dưới đây rồi bấm “Ghi vào hệ thống”. Toàn bộ tệp được ghi cùng lúc; nếu có trục trặc, không dòng nào được ghi."
          style={{ marginBottom: 16 }}
        />
        {(commitError ?? job.commitError) && (
          <Alert type="error" showIcon title={commitError ?? job.commitError} style={{ marginBottom: 16 }} />
        )}
        <Typography.Title level={3} style={{ fontSize: 15 }}>
          Xem trước {job.preview.length < job.valid ? `${job.preview.length} dòng đầu` : `${job.preview.length} dòng`}
        </Typography.Title>
        <Table<PreviewRow>
          rowKey={(_, i) => String(i)}
          columns={previewColumns(job.kind, index)}
          dataSource={job.preview}
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          style={{ marginBottom: 16 }}
        />
        <Button
          type="primary"
          size="large"
          icon={<CloudUploadOutlined aria-hidden />}
          loading={commit.isPending}
          onClick={() => {
            setCommitError(null);
            commit.mutate();
          }}
        >
          Ghi vào hệ thống
        </Button>
      </>
    );
  } else if (job.status === 'committed') {
    const list = KIND_LISTS[job.kind];
    body = (
      <Result
        status="success"
        title={`Đã ghi ${fmtNumber(job.created ?? job.valid)} ${KIND_NOUNS[job.kind]} vào hệ thống.`}
        subTitle={`Tệp “${job.fileName}” — hoàn tất lúc ${fmtDateTime(job.finishedAt)}.`}
        extra={
          <Flex gap={8} wrap justify="center">
            {list && (
              <ButtonLink to={list.to} type="primary">
                {list.label}
              </ButtonLink>
            )}
            <ButtonLink to="/nhap-du-lieu" icon={<PlusOutlined aria-hidden />}>
              Nhập tệp khác
            </ButtonLink>
          </Flex>
        }
      />
    );
  } else {
    body = (
      <Alert
        type="warning"
        showIcon
        title="Lần nhập này bị gián đoạn (máy chủ đã khởi động lại) nên chưa có dữ liệu nào được ghi."
        description={job.fatal ?? 'Hãy tải tệp lên lại.'}
      />
    );
  }

  return (
    <Card
      style={{ marginBottom: 16 }}
      role="region"
      aria-labelledby="import-job-title"
      title={
        <span id="import-job-title" style={{ whiteSpace: 'normal' }}>
          {KIND_LABELS[job.kind]} — tệp “{job.fileName}”
        </span>
      }
      extra={
        job.status !== 'committed' ? (
          <ButtonLink to="/nhap-du-lieu" icon={<PlusOutlined aria-hidden />}>
            Nhập tệp khác
          </ButtonLink>
        ) : undefined
      }
    >
      <Flex gap={8} align="center" wrap style={{ marginBottom: 16 }}>
        <Tag color={STATUS[job.status].color}>{STATUS[job.status].label}</Tag>
        <Typography.Text type="secondary">
          Tải lên lúc {fmtDateTime(job.createdAt)}
          {job.total > 0 && ` · ${fmtNumber(job.total)} dòng dữ liệu`}
        </Typography.Text>
      </Flex>
      {body}
    </Card>
  );
}

function RecentImports({ currentId }: { currentId?: string }) {
  const q = useQuery({
    queryKey: importKeys.recent(),
    queryFn: () => api.get<{ items: ImportSummary[] }>('/imports'),
  });
  const columns: TableColumnsType<ImportSummary> = [
    { title: 'Thời gian', dataIndex: 'createdAt', width: 150, render: fmtDateTime },
    {
      title: 'Tệp',
      dataIndex: 'fileName',
      render: (name: string, j) =>
        j.id === currentId ? <strong>{name}</strong> : <Link to={`/nhap-du-lieu/${j.id}`}>{name}</Link>,
    },
    { title: 'Loại dữ liệu', dataIndex: 'kind', width: 180, render: (k: ImportKind) => KIND_LABELS[k] ?? k },
    {
      title: 'Số dòng',
      dataIndex: 'total',
      width: 90,
      align: 'right',
      render: (n: number) => (n ? fmtNumber(n) : EMPTY),
    },
    {
      title: 'Trạng thái',
      dataIndex: 'status',
      width: 170,
      render: (s: ImportStatus) => <Tag color={STATUS[s]?.color}>{STATUS[s]?.label ?? s}</Tag>,
    },
  ];
  return (
    <Card
      title={<span id="recent-imports-title">Các lần nhập gần đây</span>}
      styles={{ body: { padding: 0 } }}
      role="region"
      aria-labelledby="recent-imports-title"
    >
      {q.error ? (
        <LoadError error={q.error} onRetry={() => q.refetch()} />
      ) : (
        <Table<ImportSummary>
          rowKey="id"
          columns={columns}
          dataSource={q.data?.items ?? []}
          loading={q.isPending}
          size="small"
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: 'Bạn chưa nhập tệp nào.' }}
        />
      )}
    </Card>
  );
}

export function ImportPage() {
  const { jobId } = useParams();
  useDocumentTitle('Nhập dữ liệu Excel');
  return (
    <>
      <PageHeader title="Nhập dữ liệu từ Excel" subtitle="Kiểm tra toàn bộ tệp trước; chỉ ghi khi mọi dòng hợp lệ." />
      <Row gutter={16}>
        <Col span={24}>{jobId ? <JobCard key={jobId} id={jobId} /> : <UploadCard />}</Col>
        <Col span={24}>
          <RecentImports currentId={jobId} />
        </Col>
      </Row>
    </>
  );
}
