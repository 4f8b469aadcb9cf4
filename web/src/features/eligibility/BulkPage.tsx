// /xet-dieu-kien: for a unit (and everything under it), an individual award and a period, who is
// eligible and who is exactly one criterion short (with which one); links to each person, the
// officer's override marker, and the Excel export of the same check.
import { EditOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Form,
  Row,
  Select,
  Statistic,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AWARD_NAMES, type CatalogueAwardCode } from '../../../../src/domain/registry/vocab';
import { api, ApiError, type Query } from '../../ui/api';
import { useAuth } from '../../ui/auth';
import { EMPTY, fmtDate, fmtMoney, fmtNumber, toIso } from '../../ui/format';
import { useOnChange } from '../../ui/hooks';
import { OrgTreeSelect, useOrganisations } from '../../ui/orgs';
import { ExportButton, LoadError, PageHeader, useDocumentTitle } from '../../ui/page';
import { defaultPeriod, INDIVIDUAL_AWARDS, orgPeriodKind, periodText, verdictStatus } from './labels';
import { OverrideModal, type OverrideTarget } from './OverrideModal';
import { DecisionDatePicker, OverrideTag, PeriodPicker, StatusTag } from './parts';
import type { BulkResult, BulkRow } from './types';

interface Values {
  orgId?: string;
  award?: CatalogueAwardCode;
  period: string;
  decisionDate: Dayjs;
}

/** A row with its number in the whole list (not the page). */
type NumberedRow = BulkRow & { stt: number };
const numbered = (rows: BulkRow[] | undefined): NumberedRow[] => (rows ?? []).map((r, i) => ({ ...r, stt: i + 1 }));

const AWARD_OPTIONS = INDIVIDUAL_AWARDS.map((code) => ({ value: code, label: AWARD_NAMES[code] }));

