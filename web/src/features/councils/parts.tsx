// Small pieces shared by the council pages: status tags, the [U] mark, the quorum indicator.
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Tag, Tooltip } from 'antd';
import type { MeetingStatus } from '../../../../src/domain/rounds/vocab';
import type { Meeting, Threshold } from './types';

const STATUS_COLOR: Record<MeetingStatus, string> = { draft: 'default', voting: 'processing', closed: 'success' };

export function MeetingStatusTag({ status, label }: { status: MeetingStatus; label: string }) {
  return <Tag color={STATUS_COLOR[status]}>{label}</Tag>;
}

/** "Chưa xác minh" mark for rules whose source is uncertain. */
export function MarkTag({ mark, basis }: { mark: string; basis: string }) {
  if (mark !== 'U') return null;
  return (
    <Tooltip title={`Căn cứ chưa được xác minh đầy đủ: ${basis}`}>
      <Tag color="warning" style={{ marginInlineStart: 4 }} aria-label="Căn cứ chưa xác minh">
        [U] chưa xác minh
      </Tag>
    </Tooltip>
  );
}

export function ThresholdText({ t }: { t: Threshold }) {
  return (
    <span>
      {t.text}
      <MarkTag mark={t.mark} basis={t.basis} />
      <br />
      <small className="muted">{t.basis}</small>
    </span>
  );
}

export function QuorumAlert({ m }: { m: Meeting }) {
  const q = m.quorum;
  return (
    <Alert
      type={q.met ? 'success' : 'warning'}
      showIcon
      icon={q.met ? <CheckCircleFilled /> : <CloseCircleFilled />}
      title={q.met ? 'Đủ số thành viên để biểu quyết' : 'Chưa đủ số thành viên để biểu quyết'}
      description={
        <span>
          {q.text} <MarkTag mark={q.mark} basis={q.basis} />
          <br />
          <small className="muted">Căn cứ: {q.basis}</small>
        </span>
      }
    />
  );
}
