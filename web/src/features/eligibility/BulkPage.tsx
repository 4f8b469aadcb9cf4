// /xet-dieu-kien: for a unit (and everything under it), an individual award and a period, who is
// eligible and who is exactly one criterion short (with which one); links to each person, the
// officer's override marker, and the Excel file of the same check. The check runs on the server
// as a job (a province is 150,000 people): the screen shows its progress, then pages through
// its rows, and the file is downloaded when it is done.
import { EditOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Form,
  Progress,
  Row,
  Select,
  Statistic,
  Typography,
  type TableColumnsType,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { CatalogueAwardCode } from '../../../../src/domain/registry/vocab';
import { api, ApiError } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { EMPTY, fmtDate, fmtMoney, fmtNumber, toIso } from '../../ui/format';
import { useOnChange } from '../../ui/hooks';
import { OrgTreeSelect, useOrganisations } from '../../ui/orgs';
import { ExportButton, LoadError, PageHeader, useDocumentTitle } from '../../ui/page';
import { defaultPeriod, orgPeriodKind, periodText, verdictStatus } from './labels';
import { OverrideModal, type OverrideTarget } from './OverrideModal';
import { DecisionDatePicker, OverrideTag, PeriodPicker, StatusTag } from './parts';
import type { BulkJob, BulkRow } from './types';
import { eligibilityKeys } from './keys';
import { AWARD_OPTIONS, FailedCriterion, GroupTable, type NumberedRow } from './BulkGroupTable';

interface Values {
  orgId?: string;
  award?: CatalogueAwardCode;
  period: string;
  decisionDate: Dayjs;
}

/** A row with its number in the whole list (not the page), as the job numbered it. */
export function BulkPage() {
  useDocumentTitle('Xét điều kiện hàng loạt');
  const { can } = useAuth();
  const orgs = useOrganisations();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const [target, setTarget] = useState<OverrideTarget | null>(null);
  const mayOverride = can('eligibility.override');

  const applied = {
    orgId: params.get('orgId') ?? undefined,
    award: (params.get('award') as CatalogueAwardCode | null) ?? undefined,
    period: params.get('period') ?? undefined,
    decisionDate: params.get('decisionDate') ?? undefined,
  };
  const jobId = params.get('job') ?? undefined;

  // A user who reads a single unit (a school's clerk) has it chosen, with its kind of period.
  const onlyOrg = orgs.index.list.length === 1 ? orgs.index.list[0] : null;
  useOnChange([params, onlyOrg?.id], () => {
    const orgId = applied.orgId ?? onlyOrg?.id;
    const kind = orgPeriodKind(orgId ? orgs.index.byId.get(orgId)?.type : undefined);
    const date = applied.decisionDate ? dayjs(applied.decisionDate, 'YYYY-MM-DD') : dayjs();
    form.setFieldsValue({
      orgId,
      award: applied.award,
      period: applied.period ?? defaultPeriod(kind, date.format('YYYY-MM-DD')),
      decisionDate: date,
    });
  });

  // The check runs on the server as a job: its progress is polled until it is done.
  const job = useQuery({
    queryKey: eligibilityKeys.bulkJob(jobId),
    queryFn: () => api.get<BulkJob>(`/eligibility/bulk-jobs/${jobId}`),
    enabled: !!jobId,
    refetchInterval: (q) => (q.state.data?.status === 'running' ? 800 : false),
  });
  const start = useMutation({
    mutationFn: (v: Values) =>
      api.post<{ id: string; total: number }>('/eligibility/bulk-jobs', {
        orgId: v.orgId,
        award: v.award,
        period: v.period,
        decisionDate: toIso(v.decisionDate),
      }),
    onSuccess: (r, v) => {
      const next = new URLSearchParams();
      next.set('orgId', v.orgId!);
      next.set('award', v.award!);
      next.set('period', v.period);
      next.set('decisionDate', toIso(v.decisionDate)!);
      next.set('job', r.id);
      setParams(next);
    },
  });

  const d = job.data;
  // An expired check keeps its summary; its lists and Excel file are gone (BULK_RESULTS_KEEP_DAYS).
  const expired = d?.status === 'done' && d.expired;
  const done = d?.status === 'done' && !d.expired;
  const running = d?.status === 'running';
  const orgName = d ? orgs.index.label(d.orgId) : '';
  const overrideButton = (r: BulkRow) =>
    mayOverride && d ? (
      <Button
        size="small"
        icon={<EditOutlined aria-hidden />}
        aria-label={`Điều chỉnh kết quả của ${r.fullName}`}
        onClick={() =>
          setTarget({
            subjectKind: 'individual',
            subjectId: r.personId,
            subjectName: r.fullName,
            award: d.award,
            awardName: d.awardName,
            period: d.period,
            status: verdictStatus(r),
          })
        }
      >
        Điều chỉnh
      </Button>
    ) : null;

  // A name opens the person's verdicts for the same award, period and decision date.
  const personLink = (id: string) =>
    `/ca-nhan/${id}?${new URLSearchParams({ tab: 'de-nghi', award: d?.award ?? '', period: d?.period ?? '', decisionDate: d?.decisionDate ?? '' }).toString()}`;
  const common: TableColumnsType<NumberedRow> = [
    { title: 'STT', dataIndex: 'stt', width: 56, align: 'right' },
    {
      title: 'Họ và tên',
      dataIndex: 'fullName',
      width: 190,
      render: (name: string, r) => <Link to={personLink(r.personId)}>{name}</Link>,
    },
    {
      title: 'Chức vụ, đơn vị',
      key: 'where',
      width: 230,
      render: (_v, r) => (
        <div>
          <div>{r.position ?? EMPTY}</div>
          <div className="muted">{r.orgName ?? EMPTY}</div>
        </div>
      ),
    },
  ];
  const overrideColumn: TableColumnsType<NumberedRow>[number] = {
    title: 'Điều chỉnh',
    key: 'override',
    width: 180,
    render: (_v, r) => (
      <div className="bulk-override">
        {r.override ? <OverrideTag eligible={r.override.eligible} reason={r.override.reason} /> : null}
        {overrideButton(r)}
      </div>
    ),
  };
  const eligibleColumns: TableColumnsType<NumberedRow> = [
    ...common,
    {
      title: 'Kết quả',
      key: 'status',
      width: 150,
      render: (_v, r) => <StatusTag status={verdictStatus(r)} text={r.statusText} />,
    },
    {
      title: 'Tiêu chí do Hội đồng xem xét',
      dataIndex: 'judgement',
      width: 130,
      align: 'right',
      render: (n: number) => (n ? fmtNumber(n) : 'Không'),
    },
    {
      title: 'Tiền thưởng',
      dataIndex: 'amount',
      width: 130,
      align: 'right',
      render: (a: number | null) => (a === null ? 'Chưa xác định' : fmtMoney(a)),
    },
    overrideColumn,
  ];
  const shortColumns: TableColumnsType<NumberedRow> = [
    ...common,
    { title: 'Tiêu chí còn thiếu', key: 'failed', width: 410, render: (_v, r) => <FailedCriterion row={r} /> },
    overrideColumn,
  ];

  const stat = (title: string, value: number | undefined, color?: string) => (
    <Col xs={12} md={6}>
      <Card size="small">
        <Statistic
          title={title}
          value={value ?? 0}
          loading={!d}
          formatter={(v) => fmtNumber(Number(v))}
          styles={color ? { content: { color } } : undefined}
        />
      </Card>
    </Col>
  );

  let results: ReactNode;
  if (start.error) {
    results =
      start.error instanceof ApiError && start.error.status < 500 ? (
        <Alert
          type="warning"
          showIcon
          title={start.error.message}
          description={start.error.fields.map((f) => f.message).join(' ') || undefined}
        />
      ) : (
        <LoadError error={start.error} onRetry={() => start.reset()} />
      );
  } else if (!jobId) {
    results = (
      <Card>
        <Empty description="Chọn đơn vị, danh hiệu, kỳ xét rồi bấm “Xét điều kiện”." />
      </Card>
    );
  } else if (job.error) {
    results = <LoadError error={job.error} onRetry={() => job.refetch()} />;
  } else {
    results = (
      <div aria-busy={running}>
        {d && d.status !== 'done' && (
          <Card style={{ marginBottom: 16 }}>
            {d.status === 'failed' ? (
              <Alert type="error" showIcon title={d.error ?? 'Lượt xét không hoàn thành.'} />
            ) : (
              <div role="status" aria-live="polite">
                <Typography.Paragraph style={{ marginBottom: 8 }}>
                  {d.writingFile
                    ? `Đã xét ${fmtNumber(d.processed)} cá nhân; đang ghi tệp Excel kết quả…`
                    : `Đang xét: ${fmtNumber(d.processed)} / ${fmtNumber(d.total)} cá nhân. Có thể rời trang này và quay lại sau.`}
                </Typography.Paragraph>
                <Progress
                  percent={d.total ? Math.floor((d.processed / d.total) * 100) : 100}
                  status="active"
                  aria-label="Tiến độ xét"
                />
              </div>
            )}
          </Card>
        )}
        <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
          {stat('Số cá nhân đã xét', d?.checked)}
          {stat('Đủ điều kiện', d?.counts.eligible, '#237804')}
          {stat('Còn thiếu một tiêu chí', d?.counts.oneShort, '#a8071a')}
          {stat('Tạm hoãn xét (đang có vụ việc)', d?.withheld, '#ad4e00')}
        </Row>
        {d && (
          <Typography.Paragraph type="secondary">
            {d.awardName}, {periodText(d.period)}, {orgName || 'đơn vị đã chọn'} và các đơn vị trực thuộc; ngày quyết
            định dự kiến {fmtDate(d.decisionDate)}. Người chỉ còn tiêu chí do Hội đồng xem xét được tính là đủ điều
            kiện; người đang có khiếu nại, thanh tra, điều tra chưa được xét
            {d.alreadyAwarded > 0 &&
              `; ${fmtNumber(d.alreadyAwarded)} người đã được tặng trong kỳ này không được liệt kê`}
            .
          </Typography.Paragraph>
        )}
        {expired && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title="Kết quả đã hết hạn lưu"
            description="Danh sách chi tiết và tệp Excel của lượt xét này đã được xóa theo thời hạn lưu; các số liệu tóm tắt ở trên vẫn được giữ. Hãy xét lại để có danh sách mới."
          />
        )}
        {done && jobId && (
          <>
            <Card
              title={`Đủ điều kiện (${fmtNumber(d.counts.eligible)})`}
              style={{ marginBottom: 16 }}
              styles={{ body: { padding: 0 } }}
            >
              <GroupTable
                jobId={jobId}
                group="eligible"
                label="Đủ điều kiện"
                columns={eligibleColumns}
                scrollX="max-content"
                emptyText="Không có cá nhân nào đủ điều kiện."
              />
            </Card>
            {d.counts.judgementOnly > 0 && (
              <Card
                title={`Chờ Hội đồng đánh giá — dữ liệu không đủ để kết luận, kết quả dựa vào đánh giá của Hội đồng (${fmtNumber(d.counts.judgementOnly)})`}
                extra={
                  <Typography.Text type="secondary">
                    Ví dụ: người lao động, nông dân chưa có xếp loại hay thành tích trong hệ thống
                  </Typography.Text>
                }
                style={{ marginBottom: 16 }}
                styles={{ body: { padding: 0 } }}
              >
                <GroupTable
                  jobId={jobId}
                  group="judgementOnly"
                  label="Chờ Hội đồng đánh giá"
                  columns={eligibleColumns}
                  scrollX="max-content"
                />
              </Card>
            )}
            <Card title={`Còn thiếu một tiêu chí (${fmtNumber(d.counts.oneShort)})`} styles={{ body: { padding: 0 } }}>
              <GroupTable
                jobId={jobId}
                group="oneShort"
                label="Còn thiếu một tiêu chí"
                columns={shortColumns}
                scrollX={1060}
                emptyText="Không có cá nhân nào chỉ còn thiếu một tiêu chí."
              />
            </Card>
          </>
        )}
      </div>
    );
  }

  return (
    <>
      <PageHeader
        title="Xét điều kiện hàng loạt"
        subtitle="Cá nhân của một đơn vị và các đơn vị trực thuộc, theo một danh hiệu, hình thức khen thưởng"
        actions={done && jobId ? <ExportButton path={`/eligibility/bulk-jobs/${jobId}/file`} /> : undefined}
      />
      <Card style={{ marginBottom: 16 }} styles={{ body: { paddingBottom: 8 } }}>
        <Form<Values>
          form={form}
          layout="vertical"
          className="filter-bar"
          name="bulk-check"
          onFinish={(v) => start.mutate(v)}
          aria-label="Điều kiện xét"
        >
          <Row gutter={12} align="bottom">
            <Col xs={24} md={12} xl={6}>
              <Form.Item name="orgId" label="Đơn vị" rules={[{ required: true, message: 'Chọn đơn vị.' }]}>
                <OrgTreeSelect />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={5}>
              <Form.Item
                name="award"
                label="Danh hiệu, hình thức"
                rules={[{ required: true, message: 'Chọn danh hiệu, hình thức.' }]}
              >
                <Select
                  options={AWARD_OPTIONS}
                  placeholder="Chọn danh hiệu, hình thức"
                  showSearch={{ optionFilterProp: 'label' }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={8} xl={5}>
              <Form.Item name="period" label="Kỳ xét" rules={[{ required: true, message: 'Chọn kỳ xét.' }]}>
                <PeriodPicker block />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} md={8} xl={4}>
              <Form.Item
                name="decisionDate"
                label="Ngày quyết định"
                tooltip="Ngày dự kiến ký quyết định khen thưởng: quyết định bộ quy định và mức lương cơ sở được áp dụng."
              >
                <DecisionDatePicker block />
              </Form.Item>
            </Col>
            <Col xs={24} md={8} xl={4}>
              <Form.Item>
                <Button
                  type="primary"
                  htmlType="submit"
                  icon={<SafetyCertificateOutlined aria-hidden />}
                  loading={start.isPending || running}
                  block
                >
                  Xét điều kiện
                </Button>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      {results}
      <OverrideModal target={target} onClose={() => setTarget(null)} />
    </>
  );
}
