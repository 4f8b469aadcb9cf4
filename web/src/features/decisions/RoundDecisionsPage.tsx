// /quyet-dinh: the rounds whose decisions the user drafts or signs; /quyet-dinh/dot/:roundId: the
// council's result of one round — draft a decision from it, the decisions with their status, the
// awards above the body's power to send up (khen cao) and the higher decision to record.
import { CloudUploadOutlined, FileAddOutlined, FileDoneOutlined, SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Input, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ROUND_KIND_LABELS } from '../../../../src/domain/rounds/vocab';
import { api, errorMessage } from '../../ui/api';
import { EMPTY, fmtDate, fmtNumber } from '../../ui/format';
import { useDebounced } from '../../ui/hooks';
import { useServerPaging } from '../../ui/paging';
import { ButtonLink, LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import { DraftModal } from './DraftModal';
import { ExternalModal } from './ExternalModal';
import { decisionKeys } from './keys';
import { DecisionStatusTag, DownloadButton, money, NomineeStatusTag } from './parts';
import type { Decision, DecisionRoundList, RoundNominee, RoundSummary, RoundView, SendUpResult } from './types';

export function DecisionRoundsPage() {
  useDocumentTitle('Quyết định khen thưởng');
  const [search, setSearch] = useState('');
  const term = useDebounced(search.trim());
  // The server searches, orders and pages the rounds, kept to those the user drafts or signs for.
  const paging = useServerPaging({ q: term });
  const q = useQuery({
    queryKey: decisionKeys.rounds(paging.query),
    queryFn: () => api.get<DecisionRoundList>(`/decisions/rounds?${paging.query}`),
    placeholderData: keepPreviousData,
  });
  if (q.isLoading) return <PageSkeleton />;
  if (q.error) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  const columns: TableColumnsType<RoundSummary> = [
    { title: 'Đợt xét', dataIndex: 'name', render: (v, r) => <Link to={`/quyet-dinh/dot/${r.id}`}>{v}</Link> },
    { title: 'Cơ quan', dataIndex: 'orgName', responsive: ['md'] },
    { title: 'Loại', dataIndex: 'kind', responsive: ['lg'], render: (k: RoundSummary['kind']) => ROUND_KIND_LABELS[k] },
    { title: 'Hội đồng thông qua', key: 'passed', align: 'right', render: (_, r) => r.nominees.passed ?? 0 },
    { title: 'Đã khen thưởng', key: 'awarded', align: 'right', render: (_, r) => r.nominees.awarded ?? 0 },
    {
      title: 'Quyết định',
      key: 'd',
      render: (_, r) => `${r.decisions.signed ?? 0} đã ký · ${r.decisions.draft ?? 0} dự thảo`,
    },
  ];
  return (
    <>
      <PageHeader
        title="Quyết định khen thưởng"
        subtitle="Lập quyết định từ kết quả họp Hội đồng, trình ký, in giấy khen và danh sách chi tiền thưởng"
      />
      <Card styles={{ body: { padding: 0 } }}>
        <Flex gap={12} align="center" wrap style={{ padding: '12px 16px' }}>
          <Input
            allowClear
            prefix={<SearchOutlined aria-hidden />}
            placeholder="Tìm theo tên đợt xét…"
            aria-label="Tìm đợt xét"
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              if (paging.page !== 1) paging.update({ page: undefined });
            }}
            style={{ maxWidth: 360 }}
          />
          <Typography.Text type="secondary" aria-live="polite">
            {q.data ? `${fmtNumber(q.data.total)} đợt xét` : 'Đang tải…'}
          </Typography.Text>
        </Flex>
        <Table
          rowKey="id"
          columns={columns}
          dataSource={q.data?.items ?? []}
          loading={q.isFetching}
          pagination={paging.pagination(q.data?.total)}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: term ? 'Không có đợt xét nào khớp.' : 'Chưa có đợt xét khen thưởng nào.' }}
        />
      </Card>
    </>
  );
}

