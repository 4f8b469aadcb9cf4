// /kiem-tra/:id: one inspection — the visit's record (team, findings), recommendations with
// deadlines and their follow-up, the conclusion, pending matters for named people (withholding
// their awards until settled), closing, and the biên bản and kết luận as Word or PDF.
import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Tag } from 'antd';
import { useParams } from 'react-router';
import type { z } from 'zod';
import type { InspectionDetail } from '../../../../src/features/inspections/schema';
import { api, downloadUrl, errorMessage } from '../../ui/api';
import { fmtDate } from '../../ui/format';
import { LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import { ConclusionCard, MattersCard, RecommendationsCard, RecordCard } from './InspectionCards';
import { inspectionKeys } from './keys';

type Detail = z.output<typeof InspectionDetail>;

export function InspectionPage() {
  const { id = '' } = useParams();
  const q = useQuery({ queryKey: inspectionKeys.detail(id), queryFn: () => api.get<Detail>(`/inspections/${id}`) });
  useDocumentTitle(q.data ? `Kiểm tra ${q.data.targetOrgName}` : 'Cuộc kiểm tra');
  if (q.isPending) return <PageSkeleton />;
  if (q.isError) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  return <InspectionView d={q.data} />;
}

function useAct(id: string) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: ({ path, body, method }: { path: string; body?: unknown; method?: 'put' }) =>
      method === 'put'
        ? api.put<Detail>(`/inspections/${id}${path}`, body)
        : api.post<Detail>(`/inspections/${id}${path}`, body),
    onSuccess: (d) => {
      qc.setQueryData(inspectionKeys.detail(id), d);
      void qc.invalidateQueries({ queryKey: inspectionKeys.all });
      void message.success('Đã lưu.');
    },
    onError: (e) => message.error(errorMessage(e)),
  });
}

function InspectionView({ d }: { d: Detail }) {
  const act = useAct(d.id);
  const editable = d.canManage && (d.status === 'planned' || d.status === 'conducted');
  const following = d.canManage && (d.status === 'conducted' || d.status === 'concluded');
  return (
    <>
      <PageHeader
        title={`Kiểm tra công tác thi đua, khen thưởng: ${d.targetOrgName}`}
        subtitle={`${d.orgName} — năm ${d.year}`}
        actions={
          <>
            <Button
              icon={<DownloadOutlined aria-hidden />}
              disabled={!d.findings}
              href={downloadUrl(`/inspections/${d.id}/documents/bien-ban`, { format: 'docx' })}
              download
            >
              Biên bản (Word)
            </Button>
            <Button
              icon={<DownloadOutlined aria-hidden />}
              disabled={!d.findings}
              href={downloadUrl(`/inspections/${d.id}/documents/bien-ban`, { format: 'pdf' })}
              download
            >
              Biên bản (PDF)
            </Button>
            <Button
              icon={<DownloadOutlined aria-hidden />}
              disabled={!d.conclusion}
              href={downloadUrl(`/inspections/${d.id}/documents/ket-luan`, { format: 'docx' })}
              download
            >
              Kết luận (Word)
            </Button>
          </>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label="Trạng thái">
            <Tag>{d.statusLabel}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label="Thời gian dự kiến">
            {fmtDate(d.plannedFrom)} – {fmtDate(d.plannedTo)}
          </Descriptions.Item>
          <Descriptions.Item label="Nội dung kiểm tra" span={2}>
            {d.subject}
          </Descriptions.Item>
          <Descriptions.Item label="Ngày kiểm tra">{fmtDate(d.heldOn)}</Descriptions.Item>
          <Descriptions.Item label="Ngày kết luận">{fmtDate(d.concludedOn)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <RecordCard d={d} editable={editable} onSave={(body) => act.mutate({ path: '/record', body, method: 'put' })} />
      <RecommendationsCard d={d} following={following} act={act} />
      <ConclusionCard d={d} act={act} />
      <MattersCard d={d} following={following} act={act} />
      {d.canManage && d.status === 'concluded' ? (
        <Card title="Kết thúc theo dõi" style={{ marginBottom: 16 }}>
          {d.closeBlockers.length ? (
            <Alert type="warning" showIcon message="Chưa kết thúc được" description={d.closeBlockers.join(' ')} />
          ) : (
            <Button type="primary" loading={act.isPending} onClick={() => act.mutate({ path: '/close' })}>
              Kết thúc cuộc kiểm tra
            </Button>
          )}
        </Card>
      ) : null}
    </>
  );
}

export type Act = ReturnType<typeof useAct>;
