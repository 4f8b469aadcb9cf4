// A council member's side of an initiative: the scoring form per criterion with a vote, or a
// recusal with its reason; once sent, what they sent.
import { SendOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Radio, Typography } from 'antd';
import { api } from '../../ui/api';
import { applyApiError, FormProblemAlert, useFormProblem } from '../../ui/forms';
import { initiativeKeys } from './keys';
import { VOTE_LABELS, type InitiativeDetail, type Vote, num } from './types';

interface AssessValues {
  recused: boolean;
  recusalReason?: string;
  scores?: Record<string, number>;
  vote?: Vote;
}

export function AssessForm({ d }: { d: InitiativeDetail }) {
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

export function MyAssessment({ d }: { d: InitiativeDetail }) {
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