export function RoundDecisionsPage() {
  const { roundId } = useParams();
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: decisionKeys.round(roundId),
    queryFn: () => api.get<RoundView>(`/decisions/rounds/${roundId}`),
  });
  useDocumentTitle(q.data ? `Quyết định — ${q.data.round.name}` : 'Quyết định khen thưởng');
  const [draftOpen, setDraftOpen] = useState(false);
  const [externalOpen, setExternalOpen] = useState(false);
  const [upSel, setUpSel] = useState<string[]>([]);
  const sendUp = useMutation({
    mutationFn: (ids: string[]) => api.post<SendUpResult>(`/decisions/rounds/${roundId}/send-up`, { nomineeIds: ids }),
    onSuccess: (r) => {
      setUpSel([]);
      void qc.invalidateQueries({ queryKey: decisionKeys.all });
      void message.success(`Đã chuyển ${r.count} người (tập thể) sang "Đã trình cấp trên". Hãy tải hồ sơ ZIP để gửi.`);
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  if (q.isLoading) return <PageSkeleton />;
  if (q.error) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;
  const v = q.data!;
  const here = v.nominees.filter((n) => n.decidesHere);
  const up = v.nominees.filter((n) => !n.decidesHere);
  const ready = here.filter((n) => n.status === 'passed' && !n.decisionId);
  const nomineeCols: TableColumnsType<RoundNominee> = [
    {
      title: 'Họ và tên / Tập thể',
      dataIndex: 'displayName',
      render: (t, r) => (
        <>
          <Typography.Text strong>{t}</Typography.Text>
          <br />
          <Typography.Text type="secondary">{r.unitName}</Typography.Text>
        </>
      ),
    },
    { title: 'Danh hiệu / hình thức', dataIndex: 'awardName' },
    {
      title: 'Trạng thái',
      dataIndex: 'status',
      render: (s, r) => (
        <Space direction="vertical" size={0}>
          <NomineeStatusTag s={s} />
          {r.notice && !r.notice.ok ? <Typography.Text type="warning">{r.notice.message}</Typography.Text> : null}
        </Space>
      ),
    },
    {
      title: 'Quyết định',
      dataIndex: 'decisionId',
      responsive: ['md'],
      render: (id: string | null) => (id ? <Link to={`/quyet-dinh/${id}`}>Xem</Link> : EMPTY),
    },
  ];
  const decCols: TableColumnsType<Decision> = [
    {
      title: 'Số, ký hiệu',
      dataIndex: 'numberText',
      render: (t, d) => <Link to={`/quyet-dinh/${d.id}`}>{t ?? `Dự thảo (…/${d.symbol})`}</Link>,
    },
    { title: 'Ngày', dataIndex: 'decisionDate', render: (t, d) => fmtDate(t ?? d.content.plannedDate) },
    { title: 'Trích yếu', key: 's', responsive: ['lg'], render: (_, d) => d.content.subject },
    { title: 'Tiền thưởng', dataIndex: 'totalAmount', align: 'right', render: (n) => money(n) },
    { title: 'Trạng thái', key: 'st', render: (_, d) => <DecisionStatusTag d={d} /> },
  ];
  return (
    <>
      <PageHeader
        title={v.round.name}
        subtitle={`${v.round.orgName} · ${ROUND_KIND_LABELS[v.round.kind]} · năm xét ${v.round.period}`}
        actions={
          <>
            <ButtonLink to="/quyet-dinh">Các đợt xét</ButtonLink>
            {v.canManage ? (
              <Button
                type="primary"
                icon={<FileAddOutlined aria-hidden />}
                disabled={!ready.length}
                onClick={() => setDraftOpen(true)}
              >
                Lập dự thảo quyết định
              </Button>
            ) : null}
          </>
        }
      />
      <Flex vertical gap={16}>
        <Card title="Quyết định của đợt" size="small">
          <Table
            rowKey="id"
            size="small"
            columns={decCols}
            dataSource={v.decisions}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: 'Chưa có quyết định nào.' }}
          />
        </Card>
        <Card title={`Thuộc thẩm quyền quyết định của ${v.round.orgName} (${here.length})`} size="small">
          <Table
            rowKey="id"
            size="small"
            columns={nomineeCols}
            dataSource={here}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: 'Hội đồng chưa thông qua ai.' }}
          />
        </Card>
        <Card
          title={`Trình cấp trên khen thưởng — khen cao (${up.length})`}
          size="small"
          extra={
            v.canManage ? (
              <Space wrap>
                <Button
                  icon={<CloudUploadOutlined aria-hidden />}
                  disabled={!upSel.length}
                  loading={sendUp.isPending}
                  onClick={() =>
                    modal.confirm({
                      title: 'Trình cấp trên',
                      content: `Lập hồ sơ và chuyển ${upSel.length} người (tập thể) sang trạng thái "Đã trình cấp trên"?`,
                      okText: 'Trình cấp trên',
                      cancelText: 'Hủy',
                      onOk: () => sendUp.mutateAsync(upSel),
                    })
                  }
                >
                  Trình cấp trên ({upSel.length})
                </Button>
                {up.some((n) => n.status === 'sent_up') ? (
                  <DownloadButton
                    path={`/decisions/rounds/${roundId}/send-up/package`}
                    label="Tải hồ sơ trình khen cao (ZIP)"
                  />
                ) : null}
                <Button
                  icon={<FileDoneOutlined aria-hidden />}
                  disabled={!up.some((n) => n.status === 'sent_up')}
                  onClick={() => setExternalOpen(true)}
                >
                  Ghi nhận quyết định cấp trên
                </Button>
              </Space>
            ) : null
          }
        >
          <Table
            rowKey="id"
            size="small"
            columns={nomineeCols}
            dataSource={up}
            pagination={false}
            scroll={{ x: 'max-content' }}
            rowSelection={
              v.canManage
                ? {
                    selectedRowKeys: upSel,
                    onChange: (k) => setUpSel(k as string[]),
                    getCheckboxProps: (r) => ({
                      disabled: r.status !== 'passed',
                      'aria-label': `Chọn ${r.displayName}`,
                    }),
                  }
                : undefined
            }
            locale={{ emptyText: 'Không có đề nghị nào vượt thẩm quyền.' }}
          />
        </Card>
        {v.meetings.length ? (
          <Card title="Biên bản họp Hội đồng" size="small">
            <Flex vertical gap={8}>
              {v.meetings.map((m) => (
                <Flex key={m.id} gap={8} wrap align="center">
                  <Typography.Text>
                    Họp ngày {fmtDate(m.heldOn)} — {m.place}
                  </Typography.Text>
                  <Tag>{m.status === 'closed' ? 'Đã kiểm phiếu' : 'Chưa kết thúc'}</Tag>
                  <DownloadButton
                    path={`/decisions/meetings/${m.id}/minutes`}
                    query={{ format: 'docx' }}
                    label="Biên bản (Word)"
                  />
                  <DownloadButton path={`/decisions/meetings/${m.id}/minutes`} query={{ format: 'pdf' }} label="PDF" />
                </Flex>
              ))}
            </Flex>
          </Card>
        ) : null}
      </Flex>
      {draftOpen ? <DraftModal view={v} open onClose={() => setDraftOpen(false)} /> : null}
      {externalOpen ? <ExternalModal view={v} open onClose={() => setExternalOpen(false)} /> : null}
    </>
  );
}
