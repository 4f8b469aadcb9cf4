// One import: progress, errors by row and column, or a preview to write everything at once.
import { CloudUploadOutlined, DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Progress, Result, Table, Tag, Typography } from 'antd';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { api, downloadUrl, errorMessage } from '../../ui/api';
import { fmtDateTime, fmtNumber } from '../../ui/format';
import { useOrganisations } from '../../ui/orgs';
import { ButtonLink, LoadError, PageSkeleton } from '../../ui/page';
import type { ImportIssue, ImportJob } from '../../ui/types';
import { householdKeys } from '../households/keys';
import { organisationKeys } from '../organisations/keys';
import { peopleKeys } from '../people/keys';
import { importKeys } from './keys';

import {
  KIND_LABELS,
  KIND_NOUNS,
  KIND_LISTS,
  STATUS,
  REJECTED_MESSAGE,
  RUNNING,
  type PreviewRow,
  previewColumns,
  ERROR_COLUMNS,
} from './shared';

export function JobCard({ id }: { id: string }) {
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
