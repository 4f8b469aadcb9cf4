// A signed decision's certificates printed as a batch (PDF or Word, full or on pre-printed blanks),
// with progress the user may leave and come back to.
import { PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Progress, Radio, Typography } from 'antd';
import { useState } from 'react';
import { api, downloadUrl, errorMessage } from '../../ui/api';
import { fmtDateTime } from '../../ui/format';
import { decisionKeys } from './keys';
import type { CertificateJobList, DecisionDetail } from './types';

export function CertificateBatches({ detail }: { detail: DecisionDetail }) {
  const qc = useQueryClient();
  const [format, setFormat] = useState<'pdf' | 'docx'>('pdf');
  const [mode, setMode] = useState<'full' | 'blank'>('full');
  const id = detail.decision.id;
  const list = useQuery({
    queryKey: decisionKeys.certificates(id),
    queryFn: () => api.get<CertificateJobList>(`/decisions/${id}/certificate-batches`),
    refetchInterval: (q) => (q.state.data?.items.some((j) => j.status === 'running') ? 700 : false),
  });
  const start = useMutation({
    mutationFn: () => api.post(`/decisions/${id}/certificate-batches`, { format, mode }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: decisionKeys.certificates(id) }),
  });
  return (
    <Card size="small" title="In giấy khen, giấy chứng nhận hàng loạt">
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <Radio.Group
          value={format}
          onChange={(e) => setFormat(e.target.value)}
          optionType="button"
          options={[
            { value: 'pdf', label: 'PDF' },
            { value: 'docx', label: 'Word' },
          ]}
          aria-label="Định dạng"
        />
        <Radio.Group
          value={mode}
          onChange={(e) => setMode(e.target.value)}
          options={[
            { value: 'full', label: 'Giấy A4 (in cả khung)' },
            { value: 'blank', label: 'In trên phôi in sẵn' },
          ]}
          aria-label="Kiểu in"
        />
        <Button
          type="primary"
          icon={<PrinterOutlined aria-hidden />}
          loading={start.isPending}
          onClick={() => start.mutate()}
        >
          In {detail.items.length} giấy khen
        </Button>
      </Flex>
      {start.error ? <Alert type="error" showIcon message={errorMessage(start.error)} /> : null}
      <Flex vertical gap={8}>
        {(list.data?.items ?? []).map((j) => (
          <Flex key={j.id} gap={12} wrap align="center">
            <Typography.Text style={{ minWidth: 150 }}>{fmtDateTime(j.createdAt)}</Typography.Text>
            <Progress
              percent={j.total ? Math.round((j.processed / j.total) * 100) : 0}
              status={j.status === 'failed' ? 'exception' : j.status === 'done' ? 'success' : 'active'}
              style={{ width: 220, margin: 0 }}
              format={() => `${j.processed}/${j.total}`}
              aria-label="Tiến độ in"
            />
            {j.status === 'done' ? (
              <Button size="small" href={downloadUrl(`/decisions/certificate-batches/${j.id}/file`)} download>
                Tải {j.fileName}
              </Button>
            ) : j.status === 'failed' ? (
              <Typography.Text type="danger">{j.error}</Typography.Text>
            ) : (
              <Typography.Text type="secondary">Đang in… có thể rời trang và quay lại sau.</Typography.Text>
            )}
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
