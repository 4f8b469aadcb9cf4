// The dossier's status card: status, submission deadline with its countdown, how often it was sent
// and, while it waits for appraisal, the appraisal clock.
import { Card, Descriptions } from 'antd';
import { isoDateInVietnam } from '../../../../src/domain/vi-text/index';
import { fmtDate, fmtDateTime } from '../../ui/format';
import { daysUntil } from './labels';
import { ClockLine, Countdown, ProposalStatusTag } from './parts';
import type { ProposalDetail } from './types';

export function ProposalStatusCard({ p }: { p: ProposalDetail }) {
  const days = daysUntil(p.round.submitBy, isoDateInVietnam(new Date()));
  return (
    <Card style={{ marginBottom: 16 }} title="Tình trạng hồ sơ">
      <Descriptions column={{ xs: 1, sm: 1, md: 2, xl: 3 }} size="small">
        <Descriptions.Item label="Trạng thái">
          <ProposalStatusTag status={p.status} />
        </Descriptions.Item>
        <Descriptions.Item label="Hạn nộp hồ sơ">
          <span className="round-deadline">
            {fmtDate(p.round.submitBy)}{' '}
            {p.round.status === 'open' && (p.status === 'draft' || p.status === 'returned') && (
              <Countdown daysLeft={days} />
            )}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label="Số lần gửi">{p.submissions}</Descriptions.Item>
        {p.submittedAt && <Descriptions.Item label="Gửi lần gần nhất">{fmtDateTime(p.submittedAt)}</Descriptions.Item>}
        {p.clock && p.status === 'submitted' && (
          <Descriptions.Item label="Thẩm định">
            <ClockLine clock={p.clock} />
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
