// /phong-trao/:id — one movement: its steps (drafted → launched → mid-review → final review) with
// the actions the office may take at each, the launch plan as DOCX or PDF, the content (purposes,
// criteria and targets, awards), the participating units with their latest progress report and a
// report form for the user's own units, and the reviews; the final review can open the thematic
// commendation round, linked from here.
import {
  ArrowLeftOutlined,
  FilePdfOutlined,
  FileTextOutlined,
  FileWordOutlined,
  FlagOutlined,
  RocketOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Flex, Grid, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { api, downloadUrl } from '../../ui/api';
import { fmtDate } from '../../ui/format';
import { ButtonLink, LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import { movementKeys, useMovementSaved } from './keys';
import { canFinalReview, canMidReview, latestReport, STATUS_COLOURS, takesReports } from './labels';
import { MovementContent, ReportHistory, StatusSteps } from './MovementParts';
import { ReportModal } from './ReportModal';
import { ReviewModal } from './ReviewModal';
import type { MovementDetail, MovementParticipant } from './types';

// ---------------------------------------------------------------------------------------------

export function MovementPage() {
  const { id = '' } = useParams();
  const q = useQuery({ queryKey: movementKeys.detail(id), queryFn: () => api.get<MovementDetail>(`/movements/${id}`) });
  const { message, modal } = App.useApp();
  const saved = useMovementSaved();
  const screens = Grid.useBreakpoint();
  const phone = !(screens.md ?? true);
  const [reporting, setReporting] = useState<{ orgId: string | null } | null>(null);
  const [review, setReview] = useState<'mid' | 'final' | null>(null);
  useDocumentTitle(q.data?.theme ?? 'Phong trào thi đua');

  const launch = useMutation({
    mutationFn: () => api.post<MovementDetail>(`/movements/${id}/launch`),
    onSuccess: async (m) => {
      await saved(m);
      void message.success(`Đã phát động phong trào; ${m.participants.length} đơn vị tham gia đã được thông báo.`);
    },
    onError: (e) => message.error(e instanceof Error ? e.message : 'Không phát động được.'),
  });

  const m = q.data;
  const mine = useMemo(() => new Set(m?.myOrgIds ?? []), [m]);

  if (q.isPending) return <PageSkeleton />;
  if (q.error || !m) return <LoadError error={q.error} onRetry={() => void q.refetch()} />;

  const canReport = takesReports(m.status) && m.myOrgIds.length > 0;
  const reported = m.participants.filter((p) => p.reports.length).length;

  const confirmLaunch = () =>
    modal.confirm({
      title: 'Phát động phong trào thi đua?',
      content: `Phong trào "${m.theme}" được gửi tới ${m.participants.length} đơn vị tham gia; sau khi phát động, nội dung và chỉ tiêu không sửa được nữa.`,
      okText: 'Phát động',
      cancelText: 'Hủy',
      onOk: () => launch.mutateAsync(),
    });

  const latestCell = (p: MovementParticipant) => {
    const r = latestReport(p);
    if (!r) return <span className="muted">Chưa báo cáo</span>;
    return (
      <div className="movement-latest">
        <div className="muted">Ngày {fmtDate(r.reportedOn)}</div>
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: r.summary }} style={{ margin: 0 }}>
          {r.summary}
        </Typography.Paragraph>
      </div>
    );
  };
  const reportButton = (p: MovementParticipant) =>
    canReport && mine.has(p.orgId) ? (
      <Button
        size="small"
        icon={<FileTextOutlined aria-hidden />}
        onClick={() => setReporting({ orgId: p.orgId })}
        aria-label={`Báo cáo kết quả của ${p.name}`}
      >
        Báo cáo
      </Button>
    ) : null;
  const columns: TableColumnsType<MovementParticipant> = [
    {
      title: 'Đơn vị',
      dataIndex: 'name',
      width: 300,
      render: (n: string, p) => <span style={{ fontWeight: mine.has(p.orgId) ? 600 : undefined }}>{n}</span>,
    },
    { title: 'Số báo cáo', key: 'count', width: 110, align: 'right', render: (_, p) => p.reports.length },
    { title: 'Báo cáo gần nhất', key: 'latest', render: (_, p) => latestCell(p) },
    ...(canReport
      ? [{ title: '', key: 'act', width: 120, render: (_: unknown, p: MovementParticipant) => reportButton(p) }]
      : []),
  ];
  const compact: TableColumnsType<MovementParticipant> = [
    {
      title: 'Đơn vị',
      dataIndex: 'name',
      render: (n: string, p) => (
        <div>
          <Flex justify="space-between" gap={8} align="flex-start">
            <strong>{n}</strong>
            {reportButton(p)}
          </Flex>
          {latestCell(p)}
        </div>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={m.theme}
        subtitle={`${m.levelLabel} · ${m.kindLabel} · ${m.orgName}`}
        actions={
          <>
            <ButtonLink to="/phong-trao" icon={<ArrowLeftOutlined aria-hidden />}>
              Danh sách phong trào
            </ButtonLink>
            <Button
              icon={<FileWordOutlined aria-hidden />}
              href={downloadUrl(`/movements/${m.id}/document`, { format: 'docx' })}
              download
            >
              Kế hoạch phát động (DOCX)
            </Button>
            <Button
              icon={<FilePdfOutlined aria-hidden />}
              href={downloadUrl(`/movements/${m.id}/document`, { format: 'pdf' })}
              download
            >
              PDF
            </Button>
          </>
        }
      />

      <Card className="movement-status-card movement-card" style={{ marginBottom: 16 }}>
        <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 16 }}>
          <span>
            Trạng thái:{' '}
            <Tag color={STATUS_COLOURS[m.status]} style={{ marginInlineEnd: 12 }}>
              {m.statusLabel}
            </Tag>
            {m.status !== 'draft' && (
              <span className="muted">
                {reported}/{m.participants.length} đơn vị đã báo cáo
              </span>
            )}
          </span>
          <Flex gap={8} wrap>
            {m.manage && m.status === 'draft' && (
              <Button
                type="primary"
                icon={<RocketOutlined aria-hidden />}
                loading={launch.isPending}
                onClick={confirmLaunch}
              >
                Phát động
              </Button>
            )}
            {m.manage && canMidReview(m.status) && (
              <Button icon={<FlagOutlined aria-hidden />} onClick={() => setReview('mid')}>
                Sơ kết
              </Button>
            )}
            {m.manage && canFinalReview(m.status) && (
              <Button
                type={m.status === 'mid_reviewed' ? 'primary' : 'default'}
                icon={<TrophyOutlined aria-hidden />}
                onClick={() => setReview('final')}
              >
                Tổng kết
              </Button>
            )}
            {canReport && (
              <Button
                type={m.manage ? 'default' : 'primary'}
                icon={<FileTextOutlined aria-hidden />}
                onClick={() => setReporting({ orgId: null })}
              >
                Báo cáo kết quả
              </Button>
            )}
          </Flex>
        </Flex>
        <StatusSteps movement={m} />
        {m.status === 'draft' && m.manage && (
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 16 }}
            title="Bản soạn chỉ cơ quan phát động xem được. Tải kế hoạch phát động để kiểm tra, rồi bấm &quot;Phát động&quot; để gửi tới các đơn vị tham gia."
          />
        )}
        {m.roundId && (
          <Alert
            type="success"
            showIcon
            style={{ marginTop: 16 }}
            title="Đã mở đợt khen thưởng chuyên đề sau tổng kết phong trào."
            action={
              <ButtonLink to={`/dot-xet/${m.roundId}`} type="primary" size="small">
                Mở đợt khen thưởng
              </ButtonLink>
            }
          />
        )}
      </Card>

      <Card
        className="movement-card"
        title={`Đơn vị tham gia (${m.participants.length})`}
        styles={{ body: { padding: 0 } }}
        style={{ marginBottom: 16 }}
      >
        {m.participants.length === 0 ? (
          <Empty description="Chưa có đơn vị tham gia." style={{ padding: 24 }} />
        ) : (
          <Table<MovementParticipant>
            rowKey="orgId"
            columns={phone ? compact : columns}
            dataSource={m.participants}
            pagination={false}
            size="middle"
            aria-label="Đơn vị tham gia"
            expandable={{
              expandedRowRender: (p) => <ReportHistory movement={m} p={p} />,
              rowExpandable: (p) => p.reports.length > 0,
              columnTitle: <span className="sr-only">Xem các báo cáo</span>,
            }}
          />
        )}
      </Card>
      <MovementContent movement={m} />
      {canReport && (
        <ReportModal
          movement={m}
          orgId={reporting?.orgId ?? null}
          open={!!reporting}
          onClose={() => setReporting(null)}
        />
      )}
      {m.manage && (
        <>
          <ReviewModal movement={m} kind="mid" open={review === 'mid'} onClose={() => setReview(null)} />
          <ReviewModal movement={m} kind="final" open={review === 'final'} onClose={() => setReview(null)} />
        </>
      )}
    </>
  );
}
