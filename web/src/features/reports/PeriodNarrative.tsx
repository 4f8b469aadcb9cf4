// The narrative sections the officer writes (each save a version) and the submission to the parent body.
import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import type { UseMutationResult } from '@tanstack/react-query';
import { Alert, Button, Card, Form, type FormInstance, Input, Popconfirm, Space, Typography } from 'antd';
import { fmtDateTime } from '../../ui/format';
import { FormProblemAlert, type FormProblem } from '../../ui/forms';
import type { PeriodReport } from './period-types';

/** The longer sections get more lines; the signer's fields one. */
const SHORT = new Set(['signerPosition', 'signerName']);

export function PeriodNarrative({
  r,
  form,
  problem,
  clear,
  save,
  submit,
}: {
  r: PeriodReport;
  form: FormInstance<Record<string, string>>;
  problem: FormProblem | null;
  clear: () => void;
  save: UseMutationResult<PeriodReport, Error, Record<string, string>>;
  submit: UseMutationResult<PeriodReport, Error, void>;
}) {
  return (
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
  );
}
