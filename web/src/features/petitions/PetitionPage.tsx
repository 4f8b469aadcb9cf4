// /don-thu/:id — one petition: what it says, who sent it, its statutory due date and how it is
// computed (with the legal basis), and the office's steps: classify and assign, accept (thụ lý)
// or not, extend a denunciation, answer; the answer as a DOCX in the Nghị định 30/2020 layout.
import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Card, Checkbox, Descriptions, Flex, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { api, downloadUrl } from '../../ui/api';
import { EMPTY, fmtDate, fmtDateTime } from '../../ui/format';
import { LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import { DeadlineTag, STATUS_COLOR } from './DeadlineTag';
import { type Step, StepModal } from './StepModal';
import { petitionKeys } from './keys';
import type { PetitionDetail } from './types';

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
    queryKey: petitionKeys.detail(id),
    queryFn: () => api.get<PetitionDetail>(`/petitions/${id}`),
  });
  useDocumentTitle(q.data ? `Đơn ${q.data.trackingCode}` : 'Đơn thư');
  const done = (p: PetitionDetail, text: string) => {
    qc.setQueryData(petitionKeys.detail(id), p);
    void qc.invalidateQueries({ queryKey: petitionKeys.all });
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
