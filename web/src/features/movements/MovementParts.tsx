// Pieces of the movement page: the status steps and a unit's report history with its evidence.
import { useQueryClient } from '@tanstack/react-query';
import { Card, Col, Descriptions, Divider, Row, Steps, Tag, Typography } from 'antd';
import { downloadUrl } from '../../ui/api';
import { EMPTY, fmtDate } from '../../ui/format';
import { EvidenceUpload, FileList } from '../rounds/parts';
import { movementKeys } from './keys';
import { STATUS_LABELS, STATUS_ORDER } from './labels';
import type { MovementCriterion, MovementDetail, MovementParticipant, MovementReport } from './types';

function ResultsList({ criteria, report }: { criteria: MovementCriterion[]; report: MovementReport }) {
  return (
    <ol className="movement-results">
      {criteria.map((c) => (
        <li key={c.id}>
          <span className="movement-result-criterion">{c.text}</span>
          {c.target ? <span className="muted"> (chỉ tiêu: {c.target})</span> : null}:{' '}
          {report.results[c.id] ? <strong>{report.results[c.id]}</strong> : <span className="muted">chưa báo cáo</span>}
        </li>
      ))}
    </ol>
  );
}

export function ReportHistory({ movement, p }: { movement: MovementDetail; p: MovementParticipant }) {
  const qc = useQueryClient();
  if (!p.reports.length) return <Typography.Text type="secondary">Đơn vị chưa gửi báo cáo nào.</Typography.Text>;
  // The unit adds evidence to its own reports while the movement is running.
  const canAttach =
    movement.myOrgIds.includes(p.orgId) && (movement.status === 'launched' || movement.status === 'mid_reviewed');
  return (
    <div className="movement-report-history">
      {[...p.reports].reverse().map((r) => (
        <div key={r.id} className="movement-report-item">
          <Typography.Text strong>Báo cáo ngày {fmtDate(r.reportedOn)}</Typography.Text>
          <div className="movement-report-summary">{r.summary}</div>
          <ResultsList criteria={movement.criteria} report={r} />
          <div className="movement-report-files">
            <Typography.Text type="secondary">Minh chứng:</Typography.Text>
            <FileList files={r.files ?? []} hrefOf={(f) => downloadUrl(`/movements/${movement.id}/files/${f.id}`)} />
            {canAttach && (
              <EvidenceUpload
                path={`/movements/${movement.id}/reports/${r.id}/files`}
                label="Tải lên minh chứng"
                onDone={() => void qc.invalidateQueries({ queryKey: movementKeys.all })}
              />
            )}
          </div>
        </div>
      ))}
    </div>
  );
}

export function StatusSteps({ movement }: { movement: MovementDetail }) {
  const current = STATUS_ORDER.indexOf(movement.status);
  const dates: Record<string, string | undefined> = {
    draft: `Thời gian: ${fmtDate(movement.fromDate)} – ${fmtDate(movement.toDate)}`,
    launched: undefined,
    mid_reviewed: movement.midReview
      ? `Ngày ${fmtDate(movement.midReview.heldOn)}`
      : movement.midReviewBy
        ? `Hạn ${fmtDate(movement.midReviewBy)}`
        : undefined,
    closed: movement.finalReview
      ? `Ngày ${fmtDate(movement.finalReview.heldOn)}`
      : movement.finalReviewBy
        ? `Hạn ${fmtDate(movement.finalReviewBy)}`
        : undefined,
  };
  return (
    <Steps
      className="movement-steps"
      size="small"
      current={current}
      status={movement.status === 'closed' ? 'finish' : 'process'}
      responsive
      items={STATUS_ORDER.map((s) => ({ title: STATUS_LABELS[s], content: dates[s] }))}
      aria-label={`Tiến trình phong trào: ${movement.statusLabel}`}
    />
  );
}

/** What the movement is about (time, deadlines, awards, purposes, criteria) and its reviews. */
export function MovementContent({ movement: m }: { movement: MovementDetail }) {
  return (
    <Row gutter={16}>
      <Col xs={24} xl={m.midReview || m.finalReview ? 14 : 24}>
        <Card className="movement-card" title="Nội dung phong trào" style={{ marginBottom: 16 }}>
          <Descriptions
            size="small"
            column={{ xs: 1, lg: m.midReview || m.finalReview ? 1 : 2 }}
            items={[
              { key: 'time', label: 'Thời gian', children: `${fmtDate(m.fromDate)} – ${fmtDate(m.toDate)}` },
              { key: 'mid', label: 'Thời hạn sơ kết', children: fmtDate(m.midReviewBy) },
              { key: 'final', label: 'Thời hạn tổng kết', children: fmtDate(m.finalReviewBy) },
              {
                key: 'awards',
                label: 'Hình thức khen thưởng',
                children: m.awards.length ? m.awards.join('; ') : EMPTY,
              },
            ]}
          />
          {m.purposes.length > 0 && (
            <>
              <Divider titlePlacement="start" plain>
                Mục đích, yêu cầu
              </Divider>
              <ul className="movement-purposes">
                {m.purposes.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            </>
          )}
          <Divider titlePlacement="start" plain>
            Nội dung, chỉ tiêu thi đua
          </Divider>
          <ol className="movement-criteria">
            {m.criteria.map((c) => (
              <li key={c.id}>
                {c.text}
                {c.target && (
                  <div>
                    <Tag color="blue">Chỉ tiêu: {c.target}</Tag>
                  </div>
                )}
              </li>
            ))}
          </ol>
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        {(m.midReview || m.finalReview) && (
          <Card className="movement-card" title="Sơ kết, tổng kết" style={{ marginBottom: 16 }}>
            {m.midReview && (
              <div className="movement-review">
                <Typography.Text strong>Sơ kết ngày {fmtDate(m.midReview.heldOn)}</Typography.Text>
                <div className="movement-report-summary">{m.midReview.summary}</div>
              </div>
            )}
            {m.finalReview && (
              <div className="movement-review">
                <Typography.Text strong>Tổng kết ngày {fmtDate(m.finalReview.heldOn)}</Typography.Text>
                <div className="movement-report-summary">{m.finalReview.summary}</div>
              </div>
            )}
          </Card>
        )}
      </Col>
    </Row>
  );
}
