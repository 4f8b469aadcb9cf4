// Parts of a unit's dossier page: one nominee's details (office's reasons, achievement, verdict,
// evidence and report templates) and the covering text (tờ trình).
import { FileWordOutlined, FilePdfOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, downloadUrl, errorMessage } from '../../ui/api';
import { proposalKeys } from './keys';
import { nomineeOpen } from './labels';
import { EvidenceUpload, FileList, VerdictDetails } from './parts';
import type { EvidenceFile, Nominee, ProposalDetail } from './types';

export function NomineeDetails({
  n,
  editable,
  missing,
  onChanged,
  onRemoveFile,
  removingFile,
}: {
  n: Nominee;
  editable: boolean;
  missing: boolean;
  onChanged: () => void;
  onRemoveFile: (f: EvidenceFile) => void;
  removingFile: string | null;
}) {
  const open = editable && nomineeOpen(n.status);
  return (
    <div className="nominee-details">
      {n.officeReason && (n.status === 'returned' || n.status === 'rejected') && (
        <Alert
          type={n.status === 'returned' ? 'warning' : 'error'}
          showIcon
          style={{ marginBottom: 12 }}
          title={n.status === 'returned' ? 'Cơ quan thẩm định trả lại để bổ sung' : 'Cơ quan thẩm định không chấp nhận'}
          description={<span className="pre-line">Lý do: {n.officeReason}</span>}
        />
      )}
      {n.overrideReason && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="Chấp nhận khác kết quả xét điều kiện"
          description={<span className="pre-line">Lý do: {n.overrideReason}</span>}
        />
      )}
      <div className="nominee-section">
        <Typography.Text strong className="nominee-section-title">
          Tóm tắt thành tích
        </Typography.Text>
        {n.achievement ? (
          <div className="pre-line achievement-text">{n.achievement}</div>
        ) : (
          <div>
            <Typography.Text type={missing ? 'danger' : 'secondary'}>
              Chưa có. {open ? 'Bấm "Sửa" để viết tóm tắt, hoặc tải tệp báo cáo thành tích lên.' : ''}
            </Typography.Text>
          </div>
        )}
      </div>
      <VerdictDetails verdict={n.verdict} submitted={n.submittedVerdict} />
      <div className="nominee-section">
        <Typography.Text strong className="nominee-section-title">
          Báo cáo thành tích, minh chứng
        </Typography.Text>
        <FileList files={n.files ?? []} onRemove={open ? onRemoveFile : undefined} removing={removingFile} />
        <Flex gap={8} wrap style={{ marginTop: 8 }} align="flex-start">
          <Button
            icon={<FileWordOutlined aria-hidden />}
            href={downloadUrl(`/nominees/${n.id}/report`, { format: 'docx' })}
            download
          >
            Mẫu báo cáo thành tích (DOCX)
          </Button>
          <Button
            icon={<FilePdfOutlined aria-hidden />}
            href={downloadUrl(`/nominees/${n.id}/report`, { format: 'pdf' })}
            download
          >
            PDF
          </Button>
        </Flex>
        {open && (
          <div style={{ marginTop: 8 }}>
            <EvidenceUpload path={`/nominees/${n.id}/files`} label="Tải lên báo cáo, minh chứng" onDone={onChanged} />
          </div>
        )}
      </div>
    </div>
  );
}

export function SummaryCard({ p }: { p: ProposalDetail }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [text, setText] = useState(p.summary);
  useEffect(() => setText(p.summary), [p.summary]);
  const save = useMutation({
    mutationFn: () => api.patch<ProposalDetail>(`/proposals/${p.id}`, { summary: text }),
    onSuccess: (np) => {
      qc.setQueryData(proposalKeys.detail(p.id), np);
      void message.success('Đã lưu nội dung tờ trình.');
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  return (
    <Card title="Nội dung tờ trình" style={{ marginBottom: 16 }}>
      {p.editable ? (
        <>
          <label htmlFor="proposal-summary" className="sr-only">
            Nội dung tờ trình
          </label>
          <Input.TextArea
            id="proposal-summary"
            rows={4}
            maxLength={5000}
            showCount
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="Căn cứ, tóm tắt kết quả phong trào thi đua của đơn vị và đề nghị khen thưởng…"
          />
          <Button
            icon={<SaveOutlined aria-hidden />}
            style={{ marginTop: 12 }}
            disabled={text === p.summary}
            loading={save.isPending}
            onClick={() => save.mutate()}
          >
            Lưu nội dung
          </Button>
        </>
      ) : p.summary ? (
        <div className="pre-line">{p.summary}</div>
      ) : (
        <Typography.Text type="secondary">Không có.</Typography.Text>
      )}
    </Card>
  );
}
