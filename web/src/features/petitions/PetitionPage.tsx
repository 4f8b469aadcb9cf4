// /don-thu/:id — one petition: what it says, who sent it, its statutory due date and how it is
// computed (with the legal basis), and the office's steps: classify and assign, accept (thụ lý)
// or not, extend a denunciation, answer; the answer as a DOCX in the Nghị định 30/2020 layout.
import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Switch,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { COMPLEXITY_LABELS, PETITION_KIND_LABELS, REJECT_REASON_LABELS } from '../../../../src/domain/petitions/rules';
import { api, downloadUrl } from '../../ui/api';
import { EMPTY, fmtDate, fmtDateTime, optionsOf } from '../../ui/format';
import { applyApiError, FormProblemAlert, useFormProblem } from '../../ui/forms';
import { LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import { DeadlineTag, STATUS_COLOR } from './DeadlineTag';
import { PETITIONS_KEY, type PetitionDetail } from './types';

type Step = 'classify' | 'reject' | 'extend' | 'answer' | null;
const MARK_NOTE: Record<string, string> = {
  V: '',
  R: ' (chưa đối chiếu nguyên văn)',
  U: ' (mặc định, cần quản trị xác nhận)',
};

export function PetitionPage() {
  const { id = '' } = useParams();
  const qc = useQueryClient();
  const { message } = AntApp.useApp();
  const [step, setStep] = useState<Step>(null);
  const q = useQuery({
    queryKey: [...PETITIONS_KEY, 'one', id],
    queryFn: () => api.get<PetitionDetail>(`/petitions/${id}`),
  });
  useDocumentTitle(q.data ? `Đơn ${q.data.trackingCode}` : 'Đơn thư');
  const done = (p: PetitionDetail, text: string) => {
    qc.setQueryData([...PETITIONS_KEY, 'one', id], p);
    void qc.invalidateQueries({ queryKey: PETITIONS_KEY });
    setStep(null);
    void message.success(text);
  };
  const [newInfo, setNewInfo] = useState(false);
  const accept = useMutation({
    mutationFn: () => api.post<PetitionDetail>(`/petitions/${id}/accept`, { newInformation: newInfo || undefined }),
    onSuccess: (p) => done(p, `Đã thụ lý. Hạn giải quyết: ${fmtDate(p.dueDate)}.`),
    onError: (e) => message.error((e as Error).message),
  });
  if (q.error) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  if (!q.data) return <PageSkeleton />;
  const p = q.data;
  const open = p.status === 'received' || p.status === 'accepted';
  const repeat = p.status === 'received' && p.kind === 'denunciation' && p.duplicateOfCode !== null;

  return (
    <>
      <PageHeader
        title={`${p.kindLabel}: ${p.title}`}
        subtitle={
          <>
            Mã đơn <b style={{ fontFamily: 'monospace' }}>{p.trackingCode}</b> · nhận ngày {fmtDate(p.receivedOn)} ·{' '}
            {p.channelLabel.toLowerCase()}
          </>
        }
        actions={
          <Flex gap={8} wrap>
            {open && <Button onClick={() => setStep('classify')}>Phân loại, giao xử lý</Button>}
            {p.status === 'received' && (
              <>
                <Tooltip title={p.acceptBlocked ?? undefined}>
                  <Button
                    type="primary"
                    disabled={!!p.acceptBlocked && !(repeat && newInfo)}
                    loading={accept.isPending}
                    onClick={() => accept.mutate()}
                  >
                    Thụ lý
                  </Button>
                </Tooltip>
                <Button danger onClick={() => setStep('reject')}>
                  Không thụ lý
                </Button>
              </>
            )}
            {p.status === 'accepted' && (
              <>
                {p.kind === 'denunciation' && (
                  <Tooltip title={p.extendBlocked ?? undefined}>
                    <Button disabled={!!p.extendBlocked} onClick={() => setStep('extend')}>
                      Gia hạn
                    </Button>
                  </Tooltip>
                )}
                <Button type="primary" onClick={() => setStep('answer')}>
                  Trả lời, kết luận
                </Button>
              </>
            )}
            {p.status === 'answered' && (
              <Button icon={<DownloadOutlined aria-hidden />} href={downloadUrl(`/petitions/${id}/answer.docx`)}>
                Văn bản trả lời (Word)
              </Button>
            )}
          </Flex>
        }
      />
      {p.acceptBlocked && p.status === 'received' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="Chưa thụ lý được"
          description={p.acceptBlocked}
        />
      )}
      {repeat && (
        <Checkbox checked={newInfo} onChange={(e) => setNewInfo(e.target.checked)} style={{ marginBottom: 16 }}>
          Người tố cáo cung cấp thông tin, tài liệu, chứng cứ mới
        </Checkbox>
      )}
      {p.withholds && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={`Đang tạm dừng xét khen thưởng: ${p.subjectName ?? ''}`}
          description="Đối tượng bị khiếu nại, tố cáo chưa được xét khen thưởng cho đến khi đơn được giải quyết xong."
        />
      )}
      <Card title="Thời hạn theo luật" style={{ marginBottom: 16 }}>
        <Flex vertical gap={8}>
          <div>
            <b>{p.dueStage === 'accept' ? 'Hạn thụ lý, xử lý đơn' : 'Hạn giải quyết'}:</b> {fmtDate(p.dueDate)}{' '}
            <DeadlineTag p={p} />
          </div>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {p.dueBasis.map((b, i) => (
              <li key={i}>
                {b.days} ngày{b.working ? ' làm việc' : ''} — {b.basis}
                <span className="muted">{MARK_NOTE[b.mark] ?? ''}</span>
              </li>
            ))}
          </ul>
          <Typography.Text type="secondary">
            Ngày nghỉ lễ, Tết và cuối tuần được tính theo lịch của hệ thống; hạn rơi vào ngày nghỉ thì chuyển sang ngày
            làm việc tiếp theo.
          </Typography.Text>
        </Flex>
      </Card>
      <Card title="Nội dung đơn">
        <Descriptions bordered size="small" column={1}>
          <Descriptions.Item label="Trạng thái">
            <Tag color={STATUS_COLOR[p.status]}>{p.statusLabel}</Tag>
            {p.duplicateOfCode && <Tag color="purple">Trùng đơn {p.duplicateOfCode}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label="Cơ quan tiếp nhận">{p.orgName}</Descriptions.Item>
          <Descriptions.Item label="Người gửi">
            {p.senderName ?? EMPTY}
            {p.anonymous && <Tag style={{ marginLeft: 8 }}>Không rõ họ tên, địa chỉ</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label="Địa chỉ">{p.senderAddress ?? EMPTY}</Descriptions.Item>
          <Descriptions.Item label="Liên hệ">{p.contact ?? EMPTY}</Descriptions.Item>
          <Descriptions.Item label="Về">{p.subjectName ?? EMPTY}</Descriptions.Item>
          <Descriptions.Item label="Nội dung">
            <div style={{ whiteSpace: 'pre-wrap' }}>{p.content}</div>
          </Descriptions.Item>
          <Descriptions.Item label="Tính chất">
            {p.complexityLabel}
            {p.remote ? '; vùng sâu, vùng xa' : ''}
            {p.secondRound ? '; khiếu nại lần hai' : ''}
            {p.extensions ? `; đã gia hạn ${p.extensions} lần` : ''}
          </Descriptions.Item>
          <Descriptions.Item label="Người xử lý">{p.assigneeName ?? EMPTY}</Descriptions.Item>
          <Descriptions.Item label="Ngày thụ lý">{fmtDate(p.acceptedOn)}</Descriptions.Item>
          {p.rejectReasonLabel && (
            <Descriptions.Item label="Lý do không thụ lý">{p.rejectReasonLabel}</Descriptions.Item>
          )}
          {p.answer && (
            <Descriptions.Item label={p.status === 'answered' ? `Kết quả (${fmtDate(p.closedOn)})` : 'Ghi chú'}>
              {p.answerNo && <div>Văn bản số {p.answerNo}</div>}
              <div style={{ whiteSpace: 'pre-wrap' }}>{p.answer}</div>
            </Descriptions.Item>
          )}
          <Descriptions.Item label="Vào sổ lúc">{fmtDateTime(p.createdAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <StepModal step={step} p={p} onClose={() => setStep(null)} onDone={done} />
    </>
  );
}

const STEP_TITLES = {
  classify: 'Phân loại, giao xử lý',
  reject: 'Không thụ lý đơn',
  extend: 'Gia hạn giải quyết tố cáo',
  answer: 'Trả lời, kết luận',
};

function StepModal({
  step,
  p,
  onClose,
  onDone,
}: {
  step: Step;
  p: PetitionDetail;
  onClose: () => void;
  onDone: (p: PetitionDetail, text: string) => void;
}) {
  const [form] = Form.useForm();
  const { problem, setProblem, clear } = useFormProblem();
  const send = useMutation({
    mutationFn: (v: Record<string, unknown>) => api.post<PetitionDetail>(`/petitions/${p.id}/${step}`, v),
    onSuccess: (out) =>
      onDone(
        out,
        step === 'answer'
          ? 'Đã trả lời, kết luận đơn.'
          : step === 'reject'
            ? 'Đã ghi không thụ lý.'
            : step === 'extend'
              ? `Đã gia hạn đến ${fmtDate(out.dueDate)}.`
              : 'Đã lưu phân loại.',
      ),
    onError: (e) => setProblem(applyApiError(form, e)),
  });
  if (!step) return null;
  return (
    <Modal
      open
      title={STEP_TITLES[step]}
      okText="Lưu"
      cancelText="Hủy"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={send.isPending}
      width={640}
      destroyOnHidden
    >
      <FormProblemAlert problem={problem} />
      <Form
        form={form}
        layout="vertical"
        onValuesChange={clear}
        onFinish={(v) => send.mutate(v)}
        initialValues={
          step === 'classify'
            ? {
                kind: p.kind,
                complexity: p.complexity,
                remote: p.remote,
                secondRound: p.secondRound,
                senderName: p.senderName ?? '',
                senderAddress: p.senderAddress ?? '',
                contact: p.contact ?? '',
              }
            : {}
        }
      >
        {step === 'classify' && (
          <>
            <Form.Item name="kind" label="Loại đơn">
              <Select options={optionsOf(PETITION_KIND_LABELS)} disabled={p.status !== 'received'} />
            </Form.Item>
            <Form.Item name="complexity" label="Tính chất vụ việc">
              <Select options={optionsOf(COMPLEXITY_LABELS)} />
            </Form.Item>
            <Form.Item name="remote" label="Vùng sâu, vùng xa đi lại khó khăn" valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name="secondRound" label="Khiếu nại lần hai" valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name="senderName" label="Họ và tên người gửi">
              <Input maxLength={150} />
            </Form.Item>
            <Form.Item name="senderAddress" label="Địa chỉ người gửi">
              <Input maxLength={300} />
            </Form.Item>
            <Form.Item name="contact" label="Số điện thoại hoặc thư điện tử">
              <Input maxLength={200} />
            </Form.Item>
          </>
        )}
        {step === 'reject' && (
          <>
            <Form.Item name="reason" label="Lý do không thụ lý" rules={[{ required: true, message: 'Chọn lý do.' }]}>
              <Select options={optionsOf(REJECT_REASON_LABELS)} />
            </Form.Item>
            <Form.Item
              name="note"
              label="Ghi chú, hướng xử lý"
              rules={[{ required: true, whitespace: true, message: 'Nhập ghi chú.' }]}
            >
              <Input.TextArea rows={4} maxLength={2000} />
            </Form.Item>
          </>
        )}
        {step === 'extend' && (
          <Form.Item
            name="note"
            label="Lý do gia hạn"
            rules={[{ required: true, whitespace: true, message: 'Nhập lý do.' }]}
          >
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        )}
        {step === 'answer' && (
          <>
            <Form.Item
              name="answerNo"
              label="Số, ký hiệu văn bản trả lời"
              extra="Ví dụ 25/UBND-VHXH; để trống nếu chưa vào sổ."
            >
              <Input maxLength={60} />
            </Form.Item>
            <Form.Item
              name="answer"
              label="Nội dung trả lời, kết luận"
              rules={[
                { required: true, whitespace: true, message: 'Nhập nội dung trả lời.' },
                { min: 10, message: 'Nội dung trả lời cần ít nhất 10 ký tự.' },
              ]}
            >
              <Input.TextArea rows={6} maxLength={8000} showCount />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