/** "Không đạt tiêu chuẩn nào: A | B" (the alternatives of one criterion) as a list. */
function FailedCriterion({ row }: { row: BulkRow }) {
  const f = row.failed[0];
  if (!f) return <>{EMPTY}</>;
  const parts = f.message.split(' | ');
  if (parts.length === 1) return <span>{f.message}</span>;
  const m = /^([^:]+):\s*(.*)$/s.exec(parts[0]);
  const head = m ? `${m[1]}:` : null;
  const items = m ? [m[2], ...parts.slice(1)] : parts;
  return (
    <div>
      {head && <div>{head}</div>}
      <ul className="plain-list">
        {items.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
    </div>
  );
}

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
  const ready = !!applied.orgId && !!applied.award;
  const query: Query = applied;

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

  const q = useQuery({
    queryKey: ['eligibility', 'bulk', query],
    queryFn: () => api.get<BulkResult>('/eligibility/bulk', query),
    enabled: ready,
    placeholderData: keepPreviousData,
  });

  const run = (v: Values) => {
    const next = new URLSearchParams();
    next.set('orgId', v.orgId!);
    next.set('award', v.award!);
    next.set('period', v.period);
    next.set('decisionDate', toIso(v.decisionDate)!);
    setParams(next);
  };

  const orgName = applied.orgId ? orgs.index.label(applied.orgId) : '';
  const overrideButton = (r: BulkRow) =>
    mayOverride && q.data ? (
      <Button
        size="small"
        icon={<EditOutlined aria-hidden />}
        aria-label={`Điều chỉnh kết quả của ${r.fullName}`}
        onClick={() =>
          setTarget({
            subjectKind: 'individual',
            subjectId: r.personId,
            subjectName: r.fullName,
            award: q.data.award,
            awardName: q.data.awardName,
            period: q.data.period,
            status: verdictStatus(r),
          })
        }
      >
        Điều chỉnh
      </Button>
    ) : null;

  // A name opens the person's verdicts for the same award, period and decision date.
  const personLink = (id: string) =>
    `/ca-nhan/${id}?${new URLSearchParams({ tab: 'de-nghi', award: applied.award ?? '', period: q.data?.period ?? '', decisionDate: q.data?.decisionDate ?? '' }).toString()}`;
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

  const d = q.data;
  let results: ReactNode;
  if (!ready) {
    results = (
      <Card>
        <Empty description="Chọn đơn vị, danh hiệu, kỳ xét rồi bấm “Xét điều kiện”." />
      </Card>
    );
  } else if (q.error) {
    results =
      q.error instanceof ApiError && q.error.status === 400 ? (
        <Alert
          type="warning"
          showIcon
          title={q.error.message}
          description={q.error.fields.map((f) => f.message).join(' ') || undefined}
        />
      ) : (
        <LoadError error={q.error} onRetry={() => q.refetch()} />
      );
  } else {
    results = (
      <div aria-busy={q.isFetching}>
        <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic
                title="Số cá nhân đã xét"
                value={d?.checked ?? 0}
                loading={q.isPending}
                formatter={(v) => fmtNumber(Number(v))}
              />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic
                title="Đủ điều kiện"
                value={d?.eligible.length ?? 0}
                loading={q.isPending}
                formatter={(v) => fmtNumber(Number(v))}
                styles={{ content: { color: '#237804' } }}
              />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic
                title="Còn thiếu một tiêu chí"
                value={d?.oneShort.length ?? 0}
                loading={q.isPending}
                formatter={(v) => fmtNumber(Number(v))}
                styles={{ content: { color: '#a8071a' } }}
              />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic
                title="Tạm hoãn xét (đang có vụ việc)"
                value={d?.withheld ?? 0}
                loading={q.isPending}
                formatter={(v) => fmtNumber(Number(v))}
                styles={{ content: { color: '#ad4e00' } }}
              />
            </Card>
          </Col>
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
        <Card
          title={`Đủ điều kiện${d ? ` (${fmtNumber(d.eligible.length)})` : ''}`}
          style={{ marginBottom: 16 }}
          styles={{ body: { padding: 0 } }}
        >
          <Table<NumberedRow>
            aria-label="Đủ điều kiện"
            rowKey="personId"
            size="middle"
            columns={eligibleColumns}
            dataSource={numbered(d?.eligible)}
            loading={q.isFetching}
            scroll={{ x: 'max-content' }}
            pagination={{
              defaultPageSize: 10,
              showSizeChanger: true,
              pageSizeOptions: [10, 20, 50, 100],
              hideOnSinglePage: true,
              style: { padding: '0 16px' },
            }}
            locale={{ emptyText: 'Không có cá nhân nào đủ điều kiện.' }}
          />
        </Card>
        {d && d.judgementOnly.length > 0 && (
          <Card
            title={`Chờ Hội đồng đánh giá — dữ liệu không đủ để kết luận, kết quả dựa vào đánh giá của Hội đồng (${fmtNumber(d.judgementOnly.length)})`}
            extra={
              <Typography.Text type="secondary">
                Ví dụ: người lao động, nông dân chưa có xếp loại hay thành tích trong hệ thống
              </Typography.Text>
            }
            style={{ marginBottom: 16 }}
            styles={{ body: { padding: 0 } }}
          >
            <Table<NumberedRow>
              aria-label="Chờ Hội đồng đánh giá"
              rowKey="personId"
              size="middle"
              columns={eligibleColumns}
              dataSource={numbered(d.judgementOnly)}
              loading={q.isFetching}
              scroll={{ x: 'max-content' }}
              pagination={{
                defaultPageSize: 10,
                showSizeChanger: true,
                pageSizeOptions: [10, 20, 50, 100],
                hideOnSinglePage: true,
                style: { padding: '0 16px' },
              }}
            />
          </Card>
        )}
        <Card
          title={`Còn thiếu một tiêu chí${d ? ` (${fmtNumber(d.oneShort.length)})` : ''}`}
          styles={{ body: { padding: 0 } }}
        >
          <Table<NumberedRow>
            aria-label="Còn thiếu một tiêu chí"
            rowKey="personId"
            size="middle"
            columns={shortColumns}
            dataSource={numbered(d?.oneShort)}
            loading={q.isFetching}
            scroll={{ x: 1060 }}
            pagination={{
              defaultPageSize: 10,
              showSizeChanger: true,
              pageSizeOptions: [10, 20, 50, 100],
              hideOnSinglePage: true,
              style: { padding: '0 16px' },
            }}
            locale={{ emptyText: 'Không có cá nhân nào chỉ còn thiếu một tiêu chí.' }}
          />
        </Card>
      </div>
    );
  }

  return (
    <>
      <PageHeader
        title="Xét điều kiện hàng loạt"
        subtitle="Cá nhân của một đơn vị và các đơn vị trực thuộc, theo một danh hiệu, hình thức khen thưởng"
        actions={ready && d ? <ExportButton path="/eligibility/bulk/export" query={query} /> : undefined}
      />
      <Card style={{ marginBottom: 16 }} styles={{ body: { paddingBottom: 8 } }}>
        <Form<Values>
          form={form}
          layout="vertical"
          className="filter-bar"
          name="bulk-check"
          onFinish={run}
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
                  loading={q.isFetching}
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
