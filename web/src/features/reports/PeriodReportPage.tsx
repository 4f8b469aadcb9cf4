// /bao-cao/tong-ket: the six-month and annual reports on the TĐKT work (báo cáo sơ kết 6 tháng,
// tổng kết năm): the figures computed from the records, the narrative sections the officer writes
// (each save a version), submission to the parent body, the units' reports and their sum, and
// the document as Word or PDF in the Nghị định 30 layout.
import { FilePdfOutlined, FileWordOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Row,
  Segmented,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { api, downloadUrl } from '../../ui/api';
import { fmtDate, fmtDateTime } from '../../ui/format';
import { applyApiError, FormProblemAlert, useFormProblem } from '../../ui/forms';
import { OrgTreeSelect } from '../../ui/orgs';
import { LoadError, PageHeader, useDocumentTitle } from '../../ui/page';
import { reportKeys } from './keys';

type Kind = 'year' | 'half';
type Headline = Record<string, number>;

interface AwardLine {
  code: string;
  name: string;
  level: 'state' | 'province' | 'local';
  category: 'title' | 'form';
  individuals: number;
  collectives: number;
  households: number;
  total: number;
}

interface PeriodReport {
  id: string | null;
  unit: { id: string; code: string; name: string };
  receiver: string;
  parentInSystem: boolean;
  year: number;
  kind: Kind;
  kindLabel: string;
  subject: string;
  period: { from: string; to: string };
  status: 'draft' | 'submitted';
  version: number;
  narrative: Record<string, string>;
  sections: { key: string; label: string }[];
  figures: {
    movements: Record<string, number>;
    registrations: Record<string, number>;
    awards: Record<string, number>;
    awardLines: AwardLine[];
    initiatives: Record<string, number>;
    clusters: { name: string; members: number; leaders: string[]; ownRank: number | null }[];
    khenCao: { sent: number; awarded: number; pending: number };
    share: {
      individuals: number;
      previousIndividuals: number;
      lines: { key: string; label: string; current: number; previous: number }[];
    };
    /** Inspections, training, conferences and petitions, counted from their records. */
    oversight: {
      inspections: {
        planned: number;
        conducted: number;
        concluded: number;
        recommendations: number;
        openRecommendations: number;
      };
      trainings: { planned: number; held: number; attendees: number };
      conferences: { total: number; soKet: number; tongKet: number; cluster: number; ceremony: number };
      petitions: { received: number; settled: number; notAccepted: number; pending: number };
    };
  };
  submittedAt: string | null;
  updatedAt: string | null;
  versions: { version: number; editedAt: string; editorName: string | null }[];
  units: {
    id: string;
    code: string;
    name: string;
    status: 'none' | 'draft' | 'submitted';
    submittedAt: string | null;
    headline: Headline | null;
  }[];
  rollup: { submitted: number; total: number; totals: Headline; labels: { key: string; label: string }[] };
  canEdit: boolean;
}

const LEVEL: Record<AwardLine['level'], string> = {
  state: 'Cấp Nhà nước',
  province: 'Cấp tỉnh',
  local: 'Cấp cơ sở',
};
const STATUS: Record<PeriodReport['units'][number]['status'], { color: string; text: string }> = {
  none: { color: 'default', text: 'Chưa lập' },
  draft: { color: 'orange', text: 'Đang soạn, chưa gửi' },
  submitted: { color: 'green', text: 'Đã gửi' },
};
const n = (v: number) => v.toLocaleString('vi-VN');
const pct = (a: number, b: number) => (b > 0 ? `${(Math.round((a * 1000) / b) / 10).toLocaleString('vi-VN')}%` : '-');
/** The longer sections get more lines; the signer's fields one. */
const SHORT = new Set(['signerPosition', 'signerName']);

export function PeriodReportPage() {
  useDocumentTitle('Báo cáo sơ kết, tổng kết');
  const [params, setParams] = useSearchParams();
  const kind: Kind = params.get('ky') === 'half' ? 'half' : 'year';
  const defaultYear = dayjs().month() === 11 || kind === 'half' ? dayjs().year() : dayjs().year() - 1;
  const year = Number(params.get('nam') ?? defaultYear);
  const orgId = params.get('donvi') ?? undefined;
  const set = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  const query = { year, kind, orgId };
  const qc = useQueryClient();
  const { message } = App.useApp();
  const q = useQuery({
    queryKey: reportKeys.period(query),
    queryFn: () => api.get<PeriodReport>('/reports/period', query),
  });
  const r = q.data;
  const [form] = Form.useForm<Record<string, string>>();
  const { problem, setProblem, clear } = useFormProblem();
  useEffect(() => {
    if (r) form.setFieldsValue(r.narrative);
  }, [r, form]);

  const save = useMutation({
    mutationFn: (narrative: Record<string, string>) =>
      api.put<PeriodReport>('/reports/period/narrative', {
        year,
        kind,
        orgId: r!.unit.id,
        version: r!.version,
        narrative,
      }),
    onSuccess: (data) => {
      qc.setQueryData(reportKeys.period(query), data);
      void message.success(`Đã lưu báo cáo (phiên bản ${data.version}).`);
    },
    onError: (e) =>
      setProblem(
        applyApiError(form, e, Object.fromEntries((r?.sections ?? []).map((s) => [`narrative.${s.key}`, s.key]))),
      ),
  });
  const submit = useMutation({
    mutationFn: () => api.post<PeriodReport>('/reports/period/submit', { year, kind, orgId: r!.unit.id }),
    onSuccess: (data) => {
      qc.setQueryData(reportKeys.period(query), data);
      void message.success(`Đã gửi báo cáo đến ${data.receiver}.`);
    },
    onError: (e) => setProblem(applyApiError(form, e)),
  });
  const fileQuery = (format: 'docx' | 'pdf') => ({ year, kind, orgId: r?.unit.id ?? orgId, format });
  const f = r?.figures;

  return (
    <>
      <PageHeader
        title="Báo cáo sơ kết, tổng kết công tác thi đua, khen thưởng"
        subtitle="Số liệu tính từ dữ liệu đã ghi nhận; phần nhận xét, đánh giá do cán bộ soạn trước khi tải về"
        actions={
          <Space wrap>
            <Button
              icon={<FileWordOutlined aria-hidden />}
              href={downloadUrl('/reports/period/export', fileQuery('docx'))}
              download
              disabled={!r}
            >
              Tải Word
            </Button>
            <Button
              icon={<FilePdfOutlined aria-hidden />}
              href={downloadUrl('/reports/period/export', fileQuery('pdf'))}
              target="_blank"
              disabled={!r}
            >
              Xem PDF
            </Button>
          </Space>
        }
      />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Flex wrap gap={12} align="center">
          <Segmented<Kind>
            aria-label="Loại báo cáo"
            value={kind}
            options={[
              { value: 'year', label: 'Tổng kết năm' },
              { value: 'half', label: 'Sơ kết 6 tháng' },
            ]}
            onChange={(v) => set('ky', v === 'year' ? undefined : v)}
          />
          <InputNumber
            aria-label="Năm báo cáo"
            addonBefore="Năm"
            min={2000}
            max={2100}
            value={year}
            onChange={(v) => v && set('nam', String(v))}
            style={{ width: 150 }}
          />
          <OrgTreeSelect
            aria-label="Cơ quan, đơn vị báo cáo"
            style={{ width: 'min(360px, 90vw)' }}
            value={orgId}
            onChange={(v: string | undefined) => set('donvi', v)}
            placeholder="Đơn vị báo cáo (mặc định: cấp cao nhất được xem)"
          />
        </Flex>
      </Card>
      {q.error ? (
        <LoadError error={q.error} onRetry={() => q.refetch()} />
      ) : !r || !f ? (
        <Card loading />
      ) : (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <Card size="small">
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {r.subject}
            </Typography.Title>
            <Descriptions size="small" column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label="Đơn vị báo cáo">{r.unit.name}</Descriptions.Item>
              <Descriptions.Item label="Gửi đến">{r.receiver}</Descriptions.Item>
              <Descriptions.Item label="Số liệu tính từ">
                {fmtDate(r.period.from)} đến {fmtDate(r.period.to)}
              </Descriptions.Item>
              <Descriptions.Item label="Tình trạng">
                {r.status === 'submitted' ? (
                  <Tag color="green">Đã gửi cấp trên {fmtDateTime(r.submittedAt)}</Tag>
                ) : r.version === 0 ? (
                  <Tag>Chưa lưu lần nào</Tag>
                ) : (
                  <Tag color="orange">
                    Đang soạn — phiên bản {r.version}, lưu lúc {fmtDateTime(r.updatedAt)}
                  </Tag>
                )}
              </Descriptions.Item>
            </Descriptions>
          </Card>

          <Card size="small" title="Số liệu chính">
            <Row gutter={[16, 12]}>
              <Col xs={12} md={6}>
                <Statistic title="Phong trào đã phát động" value={f.movements.launched} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title="Lượt đăng ký thi đua" value={f.registrations.total} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title="Lượt khen thưởng" value={f.awards.total} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title="Sáng kiến được công nhận" value={f.initiatives.total} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title="Phong trào đã tổng kết" value={f.movements.finalReviewed} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title="Khen thưởng cấp Nhà nước" value={f.awards.state} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title="Hồ sơ trình khen cấp trên" value={f.khenCao.sent} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title="Cấp trên đã khen thưởng" value={f.khenCao.awarded} />
              </Col>
            </Row>
          </Card>

          <Card size="small" title="Kiểm tra, tập huấn, hội nghị và giải quyết đơn thư">
            <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
              <Descriptions.Item label={`Kiểm tra (kế hoạch năm ${r.year})`}>
                {n(f.oversight.inspections.planned)} cuộc theo kế hoạch; đã kiểm tra{' '}
                {n(f.oversight.inspections.conducted)}, đã kết luận {n(f.oversight.inspections.concluded)}
              </Descriptions.Item>
              <Descriptions.Item label="Kiến nghị sau kiểm tra">
                {n(f.oversight.inspections.recommendations)} kiến nghị, còn{' '}
                {n(f.oversight.inspections.openRecommendations)} chưa thực hiện xong
              </Descriptions.Item>
              <Descriptions.Item label="Tập huấn, bồi dưỡng nghiệp vụ">
                Đã tổ chức {n(f.oversight.trainings.held)}/{n(f.oversight.trainings.planned)} lớp,{' '}
                {n(f.oversight.trainings.attendees)} lượt người tham dự
              </Descriptions.Item>
              <Descriptions.Item label="Hội nghị, buổi lễ đã tổ chức">
                {n(f.oversight.conferences.total)} (sơ kết {n(f.oversight.conferences.soKet)}, tổng kết{' '}
                {n(f.oversight.conferences.tongKet)}, cụm, khối {n(f.oversight.conferences.cluster)}, lễ trao tặng{' '}
                {n(f.oversight.conferences.ceremony)})
              </Descriptions.Item>
              <Descriptions.Item label="Đơn thư về thi đua, khen thưởng">
                Tiếp nhận {n(f.oversight.petitions.received)}; đã giải quyết, trả lời {n(f.oversight.petitions.settled)}
                ; không thụ lý {n(f.oversight.petitions.notAccepted)}; đang xử lý {n(f.oversight.petitions.pending)}
              </Descriptions.Item>
            </Descriptions>
          </Card>

          <Row gutter={[12, 12]}>
            <Col xs={24} xxl={13}>
              <Card size="small" title="Khen thưởng theo cấp, danh hiệu và hình thức">
                <Table<AwardLine>
                  size="small"
                  rowKey="code"
                  pagination={false}
                  dataSource={f.awardLines}
                  scroll={{ x: 'max-content' }}
                  columns={[
                    { key: 'name', title: 'Danh hiệu, hình thức', dataIndex: 'name' },
                    { key: 'level', title: 'Cấp', render: (_, l) => LEVEL[l.level] },
                    {
                      key: 'cat',
                      title: 'Loại',
                      render: (_, l) => (l.category === 'title' ? 'Danh hiệu thi đua' : 'Hình thức khen thưởng'),
                    },
                    { key: 'i', title: 'Cá nhân', align: 'right', render: (_, l) => n(l.individuals) },
                    {
                      key: 'c',
                      title: 'Tập thể, hộ',
                      align: 'right',
                      render: (_, l) => n(l.collectives + l.households),
                    },
                    { key: 't', title: 'Tổng', align: 'right', render: (_, l) => n(l.total) },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} xxl={11}>
              <Card size="small" title="Cá nhân được khen thưởng theo đối tượng, so với năm trước">
                <Table
                  size="small"
                  rowKey="key"
                  pagination={false}
                  dataSource={f.share.lines}
                  columns={[
                    { key: 'label', title: 'Đối tượng', dataIndex: 'label' },
                    {
                      key: 'cur',
                      title: `Kỳ này`,
                      align: 'right',
                      render: (_, l) => `${n(l.current)} (${pct(l.current, f.share.individuals)})`,
                    },
                    {
                      key: 'prev',
                      title: 'Cùng kỳ năm trước',
                      align: 'right',
                      render: (_, l) => `${n(l.previous)} (${pct(l.previous, f.share.previousIndividuals)})`,
                    },
                  ]}
                />
              </Card>
            </Col>
          </Row>

          {r.units.length > 0 && (
            <Card
              size="small"
              title={`Báo cáo của các cơ quan, đơn vị trực thuộc: ${r.rollup.submitted}/${r.rollup.total} đã gửi`}
            >
              <Table
                size="small"
                rowKey="id"
                pagination={r.units.length > 20 ? { pageSize: 20 } : false}
                dataSource={r.units}
                scroll={{ x: 'max-content' }}
                columns={[
                  { key: 'name', title: 'Cơ quan, đơn vị', dataIndex: 'name' },
                  {
                    key: 'status',
                    title: 'Tình trạng',
                    render: (_, u) => <Tag color={STATUS[u.status].color}>{STATUS[u.status].text}</Tag>,
                  },
                  { key: 'at', title: 'Ngày gửi', render: (_, u) => fmtDateTime(u.submittedAt) },
                  {
                    key: 'mv',
                    title: 'Phong trào',
                    align: 'right',
                    render: (_, u) => (u.headline ? n(u.headline.movementsLaunched) : ''),
                  },
                  {
                    key: 'aw',
                    title: 'Lượt khen thưởng',
                    align: 'right',
                    render: (_, u) => (u.headline ? n(u.headline.awards) : ''),
                  },
                ]}
              />
              <Descriptions
                size="small"
                title="Cộng số liệu các đơn vị đã gửi"
                column={{ xs: 1, md: 3 }}
                style={{ marginTop: 12 }}
              >
                {r.rollup.labels.map((l) => (
                  <Descriptions.Item key={l.key} label={l.label}>
                    {n(r.rollup.totals[l.key] ?? 0)}
                  </Descriptions.Item>
                ))}
              </Descriptions>
            </Card>
          )}

          <Card size="small" title="Phần nhận xét, đánh giá (in vào báo cáo)">
            {r.status === 'submitted' && (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 12 }}
                message="Báo cáo đã gửi cấp trên; nội dung không sửa được nữa."
              />
            )}
            <FormProblemAlert problem={problem} />
            <Form
              form={form}
              layout="vertical"
              disabled={!r.canEdit}
              onFinish={(v) => {
                clear();
                save.mutate(v);
              }}
              onValuesChange={clear}
            >
              {r.sections.map((s) =>
                SHORT.has(s.key) ? (
                  <Form.Item key={s.key} name={s.key} label={s.label}>
                    <Input maxLength={200} />
                  </Form.Item>
                ) : (
                  <Form.Item key={s.key} name={s.key} label={s.label} extra="Mỗi dòng là một đoạn văn.">
                    <Input.TextArea autoSize={{ minRows: 3, maxRows: 16 }} maxLength={20000} />
                  </Form.Item>
                ),
              )}
              {r.canEdit && (
                <Space wrap>
                  <Button type="primary" htmlType="submit" icon={<SaveOutlined aria-hidden />} loading={save.isPending}>
                    Lưu báo cáo
                  </Button>
                  {r.parentInSystem && (
                    <Popconfirm
                      title={`Gửi báo cáo đến ${r.receiver}?`}
                      description="Số liệu được chốt tại thời điểm gửi; sau khi gửi không sửa được nữa."
                      okText="Gửi"
                      cancelText="Hủy"
                      onConfirm={() => submit.mutate()}
                      disabled={r.version === 0}
                    >
                      <Button icon={<SendOutlined aria-hidden />} loading={submit.isPending} disabled={r.version === 0}>
                        Gửi cấp trên
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              )}
            </Form>
            {r.versions.length > 0 && (
              <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
                Các phiên bản:{' '}
                {r.versions
                  .map((v) => `${v.version} (${fmtDateTime(v.editedAt)}${v.editorName ? `, ${v.editorName}` : ''})`)
                  .join('; ')}
              </Typography.Paragraph>
            )}
          </Card>
        </Space>
      )}
    </>
  );
}
