// /phong-trao/:id — one movement: its steps (drafted → launched → mid-review → final review) with
// the actions the office may take at each, the launch plan as DOCX or PDF, the content (purposes,
// criteria and targets, awards), the participating units with their latest progress report and a
// report form for the user's own units, and the reviews; the final review can open the thematic
// commendation round, linked from here.
import {
  ArrowLeftOutlined,
  FilePdfOutlined,
  FileTextOutlined,
  FileWordOutlined,
  FlagOutlined,
  RocketOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Divider,
  Empty,
  Flex,
  Form,
  Grid,
  Input,
  Modal,
  Row,
  Select,
  Steps,
  Switch,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { api, downloadUrl } from '../../ui/api';
import { DATE_FORMATS, EMPTY, fmtDate, toIso } from '../../ui/format';
import { applyApiError, FormProblemAlert, useFormProblem } from '../../ui/forms';
import { useOnChange } from '../../ui/hooks';
import { ButtonLink, LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import { addDays } from '../rounds/labels';
import { EvidenceUpload, FileList } from '../rounds/parts';
import { useAwardOptions } from '../rounds/RoundsPage';
import {
  canFinalReview,
  canMidReview,
  latestReport,
  MOVEMENTS_KEY,
  STATUS_COLOURS,
  STATUS_LABELS,
  STATUS_ORDER,
  takesReports,
} from './labels';
import type { MovementCriterion, MovementDetail, MovementParticipant, MovementReport } from './types';

const detailKey = (id: string) => [...MOVEMENTS_KEY, 'detail', id] as const;

function useMovementMutation<V>(
  id: string,
  fn: (v: V) => Promise<MovementDetail>,
  done: (m: MovementDetail) => void,
  onError: (e: unknown) => void,
) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (m) => {
      qc.setQueryData(detailKey(id), m);
      await qc.invalidateQueries({ queryKey: [...MOVEMENTS_KEY, 'list'] });
      done(m);
    },
    onError,
  });
}

// ---------------------------------------------------------------------------------------------
// Progress report of a unit

interface ReportValues {
  orgId: string;
  reportedOn: Dayjs;
  summary: string;
  results: Record<string, string | undefined>;
}

