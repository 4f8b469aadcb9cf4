// The office's side of an initiative: taking it to the council, who has assessed (not what),
// closing the review with the decision; then the result with the rule applied and each member's scores.
import { CheckCircleFilled, DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Descriptions, Flex, Form, Input, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, downloadUrl } from '../../ui/api';
import { DATE_FORMATS, fmtDate, toIso } from '../../ui/format';
import { applyApiError, FormProblemAlert, useFormProblem } from '../../ui/forms';
import { eligibilityKeys } from '../eligibility/keys';
import { personKeys } from '../people/keys';
import { initiativeKeys } from './keys';
import { INITIATIVE_COUNCIL_ROLE_LABELS, VOTE_LABELS, type InitiativeDetail, num } from './types';

export function OfficeCard({ d }: { d: InitiativeDetail }) {
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

export function ResultCard({ d }: { d: InitiativeDetail }) {
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
