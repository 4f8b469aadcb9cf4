// /quyet-dinh: the rounds whose decisions the user drafts or signs; /quyet-dinh/dot/:roundId: the
// council's result of one round — draft a decision from it, the decisions with their status, the
// awards above the body's power to send up (khen cao) and the higher decision to record.
import { CloudUploadOutlined, FileAddOutlined, FileDoneOutlined, SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ROUND_KIND_LABELS } from '../../../../src/domain/rounds/vocab';
import { api, errorMessage } from '../../ui/api';
import { DATE_FORMATS, EMPTY, fmtDate, fmtNumber, positionLine, toIso } from '../../ui/format';
import { useDebounced } from '../../ui/hooks';
import { useServerPaging } from '../../ui/paging';
import { ButtonLink, LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import { DecisionStatusTag, DownloadButton, money, NomineeStatusTag } from './parts';
import type {
  Created,
  Decision,
  DecisionRoundList,
  RoundNominee,
  RoundSummary,
  RoundView,
  SendUpResult,
} from './types';

export function DecisionRoundsPage() {
  useDocumentTitle('Quyết định khen thưởng');
  const [search, setSearch] = useState('');
  const term = useDebounced(search.trim());
  // The server searches, orders and pages the rounds, kept to those the user drafts or signs for.
  const paging = useServerPaging({ q: term });
  const q = useQuery({
    queryKey: ['decisions', 'rounds', paging.query],
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

/**
 * The whole list of those the council passed, one row each (name, position and unit, award, public
 * notice), ticked by default: the officer sees every name that will go into the decision and can
 * leave some out. A form control (value: the chosen ids).
 */
function NomineePicker({
  candidates,
  value = [],
  onChange,
}: {
  candidates: RoundNominee[];
  value?: string[];
  onChange?: (ids: string[]) => void;
}) {
  const columns: TableColumnsType<RoundNominee> = [
    {
      title: 'Họ tên (tập thể)',
      dataIndex: 'displayName',
      render: (name: string, r) => (
        <span>
          {name}
          <br />
          <small className="muted">{positionLine(r.positionText, r.unitName)}</small>
        </span>
      ),
    },
    { title: 'Danh hiệu, hình thức', dataIndex: 'awardName' },
    {
      title: 'Công khai',
      key: 'notice',
      render: (_, r) =>
        r.notice === null ? (
          <span className="muted">—</span>
        ) : r.notice.ok ? (
          <Tag color="success">Đã xong</Tag>
        ) : (
          <Tag color="warning">{r.notice.message}</Tag>
        ),
    },
  ];
  return (
    <>
      <Typography.Text type="secondary">
        Đã chọn {value.length}/{candidates.length}
      </Typography.Text>
      <Table
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={candidates}
        pagination={false}
        scroll={{ y: 320 }}
        rowSelection={{ selectedRowKeys: value, onChange: (keys) => onChange?.(keys.map(String)) }}
        locale={{ emptyText: 'Không còn ai được Hội đồng thông qua mà chưa có quyết định.' }}
      />
    </>
  );
}

function DraftModal({ view, open, onClose }: { view: RoundView; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const candidates = view.nominees.filter((n) => n.status === 'passed' && n.decidesHere && !n.decisionId);
  const m = useMutation({
    mutationFn: (v: { symbol: string; plannedDate: unknown; signerUserId?: string; nomineeIds: string[] }) =>
      api.post<Created>(`/decisions/rounds/${view.round.id}/drafts`, {
        symbol: v.symbol,
        plannedDate: toIso(v.plannedDate as never) ?? undefined,
        signerUserId: v.signerUserId ?? null,
        nomineeIds: v.nomineeIds,
      }),
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: ['decisions'] });
      void message.success('Đã lập dự thảo quyết định.');
      void navigate(`/quyet-dinh/${r.id}`);
    },
  });
  return (
    <Modal
      title="Lập dự thảo quyết định khen thưởng"
      open={open}
      onCancel={onClose}
      okText="Lập dự thảo"
      cancelText="Hủy"
      onOk={() => form.submit()}
      confirmLoading={m.isPending}
      width={720}
      destroyOnHidden
    >
      {m.error ? <Alert type="error" showIcon message={errorMessage(m.error)} style={{ marginBottom: 12 }} /> : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => m.mutate(v)}
        initialValues={{
          symbol: 'QĐ-UBND',
          signerUserId: view.signers[0]?.id,
          nomineeIds: candidates.map((c) => c.id),
        }}
      >
        <Flex gap={12} wrap>
          <Form.Item
            name="symbol"
            label="Ký hiệu"
            rules={[{ required: true, message: 'Nhập ký hiệu.' }]}
            style={{ minWidth: 160 }}
          >
            <Input />
          </Form.Item>
          <Form.Item name="plannedDate" label="Ngày dự kiến ký" style={{ minWidth: 180 }}>
            <DatePicker format={DATE_FORMATS} placeholder={fmtDate(view.round.decisionBy)} />
          </Form.Item>
          <Form.Item name="signerUserId" label="Người ký" style={{ minWidth: 240, flex: 1 }}>
            <Select
              options={view.signers.map((s) => ({
                value: s.id,
                label: `${s.fullName}${s.position ? ` — ${s.position}` : ''}`,
              }))}
              allowClear
              placeholder="Chọn người ký"
            />
          </Form.Item>
        </Flex>
        <Form.Item
          name="nomineeIds"
          label={`Người (tập thể) đưa vào quyết định (${candidates.length} đủ điều kiện)`}
          rules={[{ required: true, message: 'Chọn ít nhất một người.' }]}
        >
          <NomineePicker candidates={candidates} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ExternalModal({ view, open, onClose }: { view: RoundView; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const sent = view.nominees.filter((n) => n.status === 'sent_up');
  const m = useMutation({
    mutationFn: (v: {
      numberText: string;
      decisionDate: unknown;
      issuer: string;
      nomineeIds: string[];
      amounts?: Record<string, number | null>;
    }) =>
      api.post<Created>(`/decisions/rounds/${view.round.id}/external`, {
        numberText: v.numberText,
        decisionDate: toIso(v.decisionDate as never),
        issuer: v.issuer,
        items: v.nomineeIds.map((id) => ({ nomineeId: id, amount: v.amounts?.[id] ?? null })),
      }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['decisions'] });
      void message.success('Đã ghi nhận quyết định của cấp trên và cập nhật quá trình khen thưởng.');
      onClose();
    },
  });
  const chosen: string[] = Form.useWatch('nomineeIds', form) ?? [];
  return (
    <Modal
      title="Ghi nhận quyết định khen thưởng của cấp trên"
      open={open}
      onCancel={onClose}
      okText="Ghi nhận"
      cancelText="Hủy"
      onOk={() => form.submit()}
      confirmLoading={m.isPending}
      width={720}
      destroyOnHidden
    >
      {m.error ? <Alert type="error" showIcon message={errorMessage(m.error)} style={{ marginBottom: 12 }} /> : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => m.mutate(v)}
        initialValues={{ issuer: 'Chủ tịch UBND tỉnh' }}
      >
        <Flex gap={12} wrap>
          <Form.Item
            name="numberText"
            label="Số, ký hiệu"
            rules={[{ required: true, message: 'Nhập số quyết định.' }]}
            style={{ minWidth: 180 }}
          >
            <Input placeholder="125/QĐ-UBND" />
          </Form.Item>
          <Form.Item name="decisionDate" label="Ngày quyết định" rules={[{ required: true, message: 'Chọn ngày.' }]}>
            <DatePicker format={DATE_FORMATS} />
          </Form.Item>
          <Form.Item
            name="issuer"
            label="Cơ quan, người quyết định"
            rules={[{ required: true, message: 'Nhập người quyết định.' }]}
            style={{ flex: 1, minWidth: 220 }}
          >
            <Input />
          </Form.Item>
        </Flex>
        <Form.Item
          name="nomineeIds"
          label="Người (tập thể) có trong quyết định"
          rules={[{ required: true, message: 'Chọn ít nhất một người.' }]}
        >
          <Select
            mode="multiple"
            options={sent.map((c) => ({ value: c.id, label: `${c.displayName} — ${c.awardName}` }))}
          />
        </Form.Item>
        {chosen.map((id) => (
          <Form.Item
            key={id}
            name={['amounts', id]}
            label={`Tiền thưởng của ${sent.find((s) => s.id === id)?.displayName} (đồng, nếu đã biết)`}
          >
            <InputNumber min={0} step={10000} style={{ width: 220 }} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}

export function RoundDecisionsPage() {
  const { roundId } = useParams();
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ['decisions', 'round', roundId],
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
      void qc.invalidateQueries({ queryKey: ['decisions'] });
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