function ReportModal({
  movement,
  orgId,
  open,
  onClose,
}: {
  movement: MovementDetail;
  orgId: string | null;
  open: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm<ReportValues>();
  const { message } = App.useApp();
  const { problem, setProblem, clear } = useFormProblem();
  const mine = movement.participants.filter((p) => movement.myOrgIds.includes(p.orgId));
  useOnChange([open], () => {
    if (open) {
      clear();
      form.resetFields();
      form.setFieldsValue({ orgId: orgId ?? mine[0]?.orgId, reportedOn: dayjs() });
    }
  });
  const send = useMovementMutation<ReportValues>(
    movement.id,
    (v) => {
      const results: Record<string, string> = {};
      for (const c of movement.criteria) {
        const r = v.results?.[c.id]?.trim();
        if (r) results[c.id] = r;
      }
      return api.post<MovementDetail>(`/movements/${movement.id}/reports`, {
        orgId: v.orgId,
        reportedOn: toIso(v.reportedOn),
        summary: v.summary,
        results,
      });
    },
    () => {
      void message.success('Đã gửi báo cáo kết quả thực hiện.');
      onClose();
    },
    (e) => setProblem(applyApiError(form, e)),
  );
  return (
    <Modal
      open={open}
      title="Báo cáo kết quả thực hiện phong trào"
      okText="Gửi báo cáo"
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={send.isPending}
      width={720}
      destroyOnHidden
    >
      <FormProblemAlert problem={problem} />
      <Form
        form={form}
        name="movement-report"
        layout="vertical"
        onFinish={(v) => {
          clear();
          send.mutate(v);
        }}
      >
        <Row gutter={16}>
          <Col xs={24} sm={16}>
            <Form.Item
              name="orgId"
              label="Đơn vị báo cáo"
              rules={[{ required: true, message: 'Chọn đơn vị báo cáo.' }]}
            >
              <Select options={mine.map((p) => ({ value: p.orgId, label: p.name }))} disabled={mine.length < 2} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item
              name="reportedOn"
              label="Ngày báo cáo"
              rules={[{ required: true, message: 'Chưa chọn ngày báo cáo.' }]}
            >
              <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="summary"
          label="Tóm tắt kết quả"
          rules={[{ required: true, whitespace: true, message: 'Chưa nhập tóm tắt kết quả.' }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={5000}
            placeholder="Việc đã làm, kết quả nổi bật, khó khăn…"
          />
        </Form.Item>
        <Typography.Text strong>Kết quả theo từng chỉ tiêu</Typography.Text>
        <ol className="movement-report-criteria">
          {movement.criteria.map((c) => (
            <li key={c.id}>
              <Form.Item
                name={['results', c.id]}
                label={
                  <span>
                    {c.text}
                    {c.target ? <span className="muted"> — chỉ tiêu: {c.target}</span> : null}
                  </span>
                }
              >
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} placeholder="Kết quả đạt được" />
              </Form.Item>
            </li>
          ))}
        </ol>
      </Form>
    </Modal>
  );
}

// ---------------------------------------------------------------------------------------------
// Reviews

interface ReviewValues {
  heldOn: Dayjs;
  summary: string;
  openRound?: boolean;
  round?: { name: string; awardCodes: string[]; submitBy: Dayjs; decisionBy: Dayjs };
}

function ReviewModal({
  movement,
  kind,
  open,
  onClose,
}: {
  movement: MovementDetail;
  kind: 'mid' | 'final';
  open: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm<ReviewValues>();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { problem, setProblem, clear } = useFormProblem();
  const final = kind === 'final';
  const openRound = Form.useWatch('openRound', form);
  const decisionBy = Form.useWatch(['round', 'decisionBy'], form);
  const awards = useAwardOptions(toIso(decisionBy) ?? dayjs().format('YYYY-MM-DD'));
  useOnChange([open], () => {
    if (open) {
      clear();
      form.resetFields();
      const today = dayjs().format('YYYY-MM-DD');
      form.setFieldsValue({
        heldOn: dayjs(),
        openRound: final,
        round: final
          ? {
              name: `Khen thưởng chuyên đề phong trào thi đua "${movement.theme}"`,
              awardCodes: [],
              submitBy: dayjs(addDays(today, 14)),
              decisionBy: dayjs(addDays(today, 28)),
            }
          : undefined,
      });
    }
  });
  const save = useMovementMutation<ReviewValues>(
    movement.id,
    (v) =>
      final
        ? api.post<MovementDetail>(`/movements/${movement.id}/final-review`, {
            summary: v.summary,
            heldOn: toIso(v.heldOn),
            round:
              v.openRound && v.round
                ? {
                    name: v.round.name,
                    awardCodes: v.round.awardCodes,
                    submitBy: toIso(v.round.submitBy),
                    decisionBy: toIso(v.round.decisionBy),
                  }
                : null,
          })
        : api.post<MovementDetail>(`/movements/${movement.id}/mid-review`, {
            summary: v.summary,
            heldOn: toIso(v.heldOn),
          }),
    (m) => {
      // A new thematic round shows in the rounds list at once.
      if (m.roundId) void qc.invalidateQueries({ queryKey: ['rounds'] });
      void message.success(
        final
          ? m.roundId
            ? 'Đã tổng kết phong trào và mở đợt khen thưởng chuyên đề.'
            : 'Đã tổng kết phong trào.'
          : 'Đã sơ kết phong trào.',
      );
      onClose();
    },
    // The round's own checks name its fields without the "round." prefix.
    (e) =>
      setProblem(
        applyApiError(form, e, {
          awardCodes: 'round.awardCodes',
          name: 'round.name',
          submitBy: 'round.submitBy',
          decisionBy: 'round.decisionBy',
        }),
      ),
  );
  return (
    <Modal
      open={open}
      title={final ? 'Tổng kết phong trào thi đua' : 'Sơ kết phong trào thi đua'}
      okText={final ? 'Ghi nhận tổng kết' : 'Ghi nhận sơ kết'}
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      width={720}
      destroyOnHidden
    >
      <FormProblemAlert problem={problem} />
      {final && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="Tổng kết là bước cuối: sau khi ghi nhận, các đơn vị không báo cáo thêm được nữa."
        />
      )}
      <Form
        form={form}
        name={final ? 'movement-final-review' : 'movement-mid-review'}
        layout="vertical"
        onFinish={(v) => {
          clear();
          save.mutate(v);
        }}
      >
        <Form.Item
          name="heldOn"
          label={final ? 'Ngày tổng kết' : 'Ngày sơ kết'}
          rules={[{ required: true, message: 'Chưa chọn ngày.' }]}
        >
          <DatePicker format={DATE_FORMATS} style={{ width: 180 }} placeholder="dd/mm/yyyy" />
        </Form.Item>
        <Form.Item
          name="summary"
          label="Kết quả, đánh giá"
          rules={[{ required: true, whitespace: true, message: 'Chưa nhập kết quả, đánh giá.' }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            maxLength={10000}
            placeholder="Kết quả đạt được so với chỉ tiêu, đơn vị tiêu biểu, hạn chế, bài học…"
          />
        </Form.Item>
        {final && (
          <>
            <Form.Item
              name="openRound"
              valuePropName="checked"
              label="Mở đợt khen thưởng chuyên đề cho các đơn vị tham gia"
            >
              <Switch checkedChildren="Có" unCheckedChildren="Không" />
            </Form.Item>
            {openRound && (
              <div className="movement-round-fields">
                <Form.Item
                  name={['round', 'name']}
                  label="Tên đợt khen thưởng"
                  rules={[{ required: true, whitespace: true, message: 'Chưa nhập tên đợt khen thưởng.' }]}
                >
                  <Input maxLength={300} />
                </Form.Item>
                <Form.Item
                  name={['round', 'awardCodes']}
                  label="Hình thức khen thưởng"
                  rules={[{ required: true, message: 'Chọn ít nhất một hình thức khen thưởng.' }]}
                >
                  <Select
                    mode="multiple"
                    options={awards.options}
                    loading={awards.isPending}
                    optionFilterProp="label"
                    placeholder="Chọn hình thức khen thưởng"
                    allowClear
                  />
                </Form.Item>
                <Row gutter={16}>
                  <Col xs={12}>
                    <Form.Item
                      name={['round', 'submitBy']}
                      label="Hạn nộp hồ sơ"
                      rules={[
                        { required: true, message: 'Chưa chọn hạn nộp hồ sơ.' },
                        {
                          validator: (_, d: Dayjs | null) =>
                            d?.isBefore(dayjs(), 'day')
                              ? Promise.reject(new Error('Hạn nộp hồ sơ không được trước hôm nay.'))
                              : Promise.resolve(),
                        },
                      ]}
                    >
                      <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
                    </Form.Item>
                  </Col>
                  <Col xs={12}>
                    <Form.Item
                      name={['round', 'decisionBy']}
                      label="Ngày dự kiến quyết định"
                      dependencies={[['round', 'submitBy']]}
                      rules={[
                        { required: true, message: 'Chưa chọn ngày dự kiến quyết định.' },
                        ({ getFieldValue }) => ({
                          validator: (_, d: Dayjs | null) => {
                            const s = getFieldValue(['round', 'submitBy']) as Dayjs | null;
                            return d && s && d.isBefore(s, 'day')
                              ? Promise.reject(new Error('Ngày dự kiến quyết định phải sau hạn nộp hồ sơ.'))
                              : Promise.resolve();
                          },
                        }),
                      ]}
                    >
                      <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
                    </Form.Item>
                  </Col>
                </Row>
                <Typography.Text type="secondary">
                  Đợt xét được mở ngay cho {movement.participants.length} đơn vị tham gia phong trào; kỳ xét năm{' '}
                  {movement.toDate.slice(0, 4)}.
                </Typography.Text>
              </div>
            )}
          </>
        )}
      </Form>
    </Modal>
  );
}

// ---------------------------------------------------------------------------------------------
// Pieces of the page

function ResultsList({ criteria, report }: { criteria: MovementCriterion[]; report: MovementReport }) {
  return (
    <ol className="movement-results">
      {criteria.map((c) => (
        <li key={c.id}>
          <span className="movement-result-criterion">{c.text}</span>
          {c.target ? <span className="muted"> (chỉ tiêu: {c.target})</span> : null}:{' '}
          {report.results[c.id] ? <strong>{report.results[c.id]}</strong> : <span className="muted">chưa báo cáo</span>}
        </li>
      ))}
    </ol>
  );
}

function ReportHistory({ movement, p }: { movement: MovementDetail; p: MovementParticipant }) {
  const qc = useQueryClient();
  if (!p.reports.length) return <Typography.Text type="secondary">Đơn vị chưa gửi báo cáo nào.</Typography.Text>;
  // The unit adds evidence to its own reports while the movement is running.
  const canAttach =
    movement.myOrgIds.includes(p.orgId) && (movement.status === 'launched' || movement.status === 'mid_reviewed');
  return (
    <div className="movement-report-history">
      {[...p.reports].reverse().map((r) => (
        <div key={r.id} className="movement-report-item">
          <Typography.Text strong>Báo cáo ngày {fmtDate(r.reportedOn)}</Typography.Text>
          <div className="movement-report-summary">{r.summary}</div>
          <ResultsList criteria={movement.criteria} report={r} />
          <div className="movement-report-files">
            <Typography.Text type="secondary">Minh chứng:</Typography.Text>
            <FileList files={r.files ?? []} hrefOf={(f) => downloadUrl(`/movements/${movement.id}/files/${f.id}`)} />
            {canAttach && (
              <EvidenceUpload
                path={`/movements/${movement.id}/reports/${r.id}/files`}
                label="Tải lên minh chứng"
                onDone={() => void qc.invalidateQueries({ queryKey: MOVEMENTS_KEY })}
              />
            )}
          </div>
        </div>
      ))}
    </div>
  );
}

function StatusSteps({ movement }: { movement: MovementDetail }) {
  const current = STATUS_ORDER.indexOf(movement.status);
  const dates: Record<string, string | undefined> = {
    draft: `Thời gian: ${fmtDate(movement.fromDate)} – ${fmtDate(movement.toDate)}`,
    launched: undefined,
    mid_reviewed: movement.midReview
      ? `Ngày ${fmtDate(movement.midReview.heldOn)}`
      : movement.midReviewBy
        ? `Hạn ${fmtDate(movement.midReviewBy)}`
        : undefined,
    closed: movement.finalReview
      ? `Ngày ${fmtDate(movement.finalReview.heldOn)}`
      : movement.finalReviewBy
        ? `Hạn ${fmtDate(movement.finalReviewBy)}`
        : undefined,
  };
  return (
    <Steps
      className="movement-steps"
      size="small"
      current={current}
      status={movement.status === 'closed' ? 'finish' : 'process'}
      responsive
      items={STATUS_ORDER.map((s) => ({ title: STATUS_LABELS[s], content: dates[s] }))}
      aria-label={`Tiến trình phong trào: ${movement.statusLabel}`}
    />
  );
}

// ---------------------------------------------------------------------------------------------

export function MovementPage() {
  const { id = '' } = useParams();
  const q = useQuery({ queryKey: detailKey(id), queryFn: () => api.get<MovementDetail>(`/movements/${id}`) });
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const screens = Grid.useBreakpoint();
  const phone = !(screens.md ?? true);
  const [reporting, setReporting] = useState<{ orgId: string | null } | null>(null);
  const [review, setReview] = useState<'mid' | 'final' | null>(null);
  useDocumentTitle(q.data?.theme ?? 'Phong trào thi đua');

  const launch = useMutation({
    mutationFn: () => api.post<MovementDetail>(`/movements/${id}/launch`),
    onSuccess: async (m) => {
      qc.setQueryData(detailKey(id), m);
      await qc.invalidateQueries({ queryKey: [...MOVEMENTS_KEY, 'list'] });
      void message.success(`Đã phát động phong trào; ${m.participants.length} đơn vị tham gia đã được thông báo.`);
    },
    onError: (e) => message.error(e instanceof Error ? e.message : 'Không phát động được.'),
  });

  const m = q.data;
  const mine = useMemo(() => new Set(m?.myOrgIds ?? []), [m]);

  if (q.isPending) return <PageSkeleton />;
  if (q.error || !m) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;

  const canReport = takesReports(m.status) && m.myOrgIds.length > 0;
  const reported = m.participants.filter((p) => p.reports.length).length;

  const confirmLaunch = () =>
    modal.confirm({
      title: 'Phát động phong trào thi đua?',
      content: `Phong trào "${m.theme}" được gửi tới ${m.participants.length} đơn vị tham gia; sau khi phát động, nội dung và chỉ tiêu không sửa được nữa.`,
      okText: 'Phát động',
      cancelText: 'Hủy',
      onOk: () => launch.mutateAsync(),
    });

  const latestCell = (p: MovementParticipant) => {
    const r = latestReport(p);
    if (!r) return <span className="muted">Chưa báo cáo</span>;
    return (
      <div className="movement-latest">
        <div className="muted">Ngày {fmtDate(r.reportedOn)}</div>
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: r.summary }} style={{ margin: 0 }}>
          {r.summary}
        </Typography.Paragraph>
      </div>
    );
  };
  const reportButton = (p: MovementParticipant) =>
    canReport && mine.has(p.orgId) ? (
      <Button
        size="small"
        icon={<FileTextOutlined aria-hidden />}
        onClick={() => setReporting({ orgId: p.orgId })}
        aria-label={`Báo cáo kết quả của ${p.name}`}
      >
        Báo cáo
      </Button>
    ) : null;
  const columns: TableColumnsType<MovementParticipant> = [
    {
      title: 'Đơn vị',
      dataIndex: 'name',
      width: 300,
      render: (n: string, p) => <span style={{ fontWeight: mine.has(p.orgId) ? 600 : undefined }}>{n}</span>,
    },
    { title: 'Số báo cáo', key: 'count', width: 110, align: 'right', render: (_, p) => p.reports.length },
    { title: 'Báo cáo gần nhất', key: 'latest', render: (_, p) => latestCell(p) },
    ...(canReport
      ? [{ title: '', key: 'act', width: 120, render: (_: unknown, p: MovementParticipant) => reportButton(p) }]
      : []),
  ];
  const compact: TableColumnsType<MovementParticipant> = [
    {
      title: 'Đơn vị',
      dataIndex: 'name',
      render: (n: string, p) => (
        <div>
          <Flex justify="space-between" gap={8} align="flex-start">
            <strong>{n}</strong>
            {reportButton(p)}
          </Flex>
          {latestCell(p)}
        </div>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={m.theme}
        subtitle={`${m.levelLabel} · ${m.kindLabel} · ${m.orgName}`}
        actions={
          <>
            <ButtonLink to="/phong-trao" icon={<ArrowLeftOutlined aria-hidden />}>
              Danh sách phong trào
            </ButtonLink>
            <Button
              icon={<FileWordOutlined aria-hidden />}
              href={downloadUrl(`/movements/${m.id}/document`, { format: 'docx' })}
              download
            >
              Kế hoạch phát động (DOCX)
            </Button>
            <Button
              icon={<FilePdfOutlined aria-hidden />}
              href={downloadUrl(`/movements/${m.id}/document`, { format: 'pdf' })}
              download
            >
              PDF
            </Button>
          </>
        }
      />

      <Card className="movement-status-card movement-card" style={{ marginBottom: 16 }}>
        <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 16 }}>
          <span>
            Trạng thái:{' '}
            <Tag color={STATUS_COLOURS[m.status]} style={{ marginInlineEnd: 12 }}>
              {m.statusLabel}
            </Tag>
            {m.status !== 'draft' && (
              <span className="muted">
                {reported}/{m.participants.length} đơn vị đã báo cáo
              </span>
            )}
          </span>
          <Flex gap={8} wrap>
            {m.manage && m.status === 'draft' && (
              <Button
                type="primary"
                icon={<RocketOutlined aria-hidden />}
                loading={launch.isPending}
                onClick={confirmLaunch}
              >
                Phát động
              </Button>
            )}
            {m.manage && canMidReview(m.status) && (
              <Button icon={<FlagOutlined aria-hidden />} onClick={() => setReview('mid')}>
                Sơ kết
              </Button>
            )}
            {m.manage && canFinalReview(m.status) && (
              <Button
                type={m.status === 'mid_reviewed' ? 'primary' : 'default'}
                icon={<TrophyOutlined aria-hidden />}
                onClick={() => setReview('final')}
              >
                Tổng kết
              </Button>
            )}
            {canReport && (
              <Button
                type={m.manage ? 'default' : 'primary'}
                icon={<FileTextOutlined aria-hidden />}
                onClick={() => setReporting({ orgId: null })}
              >
                Báo cáo kết quả
              </Button>
            )}
          </Flex>
        </Flex>
        <StatusSteps movement={m} />
        {m.status === 'draft' && m.manage && (
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 16 }}
            title="Bản soạn chỉ cơ quan phát động xem được. Tải kế hoạch phát động để kiểm tra, rồi bấm &quot;Phát động&quot; để gửi tới các đơn vị tham gia."
          />
        )}
        {m.roundId && (
          <Alert
            type="success"
            showIcon
            style={{ marginTop: 16 }}
            title="Đã mở đợt khen thưởng chuyên đề sau tổng kết phong trào."
            action={
              <ButtonLink to={`/dot-xet/${m.roundId}`} type="primary" size="small">
                Mở đợt khen thưởng
              </ButtonLink>
            }
          />
        )}
      </Card>

      <Card
        className="movement-card"
        title={`Đơn vị tham gia (${m.participants.length})`}
        styles={{ body: { padding: 0 } }}
        style={{ marginBottom: 16 }}
      >
        {m.participants.length === 0 ? (
          <Empty description="Chưa có đơn vị tham gia." style={{ padding: 24 }} />
        ) : (
          <Table<MovementParticipant>
            rowKey="orgId"
            columns={phone ? compact : columns}
            dataSource={m.participants}
            pagination={false}
            size="middle"
            aria-label="Đơn vị tham gia"
            expandable={{
              expandedRowRender: (p) => <ReportHistory movement={m} p={p} />,
              rowExpandable: (p) => p.reports.length > 0,
              columnTitle: <span className="sr-only">Xem các báo cáo</span>,
            }}
          />
        )}
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={m.midReview || m.finalReview ? 14 : 24}>
          <Card className="movement-card" title="Nội dung phong trào" style={{ marginBottom: 16 }}>
            <Descriptions
              size="small"
              column={{ xs: 1, lg: m.midReview || m.finalReview ? 1 : 2 }}
              items={[
                { key: 'time', label: 'Thời gian', children: `${fmtDate(m.fromDate)} – ${fmtDate(m.toDate)}` },
                { key: 'mid', label: 'Thời hạn sơ kết', children: fmtDate(m.midReviewBy) },
                { key: 'final', label: 'Thời hạn tổng kết', children: fmtDate(m.finalReviewBy) },
                {
                  key: 'awards',
                  label: 'Hình thức khen thưởng',
                  children: m.awards.length ? m.awards.join('; ') : EMPTY,
                },
              ]}
            />
            {m.purposes.length > 0 && (
              <>
                <Divider titlePlacement="start" plain>
                  Mục đích, yêu cầu
                </Divider>
                <ul className="movement-purposes">
                  {m.purposes.map((p, i) => (
                    <li key={i}>{p}</li>
                  ))}
                </ul>
              </>
            )}
            <Divider titlePlacement="start" plain>
              Nội dung, chỉ tiêu thi đua
            </Divider>
            <ol className="movement-criteria">
              {m.criteria.map((c) => (
                <li key={c.id}>
                  {c.text}
                  {c.target && (
                    <div>
                      <Tag color="blue">Chỉ tiêu: {c.target}</Tag>
                    </div>
                  )}
                </li>
              ))}
            </ol>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          {(m.midReview || m.finalReview) && (
            <Card className="movement-card" title="Sơ kết, tổng kết" style={{ marginBottom: 16 }}>
              {m.midReview && (
                <div className="movement-review">
                  <Typography.Text strong>Sơ kết ngày {fmtDate(m.midReview.heldOn)}</Typography.Text>
                  <div className="movement-report-summary">{m.midReview.summary}</div>
                </div>
              )}
              {m.finalReview && (
                <div className="movement-review">
                  <Typography.Text strong>Tổng kết ngày {fmtDate(m.finalReview.heldOn)}</Typography.Text>
                  <div className="movement-report-summary">{m.finalReview.summary}</div>
                </div>
              )}
            </Card>
          )}
        </Col>
      </Row>
      {canReport && (
        <ReportModal
          movement={m}
          orgId={reporting?.orgId ?? null}
          open={!!reporting}
          onClose={() => setReporting(null)}
        />
      )}
      {m.manage && (
        <>
          <ReviewModal movement={m} kind="mid" open={review === 'mid'} onClose={() => setReview(null)} />
          <ReviewModal movement={m} kind="final" open={review === 'final'} onClose={() => setReview(null)} />
        </>
      )}
    </>
  );
}
