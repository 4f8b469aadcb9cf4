// /sang-kien/:id — one initiative: what it is and who wrote it; for a council member, the scoring
// form per criterion with a vote, or a recusal with its reason; for the office, who has assessed
// (not what), taking it to the council and closing the review with the decision; after closing,
// the result with the rule applied, each member's scores, the certificate and a link to the
// author's verdicts, where a recognised initiative now counts.
import { ArrowLeftOutlined, CheckCircleFilled, DownloadOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { Link, useParams } from 'react-router';
import { isoDateInVietnam } from '../../../../src/domain/vi-text/index';
import { api, downloadUrl } from '../../ui/api';
import { EvidenceUpload, FileList } from '../rounds/parts';
import { DATE_FORMATS, fmtDate, toIso } from '../../ui/format';
import { applyApiError, FormProblemAlert, useFormProblem } from '../../ui/forms';
import { ButtonLink, LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import { eligibilityKeys } from '../eligibility/keys';
import { personKeys } from '../people/keys';
import { initiativeKeys } from './keys';
import {
  INITIATIVE_COUNCIL_ROLE_LABELS,
  shareText,
  STATUS_COLOURS,
  VOTE_LABELS,
  type InitiativeDetail,
  type Vote,
} from './types';

const num = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

/** The author's verdicts for the year of the decision (or this year), CSTĐCS opened. */
export function authorVerdictsLink(d: InitiativeDetail): string {
  const date = d.decidedOn ?? isoDateInVietnam(new Date());
  return `/ca-nhan/${d.author.personId}?tab=de-nghi&award=CSTD_CS&period=${date.slice(0, 4)}&decisionDate=${date}`;
}

interface AssessValues {
  recused: boolean;
  recusalReason?: string;
  scores?: Record<string, number>;
  vote?: Vote;
}

function AssessForm({ d }: { d: InitiativeDetail }) {
  const [form] = Form.useForm<AssessValues>();
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const { problem, setProblem, clear } = useFormProblem();
  const recused = Form.useWatch('recused', form) ?? false;
  const scores = Form.useWatch('scores', form) ?? {};
  const total = d.criteria.reduce((a, c) => a + (Number(scores[c.id]) || 0), 0);
  const max = d.criteria.reduce((a, c) => a + c.maxPoints, 0);
  const save = useMutation({
    mutationFn: (v: AssessValues) =>
      api.post<InitiativeDetail>(
        `/initiative-applications/${d.id}/assess`,
        v.recused
          ? { recused: true, recusalReason: v.recusalReason }
          : { recused: false, scores: v.scores, vote: v.vote },
      ),
    onSuccess: async (x) => {
      qc.setQueryData(initiativeKeys.detail(d.id), x);
      await qc.invalidateQueries({ queryKey: initiativeKeys.lists() });
      void message.success(
        x.mine?.recused
          ? 'Đã ghi nhận bạn không tham gia xét sáng kiến này.'
          : 'Đã ghi nhận điểm và biểu quyết của bạn.',
      );
    },
    onError: (e) => setProblem(applyApiError(form, e)),
  });
  const confirm = (v: AssessValues) =>
    modal.confirm({
      title: v.recused ? 'Xác nhận không tham gia xét sáng kiến?' : 'Gửi điểm và biểu quyết?',
      content: v.recused
        ? 'Bạn không chấm điểm, không biểu quyết và không được tính vào số thành viên biểu quyết. Không sửa được sau khi gửi.'
        : `Tổng điểm ${num(total)}/${num(max)}; biểu quyết: ${VOTE_LABELS[v.vote!]}. Không sửa được sau khi gửi.`,
      okText: 'Gửi',
      cancelText: 'Hủy',
      onOk: () => save.mutateAsync(v).catch(() => undefined),
    });
  return (
    <Card title="Phiếu chấm điểm, biểu quyết của bạn" style={{ marginBottom: 16 }}>
      <FormProblemAlert problem={problem} />
      <Form
        form={form}
        name="initiative-assess"
        layout="vertical"
        initialValues={{ recused: false }}
        onValuesChange={clear}
        onFinish={confirm}
      >
        <Form.Item name="recused" label="Tham gia xét">
          <Radio.Group
            options={[
              { value: false, label: 'Tôi chấm điểm và biểu quyết' },
              { value: true, label: 'Tôi không tham gia vì xung đột lợi ích' },
            ]}
          />
        </Form.Item>
        {recused ? (
          <Form.Item
            name="recusalReason"
            label="Lý do không tham gia"
            rules={[{ required: true, whitespace: true, message: 'Cần ghi lý do không tham gia (xung đột lợi ích).' }]}
          >
            <Input.TextArea rows={3} maxLength={1000} placeholder="Ví dụ: Là người thân của tác giả." />
          </Form.Item>
        ) : (
          <>
            <ul className="criteria-list" aria-label="Điểm theo tiêu chí">
              {d.criteria.map((c) => (
                <li key={c.id}>
                  <Form.Item
                    name={['scores', c.id]}
                    label={`${c.label} (tối đa ${num(c.maxPoints)})`}
                    rules={[{ required: true, message: 'Chưa chấm điểm.' }]}
                    style={{ marginBottom: 0, width: '100%' }}
                  >
                    <InputNumber<number>
                      min={0}
                      max={c.maxPoints}
                      step={1}
                      decimalSeparator=","
                      style={{ width: 140 }}
                    />
                  </Form.Item>
                </li>
              ))}
            </ul>
            <Typography.Paragraph style={{ margin: '12px 0' }} aria-live="polite">
              Tổng điểm: <strong>{num(total)}</strong> / {num(max)}
              {d.rule.minAverage !== null && (
                <span className="muted"> · Hội đồng cần điểm bình quân ít nhất {num(d.rule.minAverage)}</span>
              )}
            </Typography.Paragraph>
            <Form.Item
              name="vote"
              label="Biểu quyết"
              rules={[{ required: true, message: 'Cần biểu quyết đồng ý hoặc không đồng ý.' }]}
            >
              <Radio.Group
                options={(Object.keys(VOTE_LABELS) as Vote[]).map((v) => ({ value: v, label: VOTE_LABELS[v] }))}
              />
            </Form.Item>
          </>
        )}
        <Button type="primary" htmlType="submit" icon={<SendOutlined aria-hidden />} loading={save.isPending}>
          Gửi phiếu
        </Button>
      </Form>
    </Card>
  );
}

function MyAssessment({ d }: { d: InitiativeDetail }) {
  const m = d.mine!;
  return (
    <Card title="Phiếu của bạn" style={{ marginBottom: 16 }}>
      {m.recused ? (
        <Alert
          type="info"
          showIcon
          title="Bạn không tham gia xét sáng kiến này."
          description={`Lý do: ${m.recusalReason ?? ''}`}
        />
      ) : (
        <Descriptions
          size="small"
          column={1}
          items={[
            ...d.criteria.map((c) => ({
              key: c.id,
              label: c.label,
              children: `${num(m.scores[c.id])} / ${num(c.maxPoints)}`,
            })),
            { key: 'vote', label: 'Biểu quyết', children: m.vote ? VOTE_LABELS[m.vote] : '—' },
          ]}
        />
      )}
    </Card>
  );
}

function OfficeCard({ d }: { d: InitiativeDetail }) {
  const [form] = Form.useForm<{ decisionNo: string; decidedOn: Dayjs }>();
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const { problem, setProblem, clear } = useFormProblem();
  const after = async (x: InitiativeDetail) => {
    qc.setQueryData(initiativeKeys.detail(d.id), x);
    await qc.invalidateQueries({ queryKey: initiativeKeys.lists() });
    // A recognised initiative changes the author's verdicts and record.
    await qc.invalidateQueries({ queryKey: eligibilityKeys.all });
    await qc.invalidateQueries({ queryKey: personKeys.detail(d.author.personId) });
  };
  const start = useMutation({
    mutationFn: () => api.post<InitiativeDetail>(`/initiative-applications/${d.id}/review`),
    onSuccess: async (x) => {
      await after(x);
      void message.success('Đã đưa sáng kiến ra Hội đồng xét; các thành viên nhận thông báo.');
    },
    onError: (e) => setProblem(applyApiError(form, e)),
  });
  const close = useMutation({
    mutationFn: (v: { decisionNo: string; decidedOn: Dayjs }) =>
      api.post<InitiativeDetail>(`/initiative-applications/${d.id}/close`, {
        decisionNo: v.decisionNo,
        decidedOn: toIso(v.decidedOn),
      }),
    onSuccess: async (x) => {
      await after(x);
      void message.success(
        x.status === 'recognised' ? 'Sáng kiến được công nhận.' : 'Đã kết thúc xét: sáng kiến không được công nhận.',
      );
    },
    onError: (e) => setProblem(applyApiError(form, e)),
  });
  const done = d.council.filter((m) => m.assessed).length;
  if (d.status === 'submitted')
    return (
      <Card title="Đưa ra Hội đồng xét" style={{ marginBottom: 16 }}>
        <FormProblemAlert problem={problem} />
        <Typography.Paragraph>
          Khi đưa ra Hội đồng, các thành viên nhận thông báo để chấm điểm, biểu quyết.
        </Typography.Paragraph>
        <Button
          type="primary"
          loading={start.isPending}
          onClick={() =>
            modal.confirm({
              title: 'Đưa sáng kiến ra Hội đồng xét?',
              okText: 'Đưa ra Hội đồng',
              cancelText: 'Hủy',
              onOk: () => start.mutateAsync().catch(() => undefined),
            })
          }
        >
          Đưa ra Hội đồng xét
        </Button>
      </Card>
    );
  if (d.status !== 'reviewing') return null;
  return (
    <Card title="Tiến độ xét của Hội đồng" style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">
        Điểm và biểu quyết của từng thành viên chỉ được công khai sau khi kết thúc xét.
      </Typography.Paragraph>
      <Table
        size="small"
        rowKey="userId"
        pagination={false}
        dataSource={d.council}
        aria-label="Tiến độ xét của Hội đồng"
        columns={[
          { title: 'Thành viên', dataIndex: 'fullName' },
          {
            title: 'Vai trò',
            dataIndex: 'role',
            render: (r: keyof typeof INITIATIVE_COUNCIL_ROLE_LABELS) => INITIATIVE_COUNCIL_ROLE_LABELS[r],
          },
          {
            title: 'Tình trạng',
            dataIndex: 'assessed',
            render: (a: boolean) => (a ? <Tag color="green">Đã gửi phiếu</Tag> : <Tag>Chưa gửi</Tag>),
          },
        ]}
      />
      <Typography.Paragraph style={{ margin: '12px 0' }}>
        Đã gửi phiếu: {done}/{d.council.length}. Thành viên chưa gửi phiếu khi kết thúc được tính là không đồng ý.
      </Typography.Paragraph>
      <FormProblemAlert problem={problem} />
      <Form
        form={form}
        name="initiative-close"
        layout="vertical"
        onValuesChange={clear}
        onFinish={(v) =>
          modal.confirm({
            title: 'Kết thúc xét sáng kiến?',
            content: `${done < d.council.length ? `Còn ${d.council.length - done} thành viên chưa gửi phiếu. ` : ''}Kết quả được tính theo quy tắc của Hội đồng và không sửa được.`,
            okText: 'Kết thúc xét',
            cancelText: 'Hủy',
            onOk: () => close.mutateAsync(v).catch(() => undefined),
          })
        }
      >
        <Flex gap={12} wrap align="end">
          <Form.Item
            name="decisionNo"
            label="Số quyết định công nhận"
            rules={[{ required: true, whitespace: true, message: 'Chưa nhập số quyết định.' }]}
            style={{ flex: '1 1 200px' }}
          >
            <Input maxLength={50} placeholder="Ví dụ: 05/QĐ-UBND" />
          </Form.Item>
          <Form.Item name="decidedOn" label="Ngày quyết định" rules={[{ required: true, message: 'Chưa chọn ngày.' }]}>
            <DatePicker format={DATE_FORMATS} placeholder="dd/mm/yyyy" style={{ width: 170 }} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={close.isPending}>
              Kết thúc xét
            </Button>
          </Form.Item>
        </Flex>
      </Form>
    </Card>
  );
}

function ResultCard({ d }: { d: InitiativeDetail }) {
  const r = d.result!;
  const recognised = d.status === 'recognised';
  return (
    <Card
      title="Kết quả xét"
      style={{ marginBottom: 16 }}
      extra={
        recognised ? (
          <Button
            icon={<DownloadOutlined aria-hidden />}
            href={downloadUrl(`/initiative-applications/${d.id}/certificate`)}
            download
          >
            Giấy chứng nhận (DOCX)
          </Button>
        ) : undefined
      }
    >
      <Alert
        type={recognised ? 'success' : 'warning'}
        showIcon
        icon={recognised ? <CheckCircleFilled /> : undefined}
        style={{ marginBottom: 12 }}
        title={
          recognised
            ? `Công nhận sáng kiến ${d.scopeLabel.toLowerCase()} — Quyết định số ${d.decisionNo} ngày ${fmtDate(d.decidedOn)}`
            : `Không công nhận — Quyết định số ${d.decisionNo} ngày ${fmtDate(d.decidedOn)}`
        }
        description={
          <>
            <div>{r.text}</div>
            <div className="muted">Quy tắc: {d.rule.basis}</div>
            {r.problems.length > 0 && (
              <ul className="plain-list">
                {r.problems.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            )}
          </>
        }
      />
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 4 }}
        items={[
          { key: 'm', label: 'Thành viên', children: r.members },
          { key: 'v', label: 'Tham gia biểu quyết', children: r.voters },
          { key: 'y', label: 'Đồng ý', children: `${r.yes} (cần ${r.required})` },
          { key: 'a', label: 'Điểm bình quân', children: num(r.average) },
        ]}
      />
      {d.assessments && (
        <Table
          size="small"
          rowKey="userId"
          pagination={false}
          dataSource={d.council.map((m) => ({ ...m, a: d.assessments!.find((x) => x.userId === m.userId) ?? null }))}
          aria-label="Điểm và biểu quyết của từng thành viên"
          scroll={{ x: 'max-content' }}
          style={{ marginTop: 12 }}
          columns={[
            {
              title: 'Thành viên',
              dataIndex: 'fullName',
              render: (n: string, m) => (
                <span>
                  {n}
                  <br />
                  <small className="muted">{INITIATIVE_COUNCIL_ROLE_LABELS[m.role]}</small>
                </span>
              ),
            },
            ...d.criteria.map((c) => ({
              title: `${c.label} (${num(c.maxPoints)})`,
              key: c.id,
              align: 'right' as const,
              render: (_: unknown, m: { a: (typeof d.assessments)[number] | null }) =>
                m.a && !m.a.recused ? num(m.a.scores[c.id]) : '—',
            })),
            {
              title: 'Tổng',
              key: 'total',
              align: 'right' as const,
              render: (_: unknown, m) =>
                m.a && !m.a.recused ? (
                  <strong>{num(d.criteria.reduce((s, c) => s + (m.a!.scores[c.id] ?? 0), 0))}</strong>
                ) : (
                  '—'
                ),
            },
            {
              title: 'Biểu quyết',
              key: 'vote',
              render: (_: unknown, m) =>
                !m.a ? (
                  <Tag>Không gửi phiếu</Tag>
                ) : m.a.recused ? (
                  <span>
                    <Tag color="orange">Không tham gia</Tag>
                    <br />
                    <small className="muted">{m.a.recusalReason}</small>
                  </span>
                ) : m.a.vote ? (
                  <Tag color={m.a.vote === 'yes' ? 'green' : m.a.vote === 'no' ? 'red' : 'default'}>
                    {VOTE_LABELS[m.a.vote]}
                  </Tag>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      )}
    </Card>
  );
}

export function InitiativePage() {
  const qc = useQueryClient();
  const { id = '' } = useParams();
  const q = useQuery({
    queryKey: initiativeKeys.detail(id),
    queryFn: () => api.get<InitiativeDetail>(`/initiative-applications/${id}`),
  });
  useDocumentTitle(q.data?.title ?? 'Sáng kiến');
  if (q.isPending) return <PageSkeleton />;
  if (q.error) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  const d = q.data;
  const closed = d.status === 'recognised' || d.status === 'refused';
  return (
    <>
      <PageHeader
        title={d.title}
        subtitle={
          <Tag color={STATUS_COLOURS[d.status]} style={{ marginTop: 4 }}>
            {d.statusLabel}
          </Tag>
        }
        actions={
          <ButtonLink to="/sang-kien" icon={<ArrowLeftOutlined aria-hidden />}>
            Danh sách sáng kiến
          </ButtonLink>
        }
      />
      {closed && d.result && <ResultCard d={d} />}
      {d.member && d.status === 'reviewing' && (d.mine ? <MyAssessment d={d} /> : <AssessForm d={d} />)}
      {d.manage && <OfficeCard d={d} />}
      <Card title="Thông tin sáng kiến" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'author',
              label: 'Tác giả',
              children: (
                <span>
                  <Link to={`/ca-nhan/${d.author.personId}`}>{d.author.fullName}</Link>
                  {d.author.position ? `, ${d.author.position}` : ''}
                </span>
              ),
            },
            { key: 'org', label: 'Đơn vị', children: d.author.orgName ?? '—' },
            { key: 'scope', label: 'Phạm vi ảnh hưởng', children: d.scopeLabel },
            { key: 'from', label: 'Áp dụng từ', children: fmtDate(d.appliedFrom) },
            {
              key: 'rule',
              label: 'Quy tắc công nhận',
              span: 2,
              children: (
                <span>
                  Ít nhất {shareText(d.rule.share)} tổng số thành viên (không tính thành viên không tham gia do xung đột
                  lợi ích) đồng ý
                  {d.rule.minAverage !== null ? `, điểm bình quân ít nhất ${num(d.rule.minAverage)}` : ''}.
                  <br />
                  <small className="muted">{d.rule.basis}</small>
                </span>
              ),
            },
            {
              key: 'criteria',
              label: 'Tiêu chí chấm',
              span: 2,
              children: d.criteria.map((c) => `${c.label} (${num(c.maxPoints)})`).join('; '),
            },
            { key: 'desc', label: 'Mô tả', span: 2, children: <span className="pre-line">{d.description}</span> },
            {
              key: 'files',
              label: 'Tệp minh chứng',
              span: 2,
              children: (
                <>
                  <FileList
                    files={d.files ?? []}
                    hrefOf={(f) => downloadUrl(`/initiative-applications/${d.id}/files/${f.id}`)}
                  />
                  {d.manage && (d.status === 'submitted' || d.status === 'reviewing') && (
                    <EvidenceUpload
                      path={`/initiative-applications/${d.id}/files`}
                      label="Tải lên minh chứng"
                      onDone={() => void qc.invalidateQueries({ queryKey: initiativeKeys.all })}
                    />
                  )}
                </>
              ),
            },
            {
              key: 'council',
              label: 'Hội đồng',
              span: 2,
              children: d.council.map((m) => `${m.fullName} (${INITIATIVE_COUNCIL_ROLE_LABELS[m.role]})`).join('; '),
            },
          ]}
        />
        <Flex gap={8} wrap style={{ marginTop: 12 }}>
          <ButtonLink to={authorVerdictsLink(d)}>Điều kiện thi đua của tác giả (Chiến sĩ thi đua cơ sở)</ButtonLink>
        </Flex>
      </Card>
    </>
  );
}
